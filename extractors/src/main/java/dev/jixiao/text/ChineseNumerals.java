package dev.jixiao.text;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

/** Reads Chinese numerals as reports write counts: 三十六 → 36, 两 → 2, 一百零五 → 105, 二〇二四 → 2024, 一亿二千万 → 120000000. */
public final class ChineseNumerals {
  public static final String CHARS = "零〇一二两三四五六七八九十百千万亿";

  private ChineseNumerals() {}

  /** A number written in ASCII digits (12) or in Chinese numerals (十二), as a list's markers and counts are; empty if neither. */
  public static OptionalLong digitsOrNumerals(String s) {
    if (s != null && !s.isEmpty() && s.length() < 19 && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return OptionalLong.of(Long.parseLong(s));
    }
    return parse(s);
  }

  public static OptionalLong parse(String s) {
    if (s == null || s.isEmpty()) {
      return OptionalLong.empty();
    }
    boolean positional = s.chars().noneMatch(c -> c == '十' || c == '百' || c == '千' || c == '万' || c == '亿');
    if (positional) {
      long v = 0;
      for (char c : s.toCharArray()) {
        int d = digit(c);
        if (d < 0) {
          return OptionalLong.empty();
        }
        v = v * 10 + d;
      }
      return OptionalLong.of(v);
    }
    long total = 0; // whole 亿s
    long tenThousands = 0; // whole 万s below the last 亿
    long section = 0;
    long pending = -1;
    for (char c : s.toCharArray()) {
      int d = digit(c);
      if (d >= 0) {
        pending = d;
        continue;
      }
      long unit = switch (c) {
        case '十' -> 10;
        case '百' -> 100;
        case '千' -> 1000;
        case '万' -> 10_000;
        case '亿' -> 100_000_000;
        default -> -1;
      };
      if (unit < 0) {
        return OptionalLong.empty();
      }
      if (unit == 100_000_000) {
        long below = tenThousands + section + Math.max(pending, 0);
        total += (below == 0 ? 1 : below) * unit;
        tenThousands = 0;
        section = 0;
      } else if (unit == 10_000) {
        section += Math.max(pending, 0);
        tenThousands += (section == 0 ? 1 : section) * unit;
        section = 0;
      } else {
        section += (pending < 0 ? 1 : pending) * unit; // 十二: a bare 十 means 一十
      }
      pending = -1;
    }
    if (pending > 0) {
      section += pending;
    }
    return OptionalLong.of(total + tenThousands + section);
  }

  /**
   * Reads a numeral with a decimal part as well (九十五点六三 → 95.63, 零点五 → 0.5, 三点五万 → 35000),
   * keeping the decimals written, as a number in digits keeps them.
   */
  public static Optional<BigDecimal> parseDecimal(String s) {
    int point = s == null ? -1 : s.indexOf('点');
    if (point < 0) {
      OptionalLong whole = parse(s);
      return whole.isPresent() ? Optional.of(BigDecimal.valueOf(whole.getAsLong())) : Optional.empty();
    }
    String fraction = s.substring(point + 1);
    BigDecimal scale = BigDecimal.ONE;
    if (fraction.endsWith("万") || fraction.endsWith("亿")) {
      scale = fraction.endsWith("万") ? BigDecimal.valueOf(10_000) : BigDecimal.valueOf(100_000_000);
      fraction = fraction.substring(0, fraction.length() - 1);
    }
    OptionalLong whole = parse(s.substring(0, point));
    StringBuilder digits = new StringBuilder();
    for (char c : fraction.toCharArray()) {
      int d = digit(c);
      if (d < 0 || c == '两') {
        return Optional.empty();
      }
      digits.append(d);
    }
    if (whole.isEmpty() || digits.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal value = new BigDecimal(whole.getAsLong() + "." + digits);
    if (scale.equals(BigDecimal.ONE)) {
      return Optional.of(value);
    }
    BigDecimal scaled = value.multiply(scale).stripTrailingZeros();
    return Optional.of(scaled.scale() < 0 ? scaled.setScale(0) : scaled);
  }

  static int digit(char c) {
    return switch (c) {
      case '零', '〇' -> 0;
      case '一' -> 1;
      case '二', '两' -> 2;
      case '三' -> 3;
      case '四' -> 4;
      case '五' -> 5;
      case '六' -> 6;
      case '七' -> 7;
      case '八' -> 8;
      case '九' -> 9;
      default -> -1;
    };
  }
}
