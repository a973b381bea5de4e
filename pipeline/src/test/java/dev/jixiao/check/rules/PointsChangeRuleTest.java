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
}
