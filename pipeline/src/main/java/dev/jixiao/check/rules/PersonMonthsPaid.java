package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.MoneyUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Months of heads paid (447人月, 1,080人·月, 3,552个人月) at a rate per head and month (每人每月1800元, 每人月450.00元), and what that
 * came to, for {@link ProductRule}: a person-month is one head paid for one month, so the count times the rate is the amount. So days
 * of heads at a rate per head and day (伙食补助按每人每天100元的标准，全年共计3,240人天，支出324,000元).
 * 1-6月每人每月1800元，累计见习447人月，发放804,600.00元; 按每人每月1,000元标准发放。…全年合计1,080人·月，支出1,080,000.00元;
 * 报酬377.52万元：按实际在岗1,716人·月、每人每月2,200元发放. The rate is the one of the count's clause, or else the one rate of that kind
 * its line states before it (two different rates before it leave the reader to guess); the amount is the money right after the
 * count, or, where the rate follows the count, the one amount of its sentence before it.
 */
final class PersonMonthsPaid {
  /** A rate per head and month or day: 每人每月, 每人月, 每名每月, 每人每天 (group 1 the period); no average (平均每人月补助). */
  private static final Pattern PER_HEAD_PERIOD = Pattern.compile("每[人名]每?([月天日])");
  /** Words of money that is no amount paid for the months: a rate, an average, a plan. */
  private static final Pattern NOT_PAID = Pattern.compile("每|均|预算|计划|标准|上年|目标");
  /** Units of a head's months or days, as written (人月, 人·月, 人天, 人日; 个 before 人月 in 3,552个人月), group 1 the period. */
  private static final Pattern PERIODS_UNIT = Pattern.compile("人·?([月天日])");

  /** Words of a rate compared, another year's: 较上年, 比上年. */
  private static final Pattern COMPARED = Pattern.compile("上年|同期|同比");
  /** Words of an amount that is a change: 下降, 减少, 增加. */
  private static final Pattern CHANGED = Pattern.compile("下降|减少|增加|增长|降低|节约|节省");

  /** A formula's factors of months and heads, in either order, after an amount: ×12个月×141人, ×141人×12个月. */
  private static final Pattern MONTHS_AND_HEADS = Pattern.compile(
      "[×xX*＊]\\s*\\d{1,2}个?月\\s*[×xX*＊]\\s*[\\d,]+[人名](?![·月次])|[×xX*＊]\\s*[\\d,]+[人名]\\s*[×xX*＊]\\s*\\d{1,2}个?月");

  private PersonMonthsPaid() {}

  static List<Finding> check(Rule rule, List<Figure> fs, String text) {
    List<Finding> out = new ArrayList<>();
    for (int c = 0; c < fs.size(); c++) {
      Figure count = fs.get(c);
      String period = personPeriods(text, count);
      if (period == null) {
        continue;
      }
      Figure rate = null;
      Figure paid = null;
      Figure next = c + 1 < fs.size() ? fs.get(c + 1) : null;
      Figure after = c + 2 < fs.size() ? fs.get(c + 2) : null;
      if (next != null && aRate(next, period) && onlyWordsBetween(text, count, next)) {
        // the rate right after the count (312人·月，按每人每月7,200元的综合标准结算): the amount its sentence states before them, unless
        // the clause goes on to what they came to (1,716人·月、每人每月2,200元，计377.52万元), the product ProductRule reads
        rate = next;
        paid = after != null && Figures.isMoney(after) && onlyWordsBetween(text, next, after) ? null : theOneAmountBefore(fs, c, text);
      } else if (next != null && Figures.isMoney(next) && next.op() == null && next.label() != null && !NOT_PAID.matcher(next.label()).find()
          && onlyWordsBetween(text, count, next)) {
        paid = next;
        rate = theRateBefore(fs, c, text, period);
      }
      if (rate == null || paid == null || !paidAtTheRate(text, count, rate, paid)) {
        continue;
      }
      BigDecimal product = rate.yuan().multiply(count.value());
      if (Interval.exact(product).intersects(Figures.of(paid))) {
        continue;
      }
      String expected = Figures.roundedMoney(product, MoneyUnit.of(paid.unit()), Math.max(0, paid.value().scale()));
      out.add(FindingBuilder.of(rule)
          .subject(paid.label() == null ? "" : paid.label().strip())
          .message(count.text() + " × " + rate.text() + " 应为" + expected + "，报告写的是" + paid.text() + "。",
              count.text() + " × " + rate.text() + " is " + expected + ", not the stated " + paid.text() + ".")
          .stated(paid.text())
          .expected(expected)
          .evidence(paid.evidence(), rate.evidence(), count.evidence())
          .build());
    }
    return out;
  }

  /**
   * The period whose heads the figure counts whole (月 of 447人月, 312人·月, or 3,552个 before 人月; 天 of 624人天, 96人日), or null.
   */
  private static String personPeriods(String text, Figure f) {
    if (!Figure.COUNT.equals(f.kind()) || f.op() != null || f.unit() == null || f.value().signum() <= 0 || f.value().scale() > 0) {
      return null;
    }
    int end = f.evidence().end();
    Matcher m = PERIODS_UNIT.matcher(f.unit());
    if (!m.matches() && "个".equals(f.unit())) {
      m = PERIODS_UNIT.matcher(text.substring(end, Math.min(text.length(), end + 3)));
      return m.lookingAt() ? period(m.group(1)) : null;
    }
    return m.matches() ? period(m.group(1)) : null;
  }

  /** A day is written 天 or 日. */
  private static String period(String word) {
    return "日".equals(word) ? "天" : word;
  }

  /** Whether the figure is a rate per head and the period (每人每月 of 月, 每人每天 of 天). */
  private static boolean aRate(Figure f, String period) {
    if (!Figures.isMoney(f) || f.op() != null || f.label() == null || f.label().indexOf('均') >= 0) {
      return false;
    }
    Matcher m = PER_HEAD_PERIOD.matcher(f.label());
    return m.find() && period(m.group(1)).equals(period);
  }

  /**
   * Whether the amount is what the count was paid at the rate, not a change from a rate of another year (较上年每人每天143.07元（上年支出
   * 71.25万元、培训4,980人天）下降5.16元) nor an amount outside the aside the count is told in (值班人员补助116,800.00元（每人每天80元，共1,460人天），
   * 机要通信44.62万元: the aside's is the amount before it).
   */
  private static boolean paidAtTheRate(String text, Figure count, Figure rate, Figure paid) {
    return !COMPARED.matcher(rate.label()).find() && (paid.label() == null || !CHANGED.matcher(paid.label()).find())
        && Sentences.inParentheses(text, count) == Sentences.inParentheses(text, paid);
  }

  /** Whether only words, no sentence's or clause's end, stand between the two (，发放; 、; ，按). */
  private static boolean onlyWordsBetween(String text, Figure a, Figure b) {
    String between = text.substring(a.evidence().end(), b.evidence().start());
    return between.length() <= 16 && between.chars().noneMatch(ch -> ch == '。' || ch == '；' || ch == ';' || ch == '\n' || ch == '×');
  }

  /**
   * The rate per head and the count's period (a month, a day) for the count at c: the nearest in its clause (after the last semicolon
   * or full stop), or else the one value of such rates its line states before it; null where none, or where they differ.
   */
  private static Figure theRateBefore(List<Figure> fs, int c, String text, String period) {
    Figure count = fs.get(c);
    int at = count.evidence().start();
    int clause = Math.max(Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('；', at - 1)), text.lastIndexOf('\n', at - 1)) + 1;
    int line = text.lastIndexOf('\n', at - 1) + 1;
    Figure found = null;
    for (int k = c - 1; k >= 0 && fs.get(k).evidence().start() >= line; k--) {
      Figure f = fs.get(k);
      if (!(aRate(f, period) && !multiplied(text, f) || "月".equals(period) && perHeadAndMonthByItsFormula(text, f))) {
        continue;
      }
      if (found == null) {
        found = f;
        if (f.evidence().start() >= clause) {
          return f;
        }
      } else if (f.yuan().compareTo(found.yuan()) != 0) {
        return null;
      }
    }
    return found;
  }

  /**
   * Whether an amount is multiplied by months and heads right after it (按1,400元×12个月×141人计发2,368,800元): the formula makes it a rate
   * per head and month, which the months of heads added or gone that year are paid at (年内新增16人，累计保障94人·月，计发131,600元).
   */
  private static boolean perHeadAndMonthByItsFormula(String text, Figure f) {
    if (!Figures.isMoney(f) || f.op() != null || f.evidence().end() >= text.length() || "×xX*＊".indexOf(text.charAt(f.evidence().end())) < 0) {
      return false;
    }
    int end = f.evidence().end();
    return MONTHS_AND_HEADS.matcher(text.substring(end, Math.min(text.length(), end + 24))).lookingAt();
  }

  /** Whether a sign of multiplication stands by the rate (1,400元×12个月×141人): a factor of a formula, read as one. */
  private static boolean multiplied(String text, Figure f) {
    int s = f.evidence().start();
    int e = f.evidence().end();
    return s > 0 && "×xX*＊".indexOf(text.charAt(s - 1)) >= 0 || e < text.length() && "×xX*＊".indexOf(text.charAt(e)) >= 0;
  }

  /** The one amount, outside parentheses, of the count's sentence before it that is no rate nor a plan; else null. */
  private static Figure theOneAmountBefore(List<Figure> fs, int c, String text) {
    int at = fs.get(c).evidence().start();
    int start = Math.max(Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('；', at - 1)), text.lastIndexOf('\n', at - 1)) + 1;
    Figure found = null;
    for (int k = c - 1; k >= 0 && fs.get(k).evidence().start() >= start; k--) {
      Figure f = fs.get(k);
      if (!Figures.isMoney(f) || Sentences.inParentheses(text, f)) {
        continue;
      }
      if (found != null) {
        return null;
      }
      found = f;
    }
    return found == null || found.op() != null || found.label() != null && NOT_PAID.matcher(found.label()).find() ? null : found;
  }
}
