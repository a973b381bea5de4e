package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.record.Severity;
import org.junit.jupiter.api.Test;

class BreakdownSumRuleTest {
  @Test
  void closedBreakdownsMustAddUpWithinRounding() {
    assertThat(Check.findings("决算收入2826.23万元，其中：一般公共预算拨款2717.40万元，政府性基金21.90万元，国有资本0.39万元，其他收入86.55万元。", "breakdown.sum")).isEmpty();
    assertThat(Check.findings("决算收入2900.00万元，其中：一般公共预算拨款2717.40万元，政府性基金21.90万元，国有资本0.39万元，其他收入86.55万元。", "breakdown.sum"))
        .singleElement().satisfies(f -> assertThat(f.expected()).isEqualTo("2826.24万元"));
  }

  @Test
  void anOpenListIsOnlyFlaggedWhenItExceedsItsTotal() {
    assertThat(Check.findings("资产总额1800万元，其中：流动资产1000万元；负债总额500万元。", "breakdown.sum")).isEmpty();
    assertThat(Check.findings("资产总额1800万元，其中：流动资产2000万元；负债总额500万元。", "breakdown.sum")).hasSize(1);
  }

  @Test
  void aColonListOfPairsAddsUpPerUnit() {
    var f = Check.findings("核定事业编制20个，实有17人：甲中心核定编制12个，实有10人；乙中心核定编制8个，实有6人。", "breakdown.sum");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.stated()).isEqualTo("17人");
      assertThat(x.expected()).isEqualTo("16人");
    });
  }

  @Test
  void pairedHeadcountsFollowTheCategoriesThatCompleteTheAuthorisedSide() {
    var f = Check.findings("核定编制40个，实有编制人数35人，其中核定行政编制15个，实有行政人员14人；核定事业编制25个，实有19人。", "breakdown.sum");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.stated()).isEqualTo("35人");
      assertThat(x.expected()).isEqualTo("33人");
    });
  }

  @Test
  void namesFewerThanTheCount() {
    assertThat(Check.findings("镇政府内设机构5个：党政办公室、党建办公室、经济发展办公室。", "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    assertThat(Check.findings("镇政府内设机构3个：党政办公室、党建办公室、经济发展办公室。", "breakdown.sum")).isEmpty();
  }
}
