package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.record.Evidence;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.MoneyUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a count of people is paid by period and the total that comes to, for {@link ProductRule}
 * (我镇设专职调解员3名，按“以案定补”每人每月2000元，意外保险每人每年300元。需资金72900元): each rate per head
 * times the times a year it is paid (每月 12, 每季度 4, 每年 1, or the months the sentence states:
 * 防火员8个月; 每天 the days it states: 全年按200天计算), added up and times the count (of the rate's sentence, or the one
 * count of its measure in the sentence before: 受益学生1286人。按照每生每天5元…); the total may open the next sentence, named as a total
 * or a need (需资金, 合计); or it may come before the count when named for the same pay (公益性岗位补贴支出
 * 648.00万元，安置就业困难人员450人，每人每月补贴1200元). An average by period is such a rate (保障1260人，
 * 月人均补助水平620元，全年发放资金937.44万元), and a total after several groups of a count and its rates in
 * one statement may be of them all (集中供养320人，每人每月1200元；分散供养410人，每人每月800元，全年发放854.40万元). The rate may
 * also come first, then whom it was paid and what that came to (按每人每月100元标准，为10250名老人发放津贴1230.00万元).
 */
final class PaidByPeriod {
  /** A rate per head, post or place and period: 每人每月, 每名每年, 每户每季度, 每个岗位每月, 每岗每月, 每生每天, 每点每月 (a monitoring point). */
  private static final Pattern PER_HEAD_PERIOD = Pattern.compile("每(人|名|位|户|岗|生|点|处|站|个[^每，。；、\\d]{1,4}?)每?(月|季度|季|年|天|日)");
  /** An average per head and period (月人均补助水平620元, 人均月补助): what each is paid in that period. */
  private static final Pattern AVERAGE_BY_PERIOD = Pattern.compile("(月|季度|年)(人|户)均|(人|户)均每?(月|年)");
  /** The days a daily rate is paid for, as its sentence states them (全年按200天计算, 200个教学日); not a date's day (12月31日). */
  private static final Pattern DAYS = Pattern.compile("(?<![\\d.月])(\\d{1,3})个?(?:天|教学日|工作日|就餐日)");
  /** The months a year's pay is for (8个月防火期). */
  /** A clause saying only how many months a rate is paid for: 按10个月计, 按10个月计算, 发放10个月. */
  private static final Pattern MONTHS_RECKONED = Pattern.compile("(?:按|共|全年)?(\\d{1,2})个月(?:计|计算|发放)?[，,；;。]");
  private static final Pattern MONTHS = Pattern.compile("(?<![\\d-])(\\d{1,2})个月");
  /** A multiplication after the rate's words, which the figure is the result of. */
  private static final Pattern WORKED_OUT = Pattern.compile("[×xX*＊]");
  /** A count's change from another year's (比上年增加, 较上年减少, 新增): no count of those paid. */
  private static final Pattern CHANGE = Pattern.compile("^(?:比|较|同比)|(?:增加|减少|增长|下降)了?$");
  /** A total's or a need's words, for a total after rates by period (共 opening its label: 共支出资助资金). */
  /** What one is paid, not all (每人全年18,000元, 人均): no total of the count. */
  private static final Pattern PER_ONE = Pattern.compile("每|均");
  private static final Pattern NEED = Pattern.compile("^共|需|合计|共计|总计|全年|累计");

  /**
   * Words naming a kind of pay or cost, which a total and its rate per unit share (培训补贴支出 and
   * 人均补贴, 总投资 and 亩均投资, 支付赔款 and 户均获赔, 发放资助资金 and 人均资助).
   */
  private static final Pattern PAY = Pattern.compile("补贴|补助|奖补|奖励|报酬|工资|津贴|贴息|救助金|慰问金|生活费|投资|赔|资助");

  /** Money named as paid out or given, after whom it was paid (为10250名老人发放1230.00万元, 资金, 应兑付). */
  private static final Pattern PAID = Pattern.compile("发放|支付|拨付|兑付|资金");

  /** An average that names no kind of its own (人均, 户均, 亩均), so is of the pay its total names. */
  private static final Pattern BARE_AVERAGE = Pattern.compile("^[人户亩]均(?:为|是|达)?$");
  /** An average of a rise (村均增加, 户均增收), which is of the rise its total names (村集体经济收入合计增加). */
  private static final Pattern AVERAGE_RISE = Pattern.compile("^[人户亩村]均(增加|增收)(?:了|为|达)?$");
  /** Money spent on something, which a bare average is of as much as of a pay (会议费支出3.78万元，人均30元). */
  private static final Pattern SPENT = Pattern.compile("费|支出");

  private PaidByPeriod() {}

  /** Whether two amounts' labels name one kind of pay (公益性岗位补贴支出, 每人每月补贴). */
  static boolean sameKindOfPay(Figure total, Figure rate) {
    return total.label() != null && sameKindOfPay(total.label(), rate);
  }

  /** Whether a total's words (共发放, of a count before a bare amount) and a rate's label name one kind of pay. */
  static boolean sameKindOfPay(String totalWords, Figure rate) {
    if (rate.label() == null) {
      return false;
    }
    Matcher rise = AVERAGE_RISE.matcher(rate.label().strip());
    if (rise.matches()) {
      return totalWords.contains(rise.group(1));
    }
    if (BARE_AVERAGE.matcher(rate.label().strip()).matches()) {
      // 发放高龄津贴52.80万元，惠及老人880人，人均600元; 参会1260人次，会议费支出3.78万元，人均30元; or of money paid out to whom the
      // count counts (兑付补偿资金440.52万元，惠及林农12,486户，户均352.81元; 应兑付1,080.50万元，涉及牧户2,695户，户均4,009.28元)
      return PAY.matcher(totalWords).find() || SPENT.matcher(totalWords).find() || PAID.matcher(totalWords).find();
    }
    Matcher m = PAY.matcher(rate.label());
    while (m.find()) {
      if (totalWords.contains(m.group())) {
        return true;
      }
    }
    return false;
  }

  /** The amount right before the count at {@code c}, in its sentence, when it is named for the rate's pay. */
  private static Figure totalBefore(List<Figure> fs, int c, Figure rate, String text) {
    Figure f = c > 0 ? fs.get(c - 1) : null;
    return f != null && Figures.isMoney(f) && f.op() == null && Sentences.together(text, f, rate) && sameKindOfPay(f, rate) ? f : null;
  }

  /** Whether an amount is written per a unit after it (9,600元/人): a rate, no total. */
  private static boolean ratePerUnit(String text, Figure amount) {
    int end = amount.evidence().end();
    return end + 1 < text.length() && text.charAt(end) == '/'
        && Character.UnicodeScript.of(text.charAt(end + 1)) == Character.UnicodeScript.HAN;
  }

  /** The totals of rates per head and period (每人每月2000元，每人每年300元) for a count, checked. */
  static List<Finding> check(Rule rule, List<Figure> fs, String text) {
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < fs.size(); i++) {
      if (perHeadPeriod(fs.get(i)) == null || i > 0 && perHeadPeriod(fs.get(i - 1)) != null) {
        continue;
      }
      int last = i;
      while (last + 1 < fs.size() && perHeadPeriod(fs.get(last + 1)) != null && Sentences.together(text, fs.get(last), fs.get(last + 1))) {
        last++;
      }
      Figure count = countBefore(fs, i, text, perHeadPeriod(fs.get(i)).per());
      // past the days the rate is paid for, which the text says (全年按200天计算): no total
      int next = last + 1;
      while (next < fs.size() && Figure.COUNT.equals(fs.get(next).kind()) && "天".equals(fs.get(next).unit())
          && Sentences.together(text, fs.get(last), fs.get(next))) {
        next++;
      }
      // past a yearly rate worked out from the monthly (每人每月800元，全年9,600元/人，共178.56万元): the total follows it
      if (next + 1 < fs.size() && Figures.isMoney(fs.get(next)) && ratePerUnit(text, fs.get(next))) {
        next++;
      }
      Figure total = next < fs.size() ? fs.get(next) : null;
      boolean after = total != null && Figures.isMoney(total) && total.op() == null && total.label() != null
          && NEED.matcher(total.label()).find() && withinTheNextSentence(text, fs.get(last), total) && !Sentences.aFactor(text, total);
      if (count == null && last + 2 < fs.size() && paidAfter(fs.get(last), fs.get(last + 1), fs.get(last + 2), text)) {
        // the rate first, then whom it was paid and what that came to (按每人每月100元标准，为10250名老人发放津贴1230.00万元)
        count = fs.get(last + 1);
        total = fs.get(last + 2);
      } else if (!after) {
        // the total first, named for the same pay (公益性岗位补贴支出648.00万元，安置…450人，每人每月补贴1200元)
        total = count == null ? null : totalBefore(fs, Figures.positionOf(fs, count, i), fs.get(i), text);
      }
      if (count == null || total == null) {
        continue;
      }
      Group group = group(fs, i, last, count, text);
      // groups before it in the statement (集中供养320人，每人每月1200元；分散供养410人，每人每月800元，全年发放…): the total may be of all
      List<Group> groups = after ? groupsBefore(fs, Figures.positionOf(fs, count, i), text) : new ArrayList<>();
      // one yearly rate and its total in their sentence are the plain product above
      boolean plain = groups.isEmpty() || Sentences.together(text, fs.get(last), total);
      if (group == null || !group.monthly() && last == i && plain) {
        continue;
      }
      if (groups.stream().anyMatch(g -> g == null) || group.sum().intersects(Figures.yuan(total))) {
        continue;
      }
      groups.add(group);
      Interval all = Interval.exact(BigDecimal.ZERO);
      BigDecimal exact = BigDecimal.ZERO;
      for (Group g : groups) {
        all = all.plus(g.sum());
        exact = exact.add(g.exact());
      }
      if (all.intersects(Figures.yuan(total))) {
        continue;
      }
      String expected = Figures.roundedMoney(exact, MoneyUnit.of(total.unit()), Math.max(0, total.value().scale()));
      String how = String.join(" + ", groups.stream().map(Group::how).toList());
      List<Evidence> evidence = new ArrayList<>(List.of(total.evidence()));
      groups.forEach(g -> evidence.addAll(g.evidence()));
      out.add(FindingBuilder.of(rule)
          .subject(total.label())
          .message(how + " 应为" + expected + "，报告写的是" + total.text() + "。",
              how + " is " + expected + ", not the stated " + total.text() + ".")
          .stated(total.text())
          .expected(expected)
          .evidence(evidence)
          .build());
    }
    return out;
  }

  /** A count and its rates by period: what they come to a year, exactly and as the written figures allow. */
  private record Group(Interval sum, BigDecimal exact, String how, boolean monthly, List<Evidence> evidence) {}

  /** The group of the count and the rates from i to last; null when the count is no whole number of heads. */
  private static Group group(List<Figure> fs, int i, int last, Figure count, String text) {
    Integer months = monthsInTheClause(text, fs.get(i));
    months = months != null ? months : monthsBefore(text, fs.get(i));
    Integer days = daysIn(text, fs.get(i));
    Interval sum = Interval.exact(BigDecimal.ZERO);
    BigDecimal exact = BigDecimal.ZERO;
    List<String> terms = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    boolean monthly = false;
    for (int k = i; k <= last; k++) {
      Figure rate = fs.get(k);
      Period period = perHeadPeriod(rate);
      int times = switch (period.period()) {
        case "月" -> months == null ? 12 : months;
        case "季", "季度" -> 4;
        case "天", "日" -> days == null ? 0 : days;
        default -> 1;
      };
      if (times == 0) {
        return null; // a rate by the day, and no days stated: nothing to multiply
      }
      monthly |= times != 1;
      // a standard is set exactly (每生每天5元 is 5元, not 4.5 to 5.5); an average is rounded
      Interval each = period.standard() ? Interval.exact(rate.yuan()) : Figures.yuan(rate);
      sum = sum.plus(each.times(BigDecimal.valueOf(times)));
      exact = exact.add(rate.yuan().multiply(BigDecimal.valueOf(times)));
      terms.add(times == 1 ? rate.text() : rate.text() + " × " + times);
      evidence.add(rate.evidence());
    }
    evidence.add(count.evidence());
    BigDecimal units = Figures.ones(count);
    if (units.stripTrailingZeros().scale() > 0) {
      return null;
    }
    return new Group(sum.times(units), exact.multiply(units), count.text() + " × （" + String.join(" + ", terms) + "）", monthly, evidence);
  }

  /** The groups of a count and its rates by period right before the count at c, in its statement, nearest last. */
  private static List<Group> groupsBefore(List<Figure> fs, int c, String text) {
    List<Group> out = new ArrayList<>();
    int k = c - 1;
    while (k >= 1 && perHeadPeriod(fs.get(k)) != null && Sentences.oneStatement(text, fs.get(k), fs.get(c))) {
      int last = k;
      while (k - 1 >= 0 && perHeadPeriod(fs.get(k - 1)) != null) {
        k--;
      }
      Figure count = k - 1 >= 0 ? fs.get(k - 1) : null;
      if (count == null || !Figure.COUNT.equals(count.kind()) || count.op() != null
          || !ProductRule.sameMeasure("每" + perHeadPeriod(fs.get(k)).per(), count.unit())) {
        break;
      }
      out.add(0, group(fs, k, last, count, text));
      k -= 2;
    }
    return out;
  }

  /**
   * Whom a rate is paid per (人, 户, 个岗位) and how often (月, 季度, 年).
   *
   * @param standard whether the rate is a standard (每生每天5元), set exactly, rather than an average (月人均620元),
   *     which is rounded
   */
  record Period(String per, String period, boolean standard) {}

  /** The per-head-and-period words of a money figure's label (每人每月, 月人均), or null. */
  static Period perHeadPeriod(Figure f) {
    if (!Figures.isMoney(f) || f.op() != null || f.label() == null) {
      return null;
    }
    Matcher m = PER_HEAD_PERIOD.matcher(f.label());
    if (m.find()) {
      // the result of the rate worked out (每人每月500元×186人×12个月=1,116,000元) is no rate
      return WORKED_OUT.matcher(f.label()).find(m.end()) ? null : new Period(m.group(1), m.group(2), true);
    }
    m = AVERAGE_BY_PERIOD.matcher(f.label());
    if (!m.find()) {
      return null;
    }
    return m.group(1) != null ? new Period(m.group(2), m.group(1), false) : new Period(m.group(3), m.group(4), false);
  }

  /**
   * The nearest count before the rate at i in its sentence, of heads (人, 名, 位) or households as the
   * rate is paid on; posts (公益性岗位120个) are paid per head too, one person holding each.
   */
  private static Figure countBefore(List<Figure> fs, int i, String text, String per) {
    int k = i - 1;
    for (; k >= 0 && Sentences.together(text, fs.get(k), fs.get(i)); k--) {
      Figure f = fs.get(k);
      if (Figure.COUNT.equals(f.kind()) && f.op() == null && !ProductRule.isAverageCount(f) && !perUnitOfAnother(text, f)
          && !CHANGE.matcher(f.label() == null ? "" : f.label().strip()).find()) {
        // an average on the way (保洁员312名，村均7.43名，每人每月…) is passed over: the count is before it, and so is a count per
        // unit of another (96个网格、每个网格配备1名专职网格员，每人每月…: 1 is no count of those paid), and a change of the count
        // (聘用协管员十八名，比上年增加2名，劳务费按每人每月1,800元…)
        boolean posts = "个".equals(f.unit()) && f.label() != null && f.label().contains("岗位") && !"户".equals(per);
        return posts || ProductRule.sameMeasure("每" + per, f.unit()) ? f : null;
      }
    }
    return k >= 0 ? onlyCountOfTheSentenceBefore(fs, k, i, text, per) : null;
  }

  /** Whether the count's clause opens with 每 (每个网格配备1名): so many for each of another count, not a count of its own. */
  private static boolean perUnitOfAnother(String text, Figure count) {
    int k = count.evidence().start();
    while (k > 0 && "，,、；;。：:\n".indexOf(text.charAt(k - 1)) < 0) {
      k--;
    }
    return text.startsWith("每", k);
  }

  /**
   * The one count in the rate's measure of the sentence right before the rate's, on its line, when the rate's sentence
   * states none before it: whom the rate is paid (受益学生1286人。按照每生每天5元的标准…). Two such counts leave it unknown.
   */
  private static Figure onlyCountOfTheSentenceBefore(List<Figure> fs, int last, int rate, String text, String per) {
    String between = text.substring(fs.get(last).evidence().end(), fs.get(rate).evidence().start());
    if (between.indexOf('\n') >= 0 || between.indexOf('。') < 0) {
      return null;
    }
    Figure found = null;
    for (int k = last; k >= 0 && Sentences.together(text, fs.get(k), fs.get(last)); k--) {
      Figure f = fs.get(k);
      if (Figure.COUNT.equals(f.kind()) && f.op() == null && ProductRule.sameMeasure("每" + per, f.unit())) {
        if (found != null) {
          return null;
        }
        found = f;
      }
    }
    return found;
  }

  /**
   * Whether a count right after the last rate, in its measure, and money right after the count, named as paid or given
   * (发放津贴, 补助资金) or as the sum (按每点每月300元、22个点、12个月计发，共79,200元), in one sentence with it, are whom the rate was paid and what it came to.
   */
  private static boolean paidAfter(Figure rate, Figure count, Figure total, String text) {
    return Figure.COUNT.equals(count.kind()) && count.op() == null && ProductRule.sameMeasure("每" + perHeadPeriod(rate).per(), count.unit())
        && Figures.isMoney(total) && total.op() == null && total.label() != null
        && (PAY.matcher(total.label()).find() || PAID.matcher(total.label()).find()
            || NEED.matcher(total.label()).find() && !PER_ONE.matcher(total.label()).find())
        && Sentences.together(text, rate, count) && Sentences.together(text, count, total);
  }

  /**
   * The months a rate's own clause states after it (每人每月80元×512人×6个月发放245,760.00元), or the clause after it alone, or null: what it was paid for,
   * before any the sentence stated earlier for another rate.
   */
  private static Integer monthsInTheClause(String text, Figure rate) {
    int start = rate.evidence().end();
    int end = start;
    while (end < text.length() && "，,；;。\n".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    Matcher m = MONTHS.matcher(text).region(start, end);
    Integer months = m.find() ? Integer.valueOf(m.group(1)) : null;
    if (months == null && end < text.length() && "，,".indexOf(text.charAt(end)) >= 0) {
      // or the clause after it saying only for how long (每人每月1,800元，按10个月计，共43.20万元)
      Matcher reckoned = MONTHS_RECKONED.matcher(text).region(end + 1, text.length());
      months = reckoned.lookingAt() ? Integer.valueOf(reckoned.group(1)) : null;
    }
    return months != null && months >= 1 && months <= 12 ? months : null;
  }

  /** The months the sentence states before a rate that the rates are paid for (防火员8个月防火期工资), or null. */
  private static Integer monthsBefore(String text, Figure rate) {
    int end = rate.evidence().start();
    int start = Math.max(text.lastIndexOf('。', end - 1), text.lastIndexOf('\n', end - 1)) + 1;
    Matcher m = MONTHS.matcher(text).region(start, end);
    Integer months = null;
    while (m.find()) {
      months = Integer.valueOf(m.group(1));
    }
    return months != null && months >= 1 && months <= 12 ? months : null;
  }

  /** The days its sentence states a daily rate is paid for (按每生每天5元的标准，全年按200天计算), or null. */
  private static Integer daysIn(String text, Figure rate) {
    int at = rate.evidence().start();
    int start = Sentences.start(text, at);
    int end = text.indexOf('。', at);
    Matcher m = DAYS.matcher(text).region(start, end < 0 ? text.length() : end);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  /** Whether b is in a's sentence or opens the one after it. */
  private static boolean withinTheNextSentence(String text, Figure a, Figure b) {
    if (Sentences.together(text, a, b)) {
      return true;
    }
    String between = text.substring(a.evidence().end(), b.evidence().start());
    int end = between.indexOf('。');
    return end >= 0 && between.indexOf('。', end + 1) < 0 && between.indexOf('\n', end) < 0;
  }

}
