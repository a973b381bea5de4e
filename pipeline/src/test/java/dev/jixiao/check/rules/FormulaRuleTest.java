package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

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
}
