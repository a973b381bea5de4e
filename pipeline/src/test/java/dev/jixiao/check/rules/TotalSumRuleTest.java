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

  /**
   * A township health centre's projects, listed under the line of its 项目支出 that announces them (…。其中：): they add up to that
   * line's budget and spending, not to the unit's.
   */
  @Test
  void theTotalsOfTheLineTheProjectsAreListedUnder() {
    String report = """
        （二）预算安排
        2024年年初预算2,150万元，调整后预算2,268万元。
        （三）支出情况
        2024年度支出合计2,186.73万元，预算执行率96.42%%。
        1.基本支出：预算1,596万元，实际支出1,571.28万元，执行率98.45%%。
        2.项目支出：预算%s万元，实际支出615.45万元，执行率91.58%%。其中：
        （1）基本公共卫生服务项目：预算286万元，实际支出279.62万元，执行率97.77%%；
        （2）医疗设备购置：预算180万元，实际支出151.48万元，执行率84.16%%；
        （3）院感及发热门诊改造：预算206万元，实际支出184.35万元，执行率89.49%%。
        """;
    assertThat(Check.findings(report.formatted("672"), "total.sum")).isEmpty();
    assertThat(Check.findings(report.formatted("682"), "total.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("682万元"));
  }

  /**
   * A street office's key projects in a table with its own total row (合计), beside the unit's totals:
   * the projects add up to the row, not to the unit's budget (the false error this once gave).
   */
  @Test
  void theTotalRowOfTheProjectsTable() {
    String report = """
        # 某街道办事处2023年度部门整体支出绩效自评报告

        ## 二、预算执行情况

        2023年度部门预算总额2865.40万元，全年实际支出2718.66万元，预算执行率94.88%%。

        重点项目资金执行情况如下表：

        | 序号 | 项目名称 | 预算数（万元） | 实际支出（万元） | 执行率 |
        |---|---|---|---|---|
        | 1 | 老旧小区改造 | 620.00 | 598.40 | 96.52%% |
        | 2 | 社区养老服务 | 186.50 | 172.30 | 92.39%% |
        | 3 | 垃圾分类运维 | 240.00 | 240.00 | 100.00%% |
        | 4 | 平安建设 | 95.80 | 88.66 | 92.55%% |
        |  | 合计 | %s | 1099.36 | 96.24%% |
        """;
    assertThat(Check.findings("street.md", report.formatted("1142.30"), "total.sum")).isEmpty();
    assertThat(Check.findings("street.md", report.formatted("1222.26"), "total.sum")).singleElement().satisfies(f -> {
      assertThat(f.stated()).isEqualTo("1222.26万元");
      assertThat(f.expected()).isEqualTo("1142.30万元");
    });
    // without the row, a choice of the projects (重点项目) is not held to the unit's totals
    String noRow = report.formatted("1142.30").replaceAll("\\|  \\| 合计.*\\n", "");
    assertThat(noRow).doesNotContain("合计");
    assertThat(Check.findings("street.md", noRow, "total.sum")).isEmpty();
    assertThat(Check.findings("street.md", noRow.replace("重点项目资金", "项目资金"), "total.sum")).as("all the projects").hasSize(2);
  }

  /**
   * Projects of one part of a fund, summed up right after their list by their number (以上三个项目预算合计…): their own total, not
   * the fund's, which the report states under its title for the whole.
   */
  @Test
  void projectsSummedUpByTheirNumber() {
    String text = """
        三、资金使用情况
        （一）直补资金。全年实际发放直补资金1262.04万元。
        （二）项目扶持资金。项目扶持资金预算288.00万元，实际支出281.85万元。三个项目具体如下：
        1.石桥村产业路硬化项目，硬化道路3.2公里，预算96.00万元，支出94.80万元；
        2.柳河村饮水安全巩固提升项目，预算72.00万元，支出71.25万元；
        3.桃源村茶叶基地建设项目，新建茶园300亩，预算120.00万元，支出115.80万元。
        以上三个项目预算合计%s万元，支出合计281.85万元。
        （三）总体执行情况。后期扶持资金预算1550.04万元，实际支出1543.89万元，预算执行率99.60%%。
        """;
    var r = Check.report(text.formatted("288.00"));
    assertThat(r.projects()).hasSize(3);
    assertThat(r.totals().budget().text()).isEqualTo("1550.04万元");
    assertThat(r.findings()).filteredOn(f -> f.rule().equals("total.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("298.00"), "total.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("298.00万元"));
  }

  /** The projects' budgets may add up to the budget after the year's adjustment, not the year-start one (600.00 + 35.00). */
  @Test
  void projectsBudgetsAddingToTheAdjustedBudget() {
    String report = "一、预算情况\n2024年年初预算600.00万元，年中追加35.00万元，调整后预算635.00万元。全年实际支出620.00万元。\n二、项目情况\n"
        + "1.A项目：预算300.00万元，实际支出295.00万元。\n2.B项目：预算%s万元，实际支出325.00万元。";
    assertThat(Check.findings(report.formatted("335.00"), "total.sum")).isEmpty();
    assertThat(Check.findings(report.formatted("345.00"), "total.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("645.00万元"));
  }

  /** One project uncounted, the report's own subject: its budget before the adjustment is no sum against the adjusted total. */
  @Test
  void oneProjectIsNoList() {
    String text = """
        2024年度乡镇人大代表之家建设经费项目支出绩效自评报告
        一、项目基本情况
        （二）资金来源及预算调整。2024年代表之家（站）建设经费年初预算1,150,000元，其中省级资金350,000元，县级财政资金800,000元。\
        2024年8月，追加县级资金60,000元，调整后预算为1,210,000元，其中省级资金占28.93%，县级资金860,000元、占71.07%。
        （三）资金支出情况。截至2024年12月31日，项目实际支出1,146,420元，预算执行率94.75%，结余63,580元。
        四、绩效指标完成情况
        （一）过程指标。项目调整后预算1,210,000元，实际支出1,146,420元，预算执行率94.75%，高于90%的目标。
        """;
    assertThat(Check.findings(text, "total.sum")).isEmpty();
  }
}
