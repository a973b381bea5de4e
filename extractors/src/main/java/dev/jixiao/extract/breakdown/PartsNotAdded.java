package dev.jixiao.extract.breakdown;

import dev.jixiao.record.Figure;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Undoes links whose parts do not add up to their total by what they are: a budget and what the year added to it and cut from
 * it (当年预算中，年初预算13,965.20万元，追加1,128.60万元，调减206.20万元), which the total nets, a cut taken from it; and what was
 * spent of a fund beside what is left of it (累计支出649.54万元。其中：公益岗位工资427.20万元，…；结余32.30万元), which add up to the
 * fund, not to the spending.
 */
final class PartsNotAdded {
  /** What the year cut from an amount: 调减, 压减, 核减, at the end of the cut's label. */
  private static final Pattern CUT = Pattern.compile("(?:调减|压减|核减)(?:预算|资金)?$");
  /** What is left of a fund (结余, 结转, 剩余资金). */
  private static final Pattern LEFT = Pattern.compile("^(?:年末|年底)?(?:结余|结转|剩余|节余)(?:资金)?$");
  /** What was spent: 支出 in the total's label, not what was left of it. */
  private static final Pattern SPENT = Pattern.compile("支出");

  private PartsNotAdded() {}

  static void unlink(List<Figure> figures, String[] partOf, Boolean[] closed) {
    LinkedParts.byTotal(partOf).forEach((total, parts) -> {
      Figure whole = figures.get(total);
      // a cut among the parts of a total that is no cut itself (调减96.80万元，其中调减基本支出… adds up)
      boolean netted = parts.stream().anyMatch(k -> labelled(figures.get(k), CUT)) && !labelled(whole, CUT);
      boolean spentAndLeft = labelled(whole, SPENT) && parts.stream().anyMatch(k -> labelled(figures.get(k), LEFT));
      if (netted || spentAndLeft) {
        LinkedParts.unlink(total, parts, partOf, closed);
      }
    });
  }

  private static boolean labelled(Figure f, Pattern words) {
    return f.label() != null && words.matcher(f.label().strip()).find();
  }
}
