package dev.jixiao.text;

import java.math.BigDecimal;

/** Reads a written number exactly: thousands separators dropped, decimals kept as written. */
public final class Numbers {
  private Numbers() {}

  /** "37,497.28" → 37497.28; "5.00" keeps scale 2; Chinese numerals are read too (九十五点六三 → 95.63). */
  public static BigDecimal parse(String written) {
    String s = written.strip().replace(",", "");
    if (!s.isEmpty() && ChineseNumerals.CHARS.indexOf(s.charAt(0)) >= 0) {
      return ChineseNumerals.parseDecimal(s).orElseThrow(() -> new NumberFormatException("not a number: " + written));
    }
    return new BigDecimal(s);
  }
}
