package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreSumRuleTest {
  @Test
  void componentsAddUp() {
    assertThat(Check.findings("经自评，决策指标得分18分，过程指标得分19.5分，产出指标得分35分，效益指标得分20分，综合得分92.5分。", "score.sum")).isEmpty();
  }

  @Test
  void componentsDoNotAddUp() {
    assertThat(Check.findings("经自评，决策指标得分18分，过程指标得分19.5分，产出指标得分35分，效益指标得分20分，综合得分95.5分。", "score.sum"))
        .singleElement().satisfies(f -> assertThat(f.expected()).isEqualTo("92.5分"));
  }

  /**
   * Components listed after 其中 by their names alone (预算执行10分，产出40分…) are the total's parts.
   * Written in whole points they may each be half a point off, so 13.5 is still within them; 15.5 is not.
   */
  @Test
  void componentsNamedAloneAfterOfWhich() {
    String score = "三、自评结论\n综合评价得分92.5分，其中：预算执行10分，产出40分，效益30分，满意度%s分。评价等级为“优”。";
    assertThat(Check.findings(score.formatted("12.5"), "score.sum")).isEmpty();
    assertThat(Check.findings(score.formatted("15.5"), "score.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("92.5分"));
  }
}
