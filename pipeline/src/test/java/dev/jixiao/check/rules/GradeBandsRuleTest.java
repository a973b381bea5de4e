package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.record.Evidence;
import dev.jixiao.record.Severity;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class GradeBandsRuleTest {
  private static final String BANDS = "本项目自评得分92分。按照%s分以上为优、%s分至%s分为良、%s分至%s分为中、%s分以下为差的标准，评价等级为“优”。";

  @Test
  void bandsThatMeet() {
    assertThat(Check.findings(BANDS.formatted(90, 80, 90, 60, 80, 60), "grade.bands")).isEmpty();
    assertThat(Check.findings("按照90分（含）以上为优、80分（含）至89.99分为良、60分（含）至79.99分为中、60分以下为差的标准。", "grade.bands"))
        .as("up to the hundredth below").isEmpty();
    assertThat(Check.findings("按照90分以上为优、80-89分为良、60-79分为中、60分以下为差的标准。", "grade.bands")).as("whole points").isEmpty();
  }

  /** Grades written long (优秀, 良好) are the four grades too; a pass (合格) is none of them. */
  @Test
  void gradesWrittenLong() {
    assertThat(Check.findings("评分标准：85分以上为优秀，70-85分为良好，60分以下为差。", "grade.bands")).isEmpty();
    assertThat(Check.findings("评分标准：85分以上为优秀，70-88分为良好，60分以下为差。", "grade.bands")).hasSize(1);
    assertThat(Check.findings("评分标准：90分以上为优，60分以上为合格。", "grade.bands")).isEmpty();
  }

  /** 良 up to 93 where 优 starts at 90: a score of 91 fits both. */
  @Test
  void bandsThatOverlap() {
    assertThat(Check.findings(BANDS.formatted(90, 80, 93, 60, 80, 60), "grade.bands")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).startsWith("等级标准中“优”自90分起，而“良”至93分止，两档重叠");
      assertThat(f.evidence()).extracting(Evidence::quote).containsExactly("90分以上为优", "80分至93分为良");
    });
  }

  /** 中 up to 80 where 良 starts at 83: 81 has no grade. */
  @Test
  void bandsWithAGap() {
    assertThat(Check.findings(BANDS.formatted(90, 83, 90, 60, 80, 60), "grade.bands")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).startsWith("等级标准中“中”至80分止，而“良”自83分起，80分至83分的得分没有等级。");
    });
  }

  /** Grades not next to each other (优 and 差 alone), or a grade stated again with other bounds, say nothing of the bounds between. */
  @Test
  void whatSaysNothingOfTheBoundsBetween() {
    assertThat(Check.findings("按照90分以上为优、60分以下为差的标准。", "grade.bands")).isEmpty();
    assertThat(Check.findings("按照90分以上为优、80分至90分为良的标准。项目按照95分以上为优、85分至95分为良评定。", "grade.bands"))
        .as("two schemes").isEmpty();
  }

  /** Random bands that meet never flag; one bound moved by a point or more always does. */
  @Property(tries = 200)
  void meetingBandsNeverFlagAndAMovedBoundAlwaysDoes(@ForAll @IntRange(min = 81, max = 95) int excellent,
      @ForAll @IntRange(min = 62, max = 80) int good, @ForAll @IntRange(min = 40, max = 61) int fair,
      @ForAll @IntRange(min = 0, max = 5) int moved, @ForAll @IntRange(min = 2, max = 4) int by) {
    int[] bounds = {excellent, good, excellent, fair, good, fair};
    assertThat(Check.findings(BANDS.formatted(bounds[0], bounds[1], bounds[2], bounds[3], bounds[4], bounds[5]), "grade.bands")).isEmpty();
    bounds[moved] += by;
    assertThat(Check.findings(BANDS.formatted(bounds[0], bounds[1], bounds[2], bounds[3], bounds[4], bounds[5]), "grade.bands")).hasSize(1);
  }
}
