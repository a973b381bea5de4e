package dev.jixiao.extract.breakdown;

import static dev.jixiao.extract.breakdown.FigureWords.labelOf;
import static dev.jixiao.extract.breakdown.FigureWords.leftOver;
import static dev.jixiao.extract.breakdown.FigureWords.namesSpending;
import static dev.jixiao.extract.breakdown.FigureWords.summable;
import static dev.jixiao.extract.breakdown.FigureWords.unitKey;

import dev.jixiao.record.Figure;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The whole of a list after a sentence that states what was spent and what is left (项目支出113.78万元，执行率91.67%，结余10.34万元。
 * 其中：…), taken from the words where no amount of the sentence is the list's sum: parts that name what is left (…结转…；工作经费节余
 * 8.15万元) are the balance's, parts that name nothing left are the spending's. So a part that no longer adds up keeps its whole and
 * is seen. A sentence with any other amount of the parts' measure (a budget, a second spending) leaves it open, as does basic
 * spending, whose list is read by its kinds ({@link ListsAfterTheirTotal}).
 */
final class SpendingOrWhatIsLeft {
  /** What a part names when it is some of what is left. */
  private static final Pattern NAMES_LEFT = Pattern.compile("结余|结转|节余|剩余");

  /** What names a part as spent, or by the source of the money spent. */
  private static final Pattern NAMED_SPENT = Pattern.compile("支出|" + FigureWords.GOVERNMENT_LEVEL);

  private SpendingOrWhatIsLeft() {}

  /**
   * The figure, among those of the sentence from {@code start} up to the one at i, that the parts at {@code parts} (on lines of their
   * own, numbered, where {@code numbered}) are of by their words; or null.
   */
  static Integer whole(String t, List<Figure> figures, int i, int start, String[] partOf, List<Integer> parts, boolean numbered) {
    if (parts.size() < 2) {
      return null;
    }
    String unit = unitKey(figures.get(parts.get(0)));
    long namingLeft = parts.stream().filter(j -> NAMES_LEFT.matcher(labelOf(figures.get(j))).find()).count();
    if (namingLeft != 0 && namingLeft != parts.size()) {
      return null;
    }
    Integer spending = null;
    Integer left = null;
    for (int k = i; k >= 0 && figures.get(k).evidence().start() >= start; k--) {
      Figure f = figures.get(k);
      if (!summable(f) || !unitKey(f).equals(unit) || partOf[k] != null || ListsAfterTheirTotal.restatedInParentheses(t, figures, k)) {
        continue;
      }
      if (leftOver(f) && left == null) {
        left = k;
      } else if (namesSpending(f) && spending == null) {
        spending = k;
      } else {
        return null; // a budget, or a second spending or balance: which one the list is of, only its sum could tell
      }
    }
    // (basic spending is read by its kinds alone, 人员经费 and 公用经费)
    if (namingLeft == 0 && spending != null && labelOf(figures.get(spending)).contains("基本支出")) {
      return null;
    }
    // (and other things named under spending, 培训费…；差旅费…, may be a few picked: the spending's items are its projects, numbered or
    // under 项目支出, or named as spent or by the source spent, 中央资金支出…；县级资金支出…)
    if (namingLeft == 0 && spending != null && !numbered && !labelOf(figures.get(spending)).contains("项目")
        && !parts.stream().allMatch(j -> NAMED_SPENT.matcher(labelOf(figures.get(j))).find())) {
      return null;
    }
    return namingLeft == 0 ? spending : left;
  }
}
