package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ScoreFullMarkRuleTest {
  private static final String HOUSING = "四、评价结论\n本项目自评得分94.5分，评价等级“优”。其中：项目决策%s分，得分14分；项目过程25分，得分23.5分；"
      + "项目产出30分，得分28分；项目效益30分，得分29分。";

  @Test
  void weightsOfOneHundred() {
    assertThat(Check.findings(HOUSING.formatted("15"), "score.fullmark")).isEmpty();
  }

  /** One weight written wrong (16 for 15): the scores still make up the total, and only the weights show it. */
  @Test
  void aWeightWrittenWrong() {
    assertThat(Check.findings(HOUSING.formatted("16"), "score.fullmark")).singleElement().satisfies(f -> {
      assertThat(f.severity().name()).isEqualTo("WARNING");
      assertThat(f.stated()).isEqualTo("101分");
      assertThat(f.expected()).isEqualTo("100分");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("16分", "25分", "30分", "30分");
    });
    assertThat(Check.findings(HOUSING.formatted("16"), "score.sum")).isEmpty();
  }

  /** Parts without weights, or parts whose scores fall short of the total (not all of them), say nothing of the mark. */
  @Test
  void whatSaysNothingOfTheMark() {
    assertThat(Check.findings("经自评，决策指标得分18分，过程指标得分19.5分，产出指标得分35分，效益指标得分20分，综合得分92.5分。", "score.fullmark"))
        .isEmpty();
    assertThat(Check.findings("四、评价结论\n本项目自评得分94.5分。其中：项目决策15分，得分14分；项目过程25分，得分23.5分。", "score.fullmark"))
        .as("two parts of four").isEmpty();
  }

  /** Random weights that make up 100, with scores at or below them, never flag; one weight moved by a point always does. */
  @Property(tries = 200)
  void weightsOfTheMarkNeverFlagAndAMovedOneAlwaysDoes(@ForAll @IntRange(min = 5, max = 40) int decision,
      @ForAll @IntRange(min = 5, max = 30) int process, @ForAll @IntRange(min = 5, max = 25) int output,
      @ForAll @IntRange(min = 0, max = 5) int lost, @ForAll @IntRange(min = 0, max = 3) int moved) {
    int[] weights = {decision, process, output, 100 - decision - process - output};
    String[] names = {"项目决策", "项目过程", "项目产出", "项目效益"};
    StringBuilder parts = new StringBuilder();
    int total = 0;
    for (int k = 0; k < 4; k++) {
      int score = Math.max(0, weights[k] - (k == 3 ? lost : 0));
      total += score;
      parts.append(names[k]).append("%s".formatted(k == moved ? "W" : weights[k])).append("分，得分").append(score).append("分；");
    }
    String text = "四、评价结论\n本项目自评得分" + total + "分，评价等级“优”。其中：" + parts.substring(0, parts.length() - 1) + "。";
    assertThat(Check.findings(text.replace("W", String.valueOf(weights[moved])), "score.fullmark")).isEmpty();
    assertThat(Check.findings(text.replace("W", String.valueOf(weights[moved] + 1)), "score.fullmark")).hasSize(1);
  }
}
