package dev.jixiao.check.property;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Changes one figure of a consistent report by more than its rounding allows: by 1, 2, 5 units
 * of the decimal place above the last one written (0.1 for a figure written to the 分), then of
 * each higher place, until the relation under test fails under the rounding rule. Counts move by
 * whole units. Amounts, counts and rates never become negative.
 */
final class Perturb {
  private static final int[] STEPS = {1, 2, 5};

  private Perturb() {}

  /**
   * @param up the direction to move in first
   * @param mayTurn whether the other direction may be used once this one would go below zero
   * @param broken whether the relation under test fails in the changed report
   */
  static Optional<SyntheticReport> beyondRounding(SyntheticReport r, String key, boolean up, boolean mayTurn,
      Predicate<SyntheticReport> broken) {
    W w = r.get(key);
    int firstPlace = W.COUNT.equals(w.kind()) ? 0 : 1 - w.decimals();
    for (int place = firstPlace; place <= 12; place++) {
      for (int step : STEPS) {
        BigDecimal delta = BigDecimal.valueOf(step).movePointRight(place);
        BigDecimal v = up ? w.value().add(delta) : w.value().subtract(delta);
        if (v.signum() < 0) {
          if (!mayTurn) {
            return Optional.empty();
          }
          v = w.value().add(delta);
        }
        SyntheticReport changed = r.with(key, w.withValue(v.setScale(w.value().scale())));
        if (broken.test(changed)) {
          return Optional.of(changed);
        }
      }
    }
    return Optional.empty();
  }
}
