package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GradePercentRuleTest {
  @Test
  void roundedSharesHoldAndAddUpTo100() {
    assertThat(Check.findings("自评项目共36个。结果为“优”的项目13个，占自评项目36.11 %；结果为“良”的项目3个，占8.33%；结果为“中”的项目17个，占47.22%；结果为“差”的项目3个，占8.33%。",
        "grade.percent")).isEmpty();
  }

  @Test
  void aWrongShareIsFlagged() {
    var f = Check.findings("自评项目共36个。结果为“优”的项目13个，占自评项目38.11 %；结果为“良”的项目23个，占63.89%。", "grade.percent");
    assertThat(f).extracting(x -> x.subject()).contains("优");
    assertThat(f).anySatisfy(x -> assertThat(x.expected()).isEqualTo("36.11%"));
  }

  /** 优良率 against the counts of 优 and 良: over the project count, or over the counts when none is stated. */
  @Test
  void theShareGradedGoodOrBetter() {
    String counted = "三、自评结果\n本年度自评项目共20个。其中：结果为“优”的项目15个；结果为“良”的项目3个；结果为“中”的项目2个，优良率%s%%。";
    assertThat(Check.findings(counted.formatted("90.00"), "grade.percent")).isEmpty();
    assertThat(Check.findings(counted.formatted("95.00"), "grade.percent")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("90.00%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("95.00%", "15个", "3个", "2个");
    });
    String uncounted = "三、自评结果\n5个项目中，自评等级为“优”的4个，“良”的1个，优良率%s%%。";
    assertThat(Check.findings(uncounted.formatted("100"), "grade.percent")).isEmpty();
    assertThat(Check.findings(uncounted.formatted("90"), "grade.percent")).hasSize(1);
    assertThat(Check.findings("三、自评结果\n自评得分90分以上的7个，80至90分的3个，优良率100%。", "grade.percent"))
        .as("groups of scores, not grades").isEmpty();
    // a township's list of grades after its first (…为优的12个，良2个，中1个，差0个): 14 of 15 are 优 or 良
    String listed = "二、自评结果\n全年纳入自评范围的项目共15个。15个项目中，自评等级为优的12个，良2个，中1个，差0个，优良率%s%%。";
    assertThat(Check.findings(listed.formatted("93.33"), "grade.percent")).isEmpty();
    assertThat(Check.findings(listed.formatted("80.00"), "grade.percent")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("93.33%"));
    assertThat(Check.findings("二、自评结果\n全年纳入自评范围的项目共15个。自评等级为优的项目12个，优良率93.33%。", "grade.percent"))
        .as("优 counted, 良 not: nothing to hold the rate to").isEmpty();
  }
}
