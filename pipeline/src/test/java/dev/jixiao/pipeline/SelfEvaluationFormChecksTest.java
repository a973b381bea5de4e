package dev.jixiao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.extract.form.FormFixture;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cross-checks on 项目支出绩效自评表 (Word, as FormFixture writes the template) filled with
 * guraozhen-2024's projects: a form as its filler computes it flags only its missed target; a wrong
 * 总分 or 执行率 is an error with the cells it compares.
 */
class SelfEvaluationFormChecksTest {
  private static final Pipeline PIPELINE = Pipelines.standard();

  private static Report check(List<FormFixture.Form> forms) {
    return PIPELINE.process("forms.docx", FormFixture.docx(forms));
  }

  @Test
  void aConsistentFormFlagsOnlyItsMissedTarget() {
    // 13.53 of 60 is 22.55%, and the 22.54% written is within its rounding
    Report r = check(List.of(FormFixture.ofSampleProject("信访工作经费七(超收分成)")));

    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("target.missed");
      assertThat(f.stated()).isEqualTo("96%");
      assertThat(f.expected()).isEqualTo("≥98%");
    });
  }

  @Test
  void aTotalScoreThatIsNotTheSumOfItsPartsIsAnError() {
    Report r = check(List.of(FormFixture.ofSampleProject("信访工作经费七(超收分成)").withTotal("93.25")));

    Finding f = only(r, "score.sum");
    assertThat(f.stated()).isEqualTo("93.25");
    assertThat(f.expected()).startsWith("90.25");
    assertThat(f.evidence()).extracting(e -> e.quote()).contains("93.25", "2.25", "18");
  }

  /** In a report's appendix of forms, each form's 总分 is held to its own parts. */
  @Test
  void eachFormsTotalIsHeldToItsOwnParts() {
    Report r = check(List.of(FormFixture.ofSampleProject("人居环境整治三(非税收入)"),
        FormFixture.ofSampleProject("信访工作经费七(超收分成)").withTotal("93.25"), FormFixture.ofSampleProject("医保筹资运行经费")));

    Finding f = only(r, "score.sum");
    assertThat(f.message()).startsWith("“信访工作经费七(超收分成)”各项得分合计90.25分，与总分93.25不符。");
    assertThat(f.evidence().get(0).start()).isEqualTo(r.projects().get(1).score().evidence().start());
  }

  @Test
  void anExecutionRateThatIsNotSpendingOverBudgetIsAnError() {
    Report r = check(List.of(FormFixture.ofSampleProject("人居环境整治三(非税收入)").withRate("90.00")));

    Finding f = only(r, "project.rate");
    assertThat(f.stated()).isEqualTo("90.00%");
    assertThat(f.evidence()).extracting(e -> e.quote()).contains("150", "90.00%");
  }

  /**
   * 28 written for 18 under a 分值 of 20, and carried into 总分: the sum is right, the part is not.
   * In a form among others, the finding names its project.
   */
  @Test
  void aScoreAboveItsWeightIsAnError() {
    List<FormFixture.Indicator> slipped = FormFixture.indicators().stream()
        .map(i -> i.name().equals("保洁合格率") ? new FormFixture.Indicator(i.level1(), i.level2(), i.name(), i.target(), i.actual(),
            i.weight(), "28", i.reason()) : i)
        .toList();
    FormFixture.Form form = FormFixture.Form.of("人居环境整治三(非税收入)", "150", "150", "100", slipped);

    Report alone = check(List.of(form));
    assertThat(alone.findings()).extracting(Finding::rule).containsExactlyInAnyOrder("target.missed", "score.weight");
    Finding f = only(alone, "score.weight");
    assertThat(f.message()).startsWith("“保洁合格率”得分28分，高于其分值20分。");
    assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("28", "20");

    Report among = check(List.of(FormFixture.ofSampleProject("医保筹资运行经费"), form));
    assertThat(only(among, "score.weight").message()).startsWith("“人居环境整治三(非税收入)”中“保洁合格率”得分28分");
  }

  /**
   * The funds row scores 分值 × 执行率: 22.54% of 10 is 2.25, and 2.55 typed for it (and carried into
   * 总分) is a warning with the row's three cells.
   */
  @Test
  void aFundsScoreThatIsNotItsRateOfTheWeightIsAWarning() {
    Report r = check(List.of(FormFixture.ofSampleProject("信访工作经费七(超收分成)").withFundScore("2.55")));

    assertThat(r.findings()).extracting(Finding::rule).containsExactlyInAnyOrder("target.missed", "score.rate");
    Finding f = only(r, "score.rate");
    assertThat(f.expected()).isEqualTo("2.25");
    assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("2.55", "10", "22.54%");
  }

  /**
   * A form's figures stand in the record out of the text's order (its cells are read apart from the text around them): no rule
   * may fail on them. spending.rate did, reading the words between a rate and the figure after it as a span of the text.
   */
  @Test
  void aFormWithNothingSpentFailsNoRule() {
    List<FormFixture.Indicator> met = List.of("服务对象覆盖率", "资金拨付及时率", "设施完好率", "问题整改率", "群众满意度", "工作完成率").stream()
        .map(n -> new FormFixture.Indicator("产出指标", "质量指标", n, "≥50%", "50%", 5, "5", "")).toList();
    Report r = check(List.of(FormFixture.Form.of("项目100", "1.00", "0.00", "0.00", met)));
    assertThat(r.findings()).isEmpty();
  }

  /**
   * Fillers often write an actual as a bare number under a target with its unit (≥50个 over 50, as
   * in 棠溪镇's 2022 form): it is measured in the target's unit.
   */
  @Test
  void anActualWithoutItsUnitIsHeldToItsTarget() {
    List<FormFixture.Indicator> bare = List.of(
        new FormFixture.Indicator("产出指标", "数量指标", "委托业务项目数量", "≥50个", "45", 40, "36", "部分项目延期"),
        new FormFixture.Indicator("产出指标", "质量指标", "报告合格率", "100%", "100", 30, "30", ""),
        new FormFixture.Indicator("产出指标", "成本指标", "项目总成本", "≤90万元", "89.97", 20, "20", ""));
    Report r = check(List.of(FormFixture.Form.of("委托业务项目", "90", "89.97", "99.97", bare)));

    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("target.missed");
      assertThat(f.subject()).isEqualTo("委托业务项目数量");
      assertThat(f.stated()).isEqualTo("45个");
      assertThat(f.expected()).isEqualTo("≥50个");
    });
    assertThat(r.figures()).filteredOn(f -> "actual".equals(f.role())).extracting(f -> f.text() + f.unit())
        .containsExactly("45个", "100%", "89.97万元");
  }

  /** 年度资金总额 is the sum of the rows under it: a 上年结转资金 beside a 当年财政拨款 that is already the whole is an error, in each column. */
  @Test
  void fundsRowsThatAddUpToMoreThanTheirTotalAreAnError() {
    Report r = check(List.of(FormFixture.ofSampleProject("信访工作经费七(超收分成)").withCarryover("5", "2")));

    List<Finding> sums = r.findings().stream().filter(f -> f.rule().equals("breakdown.sum")).toList();
    assertThat(sums).extracting(Finding::stated).containsExactly("60", "60", "13.53");
    assertThat(sums).extracting(Finding::expected).containsExactly("65万元", "65万元", "15.53万元");
    assertThat(sums.get(2).evidence()).extracting(e -> e.quote()).containsExactly("13.53", "13.53", "2");
    // the cell is written without its unit, which the form's 项目资金（万元） gives: the sentence names it
    assertThat(sums.get(2).message()).startsWith("“年度资金总额 全年执行数”写作13.53万元，各分项合计为15.53万元");
  }

  /**
   * A form whose 年度资金总额： row was left at 0 while the row under it, 本年财政拨款, holds the
   * money (as a township's 2022 form was published): each money column is an error, labelled
   * without the colon.
   */
  @Test
  void aFundsTotalLeftAtZeroUnderItsPartsIsAnErrorInEachColumn() {
    String html = """
        <html><head><meta charset="utf-8"></head><body><h2>项目支出绩效自评表</h2><p>（2022年度）</p>
        <table border="1">
        <tr><td colspan="2">项目名称</td><td colspan="7">委托业务项目</td></tr>
        <tr><td colspan="2" rowspan="4">项目资金（万元）</td><td></td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>
        <tr><td>年度资金总额：</td><td>0</td><td>0</td><td>0</td><td>10</td><td>0</td><td>0</td></tr>
        <tr><td>其中：本年财政拨款</td><td>90</td><td>89.974</td><td>89.974</td><td>—</td><td>—</td><td>—</td></tr>
        <tr><td>上年结转资金</td><td></td><td></td><td></td><td>—</td><td>—</td><td>—</td></tr>
        <tr><td>总分</td><td colspan="8">90</td></tr>
        </table></body></html>
        """;
    Report r = PIPELINE.process("form.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(r.findings()).extracting(Finding::rule).containsOnly("breakdown.sum");
    assertThat(r.findings()).extracting(Finding::subject)
        .containsExactly("年度资金总额 年初预算数", "年度资金总额 全年预算数", "年度资金总额 全年执行数");
    assertThat(r.findings()).extracting(Finding::expected).containsExactly("90万元", "89.974万元", "89.974万元");
  }

  /**
   * Sichuan's form is checked as the Ministry's: filled in as computed it flags only its missed
   * target, stated with the unit its own cell gives (≥ · 98 · %); a wrong 合计 is an error.
   */
  @Test
  void sichuansFormIsCheckedAlike() {
    FormFixture.Form form = FormFixture.ofSampleProject("信访工作经费七(超收分成)").in(FormFixture.Layout.SICHUAN);

    assertThat(check(List.of(form)).findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("target.missed");
      assertThat(f.stated()).isEqualTo("96%");
      assertThat(f.expected()).isEqualTo("≥98%");
    });
    Finding sum = only(check(List.of(form.withTotal("93.25"))), "score.sum");
    assertThat(sum.expected()).startsWith("90.25");
    assertThat(only(check(List.of(form.withFundScore("2.55"))), "score.rate").expected()).isEqualTo("2.25");
  }

  /** A department's form is the unit's totals: its execution rate is held to its spending over its budget. */
  @Test
  void aDepartmentsRateThatIsNotItsSpendingOverItsBudgetIsAnError() {
    FormFixture.Form unit = FormFixture.Form.ofDepartment("新造镇人民政府", "37497.28", "35616.40", "94.98", FormFixture.indicators());

    assertThat(check(List.of(unit)).findings()).extracting(Finding::rule).containsExactly("target.missed");
    Finding f = only(check(List.of(unit.withRate("89.98"))), "total.rate");
    assertThat(f.evidence()).extracting(e -> e.quote()).contains("37497.28", "35616.40", "89.98%");
  }

  /**
   * Hunan's department form: its breakdowns by the nature of the money add up as the Ministry's
   * rows under 年度资金总额 do. A 其他资金 beside 一般公共预算 that is already the whole budget is an
   * error naming the 按收入性质分 it breaks down, with each cell it adds; the spending's side is not.
   */
  @Test
  void hunansBreakdownsByNatureAddUpToTheirTotals() {
    FormFixture.Form unit = FormFixture.Form.ofDepartment("衡山县贯塘乡人民政府", "2030.12", "1925.67", "94.86", FormFixture.indicators())
        .in(FormFixture.Layout.HUNAN);

    assertThat(check(List.of(unit)).findings()).extracting(Finding::rule).containsExactly("target.missed");
    Finding f = only(check(List.of(unit.withCarryover("585.62", "0"))), "breakdown.sum");
    assertThat(f.subject()).isEqualTo("按收入性质分");
    assertThat(f.stated()).isEqualTo("2030.12");
    assertThat(f.expected()).isEqualTo("2615.74万元");
    assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("2030.12", "2030.12", "585.62");
  }

  /**
   * Forms repeat their indicators' names: each target is held against the actual of its own form
   * (the second form's ≥98% against its own 96%, not the first form's), and the finding names the form's project.
   */
  @Test
  void eachFormsTargetsMeetTheirOwnActuals() {
    FormFixture.Form missed = FormFixture.ofSampleProject("信访工作经费七(超收分成)");
    List<FormFixture.Indicator> met = missed.indicators().stream()
        .map(i -> i.name().equals("保洁合格率") ? new FormFixture.Indicator(i.level1(), i.level2(), i.name(), "≥95%", "96%", i.weight(), "20", "") : i)
        .toList();
    FormFixture.Form first = FormFixture.Form.of("人居环境整治三(非税收入)", "150", "150", "100", met);

    Report r = check(List.of(first, missed));

    assertThat(r.findings()).extracting(Finding::rule).containsExactly("target.missed");
    assertThat(r.findings().get(0).evidence()).allSatisfy(e -> assertThat(e.start()).isGreaterThan(r.projects().get(1).evidence().start()));
    // and says whose target it is, since every form names its indicators alike
    assertThat(r.findings().get(0).message()).startsWith("“信访工作经费七(超收分成)”中指标“保洁合格率”目标为≥98%，实际完成96%");
  }

  private static Finding only(Report r, String rule) {
    List<Finding> found = r.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    assertThat(found).as(r.findings().toString()).hasSize(1);
    return found.get(0);
  }
}
