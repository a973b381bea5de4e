package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Count;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.GradeCount;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Each grade's count ÷ the project count against its stated percentage, the stated
 * percentages together against 100% (99.99% from rounded shares is 100%), and a stated 优良率
 * against the counts of 优 and 良.
 */
@RuleInfo(
    id = "grade.percent",
    severity = Severity.ERROR,
    zh = "某等级项目数 ÷ 项目总数 与所述百分比不符",
    en = "each grade's count ÷ project count against its stated percentage")
public final class GradePercentRule implements Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The share of the projects graded 优 or 良 together (优良率100%). */
  private static final Pattern GOOD_RATE = Pattern.compile("优良率(?:为|达到|达)?$");

  @Override
  public List<Finding> check(Report report) {
    Count total = report.totals().projectCount();
    List<Finding> out = new ArrayList<>(goodRate(report, total));
    List<GradeCount> grades = report.gradeDistribution().stream().filter(g -> g.percent() != null).toList();
    if (grades.isEmpty()) {
      return out;
    }
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

  /**
   * The 优良率 a report states against its counts of 优 and 良 over all its projects (自评等级为“优”的4个，“良”的1个，
   * 优良率100%): over the project count, or over the counts together when they are of the four grades and no count is
   * stated. Both 优 and 良 must be counted, or the counts cover every project: a list the extraction read only in part
   * (优 alone) says nothing of 良.
   */
  private List<Finding> goodRate(Report report, Count total) {
    List<GradeCount> counts = report.gradeDistribution();
    Figure rate = report.figures().stream()
        .filter(f -> Figure.PERCENT.equals(f.kind()) && f.op() == null && GOOD_RATE.matcher(SpendingLabels.label(f)).find())
        .findFirst().orElse(null);
    if (rate == null || counts.isEmpty() || counts.stream().anyMatch(g -> !Grades.isGrade(g.grade()) || g.count() == null)) {
      return List.of();
    }
    int good = counts.stream().filter(g -> Set.of("优", "良").contains(Grades.canonical(g.grade()))).mapToInt(g -> g.count().value()).sum();
    int all = total != null ? total.value() : counts.size() >= 2 ? counts.stream().mapToInt(g -> g.count().value()).sum() : 0;
    // a count of 优 alone is no count of 优 and 良 unless the counts cover all the projects (none graded 良)
    boolean both = counts.stream().map(g -> Grades.canonical(g.grade())).collect(Collectors.toSet()).containsAll(Set.of("优", "良"))
        || counts.stream().mapToInt(g -> g.count().value()).sum() == all;
    if (all <= 0 || !both) {
      return List.of();
    }
    Interval share = Interval.exact(BigDecimal.valueOf(good)).dividedBy(Interval.exact(BigDecimal.valueOf(all))).times(HUNDRED);
    if (share.intersects(Figures.of(rate))) {
      return List.of();
    }
    String expected = share.mid(2).toPlainString() + "%";
    return List.of(FindingBuilder.of(this)
        .subject("优良率")
        .message("评为“优”“良”的项目" + good + "个，占" + all + "个的" + expected + "，报告所述优良率为" + rate.text() + "。",
            good + " of " + all + " projects are graded 优 or 良, " + expected + ", not the stated " + rate.text() + ".")
        .stated(rate.text())
        .expected(expected)
        .evidence(rate.evidence())
        .evidence(counts.stream().map(g -> g.count().evidence()).toList())
        .build());
  }
}
