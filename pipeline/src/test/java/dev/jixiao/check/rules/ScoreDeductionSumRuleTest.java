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

  /**
   * The year's self-evaluation's deductions in all, stated before the parts' (本年度自评共扣7.50分，其中决策扣1.00分…), are their sum, not
   * one more deduction beside them.
   */
  @Test
  void theYearsDeductionsInAllBeforeTheParts() {
    String text = "三、自评结果\n本单位自评得分92.50分，等级为“优”。\n五、扣分情况说明\n\n本年度自评共扣%s分，其中决策扣1.00分，过程扣2.00分，产出扣1.50分，效益扣3.00分。逐项说明如下：\n\n"
        + "（1）决策—绩效目标设定：部分绩效指标表述笼统，扣1.0分；\n（2）过程—预算执行率：未达到100%%，扣2.0分；\n"
        + "（3）产出—培训场次：完成二十六场，扣1.5分；\n（4）效益—满意度：91.00%%，扣3.0分。\n\n以上合计扣7.5分。\n";
    assertThat(Check.findings(text.formatted("7.50"), "score.deduction.sum")).isEmpty();
    assertThat(Check.report(text.formatted("7.50")).score().deductions()).extracting(d -> d.name())
        .containsExactly("决策", "过程", "产出", "效益");
  }

  /** A scale in parentheses after a deduction (扣6分（3个月未达标，每月扣2分）) loses no points of its own. */
  @Test
  void aScaleInParenthesesLosesNoPoints() {
    String text = "三、自评结果\n自评得分89.22分，等级为“良”。\n五、扣分说明\n（1）污水处理站提标改造扣1.14分；（2）断面月度达标率扣6分（3个月未达标，每月扣2分）；"
        + "（3）长效管护机制扣1.5分。合计扣%s分。\n";
    assertThat(Check.findings(text.formatted("8.64"), "score.deduction.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("10.64"), "score.deduction.sum")).hasSize(1);
  }

  /** Points lost after the scale quoted before them (按“每低于1个百分点扣0.5分”扣0.9分) are lost: the scale is not. */
  @Test
  void pointsLostAfterAQuotedScale() {
    String text = "三、自评结果\n自评得分92.4分，等级为“优”。\n五、扣分说明\n过程部分扣%s分：预算执行率98.20%%，未达到100%%的目标，按“每低于1个百分点扣0.5分”"
        + "扣0.9分；结转结余率1.80%%，高于1%%的目标，扣0.5分；1项政府采购合同备案滞后，扣0.5分；部分新购办公设备未及时登记入账，扣0.3分。\n";
    assertThat(Check.findings(text.formatted("2.2"), "score.deduction.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("2.7"), "score.deduction.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("2.2分"));
  }
}
