package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PointsChangeRuleTest {
  /** 88.5% to 93.2% is 4.7 points up; 4.6 to 4.8 lie within the rounding of the two rates. */
  @Test
  void fromOneRateToAnother() {
    String water = "农村自来水普及率由上年的88.5%%提高到93.2%%，提高%s个百分点。";
    assertThat(Check.findings(water.formatted("4.7"), "change.points")).isEmpty();
    assertThat(Check.findings(water.formatted("4.8"), "change.points")).isEmpty();
    assertThat(Check.findings(water.formatted("5.7"), "change.points")).singleElement().satisfies(f -> {
      assertThat(f.stated()).isEqualTo("5.7个百分点");
      assertThat(f.expected()).isEqualTo("4.7个百分点");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("5.7个百分点", "93.2%", "88.5%");
    });
    assertThat(Check.findings("贫困发生率由2.35%下降至0.42%，下降1.93个百分点。", "change.points")).isEmpty();
    assertThat(Check.findings("贫困发生率由2.35%下降至0.42%，下降2.93个百分点。", "change.points")).hasSize(1);
  }

  /** No rate reached, another sentence, the direction unsaid: nothing to reckon with. */
  @Test
  void whatIsNoMoveOfARate() {
    assertThat(Check.findings("普及率达到93.2%，较上年提高5.7个百分点。", "change.points")).as("no earlier rate").isEmpty();
    assertThat(Check.findings("普及率88.5%，满意度93.2%，提高5.7个百分点。", "change.points")).as("not reached").isEmpty();
    assertThat(Check.findings("普及率由88.5%提高到93.2%。全年提高5.7个百分点。", "change.points")).as("another sentence").isEmpty();
  }

  /** The year before's rate in parentheses after the points, or named between: 95% to 98.5% is 3.5 points up. */
  @Test
  void againstTheYearBefore() {
    String after = "二、产出情况\n生活垃圾无害化处理率98.5%%，较上年提高%s个百分点（上年95%%）。";
    assertThat(Check.findings(after.formatted("3.5"), "change.points")).isEmpty();
    assertThat(Check.findings(after.formatted("4.5"), "change.points")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("3.5个百分点");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("4.5个百分点", "98.5%", "95%");
    });
    String between = "二、产出情况\n生活垃圾无害化处理率98.5%%，比上年的95%%提高%s个百分点。";
    assertThat(Check.findings(between.formatted("3.5"), "change.points")).isEmpty();
    assertThat(Check.findings(between.formatted("2.5"), "change.points")).hasSize(1);
    // a fall stated as one: 95% to 92.5% is 2.5 points down
    assertThat(Check.findings("二、产出情况\n发生率92.5%，较上年下降2.5个百分点（上年95%）。", "change.points")).isEmpty();
    assertThat(Check.findings("二、产出情况\n发生率92.5%，较上年下降3.5个百分点（上年95%）。", "change.points")).hasSize(1);
    // past a completion rate and a target, which are of the target (a county's jobs fund)
    String jobs = "二、效益指标\n培训后6个月内实现就业816人，就业率68.00%%，高于60%%的目标值，完成率113.33%%，较上年的65.20%%提高%s个百分点。";
    assertThat(Check.findings(jobs.formatted("2.8"), "change.points")).isEmpty();
    assertThat(Check.findings(jobs.formatted("3.8"), "change.points")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("2.80个百分点"));
  }
}
