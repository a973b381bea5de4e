package dev.jixiao.record;

import java.math.BigDecimal;

/**
 * A grade band the report states, e.g. {@code 90（含）-100分为优}: scores from {@code min} to
 * {@code max} get {@code grade}. A null bound is open.
 */
public record GradeBand(
    String grade,
    BigDecimal min,
    boolean minInclusive,
    BigDecimal max,
    boolean maxInclusive,
    Evidence evidence) {

  public boolean contains(BigDecimal score) {
    if (min != null) {
      int c = score.compareTo(min);
      if (c < 0 || (c == 0 && !minInclusive)) {
        return false;
      }
    }
    if (max != null) {
      int c = score.compareTo(max);
      if (c > 0 || (c == 0 && !maxInclusive)) {
        return false;
      }
    }
    return true;
  }
}
