package dev.jixiao.text;

import java.math.BigDecimal;

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

  public boolean isMoney() {
    return kind == Kind.MONEY;
  }
}
