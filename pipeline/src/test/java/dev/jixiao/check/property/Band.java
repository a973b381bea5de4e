package dev.jixiao.check.property;

import java.math.BigDecimal;

/** A grade band of a synthetic report; the test's own containment, not the record's. */
record Band(String grade, BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive) {

  boolean contains(BigDecimal v) {
    boolean aboveMin = min == null || (minInclusive ? v.compareTo(min) >= 0 : v.compareTo(min) > 0);
    boolean belowMax = max == null || (maxInclusive ? v.compareTo(max) <= 0 : v.compareTo(max) < 0);
    return aboveMin && belowMax;
  }

  /** How a report writes it: "90（含）-100分为优", "80-90分（不含90）为良", "60分以下为差". */
  String text() {
    if (min == null) {
      return max.toPlainString() + "分以下" + (maxInclusive ? "（含" + max.toPlainString() + "分）" : "") + "为" + grade;
    }
    return min.toPlainString() + (minInclusive ? "（含）" : "（不含）") + "-" + max.toPlainString() + "分"
        + (maxInclusive ? "" : "（不含" + max.toPlainString() + "）") + "为" + grade;
  }
}
