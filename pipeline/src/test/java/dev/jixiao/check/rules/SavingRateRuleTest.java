package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SavingRateRuleTest {
  /** A township's purchases: 13.65 saved of a 210.00 budget is 6.50%. */
  @Test
  void theSavingOverTheBudget() {
    String purchases = "（四）政府采购\n全年政府采购预算210.00万元，实际采购金额196.35万元，节约资金13.65万元，节约率%s%%。";
    assertThat(Check.findings(purchases.formatted("6.50"), "saving.rate")).isEmpty();
    assertThat(Check.findings(purchases.formatted("6.96"), "saving.rate")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("6.50%");
      assertThat(f.stated()).isEqualTo("6.96%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("6.96%", "13.65万元", "210.00万元");
    });
  }

  /** What was left over (结余率) of the report's budget, stated a sentence before the spending (a school-meals project). */
  @Test
  void whatWasLeftOfTheReportsBudget() {
    String meals = "某某县2024年度学生营养改善计划项目绩效自评报告\n二、资金投入和使用情况\n2024年上级下达膳食补助资金128.60万元，其中中央资金128.60万元。全年实际支出125.60万元，"
        + "预算执行率97.67%%，结余3.00万元，结余率%s%%。";
    assertThat(Check.findings(meals.formatted("2.33"), "saving.rate")).isEmpty();
    assertThat(Check.findings(meals.formatted("2.49"), "saving.rate")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("2.33%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("2.49%", "3.00万元", "128.60万元");
    });
    assertThat(Check.findings("二、资金使用\n全年支出情况良好。其他单位结余3.00万元，结余率2.49%。", "saving.rate")).as("no budget").isEmpty();
  }

  /** What was left of the budget as adjusted, stated sentences before (an emergency bureau: 39.36 of 2210.60 is 1.78%). */
  @Test
  void whatWasLeftOfTheAdjustedBudget() {
    String bureau = "（二）部门预算及调整\n2024年年初预算1856.40万元。年中追加预算412.50万元；调减预算58.30万元。调整后预算2210.60万元。\n"
        + "（三）预算执行情况\n全年实际支出２１７１．２４万元，按调整后预算计算执行率98.22%%，结余39.36万元，结余率%s。";
    assertThat(Check.findings(bureau.formatted("1.78%"), "saving.rate")).isEmpty();
    assertThat(Check.findings(bureau.formatted("2.78%"), "saving.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("1.78%"));
  }

  /** With no saving named, the budget less what was spent is the saving. */
  @Test
  void theBudgetLessTheSpendingWhereNoSavingIsNamed() {
    String purchases = "（四）政府采购\n全年政府采购预算210.00万元，实际采购金额196.35万元，资金节约率%s%%。";
    assertThat(Check.findings(purchases.formatted("6.50"), "saving.rate")).isEmpty();
    assertThat(Check.findings(purchases.formatted("7.50"), "saving.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("6.50%"));
  }

  /** A saving named against the budget (较预算节约5.28万元) and its rate in the saving's word alone (节约14.35%). */
  @Test
  void aSavingAgainstTheBudgetAndItsRateInOneWord() {
    String sanGong = "二、三公经费\n2024年“三公”经费预算36.80万元，决算31.52万元，较预算节约5.28万元，节约%s；较上年的34.15万元减少2.63万元。";
    assertThat(Check.findings(sanGong.formatted("14.35%"), "saving.rate")).isEmpty();
    assertThat(Check.findings(sanGong.formatted("15.35%"), "saving.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("14.35%"));
  }

  /** A saving against the year before, or with no budget in its sentence, is not held to a budget. */
  @Test
  void noBudgetOrAnotherBaseIsLeftAlone() {
    assertThat(Check.findings("（四）公用经费\n公用经费预算80.00万元，实际支出75.00万元，较上年节约资金9.00万元，节约率11.00%。", "saving.rate"))
        .isEmpty();
    assertThat(Check.findings("（四）政府采购\n节约资金13.65万元，节约率6.96%。", "saving.rate")).isEmpty();
  }

  /**
   * Random purchases whose saving and rate are reckoned from them never flag; the rate moved by a
   * point always does.
   */
  @Property(tries = 200)
  void consistentSavingsNeverFlagAndAMovedRateAlwaysDoes(@ForAll @IntRange(min = 10_000, max = 9_999_999) int budgetCents,
      @ForAll @IntRange(min = 1, max = 60) int savedPercent) {
    BigDecimal budget = BigDecimal.valueOf(budgetCents, 2);
    BigDecimal saved = budget.multiply(BigDecimal.valueOf(savedPercent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    BigDecimal spent = budget.subtract(saved);
    BigDecimal rate = saved.multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP);
    String purchases = "（四）政府采购\n全年政府采购预算" + budget + "万元，实际采购金额" + spent + "万元，节约资金" + saved + "万元，节约率%s%%。";
    assertThat(Check.findings(purchases.formatted(rate), "saving.rate")).isEmpty();
    assertThat(Check.findings(purchases.formatted(rate.add(BigDecimal.ONE)), "saving.rate")).hasSize(1);
  }
}
