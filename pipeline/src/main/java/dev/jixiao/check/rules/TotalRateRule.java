package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Evidence;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Money;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import dev.jixiao.record.Totals;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Total expenditure ÷ total budget against the stated execution rate. Reports often measure the
 * rate against the budget after its in-year adjustment; when the report states the adjusted budget
 * (调整后预算) or the adjustment (预算调整) and the rate holds against the adjusted budget, that is
 * an info note on the base, not an error. A budget first stated after a rate stated with its spending, in a later
 * sentence, is not the one the rate rests on, and the rate is left alone.
 */
@RuleInfo(
    id = "total.rate",
    severity = Severity.ERROR,
    zh = "总支出 ÷ 总预算 与所述预算执行率不符",
    en = "total expenditure ÷ total budget against the stated execution rate")
public final class TotalRateRule implements Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /**
   * The words of the money a year had to spend: its budget and what it carried over together (全年可用资金合计; 调整后预算…，加上年结转…，
   * 全年预算资金合计440.68万元).
   */
  private static final Pattern AVAILABLE = Pattern.compile("(?:可用|可支配|全年预算)(?:资金|经费)(?:合计|总额|总计)?$");

  /**
   * Whether the spending is stated by the rate and the budget only after it, in a later sentence: a rate stated with its
   * spending rests on a budget stated by then, and one stated after it is another scope's (a department's spending and rate
   * in its accounts, then its projects' 预算资金 in a later section). A summary that states the rate before both is not so.
   */
  private static boolean budgetStatedLater(String text, Totals t) {
    Evidence budget = t.budget().evidence();
    Evidence spent = t.expenditure().evidence();
    Evidence rate = t.executionRate().evidence();
    return text != null && budget != null && spent != null && rate != null && spent.start() < rate.start()
        && budget.start() > rate.end() && !Sentences.together(text, rate, budget);
  }

  @Override
  public List<Finding> check(Report report) {
    Totals t = report.totals();
    if (t.budget() == null || t.expenditure() == null || t.executionRate() == null || budgetStatedLater(report.text(), t)) {
      return List.of();
    }
    Interval stated = Figures.of(t.executionRate());
    Interval rate = rate(t.expenditure(), Figures.yuan(t.budget()));
    if (rate == null || rate.intersects(stated)) {
      return List.of();
    }
    String expected = rate.mid(2).toPlainString() + "%";
    AdjustedBudget adjusted = AdjustedBudget.of(t);
    Interval againstAdjusted = adjusted == null ? null : rate(t.expenditure(), adjusted.budget());
    if (againstAdjusted != null && againstAdjusted.intersects(stated)) {
      return List.of(FindingBuilder.of(this)
          .severity(Severity.INFO)
          .subject("预算执行率")
          .message("预算执行率" + t.executionRate().text() + "按" + adjusted.zh() + "计算成立；按年初预算计算约为" + expected + "。",
              "The execution rate " + t.executionRate().text() + " holds against " + adjusted.en() + "; against the original budget it would be about "
                  + expected + ".")
          .stated(t.executionRate().text())
          .expected(expected)
          .evidence(t.executionRate().evidence(), t.expenditure().evidence(), t.budget().evidence(), adjusted.evidence())
          .build());
    }
    // or against the money the year had to spend, the budget with what the year before carried over (全年可用资金合计740.96万元)
    Figure available = available(report);
    Interval againstAvailable = available == null ? null : rate(t.expenditure(), Figures.yuan(available));
    if (againstAvailable != null && againstAvailable.intersects(stated)) {
      return List.of(FindingBuilder.of(this)
          .severity(Severity.INFO)
          .subject("预算执行率")
          .message("预算执行率" + t.executionRate().text() + "按" + available.label().strip() + available.text() + "计算成立；按年初预算计算约为" + expected
                  + "。",
              "The execution rate " + t.executionRate().text() + " holds against the funds available (" + available.text()
                  + "); against the original budget it would be about " + expected + ".")
          .stated(t.executionRate().text())
          .expected(expected)
          .evidence(t.executionRate().evidence(), t.expenditure().evidence(), t.budget().evidence(), available.evidence())
          .build());
    }
    String adjustedNote = "";
    String adjustedNoteEn = "";
    if (againstAdjusted != null) {
      adjustedNote = "；按" + adjusted.zh() + "约为" + againstAdjusted.mid(2).toPlainString() + "%，也不符";
      adjustedNoteEn = "; against " + adjusted.en() + " it is about " + againstAdjusted.mid(2).toPlainString() + "%, which does not fit either";
    }
    return List.of(FindingBuilder.of(this)
        .subject("预算执行率")
        .message("总支出" + t.expenditure().text() + "、总预算" + t.budget().text() + "，执行率应约为" + expected + adjustedNote + "，报告写的是"
                + t.executionRate().text() + "。",
            "Total expenditure " + t.expenditure().text() + " of " + t.budget().text() + " is about " + expected + adjustedNoteEn
                + ", not the stated " + t.executionRate().text() + ".")
        .stated(t.executionRate().text())
        .expected(expected)
        .evidence(t.executionRate().evidence(), t.expenditure().evidence(), t.budget().evidence(), adjusted == null ? null : adjusted.evidence())
        .build());
  }

  /** The money the year had to spend, stated as such (全年可用资金合计, 可用资金总额), or null. */
  private static Figure available(Report report) {
    return report.figures().stream()
        .filter(f -> Figures.isMoney(f) && f.op() == null && f.label() != null && AVAILABLE.matcher(f.label().strip()).find())
        .findFirst().orElse(null);
  }

  private static Interval rate(Money spent, Interval budget) {
    Interval r = Figures.yuan(spent).dividedBy(budget);
    return r == null ? null : r.times(HUNDRED);
  }
}
