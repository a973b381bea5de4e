package dev.jixiao.check.rules;

import dev.jixiao.record.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An item's amount opening its sentence, then the rate it was reckoned at and the count it was paid for, in that order and nothing
 * else of money between, for {@link ProductRule} (冬春生活救助资金168.00万元，按每人400元标准救助4,200人; 田间肥效试验费9.60万元，每个试验
 * 8,000元，共12个; 意外伤害保险1.82万元，占总支出的2.83%，每人每年260元，共70人; 设备购置124.80万元，经公开招标，中标单价52,000元/套，共24套):
 * the amount is named first and told as the rate and the count, so it is their product. Not a whole of more than what was priced
 * (总投资, 追加), nor an amount a list follows (：), nor one whose count is followed by a total of its own (，计14.40万元), nor a planned
 * amount told by what was actually done (预算…，实际完成11个), nor a rate worked out (平均每座, 人均) or a gain (每人增收).
 */
final class RateThenCount {
  /** A rate set per unit: 每人, 按每吨, 每个试验, 单价. */
  private static final Pattern PER = Pattern.compile("每|单价");
  /** Words of a rate that is not what the amount was paid at: an average, a gain, a plan, a saving. */
  private static final Pattern NOT_PAID_AT = Pattern.compile("均|增|预|计划|节约|结余|比|较|总|合计");
  /** Words of a whole of more than what was priced, or of a rate, in the amount's own label. */
  private static final Pattern OF_MORE = Pattern.compile("总|投资|追加|每|均|其中|合计|小计");
  /** Words between the amount and its rate that pick out parts or compare (其中, 含, 比), or open a list (：). */
  private static final Pattern NO_ACCOUNT = Pattern.compile("其中|含|包括|比|较|：|:|×|=|＝|各");
  /**
   * The words from the rate to its count: the rate's unit and the words closing its clause (/套，共; 标准救助; 标准，共培训医务人员;
   * 的标准购买窗口辅助服务，共; 、交售籽棉), no figure, no other clause's end.
   */
  private static final Pattern TO_THE_COUNT = Pattern.compile("^(?:/\\p{IsHan}{1,2})?[^\\d，,、；;。：:（(]{0,12}[，,、]?[^\\d，,、；;。：:（(]{0,10}$");
  /** Words that make a count something else than what the amount was paid for: parts, a comparison, what was actually done. */
  private static final Pattern NOT_PAID_FOR = Pattern.compile("其中|含|比|较|实际|完成|余|各|均|×");
  /** Words from a count to an amount after it that make the amount no total of the count's: a comparison, a saving, what is left. */
  private static final Pattern NOT_ITS_TOTAL = Pattern.compile("比|较|节约|结余|余|减|超|增|执行");

  private RateThenCount() {}

  /** Each amount with the rate and the count told after it, as {total, count, rate}. */
  static List<Figure[]> products(List<Figure> fs, String text) {
    List<Figure[]> out = new ArrayList<>();
    for (int i = 0; i + 2 < fs.size(); i++) {
      Figure total = fs.get(i);
      if (!Figure.MONEY.equals(total.kind()) || total.op() != null || total.label() == null || OF_MORE.matcher(total.label()).find()
          || !opensItsSentence(fs, i, text)) {
        continue;
      }
      // a share of the whole may stand between (1.82万元，占总支出的2.83%，每人每年260元)
      int r = i + 1;
      if (Figure.PERCENT.equals(fs.get(r).kind())) {
        r++;
      }
      if (r + 1 >= fs.size()) {
        continue;
      }
      Figure rate = fs.get(r);
      Figure count = fs.get(r + 1);
      if (!Figure.MONEY.equals(rate.kind()) || rate.op() != null || rate.label() == null || !PER.matcher(rate.label()).find()
          || NOT_PAID_AT.matcher(rate.label()).find() || !Figure.COUNT.equals(count.kind()) || count.op() != null
          || count.unit() == null || !Sentences.together(text, total, count)
          || NO_ACCOUNT.matcher(Sentences.between(text, total, rate)).find()
          || !TO_THE_COUNT.matcher(Sentences.wordsBetween(text, rate, count)).matches()
          || NOT_PAID_FOR.matcher(Sentences.between(text, rate, count)).find()
          || Sentences.inParentheses(text, rate) || Sentences.inParentheses(text, count)
          || Sentences.aFactor(text, count) || ownTotalAfter(fs, r + 1, text)) {
        continue;
      }
      out.add(new Figure[] {total, count, rate});
    }
    return out;
  }

  /** Whether the amount at i is the first figure of its sentence (a semicolon ends one). */
  private static boolean opensItsSentence(List<Figure> fs, int i, String text) {
    return i == 0 || !Sentences.together(text, fs.get(i - 1), fs.get(i));
  }

  /**
   * Whether an amount after the count, in its sentence, is the count's own total (共12个，计9.60万元; 共2,148户核定，即751,800.00元): the
   * first is of more, or told again there, and that reading is the other's.
   */
  private static boolean ownTotalAfter(List<Figure> fs, int c, String text) {
    if (c + 1 >= fs.size()) {
      return false;
    }
    Figure next = fs.get(c + 1);
    return Figure.MONEY.equals(next.kind()) && Sentences.together(text, fs.get(c), next)
        && !NOT_ITS_TOTAL.matcher(Sentences.wordsBetween(text, fs.get(c), next)).find();
  }
}
