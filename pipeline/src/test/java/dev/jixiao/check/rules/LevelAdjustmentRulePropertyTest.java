package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * adjustment.level over random amounts to the cent in 万元: a level's year-start funds, an addition or a cut, and the level's amount
 * after them never flag; any one of the three moved by three cents or more always does (two amounts rounded to the cent may add
 * up to a cent off).
 */
class LevelAdjustmentRulePropertyTest {
  private static final String FUNDS = "（二）资金来源及预算调整\n年初预算%s万元，其中：省级补助资金%s万元，县级配套资金%s万元。"
      + "年中县级配套%s%s万元，县级配套调整为%s万元，调整后预算为%s万元。";

  @Property(tries = 60)
  void consistentFiguresNeverFlag(@ForAll @IntRange(min = 1_000, max = 9_999_999) int province,
      @ForAll @IntRange(min = 1_000, max = 9_999_999) int county, @ForAll @IntRange(min = 1, max = 999) int moved,
      @ForAll boolean added) {
    int move = Math.min(moved * 10, county - 1);
    assertThat(Check.findings(text(province, county, move, added, -1, 0), "adjustment.level")).isEmpty();
  }

  @Property(tries = 80)
  void oneChangedFigureAlwaysFlags(@ForAll @IntRange(min = 1_000, max = 9_999_999) int province,
      @ForAll @IntRange(min = 1_000, max = 9_999_999) int county, @ForAll @IntRange(min = 1, max = 999) int moved,
      @ForAll boolean added, @ForAll @IntRange(min = 0, max = 2) int which, @ForAll @IntRange(min = 3, max = 500) int by) {
    int move = Math.min(moved * 10, county - 1);
    assertThat(Check.findings(text(province, county, move, added, which, by), "adjustment.level")).hasSize(1);
  }

  /** The report's words with the level's start, move and amount after in cents; {@code which} of them moved by {@code by} cents. */
  private static String text(int province, int county, int move, boolean added, int which, int by) {
    int after = added ? county + move : county - move;
    int[] level = {county, move, after};
    if (which >= 0) {
      level[which] += by;
    }
    return FUNDS.formatted(cents(province + county), cents(province), cents(level[0]), added ? "追加" : "调减", cents(level[1]),
        cents(level[2]), cents(province + after));
  }

  private static String cents(int cents) {
    return BigDecimal.valueOf(cents, 2).toPlainString();
  }
}
