package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Finding;
import dev.jixiao.record.GradeBand;
import dev.jixiao.record.Report;
import dev.jixiao.record.Score;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The grade bands a report states against each other: each grade's band starts where the next lower one's ends (90分以上为优、
 * 80分至90分为良: 良 ends at 90, where 优 starts). Bands that overlap give a score two grades, an error; a gap of more than a
 * point leaves scores no grade, a warning (80分至89分为良 beside 90分以上为优 leaves only 89 to 90, which scores in whole points
 * never reach, and 89.99 none at all). Only grades next to each other (优 and 良, 良 and 中, 中 and 差) are compared, each
 * stated once: a grade stated twice with other bounds is another scheme's, and a scheme that names only some grades says
 * nothing of the bounds between the others.
 */
@RuleInfo(
    id = "grade.bands",
    severity = Severity.ERROR,
    zh = "各等级分档重叠或有空档",
    en = "the grade bands overlap, or leave scores between them no grade")
public final class GradeBandsRule implements Rule {
  private static final List<String> ORDER = Grades.BEST_FIRST;
  private static final BigDecimal LARGEST_GAP = BigDecimal.ONE;

  @Override
  public List<Finding> check(Report report) {
    Score s = report.score();
    Map<String, GradeBand> bands = s == null ? Map.of() : onePerGrade(s.bands());
    List<Finding> out = new ArrayList<>();
    for (int k = 0; k + 1 < ORDER.size(); k++) {
      GradeBand higher = bands.get(ORDER.get(k));
      GradeBand lower = bands.get(ORDER.get(k + 1));
      if (higher == null || lower == null || higher.min() == null || lower.max() == null) {
        continue;
      }
      BigDecimal gap = higher.min().subtract(lower.max());
      String hi = "“" + ORDER.get(k) + "”";
      String lo = "“" + ORDER.get(k + 1) + "”";
      String from = Points.of(higher.min());
      String to = Points.of(lower.max());
      if (gap.signum() < 0) {
        out.add(FindingBuilder.of(this)
            .subject(ORDER.get(k) + ORDER.get(k + 1))
            .message("等级标准中" + hi + "自" + from + "起，而" + lo + "至" + to + "止，两档重叠：" + from + "至" + to + "的得分两个等级都符合。",
                "The band of " + ORDER.get(k) + " starts at " + from + " but that of " + ORDER.get(k + 1) + " ends at " + to
                    + ": scores between them fit both grades.")
            .stated(from)
            .expected("≥" + to)
            .evidence(higher.evidence(), lower.evidence())
            .build());
      } else if (gap.compareTo(LARGEST_GAP) > 0) {
        out.add(FindingBuilder.of(this)
            .severity(Severity.WARNING)
            .subject(ORDER.get(k) + ORDER.get(k + 1))
            .message("等级标准中" + lo + "至" + to + "止，而" + hi + "自" + from + "起，" + to + "至" + from + "的得分没有等级。",
                "The band of " + ORDER.get(k + 1) + " ends at " + to + " but that of " + ORDER.get(k) + " starts at " + from
                    + ": scores between them have no grade.")
            .stated(from)
            .expected(to)
            .evidence(higher.evidence(), lower.evidence())
            .build());
      }
    }
    return out;
  }

  /** The band of each of the four grades, where the report states it once (or the same twice); none stated otherwise again. */
  private static Map<String, GradeBand> onePerGrade(List<GradeBand> bands) {
    Map<String, GradeBand> out = new LinkedHashMap<>();
    List<String> again = new ArrayList<>();
    for (GradeBand b : bands) {
      if (!Grades.isGrade(b.grade())) {
        continue; // a pass or fail (合格) is no grade of the four
      }
      String grade = Grades.canonical(b.grade());
      GradeBand first = out.putIfAbsent(grade, b);
      if (first != null && !(same(first.min(), b.min()) && same(first.max(), b.max()))) {
        again.add(grade);
      }
    }
    again.forEach(out::remove);
    return out;
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }
}
