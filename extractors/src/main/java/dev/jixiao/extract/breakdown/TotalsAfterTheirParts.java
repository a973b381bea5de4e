package dev.jixiao.extract.breakdown;

import static dev.jixiao.extract.breakdown.FigureWords.labelOf;
import static dev.jixiao.extract.breakdown.FigureWords.summable;
import static dev.jixiao.extract.breakdown.FigureWords.unitKey;
import static dev.jixiao.extract.breakdown.Gaps.between;
import static dev.jixiao.extract.breakdown.Gaps.containsAny;

import dev.jixiao.record.Figure;
import dev.jixiao.text.ChineseNumerals;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Totals stated after their parts (新建2400户，改造1860户，合计4260户), and after items each reckoned from a count and a price. */
final class TotalsAfterTheirParts {
  /**
   * What stands between a total and the last of its parts before it: ，合计 (共计, 总计, 共; 两项合计, 两个项目合计; 合计支出; 可用资金合计),
   * perhaps with 为 or 达, and after what the parts make up (由…构成，合计) or the last part's share in parentheses.
   */
  static final Pattern SUM_AFTER_PARTS = Pattern.compile("\\s*[)）]?\\s*(?:构成|组成)?\\s*[,，、]\\s*"
      + "(?:(?:以上|上述)?(?:[两二三四五六七八九十]|\\d{1,2})(?:项|个项目)(?:资金)?|(?:可用|可支配|到位)?资金)?(?:合计|共计|总计|共)(?:支出|金额|资金)?(?:为|达)?\\s*"
      // or the deed the parts were counted by (因死亡退出298人、因迁出退出37人，合计退出335人)
      + "|\\s*[,，、]\\s*(?:合计|共计|总计)\\p{IsHan}{2}\\s*");

  /**
   * Whether the words between two figures say the second is the sum of what came before ({@link #SUM_AFTER_PARTS}). Asked of
   * every figure and its next, most of them no sum: all such words have 计 or 共, which is looked for before a matcher is.
   */
  static boolean sumAfterParts(String t, Figure last, Figure total) {
    int from = last.evidence().end();
    int to = total.evidence().start();
    for (int k = from; k < to; k++) {
      char c = t.charAt(k);
      if (c == '计' || c == '共') {
        return SUM_AFTER_PARTS.matcher(t.substring(from, to)).matches();
      }
    }
    return false;
  }

  /** The items a sum counts (两项合计, 2个项目合计): group 1 how many. */
  private static final Pattern COUNTED_ITEMS = Pattern.compile("([两二三四五六七八九十]|\\d{1,2})(?:项|个项目)");
  /** How many amounts back a counted sum's items are looked for. */
  private static final int MAX_CANDIDATES = 8;

  /** Between two totals stated at once: the first's noun, 、, the second's name (村、收集箱). */
  private static final Pattern AND_ANOTHER = Pattern.compile("^\\p{IsHan}{0,6}、\\p{IsHan}{1,8}$");
  /** What opens a part's share in parentheses right after it: （占, (占. */
  private static final Pattern SHARE_ASIDE = Pattern.compile("\\s*[(（]\\s*占(?:比)?(?:为)?\\s*");

  /** The words that open a list before its colon: 分别为：, 如下：. */
  private static final Pattern LIST_OPENS = Pattern.compile("(?:分别|如下|分别是|分别为)\\s*[:：]");
  /** What an item's count times its price came to (计4.20万元, 计金额). */
  private static final Pattern RECKONED = Pattern.compile("^(?:共|小)?计(?:金额|资金)?(?:为)?$");

  /** An item's price (单价0.35万元, 每套0.05万元). */
  private static final Pattern PRICE = Pattern.compile("单价|^每");

  private TotalsAfterTheirParts() {}

  /** Whether the total at i is followed, with 、, by another of its measure (合计14个村、收集箱168个). */
  private static boolean secondTotalAfter(String t, List<Figure> figures, int i) {
    return i + 1 < figures.size() && summable(figures.get(i + 1)) && unitKey(figures.get(i + 1)).equals(unitKey(figures.get(i)))
        && AND_ANOTHER.matcher(between(t, figures.get(i), figures.get(i + 1))).matches();
  }

  /**
   * A total after its parts, named by 合计, 共计, 总计 or 共 alone (新建农村户厕2400户，改造1860户，合计4260户; 新建2个，改造4个，共6个): the
   * whole of what its sentence stated before it. Only where every figure before it in the sentence is a part
   * in its measure and no part or total already, so that 每户补助500元，共计60户 or 培训2期，共计120人 are no
   * breakdown.
   */
  static void link(String t, List<Figure> figures, String[] partOf, Boolean[] closed) {
    for (int i = 2; i < figures.size(); i++) {
      Figure total = figures.get(i);
      // (a total a 其中 after it has left open or closed with no part read, 合计210.00万元；其中年初预算186.40万元由…构成; …，合计48,672.50万元。
      // 其中上级补助资金（中央、省、市三级）合计34,332.35万元, is still free)
      if (partOf[i] != null || !sumAfterParts(t, figures.get(i - 1), total) || !summable(total) || LinkedParts.hasParts(partOf, i)) {
        continue;
      }
      if (secondTotalAfter(t, figures, i)) {
        continue; // two totals of one measure at once (…收集箱60个，合计14个村、收集箱168个): the parts before are of both, in turn
      }
      int first = i;
      // (back to what opens the list: 全县9个乡镇村数分别为：梅城镇24个、…，合计142个 lists the villages, not the 9 towns)
      while (first > 0 && !containsAny(between(t, figures.get(first - 1), figures.get(first)), ";；。\n")
          && !LIST_OPENS.matcher(between(t, figures.get(first - 1), figures.get(first))).find()) {
        first--;
      }
      // (a part's share of the total in parentheses after it is none of the parts: 县级财政拨款128.40万元（占61.14%）)
      List<Integer> parts = new ArrayList<>();
      boolean allParts = true;
      for (int k = first; k < i && allParts; k++) {
        Figure f = figures.get(k);
        if (k > first && Figure.PERCENT.equals(f.kind()) && SHARE_ASIDE.matcher(between(t, figures.get(k - 1), f)).matches()) {
          continue;
        }
        allParts = summable(f) && partOf[k] == null && closed[k] == null && unitKey(f).equals(unitKey(total))
            && (k == first || !between(t, figures.get(k - 1), f).contains("其中"));
        parts.add(k);
      }
      if (allParts && parts.size() >= 2) {
        // a sum that counts its items (两项合计78.60万元) where the nearest do not add up to it: the ones in its sentence that do
        List<Integer> counted = countedItemsAddingUp(t, figures, i, partOf, closed, parts);
        if (counted != null) {
          parts = counted;
        }
        String id = "f" + (i + 1);
        parts.forEach(k -> partOf[k] = id);
        closed[i] = Boolean.TRUE;
      } else {
        linkTheItemsReckoned(t, figures, i, partOf, closed);
      }
    }
  }

  /**
   * The items a sum that counts them (一次性奖励50万元；…研发费用增量286.00万元，获得研发投入后补助28.60万元，两项合计78.60万元) is of, where
   * the parts found before it are as many but do not add up to it: that many amounts of its sentence, across its semicolons, that add
   * up to it exactly. Null where the sum counts nothing, the parts add up, or no such amounts are there (a mistake, which the parts
   * found will show).
   */
  private static List<Integer> countedItemsAddingUp(String t, List<Figure> figures, int i, String[] partOf, Boolean[] closed,
      List<Integer> parts) {
    Matcher named = COUNTED_ITEMS.matcher(between(t, figures.get(i - 1), figures.get(i)));
    Figure total = figures.get(i);
    // (two items, as such sums count them in the reports; among more, a sum that fits would be a guess)
    if (!named.find() || parts.size() != 2 || ChineseNumerals.digitsOrNumerals(named.group(1)).orElse(-1) != 2
        || FigureWords.sum(figures, parts).compareTo(FigureWords.amount(total)) == 0) {
      return null;
    }
    List<Integer> candidates = new ArrayList<>();
    for (int k = i - 1; k >= 0 && candidates.size() < MAX_CANDIDATES && !containsAny(between(t, figures.get(k), figures.get(k + 1)), "。\n");
        k--) {
      Figure f = figures.get(k);
      if (summable(f) && partOf[k] == null && closed[k] == null && unitKey(f).equals(unitKey(total))) {
        candidates.add(0, k);
      }
    }
    List<Integer> found = null;
    for (int a = 0; a < candidates.size(); a++) {
      for (int b = a + 1; b < candidates.size(); b++) {
        List<Integer> pair = List.of(candidates.get(a), candidates.get(b));
        if (FigureWords.sum(figures, pair).compareTo(FigureWords.amount(total)) == 0) {
          if (found != null) {
            return null; // two pairs add up: which is meant is unknown
          }
          found = pair;
        }
      }
    }
    return found;
  }

  /**
   * A total after items each reckoned with its count and price (购置风力灭火机12台，单价0.35万元，计4.20万元；购置防火服100套，
   * 单价0.05万元，计5.00万元，合计9.20万元): the whole of the amounts named 计, back to the sentence's start across its
   * semicolons. Only where every other figure on the way is such an item's count or price, and two items at least.
   */
  private static void linkTheItemsReckoned(String t, List<Figure> figures, int i, String[] partOf, Boolean[] closed) {
    Figure total = figures.get(i);
    if (!Figure.MONEY.equals(total.kind())) {
      return;
    }
    List<Integer> items = new ArrayList<>();
    for (int k = i - 1; k >= 0 && !containsAny(between(t, figures.get(k), figures.get(k + 1)), "。\n"); k--) {
      Figure f = figures.get(k);
      String label = labelOf(f);
      if (Figure.MONEY.equals(f.kind()) && RECKONED.matcher(label).matches() && partOf[k] == null && closed[k] == null
          && unitKey(f).equals(unitKey(total))) {
        items.add(k);
      } else if (!Figure.COUNT.equals(f.kind()) && !(Figure.MONEY.equals(f.kind()) && PRICE.matcher(label).find())) {
        return; // an amount of something else on the way
      }
    }
    if (items.size() >= 2) {
      items.forEach(k -> partOf[k] = "f" + (i + 1));
      closed[i] = Boolean.TRUE;
    }
  }
}
