package dev.jixiao.extract.breakdown;

import static dev.jixiao.extract.breakdown.FigureWords.perUnit;
import static dev.jixiao.extract.breakdown.FigureWords.summable;
import static dev.jixiao.extract.breakdown.FigureWords.unitKey;
import static dev.jixiao.extract.breakdown.Gaps.aloneInItsSentence;
import static dev.jixiao.extract.breakdown.Gaps.between;
import static dev.jixiao.extract.breakdown.Gaps.containsAny;

import dev.jixiao.extract.Labels;
import dev.jixiao.record.Figure;
import dev.jixiao.text.ChineseNumerals;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Totals and lists that count their items (三档合计…, 分三档资助：…) across two sentences. */
final class CountedTotals {
  /** A total that counts its items first: 三档合计, 以上四项共计, 上述3类合计. */
  private static final Pattern COUNTED_TOTAL = Pattern.compile("^(?:以上|上述)?([两二三四五六七八九十]|\\d{1,2})(?:项|档|类|个项目|个)(?:合计|共计|总计)");

  /** A sentence that opens announcing how many items it lists: 按困难程度分三档资助：, 分为四类： (not one more sentence after). */
  private static final Pattern COUNTED_LIST =
      Pattern.compile("^[^。]{0,12}?分(?:为)?([两二三四五六七八九十]|\\d{1,2})(?:档|类|项|个部分|个方面)[^:。]{0,6}:");

  /** A point of an enumeration where it opens its clause, after the sentence's start, a colon or a semicolon: 一是, (2), ③. */
  private static final Pattern POINT =
      Pattern.compile("(?<=[:;]|^)[ ]*(?:[一二三四五六七八九十]{1,2}是|\\((?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\)|[①-⑳])");

  private CountedTotals() {}

  /**
   * A sentence that opens with a total of as many items as it says (三档合计资金196.10万元) after the sentence
   * that lists them (一档…资金96.50万元；二档…资金76.80万元；三档…资金22.80万元。): the total of that sentence's
   * amounts of its measure, when there are just so many and none is a part or a total already.
   */
  static void linkCountedTotalsOfTheSentenceBefore(String t, List<Figure> figures, String[] partOf, Boolean[] closed) {
    for (int i = 1; i < figures.size(); i++) {
      Figure total = figures.get(i);
      if (total.label() == null || partOf[i] != null || closed[i] != null) {
        continue;
      }
      Matcher counted = COUNTED_TOTAL.matcher(total.label().strip());
      if (!counted.lookingAt() || !summable(total)
          || !containsAny(between(t, figures.get(i - 1), total), "。") || containsAny(between(t, figures.get(i - 1), total), "\n")) {
        continue;
      }
      String n = counted.group(1);
      int items = (int) ChineseNumerals.digitsOrNumerals(n).orElse(-1);
      List<Integer> points = pointsOfTheSentenceBefore(t, figures, i, items);
      List<Integer> parts = points != null ? points : ofItsMeasureInTheSentenceBefore(t, figures, i);
      if (parts.size() == items && parts.stream().allMatch(k -> partOf[k] == null && closed[k] == null)) {
        for (int k : parts) {
          partOf[k] = "f" + (i + 1);
        }
        closed[i] = Boolean.TRUE;
      }
    }
  }

  /**
   * The parts of the counted total at i (上述四项合计5.04万元) where the sentence before enumerates just so many points, one a clause
   * (结余5.04万元的构成为：一是…扣减1.00万元（4个×2,500元）；二是…减少1.50万元（3个×5,000元）；…；四是培训经费节约0.74万元。): each
   * point's one figure of the total's measure outside its asides, whatever its words call it (减少 and 节约 name what the item is, no
   * change from a year before). The amount that announces the points is what they make up, none of them. Null where the sentence
   * enumerates no points, or not as many, or a point holds not one such figure.
   */
  private static List<Integer> pointsOfTheSentenceBefore(String t, List<Figure> figures, int i, int items) {
    Figure total = figures.get(i);
    int start = Gaps.sentenceStart(t, figures.get(i - 1).evidence().start());
    int end = t.lastIndexOf('。', total.evidence().start());
    List<Integer> marks = new ArrayList<>();
    Matcher point = POINT.matcher(t).region(start, end);
    while (point.find()) {
      // (each point after the one before, parted by a semicolon: a number within a point opens none)
      if (!marks.isEmpty() && t.substring(marks.get(marks.size() - 1), point.start()).indexOf(';') < 0) {
        return null;
      }
      marks.add(point.start());
    }
    if (marks.size() != items || items < 2) {
      return null;
    }
    marks.add(end);
    Integer[] parts = new Integer[items];
    int p = 0;
    for (int k = 0; k < i; k++) {
      Figure f = figures.get(k);
      int at = f.evidence().start();
      if (at < marks.get(0)) {
        continue;
      }
      while (at >= marks.get(p + 1)) {
        p++;
      }
      boolean aside = Gaps.depthChange(t.substring(marks.get(p), at)) > 0;
      if (!aside && (Figure.MONEY.equals(f.kind()) || Figure.COUNT.equals(f.kind())) && unitKey(f).equals(unitKey(total))
          && f.op() == null && !perUnit(f) && !Labels.endsWithAFactorSign(f.label())) {
        if (parts[p] != null) {
          return null;
        }
        parts[p] = k;
      }
    }
    return Arrays.asList(parts).contains(null) ? null : Arrays.asList(parts);
  }

  /** The figures of the total at i's measure, summable, in the sentence right before it, last first. */
  private static List<Integer> ofItsMeasureInTheSentenceBefore(String t, List<Figure> figures, int i) {
    List<Integer> parts = new ArrayList<>();
    for (int k = i - 1; k >= 0; k--) {
      Figure f = figures.get(k);
      if (k < i - 1 && containsAny(between(t, f, figures.get(k + 1)), "。\n")) {
        break;
      }
      if (summable(f) && unitKey(f).equals(unitKey(figures.get(i)))) {
        parts.add(k);
      }
    }
    return parts;
  }

  /**
   * A sentence that opens announcing as many items as it counts (按困难程度分三档资助：一档…资助386人…；二档…512人…；
   * 三档…228人…) after a sentence whose one amount of that measure is their total (全年共资助…学生1126人。): the
   * announced sentence's figures of the measure are its parts, when there are just so many and none is a part already.
   */
  static void linkTotalsBeforeACountedList(String t, List<Figure> figures, String[] partOf, Boolean[] closed) {
    for (int i = 0; i + 1 < figures.size(); i++) {
      Figure total = figures.get(i);
      String gap = between(t, total, figures.get(i + 1));
      int stop = gap.indexOf('。');
      Matcher announced = stop < 0 || gap.indexOf('\n') >= 0 ? null : COUNTED_LIST.matcher(gap.substring(stop + 1));
      if (announced == null || !announced.find() || !summable(total) || partOf[i] != null || closed[i] != null
          || !aloneInItsSentence(t, figures, i)) {
        continue;
      }
      String n = announced.group(1);
      int items = (int) ChineseNumerals.digitsOrNumerals(n).orElse(-1);
      List<Integer> parts = new ArrayList<>();
      for (int k = i + 1; k < figures.size(); k++) {
        if (k > i + 1 && containsAny(between(t, figures.get(k - 1), figures.get(k)), "。\n")) {
          break;
        }
        if (summable(figures.get(k)) && unitKey(figures.get(k)).equals(unitKey(total))) {
          parts.add(k);
        }
      }
      if (parts.size() == items && parts.stream().allMatch(k -> partOf[k] == null && closed[k] == null)) {
        for (int k : parts) {
          partOf[k] = "f" + (i + 1);
        }
        closed[i] = Boolean.TRUE;
      }
    }
  }
}
