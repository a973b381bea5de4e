package dev.jixiao.check.rules;

import dev.jixiao.record.Figure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * So much given to each unit of a count, as 各 says, then what they came to, for {@link ProductRule}: the amount each was given
 * (6个通过省级验收的乡镇综治中心各奖补2.00万元，计12.00万元; 对8个乡镇（街道）调解中心各奖补1.00万元，计8.00万元), or one set each was
 * given and the set's price (为34个联络站各配备终端1套，每套4,200元，计142,800元; 为48家经营主体各配备一套追溯终端（含…），每套8,500元，
 * 支出40.80万元). The words fix the relation: each of the count got the amount, and the total is named right after. Not an average or a
 * gain (各村平均, 各增加), nor an amount bounded (各不超过5万元), nor a count given in turn to several (龙潭镇、杨柳镇各2个).
 */
final class EachOfACount {
  /** From a count to the amount each of it was given, in the count's clause: 个乡镇综治中心各奖补, 家…委员会各给予运行补助. */
  private static final Pattern EACH_GIVEN = Pattern.compile("^[^\\d，,；;。：:、]{0,30}各[^\\d，,；;。：:、均增超不]{0,8}$");
  /** From a count to one set each was given, written in words, and its price per set: 家…各配备一套追溯终端（含…），每套. */
  private static final Pattern ONE_SET_EACH =
      Pattern.compile("^[^\\d，,；;。：:、]{0,30}各[^\\d，,；;。：:、均增]{0,8}?一(\\p{IsHan})[^\\d；;。：:]{0,40}?[，,]每\\1$");
  /** From a count to one set each was given, written as a figure: 个联络站各配备代表履职信息终端. */
  private static final Pattern EACH_GETS = Pattern.compile("^[^\\d，,；;。：:、]{0,30}各[^\\d，,；;。：:、均增]{0,12}$");

  /** From an item's amount to the count that says what it bought: ，计划为, ，为, ，向. */
  private static final Pattern ITEMS_CLAUSE = Pattern.compile("^[，,][^\\d，,；;。：:（()）]{0,8}$");
  /** Words of an amount that is no item's spending: a rate, an average, a part, a balance. */
  private static final Pattern NOT_AN_ITEMS = Pattern.compile("每|均|其中|结余|单价");

  private EachOfACount() {}

  /** Each total with the count and the amount given to each unit of it, as {total, count, amount each}. */
  static List<Figure[]> products(List<Figure> fs, String text) {
    List<Figure[]> out = new ArrayList<>();
    if (text.indexOf('各') < 0) {
      return out;
    }
    for (int i = 0; i + 2 < fs.size(); i++) {
      Figure count = fs.get(i);
      if (!Figure.COUNT.equals(count.kind()) || count.op() != null || count.unit() == null || Sentences.inParentheses(text, count)) {
        continue;
      }
      int r = eachAmount(fs, i, text);
      if (r < 0) {
        continue;
      }
      Figure each = fs.get(r);
      Figure total = r + 1 < fs.size() ? fs.get(r + 1) : null;
      if (total != null && Figure.MONEY.equals(total.kind()) && total.op() == null && Sentences.together(text, each, total)
          && ProductRule.saysTotal(text, each, total, each)) {
        out.add(new Figure[] {total, count, each});
      } else if (priceOfASetEach(text, count, each) && theItemsAmountBefore(fs, i, text) != null) {
        out.add(new Figure[] {fs.get(i - 1), count, each});
      }
    }
    return out;
  }

  /**
   * Whether the amount is the price per set of one set each unit of the count got (各配建一套健身路径，每套3.60万元; 各配备终端1套，每套4,200元),
   * the last figure of its clause: no amount of its own follows it there.
   */
  private static boolean priceOfASetEach(String text, Figure count, Figure price) {
    if (Sentences.wordsBetween(text, count, price).indexOf('每') < 0) {
      return false;
    }
    for (int k = price.evidence().end(); k < text.length(); k++) {
      char c = text.charAt(k);
      if ("；;。\n".indexOf(c) >= 0) {
        return true;
      }
      if (Character.isDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The amount of an item opening its clause right before the count, the count's clause telling what it bought (全民健身路径工程90.00万元，计划为
   * 25个行政村各配建一套健身路径，每套3.60万元): no rate, average or plan, and only words between; else null.
   */
  private static Figure theItemsAmountBefore(List<Figure> fs, int i, String text) {
    if (i == 0) {
      return null;
    }
    Figure amount = fs.get(i - 1);
    if (!Figure.MONEY.equals(amount.kind()) || amount.op() != null || amount.label() == null || NOT_AN_ITEMS.matcher(amount.label()).find()
        || !ITEMS_CLAUSE.matcher(Sentences.wordsBetween(text, amount, fs.get(i))).matches()) {
      return null;
    }
    boolean opens = i < 2 || !Sentences.together(text, fs.get(i - 2), amount)
        || Sentences.wordsBetween(text, fs.get(i - 2), amount).chars().anyMatch(c -> "；;：:".indexOf(c) >= 0);
    return opens ? amount : null;
  }

  /** The position of the amount each unit of the count at i was given, as the words between say; -1 where they say none. */
  private static int eachAmount(List<Figure> fs, int i, String text) {
    Figure next = fs.get(i + 1);
    if (Figure.MONEY.equals(next.kind())) {
      if (next.op() != null || next.label() == null) {
        return -1;
      }
      String between = Sentences.wordsBetween(text, fs.get(i), next);
      boolean given = between.indexOf('每') < 0 && EACH_GIVEN.matcher(between).matches();
      return given || ONE_SET_EACH.matcher(between).matches() ? i + 1 : -1;
    }
    // one set each, its 1 a figure (各配备终端1套，每套4,200元)
    Figure price = fs.get(i + 2);
    if (!Figure.COUNT.equals(next.kind()) || next.op() != null || next.unit() == null || next.value().compareTo(BigDecimal.ONE) != 0
        || !Figure.MONEY.equals(price.kind()) || price.op() != null || !EACH_GETS.matcher(Sentences.wordsBetween(text, fs.get(i), next)).matches()) {
      return -1;
    }
    String perSet = Sentences.wordsBetween(text, next, price);
    return perSet.length() > 2 && "，,".indexOf(perSet.charAt(0)) >= 0 && perSet.substring(1).equals("每" + next.unit()) ? i + 2 : -1;
  }
}
