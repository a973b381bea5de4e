package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * progress.quarters over four random quarters to the cent in 万元, with the running sums and each quarter's share of the year written
 * as reports round them: never flagged; a quarter moved by 1 % or more, or a sum by five cents or more (four amounts rounded to the
 * cent may add up to two cents off), always is.
 */
class QuarterlyProgressRulePropertyTest {
  private static final String PASSAGE = "（三）支出进度\n分季度看，一季度支出%s万元，占全年支出的%s%%；二季度支出%s万元，占%s%%；上半年累计%s万元；"
      + "三季度支出%s万元，占%s%%，前三季度累计%s万元；四季度支出%s万元，占%s%%，全年累计%s万元。";

  @Property(tries = 60)
  void consistentQuartersNeverFlag(@ForAll @IntRange(min = 10_000, max = 9_999_999) int q1, @ForAll @IntRange(min = 10_000, max = 9_999_999) int q2,
      @ForAll @IntRange(min = 10_000, max = 9_999_999) int q3, @ForAll @IntRange(min = 10_000, max = 9_999_999) int q4) {
    assertThat(Check.findings(text(new int[] {q1, q2, q3, q4}, -1, 0, -1, 0), "progress.quarters")).isEmpty();
  }

  @Property(tries = 80)
  void oneMovedFigureAlwaysFlags(@ForAll @IntRange(min = 10_000, max = 9_999_999) int q1, @ForAll @IntRange(min = 10_000, max = 9_999_999) int q2,
      @ForAll @IntRange(min = 10_000, max = 9_999_999) int q3, @ForAll @IntRange(min = 10_000, max = 9_999_999) int q4,
      @ForAll @IntRange(min = 0, max = 3) int which, @ForAll boolean aSum, @ForAll @IntRange(min = 1, max = 30) int moved) {
    int[] quarters = {q1, q2, q3, q4};
    String text = aSum ? text(quarters, -1, 0, which, moved + 4) : text(quarters, which, quarters[which] / 100 * moved + 1, -1, 0);
    assertThat(Check.findings(text, "progress.quarters")).isNotEmpty();
  }

  /** The passage for the quarters, with quarter {@code moved} written {@code by} cents more, or sum {@code sum} (0 to 3) so. */
  private static String text(int[] quarters, int moved, int by, int sum, int sumBy) {
    int year = quarters[0] + quarters[1] + quarters[2] + quarters[3];
    String[] q = new String[4];
    String[] share = new String[4];
    for (int k = 0; k < 4; k++) {
      q[k] = cents(quarters[k] + (k == moved ? by : 0));
      share[k] = BigDecimal.valueOf(quarters[k]).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(year), 2, RoundingMode.HALF_UP)
          .toPlainString();
    }
    int[] sums = {quarters[0] + quarters[1], quarters[0] + quarters[1] + quarters[2], year};
    String[] s = new String[3];
    for (int k = 0; k < 3; k++) {
      s[k] = cents(sums[k] + (k == Math.min(sum, 2) && sum >= 0 ? sumBy : 0));
    }
    return PASSAGE.formatted(q[0], share[0], q[1], share[1], s[0], q[2], share[2], s[1], q[3], share[3], s[2]);
  }

  private static String cents(int cents) {
    return BigDecimal.valueOf(cents, 2).toPlainString();
  }
}
