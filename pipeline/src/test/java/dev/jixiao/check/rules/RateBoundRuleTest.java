package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateBoundRuleTest {
  /** No more than all can pass or be satisfied: 107% is a slip whatever the counts. */
  @Test
  void aShareOfAWholeAboveIt() {
    assertThat(Check.findings("二、完成情况\n工程验收合格率100%，受益群众满意度为98.5%。", "rate.bound")).isEmpty();
    assertThat(Check.findings("二、完成情况\n工程验收合格率107%，受益群众满意度为98.5%。", "rate.bound")).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("工程验收合格率");
      assertThat(f.stated()).isEqualTo("107%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("107%");
    });
    assertThat(Check.findings("二、完成情况\n群众满意度为100.5%。", "rate.bound")).hasSize(1);
    // 郑家驿镇's published indicators, each raised past all
    assertThat(Check.findings("二、完成情况\n各类补贴发放及时率均为107%。调解成功率达102%。", "rate.bound")).hasSize(2);
    // and 南屯镇's
    assertThat(Check.findings("二、完成情况\n优抚对象抚恤和生活补助足额兑现率107%，申请低保人员核实率100%。", "rate.bound")).hasSize(1);
    // a township health centre's public health services: records, care of the old and of patients
    String health = "二、绩效目标完成情况\n建立居民电子健康档案32150份，建档率%s。高血压患者2130人，规范管理1363人，规范管理率%s。";
    assertThat(Check.findings(health.formatted("90.26%", "63.99%"), "rate.bound")).isEmpty();
    assertThat(Check.findings(health.formatted("100.26%", "63.99%"), "rate.bound")).hasSize(1);
    assertThat(Check.findings(health.formatted("90.26%", "163.99%"), "rate.bound")).hasSize(1);
    assertThat(Check.findings("二、完成情况\n食品安全事故发生率120%。", "rate.bound")).hasSize(1);
  }

  /** A result named only 实际 is of the indicator its clause opens with (学生及家长满意度：目标值≥90%，实际…). */
  @Test
  void aResultOfTheIndicatorItsClauseNames() {
    String indicators = "三、绩效目标完成情况\n（二）效益指标\n1.义务教育巩固率：目标值≥99%%，实际%s。\n（三）满意度指标\n学生及家长满意度：目标值≥90%%，实际%s。";
    assertThat(Check.findings(indicators.formatted("99.35%", "94.20%"), "rate.bound")).isEmpty();
    assertThat(Check.findings(indicators.formatted("106.30%", "94.20%"), "rate.bound")).singleElement()
        .satisfies(f -> assertThat(f.subject()).isEqualTo("义务教育巩固率"));
    assertThat(Check.findings(indicators.formatted("99.35%", "100.79%"), "rate.bound")).singleElement()
        .satisfies(f -> assertThat(f.subject()).isEqualTo("学生及家长满意度"));
    assertThat(Check.findings("三、绩效目标完成情况\n困难学生补助人数完成率：目标值100%，实际101.61%。", "rate.bound")).isEmpty();
  }

  /** A plan or a budget may be exceeded, a rate of change may be anything, and a bound is a target. */
  @Test
  void ratesThatMayExceedAll() {
    assertThat(Check.findings("二、完成情况\n完成农村改厕560户，计划500户，完成率112%。", "rate.bound")).isEmpty();
    assertThat(Check.findings("二、完成情况\n预算执行率103.5%，支出增长率120%。", "rate.bound")).isEmpty();
    assertThat(Check.findings("一、绩效目标\n验收合格率≥100%。", "rate.bound")).isEmpty();
    // reported over a registered population or a count of beds, these do exceed 100%
    assertThat(Check.findings("二、完成情况\n适龄儿童国家免疫规划疫苗接种率101.2%，病床使用率104.5%。", "rate.bound")).isEmpty();
  }

  /** Disputes settled and cases closed are some of all there were (化解率, 办结率, 结案率, 整改率). */
  @Test
  void casesSettledOfAllThereWere() {
    assertThat(Check.findings("一、社区治理\n化解矛盾纠纷1286件，化解率105.50%。", "rate.bound")).hasSize(1);
    assertThat(Check.findings("一、社区治理\n化解矛盾纠纷1286件，化解率98.60%。", "rate.bound")).isEmpty();
    assertThat(Check.findings("一、督查\n问题整改率102%，信访办结率100%。", "rate.bound")).hasSize(1);
    assertThat(Check.findings("一、产出\n项目开工率100%，完工率102.35%（完工44个）。", "rate.bound")).hasSize(1);
  }

  /** No more than all the waste can be treated or collected (无害化处理率, 收运率). */
  @Test
  void wasteTreatedOrCollected() {
    String waste = "三、绩效目标完成情况\n生活垃圾无害化处理率%s，目标值≥95%%；收运率100%%。";
    assertThat(Check.findings(waste.formatted("98.5%"), "rate.bound")).isEmpty();
    assertThat(Check.findings(waste.formatted("105.4%"), "rate.bound")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("105.4%"));
  }
}
