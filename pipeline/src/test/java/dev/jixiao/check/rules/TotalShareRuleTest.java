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

  /**
   * Where the year also cut the budget, the adjustment rate may be of the addition net of the cut (436.00 − 120.00 of 3862.45 is
   * 8.18%, a natural resources bureau) or with it (412.50 + 58.30 of 1856.40 is 25.36%, an emergency bureau).
   */
  @Test
  void anAdjustmentRateNetOfTheCutOrWithIt() {
    String net = "一、部门预算\n2024年年初预算3862.45万元。\n年度预算调整情况：追加上级转移支付资金436.00万元；因土地出让收入短收，"
        + "调减政府性基金预算120.00万元。调整后预算4178.45万元，预算调整率%s。";
    assertThat(Check.findings(net.formatted("8.18%"), "total.share")).isEmpty();
    assertThat(Check.findings(net.formatted("9.18%"), "total.share")).singleElement()
        .satisfies(x -> assertThat(x.expected()).isEqualTo("11.29%"));
    String both = "（二）部门预算及调整\n2024年年初预算1856.40万元。年中追加预算412.50万元，均为上级转移支付；调减预算58.30万元。"
        + "调整后预算2210.60万元，预算调整率%s。";
    assertThat(Check.findings(both.formatted("25.36%"), "total.share")).isEmpty();
    assertThat(Check.findings(both.formatted("26.36%"), "total.share")).singleElement()
        .satisfies(x -> assertThat(x.expected()).isEqualTo("22.22%"));
  }

  /** A rate of all the adjustments together, the adjusted budget over the year-start one, where the one read is one of several. */
  @Test
  void anAdjustmentRateOfAllTheAdjustments() {
    String text = "一、基本情况\n2024年年初预算12,180.00万元。年中县财政追加病房楼改造资金600.00万元，医院根据业务量增加调增事业收入预算150.00万元，"
        + "调整后预算为12,930.00万元，预算调整率%s。";
    assertThat(Check.findings(text.formatted("6.16%"), "total.share")).isEmpty();
    assertThat(Check.findings(text.formatted("7.16%"), "total.share")).hasSize(1);
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

  /** The adjustment's rate of the budget before it, the budget read being the adjusted one (追加18.00万元，预算调整率6.92%。调整后…278.00万元). */
  @Test
  void anAdjustmentsRateOfTheBudgetBeforeIt() {
    String text = "新闻宣传专项经费绩效自评报告\n一、基本情况\n2024年7月，经县政府同意追加县级资金18.00万元，预算调整率%s。调整后宣传专项预算为278.00万元。"
        + "全年实际支出271.46万元，预算执行率97.65%%。";
    assertThat(Check.findings(text.formatted("6.92%"), "total.share")).isEmpty();
  }

  /** A part's arrival rate of what was due to it, stated before it (按实际人月数应配套363.78万元，实际拨付到位363.78万元，到位率100%). */
  @Test
  void anArrivalRateOfWhatWasDue() {
    String text = "年初预算1,380.00万元。全年支出1,355.94万元。\n9. 县级配套资金到位率（5分）。按实际人月数应配套363.78万元，实际拨付到位%s万元，"
        + "到位率100%%，得5分。";
    assertThat(Check.findings(text.formatted("363.78"), "total.share")).isEmpty();
    assertThat(Check.findings(text.formatted("353.78"), "total.share")).hasSize(1);
  }
}
