package dev.jixiao.extract.breakdown;

import static dev.jixiao.extract.breakdown.FigureWords.labelOf;
import static dev.jixiao.extract.breakdown.FigureWords.namesATotal;
import static dev.jixiao.extract.breakdown.FigureWords.isReckoned;
import static dev.jixiao.extract.breakdown.FigureWords.summable;
import static dev.jixiao.extract.breakdown.FigureWords.unitKey;

import dev.jixiao.record.Figure;
import dev.jixiao.text.ChineseNumerals;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sums that open a clause of their own after the items they add up, each item a clause of a count, its price and what they came
 * to: 购置执法记录仪48台，单价1,350元，计64,800.00元；反光背心96套，单价425元，计40,800.00元；两项合计105,600.00元 (after a
 * semicolon), …计28,800元。两项合计103,200元 (opening the next sentence), 勘查设计费58.40万元、工程监理费36.20万元，小计94.60万元.
 * A clause's count and price are no items, so {@link TotalsAfterTheirParts}, which wants every figure before its sum a part,
 * leaves these alone.
 */
final class SumsOfTheClausesBefore {
  /**
   * The words that open the sum's clause, up to the sum: 合计, 共计, 总计 alone or with what they are of (合计支出, 合计为); the items
   * counted first (两项合计, 三类装备合计, 两期合计, 两项调整金额合计): group 1 how many; a 小计 of anything (新建小计); or words naming what
   * the sum is of (评价工作经费合计, 水表更换支出合计): group 2, read only after items each reckoned.
   */
  private static final Pattern OPENS_A_SUM = Pattern.compile("^\\s*(?:"
      + "(?:以上|上述)?([两二三四五六七八九十]|\\d{1,2})(?:项|类|档|期|批|个项目|部分)\\p{IsHan}{0,4}?(?:合计|共计|总计|小计)"
      + "|\\p{IsHan}{0,6}小计"
      + "|(\\p{IsHan}{2,8}?)?(?:合计|共计|总计))"
      + "(?:支出|金额|资金|发放|节约)?(?:为|达)?\\s*$");


  /** Where a clause within the scope opens a breakdown of the item before (，其中…): the items are then not of one level. */
  private static final Pattern WITHIN = Pattern.compile("[,，;；:：]\\s*其中");

  private SumsOfTheClausesBefore() {}

  /**
   * Links the items before each such sum to it, and closes it: the clauses of its sentence before it, or of the sentence before
   * where it opens a sentence, from after a colon that opens the list. A clause's item is what it reckoned (计…) if it did,
   * else its one amount of the sum's measure; a sum that counts its items must find just so many. Where it opens a sentence, it
   * must count its items, be a 小计 or a bare 合计, or follow items each reckoned: a sentence's sum of another kind (全年支出合计…)
   * after a sentence of amounts is none of theirs.
   */
  static void link(String t, List<Figure> figures, String[] partOf, Boolean[] closed) {
    for (int i = 1; i < figures.size(); i++) {
      Figure total = figures.get(i);
      // (money only: counts of one sum are often in several units, 生猪28,460头、羊3,240只，合计184,820头（只、羽）)
      if (!Figure.MONEY.equals(total.kind()) || partOf[i] != null || closed[i] != null || !summable(total)
          || LinkedParts.hasParts(partOf, i)) {
        continue;
      }
      int start = total.evidence().start();
      int clause = afterTheLastMark(t, start);
      Matcher opens = OPENS_A_SUM.matcher(t.substring(clause, start));
      if (clause == 0 || !opens.matches()) {
        continue;
      }
      char mark = t.charAt(clause - 1);
      boolean nextSentence = mark == '。';
      if (!nextSentence && ",，;；".indexOf(mark) < 0) {
        continue;
      }
      // (a sum of the sentence before, where it opens its own: after the 。 that ends that one)
      int end = nextSentence ? clause - 1 : clause;
      int from = listStart(t, Gaps.sentenceStart(t, nextSentence ? end : start), end);
      // (a sum after a comma whose own clause lists two items or more is theirs alone: …；设备购置预算78.40万元，…计62.40万元，
      // …计10.40万元，合计72.80万元 leaves the clauses of the other projects before it)
      List<Integer> own = nextSentence ? null : itemsBetween(t, figures, i, Math.max(from, Gaps.clauseStart(t, end)), end, partOf, closed);
      List<Integer> items = own != null && own.size() >= 2 ? own : itemsBetween(t, figures, i, from, end, partOf, closed);
      if (items == null || items.size() < 2) {
        continue;
      }
      boolean allReckoned = items.stream().allMatch(k -> isReckoned(figures.get(k)));
      String counted = opens.group(1);
      boolean bare = counted == null && opens.group(2) == null;
      if (counted != null && ChineseNumerals.digitsOrNumerals(counted).orElse(-1) != items.size()
          || opens.group(2) != null && !allReckoned && !t.substring(clause, start).contains("小计")) {
        continue;
      }
      if (nextSentence && counted == null && !bare && !allReckoned && !t.substring(clause, start).contains("小计")) {
        continue;
      }
      String id = "f" + (i + 1);
      items.forEach(k -> partOf[k] = id);
      closed[i] = Boolean.TRUE;
    }
  }

  /** Where the clause that holds {@code pos} starts: after the last comma, semicolon, colon, 。 or line break before it. */
  private static int afterTheLastMark(String t, int pos) {
    int k = pos - 1;
    while (k >= 0 && ",，;；:：。\n".indexOf(t.charAt(k)) < 0) {
      k--;
    }
    return k + 1;
  }

  /** After the first colon between {@code from} and {@code end}, outside parentheses (按时长分档支付劳务报酬：…), or from. */
  private static int listStart(String t, int from, int end) {
    int depth = 0;
    for (int k = from; k < end; k++) {
      char c = t.charAt(k);
      depth += c == '(' || c == '（' ? 1 : c == ')' || c == '）' ? -1 : 0;
      if (depth == 0 && (c == ':' || c == '：')) {
        return k + 1;
      }
    }
    return from;
  }

  /**
   * The items between {@code from} and {@code end} of the measure of the sum at i: in each clause (parted by semicolons) what it
   * reckoned, else its amounts of the measure outside parentheses, each after a comma or 、. Null where one is a part or a total
   * already, or a clause opens a breakdown (其中).
   */
  private static List<Integer> itemsBetween(String t, List<Figure> figures, int i, int from, int end, String[] partOf,
      Boolean[] closed) {
    if (WITHIN.matcher(t.substring(from, end)).find()) {
      return null;
    }
    String unit = unitKey(figures.get(i));
    List<Integer> items = new ArrayList<>();
    List<Integer> reckoned = new ArrayList<>();
    List<Integer> plain = new ArrayList<>();
    int clauseAt = from;
    for (int k = 0; k < i; k++) {
      Figure f = figures.get(k);
      int at = f.evidence().start();
      if (at < from || at >= end) {
        continue;
      }
      int semicolon = Math.max(t.lastIndexOf('；', at), t.lastIndexOf(';', at));
      if (semicolon >= clauseAt) {
        if (!addTheClause(reckoned, plain, items)) {
          return null;
        }
        reckoned.clear();
        plain.clear();
        clauseAt = semicolon + 1;
      }
      if (Gaps.depthChange(t.substring(from, at)) > 0 || !summable(f) || !unitKey(f).equals(unit)) {
        continue;
      }
      if (partOf[k] != null || closed[k] != null || namesATotal(f)) {
        return null;
      }
      if (isReckoned(f)) {
        reckoned.add(k);
      } else if (labelOf(f).contains("每")) {
        continue; // a price, per day or per time too, which FigureWords.perUnit leaves as it would 每年: 每日补贴300元，计74,400元
      } else {
        // (two amounts of a clause are two items only where a mark parts them: 勘查设计费58.40万元、工程监理费36.20万元)
        if (!plain.isEmpty() && !Gaps.containsAny(Gaps.between(t, figures.get(plain.get(plain.size() - 1)), f), ",，、")) {
          return null;
        }
        plain.add(k);
      }
    }
    return addTheClause(reckoned, plain, items) ? items : null;
  }

  /**
   * Adds a clause's items: what it reckoned, or its plain amounts; false where it holds both, an amount on the way (预算10.00万元，
   * 购置…12台，单价0.35万元，计4.20万元；…) that may be what the sum is of as well.
   */
  private static boolean addTheClause(List<Integer> reckoned, List<Integer> plain, List<Integer> items) {
    if (!reckoned.isEmpty() && !plain.isEmpty()) {
      return false;
    }
    items.addAll(reckoned.isEmpty() ? plain : reckoned);
    return true;
  }
}
