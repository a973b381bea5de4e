package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RestatedRuleTest {
  @Test
  void aComponentScoredAgainDifferently() {
    var f = Check.findings("""
        经综合自评，2024年度我镇履职效能指标得分为49.37分，管理效率指标得分为47.00分，整体绩效自评合计得分96.37分。
        此外，2024年履职效能自评得分 49.43 分。
        2024年管理效率自评得分47分。
        """, "restated");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.stated()).isEqualTo("49.43 分");
      assertThat(x.expected()).isEqualTo("49.37分");
    });
  }

  @Test
  void theSameLabelTwiceWithDifferentValues() {
    assertThat(Check.findings("一、概况\n本年三公经费支出总额4.5万元。\n二、分析\n本年三公经费支出总额5.5万元。", "restated")).hasSize(1);
    assertThat(Check.findings("一、概况\n本年三公经费支出总额4.5万元。\n二、分析\n本年三公经费支出总额4.50万元。", "restated")).isEmpty();
  }

  @Test
  void targetsAndActualsAreNotRestatements() {
    assertThat(Check.findings("一、年度绩效目标\n群众满意度达到90%。\n二、目标完成情况\n群众满意度达到93%。", "restated")).isEmpty();
  }
}
