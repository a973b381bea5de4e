package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TotalSumRuleTest {
  private static final String LIST = """
      2023 年全镇涉及专项资金项目共计 3 个，预算总金额为 %s 万元，具体如下：
      1. 村级道路维修经费：预算金额 24 万元，实际拨付 24 万元。
      2. 信访稳定经费：共计 2 个项目，预算金额 19.5 万元，实际拨付 13 万元。
      """;

  @Test
  void sumHoldsWithinTheRoundingOfEveryBudget() {
    assertThat(Check.findings(LIST.formatted("43.5"), "total.sum")).isEmpty();
    assertThat(Check.findings(LIST.formatted("43.9"), "total.sum")).as("24 stands for 23.5..24.5").isEmpty();
  }

  @Test
  void sumFailsBeyondRounding() {
    var f = Check.findings(LIST.formatted("50"), "total.sum");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.stated()).isEqualTo("50 万元");
      assertThat(x.expected()).isEqualTo("43.5万元");
      assertThat(x.evidence()).hasSize(3);
    });
    // the sum is written to the stated total's decimals
    assertThat(Check.findings(LIST.formatted("50.00"), "total.sum")).singleElement()
        .satisfies(x -> assertThat(x.expected()).isEqualTo("43.50万元"));
  }

  @Test
  void aListShortOfTheStatedCountIsNotAddedUp() {
    assertThat(Check.findings("2023 年全镇涉及专项资金项目共计 40 个，预算总金额为 937 万元：\n1. 村级道路维修经费：预算金额 24 万元。", "total.sum")).isEmpty();
  }

  @Test
  void aPartialListIsNotAddedUp() {
    assertThat(Check.findings("2023年我镇绩效评价共涉及62个预算项目，预算资金1672.92万元。抽查项目2个，分别是A经费、B经费。", "total.sum")).isEmpty();
  }
}
