package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Money;
import dev.jixiao.record.Percent;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A stated share against its parts: the evaluated budget's share of all fiscal spending
 * (占财政支出总金额62.31%) and the budget adjustment's share of the budget (调整率2.26%).
 */
@RuleInfo(
    id = "total.share",
    severity = Severity.ERROR,
    zh = "所述占比与其分子、分母不符",
    en = "a stated share (e.g. of all fiscal spending) against its parts")
public final class TotalShareRule implements Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    var others = report.totals().others();
    Money budget = report.totals().budget();
    if (budget != null && others.get("fiscalExpenditure") instanceof Money fiscal && others.get("shareOfFiscal") instanceof Percent share) {
      check(out, "占财政支出比例", budget, fiscal, share);
    }
    if (budget != null && others.get("budgetAdjustment") instanceof Money adjustment && others.get("adjustmentRate") instanceof Percent rate) {
      check(out, "预算调整率", adjustment, budget, rate);
    }
    return out;
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
