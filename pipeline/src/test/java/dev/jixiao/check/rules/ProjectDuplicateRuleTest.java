package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.record.Severity;
import org.junit.jupiter.api.Test;

class ProjectDuplicateRuleTest {
  @Test
  void theSameEntryTwice() {
    var f = Check.findings("""
        2024年我镇计生补助经费项目全年预算为5.00万元。完成0.99万元，完成项目的19.83%。
        2024年我镇计生补助经费项目全年预算为5.00万元。完成0.99万元，完成项目的19.83%。
        """, "project.duplicate");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.WARNING);
      assertThat(x.subject()).isEqualTo("计生补助经费");
      assertThat(x.evidence()).hasSize(2);
    });
  }

  @Test
  void sameNameDifferentFiguresAreTwoProjects() {
    assertThat(Check.findings("""
        2024年我镇综合工作经费项目全年预算为383万元。完成238.17万元，完成项目的62.18%。
        2024年我镇综合工作经费项目全年预算为75.46万元。完成43.33万元，完成项目的57.42%。
        """, "project.duplicate")).isEmpty();
  }
}
