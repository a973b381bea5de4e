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
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A rate's move from one value to another and the percentage points stated for it, in one
 * sentence: 农村自来水普及率由上年的88.5%提高到93.2%，提高4.7个百分点. The two rates are the last
 * two before the points, the later one named as reached (提高到, 下降至); the points must be their
 * difference, in the direction the words give. Or a rate, then the points it moved since the year before, that year's rate in
 * parentheses after them or named between (无害化处理率98.5%，较上年提高3.5个百分点（上年95%）).
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
  /** The year before's rate in parentheses after the points (（上年95%）, （2023年为95%）). */
  private static final Pattern BASE_IN_PARENTHESES = Pattern.compile("^[(（]" + StatedBase.YEAR_BEFORE + "(?:为|是)?$");
  /** A comparison with the year before, then up or down (，较上年提高). */
  private static final Pattern COMPARED = Pattern.compile("^[,，](?:比|较|同比)(?:" + StatedBase.YEAR_BEFORE + ")?"
      + "(?:提高|提升|增加|增长|上升|下降|降低|减少)了?$");
  /** A rate of a target, or a target (完成率, 目标值): not what a year is compared on. */
  private static final Pattern OF_THE_TARGET = Pattern.compile("完成率$|目标|计划");
  /** The year before's rate named between (比上年的95%, 较2023年). */
  private static final Pattern BASE_NAMED = Pattern.compile("^(?:比|较)" + StatedBase.YEAR_BEFORE + "的?$");

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
      moved(from, to, points).ifPresent(out::add);
    }
    out.addAll(againstTheYearBefore(fs, text));
    return out;
  }

  /**
   * A rate, then the points it moved since the year before, that year's rate in parentheses after them (无害化处理率98.5%，较上年
   * 提高3.5个百分点（上年95%）) or named between (98.5%，比上年的95%提高3.5个百分点).
   */
  private List<Finding> againstTheYearBefore(List<Figure> fs, String text) {
    List<Finding> out = new ArrayList<>();
    for (int i = 1; text != null && i < fs.size(); i++) {
      Figure points = fs.get(i);
      if (points.unit() == null || !points.unit().endsWith("百分点") || points.op() != null) {
        continue;
      }
      Figure before = fs.get(i - 1);
      Figure after = i + 1 < fs.size() ? fs.get(i + 1) : null;
      if (after != null && isRate(after) && isRate(before) && Sentences.together(text, before, after)
          && BASE_IN_PARENTHESES.matcher(Sentences.withoutBlanks(text, points.evidence().end(), after.evidence().start())).matches()
          && COMPARED.matcher(Sentences.withoutBlanks(text, before.evidence().end(), points.evidence().start())).find()
          && (text.startsWith(")", after.evidence().end()) || text.startsWith("）", after.evidence().end()))) {
        moved(after, before, points).ifPresent(out::add);
      } else if (i >= 2 && isRate(before) && before.label() != null && BASE_NAMED.matcher(before.label().strip()).matches()) {
        Figure rate = rateCompared(fs, i - 2, text, points);
        if (rate != null) {
          moved(before, rate, points).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  /**
   * The rate compared with the year before's, from k back in the points' sentence: past a completion rate or a target between (就业率
   * 68.00%，高于60%的目标值，完成率113.33%，较上年的65.20%提高2.8个百分点: the 68.00%), which are of the target, not of the year; null
   * when none.
   */
  private static Figure rateCompared(List<Figure> fs, int k, String text, Figure points) {
    for (; k >= 0 && Sentences.together(text, fs.get(k), points); k--) {
      Figure f = fs.get(k);
      if (!Figure.PERCENT.equals(f.kind())) {
        return null;
      }
      if (isRate(f) && !OF_THE_TARGET.matcher(SpendingLabels.label(f)).find()) {
        return f;
      }
    }
    return null;
  }

  private static boolean isRate(Figure f) {
    return Figure.PERCENT.equals(f.kind()) && f.op() == null;
  }

  /** The move from one rate to the other against the points stated for it, or nothing when they agree. */
  private Optional<Finding> moved(Figure from, Figure to, Figure points) {
    var direction = POINTS.matcher(SpendingLabels.label(points));
    if (!direction.find()) {
      return Optional.empty();
    }
    boolean up = UP.contains(direction.group(1));
    Interval moved = up ? Figures.of(to).minus(Figures.of(from)) : Figures.of(from).minus(Figures.of(to));
    if (moved.intersects(Figures.of(points))) {
      return Optional.empty();
    }
    BigDecimal exact = (up ? to.value().subtract(from.value()) : from.value().subtract(to.value()));
    String expected = exact.toPlainString() + "个百分点";
    return Optional.of(FindingBuilder.of(this)
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
}
