package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanRateRuleTest {
  /** 560 done of 500 planned is 112%, whichever is stated first. */
  @Test
  void doneOverPlanned() {
    String toilets = "完成农村改厕560户，计划500户，完成率%s。";
    assertThat(Check.findings(toilets.formatted("112%"), "plan.rate")).isEmpty();
    assertThat(Check.findings(toilets.formatted("115%"), "plan.rate")).singleElement().satisfies(f -> {
      assertThat(f.stated()).isEqualTo("115%");
      assertThat(f.expected()).isEqualTo("112.00%");
      assertThat(f.message()).contains("560户", "500户", "115%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("115%", "560户", "500户");
    });
    assertThat(Check.findings("全年计划培训500人次，实际培训520人次，培训完成率104%。", "plan.rate")).isEmpty();
    assertThat(Check.findings("全年计划培训500人次，实际培训520人次，培训完成率96%。", "plan.rate")).hasSize(1);
    assertThat(Check.findings(toilets.replace("完成农村改厕", "完成农村改厕约").formatted("115%"), "plan.rate")).as("about 560").isEmpty();
  }

  /** A plan written whole beside work done to a decimal is as exact: 12.6 of 12 is 105%, not anything from 101% to 110%. */
  @Test
  void aWholePlanBesideADecimalResult() {
    String roads = "计划新建硬化村组道路12公里，实际完成12.6公里，完成率%s。";
    assertThat(Check.findings(roads.formatted("105%"), "plan.rate")).isEmpty();
    assertThat(Check.findings(roads.formatted("108%"), "plan.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("105.00%"));
  }

  /** Each rate is of the counts after the rate before it; of several counts done, the rate may be of any. */
  @Test
  void theCountsOfItsOwnClause() {
    assertThat(Check.findings("完成改厕560户，计划500户，完成率112%；新建道路12.6公里，计划12公里，完成率105%。", "plan.rate")).isEmpty();
    assertThat(Check.findings("完成改厕560户，计划500户，完成率112%，新建道路12.6公里，计划12公里，完成率112%。", "plan.rate"))
        .singleElement().satisfies(f -> assertThat(f.expected()).isEqualTo("105.00%"));
    assertThat(Check.findings("计划改厕500户，已完成560户，其中验收合格540户，完成率112%。", "plan.rate")).isEmpty();
  }

  /** No plan, two measures, money (spending.rate's), a target's bound: nothing to hold the rate to. */
  @Test
  void whatIsNoPlanAndItsRate() {
    assertThat(Check.findings("完成农村改厕560户，验收合格540户，完成率112%。", "plan.rate")).as("no plan").isEmpty();
    assertThat(Check.findings("完成农村改厕560户，计划12公里，完成率112%。", "plan.rate")).as("two measures").isEmpty();
    assertThat(Check.findings("计划投资500万元，实际完成投资450万元，完成率95%。", "plan.rate")).as("money").isEmpty();
    assertThat(Check.findings("完成农村改厕560户，计划不少于500户，完成率115%。", "plan.rate")).as("a bound").isEmpty();
    assertThat(Check.findings("计划改厕500户。完成560户，完成率115%。", "plan.rate")).as("another sentence").isEmpty();
  }

  /** What was done as a share of the plan it names before 的 (完成年度目标任务500户的112.00%). */
  @Test
  void aShareOfTheTaskNamedBeforeIt() {
    String text = "一、产出\n完成农村改厕560户，完成年度目标任务500户的%s%%。";
    assertThat(Check.findings(text.formatted("112.00"), "plan.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("115.00"), "plan.rate")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("112.00%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("115.00%", "560户", "500户");
    });
    // 完成 with no 的 after its count is what was done, not the plan
    assertThat(Check.findings("一、产出\n计划改厕500户，完成年度目标任务560户，完成率112%。", "plan.rate")).isEmpty();
  }

  /** The plan and what was done in parentheses right after the rate. */
  @Test
  void thePlanAndWhatWasDoneInParenthesesAfterTheRate() {
    String area = "三、绩效目标完成情况\n农户满意度98.60%%；耕地地力保护面积完成率%s（目标51.92万亩，实际52.36万亩）。\n四、自评结论\n自评得分97.5分。";
    assertThat(Check.findings(area.formatted("100.84%"), "plan.rate")).isEmpty();
    assertThat(Check.findings(area.formatted("101.84%"), "plan.rate")).singleElement()
        .satisfies(f -> assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("101.84%", "52.36万亩", "51.92万亩"));
    assertThat(Check.findings("三、完成情况\n面积完成率101.84%。目标51.92万亩，实际52.36万亩。\n四、自评结论\n自评得分97.5分。", "plan.rate"))
        .as("not in parentheses").isEmpty();
  }

  /** A plan alone in parentheses after a rate makes it a rate of that plan, of the count before it (a works' tenants). */
  @Test
  void aPlanInParenthesesAfterAnyRate() {
    String works = "三、项目建设情况\n已签约入驻企业%s家，签约率75%%（计划12家）。";
    assertThat(Check.findings(works.formatted("9"), "plan.rate")).isEmpty();
    assertThat(Check.findings(works.formatted("10"), "plan.rate")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("83.33%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("75%", "10家", "12家");
    });
    assertThat(Check.findings("三、项目建设情况\n已签约入驻企业10家，签约率75%（其中外资企业3家）。", "plan.rate")).as("no plan").isEmpty();
    // parentheses that hold a reckoning, closed before the next count: the rate is of none after them (a newborn screening)
    String screening = "数量指标：遗传代谢病筛查3,098人，筛查率99.10%%（3,098÷3,126），高于≥98%%的目标；开展宣传活动15场，目标12场，完成率%s。";
    assertThat(Check.findings(screening.formatted("125.00%"), "plan.rate")).isEmpty();
    assertThat(Check.findings(screening.formatted("120.00%"), "plan.rate")).singleElement()
        .satisfies(f -> assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("120.00%", "15场", "12场"));
  }

  /** By how much the work beat its target (较目标值12,000人多300人) is no plan: the target before it is (emergency shelters). */
  @Test
  void byHowMuchTheTargetWasBeatenIsNoPlan() {
    String text = "1.建设数量和规模。可容纳避难人数%s人，较目标值12,000人多300人，完成率102.50%%。";
    assertThat(Check.findings(text.formatted("12,300"), "plan.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("12,600"), "plan.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("105.00%"));
    // nor by how much it fell short (比目标少2个村, a collective property reform's audits): the rate is held to a plan stated only
    String audits = "三、绩效目标完成情况\n——第三方审计：%s完成30个村，比目标少2个村，完成率%s。";
    assertThat(Check.findings(audits.formatted("", "93.75%"), "plan.rate")).isEmpty();
    assertThat(Check.findings(audits.formatted("目标32个村，", "93.75%"), "plan.rate")).isEmpty();
    assertThat(Check.findings(audits.formatted("目标32个村，", "95.75%"), "plan.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("93.75%"));
  }
  /** What each did on average (平均每所少年宫407.71人) is no count of what was done against the plan. */
  @Test
  void anAverageIsNotWhatWasDone() {
    String text = "参与活动学生9,785人，平均每所少年宫407.71人，但未达到10,000人的目标，完成率%s。";
    assertThat(Check.findings(text.formatted("97.85%"), "plan.rate")).isEmpty();
    assertThat(Check.findings("平均每所少年宫参与学生407.71人，目标10,000人，完成率97.85%。", "plan.rate")).as("no other count").isEmpty();
  }
}
