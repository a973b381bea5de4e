package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GradeListedRuleTest {
  private static final String REPORT = """
      某县农业农村局2024年度部门整体支出绩效自评报告
      （一）高标准农田建设项目：预算资金6400.00万元，实际支出6218.24万元。自评得分95分，等级为优。
      （二）农业产业化发展项目：预算2850.00万元，支出2790.15万元。自评得分93分，等级为%s。
      （三）农村人居环境整治项目：预算3120.00万元，支出3007.68万元。自评得分89分，等级为良。
      3个项目中，自评等级为“优”的%d个，“良”的%d个。
      """;

  @Test
  void theCountsOfTheListedProjectsGradesHold() {
    assertThat(Check.findings(REPORT.formatted("优", 2, 1), "grade.listed")).isEmpty();
    assertThat(Check.findings(REPORT.formatted("良", 1, 2), "grade.listed")).isEmpty();
  }

  /** One project graded otherwise moves two counts: one finding names both, with the counts and the projects of those grades. */
  @Test
  void aGradeCountedOtherwiseIsOneFinding() {
    assertThat(Check.findings(REPORT.formatted("良", 2, 1), "grade.listed")).singleElement().satisfies(f -> {
      assertThat(f.stated()).isEqualTo("“优”2个、“良”1个");
      assertThat(f.expected()).isEqualTo("“优”1个、“良”2个");
      assertThat(f.evidence()).extracting(e -> e.quote()).startsWith("2个", "1个").hasSize(5);
    });
  }

  /** Counts over more projects than the report lists (all of a unit's, three described) are not held to the three. */
  @Test
  void countsOverOtherProjectsAreNotHeldToTheListedOnes() {
    assertThat(Check.findings(REPORT.formatted("优", 12, 3).replace("3个项目中", "全部15个项目中"), "grade.listed")).isEmpty();
    assertThat(Check.findings(REPORT.formatted("优", 2, 1).replace("自评得分89分，等级为良。", ""), "grade.listed"))
        .as("a project without its grade").isEmpty();
  }
}
