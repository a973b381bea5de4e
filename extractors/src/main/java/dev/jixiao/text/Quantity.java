package dev.jixiao.text;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A number with its unit as found in the normalised text: [start, end) covers number and unit;
 * {@code op} is a comparison written around it (≥, ≤, 超过, 以上, 以下…) or null.
 */
public record Quantity(int start, int end, int numberStart, int numberEnd, BigDecimal value, String unit, Kind kind, String op) {

  public enum Kind {
    MONEY,
    PERCENT,
    COUNT,
    SCORE
  }

  /** The kind of quantity a unit measures: 元, 千元, 万元 and 亿元 money, % and ‰ a percentage, 分 a score, any other a count. */
  public static Kind kindOf(String unit) {
    return switch (unit) {
      case "亿元", "万元", "千元", "元" -> Kind.MONEY;
      case "%", "‰" -> Kind.PERCENT;
      case "分" -> Kind.SCORE;
      default -> Kind.COUNT;
    };
  }

  /** Units of time, weight and energy: they measure, and count no items a list could name (2小时, 1.2公斤, 982.60万千瓦时). */
  private static final Pattern MEASURES_NO_ITEMS = Pattern.compile("天|小时|周|学时|课时|公斤|千克|万?千瓦时|千瓦");

  /** Whether a count's unit measures time, weight or energy rather than counting items. */
  public static boolean measuresNoItems(String unit) {
    return unit != null && MEASURES_NO_ITEMS.matcher(unit).matches();
  }

  /**
   * A rate's value in percent, as the record holds every rate: 7.81‰ is 0.781 (one more decimal, so the rounding interval is the
   * written one, ±0.005‰ = ±0.0005%); any other value as written.
   */
  public static BigDecimal asPercent(BigDecimal written, String unit) {
    return "‰".equals(unit) ? written.movePointLeft(1) : written;
  }

  public boolean isMoney() {
    return kind == Kind.MONEY;
  }
}
