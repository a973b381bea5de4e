package dev.jixiao.extract.breakdown;

import static dev.jixiao.extract.breakdown.FigureWords.summable;
import static dev.jixiao.extract.breakdown.FigureWords.unitKey;
import static dev.jixiao.extract.breakdown.Gaps.aloneInItsSentence;
import static dev.jixiao.extract.breakdown.Gaps.between;
import static dev.jixiao.extract.breakdown.Gaps.containsAny;

import dev.jixiao.record.Figure;
import dev.jixiao.text.ChineseNumerals;
import java.util.ArrayList;
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
      List<Integer> parts = new ArrayList<>();
      for (int k = i - 1; k >= 0; k--) {
        Figure f = figures.get(k);
        if (k < i - 1 && containsAny(between(t, f, figures.get(k + 1)), "。\n")) {
          break;
        }
        if (summable(f) && unitKey(f).equals(unitKey(total))) {
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
