package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Project;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A project's expenditure ÷ its budget against its stated completion rate. An entry may state the
 * budget at the start of the year and after its adjustment (年初预算100万元，调整后预算120万元, or
 * 追加预算20万元); the project's budget is the first, and when the rate holds against the adjusted
 * one that is an info note on the base, as total.rate gives for the unit's.
 */
@RuleInfo(
    id = "project.rate",
    severity = Severity.ERROR,
    zh = "项目支出 ÷ 预算 与所述完成率不符",
    en = "a project's expenditure ÷ budget against its stated completion rate")
public final class ProjectRateRule implements Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    for (Project p : report.projects()) {
      if (p.budget() == null || p.expenditure() == null || p.completionRate() == null) {
        continue;
      }
      Interval rate = Figures.yuan(p.expenditure()).dividedBy(Figures.yuan(p.budget()));
      if (rate == null) {
        continue;
      }
      rate = rate.times(HUNDRED);
      if (rate.intersects(Figures.of(p.completionRate()))) {
        continue;
      }
      String expected = rate.mid(2).toPlainString() + "%";
      AdjustedBudget adjusted = AdjustedBudget.inEntry(report, p).stream()
          .filter(a -> {
            Interval r = Figures.yuan(p.expenditure()).dividedBy(a.budget());
            return r != null && r.times(HUNDRED).intersects(Figures.of(p.completionRate()));
          })
          .findFirst().orElse(null);
      if (adjusted != null) {
        out.add(FindingBuilder.of(this)
            .severity(Severity.INFO)
            .subject(p.name())
            .message("项目“" + p.name() + "”完成率" + p.completionRate().text() + "按" + adjusted.zh() + "计算成立；按预算"
                    + p.budget().text() + "计算约为" + expected + "。",
                "Project " + p.name() + ": the rate " + p.completionRate().text() + " holds against " + adjusted.en() + "; against "
                    + p.budget().text() + " it would be about " + expected + ".")
            .stated(p.completionRate().text())
            .expected(expected)
            .evidence(p.completionRate().evidence(), p.expenditure().evidence(), p.budget().evidence(), adjusted.evidence())
            .build());
        continue;
      }
      out.add(FindingBuilder.of(this)
          .subject(p.name())
          .message("项目“" + p.name() + "”支出" + p.expenditure().text() + "、预算" + p.budget().text() + "，完成率应约为" + expected
                  + "，报告写的是" + p.completionRate().text() + "，四舍五入也解释不了。",
              "Project " + p.name() + ": " + p.expenditure().text() + " of " + p.budget().text() + " is about " + expected
                  + ", not the stated " + p.completionRate().text() + ", even allowing for rounding.")
          .stated(p.completionRate().text())
          .expected(expected)
          .evidence(p.completionRate().evidence(), p.expenditure().evidence(), p.budget().evidence())
          .build());
    }
    return out;
  }
}
