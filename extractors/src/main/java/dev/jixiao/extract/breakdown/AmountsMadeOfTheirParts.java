package dev.jixiao.extract.breakdown;

import static dev.jixiao.extract.breakdown.FigureWords.perUnit;
import static dev.jixiao.extract.breakdown.FigureWords.summable;
import static dev.jixiao.extract.breakdown.FigureWords.unitKey;
import static dev.jixiao.extract.breakdown.Gaps.between;
import static dev.jixiao.extract.breakdown.Gaps.containsAny;
import static dev.jixiao.extract.breakdown.Gaps.depthChange;

import dev.jixiao.record.Figure;
import dev.jixiao.text.ChineseNumerals;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount and, in the clause after it, what it is made of (预算62.50万元，由中央补助资金30.00万元、省级补助资金20.00万元和县级资金
 * 12.50万元组成): the parts between 由 and 组成 (构成) are all of it; and an amount whose parts its sentence goes on to list, one a
 * point (结余41.34万元由两部分构成：一是考核扣款12.68万元，二是未动用的预备费28.66万元; 工作经费33.48万元的支出构成为：…；…；…).
 */
final class AmountsMadeOfTheirParts {
  /** What opens the clause of the parts right after the amount: ，由 (资金由, 经费由). */
  private static final Pattern MADE_OF = Pattern.compile("^[ ]*[,，][ ]*(?:资金|经费)?由\\p{IsHan}");
  /** What closes it right after the last part, past that part's aside (（占61.14%）): 组成, 构成, 共同组成. */
  private static final Pattern CLOSES = Pattern.compile("^[ ]*(?:[(（][^()（）]*[)）])?[ ]*(?:共同)?(?:组成|构成)");
  /** What announces the points after the amount: 由两部分构成：, 的支出构成为：. Group 1 how many. */
  private static final Pattern IN_POINTS = Pattern.compile(
      "^[ ]*(?:由([两二三四五六七八九十])(?:个)?部分(?:组成|构成)|的(?:支出)?构成(?:为|如下))[ ]*[:：]");
  /** A point of the list that opens its clause: 一是, 二是. */
  private static final Pattern POINT = Pattern.compile("[:：;；,，][ ]*[一二三四五六七八九十]是");
  /** What parts one part from the next: 、, 和, 及, 与, a comma. */
  private static final String LIST_MARKS = "、和及与,，";

  private AmountsMadeOfTheirParts() {}

  static void link(String t, List<Figure> figures, String[] partOf, Boolean[] closed) {
    for (int i = 0; i + 2 < figures.size(); i++) {
      Figure total = figures.get(i);
      if (!summable(total) || closed[i] != null || LinkedParts.hasParts(partOf, i)) {
        continue;
      }
      Matcher points = IN_POINTS.matcher(between(t, total, figures.get(i + 1)));
      if (points.lookingAt()) {
        linkThePoints(t, figures, i, points.group(1), partOf, closed);
        continue;
      }
      if (!MADE_OF.matcher(between(t, total, figures.get(i + 1))).lookingAt()) {
        continue;
      }
      List<Integer> parts = new ArrayList<>();
      int depth = 0;
      for (int j = i + 1; j < figures.size(); j++) {
        Figure f = figures.get(j);
        String gap = between(t, figures.get(j - 1), f);
        if (containsAny(gap, "。;；\n")) {
          break;
        }
        depth = Math.max(0, depth + depthChange(gap));
        if (depth > 0) {
          continue; // a part's own aside (县级财政拨款128.40万元（占61.14%）)
        }
        if (!summable(f) || !unitKey(f).equals(unitKey(total)) || partOf[j] != null || closed[j] != null
            || j > i + 1 && !containsAny(gap, LIST_MARKS)) {
          break;
        }
        parts.add(j);
        if (CLOSES.matcher(t).region(f.evidence().end(), t.length()).lookingAt()) {
          if (parts.size() >= 2) {
            String id = "f" + (i + 1);
            parts.forEach(k -> partOf[k] = id);
            closed[i] = Boolean.TRUE;
          }
          break;
        }
      }
    }
  }

  /**
   * The points after the amount at i, to its sentence's end: parted at 一是, 二是 where the sentence numbers them, else at its
   * semicolons. Each holds one amount of the measure outside its asides, past rates per unit; a point with another amount of the
   * measure (二是…应补贴额为1,612,000元，下达资金比应补贴额多68,000元) names not just its part, and nothing is linked. As many points
   * as the words count, two at least.
   */
  private static void linkThePoints(String t, List<Figure> figures, int i, String counted, String[] partOf, Boolean[] closed) {
    Figure total = figures.get(i);
    int from = total.evidence().end();
    int end = t.indexOf('。', from);
    end = end < 0 ? t.length() : end;
    int newline = t.indexOf('\n', from);
    end = newline >= 0 && newline < end ? newline : end;
    String rest = t.substring(from, end);
    List<Integer> cuts = new ArrayList<>();
    Matcher point = POINT.matcher(rest);
    while (point.find()) {
      cuts.add(from + point.start());
    }
    if (cuts.isEmpty()) {
      for (int k = 0; k < rest.length(); k++) {
        if ((rest.charAt(k) == '；' || rest.charAt(k) == ';') && depthChange(rest.substring(0, k)) == 0) {
          cuts.add(from + k);
        }
      }
      cuts.add(0, from);
    }
    cuts.add(end);
    List<Integer> parts = new ArrayList<>();
    int j = i + 1;
    for (int p = 0; p + 1 < cuts.size(); p++) {
      Integer item = null;
      for (; j < figures.size() && figures.get(j).evidence().start() < cuts.get(p + 1); j++) {
        Figure f = figures.get(j);
        int at = f.evidence().start();
        if (at < cuts.get(p) || depthChange(t.substring(cuts.get(p), at)) > 0 || !unitKey(f).equals(unitKey(total))
            || !(Figure.MONEY.equals(f.kind()) || Figure.COUNT.equals(f.kind())) || perUnit(f)) {
          continue;
        }
        if (item != null || !summable(f) || partOf[j] != null || closed[j] != null) {
          return;
        }
        item = j;
      }
      if (item == null) {
        return;
      }
      parts.add(item);
    }
    if (parts.size() < 2 || counted != null && ChineseNumerals.digitsOrNumerals(counted).orElse(-1) != parts.size()) {
      return;
    }
    String id = "f" + (i + 1);
    parts.forEach(k -> partOf[k] = id);
    closed[i] = Boolean.TRUE;
  }
}
