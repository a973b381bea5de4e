package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * adjustment.sum over random budgets, additions and cuts to the cent in 万元: the budget after they give never flags; any one of
 * the four moved by 3 cents or more always does (each is held rounded to its cent, so the four may be 2 cents out between them).
 */
class AdjustmentSumPropertyTest {
  private static final String PROJECT = "一、部门预算\n部门年初预算20,000.00万元，追加预算922.40万元，调整后预算20,922.40万元。\n二、项目资金\n（一）道路养护项目\n该项目年初预算%s万元，年中因汛期水毁修复追加%s万元，因部分路段移交调减%s万元，调整后预算%s万元。";

  @Property(tries = 60)
  void theBudgetTheyGiveNeverFlags(@ForAll @IntRange(min = 10_000, max = 99_999_999) int budget,
      @ForAll @IntRange(min = 1, max = 9_999_999) int added, @ForAll @IntRange(min = 1, max = 9_999) int cut) {
    String text = PROJECT.formatted(cents(budget), cents(added), cents(cut), cents(budget + added - cut));
    assertThat(Check.findings(text, "adjustment.sum")).isEmpty();
  }

  @Property(tries = 60)
  void oneMovedFigureAlwaysFlags(@ForAll @IntRange(min = 10_000, max = 99_999_999) int budget,
      @ForAll @IntRange(min = 1, max = 9_999_999) int added, @ForAll @IntRange(min = 1, max = 9_999) int cut,
      @ForAll @IntRange(min = 0, max = 3) int which, @ForAll @IntRange(min = 3, max = 5_000) int moved) {
    int[] figures = {budget, added, cut, budget + added - cut};
    figures[which] += moved;
    String text = PROJECT.formatted(cents(figures[0]), cents(figures[1]), cents(figures[2]), cents(figures[3]));
    assertThat(Check.findings(text, "adjustment.sum")).hasSize(1);
  }

  private static BigDecimal cents(int cents) {
    return BigDecimal.valueOf(cents, 2);
  }
}
