package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Money;
import dev.jixiao.record.Percent;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A stated share against its parts: the evaluated budget's share of all fiscal spending
 * (占财政支出总金额62.31%), the budget adjustment's share of the budget (调整率2.26%; with what was cut, net or with it), and the share
 * of the budget that arrived (项目资金到位856.40万元，资金到位率100%).
 */
@RuleInfo(
    id = "total.share",
    severity = Severity.ERROR,
    zh = "所述占比与其分子、分母不符",
    en = "a stated share (e.g. of all fiscal spending) against its parts")
public final class TotalShareRule implements Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** The share of the budget that arrived (资金到位率). */
  /** What was due to arrive: 应配套, 应到位, 应拨付, 计划到位. */
  private static final Pattern DUE = Pattern.compile("应(?:配套|到位|拨付|下达|安排)|计划(?:到位|拨付)");
  private static final Pattern ARRIVAL_RATE = Pattern.compile("到位率(?:为|达到|达)?$");

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    var others = report.totals().others();
    Money budget = report.totals().budget();
    if (budget != null && others.get("fiscalExpenditure") instanceof Money fiscal && others.get("shareOfFiscal") instanceof Percent share) {
      check(out, "占财政支出比例", budget, fiscal, share);
    }
    if (budget != null && others.get("budgetAdjustment") instanceof Money adjustment && others.get("adjustmentRate") instanceof Percent rate
        && !ofTheAdditionAndTheCut(budget, adjustment, others.get("budgetCut") instanceof Money cut ? cut : null, rate)
        && !ofTheWholeChange(budget, others.get("adjustedBudget") instanceof Money adjusted ? adjusted : null, rate)
        && !ofTheBudgetBeforeIt(budget, adjustment, rate)) {
      check(out, "预算调整率", adjustment, budget, rate);
    }
    if (budget != null) {
      arrival(report, budget, others.get("adjustedBudget") instanceof Money adjusted ? adjusted : null).ifPresent(out::add);
    }
    return out;
  }

  /**
   * The money that arrived over the budget against the rate stated right after it (项目资金到位856.40万元，
   * 资金到位率100%), the budget as first stated or after its adjustment.
   */
  private Optional<Finding> arrival(Report report, Money budget, Money adjusted) {
    String text = report.text();
    List<Figure> fs = report.figures();
    for (int i = 1; text != null && i < fs.size(); i++) {
      Figure rate = fs.get(i);
      Figure arrived = fs.get(i - 1);
      if (!Figure.PERCENT.equals(rate.kind()) || rate.op() != null || rate.label() == null || !ARRIVAL_RATE.matcher(rate.label().strip()).find()
          || !Figures.isMoney(arrived) || arrived.op() != null || arrived.label() == null || !arrived.label().contains("到位")
          || !Sentences.together(text, arrived, rate)) {
        continue;
      }
      Interval stated = Figures.of(rate);
      List<Interval> wholes = new ArrayList<>();
      wholes.add(Figures.yuan(budget));
      if (adjusted != null) {
        wholes.add(Figures.yuan(adjusted));
      }
      // or of what was due, stated before it in its sentence (按实际人月数应配套363.78万元，实际拨付到位363.78万元，到位率100%): a part's
      Figure due = i >= 2 ? fs.get(i - 2) : null;
      if (due != null && Figures.isMoney(due) && due.op() == null && due.label() != null && DUE.matcher(due.label()).find()
          && Sentences.together(text, due, arrived)) {
        wholes.add(Figures.yuan(due));
      }
      boolean holds = false;
      for (Interval whole : wholes) {
        Interval share = Figures.yuan(arrived).dividedBy(whole);
        holds |= share == null || share.times(HUNDRED).intersects(stated);
      }
      if (holds) {
        continue;
      }
      String expected = Figures.percent(arrived.yuan(), budget.yuan());
      return Optional.of(FindingBuilder.of(this)
          .subject("资金到位率")
          .message("资金到位率：到位" + arrived.text() + " ÷ 预算" + budget.text() + " 约为" + expected + "，报告写的是" + rate.text() + "。",
              "Funds arrival rate: " + arrived.text() + " arrived of " + budget.text() + " is about " + expected + ", not the stated "
                  + rate.text() + ".")
          .stated(rate.text())
          .expected(expected)
          .evidence(rate.evidence(), arrived.evidence(), budget.evidence())
          .build());
    }
    return Optional.empty();
  }

  /**
   * Whether the rate is of what was added net of what was cut, or of both together, where the year also cut the budget (追加436.00万元，
   * 调减120.00万元，预算调整率8.18%: 316.00 of 3862.45; 追加与调减合计470.80万元占年初预算比例25.36%).
   */
  private static boolean ofTheAdditionAndTheCut(Money budget, Money added, Money cut, Percent stated) {
    if (cut == null) {
      return false;
    }
    for (Interval moved : List.of(Figures.yuan(added).minus(Figures.yuan(cut)), Figures.yuan(added).plus(Figures.yuan(cut)))) {
      Interval share = moved.dividedBy(Figures.yuan(budget));
      if (share != null && share.times(HUNDRED).intersects(Figures.of(stated))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the rate is of all the adjustments together, as the adjusted budget gives them, where the one read is one of several
   * (追加…600.00万元，…调增事业收入预算150.00万元，调整后预算为12,930.00万元，预算调整率6.16%: 750.00 of 12,180.00).
   */
  private static boolean ofTheWholeChange(Money budget, Money adjusted, Percent stated) {
    if (adjusted == null) {
      return false;
    }
    Interval share = Figures.yuan(adjusted).minus(Figures.yuan(budget)).dividedBy(Figures.yuan(budget));
    return share != null && share.times(HUNDRED).intersects(Figures.of(stated));
  }

  /**
   * Whether the rate is the adjustment's share of the budget before it, where the budget read is the one after it (追加县级资金18.00万元，
   * 预算调整率6.92%。调整后…预算为278.00万元: 18.00 of 260.00).
   */
  private static boolean ofTheBudgetBeforeIt(Money budget, Money adjustment, Percent stated) {
    Interval share = Figures.yuan(adjustment).dividedBy(Figures.yuan(budget).minus(Figures.yuan(adjustment)));
    return share != null && share.times(HUNDRED).intersects(Figures.of(stated));
  }

  private void check(List<Finding> out, String subject, Money part, Money whole, Percent stated) {
    Interval share = Figures.yuan(part).dividedBy(Figures.yuan(whole));
    if (share == null) {
      return;
    }
    share = share.times(HUNDRED);
    if (share.intersects(Figures.of(stated))) {
      return;
    }
    String expected = share.mid(2).toPlainString() + "%";
    out.add(FindingBuilder.of(this)
        .subject(subject)
        .message(subject + "：" + part.text() + " ÷ " + whole.text() + " 约为" + expected + "，报告写的是" + stated.text() + "。",
            subject + ": " + part.text() + " / " + whole.text() + " is about " + expected + ", not the stated " + stated.text() + ".")
        .stated(stated.text())
        .expected(expected)
        .evidence(stated.evidence(), part.evidence(), whole.evidence())
        .build());
  }
}
