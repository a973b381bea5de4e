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
}
