package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AmountMagnitudeRuleTest {
  @Test
  void yuanWithMoreThanTwoDecimalsIsLikelyWanYuan() {
    assertThat(Check.findings("抽查项目2个，分别是房顶维修经费、道路维修经费。项目一基本情况是申请项目资金18.092382元。项目二基本情况是需资金30万元。", "amount.magnitude"))
        .singleElement().satisfies(f -> assertThat(f.expected()).isEqualTo("18.092382万元"));
  }

  /** Thousands of yuan hold three decimals at most (34.216千元 is 34,216元); a fourth is a 元 amount written in the wrong unit. */
  @Test
  void thousandsOfYuanWithMoreThanThreeDecimals() {
    String projects = "抽查项目2个，分别是房顶维修经费、道路维修经费。项目一基本情况是申请项目资金%s千元。项目二基本情况是需资金30万元。";
    assertThat(Check.findings(projects.formatted("34.216"), "amount.magnitude")).isEmpty();
    assertThat(Check.findings(projects.formatted("34.2165"), "amount.magnitude")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("34.2165元"));
  }

  @Test
  void sixDecimalWanYuanAndOrdinaryYuanArePlausible() {
    assertThat(Check.findings("1. 村级组织办公经费：预算资金 41.709914 万元。\n2. 调解员补贴：预算资金72900元。\n3. 选调生补助：预算金额 1.073966 万元。", "amount.magnitude")).isEmpty();
  }
}
