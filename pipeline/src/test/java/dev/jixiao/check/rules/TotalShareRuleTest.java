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

  /** The money that arrived over a one-project report's budget (总投资) against its 资金到位率. */
  @Test
  void fundsArrivalRate() {
    String project = "2024年度农村饮水安全巩固提升工程项目支出绩效自评报告\n一、项目资金情况\n该项目总投资为856.40万元。"
        + "项目资金到位%s万元，资金到位率%s，实际支出812.58万元。";
    assertThat(Check.findings(project.formatted("856.40", "100%"), "total.share")).isEmpty();
    assertThat(Check.findings(project.formatted("856.40", "98%"), "total.share")).singleElement()
        .satisfies(x -> assertThat(x.expected()).isEqualTo("100.00%"));
    assertThat(Check.findings(project.formatted("800.00", "93.41%"), "total.share")).isEmpty();
    assertThat(Check.findings("一、资金情况\n年初预算总额为1000.00万元。资金到位率90%。", "total.share")).as("no amount arrived beside it").isEmpty();
  }
}
