package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Count;
import dev.jixiao.record.Finding;
import dev.jixiao.record.GradeCount;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.util.List;

@RuleInfo(
    id = "grade.count",
    severity = Severity.ERROR,
    zh = "各等级（或分数段）项目数之和与项目总数不符",
    en = "the grade counts against the project count")
public final class GradeCountRule implements Rule {

  @Override
  public List<Finding> check(Report report) {
    Count stated = report.totals().projectCount();
    List<GradeCount> grades = report.gradeDistribution();
    if (stated == null || grades.size() < 2) {
      return List.of();
    }
    int sum = grades.stream().mapToInt(g -> g.count().value()).sum();
    if (sum == stated.value()) {
      return List.of();
    }
    return List.of(FindingBuilder.of(this)
        .subject("等级分布")
        .message("各等级项目数合计" + sum + "个，与项目总数" + stated.text() + "不符。",
            "The grade counts add up to " + sum + ", not the stated " + stated.value() + " projects.")
        .stated(stated.text())
        .expected(sum + "个")
        .evidence(stated.evidence())
        .evidence(grades.stream().map(g -> g.count().evidence()).toList())
        .build());
  }
}
