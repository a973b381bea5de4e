package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GradeCountRuleTest {
  @Test
  void countsAddUp() {
    assertThat(Check.findings("本年度自评项目共20个。其中：结果为“优”的项目15个；结果为“良”的项目5个。", "grade.count")).isEmpty();
  }

  @Test
  void countsDoNotAddUp() {
    assertThat(Check.findings("本年度自评项目共20个。其中：结果为“优”的项目15个；结果为“良”的项目6个。", "grade.count")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("21个"));
  }

  @Test
  void scoreGroupsCountToo() {
    assertThat(Check.findings("共涉及10个预算项目。自评得分90分以上的7个，得分60至90分2个，60分以下1个。", "grade.count")).isEmpty();
    assertThat(Check.findings("共涉及10个预算项目。自评得分90分以上的7个，得分60至90分2个，60分以下2个。", "grade.count")).hasSize(1);
  }

  /** Grades listed after 评为, or bare after 其中, count as the quoted ones do. */
  @Test
  void gradesListedInShortWords() {
    assertThat(Check.findings("本年度自评项目共15个。其中评为优的12个，良的2个，中的1个。", "grade.count")).isEmpty();
    assertThat(Check.findings("本年度自评项目共15个。其中优12个，良2个，中2个。", "grade.count")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("16个"));
  }
}
