package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stated multiplication: a per-unit amount (每个工作队每年经费8万元), a count of units (4个工作队)
 * and the total they give (共32万元), in one sentence; the count may come first (网格员20名，人均补贴
 * 3.80万元，合计76.00万元). Each factor keeps its rounding interval; a count is exact unless written
 * in 万 (4.38万亩). A rate per a measure (每亩, 人均) multiplies only a count in that measure: in
 * 补贴6215户，每亩补贴120元 the households are not what the 120元 is paid on.
 *
 * <p>Also what a count of people is paid by period and the total that comes to (我镇设专职调解员3名，按
 * “以案定补”每人每月2000元，意外保险每人每年300元。需资金72900元): each rate per head times the times a
 * year it is paid (每月 12, 每季度 4, 每年 1, or the months the sentence states: 防火员8个月), added up
 * and times the count; the total may open the next sentence, named as a total or a need (需资金, 合计).
 *
 * <p>And an average per unit against the total and the count of units stated before it in its
 * sentence (培训45期，培训农民2760人次，平均每期培训61.33人次): the units are those the average is per
 * (期), the total in the average's own measure.
 */
@RuleInfo(
    id = "product",
    severity = Severity.ERROR,
    zh = "单价 × 数量 与所述合计不符",
    en = "stated multiplications (4 teams × 8万元 = 32万元)")
public final class ProductRule implements Rule {
  /** A rate's words: per unit (每), per head or household (人均, 户均), or a standard (标准). */
  private static final Pattern PER = Pattern.compile("每|人均|户均|标准");
  /** A rate per a measure: 每亩, 每人, 每户 (每个 counts anything), 人均, 户均. */
  private static final Pattern PER_MEASURE = Pattern.compile("每(?:位|名)?(人次|人|名|位|户|亩|公里|平方米|吨)|(人|户)均");
  /** Measures of length, area and weight, which may be stated to a decimal (12.6公里). */
  private static final Set<String> MEASURED = Set.of("公里", "千米", "米", "平方米", "万平方米", "亩", "万亩", "吨", "万吨");
  /** Measure words that count the same thing, in ones or in 万. */
  private static final List<Set<String>> MEASURES = List.of(Set.of("人", "名", "位", "人次", "万人"), Set.of("户", "万户"),
      Set.of("亩", "万亩"), Set.of("公里"), Set.of("平方米"), Set.of("吨"));

  /** A rate per head and period: 每人每月, 每名每年, 每户每季度. */
  private static final Pattern PER_HEAD_PERIOD = Pattern.compile("每(人|名|位|户)每?(月|季度|季|年)");
  /** The months a year's pay is for (8个月防火期). */
  private static final Pattern MONTHS = Pattern.compile("(?<![\\d-])(\\d{1,2})个月");
  /** An average per a unit: 平均每期, 每户平均, 户均 is a rate of its own. */
  private static final Pattern AVERAGE_PER = Pattern.compile("平均每(\\p{IsHan})|每(\\p{IsHan})平均");
  /** A total's or a need's words, for a total after rates by period. */
  private static final Pattern NEED = Pattern.compile("需|合计|共计|总计|全年|累计");

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    List<Figure> fs = report.figures();
    String text = report.text();
    if (text == null) {
      return out;
    }
    out.addAll(paidByPeriod(fs, text));
    out.addAll(averagesPerUnit(fs, text));
    for (int i = 0; i + 2 < fs.size(); i++) {
      // the rate before the count (每个工作队8万元，4个工作队，共32万元) or after it (网格员20名，人均补贴3.80万元，合计…)
      boolean countFirst = Figure.COUNT.equals(fs.get(i).kind());
      Figure rate = fs.get(countFirst ? i + 1 : i);
      Figure count = fs.get(countFirst ? i : i + 1);
      Figure total = fs.get(i + 2);
      if (!Figure.MONEY.equals(rate.kind()) || rate.label() == null || !PER.matcher(rate.label()).find() || !Figure.COUNT.equals(count.kind())
          || !Figure.MONEY.equals(total.kind()) || !Sentences.together(text, fs.get(i), total) || !saysTotal(text, fs.get(i + 1), total)
          || !sameMeasure(rate.label(), count.unit()) || paidMoreThanOnceAYear(rate)) {
        continue;
      }
      BigDecimal units = Figures.ones(count);
      if (units.stripTrailingZeros().scale() > 0 && !MEASURED.contains(count.unit())) {
        continue; // a count of parts of one (2.5个) is no count of units; 12.6公里 is a length
      }
      Interval product = Figures.yuan(rate).times(Figures.of(count));
      if (product.intersects(Figures.yuan(total))) {
        continue;
      }
      String expected = Figures.money(rate.yuan().multiply(units), MoneyUnit.of(total.unit()));
      out.add(FindingBuilder.of(this)
          .subject(total.label())
          .message(count.text() + " × " + rate.text() + " 应为" + expected + "，报告写的是" + total.text() + "。",
              count.text() + " × " + rate.text() + " is " + expected + ", not the stated " + total.text() + ".")
          .stated(total.text())
          .expected(expected)
          .evidence(total.evidence(), rate.evidence(), count.evidence())
          .build());
    }
    return out;
  }

  /** The totals of rates per head and period (每人每月2000元，每人每年300元) for a count, checked. */
  private List<Finding> paidByPeriod(List<Figure> fs, String text) {
    List<Finding> out = new ArrayList<>();
    for (int i = 1; i < fs.size(); i++) {
      if (perHeadPeriod(fs.get(i)) == null || perHeadPeriod(fs.get(i - 1)) != null) {
        continue;
      }
      int last = i;
      while (last + 1 < fs.size() && perHeadPeriod(fs.get(last + 1)) != null && Sentences.together(text, fs.get(last), fs.get(last + 1))) {
        last++;
      }
      Figure count = countBefore(fs, i, text, perHeadPeriod(fs.get(i)).group(1));
      Figure total = last + 1 < fs.size() ? fs.get(last + 1) : null;
      if (count == null || total == null || !Figures.isMoney(total) || total.op() != null || total.label() == null
          || !NEED.matcher(total.label()).find() || !withinTheNextSentence(text, fs.get(last), total)) {
        continue;
      }
      Integer months = monthsBefore(text, fs.get(i));
      Interval sum = Interval.exact(BigDecimal.ZERO);
      BigDecimal exact = BigDecimal.ZERO;
      List<String> terms = new ArrayList<>();
      boolean monthly = false;
      for (int k = i; k <= last; k++) {
        Figure rate = fs.get(k);
        String period = perHeadPeriod(rate).group(2);
        int times = switch (period) {
          case "月" -> months == null ? 12 : months;
          case "季", "季度" -> 4;
          default -> 1;
        };
        monthly |= times != 1;
        sum = sum.plus(Figures.yuan(rate).times(BigDecimal.valueOf(times)));
        exact = exact.add(rate.yuan().multiply(BigDecimal.valueOf(times)));
        terms.add(times == 1 ? rate.text() : rate.text() + " × " + times);
      }
      // one yearly rate and its total are the plain product above
      if (!monthly && last == i) {
        continue;
      }
      BigDecimal units = Figures.ones(count);
      if (units.stripTrailingZeros().scale() > 0 || sum.times(units).intersects(Figures.yuan(total))) {
        continue;
      }
      String expected = Figures.money(exact.multiply(units), MoneyUnit.of(total.unit()));
      String how = count.text() + " × （" + String.join(" + ", terms) + "）";
      out.add(FindingBuilder.of(this)
          .subject(total.label())
          .message(how + " 应为" + expected + "，报告写的是" + total.text() + "。", how + " is " + expected + ", not the stated " + total.text() + ".")
          .stated(total.text())
          .expected(expected)
          .evidence(evidence(total, count, fs.subList(i, last + 1)))
          .build());
    }
    return out;
  }

  /** Averages per unit (平均每期61.33人次) against the total and the count of units before them in their sentence. */
  private List<Finding> averagesPerUnit(List<Figure> fs, String text) {
    List<Finding> out = new ArrayList<>();
    for (int i = 2; i < fs.size(); i++) {
      Figure average = fs.get(i);
      Matcher per = average.label() == null || average.op() != null ? null : AVERAGE_PER.matcher(average.label());
      if (per == null || !per.find() || Figure.PERCENT.equals(average.kind())) {
        continue;
      }
      String unit = per.group(1) != null ? per.group(1) : per.group(2);
      Figure units = null;
      Figure total = null;
      for (int k = i - 1; k >= 0 && Sentences.together(text, fs.get(k), average); k--) {
        Figure f = fs.get(k);
        if (f.op() != null) {
          continue;
        }
        if (units == null && Figure.COUNT.equals(f.kind()) && unit.equals(f.unit()) && f.value().signum() > 0 && f.value().scale() <= 0) {
          units = f;
        } else if (total == null && f.partOf() == null && sameMeasureAs(f, average)) {
          total = f;
        }
      }
      if (units == null || total == null || Figures.of(average).times(units.value()).intersects(Figures.of(total))) {
        continue;
      }
      BigDecimal quotient = Figures.written(total).divide(units.value(), Math.max(2, average.value().scale()), java.math.RoundingMode.HALF_UP);
      String expected = Figures.isMoney(average)
          ? Figures.money(quotient, MoneyUnit.of(average.unit()))
          : quotient.stripTrailingZeros().toPlainString() + average.unit();
      out.add(FindingBuilder.of(this)
          .subject(average.label().strip())
          .message(total.text() + " ÷ " + units.text() + " 约为" + expected + "，报告写的是" + average.text() + "。",
              total.text() + " over " + units.text() + " is about " + expected + ", not the stated " + average.text() + ".")
          .stated(average.text())
          .expected(expected)
          .evidence(average.evidence(), total.evidence(), units.evidence())
          .build());
    }
    return out;
  }

  /** Money with money, a count with a count of the same measure (人次 with 人次). */
  private static boolean sameMeasureAs(Figure f, Figure average) {
    return Figures.isMoney(average) ? Figures.isMoney(f)
        : f.kind().equals(average.kind()) && f.unit() != null && f.unit().equals(average.unit());
  }

  private static List<dev.jixiao.record.Evidence> evidence(Figure total, Figure count, List<Figure> rates) {
    List<dev.jixiao.record.Evidence> ev = new ArrayList<>();
    ev.add(total.evidence());
    rates.forEach(r -> ev.add(r.evidence()));
    ev.add(count.evidence());
    return ev;
  }

  /** A rate per month or quarter (每人每月1500元): a count times it is not the year's total. */
  private static boolean paidMoreThanOnceAYear(Figure rate) {
    Matcher m = perHeadPeriod(rate);
    return m != null && !"年".equals(m.group(2));
  }

  /** The per-head-and-period words of a money figure's label, or null. */
  private static Matcher perHeadPeriod(Figure f) {
    if (!Figures.isMoney(f) || f.op() != null || f.label() == null) {
      return null;
    }
    Matcher m = PER_HEAD_PERIOD.matcher(f.label());
    return m.find() ? m : null;
  }

  /** The nearest count before the rate at i in its sentence, of heads (人, 名, 位) or households as the rate is paid on. */
  private static Figure countBefore(List<Figure> fs, int i, String text, String per) {
    for (int k = i - 1; k >= 0 && Sentences.together(text, fs.get(k), fs.get(i)); k--) {
      Figure f = fs.get(k);
      if (Figure.COUNT.equals(f.kind()) && f.op() == null) {
        return sameMeasure("每" + per, f.unit()) ? f : null;
      }
    }
    return null;
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

  /** Whether b is in a's sentence or opens the one after it. */
  private static boolean withinTheNextSentence(String text, Figure a, Figure b) {
    if (Sentences.together(text, a, b)) {
      return true;
    }
    String between = text.substring(a.evidence().end(), b.evidence().start());
    int end = between.indexOf('。');
    return end >= 0 && between.indexOf('。', end + 1) < 0 && between.indexOf('\n', end) < 0;
  }

  /** Whether a rate's label, when it names a measure (每亩), names the one the count is in. */
  private static boolean sameMeasure(String rateLabel, String countUnit) {
    Matcher m = PER_MEASURE.matcher(rateLabel);
    if (!m.find()) {
      return true;
    }
    String per = m.group(1) != null ? m.group(1) : m.group(2);
    return MEASURES.stream().anyMatch(kind -> kind.contains(per) && kind.contains(countUnit));
  }

  private static boolean saysTotal(String text, Figure count, Figure total) {
    String between = text.substring(count.evidence().end(), total.evidence().start());
    return between.contains("共") || between.contains("合计") || between.contains("总");
  }
}
