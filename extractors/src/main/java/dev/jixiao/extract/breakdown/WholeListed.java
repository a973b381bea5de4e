package dev.jixiao.extract.breakdown;

import static dev.jixiao.extract.breakdown.FigureWords.adjusted;
import static dev.jixiao.extract.breakdown.FigureWords.amount;
import static dev.jixiao.extract.breakdown.FigureWords.labelOf;
import static dev.jixiao.extract.breakdown.FigureWords.namesATotal;
import static dev.jixiao.extract.breakdown.FigureWords.summable;
import static dev.jixiao.extract.breakdown.FigureWords.unitKey;
import static dev.jixiao.extract.breakdown.Gaps.between;
import static dev.jixiao.extract.breakdown.Gaps.containsAny;

import dev.jixiao.record.Figure;
import dev.jixiao.text.Quantity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a list of parts after its total meets once the total is all listed, for {@link ListsAfterTheirTotal}: parts that already add
 * up to it, then a figure of another of its kind or what the whole did; and parts counted in a measure the total is not.
 */
final class WholeListed {
  private WholeListed() {}

  /**
   * Whether the figure at j is a count in a measure none of the totals is counted in (规模养殖场36家 among a total of 户), not one
   * kept apart in the total's own (空编4人 beside 实有人数66人).
   */
  static boolean countedOtherwise(List<Figure> figures, Map<String, Integer> totals, int j) {
    Figure f = figures.get(j);
    return Figure.COUNT.equals(f.kind()) && summable(f) && !totals.containsKey(unitKey(f))
        && totals.values().stream().noneMatch(k -> f.unit().equals(figures.get(k).unit()))
        && !Quantity.measuresNoItems(f.unit()) && !OWN_WHOLE.matcher(labelOf(f)).lookingAt();
  }

  /** A label that opens with a whole of its own (；共消耗火箭弹186枚 after the parts): no item of the list before it. */
  private static final Pattern OWN_WHOLE = Pattern.compile("共|合计|累计|总计");

  /** Whether the parts linked to the total so far, from i to j, add up to it exactly: the whole is already listed. */
  static boolean reachedBy(List<Figure> figures, String[] partOf, int total, int i, int j) {
    Linked linked = linked(figures, partOf, total, i, j);
    return linked.parts() >= 2 && linked.sum().compareTo(amount(figures.get(total))) == 0;
  }

  /** Whether the parts linked to the total so far, from i to j, and the figure at j add up to it exactly: j is the part it lacks. */
  static boolean completedBy(List<Figure> figures, String[] partOf, int total, int i, int j) {
    Linked linked = linked(figures, partOf, total, i, j);
    return linked.parts() >= 1 && linked.sum().add(amount(figures.get(j))).compareTo(amount(figures.get(total))) == 0;
  }

  /** How many parts are linked to the total between i and j, and what they add up to. */
  private record Linked(int parts, BigDecimal sum) {}

  private static Linked linked(List<Figure> figures, String[] partOf, int total, int i, int j) {
    String id = "f" + (total + 1);
    BigDecimal sum = BigDecimal.ZERO;
    int parts = 0;
    for (int k = i + 1; k < j; k++) {
      if (id.equals(partOf[k])) {
        sum = sum.add(amount(figures.get(k)));
        parts++;
      }
    }
    return new Linked(parts, sum);
  }

  /** Whether a rate named for the figure's deed follows it in its clause (检验合格45批次，合格率100%): what the whole did, no part. */
  static boolean countedByTheRateAfter(String t, List<Figure> figures, int j) {
    if (j + 1 >= figures.size() || !Figure.PERCENT.equals(figures.get(j + 1).kind())
        || containsAny(between(t, figures.get(j), figures.get(j + 1)), ";。\n")) {
      return false;
    }
    String rate = labelOf(figures.get(j + 1));
    String deed = rate.length() >= 3 ? rate.substring(rate.length() - 3, rate.length() - 1) : "";
    return rate.endsWith("率") && !deed.isEmpty() && labelOf(figures.get(j)).contains(deed);
  }

  /**
   * Whether the figure at j, after a list that already adds up to its total, is another of the total's kind, not a part of it:
   * named as a total, or alike with the total but not with its parts (项目支出 after 基本支出's 人员经费 and 公用经费; 调整后预算 after
   * 追加预算's parts). Parts named like their total (自评项目5个，其中结果为“优”的项目2个…) go on.
   */
  static boolean ofAnotherKind(List<Figure> figures, String[] partOf, int total, int i, int j) {
    Figure next = figures.get(j);
    if (namesATotal(next) || adjusted(next)) {
      return true;
    }
    String id = "f" + (total + 1);
    String label = labelOf(next);
    for (int k = i + 1; k < j; k++) {
      if (id.equals(partOf[k]) && endsAlike(labelOf(figures.get(k)), label)) {
        return false;
      }
    }
    return endsAlike(labelOf(figures.get(total)), label);
  }

  private static boolean endsAlike(String a, String b) {
    int same = 0;
    while (same < Math.min(a.length(), b.length()) && a.charAt(a.length() - 1 - same) == b.charAt(b.length() - 1 - same)) {
      same++;
    }
    return same >= 2;
  }
}
