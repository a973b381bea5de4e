package dev.jixiao.extract.breakdown;

import static dev.jixiao.extract.breakdown.FigureWords.adjusted;
import static dev.jixiao.extract.breakdown.FigureWords.perUnit;
import static dev.jixiao.extract.breakdown.FigureWords.summable;
import static dev.jixiao.extract.breakdown.FigureWords.unitKey;
import static dev.jixiao.extract.breakdown.FigureWords.yearStart;
import static dev.jixiao.extract.breakdown.Gaps.between;
import static dev.jixiao.extract.breakdown.Gaps.containsAny;
import static dev.jixiao.extract.breakdown.Gaps.depthChange;
import static dev.jixiao.extract.breakdown.Gaps.sentenceStart;

import dev.jixiao.extract.Labels;
import dev.jixiao.record.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence that opens naming the budget a sentence before it states, as adjusted or at the year's start, and lists what is in
 * it (…调整后全年预算为278.00万元。调整后预算中，市级资金60.00万元，占21.58%；县级资金218.00万元，占78.42%; 按资金来源分，年初预算中：
 * 中央财政补助资金192.00万元，…): the amounts it lists are all of that budget.
 */
final class ListsOfANamedBudget {
  /**
   * The sentence's opening, a classification before it at most, then the first amount's label: group 1 which budget (调整后,
   * 年初).
   */
  private static final Pattern OPENS = Pattern.compile("[ ]*(?:(?:" + Labels.CLASSIFICATION + ")[ ]*[,，:：]?[ ]*)?(调整后|年初)的?(?:全年)?"
      + "预算中[ ]*[,，:：]?[ ]*[^,，;；:：。\\d]{0,20}");
  /** What lists the spending's kinds (基本支出, 人员经费), where the rest of the sentence may list the budget's sources again. */
  private static final Pattern KIND = Pattern.compile("基本支出|项目支出|人员经费|公用经费");
  /** What parts one listed amount from the next, the rest of a clause at most (，占21.58%；). */
  private static final String LIST_MARKS = "、，,；;和及";
  /** What opens a breakdown of the last part (…县本级财政拨款839.28万元，其中县本级…): the list has ended. */
  private static final Pattern ITS_OWN_PARTS = Pattern.compile("其中|含");

  private ListsOfANamedBudget() {}

  static void link(String t, List<Figure> figures, String[] partOf, Boolean[] closed) {
    for (int i = 1; i < figures.size(); i++) {
      Figure first = figures.get(i);
      int start = sentenceStart(t, first.evidence().start());
      Matcher opens = OPENS.matcher(t).region(start, first.evidence().start());
      if (!opens.matches() || !summable(first) || !Figure.MONEY.equals(first.kind())) {
        continue;
      }
      int whole = theBudgetBefore(t, figures, i, "调整后".equals(opens.group(1)));
      if (whole < 0 || closed[whole] != null || LinkedParts.hasParts(partOf, whole) || !unitKey(figures.get(whole)).equals(unitKey(first))) {
        continue;
      }
      List<Integer> parts = partsFrom(t, figures, i, partOf, closed);
      if (parts.size() >= 2) {
        String id = "f" + (whole + 1);
        parts.forEach(k -> partOf[k] = id);
        closed[whole] = Boolean.TRUE;
      }
    }
  }

  /**
   * The budget the opening names, the last amount so labelled on the line before the figure at i (调整后全年预算为278.00万元, 预算调整为
   * 415.00万元; 年初预算236.80万元), past the amounts restated beside it and the changes named so (调整后预算较年初增加15.00万元); -1 when
   * the line states none.
   */
  private static int theBudgetBefore(String t, List<Figure> figures, int i, boolean asAdjusted) {
    int lineStart = t.lastIndexOf('\n', Math.max(0, figures.get(i).evidence().start() - 1)) + 1;
    for (int k = i - 1; k >= 0 && figures.get(k).evidence().start() >= lineStart; k--) {
      Figure f = figures.get(k);
      // (预算调整为415.00万元: the label's 为 is trimmed, and 预算调整 alone may name the change; not a source's, 专项债券资金调整为)
      boolean adjustedTo = f.evidence().start() >= 3 && t.startsWith("调整为", f.evidence().start() - 3)
          && FigureWords.labelOf(f).endsWith("预算调整");
      if ((asAdjusted ? adjusted(f) || adjustedTo : yearStart(f)) && !FigureWords.namesAChange(f)) {
        return f.op() == null && summable(f) ? k : -1;
      }
    }
    return -1;
  }

  /**
   * The amounts the sentence lists from the one at i: each of the first's measure, outside the asides (（年初9,911.00万元）), parted by
   * list marks past the shares said of them. The list ends with the sentence, at a semicolon where the first two parts are parted by
   * none (中央补助资金12.00万元、省级资金5.00万元、县级资金69.40万元；追加的8.32万元…), at a breakdown of the last (其中), or at a list of the
   * spending's kinds after one of sources or the other way (县本级财政拨款586.40万元、占94.22%，…；基本支出428.60万元); any other figure
   * in the sentence (a change, an amount of another measure) leaves open what the list is, and none is returned.
   */
  private static List<Integer> partsFrom(String t, List<Figure> figures, int i, String[] partOf, Boolean[] closed) {
    List<Integer> parts = new ArrayList<>();
    boolean kinds = KIND.matcher(FigureWords.labelOf(figures.get(i))).find();
    boolean semicolons = false; // whether the parts are parted by semicolons, so that one does not end the list
    int depth = 0;
    for (int j = i; j < figures.size(); j++) {
      Figure f = figures.get(j);
      String gap = j == i ? "" : between(t, figures.get(j - 1), f);
      if (containsAny(gap, "。\n")) {
        return parts;
      }
      depth = Math.max(0, depth + depthChange(gap));
      if (depth > 0 || Figure.PERCENT.equals(f.kind())) {
        continue;
      }
      boolean semicolon = containsAny(gap, "；;");
      if (j > i && ITS_OWN_PARTS.matcher(gap).find() || semicolon && parts.size() >= 2 && !semicolons
          || Figure.MONEY.equals(f.kind()) && KIND.matcher(FigureWords.labelOf(f)).find() != kinds && semicolon) {
        return parts;
      }
      semicolons |= semicolon && parts.size() == 1;
      if (j > i && !containsAny(gap, LIST_MARKS) || !summable(f) || perUnit(f) || !unitKey(f).equals(unitKey(figures.get(i)))
          || partOf[j] != null || closed[j] != null || KIND.matcher(FigureWords.labelOf(f)).find() != kinds) {
        return List.of();
      }
      parts.add(j);
    }
    return parts;
  }
}
