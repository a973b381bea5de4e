package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TenderSavingRuleTest {
  private static final String RULE = "tender.saving";
  private static final String TENDER = "（二）项目实施\n项目经公开招标，招标控制价%s万元，中标价%s万元，节约资金%s万元，节约率%s。";

  /** The ceiling less the price won is the saving, and the saving over the ceiling its rate. */
  @Test
  void theCeilingLessThePrice() {
    assertThat(Check.findings(TENDER.formatted("2,286.50", "2,150.76", "135.74", "5.94%"), RULE)).isEmpty();
    assertThat(Check.findings(TENDER.formatted("2,286.50", "2,150.76", "145.74", "5.94%"), RULE)).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("135.74万元");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("145.74万元", "2,286.50万元", "2,150.76万元");
    });
    assertThat(Check.findings(TENDER.formatted("2,286.50", "2,150.76", "135.74", "6.94%"), RULE)).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("5.94%"));
    // the price moved breaks the saving; the rate, of the saving as stated, still holds
    assertThat(Check.findings(TENDER.formatted("2,286.50", "2,160.76", "135.74", "5.94%"), RULE)).hasSize(1);
    assertThat(Check.findings(TENDER.formatted("3,286.50", "2,150.76", "135.74", "5.94%"), RULE)).hasSize(2);
  }

  /** Sums of a tender's lots, the saving without 资金, and 下浮率. */
  @Test
  void lotsAndTheRateOfTheCut() {
    String lots = "（二）项目实施\n工程施工分5个标段公开招标，控制价合计6,580.00万元，中标价合计%s万元，节约资金267.55万元，节约率4.07%%。";
    assertThat(Check.findings(lots.formatted("6,312.45"), RULE)).isEmpty();
    assertThat(Check.findings(lots.formatted("6,322.45"), RULE)).hasSize(1);
    String cut = "（二）项目实施\n集镇环卫作业外包项目公开招标，招标控制价98.00万元，中标价91.20万元，节约6.80万元，下浮率%s。";
    assertThat(Check.findings(cut.formatted("6.94%"), RULE)).isEmpty();
    assertThat(Check.findings(cut.formatted("7.94%"), RULE)).hasSize(1);
  }

  /** Without the ceiling named, or with other words between, nothing is read: a budget and its spending are balance's. */
  @Test
  void whatTheWordsDoNotFix() {
    assertThat(Check.findings("（二）项目实施\n集配中心预算360.00万元，中标合同价338.60万元，节约资金25.00万元。", RULE)).isEmpty();
    assertThat(Check.findings("（二）项目实施\n招标控制价98.00万元，经评审后中标价91.20万元，节约9.80万元。", RULE)).isEmpty();
  }
}
