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
}
