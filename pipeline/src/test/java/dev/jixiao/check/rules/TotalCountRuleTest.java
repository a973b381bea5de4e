package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TotalCountRuleTest {
  private static final String LIST = """
      2023 年全镇涉及专项资金项目共计 %d 个，预算总金额为 43.5 万元：
      1. 村级道路维修经费：预算金额 24 万元。
      2. 信访稳定经费：共计 2 个项目，预算金额 19.5 万元。
      """;

  @Test
  void groupSizesCount() {
    assertThat(Check.findings(LIST.formatted(3), "total.count")).isEmpty();
  }

  @Test
  void aDifferentCountIsFlagged() {
    assertThat(Check.findings(LIST.formatted(4), "total.count")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("3个"));
  }

  /** A county's summary of 52 projects that lists those scored below 80 (得分低于80分的项目共两个…分别是): a part, not the list. */
  @Test
  void theProjectsBelowAScoreAreAPart() {
    String text = """
        一、基本情况
        本次自评覆盖县直二十七个部门（单位）的五十二个项目，涉及预算资金48,672.50万元。
        二、%s
        1. 县农业农村局“农作物病虫害统防统治”项目，预算326.40万元，支出287.15万元，自评得分78.5分。
        2. 县林业局“林业有害生物防治”项目，预算464.40万元，支出278.64万元，自评得分56.0分。
        """;
    assertThat(Check.findings(text.formatted("80分以下项目。自评得分低于80分的项目共两个，分别是："), "total.count")).isEmpty();
    assertThat(Check.findings(text.formatted("得分60分以下的项目如下："), "total.count")).isEmpty();
    assertThat(Check.findings(text.formatted("项目自评情况如下："), "total.count")).as("the list of them all").singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("2个"));
  }
}
