package dev.jixiao.extract.breakdown;

import static dev.jixiao.extract.breakdown.FigureWords.labelOf;
import static dev.jixiao.extract.breakdown.FigureWords.spendingItIsAKindOf;
import static dev.jixiao.extract.breakdown.FigureWords.summable;
import static dev.jixiao.extract.breakdown.FigureWords.unitKey;
import static dev.jixiao.extract.breakdown.Gaps.between;

import dev.jixiao.record.Figure;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Parts listed in parentheses right after their whole, with no 其中 to open them (基本支出1628.93万元（人员经费1381.20万元、公用经费
 * 247.73万元）): the parentheses hold nothing but named amounts of the whole's measure, two or more, and close after the last. A
 * parenthesis holds many other things (（预算20.12万元，执行率64.02%）, （年初9,911.00万元）, （416亩×每亩1.5万元）, （即10.80万元）): a
 * rate, a sign, a lone figure or words that name a figure as no part (a budget, the year's start, a change) keep it no list.
 */
final class ListsInParentheses {
  /** An item's name: words alone, between the mark before it and its figure, perhaps with a word in parentheses (因公出国（境）费). */
  private static final Pattern NAME = Pattern.compile("\\p{IsHan}(?:[\\p{IsHan}“”]|[(（]\\p{IsHan}{1,4}[)）]){1,15}");
  /**
   * Words in a name that make its figure no part of the whole, or the list no whole one: a budget, a stage of the year, a change, a
   * sum, a rate per unit, a restatement, what is included or mainly spent on (含, 主要), some of them (等).
   */
  private static final Pattern NO_PART = Pattern.compile(
      "预算|年初|调整|追加|调[增减]|实际|决算|上年|去年|同期|增加|减少|下降|增长|累计|目标|计划|合计|共|总|每|均|约|即|占|含|包括|其中|等|主要|用于|到位"
          + "|执行|比|较|为|达|超|欠|差|剩");
  /** What parts items otherwise than 、: only kinds of one spending (人员经费…，公用经费…) are listed so, their names telling them apart. */
  private static final Pattern COMMA = Pattern.compile("[,，;；]");
  /** How far back {@link #endsAList} looks for the parenthesis a list opens with. */
  private static final int MAX_ITEMS = 20;

  private ListsInParentheses() {}

  /** Links each list in parentheses to the whole right before it, closed: the parentheses list all of it. */
  static void link(String t, List<Figure> figures, String[] partOf, Boolean[] closed) {
    for (int i = 0; i + 2 < figures.size(); i++) {
      // (or after the share of the clause's one amount: 基本支出586.35万元，占54.18%（人员经费498.72万元，公用经费87.63万元）; not after a
      // rate, whose parentheses may list what was spent of a budget)
      Integer whole = isShare(figures.get(i)) ? AmountBrokenDown.loneAmountOfTheClause(t, figures, i, closed) : Integer.valueOf(i);
      int last = whole == null ? -1 : lastItem(t, figures, whole, i, partOf);
      // (a whole another list breaks down already is broken down by two keys: 共312人（非低保家庭98人、低保家庭214人），其中获得医疗救助
      // …的271人)
      if (last < 0 || partsOutside(partOf, whole, last)) {
        continue;
      }
      for (int k = i + 1; k <= last; k++) {
        partOf[k] = "f" + (whole + 1);
      }
      closed[whole] = Boolean.TRUE;
      i = last;
    }
  }

  /** Whether the figure at i is the last item of a list in parentheses right after its whole, as {@link #link} reads one. */
  static boolean endsAList(String t, List<Figure> figures, int i) {
    for (int w = i - 1; w >= 0 && w >= i - MAX_ITEMS; w--) {
      String gap = between(t, figures.get(w), figures.get(w + 1));
      if (!gap.isEmpty() && "(（".indexOf(gap.charAt(0)) >= 0) {
        return lastItem(t, figures, w, w, new String[figures.size()]) == i;
      }
    }
    return false;
  }

  /**
   * The last item of the list of the parts of the figure at w in the parentheses right after the figure at i, or -1 when they hold
   * no such list, or some of their figures are linked to another whole already.
   */
  private static int lastItem(String t, List<Figure> figures, int w, int i, String[] partOf) {
    Figure whole = figures.get(w);
    if (!summable(whole) || !opensAnItem(between(t, figures.get(i), figures.get(i + 1)), "(（")) {
      return -1;
    }
    String kindOf = null;
    boolean commas = false;
    int k = i + 1;
    for (; k < figures.size(); k++) {
      Figure item = figures.get(k);
      if (!summable(item) || !unitKey(item).equals(unitKey(whole)) || partOf[k] != null && !partOf[k].equals("f" + (w + 1))) {
        return -1;
      }
      String of = spendingItIsAKindOf(item);
      kindOf = k == i + 1 ? of : Objects.equals(kindOf, of) ? kindOf : null;
      if (closesAfter(t, item)) {
        break;
      }
      if (k + 1 >= figures.size()) {
        return -1;
      }
      String gap = between(t, item, figures.get(k + 1));
      commas |= COMMA.matcher(gap.isEmpty() ? "" : gap.substring(0, 1)).matches();
      if (!opensAnItem(gap, "、,，;；")) {
        return -1;
      }
    }
    return k > i + 1 && k < figures.size() && (!commas || kindOf != null) ? k : -1;
  }

  private static boolean isShare(Figure f) {
    return Figure.PERCENT.equals(f.kind()) && labelOf(f).startsWith("占");
  }

  /** Whether some figure before the whole's or after the last item's is linked as the whole's part. */
  private static boolean partsOutside(String[] partOf, int whole, int last) {
    String id = "f" + (whole + 1);
    for (int k = 0; k < partOf.length; k++) {
      if ((k <= whole || k > last) && id.equals(partOf[k])) {
        return true;
      }
    }
    return false;
  }

  /** Whether the gap is one of the marks, then a name that may be a part's, and nothing else. */
  private static boolean opensAnItem(String gap, String marks) {
    if (gap.isEmpty() || marks.indexOf(gap.charAt(0)) < 0) {
      return false;
    }
    String name = gap.substring(1);
    return NAME.matcher(name).matches() && !NO_PART.matcher(name).find();
  }

  /** Whether the parentheses close right after the figure. */
  private static boolean closesAfter(String t, Figure f) {
    int end = f.evidence().end();
    return end < t.length() && (t.charAt(end) == ')' || t.charAt(end) == '）');
  }
}
