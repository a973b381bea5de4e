package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Evidence;
import dev.jixiao.record.Finding;
import dev.jixiao.record.GradeBand;
import dev.jixiao.record.PlainNumber;
import dev.jixiao.record.Project;
import dev.jixiao.record.Report;
import dev.jixiao.record.Score;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The total score against the stated grade, and each project's score against its grade where its entry states
 * both (自评得分89分，等级为良). With bands stated in the report, a grade outside its
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
    List<Finding> out = new ArrayList<>();
    if (s != null && s.total() != null && s.grade() != null) {
      misgraded(s.total(), s.grade(), s.bands(), "评价等级", "总分", "A total of ", s.total().evidence(), s.gradeEvidence())
          .ifPresent(out::add);
    }
    // each project its entry scores and grades (自评得分89分，等级为良), under the same bands
    for (Project p : report.projects()) {
      if (p.score() != null && p.grade() != null) {
        misgraded(p.score(), p.grade(), s == null ? List.of() : s.bands(), p.name() + "评价等级", p.name() + "得分", p.name() + "'s score of ",
            p.score().evidence(), p.nameEvidence()).ifPresent(out::add);
      }
    }
    return out;
  }

  private Optional<Finding> misgraded(PlainNumber score, String stated, List<GradeBand> reportBands, String subject, String zhScore,
      String enScore, Evidence scoreEvidence, Evidence gradeEvidence) {
    boolean ownBands = !reportBands.isEmpty();
    List<GradeBand> bands = ownBands ? reportBands : USUAL;
    String grade = Grades.canonical(stated);
    BigDecimal total = score.value();
    Interval written = Figures.of(score);
    if (bands.stream().noneMatch(b -> Grades.canonical(b.grade()).equals(grade))) {
      return Optional.empty();
    }
    // 90分 stands for 89.5–90.5: a grade fits when its band holds some value of that interval
    boolean fits = bands.stream().anyMatch(b -> Grades.canonical(b.grade()).equals(grade) && overlaps(b, written));
    if (fits) {
      return Optional.empty();
    }
    String expected = bands.stream().filter(b -> b.contains(total)).map(GradeBand::grade).findFirst().orElse("?");
    return Optional.of(FindingBuilder.of(this)
        .severity(ownBands ? Severity.ERROR : Severity.WARNING)
        .subject(subject)
        .message(zhScore + score.text() + "按" + (ownBands ? "报告所述分档" : "通常分档") + "应为“" + expected + "”，报告评为“" + stated + "”。",
            enScore + score.text() + " falls in grade " + expected + " under the " + (ownBands ? "report's" : "usual")
                + " bands, not the stated " + stated + ".")
        .stated(stated)
        .expected(expected)
        .evidence(scoreEvidence, gradeEvidence)
        .evidence(reportBands.stream().map(GradeBand::evidence).toList())
        .build());
  }

  private static boolean overlaps(GradeBand b, Interval v) {
    if (b.contains(v.lo()) || b.contains(v.hi())) {
      return true;
    }
    return b.min() != null && v.contains(b.min()) || b.max() != null && v.contains(b.max()) && b.maxInclusive();
  }
}
