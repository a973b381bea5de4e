package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * share.inline over random amounts and bases of 100万元 or more: the share they give, rounded to two decimals, never flags; the
 * same moved by 0.05 points or more always does (the two amounts' rounding moves their ratio by at most 0.01 points at these
 * sizes, the share's own by 0.005).
 */
class StatedBaseSharePropertyTest {
  private static final String SPENT = "二、资金使用\n“三公”经费支出%s万元，为预算%s万元的%s%%。";

  @Property(tries = 60)
  void theShareTheyGiveNeverFlags(@ForAll @IntRange(min = 10_000, max = 9_999_999) int cents,
      @ForAll @IntRange(min = 100, max = 300) int percentOfIt) {
    BigDecimal amount = BigDecimal.valueOf(cents, 2);
    BigDecimal base = base(cents, percentOfIt);
    assertThat(Check.findings(SPENT.formatted(amount, base, share(amount, base)), "share.inline")).isEmpty();
  }

  @Property(tries = 60)
  void oneMovedShareAlwaysFlags(@ForAll @IntRange(min = 10_000, max = 9_999_999) int cents,
      @ForAll @IntRange(min = 100, max = 300) int percentOfIt, @ForAll @IntRange(min = 5, max = 900) int moved, @ForAll boolean up) {
    BigDecimal amount = BigDecimal.valueOf(cents, 2);
    BigDecimal base = base(cents, percentOfIt);
    BigDecimal wrong = share(amount, base).add(BigDecimal.valueOf(up ? moved : -moved, 2));
    if (wrong.signum() > 0) {
      assertThat(Check.findings(SPENT.formatted(amount, base, wrong), "share.inline")).hasSize(1);
    }
  }

  /** A base of {@code percentOfIt} % of the amount, to the cent. */
  private static BigDecimal base(int cents, int percentOfIt) {
    return BigDecimal.valueOf((long) cents * percentOfIt / 100, 2);
  }

  private static BigDecimal share(BigDecimal amount, BigDecimal base) {
    return amount.multiply(BigDecimal.valueOf(100)).divide(base, 2, RoundingMode.HALF_UP);
  }
}
