package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Count;
import dev.jixiao.record.Finding;
import dev.jixiao.record.GradeCount;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Each grade's count ÷ the project count against its stated percentage, and the stated
 * percentages together against 100% (99.99% from rounded shares is 100%).
 */
@RuleInfo(
    id = "grade.percent",
    severity = Severity.ERROR,
    zh = "某等级项目数 ÷ 项目总数 与所述百分比不符",
    en = "each grade's count ÷ project count against its stated percentage")
public final class GradePercentRule implements Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public List<Finding> check(Report report) {
    Count total = report.totals().projectCount();
    List<GradeCount> grades = report.gradeDistribution().stream().filter(g -> g.percent() != null).toList();
    if (grades.isEmpty()) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    if (total != null && total.value() > 0) {
      for (GradeCount g : grades) {
        Interval share = Figures.of(g.count()).dividedBy(Figures.of(total)).times(HUNDRED);
        if (!share.intersects(Figures.of(g.percent()))) {
          String expected = share.mid(2).toPlainString() + "%";
          out.add(FindingBuilder.of(this)
              .subject(g.grade())
              .message("等级“" + g.grade() + "”" + g.count().value() + "个项目占" + total.value() + "个的" + expected + "，报告写的是"
                      + g.percent().text() + "。",
                  "Grade " + g.grade() + ": " + g.count().value() + " of " + total.value() + " is " + expected + ", not "
                      + g.percent().text() + ".")
              .stated(g.percent().text())
              .expected(expected)
              .evidence(g.percent().evidence(), g.count().evidence(), total.evidence())
              .build());
        }
      }
    }
    if (grades.size() == report.gradeDistribution().size() && grades.size() >= 2) {
      Interval sum = Interval.exact(BigDecimal.ZERO);
      for (GradeCount g : grades) {
        sum = sum.plus(Figures.of(g.percent()));
      }
      if (!sum.contains(HUNDRED)) {
        out.add(FindingBuilder.of(this)
            .subject("等级百分比合计")
            .message("各等级百分比合计不等于100%（四舍五入后也不等）。", "The grade percentages do not add up to 100%, even allowing for rounding.")
            .stated(sum.mid(2).toPlainString() + "%")
            .expected("100%")
            .evidence(grades.stream().map(g -> g.percent().evidence()).toList())
            .build());
      }
    }
    return out;
  }
}
