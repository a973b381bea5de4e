package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.record.Severity;
import org.junit.jupiter.api.Test;

class ScoreBandRuleTest {
  private static final String BANDS = "评分标准：90（含）-100分为优、80（含）-90分为良、60（含）-80分为中、60分以下为差。";

  @Test
  void gradeWithinItsStatedBand() {
    assertThat(Check.findings(BANDS + "部门整体绩效自评合计得分85.5分，评价等级为良。", "score.band")).isEmpty();
  }

  @Test
  void gradeOutsideItsStatedBandIsAnError() {
    assertThat(Check.findings(BANDS + "部门整体绩效自评合计得分85.5分，评价等级为优。", "score.band")).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.expected()).isEqualTo("良");
        });
  }

  @Test
  void withoutStatedBandsOnlyAWarning() {
    assertThat(Check.findings("部门整体绩效自评合计得分96.37分，评价等级为\"优\"。", "score.band")).isEmpty();
    assertThat(Check.findings("部门整体绩效自评合计得分76.37分，评价等级为\"优\"。", "score.band")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  /** A self-evaluation is scored out of 100: a total above it is a warning, graded or not. */
  @Test
  void aTotalAboveFullMarks() {
    assertThat(Check.findings("五、自评结论\n本单位部门整体绩效评价自评分为95.29分。", "score.band")).isEmpty();
    assertThat(Check.findings("五、自评结论\n本单位部门整体绩效评价自评分为101.96分。", "score.band")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.stated()).isEqualTo("101.96分");
    });
    assertThat(Check.findings("五、自评结论\n本单位自评分为100分。", "score.band")).as("full marks").isEmpty();
    // parts with their weights set the full marks, and score.weight holds each part to its own
    assertThat(Check.findings("五、自评结论\n经自评，本项目综合得分102分，其中决策指标得分14分（满分15分），过程指标得分88分（满分90分）。",
        "score.band")).as("weighted parts").isEmpty();
  }

  /** Each project its entry scores and grades is held to the report's bands, or to the usual ones with a warning. */
  @Test
  void eachProjectsGradeAgainstItsScore() {
    String projects = """
        某县农业农村局2024年度部门整体支出绩效自评报告
        （一）高标准农田建设项目：预算资金6400.00万元，实际支出6218.24万元，执行率97.16%%。自评得分95分，等级为优。
        （二）农村人居环境整治项目：预算3120.00万元，支出3007.68万元，执行率96.40%%。自评得分%s分，等级为%s。
        """;
    assertThat(Check.findings(projects.formatted("89", "良"), "score.band")).isEmpty();
    assertThat(Check.findings(projects.formatted("86", "优"), "score.band")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.subject()).isEqualTo("农村人居环境整治项目评价等级");
      assertThat(f.stated()).isEqualTo("优");
      assertThat(f.expected()).isEqualTo("良");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("86分", "农村人居环境整治项目");
    });
    assertThat(Check.findings(BANDS + "\n" + projects.formatted("86", "优"), "score.band")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
  }
}
