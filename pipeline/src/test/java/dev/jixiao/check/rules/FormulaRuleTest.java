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

  /** The division put in brackets after the rate it gives: of money, of counts, with the names of what is divided. */
  @Test
  void theDivisionInBracketsAfterItsRate() {
    String line = "二、存在问题\n1.教师培训经费结余11.55万元，培训经费执行率%s（176.85万元÷188.40万元），部分省级培训名额未用足。"
        + "生猪免疫率%s（12,156头÷12,480头）；资金到位率%s（到位480,000元÷预算480,000元×100%%）。";
    assertThat(Check.findings(line.formatted("93.87%", "97.40%", "100%"), "formula")).isEmpty();
    assertThat(Check.findings(line.formatted("93.37%", "97.40%", "100%"), "formula")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("93.87%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("93.37%", "176.85万元", "188.40万元");
    });
    assertThat(Check.findings(line.formatted("93.87%", "97.70%", "100%"), "formula")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("97.40%"));
    assertThat(Check.findings(line.formatted("93.87%", "97.40%", "98%"), "formula")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("100.00%"));
  }

  /** A slip in a rate with its division after it is the formula's alone: spending.rate leaves the rate to the division. */
  @Test
  void aRateWithItsDivisionAfterItIsTheFormulasOnly() {
    var all = Check.report("（一）资金使用\n预算300.00万元，支出288.00万元，执行率95.00%（288.00万元÷300.00万元）。").findings();
    assertThat(all).extracting(f -> f.rule()).contains("formula").doesNotContain("spending.rate");
  }

  /** What is not the rate's own division stays unread: one inside more arithmetic, or figures of two measures. */
  @Test
  void notADivisionOfItsOwn() {
    assertThat(Check.findings("一、执行\n增长率5.00%（120.00万元÷100.00万元－1）；人均率3.00%（120.00万元÷40人）。", "formula")).isEmpty();
  }

  /**
   * Random spending and budget (from 1000.00万元, so that their rounding moves the rate by less than a point) with
   * the rate reckoned from them never flag, the division written before the rate or after it; the rate moved by a point always does.
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
    String inBrackets = "一、预算执行\n预算执行率%s%%（" + spent + "万元÷" + budget + "万元）。";
    assertThat(Check.findings(inBrackets.formatted(rate), "formula")).isEmpty();
    assertThat(Check.findings(inBrackets.formatted(rate.add(BigDecimal.ONE)), "formula")).hasSize(1);
  }
}
