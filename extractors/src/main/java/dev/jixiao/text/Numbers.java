package dev.jixiao.text;

import java.math.BigDecimal;
import java.util.OptionalLong;

/** Reads a written number exactly: thousands separators dropped, decimals kept as written. */
public final class Numbers {
  private Numbers() {}

  /** "37,497.28" → 37497.28; "5.00" keeps scale 2; Chinese numerals are read as integers. */
  public static BigDecimal parse(String written) {
    String s = written.strip().replace(",", "");
    if (!s.isEmpty() && ChineseNumerals.CHARS.indexOf(s.charAt(0)) >= 0) {
      OptionalLong v = ChineseNumerals.parse(s);
      if (v.isEmpty()) {
        throw new NumberFormatException("not a number: " + written);
      }
      return BigDecimal.valueOf(v.getAsLong());
    }
    return new BigDecimal(s);
  }
}
