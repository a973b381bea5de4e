package dev.jixiao.extract.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.jixiao.extract.EvidenceContract;
import dev.jixiao.extract.Extraction;
import dev.jixiao.record.Figure;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.record.Project;
import dev.jixiao.record.Report;
import dev.jixiao.record.ScoreComponent;
import dev.jixiao.record.Status;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 项目支出绩效自评表 in each format that keeps a table, filled with projects of guraozhen-2024 as the
 * report states them (FormFixture): each form is one project with its budget, spending, rate and
 * score, its indicators are targets and actuals, and a document of one form has the form's score.
 */
class SelfEvaluationFormTest {
  private static final List<String> PROJECTS = List.of("信访工作经费七(超收分成)", "人居环境整治三(非税收入)", "医保筹资运行经费");

  static Stream<Arguments> formats() {
    Function<List<FormFixture.Form>, byte[]> html = f -> FormFixture.html(f).getBytes(StandardCharsets.UTF_8);
    Function<List<FormFixture.Form>, byte[]> docx = FormFixture::docx;
    Function<List<FormFixture.Form>, byte[]> xlsx = FormFixture::xlsx;
    Function<List<FormFixture.Form>, byte[]> oneSheet = FormFixture::xlsxOneSheet;
    Function<List<FormFixture.Form>, byte[]> xls = FormFixture::xls;
    Function<List<FormFixture.Form>, byte[]> pdf = FormFixture::pdf;
    Function<List<FormFixture.Form>, byte[]> markdown = f -> FormFixture.markdown(f).getBytes(StandardCharsets.UTF_8);
    return Stream.of(Arguments.of("forms.html", html), Arguments.of("forms.docx", docx), Arguments.of("forms.xlsx", xlsx),
        Arguments.of("one-sheet.xlsx", oneSheet), Arguments.of("forms.xls", xls), Arguments.of("forms.pdf", pdf),
        Arguments.of("forms.md", markdown));
  }

  private static Report extract(String file, Function<List<FormFixture.Form>, byte[]> writer, List<FormFixture.Form> forms) {
    return Extraction.of(file, writer.apply(forms));
  }

  private static List<FormFixture.Form> sampleForms() {
    return PROJECTS.stream().map(FormFixture::ofSampleProject).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void eachFormIsItsProjectWithTheFiguresOfItsCells(String file, Function<List<FormFixture.Form>, byte[]> writer) {
    Report r = extract(file, writer, sampleForms());

    assertThat(r.status()).isEqualTo(Status.OK);
    assertThat(r.errors()).isEmpty();
    assertThat(r.fiscalYear()).isEqualTo(2024);
    assertThat(r.projects()).extracting(Project::name, p -> p.budget().text(), p -> p.budget().unit(), p -> p.expenditure().text(),
        p -> p.completionRate().value(), p -> p.score().value()).containsExactly(
            tuple("信访工作经费七(超收分成)", "60", MoneyUnit.WAN_YUAN, "13.53", new BigDecimal("22.54"), new BigDecimal("90.25")),
            tuple("人居环境整治三(非税收入)", "150", MoneyUnit.WAN_YUAN, "150", new BigDecimal("100"), new BigDecimal("98.00")),
            tuple("医保筹资运行经费", "4.68", MoneyUnit.WAN_YUAN, "4.21", new BigDecimal("90.07"), new BigDecimal("97.01")));
    for (Project p : r.projects()) {
      assertThat(p.scoreComponents()).extracting(ScoreComponent::name)
          .containsExactly("年度资金总额", "保洁公厕数量", "保洁合格率", "完成及时率", "农村人居环境改善", "群众满意度");
      assertThat(p.budget().evidence().quote()).isEqualTo(p.budget().text());
      assertThat(r.text().substring(p.score().evidence().start(), p.score().evidence().end())).isEqualTo(p.score().text());
      assertThat(p.nameEvidence().quote()).isEqualTo(p.name());
    }
    // three forms are three projects' scores, none of them the document's
    assertThat(r.score()).isNull();
    assertThat(r.totals().budget()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void indicatorsAreTheTargetsAndActualsOfTheirProject(String file, Function<List<FormFixture.Form>, byte[]> writer) {
    Report r = extract(file, writer, List.of(FormFixture.ofSampleProject("医保筹资运行经费")));

    // 有效改善 is no figure; the other figures with a role came from a target or an actual cell
    assertThat(r.figures()).filteredOn(f -> f.role() != null).extracting(Figure::label, Figure::role, Figure::op, Figure::text, Figure::context).containsExactly(
        tuple("保洁公厕数量", "target", "≥", "30座", "医保筹资运行经费"),
        tuple("保洁公厕数量", "actual", null, "32座", "医保筹资运行经费"),
        tuple("保洁合格率", "target", "≥", "98%", "医保筹资运行经费"),
        tuple("保洁合格率", "actual", null, "96%", "医保筹资运行经费"),
        tuple("完成及时率", "target", null, "100%", "医保筹资运行经费"),
        tuple("完成及时率", "actual", null, "100%", "医保筹资运行经费"),
        tuple("群众满意度", "target", "≥", "90%", "医保筹资运行经费"),
        tuple("群众满意度", "actual", null, "92%", "医保筹资运行经费"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void aDocumentOfOneFormHasTheFormsScoreAndItsParts(String file, Function<List<FormFixture.Form>, byte[]> writer) {
    Report r = extract(file, writer, List.of(FormFixture.ofSampleProject("信访工作经费七(超收分成)")));

    assertThat(r.score().total().text()).isEqualTo("90.25");
    assertThat(r.score().components()).extracting(ScoreComponent::name, c -> c.score().text(), c -> c.weight().text()).containsExactly(
        tuple("年度资金总额", "2.25", "10"), tuple("保洁公厕数量", "20", "20"), tuple("保洁合格率", "18", "20"), tuple("完成及时率", "10", "10"),
        tuple("农村人居环境改善", "20", "20"), tuple("群众满意度", "20", "20"));
  }

  /** Forms of one implementing unit (实施单位 古饶镇财政所) name the document's unit, when nothing before them did. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void projectFormsOfOneImplementerNameTheUnit(String file, Function<List<FormFixture.Form>, byte[]> writer) {
    Report r = extract(file, writer, sampleForms());

    assertThat(r.unit().name()).isEqualTo("古饶镇财政所");
    assertThat(r.unit().evidence().quote()).isEqualTo("古饶镇财政所");
    assertThat(r.unit().township()).isEqualTo("古饶镇");
  }

  /**
   * Forms of two implementing units name none: the document is then not any one unit's report. A
   * unit named before the forms (单位名称：…) stays the unit.
   */
  @Test
  void formsOfSeveralImplementersNameNoUnitAndAFieldComesFirst() {
    String form = String.join("\n", "项目支出绩效自评表", "（2024年度）", "项目名称  %s", "主管部门  烈山区古饶镇人民政府  实施单位  %s",
        "项目资金（万元）  年初预算数  全年预算数  全年执行数  分值  执行率  得分", "年度资金总额  60  60  13.53  10  22.54%%  2.25", "总分  100  90.25", "");
    String financeOffice = form.formatted("信访工作经费七(超收分成)", "古饶镇财政所");
    String farmingCentre = form.formatted("人居环境整治三(非税收入)", "古饶镇农业综合服务中心");

    assertThat(Extraction.of(financeOffice).unit().name()).isEqualTo("古饶镇财政所");
    assertThat(Extraction.of(financeOffice + financeOffice.replace("信访工作经费七", "综合工作经费一")).unit().name()).isEqualTo("古饶镇财政所");
    assertThat(Extraction.of(financeOffice + farmingCentre).unit().name()).isNull();
    assertThat(Extraction.of("单位名称：烈山区古饶镇人民政府\n" + financeOffice).unit().name()).isEqualTo("烈山区古饶镇人民政府");
  }

  /** A web page that leaves out a row's empty last cell (偏差原因) still has its indicators read at the right places. */
  @Test
  void rowsWithoutTheirEmptyLastCellAreReadFromOneColumnLeft() {
    String html = FormFixture.html(List.of(FormFixture.ofSampleProject("医保筹资运行经费"))).replace("<td></td></tr>", "</tr>");
    Report r = Extraction.of("form.html", html.getBytes(StandardCharsets.UTF_8));

    assertThat(r.figures()).filteredOn(f -> f.role() != null).hasSize(8);
    assertThat(r.score().components()).hasSize(6);
    assertThat(r.projects()).singleElement().satisfies(p -> assertThat(p.score().text()).isEqualTo("97.01"));
  }

  /** The grade a form states beside its 总分 (自评等级：优) is its project's; a form that states none gives none. */
  @Test
  void theGradeBesideTheTotalIsTheProjects() {
    String html = FormFixture.html(List.of(FormFixture.ofSampleProject("医保筹资运行经费")));
    String graded = html.replaceFirst("(<td[^>]*>总分</td>.*?)<td></td></tr>", "$1<td>自评等级：优</td></tr>");
    assertThat(graded).contains("自评等级：优");
    assertThat(Extraction.of("form.html", graded.getBytes(StandardCharsets.UTF_8)).projects()).singleElement()
        .satisfies(p -> assertThat(p.grade()).isEqualTo("优"));
    assertThat(Extraction.of("form.html", html.getBytes(StandardCharsets.UTF_8)).projects()).singleElement()
        .satisfies(p -> assertThat(p.grade()).isNull());
  }

  /** A grade in a row of its own after the 总分, its word in one cell and the grade in the next, is the form's too. */
  @Test
  void theGradeInARowAfterTheTotal() {
    String html = FormFixture.html(List.of(FormFixture.ofSampleProject("医保筹资运行经费")));
    String graded = html.replaceFirst("(<td[^>]*>总分</td>.*?</tr>)", "$1<tr><td colspan=\"3\">自评等级</td><td colspan=\"5\">良</td></tr>");
    assertThat(graded).contains("<td colspan=\"3\">自评等级</td>");
    Report r = Extraction.of("form.html", graded.getBytes(StandardCharsets.UTF_8));
    EvidenceContract.assertEvidenceQuotesText(r);
    assertThat(r.projects()).singleElement().satisfies(p -> assertThat(p.grade()).isEqualTo("良"));
    assertThat(r.score().grade()).isEqualTo("良");
    assertThat(r.score().gradeEvidence().quote()).isEqualTo("良");
  }

  /** 新造镇's totals as its report states them, in the department's form: they are the record's totals, not a project. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void aDepartmentsFormGivesTheUnitsTotals(String file, Function<List<FormFixture.Form>, byte[]> writer) {
    FormFixture.Form unit = FormFixture.Form.ofDepartment("新造镇人民政府", "37497.28", "35616.40", "94.98", FormFixture.indicators());

    Report r = extract(file, writer, List.of(unit));

    assertThat(r.status()).isEqualTo(Status.OK);
    assertThat(r.projects()).isEmpty();
    assertThat(r.reportKind()).isEqualTo(dev.jixiao.record.ReportKind.DEPARTMENT_OVERALL);
    assertThat(r.unit().name()).isEqualTo("新造镇人民政府");
    assertThat(r.unit().evidence().quote()).isEqualTo("新造镇人民政府");
    assertThat(r.totals().budget().text()).isEqualTo("37497.28");
    assertThat(r.totals().budget().unit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(r.totals().expenditure().text()).isEqualTo("35616.40");
    assertThat(r.totals().executionRate().text()).isEqualTo("94.98%");
    assertThat(r.score().total().text()).isEqualTo("97.50");
    assertThat(r.score().components()).hasSize(6);
  }

  /** A report's appendix of the department's form and its projects' forms: totals from the one, projects from the others. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void aDepartmentsFormBesideItsProjectsForms(String file, Function<List<FormFixture.Form>, byte[]> writer) {
    List<FormFixture.Form> forms = new java.util.ArrayList<>();
    forms.add(FormFixture.Form.ofDepartment("烈山区古饶镇人民政府", "3232.37", "1500.00", "46.41", FormFixture.indicators()));
    forms.addAll(sampleForms());

    Report r = extract(file, writer, forms);

    assertThat(r.totals().budget().text()).isEqualTo("3232.37");
    assertThat(r.projects()).extracting(Project::name).containsExactlyElementsOf(PROJECTS);
    assertThat(r.score()).isNull();
  }

  /** What the report's own words state comes first; the form fills in what they leave out. */
  @Test
  void theReportsProseComesBeforeTheForm() {
    String form = FormFixture.html(List.of(FormFixture.Form.ofDepartment("新造镇人民政府", "37497.28", "35616.40", "94.98",
        FormFixture.indicators())));
    String html = form.replace("<body>\n", "<body>\n<h1>新造镇2024年度部门整体支出绩效自评报告</h1>\n<p>2024年度部门预算总额为37500.00万元。</p>\n");

    Report r = Extraction.of("report.html", html.getBytes(StandardCharsets.UTF_8));

    assertThat(r.totals().budget().text()).isEqualTo("37500.00万元");
    assertThat(r.totals().expenditure().text()).isEqualTo("35616.40");
  }

  /** Provinces word the template's headers their own way; the cells are found by what the words mean. */
  @Test
  void headersWordedOtherwise() {
    String html = FormFixture.html(List.of(FormFixture.ofSampleProject("医保筹资运行经费")))
        .replace("年初预算数", "年初预算数（万元）").replace("全年预算数", "全年预算数（A）").replace("全年执行数", "全年执行数（B）")
        .replace(">执行率<", ">执行率（B/A）<").replace("年度指标值", "年度目标值").replace("实际完成值", "全年实际值")
        .replace("项目名称", "项 目 名 称").replace(">总分<", ">自评 总分<").replaceFirst(">得分<", ">得分（10分*执行率）<");

    Report r = Extraction.of("form.html", html.getBytes(StandardCharsets.UTF_8));

    assertThat(r.projects()).singleElement().satisfies(p -> {
      assertThat(p.budget().text()).isEqualTo("4.68");
      assertThat(p.expenditure().text()).isEqualTo("4.21");
      assertThat(p.completionRate().text()).isEqualTo("90.07%");
      assertThat(p.score().text()).isEqualTo("97.01");
    });
    assertThat(r.score().components().get(0)).satisfies(funds -> {
      assertThat(funds.score().text()).isEqualTo("9.01");
      assertThat(funds.rate().text()).isEqualTo("90.07%");
    });
    assertThat(r.figures()).filteredOn(f -> f.role() != null).hasSize(8);
  }

  /**
   * A form without a 分值 column whose score header reckons the funds row's points, 得分（20分*执行率）:
   * the points are the part's weight, read where the header writes them.
   */
  @Test
  void aScoreHeadersFormulaGivesTheFundsRowsWeight() {
    String html = FormFixture.formulaHeaderHtml("120.00", "108.00", "90.00", "18", "96");
    Report r = Extraction.of("form.html", html.getBytes(StandardCharsets.UTF_8));

    assertThat(r.projects()).singleElement().satisfies(p -> {
      assertThat(p.budget().text()).isEqualTo("120.00");
      assertThat(p.completionRate().text()).isEqualTo("90.00%");
    });
    assertThat(r.score().components()).extracting(ScoreComponent::name, c -> c.score().text(), c -> c.weight() == null ? null : c.weight().text())
        .containsExactly(tuple("年度财政资金总额", "18", "20"), tuple("补助养老服务站点数（个）", "30", null), tuple("资金拨付及时率", "30", null),
            tuple("老年人满意度", "18", null));
    var weight = r.score().components().get(0).weight().evidence();
    assertThat(weight.quote()).isEqualTo("20");
    assertThat(r.text().substring(weight.start() - 3, weight.end() + 5)).isEqualTo("得分（20分*执行率");
  }

  /**
   * Sichuan's form (部门预算项目支出绩效自评表): the funds labelled 总额 under 年度预算数（万元）, which
   * heads the labels, not a column; 调整后预算数 the budget; 权重 for 分值; each target in three cells
   * (≥ · 98 · %) with a bare 完成值; the score in the 合计 row beside the weights' 100.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void sichuansFormIsReadByTheSameWords(String file, Function<List<FormFixture.Form>, byte[]> writer) {
    Report r = extract(file, writer, List.of(FormFixture.ofSampleProject("医保筹资运行经费").in(FormFixture.Layout.SICHUAN)));

    assertThat(r.projects()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("医保筹资运行经费");
      assertThat(p.budget().text()).isEqualTo("4.68");
      assertThat(p.expenditure().text()).isEqualTo("4.21");
      assertThat(p.completionRate().text()).isEqualTo("90.07%");
      assertThat(p.score().text()).isEqualTo("97.01");
    });
    assertThat(r.score().components()).extracting(ScoreComponent::name, c -> c.score().text(), c -> c.weight().text()).containsExactly(
        tuple("总额", "9.01", "10"), tuple("保洁公厕数量", "20", "20"), tuple("保洁合格率", "18", "20"), tuple("完成及时率", "10", "10"),
        tuple("农村人居环境改善", "20", "20"), tuple("群众满意度", "20", "20"));
    assertThat(r.figures()).filteredOn(f -> "target".equals(f.role()))
        .extracting(Figure::label, f -> f.op() == null ? "" : f.op(), Figure::text, Figure::unit)
        .containsExactly(tuple("保洁公厕数量", "≥", "30", "座"), tuple("保洁合格率", "≥", "98", "%"), tuple("完成及时率", "", "100", "%"),
            tuple("群众满意度", "≥", "90", "%"));
    assertThat(r.figures()).filteredOn(f -> "actual".equals(f.role())).extracting(f -> f.text() + f.unit())
        .containsExactly("32座", "96%", "100%", "92%");
    assertThat(r.figures()).filteredOn(f -> f.label().startsWith("单位资金")).extracting(Figure::text).containsExactly("0.00", "0.00", "0.00");
  }

  /** Other provinces name the indicator's columns 指标名称 and 计量单位: the same cells. */
  @Test
  void indicatorColumnsWordedOtherwise() {
    String html = FormFixture.html(List.of(FormFixture.ofSampleProject("医保筹资运行经费").in(FormFixture.Layout.SICHUAN)))
        .replace(">三级指标<", ">指标名称<").replace(">度量单位<", ">计量单位<");
    Report r = Extraction.of("form.html", html.getBytes(StandardCharsets.UTF_8));

    assertThat(r.figures()).filteredOn(f -> "target".equals(f.role())).extracting(Figure::label, f -> f.op() + f.text() + f.unit())
        .contains(tuple("保洁公厕数量", "≥30座"), tuple("保洁合格率", "≥98%"));
  }

  /** A 合计 row that adds up the weights and leaves its 得分 empty gives no score: 100 is no total. */
  @Test
  void aTotalRowWithoutItsScoreGivesNone() {
    String html = FormFixture.html(List.of(FormFixture.ofSampleProject("医保筹资运行经费").in(FormFixture.Layout.SICHUAN).withTotal("")));
    Report r = Extraction.of("form.html", html.getBytes(StandardCharsets.UTF_8));

    assertThat(r.projects()).singleElement().satisfies(p -> assertThat(p.score()).isNull());
    assertThat(r.score()).isNull();
  }

  /** The funds header's words as provinces write them, and the column each names. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("fundHeaders")
  void aFundsHeaderNamesItsColumn(String header, SelfEvaluationForm.FundColumn column) {
    assertThat(SelfEvaluationForm.FundColumn.of(header)).isEqualTo(column);
  }

  static Stream<Arguments> fundHeaders() {
    return Stream.of(Arguments.of("年初预算数", SelfEvaluationForm.FundColumn.INITIAL_BUDGET),
        Arguments.of("全年预算数（A）", SelfEvaluationForm.FundColumn.BUDGET), Arguments.of("全年(调整)预算数", SelfEvaluationForm.FundColumn.BUDGET),
        Arguments.of("调整后预算数", SelfEvaluationForm.FundColumn.BUDGET), Arguments.of("预算执行数", SelfEvaluationForm.FundColumn.SPENT),
        Arguments.of("执行率（B/A）", SelfEvaluationForm.FundColumn.RATE), Arguments.of("执行率(%)", SelfEvaluationForm.FundColumn.RATE),
        Arguments.of("分值", SelfEvaluationForm.FundColumn.WEIGHT), Arguments.of("权重", SelfEvaluationForm.FundColumn.WEIGHT),
        Arguments.of("执行率权重", SelfEvaluationForm.FundColumn.WEIGHT), Arguments.of("执行率得分(分)", SelfEvaluationForm.FundColumn.SCORE),
        Arguments.of("得分（20分*执行率）", SelfEvaluationForm.FundColumn.SCORE),
        Arguments.of("年度部门整体支出预算执行情况（万元）", null), Arguments.of("项目资金（万元）", null));
  }

  /** A list of units with their budget execution is a table of figures, not a department's form. */
  @Test
  void aListOfUnitsIsNoForm() {
    String html = "<html><body><h1>2024年度部门预算执行情况表</h1><table>"
        + "<tr><td>单位名称</td><td>全年预算数</td><td>全年执行数</td><td>执行率</td></tr>"
        + "<tr><td>新造镇人民政府</td><td>37497.28</td><td>35616.40</td><td>94.98%</td></tr>"
        + "<tr><td>合计</td><td>37497.28</td><td>35616.40</td><td>94.98%</td></tr></table></body></html>";

    Report r = Extraction.of("units.html", html.getBytes(StandardCharsets.UTF_8));

    assertThat(r.score()).isNull();
    assertThat(r.totals().budget()).isNull();
  }

  /**
   * A form pasted as text (or read by OCR) has its rows as lines: the funds are read from the
   * header's words and the 年度资金总额 line's figures in the same order, the name after 项目名称
   * and the 总分; the indicators, whose cells such lines run together, are not.
   */
  @Test
  void aFormWrittenAsLines() {
    Report r = Extraction.of(String.join("\n", "项目支出绩效自评表", "（2024年度）", "项目名称  信访工作经费七(超收分成)",
        "主管部门  烈山区古饶镇人民政府  实施单位  古饶镇财政所",
        "项目资金（万元）  年初预算数  全年预算数  全年执行数  分值  执行率  得分",
        "年度资金总额  60  60  13.53  10  22.54%  2.25",
        "其中：当年财政拨款  60  60  13.53  —  —  —",
        "绩效指标  一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分",
        "产出指标  数量指标  保洁公厕数量  ≥30座  32座  20  20",
        "总分  100  90.25", ""));

    assertThat(r.projects()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("信访工作经费七(超收分成)");
      assertThat(p.budget().text()).isEqualTo("60");
      assertThat(p.budget().unit()).isEqualTo(MoneyUnit.WAN_YUAN);
      assertThat(p.expenditure().text()).isEqualTo("13.53");
      assertThat(p.completionRate().text()).isEqualTo("22.54%");
      assertThat(p.score().text()).isEqualTo("90.25");
      assertThat(p.scoreComponents()).isEmpty();
    });
    assertThat(r.figures()).isEmpty();
  }

  /**
   * Sichuan's form as lines: 年度预算数（万元） heads the labels, 调整后预算数 is the budget, 权重 the
   * weight, and the funds line is 总额. Its 合计 line is the 总分 when it holds the weights' 100 and the
   * score; holding the 100 alone, it gives none.
   */
  @Test
  void sichuansFormWrittenAsLines() {
    List<String> form = List.of("部门预算项目支出绩效自评表", "项目名称  医保筹资运行经费",
        "主管部门  烈山区古饶镇人民政府  实施单位（盖章）  古饶镇财政所",
        "预算执行情况（10分）  年度预算数（万元）  年初预算  调整后预算数  预算执行数  预算执行率  权重  得分  原因",
        "总额  4.50  4.68  4.21  89.96%  10  9.00",
        "其中：财政资金  4.50  4.68  4.21  89.96%  /  /");
    Report r = Extraction.of(String.join("\n", form) + "\n合计  100  97.00\n");

    assertThat(r.projects()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("医保筹资运行经费");
      assertThat(p.budget().text()).isEqualTo("4.68");
      assertThat(p.budget().unit()).isEqualTo(MoneyUnit.WAN_YUAN);
      assertThat(p.expenditure().text()).isEqualTo("4.21");
      assertThat(p.completionRate().text()).isEqualTo("89.96%");
      assertThat(p.score().text()).isEqualTo("97.00");
    });
    assertThat(Extraction.of(String.join("\n", form) + "\n合计  100\n").projects()).singleElement()
        .satisfies(p -> assertThat(p.score()).isNull());
  }

  /**
   * A form whose cells are a line each, with blank lines between, as a crawler writes a page's
   * table: the funds header is a run of one-word lines, 年度资金总额 the line after it, its figures
   * the lines after that; the 总分 is the figure after the weights' 100.
   */
  @Test
  void aFormWrittenACellALine() {
    List<String> cells = List.of("项目支出绩效自评表", "（2024年度）", "项目名称", "信访工作经费七(超收分成)", "主管部门", "烈山区古饶镇人民政府",
        "实施单位", "古饶镇财政所", "项目资金", "(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
        "年度资金总额", "60", "60", "13.53", "10", "22.54%", "2.25",
        "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
        "产出指标", "数量指标", "保洁公厕数量", "≥30座", "32座", "20", "20", "总分", "100", "90.25");
    Report r = Extraction.of(String.join("\n\n", cells) + "\n");

    assertThat(r.projects()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("信访工作经费七(超收分成)");
      assertThat(p.budget().text()).isEqualTo("60");
      assertThat(p.budget().unit()).isEqualTo(MoneyUnit.WAN_YUAN);
      assertThat(p.expenditure().text()).isEqualTo("13.53");
      assertThat(p.expenditure().evidence().quote()).isEqualTo("13.53");
      assertThat(p.completionRate().text()).isEqualTo("22.54%");
      assertThat(p.score().text()).isEqualTo("90.25");
    });

    // an empty cell leaves no line: the figures after it would fall into the wrong columns, so none is read
    List<String> short1 = new java.util.ArrayList<>(cells);
    short1.remove(18);
    assertThat(Extraction.of(String.join("\n\n", short1) + "\n").projects()).isEmpty();
  }

  /**
   * A header cell wrapped after its qualifier reaches the text as two lines (年初 / 预算数, 全年 /
   * 执行数), as a school's published 2019 form has it: the two are one header, so the figures fall
   * under their own columns (read as six single lines, 43.2 was taken for the spending and 37.24 for
   * the rate).
   */
  @Test
  void aHeaderWrappedAfterItsQualifierIsOneCell() {
    List<String> cells = List.of("项目支出绩效自评表", "2019年度)", "项目名称", "办公宿舍楼、食堂及餐厅暖通改造经费", "主管部门", "廊坊市发改委",
        "实施单位", "廊坊市食品工程学校", "项目资金", "(万元)", "年初", "预算数", "全年", "预算数", "全年", "执行数", "分值", "执行率", "得分",
        "年度资金总额", "43.2", "43.2", "37.24", "10", "86%", "9", "其中:当年财政拨款", "43.2", "43.2", "37.24");
    Report r = Extraction.of(String.join("\n\n", cells) + "\n");

    assertThat(r.projects()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("办公宿舍楼、食堂及餐厅暖通改造经费");
      assertThat(p.budget().text()).isEqualTo("43.2");
      assertThat(p.expenditure().text()).isEqualTo("37.24");
      assertThat(p.completionRate().text()).isEqualTo("86%");
    });
  }

  /**
   * Sichuan's project form a cell a line, as a crawler writes its page: the project's code before
   * its name, 主管部门, 实施单位 and the year's target between the name and the funds, a remarks column
   * (原因) after 得分, 总额 for the funds' label, and the 得分 left empty, so that the figures are one
   * fewer than the columns. Those up to the rate are read, since the % is in the rate's column; the
   * 10 after it could be 权重 or 得分, so it is not.
   */
  @Test
  void sichuansFormWrittenACellALineIsReadUpToTheRate() {
    List<String> cells = List.of("部门预算项目支出绩效自评表(2024年度)", "项目名称", "34060221R000000012345-信访工作经费七(超收分成)", "主管部门",
        "淮北市烈山区古饶镇人民政府", "实施单位 (盖章)", "古饶镇财政所", "项目基本情况", "1.项目年度目标完成情况", "项目年度目标", "年度目标完成情况",
        "保障信访工作正常开展。", "对照年度目标,说明相关任务目标的完成情况(100字以内)", "2.项目实施内容及过程概述", "预算执行情况(10分)",
        "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因", "总额", "60", "60", "13.53", "22.54%",
        "10", "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内)", "其中:财政资金", "60", "60", "13.53", "22.54%");
    Report r = Extraction.of(String.join("\n", cells) + "\n");

    assertThat(r.projects()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("信访工作经费七(超收分成)");
      assertThat(p.nameEvidence().quote()).isEqualTo("信访工作经费七(超收分成)");
      assertThat(p.budget().text()).isEqualTo("60");
      assertThat(p.budget().unit()).isEqualTo(MoneyUnit.WAN_YUAN);
      assertThat(p.expenditure().text()).isEqualTo("13.53");
      assertThat(p.completionRate().text()).isEqualTo("22.54%");
      assertThat(p.score()).isNull();
    });
    assertThat(r.unit().name()).isEqualTo("古饶镇财政所");

    // a cell before the rate left empty: the % falls in the spending's column, and nothing is read
    List<String> short1 = new java.util.ArrayList<>(cells);
    short1.remove(cells.indexOf("13.53"));
    assertThat(Extraction.of(String.join("\n", short1) + "\n").projects()).isEmpty();
  }

  /**
   * The same form as another crawler saves it (青神县发展和改革局's 2023 form): each cell on its line
   * closed with a pipe, an empty cell a pipe alone. It is read as the cells without their pipes.
   */
  @Test
  void sichuansFormACellALineEachClosedWithAPipe() {
    List<String> cells = List.of("报表编号:510000_0013zp", "", "部门预算项目支出绩效自评表(2023年度)", "项目名称", "51000021R000000019951-工资性支出",
        "主管部门", "青神县发展和改革局本级", "实施单位 (盖章)", "青神县发展和改革局", "项目基本情况", "2.项目实施内容及过程概述", "",
        "预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因", "总额", "238.93",
        "251.89", "251.89", "100.00%", "10", "", "1.预算执行率=预算执行数/调整后预算数", "其中:财政资金", "238.93", "251.89", "251.89", "100.00%");
    Report r = Extraction.of("form.txt", (String.join(" |\n", cells) + " |\n").replace("\n |\n", "\n|\n").getBytes(StandardCharsets.UTF_8));

    assertThat(r.title()).isEqualTo("部门预算项目支出绩效自评表(2023年度)");
    assertThat(r.projects()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("工资性支出");
      assertThat(p.budget().text()).isEqualTo("251.89");
      assertThat(p.expenditure().text()).isEqualTo("251.89");
      assertThat(p.completionRate().text()).isEqualTo("100.00%");
    });
    assertThat(r.unit().name()).isEqualTo("青神县发展和改革局");
  }

  /**
   * Sichuan's form as a web page copied to text writes it (a county bureau's 2023 form): a row a
   * line from its first cell, cells between pipes, merged ones padded with pipes at the end. The
   * title is the first row without its pipes, and the budget system's code before a name that
   * opens with its year is left out.
   */
  @Test
  void sichuansFormFromAWebPageAsRowsThatEndWithPipes() {
    String form = String.join("\n", "部门预算项目支出绩效自评表(2023年度) | ||||||||||",
        "项目名称 | 51092324T000010263357-2023年全县安可替代补助资金项目 | |||||||||",
        "主管部门 | 大英县司法局部门 | 实施单位 | 大英县司法局 | |||||||",
        "预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 | ||",
        "总额 | 0.00 | 3.36 | 3.36 | 100.00% | 10 | 10 | 1.预算执行率=预算执行数/调整后预算数 | |||",
        "其中:财政资金 | 0.00 | 3.36 | 3.36 | 100.00% | / | / | ||||",
        "绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |",
        "产出指标 | 质量指标 | 完成安可产品购买并按要求支付资金 | = | 100 | % | 完成 | 90 | 90 |") + "\n";
    Report r = Extraction.of("form.txt", form.getBytes(StandardCharsets.UTF_8));

    assertThat(r.title()).isEqualTo("部门预算项目支出绩效自评表(2023年度)");
    assertThat(r.projects()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("2023年全县安可替代补助资金项目");
      assertThat(p.budget().text()).isEqualTo("3.36");
      assertThat(p.expenditure().text()).isEqualTo("3.36");
      assertThat(p.completionRate().text()).isEqualTo("100.00%");
    });
    assertThat(r.unit().name()).isEqualTo("大英县司法局");
  }

  /** Hunan's department form a cell a line (预算部门、单位名称, 自评得分): the unit's totals and name. */
  @Test
  void aDepartmentsFormWrittenACellALine() {
    List<String> cells = List.of("2023年度部门整体支出绩效自评表", "预算部门、单位名称", "衡山县贯塘乡人民政府", "年度预算申请", "(万元",
        "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "自评得分", "年度资金总额", "861.10", "2030.12", "2030.12", "10", "100%", "10",
        "按收入性质分:2030.12", "按支出性质分:1925.67");
    Report r = Extraction.of(String.join("\n\n", cells) + "\n");

    assertThat(r.status()).isEqualTo(Status.OK);
    assertThat(r.unit().name()).isEqualTo("衡山县贯塘乡人民政府");
    assertThat(r.totals().budget().text()).isEqualTo("2030.12");
    assertThat(r.totals().budget().unit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(r.totals().expenditure().text()).isEqualTo("2030.12");
    assertThat(r.totals().executionRate().text()).isEqualTo("100%");
  }

  /** A figure OCR lost would shift the others into the wrong columns: then no figure is read at all. */
  @Test
  void aFundsLineShortOfAFigureIsNotRead() {
    Report r = Extraction.of(String.join("\n", "项目名称  信访工作经费七(超收分成)",
        "项目资金（万元）  年初预算数  全年预算数  全年执行数  分值  执行率  得分",
        "年度资金总额  60  13.53  10  22.54%  2.25", "总分  100  90.25", ""));

    assertThat(r.projects()).isEmpty();
  }

  /**
   * The rows under 年度资金总额 are its parts, in each money column: the total and 当年财政拨款 (the one
   * row with figures) as figures, the part linked to its total.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void theFundsRowsUnderTheTotalAreItsParts(String file, Function<List<FormFixture.Form>, byte[]> writer) {
    Report r = extract(file, writer, List.of(FormFixture.ofSampleProject("信访工作经费七(超收分成)").withCarryover("5", "2")));

    List<Figure> funds = r.figures().stream().filter(f -> f.role() == null).toList();
    assertThat(funds).extracting(Figure::label, Figure::text).containsExactly(
        tuple("年度资金总额 年初预算数", "60"), tuple("当年财政拨款 年初预算数", "60"), tuple("上年结转资金 年初预算数", "5"),
        tuple("年度资金总额 全年预算数", "60"), tuple("当年财政拨款 全年预算数", "60"), tuple("上年结转资金 全年预算数", "5"),
        tuple("年度资金总额 全年执行数", "13.53"), tuple("当年财政拨款 全年执行数", "13.53"), tuple("上年结转资金 全年执行数", "2"));
    assertThat(funds.get(1).partOf()).isEqualTo(funds.get(0).id());
    assertThat(funds.get(2).partOf()).isEqualTo(funds.get(0).id());
    assertThat(funds.get(0).partsClosed()).isTrue();
    assertThat(funds).allSatisfy(f -> assertThat(f.context()).isEqualTo("信访工作经费七(超收分成)"));
  }

  /**
   * Hunan's department form is read by its own words (预算部门、单位名称, 自评得分), and the breakdowns
   * it writes a label and a figure to a cell are figures: each column's 按…性质分 the whole of the
   * parts under it that have a figure (纳入专户管理的非税收入拨款： left empty is none).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void hunansDepartmentFormBreaksItsFundsDownCellByCell(String file, Function<List<FormFixture.Form>, byte[]> writer) {
    FormFixture.Form unit = FormFixture.Form.ofDepartment("衡山县贯塘乡人民政府", "2030.12", "1925.67", "94.86", FormFixture.indicators())
        .in(FormFixture.Layout.HUNAN).withCarryover("585.62", "0");

    Report r = extract(file, writer, List.of(unit));

    assertThat(r.status()).isEqualTo(Status.OK);
    assertThat(r.unit().name()).isEqualTo("衡山县贯塘乡人民政府");
    assertThat(r.totals().budget().text()).isEqualTo("2030.12");
    assertThat(r.totals().expenditure().text()).isEqualTo("1925.67");
    assertThat(r.totals().executionRate().text()).isEqualTo("94.86%");
    assertThat(r.score().total().text()).isEqualTo(unit.total());
    List<Figure> funds = r.figures().stream().filter(f -> f.role() == null).toList();
    assertThat(funds).extracting(Figure::label, Figure::text).containsExactly(
        tuple("按收入性质分", "2030.12"), tuple("一般公共预算", "2030.12"), tuple("其他资金", "585.62"),
        tuple("按支出性质分", "1925.67"), tuple("基本支出", "866.55"), tuple("项目支出", "1059.12"));
    assertThat(funds).extracting(Figure::partOf)
        .containsExactly(null, funds.get(0).id(), funds.get(0).id(), null, funds.get(3).id(), funds.get(3).id());
    assertThat(funds.get(0).partsClosed()).isTrue();
    assertThat(funds.get(3).partsClosed()).isTrue();
    assertThat(funds).allSatisfy(f -> {
      assertThat(f.unit()).isEqualTo("万元");
      assertThat(f.evidence().quote()).isEqualTo(f.text());
      assertThat(f.context()).isEqualTo("衡山县贯塘乡人民政府");
    });
  }
}
