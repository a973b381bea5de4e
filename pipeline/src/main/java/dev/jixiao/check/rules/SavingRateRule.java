package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Money;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A rate of saving against the saving over the budget stated in its sentence: 政府采购预算210.00万元，
 * 实际采购金额196.35万元，节约资金13.65万元，节约率6.50%. Where the sentence names no saving, the
 * budget less the amount spent is the saving (预算210.00万元，实际采购196.35万元，节约率6.50%). A saving
 * against the year before (较上年节约) is of another base and is left alone; so is a sentence that
 * states no budget, unless it states the report's spending, whose budget an earlier sentence gave. A rate of what was left
 * (结余3.00万元，结余率2.33%) is read alike. Whether the saving itself is the budget less the spending is {@code balance}'s.
 */
@RuleInfo(
    id = "saving.rate",
    severity = Severity.ERROR,
    zh = "节约资金 ÷ 预算 与所述节约率不符（采购预算210万元，节约13.65万元，节约率6.50%）",
    en = "a stated saving rate against the saving over the budget stated with it")
public final class SavingRateRule implements Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** A rate of saving: 节约率, 结余率, or the saving's word alone after the amount saved (较预算节约5.28万元，节约14.35%). */
  private static final Pattern RATE = Pattern.compile("(?:节约|节支|节资|节省|结余)率(?:为|是|达到|达)?$|^(?:节约|节支|节省)了?$");
  private static final Pattern SAVED = Pattern.compile("节约|节支|节资|节省|节余|结余");
  /** A saving or spending compared with another year or another plan than the sentence's budget (not 较预算节约: with it). */
  private static final Pattern COMPARED = Pattern.compile("(?:比|较)(?!(?:年初|调整后)?预算)|同比|上年");

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    String text = report.text();
    List<Figure> fs = report.figures();
    for (int i = 1; text != null && i < fs.size(); i++) {
      Figure rate = fs.get(i);
      if (!Figure.PERCENT.equals(rate.kind()) || rate.op() != null || !RATE.matcher(SpendingLabels.label(rate)).find()) {
        continue;
      }
      List<Figure> before = new ArrayList<>();
      for (int k = i - 1; k >= 0 && Sentences.together(text, fs.get(k), fs.get(k + 1)); k--) {
        before.add(0, fs.get(k));
      }
      Figure saving = last(before, f -> SAVED.matcher(SpendingLabels.label(f)).find());
      if (saving != null && COMPARED.matcher(SpendingLabels.label(saving)).find()) {
        continue;
      }
      List<Figure> budgets = before.stream()
          .filter(f -> Figures.isMoney(f) && f.op() == null && f != saving && SpendingLabels.budgeted(f)).toList();
      if (budgets.isEmpty()) {
        budgets = theReportsBudget(report, before);
      }
      Figure spent = saving != null ? null
          : last(before, f -> SpendingLabels.spent(f) && !COMPARED.matcher(SpendingLabels.label(f)).find());
      if (budgets.isEmpty() || saving == null && spent == null) {
        continue;
      }
      Interval stated = Figures.of(rate);
      boolean holds = false;
      for (Interval b : SpendingLabels.eachAndAll(budgets)) {
        Interval part = saving != null ? Figures.of(saving) : b.minus(Figures.of(spent));
        Interval r = part.dividedBy(b);
        holds |= r == null || r.times(HUNDRED).intersects(stated);
      }
      if (holds) {
        continue;
      }
      Figure budget = budgets.get(budgets.size() - 1);
      BigDecimal part = saving != null ? saving.yuan() : budget.yuan().subtract(spent.yuan());
      String expected = Figures.percent(part, budget.yuan());
      String partText = saving != null ? saving.text() : "（" + budget.text() + " − " + spent.text() + "）";
      String rateName = SpendingLabels.rateName(rate);
      out.add(FindingBuilder.of(this)
          .subject(rateName)
          .message(partText + " ÷ " + budget.text() + " 约为" + expected + "，" + rateName + "报告写的是" + rate.text() + "。",
              partText + (rateName.contains("结余") ? " left of " : " saved of ") + budget.text() + " is about " + expected
                  + ", not the stated " + rate.text() + ".")
          .stated(rate.text())
          .expected(expected)
          .evidence(rate.evidence(), (saving != null ? saving : spent).evidence(), budget.evidence())
          .build());
    }
    return out;
  }

  /**
   * The report's budget, and as adjusted, where the rate's sentence states the report's spending but not the budget, which an
   * earlier sentence did (上级下达膳食补助资金128.60万元。全年实际支出125.60万元，…结余3.00万元，结余率2.33%).
   */
  private static List<Figure> theReportsBudget(Report report, List<Figure> sentence) {
    Money budget = report.totals().budget();
    Money spent = report.totals().expenditure();
    if (budget == null || spent == null || sentence.stream().noneMatch(f -> f.evidence().start() == spent.evidence().start())) {
      return List.of();
    }
    // or as adjusted, the one the rate may be of (实际支出２１７１．２４万元，按调整后预算计算执行率98.22%，结余39.36万元，结余率1.78%)
    Money adjusted = report.totals().others().get("adjustedBudget") instanceof Money m ? m : null;
    return report.figures().stream().filter(f -> Figures.isMoney(f) && (f.evidence().start() == budget.evidence().start()
        || adjusted != null && f.evidence().start() == adjusted.evidence().start())).toList();
  }

  private static Figure last(List<Figure> fs, Predicate<Figure> p) {
    Figure found = null;
    for (Figure f : fs) {
      if (Figures.isMoney(f) && f.op() == null && p.test(f)) {
        found = f;
      }
    }
    return found;
  }
}
