package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Count;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.util.List;

@RuleInfo(
    id = "total.count",
    severity = Severity.ERROR,
    zh = "所列项目个数（含合并项目）与所述项目数不符",
    en = "the number of listed projects (counting group sizes) against the stated count")
public final class TotalCountRule implements Rule {

  @Override
  public List<Finding> check(Report report) {
    Count stated = report.totals().projectCount();
    if (stated == null || !ListedProjects.isFullList(report)) {
      return List.of();
    }
    int listed = ListedProjects.count(report.projects());
    if (listed == stated.value()) {
      return List.of();
    }
    return List.of(FindingBuilder.of(this)
        .subject("项目个数")
        .message("报告称共" + stated.value() + "个项目，但列出的项目合计" + listed + "个。",
            "The report states " + stated.value() + " projects but lists " + listed + ".")
        .stated(stated.text())
        .expected(listed + "个")
        .evidence(stated.evidence())
        .evidence(report.projects().stream().map(p -> p.nameEvidence()).toList())
        .build());
  }
}
