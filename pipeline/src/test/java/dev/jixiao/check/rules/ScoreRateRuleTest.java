package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.extract.form.FormFixture;
import dev.jixiao.pipeline.Pipelines;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Severity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A form's funds row scored against 分值 × 执行率 (FormFixture's 分值 is 10, as in the template), in
 * a 自评表 as a web page: 40.20 of 41.60 is 96.63%, which scores 9.663.
 */
class ScoreRateRuleTest {
  private static final FormFixture.Form FORM = FormFixture.Form.of("农村公厕保洁费", "41.60", "40.20", "96.63", FormFixture.indicators());

  private static List<Finding> findings(FormFixture.Form form) {
    return findings(FormFixture.html(List.of(form)));
  }

  private static List<Finding> findings(String html) {
    return Pipelines.standard().process("form.html", html.getBytes(StandardCharsets.UTF_8)).findings().stream()
        .filter(f -> f.rule().equals("score.rate")).toList();
  }

  @Test
  void theScoreItsRateGivesIsFineToAnyRoundingOfIt() {
    assertThat(FORM.fundScore()).isEqualTo("9.66");
    assertThat(findings(FORM)).isEmpty();
    assertThat(findings(FORM.withFundScore("9.7"))).isEmpty();
    assertThat(findings(FORM.withFundScore("10"))).as("10 stands for 9.5 to 10.5").isEmpty();
  }

  @Test
  void aScoreTheRateDoesNotGiveIsAWarningWithTheThreeCells() {
    assertThat(findings(FORM.withFundScore("9.86"))).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.subject()).isEqualTo("年度资金总额");
      assertThat(f.stated()).isEqualTo("9.86");
      assertThat(f.expected()).isEqualTo("9.66");
      assertThat(f.message()).startsWith("“年度资金总额”分值10分、执行率96.63%，得分应约为9.66分，表中写的是9.86分。");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("9.86", "10", "96.63%");
    });
    assertThat(findings(FORM.withFundScore("9"))).as("9 stands for 8.5 to 9.5").hasSize(1);
  }

  /** Spending above the budget scores the whole 分值, and no more. */
  @Test
  void aRateAbove100PercentScoresTheWholeWeight() {
    FormFixture.Form over = FormFixture.Form.of("农村公厕保洁费", "41.60", "43.68", "105.00", FormFixture.indicators()).withFundScore("10");

    assertThat(findings(over)).isEmpty();
    assertThat(findings(over.withFundScore("10.50"))).singleElement().satisfies(f -> assertThat(f.expected()).isEqualTo("10"));
  }

  /** A department's form is scored alike; its score is the report's. */
  @Test
  void aDepartmentsFundsRowIsCheckedToo() {
    FormFixture.Form unit = FormFixture.Form.ofDepartment("新造镇人民政府", "37497.28", "35616.40", "94.98", FormFixture.indicators());

    assertThat(findings(unit)).isEmpty();
    assertThat(findings(unit.withFundScore("8.50"))).singleElement().satisfies(f -> assertThat(f.expected()).isEqualTo("9.5"));
  }

  /** A form whose score header writes its formula, 得分（20分*执行率）, and has no 分值 column: 90% of 20 is 18. */
  @Test
  void theWeightInAScoreHeadersFormulaIsChecked() {
    assertThat(findings(FormFixture.formulaHeaderHtml("120.00", "108.00", "90.00", "18", "96"))).isEmpty();
    assertThat(findings(FormFixture.formulaHeaderHtml("120.00", "108.00", "90.00", "20", "98"))).singleElement().satisfies(f -> {
      assertThat(f.stated()).isEqualTo("20");
      assertThat(f.expected()).isEqualTo("18");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("20", "20", "90.00%");
    });
  }

  @Test
  void partsStatedWithoutARateAreNotChecked() {
    assertThat(Check.findings("经自评，决策指标得分18分，过程指标得分19.5分，产出指标得分35分，效益指标得分20分，综合得分92.5分。", "score.rate"))
        .isEmpty();
  }
}
