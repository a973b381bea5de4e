package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * basis.rate over random spending and two bases to the cent in 万元, each rate written to two decimals as reports round it: the
 * rates they give never flag; the spending moved by 1 % or more breaks both rates, and a basis moved so, or a rate moved by 0.02
 * points or more, breaks its own.
 */
class BasisRateRulePropertyTest {
  private static final String PROJECT = "一、部门预算\n部门年初预算20,000.00万元，调整后预算20,922.40万元，全年支出20,000.00万元，预算执行率95.59%%。\n"
      + "二、项目资金\n（一）道路养护项目\n该项目全年实际支出%s万元，按调整后预算%s万元计算，预算执行率为%s%%（按年初预算%s万元计算为%s%%）。";

  @Property(tries = 60)
  void theRatesTheyGiveNeverFlag(@ForAll @IntRange(min = 100_000, max = 99_999_999) int adjusted,
      @ForAll @IntRange(min = 50, max = 120) int spentPercent, @ForAll @IntRange(min = 80, max = 100) int startPercent) {
    int spent = adjusted / 100 * spentPercent;
    int start = adjusted / 100 * startPercent;
    String text = PROJECT.formatted(cents(spent), cents(adjusted), rate(spent, adjusted), cents(start), rate(spent, start));
    assertThat(Check.findings(text, "basis.rate")).isEmpty();
  }

  @Property(tries = 80)
  void oneMovedFigureAlwaysFlags(@ForAll @IntRange(min = 100_000, max = 99_999_999) int adjusted,
      @ForAll @IntRange(min = 50, max = 120) int spentPercent, @ForAll @IntRange(min = 80, max = 100) int startPercent,
      @ForAll @IntRange(min = 0, max = 4) int which, @ForAll @IntRange(min = 1, max = 30) int movedPercent) {
    int spent = adjusted / 100 * spentPercent;
    int start = adjusted / 100 * startPercent;
    String[] figures = {cents(spent), cents(adjusted), rate(spent, adjusted), cents(start), rate(spent, start)};
    if (which == 1 || which == 3) {
      int base = which == 1 ? adjusted : start;
      figures[which] = cents(base + base / 100 * movedPercent);
    } else if (which == 0) {
      figures[0] = cents(spent + spent / 100 * movedPercent);
    } else {
      figures[which] = new BigDecimal(figures[which]).add(BigDecimal.valueOf(movedPercent + 1, 2)).toPlainString();
    }
    String text = PROJECT.formatted((Object[]) figures);
    assertThat(Check.findings(text, "basis.rate")).hasSize(which == 0 ? 2 : 1);
  }

  private static String cents(int cents) {
    return BigDecimal.valueOf(cents, 2).toPlainString();
  }

  private static String rate(int part, int whole) {
    return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP).toPlainString();
  }
}
