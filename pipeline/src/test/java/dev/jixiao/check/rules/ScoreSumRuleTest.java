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
}
