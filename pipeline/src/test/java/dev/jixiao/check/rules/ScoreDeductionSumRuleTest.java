package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.record.Evidence;
import org.junit.jupiter.api.Test;

class ScoreDeductionSumRuleTest {
  private static final String LIST = "本项目自评得分93.5分，自评等级为“优”。扣分说明：决策扣1分；过程扣%s分，部分零星维修结算资料不完整扣1.5分，"
      + "预算执行未达到100%%扣1分；产出扣2分；效益扣1分。以上共扣%s分。";

  @Test
  void sumsThatHold() {
    assertThat(Check.findings(LIST.formatted("2.5", "6.5"), "score.deduction.sum")).isEmpty();
  }

  @Test
  void aPartsDeductionAgainstWhatItLists() {
    assertThat(Check.findings(LIST.formatted("3", "7"), "score.deduction.sum")).singleElement().satisfies(f -> {
      assertThat(f.message()).startsWith("扣分说明中“过程”扣3分，其所列各项扣分合计2.5分。");
      assertThat(f.stated()).isEqualTo("3分");
      assertThat(f.expected()).isEqualTo("2.5分");
      assertThat(f.evidence()).extracting(Evidence::quote).containsExactly("3分", "1.5分", "1分");
    });
  }

  @Test
  void theTotalAgainstTheDeductions() {
    assertThat(Check.findings(LIST.formatted("2.5", "7.5"), "score.deduction.sum")).singleElement().satisfies(f -> {
      assertThat(f.message()).startsWith("扣分说明所列各项扣分合计6.5分，与所述合计扣7.5分不符。");
      assertThat(f.stated()).isEqualTo("7.5分");
      assertThat(f.expected()).isEqualTo("6.5分");
    });
  }

  /** Points written to halves beside whole ones are exact: 1 is 1.0, and 1 + 1.5 is not 2.6. */
  @Test
  void pointsAreAddedAsWritten() {
    assertThat(Check.findings(LIST.formatted("2.6", "6.6"), "score.deduction.sum")).hasSize(1);
  }
}
