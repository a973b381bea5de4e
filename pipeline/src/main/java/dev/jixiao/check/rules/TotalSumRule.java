package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Evidence;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Money;
import dev.jixiao.record.Project;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The listed projects' budgets (and expenditures) added up against the stated total. Only a
 * full list is added up (see {@link ListedProjects}) and, when the report states how many
 * projects there are, only a list of that many; each budget is widened to its rounding interval,
 * so only a difference no rounding explains is flagged.
 */
@RuleInfo(
    id = "total.sum",
    severity = Severity.ERROR,
    zh = "所列项目预算（或支出）之和与所述总额不符",
    en = "the sum of listed project budgets (or expenditures) against the stated total")
public final class TotalSumRule implements Rule {

  @Override
  public List<Finding> check(Report report) {
    if (!ListedProjects.isFullList(report)) {
      return List.of();
    }
    var stated = report.totals().projectCount();
    if (stated != null && ListedProjects.count(report.projects()) != stated.value()) {
      return List.of(); // not the list the total is about (a fragment, a sample); total.count reports the count
    }
    List<Finding> out = new ArrayList<>();
    sum(out, report, report.totals().budget(), Project::budget, "预算", "budgets");
    if (report.projects().stream().allMatch(p -> p.expenditure() != null)) {
      sum(out, report, report.totals().expenditure(), Project::expenditure, "支出", "expenditures");
    }
    return out;
  }

  private void sum(List<Finding> out, Report r, Money stated, Function<Project, Money> figure, String zh, String en) {
    if (stated == null) {
      return;
    }
    Interval sum = Interval.exact(BigDecimal.ZERO);
    BigDecimal exact = BigDecimal.ZERO;
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(stated.evidence());
    for (Project p : r.projects()) {
      Money m = figure.apply(p);
      sum = sum.plus(Figures.yuan(m));
      exact = exact.add(m.yuan());
      evidence.add(m.evidence());
    }
    if (sum.intersects(Figures.yuan(stated))) {
      return;
    }
    // written to the stated total's decimals: a sum of amounts written to the 分 is 2030.30, not 2030.3
    String expected = Figures.money(exact, stated.unit(), Math.max(0, stated.value().scale()));
    out.add(FindingBuilder.of(this)
        .subject(Figures.labelAt(r, stated.evidence(), "项目" + zh + "总额"))
        .message("所列" + r.projects().size() + "个项目的" + zh + "合计" + expected + "，与报告所述总额" + stated.text() + "不符。",
            "The " + r.projects().size() + " listed projects' " + en + " add up to " + expected + ", not the stated total "
                + stated.text() + ".")
        .stated(stated.text())
        .expected(expected)
        .evidence(evidence)
        .build());
  }
}
