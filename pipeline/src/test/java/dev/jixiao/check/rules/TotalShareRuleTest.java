package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TotalShareRuleTest {
  @Test
  void shareOfFiscalSpendingHolds() {
    assertThat(Check.findings("2024年度开展自评项目共36个，自评项目总金额共计3232.37万元，财政支出总金额5187.78万元，占财政支出总金额62.31%。", "total.share")).isEmpty();
  }

  @Test
  void shareOfFiscalSpendingFails() {
    var f = Check.findings("2024年度开展自评项目共36个，自评项目总金额共计3232.37万元，财政支出总金额5187.78万元，占财政支出总金额66.31%。", "total.share");
    assertThat(f).singleElement().satisfies(x -> assertThat(x.expected()).isEqualTo("62.31%"));
  }

  @Test
  void adjustmentRate() {
    assertThat(Check.findings("2024年部门年初预算支出3247.99万元。2024年全年预算调整73.48万元，调整率2.26%。", "total.share")).isEmpty();
    assertThat(Check.findings("2024年部门年初预算支出3247.99万元。2024年全年预算调整73.48万元，调整率3.26%。", "total.share")).hasSize(1);
  }
}
