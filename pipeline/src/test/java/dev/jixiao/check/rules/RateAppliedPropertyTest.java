package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * rate.applied over random amounts and rates: what the rate gives, rounded to the 分 of 万元 as a report writes it, never flags;
 * the same moved by two cents of 万元 or more always does (one may not: the result written to the cent is half a cent from the
 * product either way, and the amount's own rounding adds up to a tenth of a cent more at these rates). The rate applied is exact,
 * and a retention is not by the year.
 */
class RateAppliedPropertyTest {
  private static final String RETENTION = "二、资金使用情况\n工程结算价%s万元，按%s%%预留质保金%s万元。";

  @Property(tries = 60)
  void whatTheRateGivesNeverFlags(@ForAll @IntRange(min = 1_000, max = 9_999_999) int cents,
      @ForAll @IntRange(min = 1, max = 200) int tenths) {
    BigDecimal amount = BigDecimal.valueOf(cents, 2);
    BigDecimal rate = BigDecimal.valueOf(tenths, 1);
    assertThat(Check.findings(RETENTION.formatted(amount, rate, result(amount, rate)), "rate.applied")).isEmpty();
  }

  @Property(tries = 60)
  void oneMovedResultAlwaysFlags(@ForAll @IntRange(min = 1_000, max = 9_999_999) int cents,
      @ForAll @IntRange(min = 1, max = 200) int tenths, @ForAll @IntRange(min = 2, max = 500) int moved, @ForAll boolean up) {
    BigDecimal amount = BigDecimal.valueOf(cents, 2);
    BigDecimal rate = BigDecimal.valueOf(tenths, 1);
    BigDecimal wrong = result(amount, rate).add(BigDecimal.valueOf(up ? moved : -moved, 2));
    if (wrong.signum() > 0) {
      assertThat(Check.findings(RETENTION.formatted(amount, rate, wrong), "rate.applied")).hasSize(1);
    }
  }

  private static BigDecimal result(BigDecimal amount, BigDecimal rate) {
    return amount.multiply(rate).divide(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
  }
}
