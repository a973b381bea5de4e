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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A rate's move from one value to another and the percentage points stated for it, in one
 * sentence: 农村自来水普及率由上年的88.5%提高到93.2%，提高4.7个百分点. The two rates are the last
 * two before the points, the later one named as reached (提高到, 下降至); the points must be their
 * difference, in the direction the words give.
 */
@RuleInfo(
    id = "change.points",
    severity = Severity.ERROR,
    zh = "两个百分比之差与所述百分点不符（由88.5%提高到93.2%，提高4.7个百分点）",
    en = "a rate's move from one value to another against the percentage points stated for it")
public final class PointsChangeRule implements Rule {
  /** The later rate's words: the value reached (提高到, 上升至, 下降为, 降至). */
  private static final Pattern REACHED = Pattern.compile("(?:提高|提升|增加|增长|上升|下降|降低|减少|降)(?:到|至|为)$");
  /** The points' words: up or down. */
  private static final Pattern POINTS = Pattern.compile("(提高|提升|增加|增长|上升|下降|降低|减少)了?$");
  private static final String UP = "提高提升增加增长上升";

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    String text = report.text();
    List<Figure> fs = report.figures();
    for (int i = 2; text != null && i < fs.size(); i++) {
      Figure points = fs.get(i);
      Figure to = fs.get(i - 1);
      Figure from = fs.get(i - 2);
      if (points.unit() == null || !points.unit().endsWith("百分点") || points.op() != null || !Figure.PERCENT.equals(to.kind())
          || !Figure.PERCENT.equals(from.kind()) || to.label() == null || !REACHED.matcher(to.label().strip()).find()
          || !Sentences.together(text, from, points)) {
        continue;
      }
      var direction = POINTS.matcher(SpendingLabels.label(points));
      if (!direction.find()) {
        continue;
      }
      boolean up = UP.contains(direction.group(1));
      Interval moved = up ? Figures.of(to).minus(Figures.of(from)) : Figures.of(from).minus(Figures.of(to));
      if (moved.intersects(Figures.of(points))) {
        continue;
      }
      BigDecimal exact = (up ? to.value().subtract(from.value()) : from.value().subtract(to.value()));
      String expected = exact.toPlainString() + "个百分点";
      out.add(FindingBuilder.of(this)
          .subject(from.label() == null ? points.label() : from.label().strip())
          .message("由" + from.text() + (up ? "提高" : "下降") + "到" + to.text() + "，" + (up ? "提高" : "下降") + "了" + expected
                  + "，报告写的是" + points.text() + "。",
              "From " + from.text() + " to " + to.text() + " is " + exact.toPlainString() + " percentage points " + (up ? "up" : "down")
                  + ", not the stated " + points.text() + ".")
          .stated(points.text())
          .expected(expected)
          .evidence(points.evidence(), to.evidence(), from.evidence())
          .build());
    }
    return out;
  }
}
