package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Finding;
import dev.jixiao.record.GradeBand;
import dev.jixiao.record.Report;
import dev.jixiao.record.Score;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The total score against the stated grade. With bands stated in the report, a grade outside its
 * band is an error; without, the usual national bands (90–100 优, 80–90 良, 60–80 中, below 60 差)
 * only support a warning, since the report may use others. A total above the full 100 points is
 * a warning too, unless the report's bands go higher or its parts state their weights.
 */
@RuleInfo(
    id = "score.band",
    severity = Severity.ERROR,
    zh = "总分与所述等级及分档不符",
    en = "the total score against the stated grade and bands")
public final class ScoreBandRule implements Rule {
  private static final Map<String, String> SHORT = Map.of("优秀", "优", "良好", "良", "中等", "中", "较差", "差");
  private static final List<GradeBand> USUAL = List.of(
      new GradeBand("优", new BigDecimal(90), true, new BigDecimal(100), true, null),
      new GradeBand("良", new BigDecimal(80), true, new BigDecimal(90), false, null),
      new GradeBand("中", new BigDecimal(60), true, new BigDecimal(80), false, null),
      new GradeBand("差", null, true, new BigDecimal(60), false, null));

  private static final BigDecimal FULL_MARKS = new BigDecimal(100);

  /**
   * Whether the total is above the 100 points a self-evaluation is scored out of, under bands that
   * stop there (a report's own bands may reach higher, for points added). Parts stated with their
   * weights (a form's 分值) set the full marks themselves, and score.weight holds each part to its own.
   */
  private static boolean aboveFullMarks(Score s) {
    boolean higherBands = s.bands().stream().anyMatch(b -> b.max() != null && b.max().compareTo(FULL_MARKS) > 0);
    boolean weighted = s.components().stream().anyMatch(c -> c.weight() != null);
    return !higherBands && !weighted && Figures.of(s.total()).lo().compareTo(FULL_MARKS) > 0;
  }

  @Override
  public List<Finding> check(Report report) {
    Score s = report.score();
    if (s != null && s.total() != null && aboveFullMarks(s)) {
      return List.of(FindingBuilder.of(this)
          .severity(Severity.WARNING)
          .subject("自评总分")
          .message("自评总分写作" + s.total().text() + "，超过满分100分。",
              "The total score is stated as " + s.total().text() + ", above the full 100 points.")
          .stated(s.total().text())
          .expected("≤100分")
          .evidence(s.total().evidence())
          .build());
    }
    if (s == null || s.total() == null || s.grade() == null) {
      return List.of();
    }
    boolean stated = !s.bands().isEmpty();
    List<GradeBand> bands = stated ? s.bands() : USUAL;
    String grade = canonical(s.grade());
    BigDecimal total = s.total().value();
    Interval written = Figures.of(s.total());
    if (bands.stream().noneMatch(b -> canonical(b.grade()).equals(grade))) {
      return List.of();
    }
    // 90分 stands for 89.5–90.5: a grade fits when its band holds some value of that interval
    boolean fits = bands.stream().anyMatch(b -> canonical(b.grade()).equals(grade) && overlaps(b, written));
    if (fits) {
      return List.of();
    }
    String expected = bands.stream().filter(b -> b.contains(total)).map(GradeBand::grade).findFirst().orElse("?");
    return List.of(FindingBuilder.of(this)
        .severity(stated ? Severity.ERROR : Severity.WARNING)
        .subject("评价等级")
        .message("总分" + s.total().text() + "按" + (stated ? "报告所述分档" : "通常分档") + "应为“" + expected + "”，报告评为“" + s.grade() + "”。",
            "A total of " + s.total().text() + " falls in grade " + expected + " under the " + (stated ? "report's" : "usual")
                + " bands, not the stated " + s.grade() + ".")
        .stated(s.grade())
        .expected(expected)
        .evidence(s.total().evidence(), s.gradeEvidence())
        .evidence(s.bands().stream().map(GradeBand::evidence).toList())
        .build());
  }

  private static boolean overlaps(GradeBand b, Interval v) {
    if (b.contains(v.lo()) || b.contains(v.hi())) {
      return true;
    }
    return b.min() != null && v.contains(b.min()) || b.max() != null && v.contains(b.max()) && b.maxInclusive();
  }

  private static String canonical(String grade) {
    return SHORT.getOrDefault(grade, grade);
  }
}
