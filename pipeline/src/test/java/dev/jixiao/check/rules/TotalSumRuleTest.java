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

  /**
   * A department's report states the unit's totals first (its basic spending in them), then counts
   * its projects with their own total: the projects add up to the latter.
   */
  @Test
  void theTotalStatedWithTheProjectsCount() {
    String report = """
        一、收支情况
        全年预算数3300.00万元，实际支出3200.00万元，预算执行率96.97%%。
        二、项目支出情况
        2023年我镇共实施项目3个，预算总额1400.00万元，实际支出%s万元，执行率96.43%%。
        1.乡村振兴项目：预算500.00万元，实际支出480.00万元，完成率96.00%%。
        2.人居环境整治项目：预算600.00万元，实际支出590.00万元，完成率98.33%%。
        3.道路养护项目：预算300.00万元，实际支出280.00万元，完成率93.33%%。
        """;
    assertThat(Check.findings(report.formatted("1350.00"), "total.sum")).isEmpty();
    assertThat(Check.findings(report.formatted("1360.00"), "total.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("1360.00万元"));
    // the fiscal spending the projects' share is of is not their spending
    String fiscal = report.formatted("1350.00").replace("预算总额1400.00万元，实际支出1350.00万元，执行率96.43%",
        "自评项目总金额共计1400.00万元，财政支出总金额5187.78万元，占财政支出总金额26.99%");
    assertThat(Check.findings(fiscal, "total.sum")).isEmpty();
  }
}
