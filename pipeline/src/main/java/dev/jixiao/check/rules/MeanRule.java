package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An average stated after the values it is of, listed with 分别: 三个项目自评得分分别为96分、88分、92分，
 * 平均得分92分. The values are the figures of the average's measure right before it in its sentence,
 * back to the 分别 that lists them; each keeps its rounding interval.
 */
@RuleInfo(
    id = "list.mean",
    severity = Severity.ERROR,
    zh = "所列各项的平均值与所述平均数不符（分别为96分、88分、92分，平均得分92分）",
    en = "a stated average against the values listed before it (分别为96分、88分、92分，平均92分)")
public final class MeanRule implements Rule {
  private static final Pattern MEAN = Pattern.compile("平均");

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
      if (values.size() < 2) {
        continue;
      }
      Interval sum = Interval.exact(BigDecimal.ZERO);
      BigDecimal exact = BigDecimal.ZERO;
      for (Figure v : values) {
        sum = sum.plus(Figures.of(v));
        exact = exact.add(v.value());
      }
      BigDecimal n = BigDecimal.valueOf(values.size());
      if (sum.dividedBy(Interval.exact(n)).intersects(Figures.of(mean))) {
        continue;
      }
      String expected = exact.divide(n, Math.max(2, mean.value().scale()), RoundingMode.HALF_UP).toPlainString() + mean.unit();
      String listed = String.join("、", values.stream().map(Figure::text).toList());
      out.add(FindingBuilder.of(this)
          .subject(mean.label().strip())
          .message(listed + "的平均值约为" + expected + "，报告写的是" + mean.text() + "。",
              "The mean of " + listed + " is about " + expected + ", not the stated " + mean.text() + ".")
          .stated(mean.text())
          .expected(expected)
          .evidence(mean.evidence())
          .evidence(values.stream().map(Figure::evidence).toList())
          .build());
    }
    return out;
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
