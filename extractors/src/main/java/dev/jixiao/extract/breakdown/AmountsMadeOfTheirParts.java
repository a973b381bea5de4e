package dev.jixiao.extract.breakdown;

import static dev.jixiao.extract.breakdown.FigureWords.summable;
import static dev.jixiao.extract.breakdown.FigureWords.unitKey;
import static dev.jixiao.extract.breakdown.Gaps.between;
import static dev.jixiao.extract.breakdown.Gaps.containsAny;
import static dev.jixiao.extract.breakdown.Gaps.depthChange;

import dev.jixiao.record.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An amount and, in the clause after it, what it is made of (预算62.50万元，由中央补助资金30.00万元、省级补助资金20.00万元和县级资金
 * 12.50万元组成): the parts between 由 and 组成 (构成) are all of it.
 */
final class AmountsMadeOfTheirParts {
  /** What opens the clause of the parts right after the amount: ，由 (资金由, 经费由). */
  private static final Pattern MADE_OF = Pattern.compile("^[ ]*[,，][ ]*(?:资金|经费)?由\\p{IsHan}");
  /** What closes it right after the last part, past that part's aside (（占61.14%）): 组成, 构成, 共同组成. */
  private static final Pattern CLOSES = Pattern.compile("^[ ]*(?:[(（][^()（）]*[)）])?[ ]*(?:共同)?(?:组成|构成)");
  /** What parts one part from the next: 、, 和, 及, 与, a comma. */
  private static final String LIST_MARKS = "、和及与,，";

  private AmountsMadeOfTheirParts() {}

  static void link(String t, List<Figure> figures, String[] partOf, Boolean[] closed) {
    for (int i = 0; i + 2 < figures.size(); i++) {
      Figure total = figures.get(i);
      if (!summable(total) || closed[i] != null || LinkedParts.hasParts(partOf, i)
          || !MADE_OF.matcher(between(t, total, figures.get(i + 1))).lookingAt()) {
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
}
