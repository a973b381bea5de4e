package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BalanceRuleTest {
  @Test
  void netAssets() {
    assertThat(Check.findings("单位资产总额1813.15万元；负债总额1173.31万元，净资产总额639.84万元。", "balance")).isEmpty();
    assertThat(Check.findings("单位资产总额1813.15万元；负债总额1173.31万元，净资产总额693.84万元。", "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("639.84万元"));
  }

  @Test
  void projectSurplus() {
    String text = "2.《民兵补贴》项目预算资金为41.02万元，实际需要39.7426万元，结余%s万元退回国库。";
    assertThat(Check.findings(text.formatted("1.2774"), "balance")).isEmpty();
    assertThat(Check.findings(text.formatted("2.2774"), "balance")).hasSize(1);
  }
}
