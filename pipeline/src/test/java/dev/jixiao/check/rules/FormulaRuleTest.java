package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class FormulaRuleTest {
  private static final String ACCOUNTS = """
      一、部门预算执行情况
      （单位：万元）
      年初预算：1,300.00；实际支出：1,250.00。
      预算执行率=实际支出÷年初预算×100%%=1,250.00÷1,300.00×100%%=%s。
      “三公”经费控制率=8.50万元/10.00万元*100%%=%s。
      """;

  @Test
  void theDivisionTheFormulaStates() {
    assertThat(Check.findings(ACCOUNTS.formatted("96.15%", "85.00%"), "formula")).isEmpty();
    assertThat(Check.findings(ACCOUNTS.formatted("96.15%", "80.00%"), "formula")).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("“三公”经费控制率");
      assertThat(f.expected()).isEqualTo("85.00%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("80.00%", "8.50万元", "10.00万元");
    });
  }

  /** One slip, one finding: the formula's, not spending.rate's too (total.rate holds the unit's rate to its totals). */
  @Test
  void aWrongResultIsTheFormulasOnly() {
    var all = Check.report(ACCOUNTS.formatted("98.15%", "85.00%")).findings();
    assertThat(all).extracting(f -> f.rule()).contains("formula").doesNotContain("spending.rate");
  }

  /**
   * Random spending and budget (from 1000.00万元, so that their rounding moves the rate by less than a point) with
   * the rate reckoned from them never flag; the rate moved by a point always does.
   */
  @Property(tries = 200)
  void consistentFormulasNeverFlagAndAMovedResultAlwaysDoes(@ForAll @IntRange(min = 100_000, max = 99_999_999) int spentCents,
      @ForAll @IntRange(min = 100_000, max = 99_999_999) int budgetCents) {
    BigDecimal spent = BigDecimal.valueOf(spentCents, 2);
    BigDecimal budget = BigDecimal.valueOf(budgetCents, 2);
    BigDecimal rate = spent.multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP);
    String formula = "一、预算执行\n预算执行率=实际支出÷预算数×100%%=" + spent + "万元÷" + budget + "万元×100%%=%s%%。";
    assertThat(Check.findings(formula.formatted(rate), "formula")).isEmpty();
    assertThat(Check.findings(formula.formatted(rate.add(BigDecimal.ONE)), "formula")).hasSize(1);
  }
}
