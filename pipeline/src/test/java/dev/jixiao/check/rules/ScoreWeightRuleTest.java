package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.extract.form.FormFixture;
import dev.jixiao.pipeline.Pipelines;
import dev.jixiao.record.Finding;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 得分 against 分值 in a 自评表 (FormFixture, as a web page); parts the report states without a weight are not checked. */
class ScoreWeightRuleTest {
  private static List<Finding> findings(String score) {
    List<FormFixture.Indicator> indicators = FormFixture.indicators().stream()
        .map(i -> i.name().equals("保洁公厕数量") ? new FormFixture.Indicator(i.level1(), i.level2(), i.name(), i.target(), i.actual(),
            i.weight(), score, i.reason()) : i)
        .toList();
    String html = FormFixture.html(List.of(FormFixture.Form.of("农村公厕保洁费", "41.60", "40.20", "96.63", indicators)));
    return Pipelines.standard().process("form.html", html.getBytes(StandardCharsets.UTF_8)).findings().stream()
        .filter(f -> f.rule().equals("score.weight")).toList();
  }

  @Test
  void aScoreAtItsWeightIsFine() {
    assertThat(findings("20")).isEmpty();
  }

  @Test
  void aScoreAboveItsWeightIsAnErrorByAnyMargin() {
    assertThat(findings("21")).singleElement().satisfies(f -> {
      assertThat(f.stated()).isEqualTo("21");
      assertThat(f.expected()).isEqualTo("≤20");
    });
    assertThat(findings("20.5")).hasSize(1);
  }

  @Test
  void partsStatedWithoutAWeightAreNotChecked() {
    assertThat(Check.findings("经自评，决策指标得分18分，过程指标得分19.5分，产出指标得分35分，效益指标得分20分，综合得分92.5分。", "score.weight"))
        .isEmpty();
  }

  /** A report's sentence may state each part's weight after it (满分15分); a one-project report's score is its project's (本项目). */
  @Test
  void weightsStatedInParenthesesAfterEachPart() {
    String score = "三、绩效自评结论\n经自评，本项目综合得分%s分，其中决策指标得分14分（满分15分），过程指标得分%s分（满分20分），"
        + "产出指标得分38分（满分40分），效益指标得分24分（满分25分），评价等级为“优”。";
    assertThat(Check.findings(score.formatted("94", "18"), "score.weight")).isEmpty();
    assertThat(Check.findings(score.formatted("94", "18"), "score.sum")).isEmpty();
    assertThat(Check.findings(score.formatted("97", "21"), "score.weight")).singleElement().satisfies(f -> {
      assertThat(f.message()).startsWith("“过程”得分21分，高于其分值20分。");
      assertThat(f.expected()).isEqualTo("≤20分");
    });
  }

  /**
   * Or list the weights in parentheses before the total (按照评价指标体系（决策20分、过程20分…），本项目自评总分…，其中：决策17.00分…):
   * those are no second scores of the parts (restated) but their weights, which a part scored above breaks.
   */
  @Test
  void weightsListedBeforeTheTotal() {
    String score = "四、自评结论\n按照绩效评价指标体系（决策20分、过程20分、产出40分、效益20分），本项目自评总分%s分，"
        + "其中：决策%s分、过程15.50分、产出30.00分、效益16.00分，评价等级为“中”。";
    assertThat(Check.findings(score.formatted("78.50", "17.00"), "score.weight")).isEmpty();
    assertThat(Check.findings(score.formatted("78.50", "17.00"), "restated")).as("weights are no restatements").isEmpty();
    assertThat(Check.findings(score.formatted("78.50", "17.00"), "score.sum")).isEmpty();
    assertThat(Check.findings(score.formatted("82.50", "21.00"), "score.weight")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("≤20分"));
  }
}
