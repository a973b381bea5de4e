package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.extract.GradeWords;
import dev.jixiao.record.Evidence;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Project;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An average stated after the values it is of, listed with 分别: 三个项目自评得分分别为96分、88分、92分，
 * 平均得分92分. The values are the figures of the average's measure right before it in its sentence,
 * back to the 分别 that lists them; each keeps its rounding interval. Or the average score of the
 * projects listed before it, as many as it counts (以上3个重点项目平均自评得分86.33分).
 */
@RuleInfo(
    id = "list.mean",
    severity = Severity.ERROR,
    zh = "所列各项的平均值与所述平均数不符（分别为96分、88分、92分，平均得分92分）",
    en = "a stated average against the values listed before it (分别为96分、88分、92分，平均92分)")
public final class MeanRule implements Rule {
  private static final Pattern MEAN = Pattern.compile("平均");
  private static final Pattern SCORE = Pattern.compile("得分|评分");
  /** A count of some projects only, by their grade or score (评为“优”“良”的项目共5个, 80分以下的项目3个): not those the mean is of. */
  private static final Pattern SOME_ONLY = Pattern.compile(GradeWords.SOME_BY_GRADE + "|" + GradeWords.SOME_BY_SCORE);

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    String text = report.text();
    List<Figure> fs = report.figures();
    for (int i = 2; text != null && i < fs.size(); i++) {
      Figure mean = fs.get(i);
      if (mean.op() != null || mean.label() == null || !MEAN.matcher(mean.label()).find()) {
        continue;
      }
      List<Figure> values = listedBefore(fs, i, text);
      // (an average per unit after groups' amounts worked out as products, 6个×8万元＋11个×6万元…，分别为48.00万元、66.00万元…，平均每个
      // 中心6.06万元, is of the units the groups count, not of the groups)
      if (values.size() >= 2 && AveragesPerUnit.isAverage(mean)
          && text.substring(Sentences.start(text, values.get(0).evidence().start()), mean.evidence().start()).indexOf('×') >= 0) {
        continue;
      }
      if (values.size() >= 2) {
        List<Value> listed = values.stream().map(v -> new Value(Figures.of(v), v.value(), v.text(), v.evidence())).toList();
        heldTo(mean, listed, "").ifPresent(out::add);
      } else {
        projectsMean(report, fs, i, text).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * The average score of the projects listed before it, counted where it is stated (以上3个重点项目平均自评得分86.33分):
   * the last that many projects before it, each with its score; not after a count of some of them only.
   */
  private Optional<Finding> projectsMean(Report report, List<Figure> fs, int i, String text) {
    Figure mean = fs.get(i);
    Figure count = i > 0 ? fs.get(i - 1) : null;
    if (!"分".equals(mean.unit()) || !SCORE.matcher(mean.label()).find() || count == null || !Figure.COUNT.equals(count.kind())
        || count.label() == null || !count.label().contains("项目") || SOME_ONLY.matcher(Sentences.clauseBefore(text, count)).find()
        || !Sentences.together(text, count, mean)) {
      return Optional.empty();
    }
    List<Project> before = report.projects().stream()
        .filter(p -> p.evidence() != null && p.evidence().end() <= count.evidence().start()).toList();
    int n = count.value().intValueExact();
    if (n < 2 || before.size() < n) {
      return Optional.empty();
    }
    List<Project> listed = before.subList(before.size() - n, before.size());
    if (listed.stream().anyMatch(p -> p.score() == null || p.groupSize() != 1)) {
      return Optional.empty();
    }
    List<Value> scores = listed.stream().map(p -> new Value(Figures.of(p.score()), p.score().value(), p.score().text(), p.score().evidence()))
        .toList();
    return heldTo(mean, scores, n + "个项目的自评得分");
  }

  /** A value an average is of: its interval, as written, and where. */
  private record Value(Interval interval, BigDecimal written, String text, Evidence evidence) {}

  /** The average against the values' mean, each value within its rounding; {@code what} names them in the message. */
  private Optional<Finding> heldTo(Figure mean, List<Value> values, String what) {
    Interval sum = Interval.exact(BigDecimal.ZERO);
    BigDecimal exact = BigDecimal.ZERO;
    for (Value v : values) {
      sum = sum.plus(v.interval());
      exact = exact.add(v.written());
    }
    BigDecimal n = BigDecimal.valueOf(values.size());
    if (sum.dividedBy(Interval.exact(n)).intersects(Figures.of(mean))) {
      return Optional.empty();
    }
    String expected = exact.divide(n, Math.max(2, mean.value().scale()), RoundingMode.HALF_UP).toPlainString() + mean.unit();
    String listed = String.join("、", values.stream().map(Value::text).toList());
    List<Evidence> evidence = new ArrayList<>(List.of(mean.evidence()));
    values.forEach(v -> evidence.add(v.evidence()));
    return Optional.of(FindingBuilder.of(this)
        .subject(mean.label().strip())
        .message(what + listed + "的平均值约为" + expected + "，报告写的是" + mean.text() + "。",
            "The mean of " + listed + " is about " + expected + ", not the stated " + mean.text() + ".")
        .stated(mean.text())
        .expected(expected)
        .evidence(evidence)
        .build());
  }

  /**
   * The values listed right before the average at i, in the text's order: the figures of its kind
   * and unit back to the one that 分别 comes before, in its sentence; none when no 分别 lists them.
   */
  private static List<Figure> listedBefore(List<Figure> fs, int i, String text) {
    Figure mean = fs.get(i);
    List<Figure> out = new ArrayList<>();
    for (int k = i - 1; k >= 0; k--) {
      Figure f = fs.get(k);
      if (!f.kind().equals(mean.kind()) || f.unit() == null || !f.unit().equals(mean.unit()) || f.op() != null
          || !Sentences.together(text, f, mean)) {
        return List.of();
      }
      out.add(0, f);
      int from = k == 0 ? Math.max(0, f.evidence().start() - 20) : Math.max(fs.get(k - 1).evidence().end(), f.evidence().start() - 20);
      if (text.substring(from, f.evidence().start()).contains("分别")) {
        return out;
      }
    }
    return List.of();
  }
}
