package dev.jixiao.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.jixiao.record.Project;
import dev.jixiao.record.Report;
import dev.jixiao.record.Totals;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each way of writing projects, in phrasings written for this test (none is in the samples). */
class ProjectEntriesTest {

  /** The text as the reader of a text file reads it, its pipe tables as tables. */
  private static Report read(String text) {
    Report r = Extraction.of("report.txt", text.getBytes(StandardCharsets.UTF_8));
    EvidenceContract.assertEvidenceQuotesText(r);
    return r;
  }

  private static List<Project> projects(String text) {
    Report r = Extraction.of(text);
    EvidenceContract.assertEvidenceQuotesText(r);
    return r.projects();
  }

  @Test
  void budgetParagraphWithAnnualBudgetAndActualSpending() {
    List<Project> p = projects("""
        2023年我乡道路硬化工程项目年初预算为120万元，实际支出96万元，执行率80%。主要偏差原因是工程款按进度结算。
        2023年我乡农村饮水安全项目预算资金560000元，支出数为512000元，资金执行率91.43%。
        """);
    assertThat(p).extracting(Project::name).containsExactly("道路硬化工程", "农村饮水安全");
    assertThat(p.get(0).budget().yuan()).isEqualByComparingTo("1200000");
    assertThat(p.get(0).expenditure().value()).isEqualByComparingTo("96");
    assertThat(p.get(0).completionRate().value()).isEqualByComparingTo("80");
    assertThat(p.get(0).deviationReason()).isEqualTo("工程款按进度结算");
    assertThat(p.get(1).budget().unit().symbol()).isEqualTo("元");
    assertThat(p.get(1).expenditure().value()).isEqualByComparingTo("512000");
    assertThat(p.get(1).completionRate().value()).isEqualByComparingTo("91.43");
  }

  /**
   * Projects numbered inside one paragraph, each with its budget, spending and rate (a county's road works); the works paid
   * out (实际支付工程款) are the report's spending, not the first project's.
   */
  @Test
  void projectsNumberedInsideAParagraph() {
    Report r = Extraction.of("""
        河口镇2024年农村公路提质改造项目绩效自评报告
        项目年度预算1260万元，实际支付工程款1184.40万元，支付率94%。
        分项目看：（1）河口至西岭段改造8.2公里，预算555.40万元，支出522.08万元，执行率94%；（2）东湾至柳林段改造6.1公里，\
        预算413.20万元，支出388.41万元，执行率94%；（3）北山村通组路改造4.3公里，预算291.40万元，支出273.91万元，执行率94%。
        """);
    EvidenceContract.assertEvidenceQuotesText(r);
    assertThat(r.projects()).extracting(Project::seq, Project::name, p -> p.budget().text(), p -> p.expenditure().text(),
            p -> p.completionRate().text())
        .containsExactly(tuple(1, "河口至西岭段改造", "555.40万元", "522.08万元", "94%"),
            tuple(2, "东湾至柳林段改造", "413.20万元", "388.41万元", "94%"),
            tuple(3, "北山村通组路改造", "291.40万元", "273.91万元", "94%"));
    assertThat(r.totals().expenditure().text()).isEqualTo("1184.40万元");
  }

  /**
   * Projects headed by a line that numbers and names them, their figures as labelled values on the line after (a form flattened
   * to text): each is a project with its budget, spending, rate and score, and the labels that repeat are each project's own.
   */
  @Test
  void projectsHeadedByALineOfTheirOwn() {
    Report r = Extraction.of("""
        南湖街道2024年度项目支出绩效自评报告
        二、各项目自评情况
        项目一：社区网格化管理经费
        项目预算：128.00万元；实际支出：125.44万元；预算执行率：98%；自评得分：95分。
        项目二：老旧小区改造配套资金
        项目预算：168.80万元；实际支出：159.36万元；预算执行率：94.41%；自评得分：88分。

        三、自评结论
        """);
    EvidenceContract.assertEvidenceQuotesText(r);
    assertThat(r.projects()).extracting(Project::seq, Project::name, p -> p.budget().text(), p -> p.expenditure().text(),
            p -> p.completionRate().text(), p -> p.score().text())
        .containsExactly(tuple(1, "社区网格化管理经费", "128.00万元", "125.44万元", "98%", "95分"),
            tuple(2, "老旧小区改造配套资金", "168.80万元", "159.36万元", "94.41%", "88分"));
    assertThat(r.figures()).filteredOn(f -> "项目预算".equals(f.label())).extracting(f -> f.context())
        .containsExactly("社区网格化管理经费", "老旧小区改造配套资金");
    // a heading without a budget after it names no project
    assertThat(projects("项目一：社区网格化管理\n完成网格员培训12次。\n")).isEmpty();
  }

  /** The same named (项目名称：) rather than numbered, each value on a line of its own: projects without a number. */
  @Test
  void projectsNamedOnALineOfTheirOwnEachValueOnItsOwn() {
    Report r = Extraction.of("""
        南湖街道2024年度项目支出绩效自评报告
        项目名称：社区网格化管理经费
        项目预算：128.00万元
        实际支出：125.44万元
        预算执行率：98%
        自评得分：95分

        项目名称：老旧小区改造配套资金
        项目预算：168.80万元
        实际支出：159.36万元
        """);
    EvidenceContract.assertEvidenceQuotesText(r);
    assertThat(r.projects()).extracting(Project::seq, Project::name, p -> p.budget().text(), p -> p.expenditure().text())
        .containsExactly(tuple(null, "社区网格化管理经费", "128.00万元", "125.44万元"), tuple(null, "老旧小区改造配套资金", "168.80万元", "159.36万元"));
    assertThat(r.projects().get(0).completionRate().text()).isEqualTo("98%");
    assertThat(r.projects().get(1).completionRate()).isNull();
  }

  /**
   * Projects counted as points of a paragraph (一是…；二是…) or circled (①…；②…), named less the word 项目 as the paragraphs'
   * projects are; points that name no project or works (一是加大资金投入) are measures, no projects.
   */
  @Test
  void projectsCountedAsPointsOrCircled() {
    String points = "二、项目执行情况\n一是农村道路维修项目，预算资金85.00万元，实际支出80.75万元，执行率95%；二是村级活动场所改造项目，"
        + "预算资金40.00万元，实际支出38.00万元，执行率95%；三是河道清淤工程，预算资金25.00万元，实际支出25.00万元，执行率100%。\n";
    assertThat(projects(points)).extracting(Project::seq, Project::name, p -> p.budget().text())
        .containsExactly(tuple(1, "农村道路维修", "85.00万元"), tuple(2, "村级活动场所改造", "40.00万元"), tuple(3, "河道清淤工程", "25.00万元"));
    String circled = "二、项目执行情况\n①农村道路维修项目，预算资金85.00万元，实际支出80.75万元；②河道清淤工程，预算资金25.00万元，实际支出25.00万元。\n";
    assertThat(projects(circled)).extracting(Project::seq, Project::name).containsExactly(tuple(1, "农村道路维修"), tuple(2, "河道清淤工程"));
    assertThat(projects("三、主要做法\n一是加大资金投入，预算资金500万元；二是强化资金监管，预算资金120万元。\n")).isEmpty();
    assertThat(projects("三、主要做法\n一是加大资金投入，全年预算资金500万元。\n")).as("nor by the paragraph reader").isEmpty();
  }

  /** A run of numbered clauses that not every budget stands in is a list of measures, no projects. */
  @Test
  void numberedClausesWithoutBudgetsAreNoProjects() {
    assertThat(projects("主要措施：（1）加强资金监管，预算安排20万元；（2）规范招投标程序；（3）强化绩效评价。")).isEmpty();
    assertThat(projects("全年完成：（1）改造道路8.2公里；（2）新建桥梁2座。")).isEmpty();
  }

  /**
   * The 三公经费's kinds of spending, in the numbered lines a budget's or final accounts' report
   * gives them (a city office's published 2018 budget), are no projects, and their 预算总额 is not
   * the unit's budget (which total.sum held against the one "project" 因公出国(境)费 0万元).
   */
  @Test
  void theThreePublicExpensesAreNeitherProjectsNorTheBudget() {
    Report r = Extraction.of("""
        二、“三公”经费预算收支增减情况
        2018年财政拨款“三公”经费预算总额为2.7万元,其中,因公出国(境)费支出0万元,公务用车购置及运行费支出1.5万元,公务接待费支出1.2万元。
        1.因公出国(境)费:0万元。
        2.公务用车购置及运行维护费1.5万元。
        3.公务接待费:2018年公务接待费预算数1.2万元,与上年预算数相比减少0.06万元。
        """);
    assertThat(r.projects()).isEmpty();
    assertThat(r.totals().budget()).isNull();
    assertThat(Extraction.of("“三公”经费预算数为10.00万元，实际支出8.00万元，执行率为80%。").projects()).isEmpty();
    assertThat(Extraction.of("公用经费年初预算85.76万元，决算193.42万元，执行率225.54%。").projects()).isEmpty();
    assertThat(projects("村级组织办公经费年初预算10.00万元，实际支出8.00万元，执行率80%。")).extracting(Project::name)
        .containsExactly("村级组织办公经费");
  }

  /** A unit's income (本年收入, 财政拨款收入) is no project, budgeted or not: projects are spent. */
  @Test
  void incomeIsNoProject() {
    assertThat(Extraction.of("一、预算情况\n本年收入预算为800.00万元。").projects()).isEmpty();
    assertThat(Extraction.of("一、收入情况\n财政拨款收入预算为760.00万元，实际到位760.00万元。").projects()).isEmpty();
  }

  /** A project's 决算 is what it spent. */
  @Test
  void aProjectsFinalAccountIsItsSpending() {
    List<Project> p = projects("2023年我乡道路硬化工程项目年初预算为120万元，决算数96万元，执行率80%。");
    assertThat(p).singleElement().satisfies(x -> assertThat(x.expenditure().value()).isEqualByComparingTo("96"));
  }

  @Test
  void aTrailingProjectWordIsDroppedOnceFromTheName() {
    List<Project> p = projects("本单位代管资金项目项目全年预算为50万元，完成20万元，完成项目的40%。");
    assertThat(p).extracting(Project::name).containsExactly("代管资金项目");
  }

  /**
   * A budget paragraph broken where no reader could rejoin it (a line a sentence, a line that a
   * page or an editor cut) is still one entry: a figure that starts a line takes the words at the
   * end of the line before, a sentence that speaks of "该项" goes on with the entry, and a name
   * that fills its line ends in 项目 before the line with its budget.
   */
  @Test
  void aBudgetParagraphBrokenIntoLinesIsOneEntry() {
    List<Project> p = projects("""
        2024年我镇村级支出项目全年预算为1045.67万元。根据支出进度表，该项支出预算按照序时进度完成836.76万元，2024年底完成项目的
        80.02%。
        2024年我镇乡村振兴经费(非税收入民生工程)项目全年预算为29.97万元。
        根据支出进度表，该项支出预算按照序时进度完成24.99万元，2024年底完成项目的83.39%。
        2024年我镇2022年国有企业退休人员社会化管理中央财政补助资金项目
        全年预算为13.06万元。根据支出进度表，该项支出预算按照序时进度完成13.06万元，2024年底完成项目的100%。
        2024年我镇美丽乡村经费项目全年预算为61.96万元。
        全镇共有行政村12个。
        """);
    assertThat(p).extracting(Project::name)
        .containsExactly("村级支出", "乡村振兴经费(非税收入民生工程)", "2022年国有企业退休人员社会化管理中央财政补助资金", "美丽乡村经费");
    assertThat(p).extracting(x -> x.completionRate() == null ? null : x.completionRate().value().toPlainString())
        .containsExactly("80.02", "83.39", "100", null);
    assertThat(p).extracting(x -> x.expenditure() == null ? null : x.expenditure().value().toPlainString())
        .containsExactly("836.76", "24.99", "13.06", null);
    assertThat(p.get(2).budget().value()).isEqualByComparingTo("13.06");
  }

  @Test
  void numberedEntriesWithColonAndGroupedProjects() {
    List<Project> p = projects("""
        1、乡村公路养护经费：预算资金 12.5 万元，实际支出 10 万元。
        2、人居环境整治：共计三个项目，预算金额 300 万元，已拨付 150 万元。
        3、防汛物资采购：预算 8 万元，未拨付。
        """);
    assertThat(p).extracting(Project::seq).containsExactly(1, 2, 3);
    assertThat(p).extracting(Project::name).containsExactly("乡村公路养护经费", "人居环境整治", "防汛物资采购");
    assertThat(p).extracting(Project::groupSize).containsExactly(1, 3, 1);
    assertThat(p.get(1).expenditure().value()).isEqualByComparingTo("150");
    assertThat(p.get(2).expenditure()).isNull();
  }

  /**
   * A project's name as a heading a full stop ends, its year's budget in the sentence after, digits
   * full-width; a numbered sentence that is no project's name is no entry.
   */
  @Test
  void numberedHeadingsEndedByAFullStop() {
    List<Project> p = projects("""
        一、项目基本情况
        （一）村级公益性岗位补贴项目。全年预算资金１５６．００万元，实际支出１５６．００万元，执行率100%。
        （二）农村公路养护项目。该项目年度预算资金210.20万元，实际支出190.35万元，执行率90.56%。
        """);
    assertThat(p).extracting(Project::seq, Project::name, x -> x.budget().text(), x -> x.expenditure().text(), x -> x.completionRate().text())
        .containsExactly(tuple(1, "村级公益性岗位补贴项目", "１５６．００万元", "１５６．００万元", "100%"),
            tuple(2, "农村公路养护项目", "210.20万元", "190.35万元", "90.56%"));
    assertThat(projects("二、主要做法\n（一）加强预算管理。预算资金100万元全部纳入绩效监控。\n")).isEmpty();
  }

  /**
   * A wrap broke the entry between its budget and the budget's unit. Before, the entry ended at its
   * first line while its budget was read past it, and the record failed with an internal error.
   */
  @Test
  void aNumberedEntryWhoseBudgetsUnitStandsOnTheNextLine() {
    List<Project> p = projects("""
        20. 南屯镇 2023 年村党组织活动经费：预算资金 14.69
        万元，实际支付 14.69 万元。用于支付各村村党组织办公经费。
        21. 南屯镇计划生育经费：预算金额 0.96 万元，实际拨付 0.72 万元。
        """);
    assertThat(p).extracting(Project::seq).containsExactly(20, 21);
    assertThat(p.get(0).budget().value()).isEqualByComparingTo("14.69");
    assertThat(p.get(0).expenditure().value()).isEqualByComparingTo("14.69");
    assertThat(p.get(1).budget().value()).isEqualByComparingTo("0.96");
  }

  /** OCR reads the colon after a name as a semicolon, or twice; the entry is still the project's. */
  @Test
  void numberedEntriesWithTheColonMisreadByOcr() {
    List<Project> p = projects("""
        4.南屯镇2023年285个村服务群众专项经费;预算金额70万元，实际支付70万元。
        5.南屯镇关于拨付尾矿砂毁耕地补偿款请示: :预算金额35.97万元，用于完成补偿发放，消除上访隐患。
        """);
    assertThat(p).extracting(Project::seq).containsExactly(4, 5);
    assertThat(p).extracting(Project::name).containsExactly("南屯镇2023年285个村服务群众专项经费", "南屯镇关于拨付尾矿砂毁耕地补偿款请示");
    assertThat(p.get(1).budget().value()).isEqualByComparingTo("35.97");
  }

  @Test
  void enumeratedNamesNeedTheirStatedCount() {
    List<Project> p = projects("本年度抽查项目2个，分别为农村道路维修经费、防汛物资采购经费。另对综合工作经费、人居环境等项目开展了自评。");
    assertThat(p).extracting(Project::name).containsExactly("农村道路维修经费", "防汛物资采购经费");
  }

  @Test
  void namesFollowedByTheirCount() {
    List<Project> p = projects("主要原因：村级运转经费、党员活动经费、环境卫生保洁经费3个项目结余资金已上交国库。");
    assertThat(p).extracting(Project::name).containsExactly("村级运转经费", "党员活动经费", "环境卫生保洁经费");
    assertThat(p).extracting(Project::seq).containsOnlyNulls();
  }

  @Test
  void describedProjectsTakeTheTotalNotThePerHeadRate() {
    List<Project> p = projects("抽查项目2个，分别是网格员补贴经费、村医补助经费。项目一基本情况是每名网格员每月补贴500元，全镇共需资金18万元。"
        + "项目二基本情况是按每人每年3000元标准，共计资金9.6万元。");
    assertThat(p).extracting(Project::seq).containsExactly(1, 2);
    assertThat(p.get(0).budget().value()).isEqualByComparingTo("18");
    assertThat(p.get(1).budget().value()).isEqualByComparingTo("9.6");
  }

  @Test
  void projectInBookTitleMarks() {
    List<Project> p = projects("2.《农村危房改造补助资金》项目预算资金为30万元，实际支出28.5万元。根据《危房改造管理办法》要求实施。");
    assertThat(p).hasSize(1);
    assertThat(p.get(0).name()).isEqualTo("农村危房改造补助资金");
    assertThat(p.get(0).budget().value()).isEqualByComparingTo("30");
    assertThat(p.get(0).expenditure().value()).isEqualByComparingTo("28.5");
  }

  @Test
  void aListOfNamesNumbersTheParagraphs() {
    List<Project> p = projects("""
        项目内容为：
        1.村级道路养护经费
        2.垃圾清运经费
        3.党建活动经费
        2024年我镇垃圾清运经费项目全年预算为40万元。完成40万元，完成项目的100%。
        2024年我镇村级道路养护经费项目全年预算为25万元。完成20万元，完成项目的80%。
        """);
    assertThat(p).extracting(Project::name).containsExactly("垃圾清运经费", "村级道路养护经费");
    assertThat(p).extracting(Project::seq).containsExactly(2, 1);
  }

  @Test
  void aBareListIntroducedAsProjectsIsTheProjectList() {
    List<Project> p = projects("""
        本次自评项目如下：
        1.村级道路养护经费
        2.垃圾清运经费
        3.党建活动经费
        """);
    assertThat(p).extracting(Project::seq).containsExactly(1, 2, 3);
  }

  @Test
  void totalsAndAttachmentsAreNotProjects() {
    List<Project> p = projects("""
        2024年我镇年度总预算为 1,200.00 万元，年度总支出为 1,100.00 万元。
        2024年部门年初预算收入300万元。
        附件：
        1.部门整体支出绩效评价基础数据表
        2.部门整体支出绩效自评表
        3.项目支出绩效自评表
        """);
    assertThat(p).isEmpty();
  }

  /**
   * A pipe table typed without its delimiter row, its first row naming the columns (| 项目名称 | 预算数 | 实际支出 |), and one of road
   * sections (| 路段 | … | 下达资金 | 实际支出 |): each row a project.
   */
  @Test
  void aTableWithoutItsDelimiterRowAndOneOfRoadSections() {
    String typed = """
        2.项目支出461.27万元。七个项目的预算和支出情况见下表（单位：万元）：

        | 项目名称 | 预算数 | 实际支出 | 执行率 |
        | 食品安全监督抽检 | 126.00 | 122.76 | 97.43%% |
        | 特种设备安全监管 | 58.40 | 55.92 | 95.75%% |
        """;
    assertThat(read(typed.formatted()).projects()).extracting(Project::name, p -> p.budget().text())
        .containsExactly(tuple("食品安全监督抽检", "126.00"), tuple("特种设备安全监管", "58.40"));
    assertThat(read(typed.formatted().replace("| 项目名称 | 预算数 | 实际支出 | 执行率 |\n", "")).projects()).as("no header").isEmpty();
    String roads = """
        各路段资金分配及支出情况如下（金额单位：万元）：

        | 序号 | 路段 | 里程（公里） | 下达资金 | 实际支出 |
        |---|---|---|---|---|
        | 1 | X032龙潭至石门段 | 4.60 | 552.00 | 548.36 |
        | 2 | X045白沙至岭口段 | 3.85 | 462.00 | 459.12 |
        """;
    assertThat(read(roads).projects()).extracting(Project::name, p -> p.budget().text())
        .containsExactly(tuple("X032龙潭至石门段", "552.00"), tuple("X045白沙至岭口段", "462.00"));
  }

  /** A row heading the rows below it (| （一） | 社区治理类 | | |) is no project; a numbered row without figures is one. */
  @Test
  void aHeadingRowIsNoProject() {
    String table = """
        # 凤鸣街道办事处2023年度部门整体支出绩效自评报告

        | 序号 | 项目名称 | 年初预算（万元） | 实际支出（万元） | 执行率 |
        |---|---|---|---|---|
        | （一） | 社区治理类 | | | |
        | 1 | 社区（村）工作经费 | 96.00 | 96.00 | 100.00%% |
        | 2 | 网格化服务管理经费 | 207.36 | 201.96 | 97.40%% |
        | %s | 城市管理类 | | | |
        | 4 | 环境卫生保洁服务 | 612.00 | 612.00 | 100.00%% |
        """;
    assertThat(Extraction.of("office.md", table.formatted("（二）").getBytes(StandardCharsets.UTF_8)).projects()).extracting(Project::name)
        .containsExactly("社区（村）工作经费", "网格化服务管理经费", "环境卫生保洁服务");
    assertThat(Extraction.of("office.md", table.formatted("3").getBytes(StandardCharsets.UTF_8)).projects()).extracting(Project::name)
        .containsExactly("社区（村）工作经费", "网格化服务管理经费", "城市管理类", "环境卫生保洁服务");
  }

  /**
   * Numbered projects whose budget is that of the fund they are paid from (衔接资金预算38.20万元) and whose score is 自评 alone with
   * its grade right after it (自评90.4分，等级为“优”); such a score in the report's prose, outside every entry, is not the report's.
   */
  @Test
  void numberedProjectsWithTheirFundsBudgetAndAGradedScore() {
    String text = """
        一、基本情况
        截至2024年12月31日，三个项目累计支出83.37万元，预算执行率96.72%%。
        1.饮水安全巩固提升项目。衔接资金预算38.20万元，支出37.65万元，执行率98.56%%。自评90.4分，等级为“优”。
        2.村卫生室标准化建设项目。县级资金预算24.00万元，支出21.36万元，执行率89.00%%。自评76.8分，评定为“中”。
        3.村道维修项目。预算24.00万元，支出24.36万元。%s
        """;
    Report r = Extraction.of(text.formatted("自评得分92.0分，等级为“优”。"));
    assertThat(r.projects()).extracting(Project::name, p -> p.budget().text(), p -> p.score().text(), Project::grade).containsExactly(
        tuple("饮水安全巩固提升项目", "38.20万元", "90.4分", "优"), tuple("村卫生室标准化建设项目", "24.00万元", "76.8分", "中"),
        tuple("村道维修项目", "24.00万元", "92.0分", "优"));
    assertThat(r.totals().expenditure().text()).as("the projects counted").isEqualTo("83.37万元");
    assertThat(r.score()).isNull();
    Report prose = Extraction.of("一、基本情况\n4.雨露计划补助项目。使用衔接资金9.00万元。自评93.0分，评为“优”。");
    assertThat(prose.score()).as("a project's whose entry was not read").isNull();
  }

  /** A table's 自评得分 and 自评等级 columns are each project's score and grade; its 分值 is no score. */
  @Test
  void aTablesScoreAndGradeColumnsAreEachProjects() {
    String table = """
        # 大店镇2024年度项目支出绩效自评报告

        | 序号 | 项目名称 | 全年预算（万元） | 执行数（万元） | 分值 | 自评得分 | 自评等级 |
        |---|---|---|---|---|---|---|
        | 1 | 农村道路养护 | 200.00 | 195.00 | 100 | 95 | 优 |
        | 2 | 人居环境整治 | 100.00 | 90.00 | 100 | 86 | “良” |
        | 3 | 防汛物资储备 | 50.00 | 45.00 | 100 | 78 | 未评 |
        """;
    Report r = Extraction.of("projects.md", table.getBytes(StandardCharsets.UTF_8));
    assertThat(r.projects()).extracting(p -> p.name(), p -> p.score().text(), p -> p.grade())
        .containsExactly(tuple("农村道路养护", "95", "优"), tuple("人居环境整治", "86", "良"), tuple("防汛物资储备", "78", null));
    EvidenceContract.assertEvidenceQuotesText(r);
  }

  /**
   * A table of parts numbered 一、 over items numbered 1. (一、基本支出 · 1.人员经费) lists the items; the parts' rows are their sums, and a
   * total row spelt with a space (合 计) is no project either.
   */
  @Test
  void partsOverTheirItemsAndASpacedTotal() {
    String table = """
        # 溪桥县委巡察办2024年度部门整体支出绩效自评报告

        表1 2024年度部门预算执行情况表（单位：万元）

        | 项 目 | 调整后预算 | 实际支出 | 执行率 |
        |---|---|---|---|
        | 一、基本支出 | 178.24 | 176.38 | 98.96%% |
        | 1.人员经费 | 156.80 | 156.12 | 99.57%% |
        | 2.公用经费 | 21.44 | 20.26 | 94.50%% |
        | 二、项目支出 | 123.30 | 119.42 | 96.85%% |
        | 1.巡察工作专项经费 | 82.00 | 79.64 | 97.12%% |
        | 2.巡察干部培训经费 | 41.30 | 39.78 | 96.32%% |
        | %s | 301.54 | 295.80 | 98.10%% |
        """;
    Report r = Extraction.of("overall.md", table.formatted("合 计").getBytes(StandardCharsets.UTF_8));
    assertThat(r.projects()).extracting(Project::name)
        .containsExactly("1.人员经费", "2.公用经费", "1.巡察工作专项经费", "2.巡察干部培训经费");
    assertThat(r.totals().others().get(Totals.LISTED_BUDGET)).as("the row's budget").extracting("text").isEqualTo("301.54");
    // a part with no items numbered under it is an item of its own
    Report flat = Extraction.of("overall.md", table.formatted("合计").replace("| 1.人员经费 | 156.80 | 156.12 | 99.57% |\n", "")
        .replace("| 2.公用经费 | 21.44 | 20.26 | 94.50% |\n", "").getBytes(StandardCharsets.UTF_8));
    assertThat(flat.projects()).extracting(Project::name).startsWith("一、基本支出", "1.巡察工作专项经费");
  }

  /**
   * A table's total row with 合计 in its number's column and a dash or the projects' count for a name (| 合计 | — | 5,137.51 |,
   * | 合计 | 11个项目 | 1,400.32 |, | 合计 | 六个项目 | … |) is no project.
   */
  @Test
  void aTotalRowWithItsWordInTheNumbersColumn() {
    String table = """
        # 青石县2024年度衔接推进乡村振兴补助资金绩效自评报告

        | 序号 | 项目名称 | 实施地点 | 下达资金（万元） | 实际支出（万元） | 执行率 |
        |---|---|---|---|---|---|
        | 1 | 白龙镇茶叶初制加工厂扩建 | 白龙镇 | 468.00 | 468.00 | 100.00%% |
        | 2 | 石门乡食用菌标准化大棚 | 石门乡 | 392.50 | 392.50 | 100.00%% |
        | 合计 | %s | — | 860.50 | 860.50 | 100.00%% |
        """;
    for (String name : List.of("—", "", "2个项目", "共2项", "两个项目")) {
      Report r = Extraction.of("fund.md", table.formatted(name).getBytes(StandardCharsets.UTF_8));
      assertThat(r.projects()).as(name).extracting(Project::name).containsExactly("白龙镇茶叶初制加工厂扩建", "石门乡食用菌标准化大棚");
      assertThat(r.totals().others().get(Totals.LISTED_BUDGET)).as("the row's budget").extracting("text").isEqualTo("860.50");
    }
    // a row named in its own cell is a project, whatever its number's cell holds
    assertThat(Extraction.of("fund.md", table.formatted("马鞍乡中药材种植基地").getBytes(StandardCharsets.UTF_8)).projects())
        .hasSize(3);
  }

  /**
   * A numbered project whose name a full stop ends and whose first sentence says what was done before its budget (1.柳溪村道路硬化
   * 项目。硬化村组道路3.2公里，预算186.40万元，实际支出182.75万元，…), as a township's summary of its projects writes them.
   */
  @Test
  void numberedProjectsWhoseWorkComesBeforeTheirBudget() {
    List<Project> p = projects("""
        二、各项目自评情况
        1.柳溪村道路硬化项目。硬化村组道路3.2公里，预算186.40万元，实际支出182.75万元，预算执行率98.04%，自评得分93.5分，等级为“优”。
        2.上坪村饮水安全巩固提升项目。新建蓄水池2座，预算142.80万元，实际支出139.62万元，预算执行率97.77%，自评得分92分，等级为“优”。
        3.镇区污水管网改造工程。改造污水管网4.5公里，预算268.50万元，实际支出241.36万元，预算执行率89.89%。
        """);
    assertThat(p).extracting(Project::name, x -> x.budget().text(), x -> x.expenditure().text())
        .containsExactly(tuple("柳溪村道路硬化项目", "186.40万元", "182.75万元"), tuple("上坪村饮水安全巩固提升项目", "142.80万元", "139.62万元"),
            tuple("镇区污水管网改造工程", "268.50万元", "241.36万元"));
    assertThat(projects("1.加强项目管理。项目预算执行率偏低，下一步将加快进度。\n2.完善制度建设。按预算100万元标准执行。")).as("measures")
        .isEmpty();
  }

  /** A numbered project whose name a comma ends, with what was done before its budget (1.石桥村产业路硬化项目，硬化道路3.2公里，预算…). */
  @Test
  void numberedProjectsNamedBeforeAComma() {
    List<Project> p = projects("""
        六个项目具体如下：
        1.石桥村产业路硬化项目，硬化道路3.2公里，预算96.00万元，支出94.80万元，结余1.20万元；
        2.柳河村饮水安全巩固提升项目，预算72.00万元，支出71.25万元，结余0.75万元；
        3.桃源村茶叶基地建设项目，新建茶园300亩，每亩补助4000元，预算120.00万元，支出120.00万元。
        """);
    assertThat(p).extracting(Project::name, x -> x.budget().text(), x -> x.expenditure().text()).containsExactly(
        tuple("石桥村产业路硬化项目", "96.00万元", "94.80万元"), tuple("柳河村饮水安全巩固提升项目", "72.00万元", "71.25万元"),
        tuple("桃源村茶叶基地建设项目", "120.00万元", "120.00万元"));
  }

  /**
   * A project entered by the fund it uses (使用衔接资金9.00万元) or by one amount for its budget and its spending (预算与支出均为…):
   * the fund's amount is the budget, and the one amount is both.
   */
  @Test
  void numberedProjectsEnteredByTheFundUsedOrOneAmountForBoth() {
    List<Project> p = projects("""
        1.雨露计划职业教育补助项目。使用衔接资金9.00万元，计划资助30人，每人3000元。实际资助29人，发放补助87,000.00元，执行率96.67%。
        2.村级公益性岗位补贴项目。使用衔接资金，设置公益性岗位44个，共316,800.00元；预算与支出均为31.68万元，执行率100.00%。
        3.道路养护项目。实际使用衔接资金8.00万元，养护道路12公里。
        """);
    assertThat(p).extracting(Project::name, x -> x.budget().text(), x -> x.expenditure().text()).containsExactly(
        tuple("雨露计划职业教育补助项目", "9.00万元", "87,000.00元"), tuple("村级公益性岗位补贴项目", "31.68万元", "31.68万元"));
  }

  /**
   * Projects named again, in a list of their names or of a part of them, or in a paragraph on a table's row, are the projects
   * already read, not more of them.
   */
  @Test
  void projectsNamedAgainAreTheProjectsRead() {
    List<Project> p = projects("""
        本年度实施道路硬化、路灯安装两个项目。
        1.道路硬化项目。预算20.00万元，实际支出19.00万元，执行率95.00%。
        2.路灯安装项目。预算10.00万元，实际支出10.00万元，执行率100.00%。
        道路硬化、路灯两个项目进度偏慢。
        """);
    assertThat(p).extracting(Project::name).containsExactly("道路硬化项目", "路灯安装项目");
    Report r = read("""
        | 项目名称 | 调整后预算（万元） | 实际支出（万元） | 执行率 |
        | 人防工程维护管理 | 72.00 | 68.40 | 95.00% |
        | 指挥通信系统升级 | 108.00 | 92.40 | 85.56% |

        指挥通信系统升级项目年初预算63.00万元，追加45.00万元后为108.00万元。
        """);
    assertThat(r.projects()).extracting(Project::name, x -> x.budget().text())
        .containsExactly(tuple("人防工程维护管理", "72.00"), tuple("指挥通信系统升级", "108.00"));
    assertThat(projects("""
        全镇实施道路硬化、路灯安装两个项目。
        2023年我镇村级公益性岗位补贴项目全年预算为31.68万元，支出31.68万元。
        """)).as("names no entry gives figures for").extracting(Project::name).hasSize(3).contains("路灯安装", "村级公益性岗位补贴");
  }

  /**
   * Projects told each in a paragraph and again as a table's rows, by number and a shorter name: one project each, with what either
   * states; a table's 支出 column is what was spent.
   */
  @Test
  void projectsToldInParagraphsAndAgainInATable() {
    Report r = read("""
        1. 农村人居环境整治项目。预算45.80万元，实际支出44.96万元，执行率98.17%。
        2. 桃源村通组道路硬化项目。使用一事一议奖补资金12.00万元，硬化通组道路1.2公里。

        | 序号 | 项目 | 预算（万元） | 支出（万元） | 执行率 | 得分 | 等级 |
        | 1 | 农村人居环境整治 | 45.80 | 44.96 | 98.17% | 93.5 | 优 |
        | 2 | 通组道路硬化 | 12.00 | 12.00 | 100.00% | 95 | 优 |
        | 3 | 森林防火 | 4.80 | 4.62 | 96.25% | 86 | 良 |
        """);
    assertThat(r.projects()).extracting(Project::seq, Project::name, x -> x.budget().text(), x -> x.expenditure().text(),
            x -> x.score().text(), Project::grade)
        .containsExactly(tuple(1, "农村人居环境整治项目", "45.80万元", "44.96万元", "93.5", "优"),
            tuple(2, "桃源村通组道路硬化项目", "12.00万元", "12.00", "95", "优"), tuple(3, "森林防火", "4.80", "4.62", "86", "良"));
    Report other = read("""
        1. 农村人居环境整治项目。预算45.80万元，实际支出44.96万元，执行率98.17%。

        | 序号 | 项目 | 预算（万元） | 支出（万元） |
        | 1 | 农村人居环境整治 | 46.80 | 44.96 |
        """);
    assertThat(other.projects()).as("another budget: another project").hasSize(2);
    Report adjusted = read("""
        （三）农家书屋图书更新项目。预算10.50万元，共4,800册，支出10.20万元。
        （四）综合文化站场馆维修改造项目。年初预算35.00万元，9月追加3.00万元，调整后预算38.00万元，实际支出36.86万元，结余1.14万元。

        | 序号 | 项目名称 | 调整后预算（万元） | 支出（万元） |
        | 3 | 书屋更新 | 10.50 | 10.20 |
        | 4 | 场馆维修 | 38.00 | 36.86 |
        """);
    Report unnumbered = read("""
        1．中医重点专科建设项目。预算300.00万元，实际支出296.42万元，执行率98.81%。

        | 项目名称 | 预算（万元） | 支出（万元） |
        | 中医重点专科建设 | 300.00 | 296.42 |
        | 医疗设备购置 | 520.00 | 488.60 |
        """);
    assertThat(unnumbered.projects()).as("a row with no number, the same budget and spending").extracting(Project::name)
        .containsExactly("中医重点专科建设项目", "医疗设备购置");
    Report otherFigures = read("""
        1．中医重点专科建设项目。预算300.00万元，实际支出296.42万元，执行率98.81%。

        | 项目名称 | 预算（万元） | 支出（万元） |
        | 中医重点专科建设 | 300.00 | 286.42 |
        """);
    assertThat(otherFigures.projects()).as("another spending: another project").hasSize(2);
    assertThat(adjusted.projects()).as("the name's characters in order; the budget adjusted, as the paragraph states")
        .extracting(Project::seq, x -> x.budget().text()).containsExactly(tuple(3, "10.50万元"), tuple(4, "38.00"));
  }

  /** A table with a budget before and after its adjustment: the project's budget is the adjusted one, which it was spent against. */
  @Test
  void aTablesAdjustedBudgetColumn() {
    Report r = Extraction.of("report.txt", String.join("\n", "某县2023年项目支出绩效自评报告", "单位：万元", "项目名称\t年初预算\t调整后预算\t实际支出\t执行率",
        "道路硬化项目\t418.36\t426.80\t424.15\t99.38%", "饮水安全项目\t194.12\t258.50\t244.80\t94.70%").getBytes(StandardCharsets.UTF_8));
    assertThat(r.projects()).extracting(x -> x.budget().text()).containsExactly("426.80", "258.50");
    Report kinds = Extraction.of("report.txt", String.join("\n", "某县统计局2023年部门整体支出绩效自评报告", "单位：万元", "项目\t年初预算\t调整后预算\t实际支出\t执行率",
        "基本支出\t418.36\t426.80\t424.15\t99.38%", "项目支出\t194.12\t258.50\t244.80\t94.70%").getBytes(StandardCharsets.UTF_8));
    assertThat(kinds.projects()).as("a department's kinds of spending are no projects").isEmpty();
  }
}
