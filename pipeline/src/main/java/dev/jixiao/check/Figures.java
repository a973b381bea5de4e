package dev.jixiao.check;

import dev.jixiao.record.Count;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Money;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.record.Percent;
import dev.jixiao.record.PlainNumber;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.List;

/** The intervals that written figures stand for, money always in 元 so 46000元 meets 4.60万元. */
public final class Figures {
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

  private Figures() {}

  /**
   * Where a figure taken from {@code fs} stands in it, looked for from {@code near} back and then on, or -1: the
   * list's own indexOf compares whole records from the first, which costs minutes when a volume of many reports
   * asks it for each of its thousands of figures.
   */
  public static int positionOf(List<Figure> fs, Figure f, int near) {
    for (int k = Math.min(near, fs.size() - 1); k >= 0; k--) {
      if (fs.get(k) == f) {
        return k;
      }
    }
    for (int k = Math.max(near + 1, 0); k < fs.size(); k++) {
      if (fs.get(k) == f) {
        return k;
      }
    }
    return -1;
  }

  public static Interval yuan(Money m) {
    return money(m.value()).times(m.unit().factor());
  }

  public static Interval yuan(Figure f) {
    return money(f.value()).times(MoneyUnit.of(f.unit()).factor());
  }

  /**
   * An amount as written: rounded to its last digit, but a written nothing (因公出国（境）费支出0万元) is
   * none at all, as nobody writes 3000元 as 0万元.
   */
  private static Interval money(BigDecimal written) {
    return written.signum() == 0 ? Interval.exact(BigDecimal.ZERO) : Interval.written(written);
  }

  public static Interval of(Percent p) {
    return Interval.written(p.value());
  }

  public static Interval of(PlainNumber n) {
    return Interval.written(n.value());
  }

  /** Counts of things are exact: 36 projects are 36, not 35.5 to 36.5. */
  public static Interval of(Count c) {
    return Interval.exact(BigDecimal.valueOf(c.value()));
  }

  /**
   * A figure's interval in its own unit (money in 元, a count in 万 in ones: 2.36万人 is 23550–23650
   * people); counts of people and things written whole are exact, percentage points are not.
   */
  public static Interval of(Figure f) {
    if (Figure.MONEY.equals(f.kind())) {
      return yuan(f);
    }
    if (inTenThousands(f)) {
      return Interval.written(f.value()).times(TEN_THOUSAND);
    }
    // percentage points are a difference of rates, rounded as written like them
    if (Figure.COUNT.equals(f.kind()) && f.value().scale() <= 0 && !f.unit().endsWith("百分点")) {
      return Interval.exact(f.value());
    }
    return Interval.written(f.value());
  }

  /** A figure's value in the units {@link #of} reckons in: money in 元, a count in 万 in ones (2.36万人 is 23600). */
  public static BigDecimal ones(Figure f) {
    if (!inTenThousands(f)) {
      return written(f);
    }
    BigDecimal ones = f.value().multiply(TEN_THOUSAND).stripTrailingZeros();
    return ones.scale() < 0 ? ones.setScale(0) : ones;
  }

  /** A count's unit with its 万 taken off (人 for 万人): the unit of {@link #ones}. */
  public static String onesUnit(Figure f) {
    return inTenThousands(f) ? f.unit().substring(1) : f.unit();
  }

  /** A count written in 万 (2.36万人, 4.38万亩). */
  private static boolean inTenThousands(Figure f) {
    return Figure.COUNT.equals(f.kind()) && f.unit() != null && f.unit().length() > 1 && f.unit().startsWith("万");
  }

  /** A figure's value as written, money in 元 (4.60万元 is 46000). */
  public static BigDecimal written(Figure f) {
    return Figure.MONEY.equals(f.kind()) ? f.yuan() : f.value();
  }

  /** 100 · part ÷ whole to two decimals, as a finding writes a percentage reckoned from written figures ("27.52%"). */
  public static String percent(BigDecimal part, BigDecimal whole) {
    return per(part, whole, 100) + "%";
  }

  /** part ÷ whole as {@link #percent}, or per thousand when the rate it is compared with is written so ("7.81‰"). */
  public static String rateLike(Figure rate, BigDecimal part, BigDecimal whole) {
    return "‰".equals(rate.unit()) ? per(part, whole, 1000) + "‰" : percent(part, whole);
  }

  private static String per(BigDecimal part, BigDecimal whole, int base) {
    return part.multiply(BigDecimal.valueOf(base)).divide(whole, 2, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  /** The label the report gives the figure read at {@code e} ("自评项目总金额"), or {@code fallback}. */
  public static String labelAt(dev.jixiao.record.Report r, dev.jixiao.record.Evidence e, String fallback) {
    if (e == null) {
      return fallback;
    }
    return r.figures().stream()
        .filter(f -> f.evidence().start() == e.start() && f.label() != null && !f.label().isBlank())
        .map(f -> f.label().strip())
        .findFirst()
        .orElse(fallback);
  }

  /** Both money (in any unit), or of one kind in one unit (人次 with 人次, % with %). */
  public static boolean sameMeasure(Figure a, Figure b) {
    return isMoney(a) ? isMoney(b) : a.kind().equals(b.kind()) && a.unit() != null && a.unit().equals(b.unit());
  }

  public static boolean isMoney(Figure f) {
    return Figure.MONEY.equals(f.kind());
  }

  /** "1,234.56万元" style for messages: the exact value in the unit of the stated figure. */
  public static String money(BigDecimal yuan, MoneyUnit unit) {
    return money(yuan, unit, 0);
  }

  /**
   * The same, with at least {@code decimals} decimals, as the figures it was reckoned from are
   * written (2030.30万元, not 2030.3万元, from amounts written to the 分).
   */
  public static String money(BigDecimal yuan, MoneyUnit unit, int decimals) {
    BigDecimal v = yuan.divide(unit.factor());
    v = v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
    return (v.scale() < decimals ? v.setScale(decimals) : v).toPlainString() + unit.symbol();
  }

  /**
   * The same, rounded to {@code decimals} decimals when it has more, as a figure written to them would read: a product
   * of a rate and an area (118.5元 × 32456.8亩 is 384.61308万元) is stated as 384.61万元.
   */
  public static String roundedMoney(BigDecimal yuan, MoneyUnit unit, int decimals) {
    BigDecimal v = yuan.divide(unit.factor());
    return money(v.scale() > decimals ? v.setScale(decimals, RoundingMode.HALF_UP).multiply(unit.factor()) : yuan, unit, decimals);
  }

  /**
   * A figure as written, with its unit after it when the text leaves the unit out (a form's cell
   * under 项目资金（万元）: 2030.12 is 2030.12万元), for a sentence that quotes it to a reader.
   */
  public static String withUnit(Figure f) {
    String unit = f.unit();
    // the text is as written, its unit perhaps full-width (９５％ holds %) or in words (百分之九十五)
    return unit == null || Normalizer.normalize(f.text(), Normalizer.Form.NFKC).contains(unit)
        || unit.equals("%") && f.text().startsWith("百分之") ? f.text() : f.text() + unit;
  }
}
