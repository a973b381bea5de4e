package dev.jixiao.extract.breakdown;

import static dev.jixiao.extract.breakdown.FigureWords.labelOf;
import static dev.jixiao.extract.breakdown.FigureWords.namesATotal;
import static dev.jixiao.extract.breakdown.FigureWords.isReckoned;
import static dev.jixiao.extract.breakdown.FigureWords.summable;

import dev.jixiao.record.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists after 其中 whose items are each a clause that reckons its amount from a count and a price, the clauses parted by
 * semicolons up to the sentence's end: 公用经费7,328,240.00元。其中：初中每生每年940元，共3,692人，计3,470,480.00元；小学每生每年720元，
 * 共5,358人，计3,857,760.00元。 The prices and counts come first in each clause, so {@link ListsAfterTheirTotal}, which wants the
 * list's first figures its parts, leaves these alone. A clause's item is what it reckoned (计…), or its one amount where it
 * reckons none (渗透测试服务1次，1.20万元); a clause with two amounts, or a 其中 of its own, leaves the list unread. The whole is
 * the amount right before the 其中, in its clause or ending the sentence before, or before the share stated of it (…支出
 * 1,952,000.00元，占总支出的54.28%。其中…), and the first of its sentence.
 */
final class ReckonedItemsAfterTheirTotal {
  /** 其中 and its colon, opening a clause or a sentence. */
  private static final Pattern OF_WHICH = Pattern.compile("其中[ ]*[:：]?");
  /** What stands between the whole and its 其中: a comma, or the end of the sentence. */
  private static final Pattern RIGHT_BEFORE = Pattern.compile("^[ ]*[,，。]?[ ]*$");
  /** What stands between the whole and a share of it: 占…的, 为…的. */
  private static final Pattern SHARE_AFTER = Pattern.compile("^[ ]*[,，][ ]*(?:占|为)\\p{IsHan}{0,12}的?$");

  private ReckonedItemsAfterTheirTotal() {}

  static void link(String t, List<Figure> figures, String[] partOf, Boolean[] closed) {
    for (int i = 1; i < figures.size(); i++) {
      int from = figures.get(i - 1).evidence().end();
      int to = figures.get(i).evidence().start();
      Matcher of = from < to ? OF_WHICH.matcher(t).region(from, to) : null;
      if (of == null || !of.find()) {
        continue;
      }
      Integer whole = wholeBefore(t, figures, i - 1, of.start());
      int end = sentenceEnd(t, of.end());
      List<Integer> items = whole == null ? null : items(t, figures, i, of.end(), end);
      String id = whole == null ? null : "f" + (whole + 1);
      // (an earlier pass may have taken the first clause's item alone, its list ended at the semicolon: the list completes it)
      if (items == null || items.size() < 2 || !ownPartsAmong(partOf, id, items)
          || items.stream().anyMatch(k -> partOf[k] != null && !partOf[k].equals(id) || closed[k] != null)) {
        continue;
      }
      items.forEach(k -> partOf[k] = id);
      closed[whole] = Boolean.TRUE;
    }
  }

  /** Whether every figure linked to the whole so far is one of the items. */
  private static boolean ownPartsAmong(String[] partOf, String id, List<Integer> items) {
    for (int k = 0; k < partOf.length; k++) {
      if (id.equals(partOf[k]) && !items.contains(k)) {
        return false;
      }
    }
    return true;
  }

  /** The amount the 其中 at {@code at} breaks down: the figure right before it, or the amount before the share right before it. */
  private static Integer wholeBefore(String t, List<Figure> figures, int k, int at) {
    String gap = t.substring(figures.get(k).evidence().end(), at);
    if (!RIGHT_BEFORE.matcher(gap).matches()) {
      return null;
    }
    if (Figure.PERCENT.equals(figures.get(k).kind()) && k > 0) {
      Figure share = figures.get(k);
      String between = t.substring(figures.get(k - 1).evidence().end(), share.evidence().start());
      k = SHARE_AFTER.matcher(between).matches() ? k - 1 : -1;
    }
    Figure f = k < 0 ? null : figures.get(k);
    return f != null && Figure.MONEY.equals(f.kind()) && summable(f) && firstOfItsSentence(t, figures, k) ? k : null;
  }

  /**
   * Whether the amount at k is its sentence's first, outside parentheses: after another (网络安全服务费35.80万元，预算36.40万元。其中…) the
   * list may be of either.
   */
  private static boolean firstOfItsSentence(String t, List<Figure> figures, int k) {
    int start = Gaps.sentenceStart(t, figures.get(k).evidence().start());
    for (int j = k - 1; j >= 0 && figures.get(j).evidence().start() >= start; j--) {
      if (Figure.MONEY.equals(figures.get(j).kind())
          && Gaps.depthChange(t.substring(start, figures.get(j).evidence().start())) <= 0) {
        return false;
      }
    }
    return true;
  }

  /** Where the sentence holding {@code pos} ends: its 。 or line break outside parentheses, or the text's end. */
  private static int sentenceEnd(String t, int pos) {
    int depth = 0;
    for (int k = pos; k < t.length(); k++) {
      char c = t.charAt(k);
      depth += c == '(' || c == '（' ? 1 : c == ')' || c == '）' ? -1 : 0;
      if (c == '\n' || depth <= 0 && c == '。') {
        return k;
      }
    }
    return t.length();
  }

  /**
   * Each clause's item from the figure at i, between {@code from} and {@code end}: what it reckoned, else, in the last clause only,
   * its one amount outside parentheses (两个并列的金额 each plain are a list of another kind: 采购金额…；网上采购金额…); null where a
   * clause has none, two of either, or a 其中 of its own.
   */
  private static List<Integer> items(String t, List<Figure> figures, int i, int from, int end) {
    List<Integer> items = new ArrayList<>();
    List<Integer> plainItems = new ArrayList<>();
    List<Integer> reckoned = new ArrayList<>();
    List<Integer> plain = new ArrayList<>();
    int clause = from;
    for (int k = i; k < figures.size() && figures.get(k).evidence().start() < end; k++) {
      Figure f = figures.get(k);
      int at = f.evidence().start();
      int semicolon = Math.max(t.lastIndexOf('；', at), t.lastIndexOf(';', at));
      if (semicolon >= clause) {
        if (!addTheClause(reckoned, plain, items, plainItems) || !plainItems.isEmpty()) {
          return null; // (a clause that reckons nothing may close the list, not stand within it)
        }
        clause = semicolon + 1;
      }
      if (t.substring(clause, at).contains("其中")) {
        return null;
      }
      if (Gaps.depthChange(t.substring(clause, at)) > 0 || !Figure.MONEY.equals(f.kind()) || labelOf(f).contains("每")) {
        continue;
      }
      if (!summable(f) || namesATotal(f)) {
        return null;
      }
      (isReckoned(f) ? reckoned : plain).add(k);
    }
    return addTheClause(reckoned, plain, items, plainItems) ? items : null;
  }

  /**
   * Adds a clause's one item, what it reckoned or its one plain amount, and empties the clause; false where it has none, more, or
   * both, an amount on the way (预算10.00万元，…计4.20万元) that may be the item as well.
   */
  private static boolean addTheClause(List<Integer> reckoned, List<Integer> plain, List<Integer> items, List<Integer> plainItems) {
    List<Integer> item = reckoned.isEmpty() ? plain : reckoned;
    boolean one = item.size() == 1 && (reckoned.isEmpty() || plain.isEmpty());
    if (one) {
      items.add(item.get(0));
      if (reckoned.isEmpty()) {
        plainItems.add(item.get(0));
      }
    }
    reckoned.clear();
    plain.clear();
    return one;
  }
}
