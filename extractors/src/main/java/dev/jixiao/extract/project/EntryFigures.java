package dev.jixiao.extract.project;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.Label;
import dev.jixiao.extract.Labels;
import dev.jixiao.text.Quantity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the figures that follow a project's budget inside its entry: what was spent, the rate, why it deviated. */
final class EntryFigures {
  private static final Pattern RATE_WORDS = Pattern.compile("完成|执行率|执行进度|完成率|支出率|进度|支付率|使用率");
  private static final Pattern REASON = Pattern.compile("(?:主要)?偏差原因(?:为|是|:)?[ ]*([^。]+)");

  private EntryFigures() {}

  /** The money quantity starting at {@code pos} (after blanks), or null. */
  static Quantity moneyAt(DocumentView v, int pos) {
    String t = v.text();
    while (pos < t.length() && (t.charAt(pos) == ' ' || t.charAt(pos) == '\n')) {
      pos++;
    }
    Quantity q = v.quantityStartingAt(pos);
    return q != null && q.isMoney() ? q : null;
  }

  static Quantity firstSpent(DocumentView v, int from, int to) {
    for (Quantity q : v.quantitiesIn(from, to)) {
      if (q.isMoney() && AmountRole.of(wordsBefore(v, q, from)) == AmountRole.EXPENDITURE) {
        return q;
      }
    }
    return null;
  }

  static Quantity firstRate(DocumentView v, int from, int to) {
    for (Quantity q : v.quantitiesIn(from, to)) {
      if (q.kind() == Quantity.Kind.PERCENT && q.op() == null && RATE_WORDS.matcher(wordsBefore(v, q, from)).find()) {
        return q;
      }
    }
    return null;
  }

  /**
   * The words before {@code q} (past a colon after them), continued onto the line before when {@code q} starts its line: an
   * entry's lines are one paragraph, so a break inside it is a wrap ("2024年底完成项目的" /
   * "80.02%") wherever a reader could not rejoin it. Not before {@code from}.
   */
  private static String wordsBefore(DocumentView v, Quantity q, int from) {
    String t = v.text();
    // a label's colon (实际支出：125.44万元) ends the label's words, not the words before it
    int at = q.start();
    while (at > from && (t.charAt(at - 1) == ' ' || t.charAt(at - 1) == ':')) {
      at--;
    }
    Label own = Labels.rawBefore(v, at);
    int wrap = own.start();
    while (wrap > from && t.charAt(wrap - 1) == ' ') {
      wrap--;
    }
    if (!own.normalized().isBlank() || wrap <= from || t.charAt(wrap - 1) != '\n') {
      return own.normalized();
    }
    Label before = Labels.rawBefore(v, wrap - 1);
    return before.start() < from ? own.normalized() : before.normalized();
  }

  /** [start, end) of the deviation reason in [from, to), or null. */
  static int[] reason(DocumentView v, int from, int to) {
    Matcher m = REASON.matcher(v.text()).region(from, to);
    return m.find() ? new int[] {m.start(1), m.end(1)} : null;
  }
}
