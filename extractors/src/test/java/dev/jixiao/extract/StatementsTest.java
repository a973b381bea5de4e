package dev.jixiao.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.jixiao.record.Figure;
import dev.jixiao.record.GradeBand;
import dev.jixiao.record.GradeCount;
import dev.jixiao.record.Money;
import dev.jixiao.record.Percent;
import dev.jixiao.record.Report;
import dev.jixiao.record.ReportKind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence-level statements in phrasings written for this test, not taken from the samples. */
class StatementsTest {

  /** A text file as read, its tab-separated rows tables. */
  private static Report asRead(String text) {
    Report r = Extraction.of("report.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    EvidenceContract.assertEvidenceQuotesText(r);
    return r;
  }

  private static Report extract(String text) {
    Report r = Extraction.of(text);
    EvidenceContract.assertEvidenceQuotesText(r);
    return r;
  }

  /**
   * Totals kept in thousands of yuan are read as written (12,345.60千元 is 12,345,600元); the spending written again in 千元 in
   * parentheses before its share of the budget leaves that share the execution rate (a CPPCC office's final accounts).
   */
  @Test
  void totalsInThousandsAndTheSpendingRestatedInParentheses() {
    Report r = extract("2024年度我镇部门预算收入12,345.60千元，全年支出11,234.50千元，预算执行率91.00%。");
    assertThat(r.totals().budget().unit().symbol()).isEqualTo("千元");
    assertThat(r.totals().budget().yuan()).isEqualByComparingTo("12345600");
    assertThat(r.totals().expenditure().yuan()).isEqualByComparingTo("11234500");
    Report restated = extract("全年实际支出1,862.58万元（决算报表口径18,625.8千元），占调整后预算的96.03%，年末结余76.92万元。");
    assertThat(restated.totals().expenditure().text()).isEqualTo("1,862.58万元");
    assertThat(restated.totals().executionRate().text()).isEqualTo("96.03%");
    assertThat(extract("全年实际支出1,862.58万元（其中结转资金18.2万元），占调整后预算的96.03%。").totals().executionRate())
        .as("another amount in the parentheses").isNull();
  }

  @Test
  void totalsInAnotherOrderAndUnit() {
    Report r = extract("本年度预算执行率89.10%，年初预算数为 1,234.56 万元，全年支出总额1099.99万元。");
    assertThat(r.totals().budget().value()).isEqualTo(new BigDecimal("1234.56"));
    assertThat(r.totals().expenditure().value()).isEqualTo(new BigDecimal("1099.99"));
    assertThat(r.totals().executionRate().value()).isEqualTo(new BigDecimal("89.10"));
  }

  /**
   * A rate's formula with its figures: the result is named as the formula, its operands as its definition
   * names them, and bare amounts take the unit declared above them.
   */
  @Test
  void aFormulaWrittenOut() {
    Report r = extract("""
        一、部门预算执行情况
        （单位：万元）
        年初预算：1,234.56；调整后预算：1,300.00；实际支出：1,250.00。
        预算执行率=实际支出÷调整后预算×100%=1,250.00÷1,300.00×100%=96.15%。
        “三公”经费控制率=“三公”经费实际支出数÷“三公”经费预算数×100%=8.50÷10.00×100%=85.00%。
        """);
    assertThat(r.totals().budget().text()).isEqualTo("1,234.56");
    assertThat(r.totals().budget().yuan()).isEqualByComparingTo("12345600");
    assertThat(r.totals().executionRate().text()).isEqualTo("96.15%");
    assertThat(r.figures()).extracting(Figure::label, Figure::text).containsSubsequence(
        tuple("实际支出", "1,250.00"), tuple("调整后预算", "1,300.00"), tuple("预算执行率", "96.15%"),
        tuple("“三公”经费实际支出数", "8.50"), tuple("“三公”经费预算数", "10.00"), tuple("“三公”经费控制率", "85.00%"));
    assertThat(r.figures()).extracting(Figure::text).doesNotContain("100%");
  }

  /**
   * Indicators written as lines of fields (指标名称：…；年度指标值：…；实际完成值：…；分值：…；得分：…): each target
   * and result under the indicator's name, by its field; an indicator's 得分 is not the report's score.
   */
  @Test
  void indicatorsWrittenAsLinesOfFields() {
    Report r = extract("""
        二、绩效指标完成情况
        1.指标名称：新建集中供水工程；年度指标值：≥5处；实际完成值：5处；分值：15分；得分：15分。
        2.指标名称：改造供水管网；年度指标值：≥28公里；实际完成值：26.5公里；分值：15分；得分：13分。
        三、自评结论
        项目自评得分88分，评价等级为“良”。
        """);
    assertThat(r.figures()).filteredOn(f -> f.role() != null && !f.unit().equals("分"))
        .extracting(Figure::label, Figure::text, Figure::role)
        .containsExactly(tuple("新建集中供水工程", "5处", "target"), tuple("新建集中供水工程", "5处", "actual"),
            tuple("改造供水管网", "28公里", "target"), tuple("改造供水管网", "26.5公里", "actual"));
    assertThat(r.score().total().text()).isEqualTo("88分");
  }

  /** Formal reports write every figure in Chinese numerals; each is read with its unit and quoted as written. */
  @Test
  void aReportWrittenInChineseNumerals() {
    Report r = extract("""
        某镇人民政府二〇二四年度农村公益事业财政奖补项目绩效自评报告
        县财政下达我镇奖补资金一百二十六万元。全年实际支出资金一百二十万零五千元，预算执行率百分之九十五点六三，结余五万五千元。
        共硬化村内道路八点六公里。经自评，本项目得分九十二分，等级为优。
        """);
    assertThat(r.fiscalYear()).isEqualTo(2024);
    assertThat(r.totals().budget().yuan()).isEqualByComparingTo("1260000");
    assertThat(r.totals().expenditure().text()).isEqualTo("一百二十万零五千元");
    assertThat(r.totals().expenditure().yuan()).isEqualByComparingTo("1205000");
    assertThat(r.totals().executionRate().value()).isEqualTo(new BigDecimal("95.63"));
    assertThat(r.score().total().value()).isEqualByComparingTo("92");
    assertThat(r.figures()).extracting(Figure::text, Figure::yuan)
        .contains(tuple("五万五千元", new BigDecimal("55000")));
  }

  /** What a project has paid out so far (累计支付资金) is what it spent; the money it was given is no spending. */
  @Test
  void fundsPaidOutAreSpent() {
    Report r = extract("一、项目资金\n截至2024年12月31日，项目累计支付资金4,872.96万元，支付率94.00%。下达资金5,184.00万元。");
    assertThat(r.totals().expenditure().text()).isEqualTo("4,872.96万元");
    assertThat(r.totals().executionRate().text()).isEqualTo("94.00%");
    assertThat(extract("二、资金使用情况\n全年累计支出1,253.37万元，预算执行率92.16%，结余资金106.63万元。").totals().expenditure().text())
        .isEqualTo("1,253.37万元");
  }

  /**
   * A relief fund's report: what its items spent together (以上三项合计支出) is its spending, the money given
   * (上级下达及县级安排…资金) its funds, and what the spending went over them (超出下达资金) neither.
   */
  @Test
  void whatItemsSpentTogetherAndWhatWentOverTheFunds() {
    Report r = extract("某县民政局2024年度城乡低保和特困供养资金项目绩效自评报告\n一、项目基本情况\n"
        + "2024年上级下达及县级安排城乡低保和特困人员救助供养资金共计4,862.36万元。\n二、资金使用情况\n"
        + "以上三项合计支出4,915.44万元，超出下达资金53.08万元，由县级财政兜底解决。");
    assertThat(r.totals().budget().text()).isEqualTo("4,862.36万元");
    assertThat(r.totals().expenditure().text()).isEqualTo("4,915.44万元");
  }

  @Test
  void aTargetRateIsNotTheExecutionRate() {
    Report r = extract("（二）绩效目标\n预算执行率≥95%。\n（三）目标完成情况\n预算执行率为87.5%。");
    assertThat(r.totals().executionRate().value()).isEqualByComparingTo("87.5");
  }

  /**
   * A heading that joins the year's money to its targets (收支与绩效目标) holds both: what was spent
   * and the rate it was spent at are totals, and a target written with its bound is still none.
   */
  @Test
  void underAHeadingOfMoneyAndTargetsTheMoneyIsStated() {
    Report r = extract("（三）收支与绩效目标\n2024年度财政拨款收入合计2024.05万元，财政拨款支出合计2000.00万元，预算执行率98.81%。"
        + "核心绩效目标：资金支出率≥98%。\n（四）绩效目标\n预算执行率≥95%。");
    assertThat(r.totals().expenditure().text()).isEqualTo("2000.00万元");
    assertThat(r.totals().executionRate().text()).isEqualTo("98.81%");
    assertThat(r.figures()).filteredOn(f -> f.text().equals("95%")).singleElement()
        .satisfies(f -> assertThat(f.role()).isEqualTo("target"));
    assertThat(r.figures()).filteredOn(f -> f.text().equals("98.81%")).singleElement()
        .satisfies(f -> assertThat(f.role()).isNull());

    // spending that names whose targets they are is no money of the year: 项目支出绩效目标 holds targets
    Report targets = extract("（二）项目支出绩效目标\n预算执行率95%，群众满意度90%。\n（三）目标完成情况\n预算执行率为87.5%。");
    assertThat(targets.totals().executionRate().text()).isEqualTo("87.5%");
    assertThat(targets.figures()).filteredOn(f -> f.text().equals("95%")).singleElement()
        .satisfies(f -> assertThat(f.role()).isEqualTo("target"));

    // under results, a target stated beside its result says it is one (目标值)
    Report results = extract("二、项目绩效目标完成情况\n工程验收合格率目标值≥95%，实际完成值100%；新建集中供水工程目标3处，实际完成3处。");
    assertThat(results.figures()).extracting(Figure::text, Figure::role)
        .containsExactly(tuple("95%", "target"), tuple("100%", "actual"), tuple("3处", "target"), tuple("3处", "actual"));

    // a project's results under 项目绩效情况, its targets under 项目绩效目标
    Report project = extract("一、项目基本情况\n（二）项目绩效目标\n受益群众满意度≥90%。\n四、项目绩效情况\n（二）效益指标\n满意度94.93%。");
    assertThat(project.figures()).extracting(Figure::text, Figure::role).containsExactly(tuple("90%", "target"), tuple("94.93%", "actual"));
  }

  /**
   * A numbered line that opens with its own title (（二）绩效目标。…) heads the rest of the line as a heading line
   * would; what was done as a share of the target (完成目标值的120%) is a result, though its label ends 目标值.
   */
  @Test
  void aLineTitledByItsOpeningAndAShareOfTheTarget() {
    Report r = extract("一、项目概况\n（二）绩效目标。完成户厕改造1500户，群众满意度90%以上。\n（三）资金情况。实际支出432.60万元。\n"
        + "三、绩效目标完成情况\n建成标准化示范基地12个，完成目标值的120.00%。");
    assertThat(r.figures()).extracting(Figure::text, Figure::role).containsExactly(tuple("1500户", "target"), tuple("90%", "target"),
        tuple("432.60万元", null), tuple("12个", "actual"), tuple("120.00%", "actual"));

    // a title closed only by a comma is the sentence's own words, not a heading (按照绩效目标，…)
    Report sentence = extract("一、项目概况\n（二）按照年度绩效目标，全镇完成户厕改造1500户。");
    assertThat(sentence.figures()).extracting(Figure::role).containsOnlyNulls();
  }

  /**
   * The year-start budget as 年初预算安排 or a fund's 资金预算合计, beside the adjusted one restated later; a grade after the bands it
   * was given by, named 评价等级 (按照90分以上为优…的评价等级，本项目自评等级为“优”) or in nested parentheses; a score said 自评得; a fund's
   * whole named with its year; a works project's 完成投资 and a project's 项目支出 as its spending; person-days (6,020人天)
   * counted as such; and no year's spending in what was spent at a rate per unit.
   */
  @Test
  void aBudgetArrangedAGradeByItsBandsAndPersonDays() {
    Report arranged = extract("三、资金情况\n本项目年初预算安排八十五万元，年中追加十二万六千元，调整后预算为九十七万六千元。\n按调整后口径，项目预算97.60万元。");
    assertThat(arranged.totals().budget().text()).isEqualTo("八十五万元");
    Report fund = extract("三、资金情况\n年初县级预算安排二百四十万元，加上省级资金二百八十万元，全年贴息资金预算合计五百二十万元，调整后预算480.00万元。");
    assertThat(fund.totals().budget().text()).isEqualTo("五百二十万元");
    Report graded = extract("五、自评结论\n各项合计得分93分。按照90分以上为优、80（含）—90分为良、60（含）—80分为中、60分以下为差的评价等级，"
        + "本项目自评等级为“优”。");
    assertThat(graded.score().grade()).isEqualTo("优");
    // what was spent at a rate per unit (每个260元，支出31.20万元) is that item's, not the year's spending
    Report items = extract("三、资金使用情况\n其中，垃圾收集设施48.20万元分两块：分类垃圾桶1,200个，每个260元，支出31.20万元；垃圾收集亭25个，每个6,800元，"
        + "支出17.00万元。");
    assertThat(items.totals().expenditure()).isNull();
    // a score said 自评得 (整体支出绩效自评得94.5分) and a grade after bands in nested parentheses
    Report said = extract("五、自评结论\n根据90分以上为优、80—90分为良的评价标准，本部门2023年度整体支出绩效自评得94.5分，评价等级为“优”。");
    assertThat(said.score().total().text()).isEqualTo("94.5分");
    Report nested = extract("五、自评结论\n经自评，本项目得分95分。\n根据评价等级标准（90分（含）以上为优，80（含）—90分为良，60分以下为差），"
        + "本项目自评等级为“优”。");
    assertThat(nested.score().grade()).isEqualTo("优");
    // the bands named 评分等级, the grade given as they determine it (…60分以下为“差”确定，本项目自评等级为“优”; village libraries)
    Report determined = extract("三、自评得分及等级\n经自评，项目总得分90.5分。评分等级按90分（含）以上为“优”、80分（含）至90分为“良”、60分以下为“差”确定，"
        + "本项目自评等级为“优”。");
    assertThat(determined.score().grade()).isEqualTo("优");
    // a fund's whole named with its year, and a works project's spending as the investment it completed
    Report whole = extract("一、资金情况\n2023年度肉牛产业发展扶持资金共计860.00万元，其中：中央财政资金500.00万元。\n"
        + "截至2023年12月31日，项目累计完成投资296.74万元，预算执行率97.29%。");
    assertThat(whole.totals().budget().text()).isEqualTo("860.00万元");
    assertThat(whole.totals().expenditure().text()).isEqualTo("296.74万元");
    // 项目支出 is a one-project report's spending where its rate bears it out, and a department's kind of spending where not
    Report project = extract("三、资金情况\n项目年初预算280.00万元，年中追加35.00万元，调整后预算315.00万元。\n截至2024年12月31日，项目支出306.42万元，"
        + "预算执行率97.28%（按调整后预算计算）。");
    assertThat(project.totals().expenditure().text()).isEqualTo("306.42万元");
    Report department = extract("三、资金情况\n部门年初预算1,386.40万元。\n项目支出580.31万元，执行率90.72%。");
    assertThat(department.totals().expenditure()).isNull();
    Report days = extract("四类学员合计570人、6,020人天，培训费合计180.6万元。");
    assertThat(days.figures()).extracting(Figure::text, Figure::unit).contains(tuple("6,020人天", "人天"));
  }

  /** The parts' scores in the sentence after the grade, announced 各项指标得分如下, past the bands in parentheses after the grade. */
  @Test
  void partsAnnouncedAfterTheBandsOfTheGrade() {
    Report r = extract("五、自评结论\n本项目自评得分92分，等级为\"优\"（90分以上为优，80—90分为良，60—80分为中，60分以下为差）。各项指标得分如下：决策指标15分，"
        + "得14分；过程指标25分，得23分；产出指标40分，得38分；效益指标20分，得17分。");
    assertThat(r.score().total().text()).isEqualTo("92分");
    assertThat(r.score().components()).extracting(c -> c.name(), c -> c.score().text(), c -> c.weight().text()).containsExactly(
        tuple("决策指标", "14分", "15分"), tuple("过程指标", "23分", "25分"), tuple("产出指标", "38分", "40分"), tuple("效益指标", "17分", "20分"));
  }

  /** What was completed of a budget (共完成预算资金) is what was spent, not the budget. */
  @Test
  void whatWasCompletedOfTheBudgetIsSpent() {
    Report r = extract("本项目共申请预算资金90万元。本项目共完成预算资金89.97万元。");
    assertThat(r.totals().budget().text()).isEqualTo("90万元");
    assertThat(r.totals().expenditure().text()).isEqualTo("89.97万元");
    assertThat(extract("本项目共完成预算资金89.97万元。").totals().budget()).isNull();
  }

  /** What a subsidy paid out (全年实际发放津贴, 累计兑付补贴资金) is its spending, and its 发放率 the rate of it; a part paid out is not. */
  @Test
  void whatASubsidyPaidOutIsSpent() {
    Report r = extract("二、资金安排\n2024年度项目预算资金1,400.00万元。全年实际发放津贴1,361.76万元，预算执行率97.27%。");
    assertThat(r.totals().expenditure().text()).isEqualTo("1,361.76万元");
    Report farmland = extract("二、资金管理及使用情况\n县财政下达补贴资金384.61万元。实际发放384.61万元，发放率100%。");
    assertThat(farmland.totals().expenditure().text()).isEqualTo("384.61万元");
    assertThat(farmland.totals().executionRate().text()).isEqualTo("100%");
    assertThat(extract("二、资金使用\n为340名老人发放津贴122.40万元。").totals().expenditure()).as("a group's").isNull();
    assertThat(extract("二、资金使用\n低保金发放率100%。").totals().executionRate()).as("an indicator's").isNull();
    assertThat(extract("二、资金使用情况\n全年共补贴农机具1,286台（套），兑付补贴资金907.14万元，资金兑付率95.49%。").totals().expenditure().text())
        .isEqualTo("907.14万元");
    assertThat(extract("二、资金使用\n项目实际支出1,015.38万元，按调整后预算计算，预算执 行率为97.39%。").totals().executionRate().text())
        .as("a stray space in the words, as a scan leaves it").isEqualTo("97.39%");
    assertThat(extract("一、基本情况\n2023年纳入自评范围的项目共十个，年度预算合计199.46万元。").totals().budget().text())
        .as("the year's budget summed").isEqualTo("199.46万元");
    assertThat(extract("二、资金使用情况\n全年兑付农机补贴资金1,202.58万元。按资金来源分：中央资金支出1,085.40万元，省级资金支出117.18万元。")
        .totals().expenditure().text()).as("the subsidy named").isEqualTo("1,202.58万元");
    assertThat(extract("（四）资金使用。2023年共发放租赁补贴239.94万元，即2,399,400.00元。").totals().expenditure().text())
        .as("paid out in all").isEqualTo("239.94万元");
    assertThat(extract("（四）资金使用。截至2023年12月31日，全县共兑付地力补贴资金3,532.48万元。").totals().expenditure().text())
        .as("paid out by the county").isEqualTo("3,532.48万元");
    assertThat(extract("（二）资金发放。全年共有319辆车获得补贴，发放金额1,570,800元，资金执行率93.50%，结余109,200元。").totals().expenditure().text())
        .as("the amount paid out, its rate after it").isEqualTo("1,570,800元");
    assertThat(extract("（三）资金使用。全年完成投资并支付1,896.35万元（约0.19亿元）。").totals().expenditure().text())
        .as("the investment completed and paid").isEqualTo("1,896.35万元");
    // money named alone is the report's, no project's: its budget and what was executed of it (a township's culture fund)
    Report executed = extract("一、项目基本情况\n2023年度项目资金预算数为86.00万元，截至2023年12月31日，项目资金执行数为82.35万元，预算执行率为95.76%。");
    assertThat(executed.projects()).isEmpty();
    assertThat(executed.totals().budget().text()).isEqualTo("86.00万元");
    assertThat(executed.totals().expenditure().text()).isEqualTo("82.35万元");
    assertThat(executed.totals().executionRate().text()).isEqualTo("95.76%");
    Report posts = extract("二、资金使用情况\n年初预算安排岗位补贴资金226.80万元。全年实际发放1488人月，支出补贴资金223.20万元，预算执行率98.41%。");
    assertThat(posts.totals().expenditure().text()).as("a subsidy's spending").isEqualTo("223.20万元");
    assertThat(extract("一、资金基本情况\n全县共获得补助资金2.36亿元。截至2024年12月31日，已支出22,891.40万元，支出进度97.00%。").totals()
        .expenditure().text()).as("已支出").isEqualTo("22,891.40万元");
    assertThat(extract("二、资金使用情况\n上级下达补助资金126万元。截至年底，已拨付补助资金119.00万元，资金拨付率94.44%。").totals().expenditure().text())
        .as("a subsidy paid out").isEqualTo("119.00万元");
    // a fund passed on to another account: what it passed on (拨付) is spent, 拨付率 its rate
    Report passed = extract("二、资金投入及使用情况\n全年应安排补助资金3752.45万元。补助资金已全部拨付至医保基金财政专户，拨付3752.45万元，拨付率100%。");
    assertThat(passed.totals().expenditure().text()).isEqualTo("3752.45万元");
    assertThat(passed.totals().executionRate().text()).isEqualTo("100%");
    // a fund's report: what it got (共获得…补助资金) is its budget, 资金支出 its spending
    Report fund = extract("某某镇2024年度衔接推进乡村振兴补助资金绩效自评报告\n一、资金安排情况\n2024年我镇共获得衔接推进乡村振兴补助资金2,860.00万元。"
        + "截至2024年12月31日，资金支出2,718.36万元，支出进度95.05%。");
    assertThat(fund.totals().budget().text()).isEqualTo("2,860.00万元");
    assertThat(fund.totals().expenditure().text()).isEqualTo("2,718.36万元");
    // what was given is one part of a bare 合计 (上级下达… and 县级配套…): the 合计 is the budget; 合计支出 the spending
    Report preschool = extract("某某县教育局2024年度学前教育发展专项资金绩效自评报告\n二、资金情况\n上级下达学前教育发展资金1,126.00万元，"
        + "县级配套资金300.00万元，合计1,426.00万元。分别支出612.40万元、468.30万元和286.50万元，合计支出1,367.20万元，执行率95.88%。");
    assertThat(preschool.totals().budget().text()).isEqualTo("1,426.00万元");
    assertThat(preschool.totals().expenditure().text()).isEqualTo("1,367.20万元");
    assertThat(preschool.figures()).filteredOn(f -> f.text().equals("468.30万元")).extracting(Figure::partOf).containsExactly("f7");
  }

  /**
   * A department's budget balances, so its income budget is its budget, and comes before the
   * projects' total stated later; income as received, or a place's fiscal revenue, is no budget.
   */
  @Test
  void anIncomeBudgetIsTheBudgetButIncomeIsNot() {
    Report r = extract("2024年度部门收入预算总额为3216.48万元，其中一般公共预算拨款2987.36万元。本年度共实施项目4个，预算总额1892.40万元。");
    assertThat(r.totals().budget().text()).isEqualTo("3216.48万元");
    assertThat(extract("一、预算情况\n本年收入预算为800.00万元。").totals().budget().text()).isEqualTo("800.00万元");
    assertThat(extract("全镇完成一般公共预算收入总额5000万元。").totals().budget()).isNull();
    assertThat(extract("全镇一般公共预算收入总额5000万元，同比增长8%。").totals().budget()).isNull();
    assertThat(extract("2024年本年收入3216.48万元。").totals().budget()).isNull();
    // a township's budget income (部门预算收入) and its year's spending (2024年度支出), not its projects' after them
    Report town = extract("二、部门预算收支情况\n2024年度部门预算收入4,368.20万元，其中：一般公共预算拨款3,926.40万元。\n2024年度支出4,215.36万元，"
        + "其中：基本支出1,386.52万元。预算执行率96.50%。\n四、项目支出绩效情况\n全年实施项目18个，预算资金2,936.50万元，实际支出2,828.84万元。");
    assertThat(town.totals().budget().text()).isEqualTo("4,368.20万元");
    assertThat(town.totals().expenditure().text()).isEqualTo("4,215.36万元");
    // a street office's 部门预算 of the year
    Report street = extract("一、基本情况\n2024年度部门预算2,450.00万元，较2023年的2,280.00万元增加170.00万元。全年支出2,386.20万元，预算执行率97.40%。");
    assertThat(street.totals().budget().text()).isEqualTo("2,450.00万元");
  }

  /** 合计, 总计, 累计 and 小计 are the label's own words; a bare 计 is "counting" and is trimmed off. */
  @Test
  void aTotalWordEndsItsLabel() {
    Report r = extract("财政拨款支出合计2024.05万元，项目支出总计1460.09万元，累计1200万元，专项资金计200万元。");
    assertThat(r.figures()).extracting(f -> f.label())
        .containsExactly("财政拨款支出合计", "项目支出总计", "累计", "专项资金");
    assertThat(r.totals().expenditure().text()).isEqualTo("2024.05万元");
  }

  /**
   * The budget after its adjustment is no adjustment: 调整预算后项目预算861.46万元 is adjustedBudget, and
   * 预算调整20万元 still budgetAdjustment. Money after a count's noun is what the counted were given,
   * under the count's label ("年初批复预算8个项目985万元"). What was carried into the year (年初结转结余)
   * is not what is carried out of it.
   */
  @Test
  void anAdjustedBudgetAndTheMoneyOfACount() {
    Report r = extract("年初批复预算8个项目985万元（含1个年初结转结余项目50万元），年中增加3个项目120万元。调整预算后项目预算861.46万元，全年预算调整20万元。");
    assertThat(r.totals().others()).as("the carryover into the year is no year-end carryover").doesNotContainKey("yearEndCarryover");
    assertThat(r.totals().others().get("adjustedBudget")).isInstanceOfSatisfying(dev.jixiao.record.Money.class,
        m -> assertThat(m.text()).isEqualTo("861.46万元"));
    assertThat(r.totals().others().get("budgetAdjustment")).isInstanceOfSatisfying(dev.jixiao.record.Money.class,
        m -> assertThat(m.text()).isEqualTo("20万元"));
    assertThat(r.figures()).extracting(f -> f.label(), f -> f.text()).contains(
        org.assertj.core.api.Assertions.tuple("年初批复预算项目", "8个"), org.assertj.core.api.Assertions.tuple("年初批复预算项目", "985万元"),
        org.assertj.core.api.Assertions.tuple("年中增加项目", "3个"), org.assertj.core.api.Assertions.tuple("年中增加项目", "120万元"));
    assertThat(extract("全年预算调整后为1100万元。").totals().others()).containsOnlyKeys("adjustedBudget");
    // what the year added adjusts the budget too; the 三公经费's does not adjust the unit's
    assertThat(extract("预算总额1000万元，追加预算200万元，全年支出1100万元。").totals().others().get("budgetAdjustment"))
        .isInstanceOfSatisfying(dev.jixiao.record.Money.class, m -> assertThat(m.text()).isEqualTo("200万元"));
    assertThat(extract("预算总额1000万元，三公经费追加预算2万元。").totals().others()).doesNotContainKey("budgetAdjustment");
    // what an item saved against the budget the year added (比追加预算节约3.00万元) adjusts nothing
    assertThat(extract("年初预算312.60万元。大会经费42.00万元，比追加预算节约3.00万元。").totals().others()).doesNotContainKey("budgetAdjustment");
    // a sentence about the 三公经费 goes on about them: its 执行率 is not the unit's
    Report threePublic = extract("“三公”经费年初预算12.00万元，实际支出10.20万元，执行率85.00%。\n全年预算数3300.00万元，实际支出3200.00万元，预算执行率96.97%。");
    assertThat(threePublic.totals().executionRate().text()).isEqualTo("96.97%");
    assertThat(threePublic.totals().budget().text()).isEqualTo("3300.00万元");
    assertThat(threePublic.totals().expenditure().text()).isEqualTo("3200.00万元");
    // a report that states only its budget after adjustment states its budget
    assertThat(extract("全年预算调整后为1100万元。").totals().budget().text()).isEqualTo("1100万元");
    assertThat(r.totals().budget().text()).as("what the 8 projects were first given is theirs, not the year's budget")
        .isEqualTo("861.46万元");
    assertThat(extract("预算总额1000万元，全年预算调整后为1100万元。").totals().budget().text()).as("a budget stated outright comes first")
        .isEqualTo("1000万元");
    // 约 ends 节约 (saved) as a word of its own, not as "about" before the figure
    assertThat(extract("支出5.60万元，较年初预算6.00万元节约0.40万元。").figures()).extracting(f -> f.label()).last()
        .asString().endsWith("节约");
    // only right after the count: words of its own, after a comma, are the figure's own label
    assertThat(extract("项目支出100万元，支出95万元。").figures()).extracting(f -> f.label()).containsExactly("项目支出", "支出");
  }

  /**
   * A label written as a field's, before a colon, names the figure after it (预算执行率：95%), as the
   * same words run into the figure do; a line's numbering (1、 2.) is no part of a label.
   */
  @Test
  void aFieldsLabelBeforeItsColonAndNoNumbering() {
    Report r = extract("二、部门整体支出情况\n预算执行率：95%。\n全年预算数:100万元。\n1、收入：792.22万元。\n2. 实际支出799.12万元。\n");
    assertThat(r.figures()).extracting(f -> f.label(), f -> f.text()).containsExactly(
        org.assertj.core.api.Assertions.tuple("预算执行率", "95%"), org.assertj.core.api.Assertions.tuple("全年预算数", "100万元"),
        org.assertj.core.api.Assertions.tuple("收入", "792.22万元"), org.assertj.core.api.Assertions.tuple("实际支出", "799.12万元"));
    assertThat(r.totals().executionRate().text()).isEqualTo("95%");
    assertThat(r.totals().expenditure().text()).isEqualTo("799.12万元");
    // spending written bare, as a county CPPCC's report writes its year's (2、支出：799.12万元), is the year's
    assertThat(extract("2021年部门决算收支完成情况。\n2、支出：799.12万元。其中：人员经费支出434.89万元。\n").totals().expenditure().text())
        .isEqualTo("799.12万元");
    assertThat(extract("本单位全年支出512万元，其中项目支出200万元。").totals().expenditure().text()).isEqualTo("512万元");
    // a colon after words that carry no figure of their own still ends the label before it
    assertThat(extract("其中：财政拨款收入792.22万元。").figures()).extracting(f -> f.label()).containsExactly("财政拨款收入");
  }

  /** 其中 opening the clause after an amount's share (实际支出15.42万元，占预算的82.90%；其中：…): the parts are of that amount. */
  @Test
  void aBreakdownInTheClauseAfterItsShare() {
    Report r = extract("（三）“三公”经费。“三公”经费年初预算18.60万元，实际支出15.42万元，占预算的82.90%；其中：公务用车运行维护费11.86万元，"
        + "公务接待费3.56万元，因公出国（境）费0元。");
    assertThat(r.figures()).extracting(Figure::text, Figure::partOf).containsExactly(tuple("18.60万元", null), tuple("15.42万元", null),
        tuple("82.90%", null), tuple("11.86万元", "f2"), tuple("3.56万元", "f2"), tuple("0元", "f2"));
  }

  /**
   * 其中 opening the next sentence breaks down the amount the sentence before stated, when it stated
   * one (2、支出：799.12万元。其中：…); after a sentence of several (…60分以下1个。其中，抽查项目3个) it is of
   * them all, and breaks down none.
   */
  @Test
  void aBreakdownInTheNextSentenceBelongsToTheOneAmountBeforeIt() {
    Report r = extract("2、支出：799.12万元。其中：人员经费支出434.89万元，公用经费支出77.4万元，项目支出286.83万元。");
    List<Figure> f = r.figures();
    assertThat(f).extracting(Figure::partOf).containsExactly(null, f.get(0).id(), f.get(0).id(), f.get(0).id());
    assertThat(f.get(0).partsClosed()).isTrue();

    Report several = extract("自评得分90分以上的58个，得分60至90分3个，60分以下1个。其中，抽查项目3个，分别是甲项目、乙项目、丙项目。");
    assertThat(several.figures()).extracting(Figure::partOf).containsOnlyNulls();

    // the one amount of a sentence that its rate ends: the parts and their shares after 其中 are of it
    Report rated = extract("2024年度实际支出3502.16万元，预算执行率为96.51%。其中基本支出1684.25万元，占总支出的48.09%；"
        + "项目支出1817.91万元，占总支出的51.91%。");
    List<Figure> g = rated.figures();
    assertThat(g).extracting(Figure::text, Figure::partOf).containsExactly(tuple("3502.16万元", null), tuple("96.51%", null),
        tuple("1684.25万元", "f1"), tuple("48.09%", null), tuple("1817.91万元", "f1"), tuple("51.91%", null));
    assertThat(g.get(0).partsClosed()).isTrue();
    // a budget and what was spent of it: the parts are read as the spending's (breakdown.sum takes either)
    Report twoAmounts = extract("预算3628.78万元，实际支出3502.16万元，执行率为96.51%。其中基本支出1684.25万元，项目支出1817.91万元。");
    assertThat(twoAmounts.figures()).extracting(Figure::partOf).containsExactly(null, null, null, "f2", "f2");
    Report twoBudgets = extract("年初预算3628.78万元，调整后预算3502.16万元，执行率为96.51%。其中基本支出1684.25万元，项目支出1817.91万元。");
    assertThat(twoBudgets.figures()).extracting(Figure::partOf).as("no amount spent").containsOnlyNulls();
    // nor does a change from the year before make a second amount (a department's final accounts)
    Report changed = extract("2023年度“三公”经费财政拨款支出决算为12.86万元，完成预算的85.73%，较上年减少1.94万元，下降13.11%。"
        + "其中：因公出国（境）费0万元；公务用车购置及运行维护费9.42万元；公务接待费3.44万元。");
    assertThat(changed.figures()).extracting(Figure::text, Figure::partOf).containsExactly(tuple("12.86万元", null), tuple("85.73%", null),
        tuple("1.94万元", null), tuple("13.11%", null), tuple("0万元", "f1"), tuple("9.42万元", "f1"), tuple("3.44万元", "f1"));
    // a count of projects, their budget and spending; then each kind's count and spending, parted by semicolons (a township's)
    Report kinds = extract("全年实施项目18个，预算资金2,936.50万元，实际支出2,828.84万元，项目资金执行率96.33%。其中乡村振兴衔接资金项目6个，"
        + "支出1,265.30万元；基础设施建设项目5个，支出986.24万元；民生保障项目7个，支出577.30万元。");
    assertThat(kinds.figures()).extracting(Figure::text, Figure::partOf).containsExactly(tuple("18个", null), tuple("2,936.50万元", null),
        tuple("2,828.84万元", null), tuple("96.33%", null), tuple("6个", "f1"), tuple("1,265.30万元", "f3"), tuple("5个", "f1"),
        tuple("986.24万元", "f3"), tuple("7个", "f1"), tuple("577.30万元", "f3"));
    // counts of one measure (编制人数86人，其中行政编制32人、事业编制54人；实有在职人员81人) are no pairs
    Report staff = extract("我局内设机构9个。编制人数86人，其中行政编制32人、事业编制54人；实有在职人员81人，空编5人；退休人员47人。");
    assertThat(staff.figures()).extracting(Figure::text, Figure::partOf).containsExactly(tuple("9个", null), tuple("86人", null),
        tuple("32人", "f2"), tuple("54人", "f2"), tuple("81人", null), tuple("5人", null), tuple("47人", null));
  }

  /**
   * Each part compared with its own amount the year before (公务接待费2.35万元，较上年3.10万元下降24.19%):
   * the year before's amount is no part, and the ； after it does not end the list.
   */
  @Test
  void thePartsAmountsTheYearBeforeAreNoParts() {
    Report r = extract("（二）“三公”经费\n2024年“三公”经费支出12.36万元，较上年15.02万元减少2.66万元，下降17.71%。其中：公务接待费2.35万元，"
        + "较上年3.10万元下降24.19%；公务用车运行维护费10.01万元，较上年11.92万元下降16.02%；因公出国（境）费0元。");
    assertThat(r.figures()).extracting(Figure::text, Figure::partOf).containsExactly(tuple("12.36万元", null), tuple("15.02万元", null),
        tuple("2.66万元", null), tuple("17.71%", null), tuple("2.35万元", "f1"), tuple("3.10万元", null), tuple("24.19%", null),
        tuple("10.01万元", "f1"), tuple("11.92万元", null), tuple("16.02%", null), tuple("0元", "f1"));
    assertThat(r.figures().get(0).partsClosed()).isTrue();
  }

  /**
   * The budget after its adjustment ends the sentence of the budget and what was added: the next
   * sentence's 其中 breaks it down. Spending parts each with a rate named for them run on across ；.
   * (A county health bureau's report: before, neither list was linked, and each 基本支出 was taken for
   * the other stated again.)
   */
  @Test
  void theAdjustedBudgetsPartsAndTheSpendingsPartsWithTheirRates() {
    Report r = extract("（一）预算安排\n2024年部门年初预算18,642.35万元，年中追加预算2,357.65万元，调整后预算21,000.00万元。其中：基本支出9,816.42万元，"
        + "占46.74%；项目支出11,183.58万元，占53.26%。\n（二）预算执行\n2024年部门实际支出20,286.90万元，预算执行率96.60%。其中基本支出9,712.18万元，"
        + "基本支出执行率98.94%；项目支出10,574.72万元，项目支出执行率94.56%。");
    List<Figure> f = r.figures();
    assertThat(f).filteredOn(x -> x.label().strip().endsWith("支出") && x.partOf() != null)
        .extracting(Figure::text, x -> r.figures().stream().filter(y -> y.id().equals(x.partOf())).findFirst().orElseThrow().text())
        .containsExactly(tuple("9,816.42万元", "21,000.00万元"), tuple("11,183.58万元", "21,000.00万元"),
            tuple("9,712.18万元", "20,286.90万元"), tuple("10,574.72万元", "20,286.90万元"));
  }

  /** A name goes on across a word of one or two characters in parentheses, or ends in one, not across a unit's or a note's. */
  @Test
  void aNameGoesOnAcrossAShortWordInParentheses() {
    Report r = extract("（一）支出\n因公出国（境）费0元，公务用车购置及运行（维护）费9.42万元，综合工作经费（超收分成）项目全年预算383万元。\n"
        + "项目资金（万元）年初预算数6400.00万元");
    assertThat(r.figures()).extracting(Figure::label)
        .containsExactly("因公出国（境）费", "公务用车购置及运行（维护）费", "项目全年预算", "年初预算数");
    // and to the figure when the word closes the name right before it
    assertThat(extract("二、资金使用情况\n受益农户（组织）1,105户，全镇下辖行政村（社区）28个。").figures()).extracting(Figure::label)
        .containsExactly("受益农户（组织）", "全镇下辖行政村（社区）");
  }

  /**
   * Figures in parentheses after a part break that part down, not the total: 1894人 is 187人 and
   * 1707人, and the people in each parenthesis are theirs (a published department report's staff).
   */
  @Test
  void aPartsOwnBreakdownInParenthesesIsThePartsNotTheTotals() {
    Report r = extract("区城管执法局现有人员1894人，其中局本级187人（在职在编139人、退休人员8人、协管员40人），"
        + "环卫处1707人（在职在编132人、退休人员148人、临聘人员272人、市场化公司聘用人员1155人）。");
    List<Figure> f = r.figures();
    assertThat(f).extracting(Figure::text, Figure::partOf).containsExactly(
        org.assertj.core.api.Assertions.tuple("1894人", null), org.assertj.core.api.Assertions.tuple("187人", "f1"),
        org.assertj.core.api.Assertions.tuple("139人", "f2"), org.assertj.core.api.Assertions.tuple("8人", "f2"),
        org.assertj.core.api.Assertions.tuple("40人", "f2"), org.assertj.core.api.Assertions.tuple("1707人", "f1"),
        org.assertj.core.api.Assertions.tuple("132人", "f6"), org.assertj.core.api.Assertions.tuple("148人", "f6"),
        org.assertj.core.api.Assertions.tuple("272人", "f6"), org.assertj.core.api.Assertions.tuple("1155人", "f6"));
    assertThat(f.get(0).partsClosed()).isTrue();
    // a parenthesis right after the total is its breakdown
    assertThat(extract("现有人员187人（其中：在职在编139人、退休人员8人、协管员40人）。").figures()).extracting(Figure::partOf)
        .containsExactly(null, "f1", "f1", "f1");
    // and ends where it closes
    assertThat(extract("一批项目总投资3374.3万元(其中建筑工程3292万元),二批项目总投资2069.51万元。").figures()).extracting(Figure::partOf)
        .containsExactly(null, "f1", null);
  }

  /** Names in parentheses after a count are its items; an aside there with clauses of its own names none. */
  @Test
  void namesInParenthesesButNoAside() {
    Report r = extract("一、项目概况\n现有市级代表性传承人12名、县级代表性传承人37名（国家级、省级传承人补助由上级直接发放，不在本项目内）。"
        + "其中3个行政部门（人大、政府和党委）。");
    assertThat(r.figures()).filteredOn(f -> f.text().equals("37名")).extracting(Figure::listed).containsExactly((Integer) null);
    assertThat(r.figures()).filteredOn(f -> f.text().equals("3个")).extracting(Figure::listed).containsExactly(3);
  }

  /** A count whose noun follows it is labelled by the noun, not by the connecting word or the writer's name for itself before it. */
  @Test
  void aCountsLabelDropsTheWordsThatOnlyConnect() {
    Report r = extract("本单位共有10个机构单位，其中3个行政部门（人大、政府和党委）和7个事业单位（农业服务中心、文化服务中心）组成。我镇4个工作队共32万元。");
    assertThat(r.figures()).extracting(f -> f.label(), f -> f.text()).containsExactly(
        org.assertj.core.api.Assertions.tuple("机构单位", "10个"), org.assertj.core.api.Assertions.tuple("行政部门", "3个"),
        org.assertj.core.api.Assertions.tuple("事业单位", "7个"), org.assertj.core.api.Assertions.tuple("工作队", "4个"),
        org.assertj.core.api.Assertions.tuple("工作队", "32万元"));
  }

  @Test
  void fiscalShareAndAdjustmentsGoToNamedTotals() {
    Report r = extract("财政支出总金额800万元，占财政支出总金额12.5%。全年预算调整20万元，调整率2.5%，年底预算结余30万元，年末结转结余0万元。");
    assertThat(r.totals().others()).containsKeys("fiscalExpenditure", "shareOfFiscal", "budgetAdjustment", "adjustmentRate",
        "yearEndBudgetBalance", "yearEndCarryover");
  }

  @Test
  void projectCountInWordsOrFigures() {
    assertThat(extract("本年度我单位共开展自评项目三十六个。").totals().projectCount().value()).isEqualTo(36);
    assertThat(extract("全镇共计18个专项资金项目纳入评价。").totals().projectCount().value()).isEqualTo(18);
    assertThat(extract("其中12个项目全部完成。").totals().projectCount()).isNull();
    // the projects an evaluation was made of; not a choice of them (重点, 抽取)
    assertThat(extract("2024年我镇共对15个项目开展绩效自评。").totals().projectCount().value()).isEqualTo(15);
    assertThat(extract("本次对全镇15个项目进行了自评。").totals().projectCount().value()).isEqualTo(15);
    Report year = extract("一、自评工作开展情况\n我镇对2024年度实施的15个项目开展了绩效自评，涉及资金2,368.40万元，实际支出2,251.62万元。");
    assertThat(year.totals().projectCount().value()).as("the year before the projects").isEqualTo(15);
    assertThat(year.totals().budget().text()).as("the money of the projects evaluated").isEqualTo("2,368.40万元");
    assertThat(extract("对3个重点项目开展绩效评价。").totals().projectCount()).isNull();
    assertThat(extract("对抽取的3个项目开展绩效评价。").totals().projectCount()).isNull();
    // a county's summary of its departments' self-evaluations, in thousands
    Report county = extract("一、基本情况\n纳入自评的项目共1,240个，较上年1,105个增加135个。");
    assertThat(county.totals().projectCount().value()).isEqualTo(1240);
    assertThat(county.totals().projectCount().text()).isEqualTo("1,240个");
  }

  @Test
  void gradeCountsWithShares() {
    List<GradeCount> g = extract("评价等级为“良”的项目5个，占25%；评价等级为“优”的项目15个，占75%。").gradeDistribution();
    assertThat(g).extracting(GradeCount::grade).containsExactly("良", "优");
    assertThat(g.get(0).count().value()).isEqualTo(5);
    assertThat(g.get(1).percent().value()).isEqualByComparingTo("75");
    // the long forms of the grades, as the score and the bands read them too
    assertThat(extract("评价等级为“优秀”的项目12个，“中等”的项目3个。").gradeDistribution()).extracting(GradeCount::grade)
        .containsExactly("优秀", "中等");
    // the grades listed after the first by their words alone; 其中 is no grade 中
    assertThat(extract("15个项目中，自评等级为优的12个，良2个，中1个，差0个，优良率93.33%。").gradeDistribution())
        .extracting(GradeCount::grade, x -> x.count().value())
        .containsExactly(tuple("优", 12), tuple("良", 2), tuple("中", 1), tuple("差", 0));
    assertThat(extract("自评等级为优的项目12个，其中1个为新增项目。").gradeDistribution()).extracting(GradeCount::grade).containsExactly("优");
    // 评为 and 为 before each grade, a bare grade right after 其中, and 等次 for 等级
    for (String list : List.of("其中评为优的12个，良的2个，中的1个。", "其中优12个，良2个，中1个。", "其中评价等级为优的12个，为良的2个，为中的1个。",
        "其中优等次12个，良等次2个，中等次1个。")) {
      assertThat(extract("15个项目自评结果：" + list).gradeDistribution()).as(list).extracting(GradeCount::grade, x -> x.count().value())
          .containsExactly(tuple("优", 12), tuple("良", 2), tuple("中", 1));
    }
    assertThat(extract("其中中央资金12个项目。").gradeDistribution()).as("其中中央").isEmpty();
  }

  @Test
  void scoreGroupsAreKeptAsWritten() {
    List<GradeCount> g = extract("得分85分以上的12个，得分60-85分的5个，60分以下的2个。").gradeDistribution();
    assertThat(g).extracting(GradeCount::grade).containsExactly("85分以上", "60-85分", "60分以下");
    assertThat(g).extracting(x -> x.count().value()).containsExactly(12, 5, 2);
  }

  @Test
  void aCountThatIsNotAGradeIsNotOne() {
    assertThat(extract("其中3个项目在建。").gradeDistribution()).isEmpty();
  }

  @Test
  void gradeBandsWithInclusiveBounds() {
    Report r = extract("评分标准：85分以上为优秀，70-85分为良好，60分以下为差。");
    List<GradeBand> bands = r.score().bands();
    assertThat(bands).extracting(GradeBand::grade).containsExactly("优秀", "良好", "差");
    assertThat(bands.get(1).contains(new BigDecimal("85"))).isFalse();
    assertThat(bands.get(1).contains(new BigDecimal("70"))).isTrue();
    assertThat(bands.get(0).contains(new BigDecimal("85"))).isTrue();
    assertThat(r.score().total()).isNull();
    // a range's lower bound marked inclusive after its 分 (80分（含）至90分), and ranges with a dash (80—90分)
    Report marked = extract("按照90分（含）以上为“优”、80分（含）至90分为“良”、60—80分为“中”、60分以下为“差”的标准评定。");
    assertThat(marked.score().bands()).extracting(GradeBand::grade, GradeBand::min, GradeBand::max).containsExactly(
        org.assertj.core.api.Assertions.tuple("优", new BigDecimal("90"), null),
        org.assertj.core.api.Assertions.tuple("良", new BigDecimal("80"), new BigDecimal("90")),
        org.assertj.core.api.Assertions.tuple("中", new BigDecimal("60"), new BigDecimal("80")),
        org.assertj.core.api.Assertions.tuple("差", null, new BigDecimal("60")));
  }

  /** A special fund's report scores the fund (该专项资金绩效自评得分97.5分): the report's score. */
  @Test
  void theFundsScoreIsTheReports() {
    Report r = extract("某县农业农村局2024年度耕地地力保护补贴等专项资金绩效自评报告\n四、自评结论\n经自评，该专项资金绩效自评得分97.5分，等级为优。");
    assertThat(r.score().total().text()).isEqualTo("97.5分");
    assertThat(r.score().grade()).isEqualTo("优");
  }

  @Test
  void scoreWithComponentsAndGrade() {
    Report r = extract("经自评，决策指标得分18分，过程指标得分19.5分，产出指标得分35分，效益指标得分20分，综合得分92.5分，评价等级为优秀。");
    assertThat(r.score().total().value()).isEqualByComparingTo("92.5");
    assertThat(r.score().grade()).isEqualTo("优秀");
    assertThat(r.score().components()).extracting(c -> c.name()).containsExactly("决策", "过程", "产出", "效益");

    // a one-project report's score (本项目综合得分), each part's weight after it in parentheses
    Report project = extract("三、绩效自评结论\n经自评，本项目综合得分94分，其中决策指标得分14分（满分15分），过程指标得分18分（满分20分），评价等级为“优”。");
    assertThat(project.score().total().text()).isEqualTo("94分");
    assertThat(project.score().components()).extracting(c -> c.name(), c -> c.score().text(), c -> c.weight().text())
        .containsExactly(tuple("决策", "14分", "15分"), tuple("过程", "18分", "20分"));
    assertThat(extract("三、绩效自评结论\n全镇共评价项目12个，项目综合得分均在90分以上。").score()).as("the projects' scores").isNull();
    // 项目 alone before its score's words is the project the report is about; a named project is another's
    Report bare = extract("五、自评结论\n项目自评得分95分，其中：项目决策18分，项目过程19分，项目产出38分，项目效益20分，评价等级为“优”。");
    assertThat(bare.score().total().text()).isEqualTo("95分");
    assertThat(bare.score().components()).extracting(c -> c.name()).containsExactly("项目决策", "项目过程", "项目产出", "项目效益");
    assertThat(extract("五、自评结论\n农村道路项目自评得分95分。").score()).as("a named project's").isNull();
    Report specific = extract("四、自评结论\n项目自评得分为90-100分区间，具体得分93.5分，等级为优。");
    assertThat(specific.score().total().text()).as("the score within its band").isEqualTo("93.5分");
    // 自评总分, its parts listed with 、 after 其中 and the grade in a sentence of its own (a county water bureau's)
    Report water = extract("四、自评结果\n本项目自评总分93分，其中：决策15分、过程18分、产出36分、效益24分。等级为优。");
    assertThat(water.score().total().text()).isEqualTo("93分");
    assertThat(water.score().grade()).isEqualTo("优");
    assertThat(water.score().components()).extracting(c -> c.name(), c -> c.score().text())
        .containsExactly(tuple("决策", "15分"), tuple("过程", "18分"), tuple("产出", "36分"), tuple("效益", "24分"));
    // a bare 合计 after parts named alone, the sentence opening announcing scores; the grade 评定 (a township's health insurance)
    Report announced = extract("四、综合评价\n本年度自评分数：决策类指标18分，过程类指标19分，产出类指标37.5分，效益类指标18分，合计92.5分，评定为优。");
    assertThat(announced.score().total().text()).isEqualTo("92.5分");
    assertThat(announced.score().grade()).isEqualTo("优");
    assertThat(announced.score().components()).extracting(c -> c.name(), c -> c.score().text())
        .containsExactly(tuple("决策", "18分"), tuple("过程", "19分"), tuple("产出", "37.5分"), tuple("效益", "18分"));
    assertThat(extract("四、指标设置\n决策类指标20分，过程类指标20分，产出类指标40分，效益类指标20分，合计100分。").score())
        .as("weights, not scores").isNull();
    Report total = extract("三、自评结论\n经自评，项目总得分92.5分，自评等级为“优”。");
    assertThat(total.score().total().text()).isEqualTo("92.5分");
    assertThat(total.score().grade()).isEqualTo("优");
    // the parts in a sentence of their own after the grade (a township's river works)
    Report after = extract("四、自评得分\n项目自评得分88.5分，评价等级为“良”。其中：项目决策17分，项目过程17.5分，项目产出34分，项目效益20分。");
    assertThat(after.score().components()).extracting(c -> c.name(), c -> c.score().text())
        .containsExactly(tuple("项目决策", "17分"), tuple("项目过程", "17.5分"), tuple("项目产出", "34分"), tuple("项目效益", "20分"));
    assertThat(extract("四、自评得分\n项目自评得分88.5分，评价等级为“良”。\n其中：项目决策17分，项目过程17.5分。").score().components())
        .as("another paragraph").isEmpty();
    // each part's weight first, then its score (rural housing; a reservoir's repair), parts parted by semicolons
    Report weighed = extract("四、评价结论\n本项目自评得分94.5分，评价等级“优”。其中：项目决策15分，得分14分；项目过程25分，得分23.5分；"
        + "项目产出30分，得分28分；项目效益30分，得分29分。");
    assertThat(weighed.score().components()).extracting(c -> c.name(), c -> c.score().text(), c -> c.weight().text())
        .containsExactly(tuple("项目决策", "14分", "15分"), tuple("项目过程", "23.5分", "25分"), tuple("项目产出", "28分", "30分"),
            tuple("项目效益", "29分", "30分"));
    Report inParentheses = extract("四、评分情况\n项目决策（20分）得19分，项目过程（满分20分）得18分，项目产出（30分）得28.5分，"
        + "项目效益（30分）得27分，总得分92.5分，等级为优。");
    assertThat(inParentheses.score().components()).extracting(c -> c.name(), c -> c.score().text(), c -> c.weight().text())
        .containsExactly(tuple("项目决策", "19分", "20分"), tuple("项目过程", "18分", "20分"), tuple("项目产出", "28.5分", "30分"),
            tuple("项目效益", "27分", "30分"));
  }

  /**
   * A department's report whose key projects each close with their own score and grade (a county bureau's): those are
   * the projects', and the report's is the one its conclusion states, with its parts named as the indicator system
   * names them (部门决策, not 决策).
   */
  @Test
  void eachProjectsScoreIsItsOwnAndTheReportsIsItsConclusions() {
    Report r = extract("""
        某县农业农村局2024年度部门整体支出绩效自评报告
        三、重点项目绩效情况
        （一）高标准农田建设项目：预算资金6400.00万元，实际支出6218.24万元，执行率97.16%。自评得分95分，等级为优。
        （二）农村人居环境整治项目：预算3120.00万元，支出3007.68万元，执行率96.40%。自评得分89分，等级为良。
        四、自评结论
        经综合评价，我局2024年度部门整体支出绩效自评得分94.6分，其中：部门决策19.0分、部门管理28.6分、部门产出27.5分、部门效益19.5分，评价等级为“优”。
        """);
    assertThat(r.projects()).extracting(p -> p.name(), p -> p.score().text(), p -> p.grade())
        .containsExactly(tuple("高标准农田建设项目", "95分", "优"), tuple("农村人居环境整治项目", "89分", "良"));
    assertThat(r.score().total().text()).isEqualTo("94.6分");
    assertThat(r.score().grade()).isEqualTo("优");
    assertThat(r.score().components()).extracting(c -> c.name(), c -> c.score().text()).containsExactly(tuple("部门决策", "19.0分"),
        tuple("部门管理", "28.6分"), tuple("部门产出", "27.5分"), tuple("部门效益", "19.5分"));

    // with no score of its own, the report has none: the first project's is not it
    Report none = extract("""
        某县农业农村局2024年度部门整体支出绩效自评报告
        （一）高标准农田建设项目：预算资金6400.00万元，实际支出6218.24万元，执行率97.16%。自评得分95分，等级为优。
        （二）农村人居环境整治项目：预算3120.00万元，支出3007.68万元，执行率96.40%。自评得分89分，等级为良。
        """);
    assertThat(none.score()).isNull();
    assertThat(none.projects()).extracting(p -> p.grade()).containsExactly("优", "良");
  }

  /**
   * A county's report on one fund spent on many projects: the sentence that counts them (我县共实施…项目46个，下达资金…) is
   * no project, so the money given is the report's budget, against which its spending and rate stand.
   */
  @Test
  void aFundsReportCountingItsProjectsHasTheMoneyGivenAsItsBudget() {
    Report r = extract("""
        莒南县2024年度衔接推进乡村振兴补助资金项目支出绩效自评报告
        一、项目基本情况
        2024年我县共实施衔接推进乡村振兴补助资金项目46个，下达资金8,650.00万元，其中中央资金5,190.00万元，省级资金3,460.00万元。
        二、项目资金使用情况
        截至2024年12月31日，项目资金到位8,650.00万元，到位率100%；实际支出8,302.45万元，资金支出率95.98%，结余资金347.55万元。
        """);
    assertThat(r.projects()).isEmpty();
    assertThat(r.totals().projectCount().value()).isEqualTo(46);
    assertThat(r.totals().budget().text()).isEqualTo("8,650.00万元");
    assertThat(r.totals().expenditure().text()).isEqualTo("8,302.45万元");
    assertThat(r.totals().executionRate().text()).isEqualTo("95.98%");
  }

  /** The one project a report's title names is the report itself: its money is the report's totals, no project of it. */
  @Test
  void theOneProjectTheTitleNamesIsTheReport() {
    Report r = extract("清溪镇2024年河道保洁项目资金绩效自评报告\n一、项目概况\n清溪镇境内有河道7条。2024年度河道保洁项目预算资金1,278,000.00元。\n"
        + "二、资金使用情况\n截至2024年12月31日，项目实际支出1,236,480.00元，预算执行率96.75%。");
    assertThat(r.projects()).isEmpty();
    assertThat(r.totals().budget().text()).isEqualTo("1,278,000.00元");
    Report other = extract("清溪镇2024年河道保洁项目资金绩效自评报告\n一、项目概况\n2024年度村道硬化项目预算资金300,000.00元，实际支出290,000.00元。");
    assertThat(other.projects()).as("a project the title does not name").hasSize(1);
  }

  /** A budget adjusted to an amount (调整为) is the budget after adjustment, not an amount added to it. */
  @Test
  void aBudgetAdjustedToAnAmountIsTheAdjustedBudget() {
    Report r = extract("二、预算执行情况\n年初预算4980.00万元，全年预算调整为5920.00万元，实际支出5736.18万元，预算执行率96.89%。");
    assertThat(r.totals().budget().text()).isEqualTo("4980.00万元");
    assertThat(r.totals().others()).containsKey("adjustedBudget").doesNotContainKey("budgetAdjustment");
    assertThat(((Money) r.totals().others().get("adjustedBudget")).text()).isEqualTo("5920.00万元");
    Report count = extract("二、部门预算收支情况\n2024年度部门收入预算4,326.80万元。全年预算数调整为4,580.20万元，调增253.40万元。");
    assertThat(((Money) count.totals().others().get("adjustedBudget")).text()).as("预算数调整为").isEqualTo("4,580.20万元");
    Report added = extract("二、预算执行情况\n年初预算4980.00万元，年中调整预算940.00万元，实际支出5736.18万元。");
    assertThat(added.totals().others()).containsKey("budgetAdjustment").doesNotContainKey("adjustedBudget");
    // a department's budget arranged at the year's start, beside the adjusted one (2023年年初部门预算安排386.40万元)
    Report arranged = extract("二、预算情况\n2023年年初部门预算安排386.40万元，全部为县级一般公共预算财政拨款。年中两项合计调增26.85万元，预算调整率6.95%。"
        + "调整后全年预算为413.25万元。");
    assertThat(arranged.totals().budget().text()).isEqualTo("386.40万元");
    // not a sub-project's, adjusted or spent
    Report sub = extract("二、资金来源\n年初预算1,335.00万元。9月调减该子项目县级配套资金28.00万元，调整后子项目预算为252.00万元。\n"
        + "三、资金支出\n5. 农田退水生态拦截子项目支出230.40万元。");
    assertThat(sub.totals().others()).doesNotContainKey("adjustedBudget");
    assertThat(sub.totals().expenditure()).isNull();
    // or the budget the sentence states after its adjustments (两次调整后，全年预算总额为168.90万元)
    Report twice = extract("二、资金来源\n年初预算163.40万元。年内预算调整两次，县级配套调减6.50万元。\n两次调整后，全年预算总额为168.90万元，较年初净增5.50万元。");
    assertThat(twice.totals().budget().text()).isEqualTo("163.40万元");
    assertThat(((Money) twice.totals().others().get("adjustedBudget")).text()).isEqualTo("168.90万元");
    Report listed = extract("二、收入预算\n2023年年初预算1,286.40万元。5月追加预算68.00万元，8月调减公务用车购置预算45.00万元。两项调整均为财政拨款，"
        + "调整后财政拨款1,241.40万元，部门预算总额为1,309.40万元。");
    assertThat(listed.totals().budget().text()).isEqualTo("1,286.40万元");
    assertThat(((Money) listed.totals().others().get("adjustedBudget")).text()).isEqualTo("1,309.40万元");
  }

  /**
   * Money after 其中 that follows a rate is of the amount right before the rate (全年支出合计1.18亿元，较上年增长9.26%，
   * 其中基本支出…): no part is of a rate. Not after a change (增加5人，增长7.35%，其中…), nor a count picked out after its
   * rate (其中满意740份), which count.rate holds.
   */
  @Test
  void partsAfterARateAreOfTheAmountBeforeIt() {
    List<Figure> f = extract("二、收支\n全年支出合计1.18亿元，较上年增长9.26%，其中基本支出3820.50万元，项目支出7979.50万元。").figures();
    assertThat(f).extracting(Figure::text, Figure::partOf).containsExactly(tuple("1.18亿元", null), tuple("9.26%", null),
        tuple("3820.50万元", "f1"), tuple("7979.50万元", "f1"));
    assertThat(f.get(0).partsClosed()).isTrue();
    assertThat(extract("一、人员\n在编73人，比年初增加5人，增长7.35%，其中新招录3人，调入2人。").figures())
        .extracting(Figure::partOf).containsOnlyNulls();
    assertThat(extract("三、满意度\n收回有效问卷760份，回收率95.00%，其中满意740份，满意度97.37%。").figures())
        .extracting(Figure::partOf).containsOnlyNulls();
  }

  /**
   * A report copied from paged text, wrapped at one width, keeps a page number where it cut the last project's entry
   * (…惠及农户 / — 2 — / …自评得分98分…): the entry is whole again, so its score is the project's and the report's is its
   * conclusion's (not the 98分 the cut left outside every entry).
   */
  @Test
  void aPageNumberCuttingAnEntryLeavesItWhole() {
    String body = "（一）高标准农田建设项目：预算资金6400.00万元，实际支出6218.24万元，执行率97.16%。建成高标准农田5.2万亩，"
        + "完成年度目标任务。自评得分95分，等级为优。\n（二）耕地地力保护补贴项目：预算3012.00万元，支出3012.00万元，执行率100%。"
        + "补贴面积25.1万亩，每亩补贴120元，惠及农户4.82万户。自评得分98分，等级为优。\n四、自评结论\n经综合评价，我局2024年度"
        + "部门整体支出绩效自评得分94.6分，评价等级为“优”。";
    StringBuilder text = new StringBuilder("某县农业农村局2024年度部门整体支出绩效自评报告\n");
    for (String paragraph : body.split("\n")) {
      for (int at = 0; at < paragraph.length(); at += 30) {
        String line = paragraph.substring(at, Math.min(paragraph.length(), at + 30));
        text.append(line).append('\n');
        if (line.contains("惠及")) {
          text.append("\n— 2 —\n\n");
        }
      }
    }
    assertThat(text).contains("\n\n— 2 —\n\n");
    Report r = Extraction.of("bureau.txt", text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(r.text()).doesNotContain("— 2 —").contains("惠及农户4.82万户");
    assertThat(r.projects()).extracting(p -> p.score().text()).containsExactly("95分", "98分");
    assertThat(r.score().total().text()).isEqualTo("94.6分");
    EvidenceContract.assertEvidenceQuotesText(r);
  }

  /** A department's purchases (全年政府采购预算…，实际采购金额…) are no project, though stated as one's budget and spending. */
  @Test
  void theYearsPurchasesAreNoProject() {
    Report r = extract("""
        某县农业农村局2024年度部门整体支出绩效自评报告
        二、预算执行情况
        全年政府采购预算1245.00万元，实际采购金额1168.30万元，节约资金76.70万元。
        2024年农村公路养护项目预算资金120.00万元，实际支出118.00万元。
        """);
    assertThat(r.projects()).extracting(p -> p.name()).containsExactly("农村公路养护");
  }

  /**
   * A total after its parts, named by 合计, 共计 or 总计 alone: the whole of what its sentence stated before it; not
   * where another figure of the sentence is no part in the total's measure (a rate per household, a count of
   * sessions).
   */
  @Test
  void aTotalAfterItsPartsIsTheirWhole() {
    Report r = extract("一、产出情况\n新建农村户厕2,400户，改造1,860户，合计4,260户。项目一支出100万元、项目二支出200万元，共计300万元。");
    List<Figure> f = r.figures();
    assertThat(f).extracting(Figure::text, Figure::partOf).containsExactly(tuple("2,400户", "f3"), tuple("1,860户", "f3"),
        tuple("4,260户", null), tuple("100万元", "f6"), tuple("200万元", "f6"), tuple("300万元", null));
    assertThat(f.get(2).partsClosed()).isTrue();
    assertThat(f.get(5).partsClosed()).isTrue();

    assertThat(extract("一、产出情况\n每户补助500元，补助农户60户，合计3.00万元。").figures()).extracting(Figure::partOf).containsOnlyNulls();
    assertThat(extract("一、产出情况\n举办培训2期，培训农民120人，共计120人。").figures()).extracting(Figure::partOf).containsOnlyNulls();
    assertThat(extract("一、产出情况\n全年收入100万元，其中财政拨款80万元，其他收入20万元，合计100万元。").figures())
        .as("parts of another total already").extracting(Figure::partOf).containsExactly(null, "f1", "f1", null);
    // 共 alone names the total too (a street office's service centres)
    assertThat(extract("（二）社区治理。新建社区综合服务中心2个，改造提升4个，共6个，投资合计320.00万元。").figures())
        .extracting(Figure::text, Figure::partOf)
        .containsExactly(tuple("2个", "f3"), tuple("4个", "f3"), tuple("6个", null), tuple("320.00万元", null));
    assertThat(extract("一、产出情况\n每户补助500元，共60户。").figures()).extracting(Figure::partOf).containsOnlyNulls();
  }

  @Test
  void totalFirstThenItsComponents() {
    Report r = extract("经综合评价，本单位2024年度绩效自评得分92.5分，其中履职效能得分49分、管理效率得分43.5分，自评等级为“优”。");
    assertThat(r.score().total().value()).isEqualByComparingTo("92.5");
    assertThat(r.score().components()).extracting(c -> c.name()).containsExactly("履职效能", "管理效率");
    assertThat(r.score().grade()).isEqualTo("优");
  }

  @Test
  void gradeInTheNextSentence() {
    Report r = extract("本单位自评得分92.5分，其中：履职效能得分49分，管理效率得分43.5分。等级为“优”。");
    assertThat(r.score().components()).hasSize(2);
    assertThat(r.score().grade()).isEqualTo("优");
  }

  /** OCR could not put the paragraph together and broke it after a comma: the grade on the next line is still this score's. */
  @Test
  void gradeOnTheNextLineAfterAComma() {
    Report r = extract("经综合自评，2024年度我镇履职效能指标得分为49.37分，管理效率指标得分为47.00分，整体绩效自评合计得分96.37分，\n评价等级为\"优\"。");
    assertThat(r.score().total().value()).isEqualByComparingTo("96.37");
    assertThat(r.score().grade()).isEqualTo("优");
    // a finished sentence ends the score's statement: a grade in the next paragraph is another's
    assertThat(extract("整体绩效自评合计得分96.37分。\n评价等级为\"优\"的项目5个。").score().grade()).isNull();
  }

  @Test
  void aBoundOrASharedScoreIsNotTheReportsScore() {
    assertThat(extract("各项目总分都达到 90 分以上。").score()).isNull();
    assertThat(extract("12个项目自评得分均在100分。").score()).isNull();
    assertThat(extract("二、自评结果\n自评得分最高的为大河村道路硬化项目，得分98分；最低的为镇区路灯维护项目，得分78分。").score())
        .as("the best and the worst project's").isNull();
  }

  @Test
  void indicatorsSharingOneValueEachGetAFigure() {
    List<Figure> f = extract("二、年度绩效目标\n资金到位率，资金使用率，群众满意度均≥90%。").figures();
    assertThat(f).extracting(Figure::label).containsExactly("资金到位率", "资金使用率", "群众满意度");
    assertThat(f).allSatisfy(x -> {
      assertThat(x.op()).isEqualTo("≥");
      assertThat(x.role()).isEqualTo("target");
    });
  }

  @Test
  void countsNamedByTheNounAfterThem() {
    List<Figure> f = extract("全年组织召开 4 次村民代表会议。").figures();
    assertThat(f.get(0).label()).isEqualTo("全年组织召开村民代表会议");
  }

  /** 均 after a unit is "per" it (人均, 笔均): part of the label, and no sign that the labels before share the figure. */
  @Test
  void anAveragePerUnitKeepsItsWord() {
    List<Figure> loans = extract("发放创业担保贷款3920.00万元，贷款笔数196笔，笔均20.00万元，人均12.5万元，生均850元。").figures();
    assertThat(loans).extracting(Figure::label).containsExactly("发放创业担保贷款", "贷款笔数", "笔均", "人均", "生均");
    List<Figure> shared = extract("禁毒、消防宣传覆盖率均为100%。").figures();
    assertThat(shared).hasSize(1);
  }

  /** 达 after 下, 送, 到 or 抵 is the verb of arriving (下达, 送达), part of the label; alone it says "amounting to" and goes. */
  @Test
  void passedDownKeepsItsWord() {
    List<Figure> f = extract("分类型看：提档升级路段下达1,650.00万元，支出达1,638.96万元；物资送达120批次，到达率100%。").figures();
    assertThat(f).extracting(Figure::label).containsExactly("提档升级路段下达", "支出", "物资送达", "到达率");
  }

  /** A project's money paid out to date (累计支出) is its spending, and the rate of that spending (资金支出率) its execution rate. */
  @Test
  void spendingToDateAndItsRate() {
    Report r = extract("二、资金情况\n项目总投资1350.00万元。累计支出1055.40万元，资金支出率78.18%。");
    assertThat(r.totals().expenditure().text()).isEqualTo("1055.40万元");
    assertThat(r.totals().executionRate().text()).isEqualTo("78.18%");
    Report relief = extract("一、项目概况\n2024年共下达困难群众救助补助资金3865.20万元。\n二、资金使用情况\n截至2024年底，实际支出3788.94万元，支出进度98.03%。");
    assertThat(relief.totals().executionRate().text()).isEqualTo("98.03%");
    // a department's 年初预算 is its budget, not the projects' 总预算 stated later
    Report bureau = extract("二、部门预算收支情况\n2024年年初预算1865.30万元，调整后预算2278.00万元。\n三、项目实施情况\n全年共实施项目5个，总预算1170.27万元。");
    assertThat(bureau.totals().budget().text()).isEqualTo("1865.30万元");
    assertThat(relief.totals().others().get("allocatedFunds")).isInstanceOfSatisfying(Money.class,
        m -> assertThat(m.yuan()).isEqualByComparingTo("38652000"));
  }

  @Test
  void aCounterpartTakesTheSubjectBeforeIt() {
    List<Figure> f = extract("综合执法中队核定编制12个，实有9人。").figures();
    assertThat(f).extracting(Figure::label).containsExactly("综合执法中队核定编制", "综合执法中队实有");
    // a rate's name is no subject: what is left after a budget's rate is 结余, not 执行率结余
    List<Figure> left = extract("全年实际支出1259.72万元，预算执行率97.96%，结余26.28万元。").figures();
    assertThat(left).extracting(Figure::label).containsExactly("全年实际支出", "预算执行率", "结余");
    // nor is a share after an amount named for a budget (县本级一般公共预算…，占82.44%) a counterpart: it is of the list's whole
    List<Figure> shares = extract("调整后资金来源为：县本级一般公共预算1,455.00万元，占82.44%；城市基础设施配套费310.00万元，占17.56%。").figures();
    assertThat(shares).extracting(Figure::label).containsExactly("县本级一般公共预算", "占", "城市基础设施配套费", "占");
  }

  @Test
  void secondMeasureOfTheSameThingTakesItsLabel() {
    List<Figure> f = extract("开展技能培训6期/300人次。").figures();
    assertThat(f).extracting(Figure::unit).containsExactly("期", "人次");
    assertThat(f).extracting(Figure::label).containsExactly("开展技能培训", "开展技能培训");
  }

  @Test
  void titleYearDateAndKind() {
    Report r = extract("""
        单位名称：某县某镇人民政府
        二〇二五年三月十日
        2024年度某县某镇人民政府部门整体支出绩效自评报告
        一、基本情况
        2023年结转资金已全部使用。
        """);
    assertThat(r.title()).isEqualTo("2024年度某县某镇人民政府部门整体支出绩效自评报告");
    assertThat(r.fiscalYear()).isEqualTo(2024);
    assertThat(r.publishedDate()).isEqualTo("2025-03-10");
    assertThat(r.reportKind()).isEqualTo(ReportKind.DEPARTMENT_OVERALL);
    assertThat(r.unit().name()).isEqualTo("某县某镇人民政府");
  }

  @Test
  void specialFundScopeFromTheScopeSentence() {
    assertThat(extract("我局对2022年度省级专项资金开展绩效自评，共计5个项目。").reportKind()).isEqualTo(ReportKind.SPECIAL_FUND);
  }

  /** A fund evaluated by name is a special fund's report, and what it was given is its budget, unless the title names several funds. */
  @Test
  void aFundEvaluatedByName() {
    Report r = extract("某县人社局2024年度就业补助资金绩效自评报告\n2024年共下达就业补助资金1850.00万元。实际支出1786.35万元，预算执行率96.56%。");
    assertThat(r.reportKind()).isEqualTo(ReportKind.SPECIAL_FUND);
    assertThat(r.totals().budget().text()).isEqualTo("1850.00万元");
    Report running = extract("龙泉街道2024年村级组织运转经费绩效自评报告\n2024年龙泉街道共获得村级组织运转经费3,456,000元。全年累计拨付3,402,500元，"
        + "资金拨付率98.45%。");
    assertThat(running.reportKind()).as("a fund of 经费").isEqualTo(ReportKind.SPECIAL_FUND);
    assertThat(extract("龙潭乡2024年森林防火专项经费绩效自评报告\n2024年森林防火专项经费预算45.00万元。").reportKind()).isEqualTo(ReportKind.SPECIAL_FUND);
    assertThat(running.totals().budget().text()).isEqualTo("3,456,000元");
    Report several = extract("某县2024年度耕地地力保护补贴等专项资金绩效自评报告\n上级下达耕地地力保护补贴资金5497.80万元、一次性补贴资金1236.40万元。");
    assertThat(several.totals().budget()).isNull();
  }

  /** A fund of relief (社会救助资金) is a fund as much as a subsidy is: what it was given is its budget, and the rate holds to it. */
  @Test
  void aReliefFundEvaluatedByName() {
    Report r = extract("青石镇2024年度社会救助资金绩效自评报告\n上级下达我镇社会救助资金共计856.40万元。实际支出842.18万元，资金执行率98.34%。");
    assertThat(r.reportKind()).isEqualTo(ReportKind.SPECIAL_FUND);
    assertThat(r.totals().budget().text()).isEqualTo("856.40万元");
  }

  /** A project or a works named before its evaluation is what the report evaluates; a department's report that mentions its projects is not one. */
  @Test
  void aProjectOrWorksEvaluatedByNameIsAProjectReport() {
    assertThat(extract("关于2019年度高其坑通组道路工程绩效评价报告\n项目总投资19万元。").reportKind()).isEqualTo(ReportKind.PROJECT);
    assertThat(extract("某镇2023年度乡村振兴衔接资金项目绩效自评报告\n项目预算100万元。").reportKind()).isEqualTo(ReportKind.PROJECT);
    assertThat(extract("各位领导:\n现将2024年某镇某社区产业设施配套项目绩效目标自评报告如下:\n安排项目资金56万元。").reportKind())
        .isEqualTo(ReportKind.PROJECT);
    assertThat(extract("部门整体支出及项目支出绩效评价报告\n全年支出799万元。").reportKind()).isEqualTo(ReportKind.DEPARTMENT_OVERALL);
    assertThat(extract("某县人居环境指挥部乡村振兴项目资金绩效评价报告\n项目预算100万元。").reportKind()).isEqualTo(ReportKind.PROJECT);
    assertThat(extract("石门镇中心学校2024年农村义务教育学生营养改善计划绩效自评报告\n年度预算资金245万元。").reportKind())
        .isEqualTo(ReportKind.PROJECT);
    assertThat(extract("某镇2024年度绩效自评工作计划\n全年支出799万元。").reportKind()).isEqualTo(ReportKind.UNKNOWN);
  }

  /**
   * A report on one project that states no budget states what the project was given (安排项目资金):
   * that is its budget. In a department's report such money is one named total among others.
   */
  @Test
  void whatAOneProjectReportWasGivenIsItsBudget() {
    Report one = extract("现将2024年某镇某社区产业设施配套项目绩效目标自评报告如下:\n一、绩效目标分解下达情况\n计划新建排水沟1300m,安排项目资金56万元。\n"
        + "二、资金投入情况\n下达建设资金56万元,全部用于排水沟建设。\n");
    assertThat(one.status()).isEqualTo(dev.jixiao.record.Status.OK);
    assertThat(one.totals().budget().text()).isEqualTo("56万元");
    assertThat(one.totals().others()).doesNotContainKey("allocatedFunds");

    assertThat(extract("關于2019年度某某通組道路工程績效評價報告\n一、項目基本情況\n實施通組道路工程,項目總投資19萬元。\n").totals().budget().text())
        .as("the planned investment of a works, in traditional characters").isEqualTo("19萬元");

    // a county bureau's road project: its funds, what was paid out of them, and the rate
    Report road = extract("现将2022年某县交通运输局财政衔接推进乡村振兴资金项目绩效自评总结报告如下:\n"
        + "2、项目资金执行情况分析。项目资金共2179万元,截止2022年12月8日,已完成拨付2113.63万元,执行率97%。\n");
    assertThat(road.totals().budget().text()).isEqualTo("2179万元");
    assertThat(road.totals().expenditure().text()).isEqualTo("2113.63万元");
    assertThat(extract("某项目绩效自评报告\n资金支付185万元,未支15万元,支付率92.5%。").totals().executionRate().text()).isEqualTo("92.5%");

    Report department = extract("某镇2024年度部门整体支出绩效自评报告\n上级下达资金30万元。全年预算总额500万元。");
    assertThat(department.projects()).as("上级 is who gave the money, no project").isEmpty();
    assertThat(department.totals().budget().text()).isEqualTo("500万元");
    assertThat(department.totals().others().get("allocatedFunds")).isInstanceOfSatisfying(dev.jixiao.record.Money.class,
        m -> assertThat(m.text()).isEqualTo("30万元"));
  }

  @Test
  void traditionalCharactersAreReadAndQuotedAsWritten() {
    Report r = extract("2024年度某縣某鎮部門整體支出績效自評報告\n年度總預算為 1,000.00 萬元，年度總支出為 950.00 萬元，預算執行率為 95.00%。");
    assertThat(r.source().script()).isEqualTo("traditional");
    assertThat(r.totals().budget().text()).isEqualTo("1,000.00 萬元");
    assertThat(r.totals().budget().yuan()).isEqualByComparingTo("10000000");
    assertThat(r.totals().executionRate().value()).isEqualByComparingTo("95.00");
    assertThat(r.reportKind()).isEqualTo(ReportKind.DEPARTMENT_OVERALL);
  }

  /** A one-project report's budget (项目预算, 项目年度预算) is its budget. */
  @Test
  void aProjectsYearsBudget() {
    Report r = extract("一、项目基本情况\n项目年度预算680.00万元，全部为镇级财政资金。\n二、资金使用\n2024年项目实际支出666.38万元，预算执行率98.00%。");
    assertThat(r.totals().budget().text()).isEqualTo("680.00万元");
    assertThat(r.projects()).as("项目年度 is no project's name").isEmpty();
    assertThat(extract("一、项目概况\n项目预算812.50万元，其中省级体育彩票公益金500.00万元。").totals().budget().text()).isEqualTo("812.50万元");
    assertThat(extract("下一年度预算680.00万元。").totals().budget()).isNull();
  }

  /**
   * A fund shared out among schools, a table row each (学校名称 · 下达资金 · 实际支出 · 执行率, a Word table saved as text): the
   * rows are its projects, and what the fund was given, named as its title names it, is still its budget.
   */
  @Test
  void aFundSharedOutAmongSchools() {
    Report r = asRead(String.join("\n", "某县教育局2024年度义务教育薄弱环节改善与能力提升补助资金绩效自评报告",
        "一、项目概况", "2024年上级下达我县义务教育薄弱环节改善与能力提升补助资金675.00万元，用于4所学校。",
        "二、资金使用情况", "项目资金实际支出655.56万元，资金执行率97.12%。各校资金使用情况如下（单位：万元）：",
        "学校名称\t下达资金\t实际支出\t执行率", "城关小学\t180.00\t176.40\t98.00%", "东风中学\t260.00\t251.30\t96.65%",
        "南岭小学\t95.00\t95.00\t100%", "石桥中学\t140.00\t132.86\t94.90%", "合计\t675.00\t655.56\t97.12%"));
    assertThat(r.projects()).extracting(p -> p.name(), p -> p.budget().text())
        .containsExactly(tuple("城关小学", "180.00"), tuple("东风中学", "260.00"), tuple("南岭小学", "95.00"), tuple("石桥中学", "140.00"));
    assertThat(r.totals().budget().text()).isEqualTo("675.00万元");
    // another fund's money is not this one's budget
    Report other = asRead(String.join("\n", "某县教育局2024年度义务教育薄弱环节改善与能力提升补助资金绩效自评报告",
        "一、项目概况", "2024年上级下达我县学前教育发展资金675.00万元。", "学校名称\t下达资金\t实际支出\t执行率",
        "城关小学\t180.00\t176.40\t98.00%", "东风中学\t260.00\t251.30\t96.65%"));
    assertThat(other.totals().budget()).isNull();
  }

  /** A fund named with its year before its score's words (养老资金2024年度绩效自评总分94.0分) is the report's subject. */
  @Test
  void aFundNamedWithItsYearBeforeItsScore() {
    Report r = extract("三、自评结果\n经逐项打分，养老资金2024年度绩效自评总分94.0分，自评等级为“优”。");
    assertThat(r.score().total().text()).isEqualTo("94.0分");
    assertThat(r.score().grade()).isEqualTo("优");
  }

  /**
   * A finance bureau's report on its evaluations: the budget the additions came to (年中追加后调整预算为51,206.38万元) is the adjusted
   * budget; the grades of all the projects are the distribution, not those of some of them counted again (其中部门自评项目36个，
   * 评为“优”16个…); and scores listed item by item on a line (1. …，得分74.5分；2. …，得分71.0分) are none of them the report's.
   */
  @Test
  void aFinanceBureausReportOnItsEvaluations() {
    Report r = extract("桐溪县财政局关于2024年度预算绩效评价结果的报告\n一、基本情况\n（二）资金规模。纳入评价的项目年初预算48,672.50万元"
        + "（约4.87亿元），年中追加后调整预算为51,206.38万元，增加2,533.88万元。\n"
        + "三、评价结果\n44个项目中，评为“优”的18个，评为“良”的19个，评为“中”的5个，评为“差”的2个。\n"
        + "其中部门自评项目36个，评为“优”16个、“良”17个、“中”2个、“差”1个。\n"
        + "评为“中”的2个：1. 县教育局“校园安全视频监控建设项目”，资金386.40万元，得分74.5分；2. 县农业农村局“高标准农田建设后期管护”，"
        + "资金512.80万元，得分71.0分。");
    assertThat(r.totals().others().get("adjustedBudget")).isInstanceOfSatisfying(Money.class,
        m -> assertThat(m.text()).isEqualTo("51,206.38万元"));
    assertThat(r.totals().others()).doesNotContainKey("budgetAdjustment");
    assertThat(r.gradeDistribution()).extracting(g -> g.grade(), g -> g.count().value())
        .containsExactly(tuple("优", 18), tuple("良", 19), tuple("中", 5), tuple("差", 2));
    assertThat(r.score()).isNull();
    assertThat(extract("三、评价结果\n本项目自评得分74.5分；复核得分76.0分。").score().total().text()).as("labelled apart").isEqualTo("74.5分");
  }

  /**
   * A township's projects counted by score and then classified by grade (九个项目中，90分以上的6个，80分（含）至90分的2个，…。按等级统计，
   * 评为“优”的6个…): the grades are no parts of one score group; and the score of its projects' spending as a whole
   * (柳河乡2024年度项目支出整体自评得分91.3分) is the report's.
   */
  @Test
  void projectsCountedByScoreThenByGrade() {
    Report r = extract("三、自评结果\n柳河乡2024年度项目支出整体自评得分91.3分，等级为“优”。\n九个项目中，90分以上的6个，80分（含）至90分的2个，"
        + "60分（含）至80分的1个，60分以下的没有。按等级统计，评为“优”的6个，“良”的2个，“中”的1个，“差”的0个；评为“优”“良”的项目共8个。");
    assertThat(r.figures()).filteredOn(f -> f.partOf() != null).isEmpty();
    assertThat(r.score().total().text()).isEqualTo("91.3分");
    // nor of the projects of two grades (评为“优”“良”的项目共22个。按分数段分：90分以上的16个，…)
    Report grades = extract("三、自评结果\n按等级分：“优”16个；“良”6个；“中”2个。评为“优”“良”的项目共22个，占全部项目的91.67%。"
        + "按分数段分：90分以上的16个，85分（含）至90分的4个，80分（含）至85分的2个，80分以下的2个。");
    assertThat(grades.figures()).filteredOn(f -> f.partOf() != null).isEmpty();
    // a count of its own before the classification is still its whole
    assertThat(partsOf("一、基本情况\n全年共实施项目9个。按项目类型分，产业发展项目6个，基础设施项目3个。", "9个")).containsExactly("6个", "3个");
  }

  /**
   * A fund shared out among projects, given under the short name the report gives it (…衔接推进乡村振兴补助资金（以下简称“衔接资金”）…
   * 共到位衔接资金5,137.51万元): what it was given is its budget; not so under another fund's short name.
   */
  @Test
  void aFundGivenUnderItsShortName() {
    String text = String.join("\n", "青石县2024年度衔接推进乡村振兴补助资金绩效自评报告",
        "县农业农村局对2024年度衔接推进乡村振兴补助资金（以下简称“%s”）开展了绩效自评。", "一、基本情况",
        "2024年全县共到位衔接资金5,137.51万元，累计支出5,065.85万元，支出进度98.61%%。",
        "| 序号 | 项目名称 | 下达资金（万元） | 实际支出（万元） | 执行率 |", "| --- | --- | --- | --- | --- |",
        "| 1 | 白龙镇茶叶初制加工厂扩建 | 468.00 | 468.00 | 100.00%% |", "| 2 | 石门乡食用菌标准化大棚 | 392.50 | 392.50 | 100.00%% |");
    Report r = Extraction.of("fund.md", text.formatted("衔接资金").getBytes(StandardCharsets.UTF_8));
    assertThat(r.projects()).hasSize(2);
    assertThat(r.totals().budget().text()).isEqualTo("5,137.51万元");
    assertThat(Extraction.of("fund.md", text.formatted("补助资金").getBytes(StandardCharsets.UTF_8)).totals().budget()).isNull();
    // its budget stated under the short name is the report's, no project of it
    String budgeted = "鹤川县2024年度城乡义务教育补助经费绩效自评报告\n一、基本情况\n城乡义务教育补助经费（以下简称“%s”）用于保障学校公用经费。\n"
        + "（二）资金来源。2024年义教经费预算1,110.00万元，即11,100,000.00元，较上年1,052.30万元增加57.70万元。";
    Report fund = extract(budgeted.formatted("义教经费"));
    assertThat(fund.projects()).isEmpty();
    assertThat(fund.totals().budget().text()).isEqualTo("1,110.00万元");
    assertThat(extract(budgeted.formatted("教育经费")).projects()).as("another name").hasSize(1);
    // the fund's whole stated under its short name, opening its clause or right after the name is given, where no budget is stated
    String whole = "某县2024年度%s绩效自评报告\n一、基本情况\n县民政局对%s（以下简称“%s”）开展了绩效自评。\n（二）资金来源。%s552.80万元，其中：中央财政"
        + "补助220.00万元；县级财政配套332.80万元。\n（四）资金使用。实际支出544.26万元，执行率98.46%%。";
    String care = "居家和社区养老服务补助资金";
    assertThat(extract(whole.formatted(care, care, "养老资金", "2024年养老资金共计")).totals().budget().text()).isEqualTo("552.80万元");
    assertThat(extract(whole.formatted(care, care, "养老资金", "上年养老资金共计")).totals().budget()).as("another year's").isNull();
    String relief = "凤岭县2024年度自然灾害救灾资金绩效自评报告\n一、基本情况\n县财政统筹中央自然灾害救灾资金及省、市、县各级配套资金（以下简称“%s”）"
        + "共597.38万元。\n实际支出583.87万元，资金执行率97.74%%。";
    assertThat(extract(relief.formatted("救灾资金")).totals().budget().text()).as("a short name the title holds").isEqualTo("597.38万元");
    assertThat(extract(relief.formatted("配套资金")).totals().budget()).as("one it does not").isNull();
    // or set for the year in the clause that gives the name, its amount right after it; not a level of government's share
    String premiums = "丰禾县2024年度农业保险保费补贴资金绩效自评报告\n一、基本情况\n%s农业保险保费补贴资金（以下简称“保费补贴资金”）860.00万元，"
        + "其中中央财政480.00万元、省级财政380.00万元。\n全年实际支出841.92万元，执行率97.90%%。";
    assertThat(extract(premiums.formatted("2024年年初安排")).totals().budget().text()).isEqualTo("860.00万元");
    assertThat(extract(premiums.formatted("本年下达")).totals().budget().text()).isEqualTo("860.00万元");
    assertThat(extract(premiums.formatted("2024年安排中央")).totals().budget()).as("the centre's share").isNull();
    assertThat(extract(premiums.formatted("2024年用于")).totals().budget()).as("not set").isNull();
    assertThat(extract(premiums.formatted("2024年县财政安排")).totals().budget().text()).as("set by the county's finance")
        .isEqualTo("860.00万元");
    // or a short name that keeps the title's words for the fund in order, though the full name before it words it otherwise
    String saving = "青岚县2023年度农房节能改造补助资金绩效自评报告\n一、基本情况\n我县对改造农户给予财政补助（以下简称“%s”）。\n"
        + "%s年初预算800.00万元，其中中央资金430.00万元、县级资金370.00万元。";
    Report abbreviated = extract(saving.formatted("节能补助资金", "节能补助资金"));
    assertThat(abbreviated.projects()).isEmpty();
    assertThat(abbreviated.totals().budget().text()).isEqualTo("800.00万元");
    assertThat(extract(saving.formatted("农户补助资金", "农户补助资金")).projects()).as("words not the title's").hasSize(1);
    // or budgeted under its name or right after the short name is given
    String heating = "泉阳县2024年农村学校冬季取暖补助资金绩效自评报告\n一、基本情况\n2024年农村学校冬季取暖补助资金（以下简称“取暖补助资金”）%s190.00万元，"
        + "年内未作调整。其中省级资金95.00万元；县级资金95.00万元。\n2024年取暖补助资金实际支出186.16万元，预算执行率97.98%%。";
    assertThat(extract(heating.formatted("预算")).totals().budget().text()).isEqualTo("190.00万元");
    assertThat(extract(heating.formatted("上年结转")).totals().budget()).as("not its budget").isNull();
    // or arranged by the county as a whole, about so much and then exactly
    String allowance = "临江县民政局2024年度城乡居民最低生活保障资金绩效自评报告\n一、基本情况\n城乡居民最低生活保障是重要制度安排。2024年，%s城乡居民最低"
        + "生活保障资金（以下简称“低保资金”）约1.02亿元，即10,200.00万元，较上年9,750.00万元增加450.00万元。\n全年实际支出低保资金9,968.64万元。";
    assertThat(extract(allowance.formatted("临江县统筹安排")).totals().budget().text()).isEqualTo("10,200.00万元");
    assertThat(extract(allowance.formatted("中央财政统筹安排")).totals().budget()).as("a level of government's").isNull();
  }

  /** The title's project shortened as reports do (棚改项目 of 城镇棚户区改造项目), its budget stated under that name: the report's. */
  @Test
  void theTitlesProjectShortened() {
    String text = "鹤丘县住房和城乡建设局2023年度城镇棚户区改造项目绩效自评报告\n一、基本情况\n2023年%s项目年初预算8,640.00万元，其中中央补助2,350.00万元。"
        + "\n截至2023年12月31日，棚改项目累计支出8,812.46万元，预算执行率97.27%%。";
    Report own = extract(text.formatted("棚改"));
    assertThat(own.projects()).isEmpty();
    assertThat(own.totals().budget().text()).isEqualTo("8,640.00万元");
    assertThat(extract(text.formatted("道路")).projects()).as("another project").hasSize(1);
  }

  /**
   * The report's own fund named so before its short name (本项目资金（以下简称“艾防资金”）), its budget then stated under the short name: the
   * report's budget, no project of it; not so for another fund named before it.
   */
  @Test
  void theReportsOwnFundGivenAShortName() {
    String text = "桐溪县2024年度艾滋病防治项目资金绩效自评报告\n一、基本情况\n%s（以下简称“艾防资金”）主要用于扩大检测和随访治疗。\n"
        + "艾防资金年初预算163.40万元，其中：中央转移支付88.40万元，省级补助32.00万元，县级配套43.00万元。";
    Report own = extract(text.formatted("本项目资金"));
    assertThat(own.projects()).isEmpty();
    assertThat(own.totals().budget().text()).isEqualTo("163.40万元");
    assertThat(extract(text.formatted("县级配套的宣传资金")).projects()).as("another fund").hasSize(1);
  }

  /**
   * A fund's report stating its budget with who arranged it before the title's name for the fund (2024年县财政安排城乡供水一体化运营补助资金
   * 预算360.00万元): the report's budget, no project of it.
   */
  @Test
  void theTitlesFundArrangedBeforeItsName() {
    String text = "平渠县水利局2024年城乡供水一体化运营补助资金绩效自评报告\n一、基本情况\n2024年%s城乡供水一体化运营补助资金预算360.00万元，年度内未作调整。";
    Report arranged = extract(text.formatted("县财政安排"));
    assertThat(arranged.projects()).isEmpty();
    assertThat(arranged.totals().budget().text()).isEqualTo("360.00万元");
    assertThat(extract(text.formatted("县财政安排农村")).projects()).as("another fund").hasSize(1);
  }

  /**
   * A fund's spending named before its short name (2023年全年支出水价奖补资金498.26万元) is the report's, when no total names one; not
   * spending of another fund.
   */
  @Test
  void aFundSpentUnderItsShortName() {
    String text = "淮川县2023年度农业水价综合改革奖补资金绩效自评报告\n一、基本情况\n县水利局对农业水价综合改革奖补资金（以下简称“水价奖补资金”）"
        + "开展了绩效自评。2023年水价奖补资金年初预算480.00万元。\n2023年全年支出%s498.26万元，预算执行率98.74%%。";
    assertThat(extract(text.formatted("水价奖补资金")).totals().expenditure().text()).isEqualTo("498.26万元");
    assertThat(extract(text.formatted("灌区维修资金")).totals().expenditure()).as("another fund's").isNull();
  }

  /** A unit's spending under its own word for itself (2023年县政协全年支出1,241.80万元) is its total, not a later paragraph's 支出. */
  @Test
  void theUnitsSpendingUnderItsOwnWord() {
    Report r = extract("中国人民政治协商会议凤岭县委员会2023年度部门整体支出绩效自评报告\n一、基本情况\n2023年年初预算1,186.40万元。"
        + "2023年县政协全年支出1,241.80万元，预算执行率为98.34%。\n委员履职培训分两期举办，共培训委员180人，人均3,100元，支出558,000.00元。");
    assertThat(r.totals().expenditure().text()).isEqualTo("1,241.80万元");
  }

  /**
   * A fund's report whose one entry names the fund as the title does, but for the level of government it is at and the short name
   * given it (2024年县级防汛抗旱物资储备经费（以下简称“储备经费”）年初预算280.00万元 in 青溪县2024年度防汛抗旱物资储备经费绩效自评报告): the
   * report's own totals, no project of it; and a fund kept in reserve (储备经费) is a special fund.
   */
  @Test
  void theTitlesFundAtItsLevelOfGovernment() {
    String text = "青溪县2024年度防汛抗旱物资储备经费绩效自评报告\n一、基本情况\n%s防汛抗旱物资储备经费（以下简称“储备经费”）年初预算280.00万元，"
        + "其中省级补助120.00万元、县级财政安排160.00万元。储备经费全年支出270.00万元。";
    Report r = extract(text.formatted("2024年县级"));
    assertThat(r.projects()).isEmpty();
    assertThat(r.totals().budget().text()).isEqualTo("280.00万元");
    assertThat(r.reportKind()).isEqualTo(dev.jixiao.record.ReportKind.SPECIAL_FUND);
    assertThat(extract(text.formatted("2024年县级水毁")).projects()).as("another fund").hasSize(1);
  }

  /**
   * Totals as one-project reports of this session's probes word them: a year before 项目预算 and 共计 after it, a space
   * between the year and 年 (as OCR leaves it), 项目累计支出 and 专项资金累计支出, the project's own 项目预算执行率, money paid
   * to the project villages (累计拨付项目村), 全年共兑付补贴资金, and 可用补贴资金合计 (this year's money with what was carried over).
   */
  @Test
  void oneProjectsTotalsAsProbesWordThem() {
    Report flood = extract("二、项目资金情况\n2024 年项目预算共计 48.00 万元。截至2024年12月31日，项目累计支出 43.62 万元。"
        + "项目预算执行率为 90.88%（43.62 万元 ÷ 48.00 万元）。\n分项看，演练及培训预算执行率 94.15%。");
    assertThat(flood.totals().budget().text()).isEqualTo("48.00 万元");
    assertThat(flood.totals().expenditure().text()).isEqualTo("43.62 万元");
    assertThat(flood.totals().executionRate().text()).isEqualTo("90.88%");
    assertThat(extract("某镇共实施项目12个，其中大河村道路项目预算执行率94.15%。").totals().executionRate())
        .as("a project's rate named for it is not the report's").isNull();
    assertThat(extract("截至2024年12月31日，专项资金累计支出1,767.00万元，预算执行率95.51%。").totals().expenditure().text())
        .isEqualTo("1,767.00万元");
    assertThat(extract("截至年底，累计拨付项目村288.50万元，预算执行率96.17%。").totals().expenditure().text()).isEqualTo("288.50万元");
    Report machinery = extract("2023年度可用补贴资金合计3,723,400.00元，其中：上年结转资金523,400.00元、当年中央财政下达资金3,200,000.00元。"
        + "\n截至2023年12月31日，全年共兑付补贴资金3,456,780.00元，预算执行率为92.84%。");
    assertThat(machinery.totals().budget().text()).isEqualTo("3,723,400.00元");
    assertThat(machinery.totals().expenditure().text()).isEqualTo("3,456,780.00元");
  }

  /**
   * The weights a sentence lists in parentheses before its total (按照评价指标体系（决策20分、过程20分…），本项目自评总分78.50分，其中：
   * 决策17.00分…) are the parts' weights, by name; parts listed before a total's sentence, each weighed and then scored and ended by
   * a semicolon, are its parts; and a grade given on the next line by the bands it names first is the report's.
   */
  @Test
  void scorePartsWithTheirWeightsAndAGradeByTheBands() {
    Report r = extract("四、自评结论\n按照绩效评价指标体系（决策20分、过程20分、产出40分、效益20分），本项目自评总分78.50分，"
        + "其中：决策17.00分、过程15.50分、产出30.00分、效益16.00分，评价等级为“中”。");
    assertThat(r.score().components()).extracting(c -> c.name(), c -> c.score().text(), c -> c.weight().text())
        .containsExactly(tuple("决策", "17.00分", "20分"), tuple("过程", "15.50分", "20分"), tuple("产出", "30.00分", "40分"),
            tuple("效益", "16.00分", "20分"));
    Report listed = extract("四、自评结论\n按照县财政局绩效自评指标体系，项目决策满分20分，得19分；项目过程满分20分，得18分；"
        + "项目产出满分40分，得38.5分；项目效益满分20分，得17.5分；四项合计满分100分，自评得分93分。\n"
        + "根据90分（含）以上为“优”、80分（含）至90分为“良”、60分以下为“差”的评价标准，本项目自评等级为“优”。");
    assertThat(listed.score().total().text()).isEqualTo("93分");
    assertThat(listed.score().components()).extracting(c -> c.name(), c -> c.score().text(), c -> c.weight().text())
        .containsExactly(tuple("项目决策", "19分", "20分"), tuple("项目过程", "18分", "20分"), tuple("项目产出", "38.5分", "40分"),
            tuple("项目效益", "17.5分", "20分"));
    assertThat(listed.score().grade()).isEqualTo("优");
    assertThat(extract("四、自评结论\n本项目自评得分93分。\n根据评分标准，大河村道路项目等级为“良”。").score().grade())
        .as("another's grade on the next line").isNull();
    Report inTheMiddle = extract("四、自评结论\n按照县级项目支出绩效评价指标体系，项目决策20分中得17分，项目过程20分中得16.5分，"
        + "项目产出40分中得36分，项目效益20分中得18分，合计得分87.5分。\n"
        + "依据评分在90分及以上为“优”、80分至89.99分为“良”的规定，自评等级为“良”。");
    assertThat(inTheMiddle.score().components()).extracting(c -> c.name(), c -> c.score().text(), c -> c.weight().text())
        .startsWith(tuple("项目决策", "17分", "20分"), tuple("项目过程", "16.5分", "20分"));
    assertThat(inTheMiddle.score().grade()).isEqualTo("良");
  }

  /**
   * A summary of projects counts them where it says it evaluated them (对2023年度实施的12个项目支出开展了绩效自评), not where it counts
   * those of two grades together (等级为“优”和“良”的项目共10个, no count of 良 either).
   */
  @Test
  void projectsOfTwoGradesTogetherAreNeitherTheCountNorOneGrades() {
    Report r = extract("一、基本情况\n柳溪镇对2023年度实施的12个项目支出开展了绩效自评。\n二、等级分布\n自评等级为“优”的项目6个，占50.00%；"
        + "“良”的项目4个，占33.33%；“中”的项目2个，占16.67%。\n三、结论\n等级为“优”和“良”的项目共10个，占83.33%。");
    assertThat(r.totals().projectCount().value()).isEqualTo(12);
    assertThat(r.gradeDistribution()).extracting(g -> g.grade(), g -> g.count().value())
        .containsExactly(tuple("优", 6), tuple("良", 4), tuple("中", 2));
    assertThat(extract("三、结论\n等级为“优”和“良”的项目共10个。").totals().projectCount()).isNull();
  }

  /**
   * A county's summary counts the projects its self-evaluation covered (覆盖…的五十二个项目); those of two grades written side by
   * side (评为“优”“良”的项目共四十六个) and those below a score (得分低于80分的项目共六个) are neither that count nor one grade's,
   * nor is a group by score (80分以下的六个项目) where the grades are counted.
   */
  @Test
  void projectsOfSomeGradesOrScoresAreNeitherTheCountNorOneGrades() {
    Report r = extract("一、基本情况\n本次自评覆盖县直二十七个部门（单位）的五十二个项目，涉及预算资金48,672.50万元。\n二、等级分布\n"
        + "五十二个项目中，评为“优”的三十三个，评为“良”的十三个，评为“中”的五个，评为“差”的一个。\n"
        + "评为“优”“良”的项目共四十六个，占项目总数的88.46%。\n自评得分低于80分的项目共六个，涉及资金3,891.20万元。\n"
        + "三、存在问题\n80分以下的六个项目执行率普遍偏低。");
    assertThat(r.totals().projectCount().value()).isEqualTo(52);
    assertThat(r.gradeDistribution()).extracting(g -> g.grade(), g -> g.count().value())
        .containsExactly(tuple("优", 33), tuple("良", 13), tuple("中", 5), tuple("差", 1));
    assertThat(extract("三、结论\n自评得分低于80分的项目共六个。").totals().projectCount()).isNull();
    assertThat(extract("三、结论\n得分90分以上的项目共40个。").totals().projectCount()).isNull();
    // by score groups where the report counts no grade
    assertThat(extract("三、结论\n80分以下的六个项目执行率普遍偏低。").gradeDistribution()).extracting(GradeCount::grade)
        .containsExactly("80分以下");
  }

  /**
   * Weights named as the scheme the parts are scored by (按决策 20 分、…的指标体系自评，本项目总分 88.5 分，其中：决策 17.5 分…), and parts
   * in the sentence before a total that counts them (…过程指标满分15分，得14分。五类指标合计得分93.5分).
   */
  @Test
  void weightsOfTheSchemeAndPartsCountedByTheirTotal() {
    Report scheme = extract("四、综合评价结论\n按决策 20 分、过程 20 分、产出 40 分、效益 20 分的指标体系自评，本项目总分 88.5 分，其中：决策 17.5 分、"
        + "过程 17 分、产出 36 分、效益 18 分，评价等级为“良”。");
    assertThat(scheme.score().components()).extracting(c -> c.name(), c -> c.weight().text())
        .containsExactly(tuple("决策", "20 分"), tuple("过程", "20 分"), tuple("产出", "40 分"), tuple("效益", "20 分"));
    Report counted = extract("五、自评结论\n从上表看，产出指标满分40分，得38.5分；效益指标满分20分，得19分；满意度指标满分10分，得9分；"
        + "决策指标满分15分，得13分；过程指标满分15分，得14分。五类指标合计得分93.5分。");
    assertThat(counted.score().total().text()).isEqualTo("93.5分");
    assertThat(counted.score().components()).extracting(c -> c.name(), c -> c.score().text())
        .containsExactly(tuple("产出指标", "38.5分"), tuple("效益指标", "19分"), tuple("满意度指标", "9分"), tuple("决策指标", "13分"),
            tuple("过程指标", "14分"));
    assertThat(extract("五、自评结论\n产出指标满分40分，得38.5分。本项目合计得分93.5分。").score().components())
        .as("a total that counts nothing sums no sentence before it").isEmpty();
  }

  /**
   * Parts each weighed and then scored, listed in the sentence before a total that counts nothing (决策指标20分，得19分；…；效益指标
   * 20分，得19分。自评总分95.5分。): the list is of the total's parts all the same.
   */
  /** A grade in a sentence after the bands that states the score again first (…自评得分88.5分，自评等级为良): the report's. */
  @Test
  void aGradeAfterTheScoreStatedAgain() {
    String text = "五、自评得分及等级\n评价组从投入、过程、产出、效益四个维度进行评分：投入类20分，得16.5分；过程类20分，得18分；产出类40分，得37分；"
        + "效益类20分，得17分。自评总分88.5分。\n扣分情况：投入类扣3.5分；过程类扣2分；产出类扣3分；效益类扣3分。合计扣11.5分。\n"
        + "等级划分：90分及以上为优，80（含）至90分为良，60（含）至80分为中，60分以下为差。我局2024年度部门整体支出自评得分%s分，自评等级为良。";
    assertThat(extract(text.formatted("88.5")).score().grade()).isEqualTo("良");
    assertThat(extract(text.formatted("86.5")).score().grade()).as("another score's grade").isNull();
  }

  /** A grade by the bands named in parentheses after the standard (根据评分标准（90分以上为优，…），我局…自评等级为“优”). */
  @Test
  void aGradeByTheBandsInParentheses() {
    Report r = extract("五、自评结论\n按照部门整体支出绩效评价指标体系，我局自评得分92.5分。其中：部门决策20分，得18.5分；部门管理30分，得27分。\n"
        + "根据评分标准（90分以上为优，80分至90分为良，60分至80分为中，60分以下为差），我局2024年度部门整体支出绩效自评等级为“优”。");
    assertThat(r.score().grade()).isEqualTo("优");
    // or listed after the standard, past a comma, before the grade (按照…等级标准，总分90（含）分以上为“优”，…，本年度自评等级为“优”)
    Report listed = extract("五、自评结论\n经逐项打分，高桥镇司法所2024年度整体支出绩效自评得分为95.5分，其中预算执行10分、产出指标48分、效益指标28.5分、"
        + "满意度指标9分。按照县财政局规定的等级标准，总分90（含）分以上为“优”，80（含）分至90分为“良”，60（含）分至80分为“中”，60分以下为“差”，"
        + "本年度自评等级为“良”。");
    assertThat(listed.score().grade()).isEqualTo("良");
  }

  @Test
  void partsWeighedAndScoredBeforeATotalsOwnSentence() {
    Report r = extract("五、自评结论\n按照决策、过程、产出、效益四个方面进行自评：决策指标20分，得19分；过程指标20分，得18.5分；产出指标40分，"
        + "得39分；效益指标20分，得19分。自评总分95.5分。");
    assertThat(r.score().total().text()).isEqualTo("95.5分");
    assertThat(r.score().components()).extracting(c -> c.name(), c -> c.weight().text(), c -> c.score().text())
        .containsExactly(tuple("决策指标", "20分", "19分"), tuple("过程指标", "20分", "18.5分"), tuple("产出指标", "40分", "39分"),
            tuple("效益指标", "20分", "19分"));
    assertThat(extract("五、自评结论\n决策指标得19分；过程指标得18.5分。自评总分95.5分。").score().components())
        .as("parts scored but not weighed are no list a full stop leaves open").isEmpty();
    Report nested = extract("五、自评结论\n结果如下：决策指标15分，得14.5分；过程指标25分，得23.5分，其中预算执行率10分得9.7分、资金管理8分得7.8分、"
        + "组织实施7分得6.0分；产出指标35分，得34.0分；效益指标25分，得23.5分。自评总分95.5分。");
    assertThat(nested.score().components()).extracting(c -> c.name())
        .as("without a part's own parts").containsExactly("决策指标", "过程指标", "产出指标", "效益指标");
  }

  /**
   * A department that goes through its budgets one by one ((一)一般公共预算。…全年支出2,958.63万元… / (二)政府性基金预算。…) states
   * its own totals where it sums them up (全年支出合计4,198.49万元, 部门预算总体执行率84.87%): those are the record's.
   */
  @Test
  void aDepartmentsTotalsAreNotThoseOfOneOfItsBudgets() {
    Report r = extract(String.join("\n", "青岚县住房和城乡建设局2024年度部门预算执行情况自评报告", "三、预算执行情况",
        "（一）一般公共预算。年初预算2,864.50万元，调整后预算3,126.80万元；全年支出2,958.63万元；按调整后预算计算执行率94.62%。",
        "（二）政府性基金预算。年初预算1,500.00万元，调整后预算1,820.00万元；全年支出1,239.86万元；按调整后预算计算执行率68.12%。",
        "（三）总体执行情况。全年支出合计4,198.49万元；按调整后预算4,946.80万元计算，部门预算总体执行率84.87%。"));
    assertThat(r.reportKind()).isEqualTo(ReportKind.DEPARTMENT_OVERALL);
    assertThat(r.totals().expenditure().text()).isEqualTo("4,198.49万元");
    assertThat(r.totals().executionRate().text()).isEqualTo("84.87%");
    Report one = extract("二、预算执行情况\n（一）一般公共预算。全年支出2,958.63万元，执行率94.62%。");
    assertThat(one.totals().expenditure().text()).as("where the report states no other").isEqualTo("2,958.63万元");
  }

  /** Funds evaluated by name that no word of the others names (贷款贴息资金, 学前教育发展资金) are special funds, but a project's fund a project. */
  @Test
  void anyFundEvaluatedByNameIsASpecialFund() {
    assertThat(extract("桐溪县2024年度产业发展贷款贴息资金绩效自评报告\n一、基本情况\n全年实际拨付贴息资金2,287,419.00元。").reportKind())
        .isEqualTo(ReportKind.SPECIAL_FUND);
    assertThat(extract("桐溪县2024年度产业发展贷款贴息资金绩效自评报告\n一、基本情况\n全年实际拨付贴息资金2,287,419.00元。").totals()
        .expenditure().text()).isEqualTo("2,287,419.00元");
    assertThat(extract("桐溪县2024年度学前教育发展资金绩效自评报告\n一、基本情况").reportKind()).isEqualTo(ReportKind.SPECIAL_FUND);
    assertThat(extract("清溪镇2024年河道保洁项目资金绩效自评报告\n一、项目概况").reportKind()).isEqualTo(ReportKind.PROJECT);
    assertThat(extract("仙桥县2023年度小型水库安全运行管护经费绩效自评报告\n一、基本情况").reportKind()).isEqualTo(ReportKind.SPECIAL_FUND);
    // the year between what is evaluated and its 绩效自评, the title on two lines
    assertThat(extract("白沙镇全民健身路径及多功能运动场建设项目\n2023年度绩效自评报告\n\n一、项目基本情况").reportKind())
        .isEqualTo(ReportKind.PROJECT);
    assertThat(extract("桐川县殡葬改革惠民补助资金2024年度绩效自评报告\n一、基本情况").reportKind()).isEqualTo(ReportKind.SPECIAL_FUND);
  }

  /**
   * Weights listed in the sentence before, as their sum to full marks says (预算执行率10分、产出指标50分…，合计100分。), and parts scored
   * as 得 before their weight in parentheses (预算编制得15分（满分20分）), with a grade after bands that open with 按.
   */
  @Test
  void weightsSummedToFullMarksTheSentenceBefore() {
    Report r = extract("六、自评结论\n本项目按项目支出绩效自评表评分，预算执行率10分、产出指标50分、效益指标30分、满意度指标10分，合计100分。\n"
        + "自评总分88.63分，其中：预算执行率得9.63分（10分×96.26%），产出指标得46.50分，效益指标得25.50分，满意度指标得7.00分，评价等级为“良”。");
    assertThat(r.score().components()).extracting(c -> c.name(), c -> c.score().text(), c -> c.weight().text())
        .containsExactly(tuple("预算执行率", "9.63分", "10分"), tuple("产出", "46.50分", "50分"), tuple("效益", "25.50分", "30分"),
            tuple("满意度", "7.00分", "10分"));
    // summed with 共计, the score's own sentence between
    Report scheme = extract("六、自评结论\n本次自评按预算执行率10分、产出指标50分、效益指标30分、满意度指标10分设置评分体系，共计100分。经综合评定，"
        + "本项目绩效自评得分89.5分，自评等级为“良”。其中：预算执行率得10分，产出指标得45分，效益指标得25.5分，满意度指标得9分。");
    assertThat(scheme.score().components()).extracting(c -> c.name(), c -> c.weight() == null ? null : c.weight().text())
        .containsExactly(tuple("预算执行率", "10分"), tuple("产出", "50分"), tuple("效益", "30分"), tuple("满意度", "10分"));
    // in a paragraph further up the section, past another
    Report further = extract("四、自评结论\n本次自评按照县财政局印发的项目支出绩效自评表设置指标和分值，其中预算执行率10分，产出指标50分，效益指标30分，满意度"
        + "指标10分。按照《澄岭县预算绩效评价结果分级办法》，自评得分在90分（含）以上的为“优”，80分（含）至90分的为“良”，60分（含）至80分的为“中”，60分以下的为“差”。\n\n自评工作于2025年2月中旬启动，历时一个月。\n\n"
        + "经自评，2024年度运行经费绩效自评总得分为96.06分，自评等级为“优”。其中：预算执行率得9.76分，产出指标得48.5分，效益指标得28.8分，满意度指标得9分。全年共扣3.94分。");
    assertThat(further.score().components()).extracting(c -> c.name(), c -> c.weight() == null ? null : c.weight().text())
        .containsExactly(tuple("预算执行率", "10分"), tuple("产出", "50分"), tuple("效益", "30分"), tuple("满意度", "10分"));
    Report dept = extract("七、自评结论\n按照县财政局部门预算执行情况自评指标体系，本部门预算编制得15分（满分20分），预算执行得12.5分（满分20分），"
        + "预算管理得32分（满分40分），运行效果得17分（满分20分），合计得分76.5分。\n"
        + "按90分及以上为“优”、80分至89.99分为“良”、60分至79.99分为“中”、60分以下为“差”的标准，自评等级为“中”。");
    assertThat(dept.score().components()).extracting(c -> c.name(), c -> c.weight().text())
        .containsExactly(tuple("预算编制", "20分"), tuple("预算执行", "20分"), tuple("预算管理", "40分"), tuple("运行效果", "20分"));
    assertThat(dept.score().grade()).isEqualTo("中");
  }

  /**
   * Weights that add up to full marks unstated (采用百分制，其中预算执行率10分、…), two sentences before the total, the scores taking a
   * sentence of their own between (a county's farmland subsidy).
   */
  @Test
  void weightsAddingUpToFullMarksTwoSentencesBefore() {
    String text = "六、自评结论\n本次自评采用百分制，其中预算执行率10分、产出指标50分、效益指标30分、满意度指标%s分。自评得分如下：预算执行率得9.96分"
        + "（10分×99.58%%）；产出指标得45.00分，因抽查发现面积申报不实问题扣3分；效益指标得24.50分；满意度指标得9.50分。四项合计自评得分88.96分。";
    assertThat(extract(text.formatted("10")).score().components())
        .extracting(c -> c.name(), c -> c.weight() == null ? null : c.weight().text())
        .containsExactly(tuple("预算执行率", "10分"), tuple("产出", "50分"), tuple("效益", "30分"), tuple("满意度", "10分"));
    assertThat(extract(text.formatted("15")).score().components()).as("105 in all: no weights")
        .allSatisfy(c -> assertThat(c.weight()).isNull());
  }

  /**
   * A part's spending stated first (培训经费实际支出41,360元) is not the report's where a later one is what its own execution rate
   * is of (全年实际支出461,360元…预算执行率96.12%); one whose figures agree with none keeps what the rate's own sentence says was
   * spent, for the checks to flag, not the same amount stated again later; where the rate's sentence states none, the first.
   */
  @Test
  void theSpendingTheReportsRateIsOf() {
    String text = "二、资金使用情况\n项目预算480,000元。党员教育培训全年举办8期，培训经费实际支出41,360元，结余18,640元。\n"
        + "全年实际支出461,360元，占预算480,000元的96.12%%，即预算执行率%s。";
    assertThat(extract(text.formatted("96.12%")).totals().expenditure().text()).isEqualTo("461,360元");
    assertThat(extract(text.formatted("97.12%")).totals().expenditure().text()).as("none agrees: the rate's sentence's")
        .isEqualTo("461,360元");
    String again = "二、资金使用情况\n项目预算资金56.80万元。截至12月31日，项目实际支出%s，预算执行率95.72%%，结余2.43万元。\n"
        + "四、自评结论\n本年度项目实际支出54.37万元，预算执行率95.72%%。";
    assertThat(extract(again.formatted("54.37万元")).totals().expenditure().evidence().start()).isEqualTo(again.indexOf("项目实际支出%s") + 6);
    assertThat(extract(again.formatted("64.37万元")).totals().expenditure().text()).as("not the amount stated again later")
        .isEqualTo("64.37万元");
    String apart = "二、资金使用情况\n项目预算480,000元。培训经费实际支出41,360元。\n全年预算执行率为%s，结余18,640元。\n"
        + "全年实际支出461,360元。";
    assertThat(extract(apart.formatted("96.12%")).totals().expenditure().text()).isEqualTo("461,360元");
    assertThat(extract(apart.formatted("97.12%")).totals().expenditure().text()).as("none agrees, none in the rate's sentence")
        .isEqualTo("41,360元");
    Report village = extract("一、项目概况\n项目总投资（预算）486000元。\n二、资金使用\n2.排水沟工程360米，每米115元，支出41400元。\n"
        + "项目实际支出合计478386.50元，预算执行率98.43%。");
    assertThat(village.totals().budget().text()).isEqualTo("486000元");
    assertThat(village.totals().expenditure().text()).isEqualTo("478386.50元");
    assertThat(extract("四、自评结论\n经综合评价，本项目自评得分98.5分，与上表合计一致。按90分及以上为“优”的标准，自评等级为“优”。").score().grade())
        .as("the bands on the score's own line").isEqualTo("优");
    assertThat(extract("三、自评结果\n经自评，部门整体得分89.36分：预算执行率9.36分，产出指标46.50分。按90分（含）以上为优、80分（含）—90分为良、"
        + "60分（含）—80分为中、60分以下为差的标准，等级为“良”。").score().grade()).as("the grade alone after the bands").isEqualTo("良");
  }

  /**
   * An archive's or a library's 我馆 is the unit itself: the budget it states first is the report's, no project's, and the rate is
   * checked against it, not against a budget restated after the rate (占年初预算478.60万元的3.30%).
   */
  @Test
  void theUnitAsAnArchiveStatesItsBudget() {
    Report r = extract("（一）收入预算及调整情况\n2024年我馆年初预算478.60万元，全部为财政拨款。\n（二）支出及执行情况\n"
        + "2024年全年实际支出486.57万元，预算执行率98.42%。\n（三）扣分\n年中追加资金15.80万元，占年初预算478.60万元的3.30%。");
    assertThat(r.projects()).isEmpty();
    assertThat(r.totals().budget().evidence().start()).isEqualTo(r.text().indexOf("478.60万元"));
  }

  /** The project the title names, named before its score (培训经费项目得分94.00分), is the report's subject; another project is not. */
  @Test
  void theTitlesProjectsScore() {
    String text = "中共丰岭县委党校2023年度干部教育培训经费项目支出绩效自评报告\n三、自评结论\n经自评，%s项目得分94.00分，等级为“优”。";
    Report own = extract(text.formatted("培训经费"));
    assertThat(own.score().total().text()).isEqualTo("94.00分");
    assertThat(own.score().grade()).isEqualTo("优");
    assertThat(extract(text.formatted("道路硬化工程")).score()).as("another project's").satisfies(sc -> assertThat(sc == null
        || sc.total() == null).isTrue());
    // its score named 综合得分 after the year (2023年度双拥工作经费项目综合得分为89.25分)
    Report overall = extract("岚江县退役军人事务局2023年度双拥工作经费项目支出绩效自评报告\n三、自评结论\n经自评，2023年度双拥工作经费项目综合得分为"
        + "89.25分，其中产出指标45.25分、效益指标26.5分、满意度指标17.5分，评价等次为“良”。");
    assertThat(overall.score().total().text()).isEqualTo("89.25分");
    assertThat(overall.score().grade()).isEqualTo("良");
    // or by a short name of two words that keeps the title's in order (强镇项目 of 农业产业强镇建设项目)
    Report town = extract("安丰县枣林铺镇人民政府2023年农业产业强镇建设项目绩效自评报告\n三、自评结论\n经自评，强镇项目综合得分96.5分，等级为“优”。");
    assertThat(town.score().total().text()).isEqualTo("96.5分");
    assertThat(town.score().grade()).isEqualTo("优");
    Report total = extract("桐山县疾病预防控制中心2024年度结核病防治项目绩效自评报告\n三、自评结论\n经自评，2024年度结核病防治项目总得分94.75分，"
        + "等级为“优秀”。");
    assertThat(total.score().total().text()).isEqualTo("94.75分");
  }

  /** A fund named before its score's words (…补偿资金自评得分95分) is the report's subject, its score the report's. */
  @Test
  void aFundsOwnScore() {
    Report r = extract("评价等级按得分划分：90分（含）以上为“优”，80分（含）至90分为“良”。2024年度生态公益林补偿资金自评得分95分，评价等级为“优”。");
    assertThat(r.score().total().text()).isEqualTo("95分");
    assertThat(r.score().grade()).isEqualTo("优");
  }

  /**
   * A grade stated a few sentences after the score: past the bands, by a sentence naming the subject graded
   * (…扶持资金自评等级为“优”), past what the points were lost for (扣分说明：…。自评等级：良。), or where the bands end with
   * 划分 and the unit names itself (我局2023年度部门整体支出绩效自评等级为“优”); not a project's grade after it.
   */
  @Test
  void aGradeAFewSentencesAfterTheScore() {
    Report fund = extract("""
        对照指标体系逐项打分：项目决策满分20分，自评18分；项目过程满分20分，自评18.5分；项目产出满分30分，自评28分；项目效益满分30分，自评27.5分。四项合计自评得分92分。

        根据评分标准，总分90分（含）以上为“优”，80分（含）至90分为“良”。2023年度安澜县大中型水库移民后期扶持资金自评等级为“优”。
        """);
    assertThat(fund.score().total().text()).isEqualTo("92分");
    assertThat(fund.score().grade()).isEqualTo("优");
    Report lost = extract("""
        各一级指标得分情况：项目决策20分，得18分；项目过程20分，得17.5分；项目产出40分，得37分；项目效益20分，得17分。四项合计得分89.5分。
        扣分说明：项目决策扣2分，指标不细；项目过程扣2.5分，结算滞后；项目产出扣3分；项目效益扣3分。
        自评等级：良。
        """);
    assertThat(lost.score().grade()).isEqualTo("良");
    Report unit = extract("预算投入满分20分，得19分；产出满分80分，得74分。合计满分100分，自评得分93分。按照90分以上为“优”、80（含）—90分为“良”的分级标准，"
        + "我局2023年度部门整体支出绩效自评等级为“优”。");
    assertThat(unit.score().grade()).isEqualTo("优");
    Report split = extract("项目自评总分92.0分，按照90分以上为优、80–90分为良的等级划分，自评等级为“优”。");
    assertThat(split.score().grade()).isEqualTo("优");
    Report project = extract("本单位自评得分91分。\n按照90分以上为优的标准评定。\n其中大河村道路硬化项目自评等级为“良”。");
    assertThat(project.score().grade()).as("a project's grade").isNull();
    Report against = extract("本项目自评得分94.5分。\n对照90分以上为优、80分至90分为良的评级标准，本项目自评等级为“优”。");
    assertThat(against.score().grade()).as("对照 the bands").isEqualTo("优");
  }

  /** A sum named alone after parts each weighed and then scored (决策20分得19分，…，合计92.5分), or after an opening announcing them. */
  @Test
  void aBareSumAfterWeighedParts() {
    Report r = extract("本次自评决策20分得19分，过程20分得18.5分，产出40分得38分，效益20分得17分，合计92.5分。按照90分以上为优的标准，评价等级为“优”。");
    assertThat(r.score().total().text()).isEqualTo("92.5分");
    assertThat(r.score().grade()).isEqualTo("优");
    assertThat(r.score().components()).extracting(c -> c.name()).containsExactly("决策", "过程", "产出", "效益");
    Report announced = extract("本项目得分情况为：决策19分，过程18分，产出38分，效益17.5分，合计92.5分。");
    assertThat(announced.score().total().text()).isEqualTo("92.5分");
    assertThat(extract("本项目决策19分，过程18分，合计37分。").score()).as("parts not weighed, no opening").isNull();
  }

  /**
   * A total whose parts follow a colon in its sentence (本次自评得分88.5分：决策指标15分，得14分；…), or 具体为 (…94.81分，具体为：…), but not a
   * part's own parts in parentheses after it; a sum announced as the result (自评结果为：投入得18.5分，…，合计91分); a grade by bands
   * that name the grade's words first (评价等级按…划分，本项资金…自评等级为“良”), or by bands and the score stated again (按照…的标准，
   * 本项目自评得分94分，等级为“优”).
   */
  @Test
  void partsAfterAColonAndTheResultAnnounced() {
    Report colon = extract("五、自评得分和结论\n按照专项资金绩效评价指标体系，本次自评得分88.5分：决策指标15分，得14分；过程指标25分，得22.5分；"
        + "产出指标35分，得33分；效益指标25分，得19分。\n扣分说明：决策指标扣1分。\n"
        + "评价等级按90分以上为优、80—90分为良、60—80分为中、60分以下为差划分，本项资金2023年度自评等级为“良”。");
    assertThat(colon.score().total().text()).isEqualTo("88.5分");
    assertThat(colon.score().grade()).isEqualTo("良");
    assertThat(colon.score().components()).extracting(c -> c.name() + " " + c.weight().text() + " " + c.score().text())
        .containsExactly("决策指标 15分 14分", "过程指标 25分 22.5分", "产出指标 35分 33分", "效益指标 25分 19分");
    Report detailed = extract("本项目自评得分94.81分，具体为：决策指标20分，得19.00分；过程指标20分，得18.31分（其中预算执行率10分，按10分×93.09%计得"
        + "9.31分，资金管理10分，得9.00分）；产出指标40分，得39.00分；效益指标20分，得18.50分。");
    assertThat(detailed.score().components()).extracting(c -> c.score().text())
        .containsExactly("19.00分", "18.31分", "39.00分", "18.50分");
    Report result = extract("五、自评得分情况\n本次自评设投入、过程、产出、效益四个一级指标，满分100分。自评结果为：投入得18.5分，过程得27.5分，产出得28分，"
        + "效益得17分，合计91分。\n按照90分（含）以上为优、80—90分为良的标准，2023年度部门整体支出绩效自评等级为“优”。");
    assertThat(result.score().total().text()).isEqualTo("91分");
    assertThat(result.score().grade()).isEqualTo("优");
    assertThat(result.score().components()).extracting(c -> c.name()).containsExactly("投入", "过程", "产出", "效益");
    // weights given the parts named first, in turn (设投入、过程、产出、效益四个一级指标，分值分别为20分、30分、30分、20分)
    Report inTurn = extract("五、自评得分情况\n本次自评设投入、过程、产出、效益四个一级指标，分值分别为20分、30分、30分、20分，满分100分。自评结果为："
        + "投入得18.5分，过程得27.5分，产出得28分，效益得17分，合计91分。");
    assertThat(inTurn.score().components()).extracting(c -> c.name() + " " + c.weight().text())
        .containsExactly("投入 20分", "过程 30分", "产出 30分", "效益 20分");
    Report named = extract("按照部门整体支出绩效评价指标体系，投入、过程、产出、效益四类指标分别为20分、30分、30分、20分，满分100分。自评得分：投入19分，"
        + "过程26.5分，产出27分，效益16分，合计88.5分。");
    assertThat(named.score().components()).extracting(c -> c.name() + " " + c.weight().text())
        .containsExactly("投入 20分", "过程 30分", "产出 30分", "效益 20分");
    Report typed = extract("五、自评得分及结论\n对照部门整体支出绩效评价指标体系，县总工会2024年度部门整体支出自评得分94分，各项得分如下：\n"
        + "预算编制  分值15分  得14分\n预算执行  分值30分  得27.5分\n产出      分值30分  得29分\n效益      分值25分  得23.5分\n"
        + "合计      分值100分  得94分\n按照90分以上为优、80—90分为良的等级标准，评定等级为“优”。");
    assertThat(typed.score().total().text()).isEqualTo("94分");
    assertThat(typed.score().grade()).isEqualTo("优");
    assertThat(typed.score().components()).extracting(c -> c.name() + " " + c.weight().text() + " " + c.score().text())
        .containsExactly("预算编制 15分 14分", "预算执行 30分 27.5分", "产出 30分 29分", "效益 25分 23.5分");
    Report scoresInTurn = extract("本项目自评采用投入、过程、产出、效益四类指标，分别为20分、30分、30分、20分，自评得分分别为19分、27.5分、28.5分、17.5分，"
        + "合计92.5分。");
    assertThat(scoresInTurn.score().total().text()).isEqualTo("92.5分");
    assertThat(scoresInTurn.score().components()).extracting(c -> c.name() + " " + c.weight().text() + " " + c.score().text())
        .containsExactly("投入 20分 19分", "过程 30分 27.5分", "产出 30分 28.5分", "效益 20分 17.5分");
    Report weighedInTurn = extract("投入、过程、产出、效益四类指标权重分别为20分、20分、40分、20分，自评分别得18分、17分、35分、17分，总分87分。");
    assertThat(weighedInTurn.score().components()).extracting(c -> c.name() + " " + c.weight().text() + " " + c.score().text())
        .containsExactly("投入 20分 18分", "过程 20分 17分", "产出 40分 35分", "效益 20分 17分");
    Report again = extract("本项目按决策15分、过程20分、产出40分、效益15分、满意度10分设置指标。自评结果为：决策15分，过程18.5分，产出37分，效益14分，"
        + "满意度9.5分，合计94分。\n扣分说明：过程指标扣1.5分。\n按照90分以上为优、80—90分为良的标准，本项目自评得分94分，等级为“优”。");
    assertThat(again.score().total().text()).isEqualTo("94分");
    assertThat(again.score().grade()).isEqualTo("优");
  }

  /** A score table's 合计 row, then the prose line that states the score again with its grade: the graded statement. */
  @Test
  void aTablesTotalStatedAgainWithItsGrade() {
    Report r = asRead(String.join("\n", "某县2024年电子商务进农村综合示范项目绩效自评报告", "一级指标\t分值\t得分", "决策\t20\t19",
        "产出\t80\t73.0", "合计\t100\t92.0", "项目自评总分92.0分，按照90分以上为优、80–90分为良的等级划分，自评等级为“优”。"));
    assertThat(r.score().total().text()).isEqualTo("92.0分");
    assertThat(r.score().grade()).isEqualTo("优");
    assertThat(r.score().components()).extracting(c -> c.name()).containsExactly("决策", "产出");
  }

  /** A part named with an aside in parentheses (效益指标（含满意度）) is a part under that name. */
  @Test
  void aPartNamedWithAnAside() {
    Report r = extract("本项目自评总分89.5分，其中：决策指标15分，得13.5分；过程指标15分，得13分；产出指标40分，得37分；效益指标（含满意度）30分，得26分。");
    assertThat(r.score().components()).extracting(c -> c.name()).containsExactly("决策指标", "过程指标", "产出指标", "效益指标(含满意度)");
  }

  /** Totals under a title for the whole ((三)总体执行情况。) are the report's, though a part's (项目扶持资金预算…) came first. */
  @Test
  void totalsUnderATitleForTheWhole() {
    Report r = extract("""
        三、资金使用情况
        （二）项目扶持资金。项目扶持资金预算480万元，实际支出469.35万元，执行率97.78%。
        （三）总体执行情况。2023年后期扶持资金预算1742.04万元，实际支出1731.39万元，预算执行率99.39%。
        """);
    assertThat(r.totals().budget().text()).isEqualTo("1742.04万元");
    assertThat(r.totals().expenditure().text()).isEqualTo("1731.39万元");
    assertThat(r.totals().executionRate().text()).isEqualTo("99.39%");
    assertThat(r.projects()).as("the whole is no project").isEmpty();
  }

  /**
   * Breakdowns: a classification is of the total its parts are named for (利用量, not 可收集量); a clause naming its own whole
   * ends the one before (…；村自筹资金中，…); an aside on other money (设备改造实际支出…) is no part of a balance; a target the
   * whole met (完成目标值182所) is no part; a classification announced at a line's end lists its parts on the lines after.
   */
  @Test
  void breakdownsNamedAndBounded() {
    Report straw = extract("全县秸秆可收集量52.36万吨，综合利用量48.92万吨，综合利用率93.43%。按利用方式分，其中：肥料化利用35.16万吨，占71.87%；"
        + "饲料化利用13.76万吨，占28.13%。");
    Figure used = straw.figures().stream().filter(f -> f.text().equals("48.92万吨")).findFirst().orElseThrow();
    assertThat(straw.figures()).filteredOn(f -> used.id().equals(f.partOf())).extracting(Figure::text)
        .containsExactly("35.16万吨", "13.76万吨");
    Report funds = extract("5个项目总投资165.20万元，其中：财政奖补资金120.00万元，村自筹资金45.20万元。财政奖补资金中，中央财政资金60.00万元、"
        + "省级财政资金36.00万元、县级财政资金24.00万元；村自筹资金中，村民筹资28.70万元、社会捐赠16.50万元。");
    Figure award = funds.figures().stream().filter(f -> f.text().equals("120.00万元")).findFirst().orElseThrow();
    assertThat(funds.figures()).filteredOn(f -> award.id().equals(f.partOf())).extracting(Figure::text)
        .containsExactly("60.00万元", "36.00万元", "24.00万元");
    Report left = extract("项目累计支出1475.00万元，结余25.00万元。结余资金中，物流配送体系21.40万元为分拣线尾款，设备改造实际支出258.60万元；"
        + "电商培训3.60万元为场地费。");
    Figure balance = left.figures().stream().filter(f -> f.text().equals("25.00万元")).findFirst().orElseThrow();
    assertThat(left.figures()).filteredOn(f -> balance.id().equals(f.partOf())).extracting(Figure::text)
        .containsExactly("21.40万元", "3.60万元");
    Report clinics = extract("全年补助村卫生室182所，其中甲类124所、乙类58所，完成目标值182所，完成率100%。");
    assertThat(clinics.figures()).filteredOn(f -> f.partOf() != null).extracting(Figure::text).containsExactly("124所", "58所");
    Report teachers = extract("1.数量指标：全年享受补助的乡村教师1,804人，其中全年在岗1,763人，9月新进41人，目标值1,780人，完成率101.35%。");
    assertThat(teachers.figures()).filteredOn(f -> f.partOf() != null).extracting(Figure::text).containsExactly("1,763人", "41人");
    Report listed = extract("项目预算为中央财政资金1,500.00万元，已全部拨付到县财政，到位率100%。按建设内容分：\n１．公共服务中心运营２６０．００万元；\n"
        + "２．物流配送体系建设５２０．００万元；\n３．电商培训180.00万元；\n４．品牌培育540.00万元。\n（二）资金支出。");
    Figure whole = listed.figures().stream().filter(f -> f.text().equals("1,500.00万元")).findFirst().orElseThrow();
    assertThat(listed.figures()).filteredOn(f -> whole.id().equals(f.partOf())).hasSize(4);
  }

  /**
   * A list that already adds up to its total ends before a figure of another of the total's kind (a township's 项目支出 after its
   * 基本支出's parts, 调整后预算 after 追加预算's), before what 另有 adds beside it, and before what the whole did, counted by the rate
   * after it (检验合格45批次，合格率100%); parts named like their total go on, and so does a list short of its total.
   */
  @Test
  void aListThatAddsUpEndsBeforeAnotherOfItsTotalsKind() {
    assertThat(partsOf("按经济性质分，基本支出1,532.84万元，占41.57%，其中人员经费1,318.27万元、公用经费214.57万元，项目支出2,154.76万元，占58.43%。",
        "1,532.84万元")).containsExactly("1,318.27万元", "214.57万元");
    assertThat(partsOf("年中追加预算86.30万元，其中：人工影响天气作业经费55.00万元，气象灾害预警发布系统升级经费31.30万元，调整后本年预算698.80万元。",
        "86.30万元")).containsExactly("55.00万元", "31.30万元");
    assertThat(partsOf("年末实有在职人员71人，其中行政人员39人、事业人员32人，另有退休人员29人。", "71人")).containsExactly("39人", "32人");
    assertThat(partsOf("全年委托县粮油质量检测站检验45批次，其中入库检验25批次、出库检验10批次、库存常规抽检10批次，检验合格45批次，合格率100%。",
        "45批次")).containsExactly("25批次", "10批次", "10批次");
    assertThat(partsOf("本单位2024年自评项目共5个。其中：结果为“优”的项目2个，结果为“良”的项目2个，结果为“中”的项目1个，结果为“差”的项目2个。", "5个"))
        .as("named like their total").hasSize(4);
    assertThat(partsOf("按经济性质分，基本支出1,532.84万元，其中人员经费1,318.27万元、公用经费204.57万元，项目支出2,154.76万元。", "1,532.84万元"))
        .as("short of the total").hasSize(3);
  }

  /**
   * The words of a budget, a spending and an adjustment as a sewage plant's subsidy, a legal-aid fund and a medical-assistance fund
   * write them; not what spending went past the budget by, one quarter's payment, or a balance named after an adjustment.
   */
  @Test
  void budgetsSpendingAndAdjustmentsInOtherWords() {
    Report sewage = extract("（三）预算安排及调整。安排运营补助预算1,080万元。7月调增预算90万元，调整后预算为1,170万元。\n"
        + "（二）资金支出。第三季度实际拨付311.58万元。扣减后全年实际拨付运营补助1,156.26万元，结余13.74万元；全年支出超出年初预算76.26万元。");
    assertThat(sewage.totals().budget().text()).isEqualTo("1,080万元");
    assertThat(sewage.totals().expenditure().text()).isEqualTo("1,156.26万元");
    Report aid = extract("（三）资金来源。2024年年初预算安排法律援助经费120万元。县财政于9月追加县级资金18万元，调整后预算138万元。");
    assertThat(aid.totals().budget().text()).isEqualTo("120万元");
    assertThat(aid.totals().others().get("budgetAdjustment")).isInstanceOfSatisfying(Money.class,
        m -> assertThat(m.text()).isEqualTo("18万元"));
    Report relief = extract("（一）预算安排。医疗救助资金年初预算1,800万元，年中追加中央财政医疗救助补助资金120万元，调整后预算1,920万元。\n"
        + "五、自评结论\n过程指标扣2分，其中年中追加资金拨付偏晚、年末结余54.02万元扣1分。");
    assertThat(relief.totals().others().get("budgetAdjustment")).isInstanceOfSatisfying(Money.class,
        m -> assertThat(m.text()).isEqualTo("120万元"));
    Report teachers = extract("（二）资金使用。2024年全年实际发放补助6,594,400元，即659.44万元，预算执行率98.42%。");
    assertThat(teachers.totals().expenditure().text()).isEqualTo("6,594,400元");
  }

  /**
   * A pension fund's and a grain reserve's words: the funds as they stand after the adjustment (调整后资金总额), what was added
   * named by when in the year it was (年中省级追加补助, 9月因储备规模调增追加) and not by who added a part of it (镇本级财政追加3.50万元，
   * 合计调增15.50万元), and an execution rate whose name says what it was reckoned by (预算执行率（按调整后资金总额计算）为97.93%).
   */
  @Test
  void adjustedFundsAndARateReckonedByThem() {
    Report pension = extract("（一）资金安排。2023年年初预算安排补助资金7,480.00万元，年中省级追加补助140.00万元，调整后资金总额7,620.00万元。\n"
        + "（二）资金使用。全年实际支出7,462.28万元，预算执行率（按调整后资金总额计算）为97.93%，结余157.72万元。");
    assertThat(pension.totals().others().get("adjustedBudget")).isInstanceOfSatisfying(Money.class,
        m -> assertThat(m.text()).isEqualTo("7,620.00万元"));
    assertThat(pension.totals().others().get("budgetAdjustment")).isInstanceOfSatisfying(Money.class,
        m -> assertThat(m.text()).isEqualTo("140.00万元"));
    assertThat(pension.totals().executionRate().text()).isEqualTo("97.93%");
    Report grain = extract("（一）预算安排。本项目年初预算200万元，9月因储备规模调增追加20万元，调整后预算220万元。");
    assertThat(grain.totals().others().get("budgetAdjustment")).isInstanceOfSatisfying(Money.class,
        m -> assertThat(m.text()).isEqualTo("20万元"));
    Report town = extract("（一）预算安排。本项目年初预算68.00万元。县应急管理局下达补助资金12.00万元，镇本级财政追加3.50万元，合计调增15.50万元，"
        + "调整后预算83.50万元。");
    assertThat(town.totals().others().get("budgetAdjustment")).as("who added a part of it").isNull();
  }

  /**
   * A civil-affairs bureau's budget and spending: a sentence opening with a kind of spending states that kind's rate (1.基本支出…，
   * 执行率98.33%), a budget derived from the year-start one and what was added and cut is no sum of parts, and a list runs past
   * a target of a deed in another measure (…新建养老点48个，完成目标值的120.00%；…) and ends, once its parts add up, at what a rate
   * per unit gives for the last (…高龄津贴246.60万元，为老人2,870人每人每月发放50元、计172.20万元…).
   */
  @Test
  void aBureausBudgetAndItsListsOfSpending() {
    Report r = extract("（二）支出执行\n全年实际支出14,876.35万元，占可用资金的97.87%。\n1.基本支出1,268.42万元，执行率98.33%，占总支出的8.53%。");
    assertThat(r.totals().executionRate()).as("the rate of the basic spending").isNull();
    assertThat(partsOf("（一）预算安排\n当年预算14,887.60万元。当年预算中，年初预算13,965.20万元，年中追加1,128.60万元，因部分基建项目调整调减"
        + "206.20万元。", "14,887.60万元")).as("a budget netted from what was added and cut").isEmpty();
    assertThat(partsOf("年中调减预算96.80万元，其中：调减基本支出33.80万元，调减项目支出63.00万元。", "96.80万元"))
        .as("a cut's own parts").containsExactly("33.80万元", "63.00万元");
    String care = "（二）养老服务\n养老服务体系建设支出1,285.20万元。其中：五所乡镇敬老院改造提升620.00万元，平均每所124.00万元；居家和社区养老服务"
        + "418.60万元，新建村级邻里互助养老点48个，完成目标值的120.00%%，是上年32个的1.5倍；高龄津贴%s万元，为80至89周岁老人2,870人每人每月"
        + "发放50元、计172.20万元，为90周岁以上老人620人每人每月发放100元、计74.40万元。";
    assertThat(partsOf(care.formatted("246.60"), "1,285.20万元")).containsExactly("620.00万元", "418.60万元", "246.60万元");
    assertThat(partsOf(care.formatted("264.60"), "1,285.20万元")).as("parts that do not add up run on").hasSizeGreaterThan(3);
    String funds = "（一）资金来源。2024年可用资金合计318.60万元。其中：上年结转%s万元；当年预算300.00万元，由省级殡葬改革补助一百八十万元和"
        + "县级配套一百二十万元组成。";
    assertThat(partsOf(funds.formatted("18.60"), "318.60万元")).as("what the last part is made of is its own")
        .containsExactly("18.60万元", "300.00万元");
    assertThat(partsOf(funds.formatted("28.60"), "318.60万元")).hasSizeGreaterThan(2);
  }

  /**
   * A photovoltaic fund's spending and a platform's terminals: a fund named for what it is spends (收益分配资金累计支出649.54万元); a list
   * after spending that names what is left (…；结余32.30万元) is of the fund, not of the spending; and each one's amount before
   * theirs together (14个乡镇便民服务中心各2台共28台) is no part.
   */
  @Test
  void aFundsSpendingAndWhatIsLeftAndEachOnesAmount() {
    Report pv = extract("（三）资金支出。截至2024年12月31日，收益分配资金累计支出649.54万元，按调整后预算计算的执行率为95.26%。其中：公益岗位工资"
        + "427.20万元，占可分配收益的62.65%；小型公益事业131.58万元，占19.30%；奖励补助52.36万元，占7.68%；临时救助38.40万元，占5.63%；"
        + "结余32.30万元，占4.74%。");
    assertThat(pv.totals().expenditure().text()).isEqualTo("649.54万元");
    assertThat(extract("截至2023年12月31日，扶持资金支出781.30万元，预算执行率97.66%。").totals().expenditure().text())
        .as("the fund named alone before its spending").isEqualTo("781.30万元");
    assertThat(partsOf(pv, "649.54万元")).as("spent and left add up to the fund").isEmpty();
    String terminals = "3．自助终端。布设自助服务终端86台，其中：县政务服务中心12台，14个乡镇便民服务中心各2台共28台，46个中心村便民服务站各1台"
        + "共%s台。";
    assertThat(partsOf(terminals.formatted("46"), "86台")).containsExactly("12台", "28台", "46台");
    assertThat(partsOf(terminals.formatted("56"), "86台")).containsExactly("12台", "28台", "56台");
  }

  /**
   * An item's spending with its budget and what is left of it in parentheses (灭火系统改造153,600.00元（追加预算15.80万元，结余0.44万元）):
   * the balance is named 结余, not for the budget's addition before it, and neither is a part of the spending; a source beside the
   * year's budget (其中本年预算500.00万元、上年结余20.00万元) still is.
   */
  @Test
  void aSpendingsBudgetAndWhatIsLeftOfItAreNoParts() {
    Report r = extract("2.馆藏档案保护61.95万元。其中：一号、二号库房气体灭火系统改造153,600.00元（追加预算15.80万元，结余0.44万元）；恒温恒湿设备"
        + "运行维护465,900.00元。");
    assertThat(r.figures()).filteredOn(f -> f.text().equals("0.44万元")).extracting(Figure::label).containsExactly("结余");
    assertThat(partsOf(r, "153,600.00元")).isEmpty();
    assertThat(partsOf(r, "61.95万元")).containsExactly("153,600.00元", "465,900.00元");
    assertThat(partsOf("可用资金520.00万元，其中本年预算500.00万元、上年结余20.00万元。", "520.00万元"))
        .containsExactly("500.00万元", "20.00万元");
  }

  /**
   * A district CPPCC office's words: its score after its name and year (区政协机关2024年度自评89.5分), not a part's weighed and then
   * self-scored (项目决策满分20分，自评18分), which is a part; its rate as the spending's share of the budget (占调整后预算的96.03%); and
   * towns named before a count of their villages (完成柳泉镇、马营乡5个村…) are no items of it.
   */
  @Test
  void anOfficesScoreRateAndTownsOfItsVillages() {
    Report office = extract("（一）支出情况\n全年实际支出1,862.58万元，占调整后预算的96.03%，年末结余76.92万元。\n第四部分　自评得分\n"
        + "按照部门整体支出绩效评价指标体系，区政协机关2024年度自评89.5分，评价等级为“良”。");
    assertThat(office.totals().executionRate().text()).isEqualTo("96.03%");
    assertThat(extract("（一）预算调整\n年中调减预算512.80万元，占年初预算的5.93%。").totals().executionRate()).as("a cut's share").isNull();
    Report budget = extract("（一）预算情况\n2024年年初预算1,846.30万元；年度执行中，因增设委员工作室等追加128.60万元，按照过“紧日子”要求压减会议费、"
        + "差旅费等一般性支出调减35.40万元，调整后预算为1,939.50万元。");
    assertThat(budget.totals().others().get("budgetCut")).as("kinds of spending cut, named as examples")
        .isInstanceOfSatisfying(Money.class, m -> assertThat(m.text()).isEqualTo("35.40万元"));
    assertThat(budget.totals().others().get("adjustedBudget")).isInstanceOfSatisfying(Money.class,
        m -> assertThat(m.text()).isEqualTo("1,939.50万元"));
    assertThat(office.score().total().text()).isEqualTo("89.5分");
    assertThat(office.score().grade()).isEqualTo("良");
    Report parts = extract("五、自评得分及结论\n对照评价指标体系逐项打分：项目决策满分20分，自评18分；项目过程满分20分，自评18.5分；项目产出满分30分，"
        + "自评28分；项目效益满分30分，自评27.5分。综合自评得分92分，等级为“优”。");
    assertThat(parts.score().total().text()).isEqualTo("92分");
    assertThat(parts.score().components()).extracting(c -> c.name(), c -> c.weight().text(), c -> c.score().text())
        .containsExactly(tuple("项目决策", "20分", "18分"), tuple("项目过程", "20分", "18.5分"), tuple("项目产出", "30分", "28分"),
            tuple("项目效益", "30分", "27.5分"));
    Report gas = extract("二、绩效目标\n年初设定的总目标是：完成柳泉镇、马营乡5个村1,120户“煤改气”改造。");
    assertThat(gas.figures()).filteredOn(f -> f.text().equals("5个")).extracting(Figure::listed).containsExactly((Integer) null);
  }

  /**
   * A nursing-home fund, an agriculture bureau, an anti-drug fund and a hospital: a classification of the amount its parts add up
   * to further back in the paragraph (全年实际拨付183.42万元，…。分时段看，上半年…，下半年…。按补贴类别分：…); a multiple's base
   * (是上年938.73万元的1.2倍) is no part; a numbered list one of whose items has no amount read (5.缉毒办案27.39万) leaves its total
   * open; and kinds named before a count with no noun after it (设临床、医技科室32个，) are no items of it.
   */
  @Test
  void classificationsFurtherBackMultiplesUnreadItemsAndKinds() {
    String paid = "（二）资金支出。全年实际拨付补贴资金183.42万元，预算执行率96.54%%；结余6.58万元。分时段看，上半年拨付88.36万元，下半年拨付"
        + "95.06万元。按补贴类别分：床位运营补贴81.00万元，占总支出的44.16%%；入住老人运营补贴%s万元，占总支出的55.84%%。";
    assertThat(partsOf(paid.formatted("102.42"), "183.42万元")).contains("81.00万元", "102.42万元");
    assertThat(partsOf(paid.formatted("102.42"), "88.36万元")).isEmpty();
    assertThat(partsOf("项目支出9,718.06万元。项目支出中，主要包括：农机购置与应用补贴1,126.48万元，是上年938.73万元的1.2倍；动物防疫"
        + "286.30万元。", "9,718.06万元")).doesNotContain("938.73万元");
    Report drugs = extract("（二）资金支出。全年实际支出196.38万元，执行率为96.26%。支出明细如下：\n\n1.禁毒宣传教育38.50万元，占总支出的19.60%；\n"
        + "2.社区戒毒社区康复86.40万元；\n3.缉毒办案27.39万，主要用于办案差旅；\n4.乡镇禁毒工作经费20.70万元。\n");
    assertThat(drugs.figures()).filteredOn(f -> f.text().equals("196.38万元")).extracting(Figure::partsClosed).doesNotContain(true);
    assertThat(partsOf(drugs, "196.38万元")).contains("38.50万元", "86.40万元");
    Report market = extract("（一）预算调整。2024年年初部门预算4,826.35万元，年中追加预算312.40万元。\n（二）支出情况。全年部门支出5,021.63万元。");
    assertThat(market.totals().budget().text()).isEqualTo("4,826.35万元");
    assertThat(market.totals().expenditure().text()).isEqualTo("5,021.63万元");
    Report hospital = extract("一、项目概况\n医院现有编制床位520张，开放床位560张，设临床、医技科室32个，年门急诊量48万人次。");
    assertThat(hospital.figures()).filteredOn(f -> f.text().equals("32个")).extracting(Figure::listed).containsExactly((Integer) null);
  }

  /**
   * A civil-air-defence office's score after its bands (总分90分及以上为“优”… is a band's bound, no score), a signage project's parts
   * summed as 合计得88分, and a hospital's spending written with 人民币 before it.
   */
  @Test
  void bandsBoundsSumsByAndMoneyInRenminbi() {
    Report office = extract("五、自评得分及等级\n等级划分：总分90分及以上为“优”，80分（含）至90分为“良”，60分以下为“差”。县人防办2024年度部门整体支出"
        + "自评得分92分，等级为“优”。");
    assertThat(office.score().total().text()).isEqualTo("92分");
    assertThat(office.score().grade()).isEqualTo("优");
    Report signs = extract("五、自评得分及结论\n根据项目支出绩效评价指标体系，本项目自评得分为：决策20分得18分；过程20分得17分；产出40分得36分；"
        + "效益20分得17分；合计得88分。");
    assertThat(signs.score().total().text()).isEqualTo("88分");
    Report hospital = extract("（三）资金支出情况\n截至2024年12月31日，项目累计支出人民币777.10万元。");
    assertThat(hospital.totals().expenditure().text()).isEqualTo("777.10万元");
  }

  /**
   * An amount per unit split by who pays it (最低标准为每人每月148元，其中：中央103元，省级加发30元，县级加发15元), its list ending
   * before what it is compared with (较2022年的143元提高5元).
   */
  @Test
  void anAmountPerUnitSplitByWhoPaysIt() {
    String text = "（二）政策标准。2023年，我县基础养老金最低标准为每人每月148元，其中：中央基础养老金103元，省级加发30元，县级加发%s元，"
        + "较2022年的143元提高5元，增长3.50%%。";
    assertThat(partsOf(text.formatted("15"), "148元")).containsExactly("103元", "30元", "15元");
    assertThat(partsOf(text.formatted("25"), "148元")).as("parts adding up to more").hasSize(3);
    assertThat(partsOf("全县补助标准为每人每年600元，比上年提高50元。", "600元")).as("no 其中, no parts").isEmpty();
  }

  /**
   * Lists whose total is the one they add up to, of several a sentence states: a classification after a budget and its
   * adjustment, and parts on the lines after a spending and its balance (which end at a paragraph comparing the year with the last);
   * a classified sentence that names its own whole first; and a count whose parts are counted in several measures, not all listed.
   */
  @Test
  void listsOfTheTotalTheyAddUpTo() {
    assertThat(partsOf("（一）预算安排。医疗救助资金年初预算1,800万元，年中追加中央财政医疗救助补助资金120万元，调整后预算1,920万元。"
        + "按资金来源分：中央财政1,150万元；省级财政386万元；市级财政96万元；县级财政288万元。", "1,920万元")).hasSize(4);
    String spent = "（二）支出情况。2024年实际支出1,162.35万元，执行率为97.71%，结余27.25万元。其中：\n基本支出842.17万元，占总支出的72.45%；\n"
        + "项目支出320.18万元，占总支出的27.55%。\n2024年支出比上年的1,108.72万元增长4.84%。\n";
    assertThat(partsOf(spent, "1,162.35万元")).containsExactly("842.17万元", "320.18万元");
    assertThat(partsOf(spent.replace("320.18", "330.18"), "1,162.35万元")).as("kinds of spending adding up to none: the one spending's")
        .containsExactly("842.17万元", "330.18万元");
    String named = spent.replace("基本支出", "培训费").replace("项目支出", "差旅费");
    assertThat(partsOf(named.replace("320.18", "330.18"), "1,162.35万元")).as("parts named otherwise adding up to none").isEmpty();
    assertThat(partsOf("刑事案件336件中，审判阶段198件、审查起诉阶段96件、侦查阶段42件。从承办主体看，800件案件中社会律师承办612件，占76.50%；"
        + "基层法律服务工作者承办132件；县法律援助中心工作人员承办56件。", "800件")).containsExactly("612件", "132件", "56件");
    Report mixed = extract("2. 社会效益。受益主体共1,236户，其中：规模养殖场36家、家庭农场148户、中小散养户1,052户。");
    assertThat(mixed.figures()).filteredOn(f -> f.text().equals("1,236户")).extracting(Figure::partsClosed).containsOnly(false);
  }

  /**
   * Scores and grades as the newer probe reports state them: full marks before the score (总分100分，自评得分92.5分), its parts in the
   * sentence after (具体为：投入20分，得18.5分；…), a grade past the deductions (扣分说明：…) or a table of the parts and a sentence of the
   * bands (评价等级划分为：…), a sum counting its parts, on the lines after them (以上四项合计93.5分), and a grade before its score.
   */
  @Test
  void scoresAndGradesInTheNewerReports() {
    Report audit = extract("五、自评结论\n根据指标体系，从投入、过程、产出、效果四个方面自评，总分100分，自评得分92.5分。具体为：投入20分，得18.5分；"
        + "过程30分，得27.5分；产出30分，得28.0分；效果20分，得18.5分。\n扣分说明：\n（1）投入指标扣1.5分：年初预算编制精准度不够。\n"
        + "（2）过程指标扣2.5分：固定资产账实核对不及时。\n（3）产出指标扣2.0分：部分报告出具超时。\n（4）效果指标扣1.5分：整改率未达到目标值。\n"
        + "以上合计扣7.5分。按照90分以上为优、80—90分为良的评价标准，我局2024年度部门整体支出绩效自评等级为“优”。");
    assertThat(audit.score().total().text()).isEqualTo("92.5分");
    assertThat(audit.score().grade()).isEqualTo("优");
    assertThat(audit.score().components()).extracting(c -> c.name(), c -> c.weight().text())
        .containsExactly(tuple("投入", "20分"), tuple("过程", "30分"), tuple("产出", "30分"), tuple("效果", "20分"));
    Report estates = extract("五、自评得分及结论\n经自评，本项目得分92分，各项得分如下：\n| 一级指标 | 分值 | 得分 |\n| 决策 | 20 | 18 |\n"
        + "| 过程 | 20 | 19 |\n| 产出 | 40 | 37 |\n| 效益 | 20 | 18 |\n| 合计 | 100 | 92 |\n扣分情况：决策指标扣2分；过程指标扣1分。\n"
        + "评价等级划分为：90分及以上为“优”，80—89分为“良”。本项目自评等级为“优”。");
    assertThat(estates.score().grade()).isEqualTo("优");
    Report care = extract("五、自评得分及结论\n从项目决策、过程、产出、效益四个方面进行自评：\n项目决策（20分）：得18分，绩效目标量化不够；\n"
        + "项目过程（20分）：得19分，记录归档不及时；\n项目产出（40分）：得38分，服务时长未达到计划；\n项目效益（20分）：得18.5分，专业服务不足。\n"
        + "以上四项合计93.5分。按照90分及以上为优的标准，本项目自评等级为优。");
    assertThat(care.score().total().text()).isEqualTo("93.5分");
    assertThat(care.score().components()).hasSize(4);
    Report relief = extract("五、自评得分及结论\n自评得分如下：决策指标20分，得19分；过程指标20分，得18分；产出指标30分，得29分；效益指标30分，得28分。"
        + "四项合计94分。");
    assertThat(relief.score().total().text()).isEqualTo("94分");
    Report centre = extract("（二）自评等级及得分。经自评，本院2024年度部门整体支出绩效等级为“良”，自评得分88分。");
    assertThat(centre.score().grade()).isEqualTo("良");
    assertThat(extract("（二）自评等级及得分。评价等级为“优”的项目3个，本院自评得分88分。").score()).as("others' grade")
        .satisfies(score -> assertThat(score == null ? null : score.grade()).isNull());
  }

  /**
   * An item of a list stated as what each one has and then together (二百一十二个行政村各设村级林长1名，共212名) is the item's together,
   * not the list's sum; what each one has is no part.
   */
  @Test
  void anItemEachOneHasThenTogether() {
    String text = "一、基本情况\n共设立各级林长313名：县级林长15名；乡级林长86名；二百一十二个行政村各设村级林长1名，共212名。";
    assertThat(partsOf(text, "313名")).containsExactly("15名", "86名", "212名");
    assertThat(partsOf(text, "212名")).isEmpty();
  }

  /**
   * A whole broken down by its list, then again by the next sentence opening with 其中 (获得奖牌52枚，其中金牌14枚、银牌17枚、铜牌21枚。
   * 其中：省级赛事获奖牌19枚…，市级赛事获奖牌33枚…): its parts are the first list's, the second classification none of them.
   */
  @Test
  void aWholeClassifiedAgainInTheNextSentence() {
    String text = "一、基本情况\n获得奖牌52枚，其中金牌14枚、银牌17枚、铜牌21枚。其中：省级赛事获奖牌19枚（金牌5枚、银牌6枚、铜牌8枚），"
        + "市级赛事获奖牌33枚（金牌9枚、银牌11枚、铜牌13枚）。";
    assertThat(partsOf(text, "52枚")).containsExactly("14枚", "17枚", "21枚");
  }

  /**
   * A list's whole named again and set against the year before after its parts (…志愿队员40人，队员人数较上年的52人增加18人) ends the
   * list; an item's own comparison after it (公用经费218.38万元，较上年的212.55万元…；) does not.
   */
  @Test
  void theWholeSetAgainstTheYearBeforeEndsItsList() {
    String text = "一、基本情况\n组建镇级综合应急救援队一支，队员七十人，其中专职队员12人、半专职队员18人、志愿队员40人，队员人数较上年的52人增加18人，"
        + "增长34.62%。";
    assertThat(partsOf(text, "七十人")).containsExactly("12人", "18人", "40人");
    String items = "一、基本情况\n“三公”经费支出16.26万元，其中：公务接待费3.86万元，较上年的4.35万元减少0.49万元；公务用车运行维护费12.40万元，"
        + "较上年的13.10万元减少0.70万元。";
    assertThat(partsOf(items, "16.26万元")).containsExactly("3.86万元", "12.40万元");
  }

  /**
   * The report's project scored under the short name the report gives it, which keeps the title's words in order (冷藏保鲜项目得分93分
   * in …产地冷藏保鲜设施建设补助项目绩效自评报告): the report's score; a project the title does not name so is not.
   */
  @Test
  void theTitlesProjectScoredUnderItsShortName() {
    String text = "青崖县2023年度农产品产地冷藏保鲜设施建设补助项目绩效自评报告\n三、自评结论\n经自评，%s得分93分，等级为“优”。";
    Report shortened = extract(text.formatted("冷藏保鲜项目"));
    assertThat(shortened.score().total().text()).isEqualTo("93分");
    assertThat(shortened.score().grade()).isEqualTo("优");
    assertThat(extract(text.formatted("冷链物流项目")).score()).as("another project").satisfiesAnyOf(
        sc -> assertThat(sc).isNull(), sc -> assertThat(sc.total()).isNull());
  }

  /** A grade given as the report's 等次 (自评得分91分，等次为“优”) is its grade, as 等级 is; bands named 等次 grade nothing. */
  @Test
  void aGradeGivenAsItsDengci() {
    Report r = extract("三、自评结论\n评价等次划分为：90分（含）以上为“优”，80分（含）至90分为“良”。经评价，适老化资金自评得分91分，等次为“优”。");
    assertThat(r.score().total().text()).isEqualTo("91分");
    assertThat(r.score().grade()).isEqualTo("优");
  }

  private static List<String> partsOf(String text, String total) {
    return partsOf(extract(text), total);
  }

  private static List<String> partsOf(Report r, String total) {
    Figure whole = r.figures().stream().filter(f -> f.text().equals(total)).findFirst().orElseThrow();
    return r.figures().stream().filter(f -> whole.id().equals(f.partOf())).map(Figure::text).toList();
  }

  /**
   * Scores announced after the scheme the sentence scores by (按决策20分、…的指标体系逐项打分，本项目得分情况为：决策19分，…，合计92.5分):
   * the parts are those after the announcement, weighed by the scheme.
   */
  @Test
  void scoresAnnouncedAfterTheScheme() {
    Report r = extract("按照决策20分、过程20分、产出40分、效益20分的指标体系逐项打分，本项目得分情况为：决策19分，过程18分，产出38分，效益17.5分，"
        + "合计92.5分。");
    assertThat(r.score().total().text()).isEqualTo("92.5分");
    assertThat(r.score().components()).extracting(c -> c.name(), c -> c.score().text(), c -> c.weight().text())
        .containsExactly(tuple("决策", "19分", "20分"), tuple("过程", "18分", "20分"), tuple("产出", "38分", "40分"), tuple("效益", "17.5分", "20分"));
  }

  /** Deeds listed before what was set up (新领办、创办农民合作社和家庭农场二十八个) name none of the twenty-eight. */
  @Test
  void deedsListedNameNoItems() {
    Report r = extract("年内学员新领办、创办农民合作社和家庭农场二十八个，带动周边农户1260户。");
    assertThat(r.figures()).filteredOn(f -> f.text().equals("二十八个")).extracting(Figure::listed).containsOnlyNulls();
    Report named = extract("下设综合办公室、党建办公室、城市管理办公室3个内设机构。");
    assertThat(named.figures()).extracting(Figure::listed).containsExactly(3);
    // nor a description the count is said of (a county's old estates)
    Report described = extract("柘溪县城区建成于2000年以前、配套设施不完善的老旧小区共有31个。");
    assertThat(described.figures()).extracting(Figure::listed).containsOnlyNulls();
    // nor what the money was shared out by, before where it went (按受灾户数、人数及房屋倒损情况分配至9个乡镇)
    Report sharedOut = extract("救灾资金全部按受灾户数、人数及房屋倒损情况分配至9个乡镇。");
    assertThat(sharedOut.figures()).extracting(Figure::listed).containsOnlyNulls();
  }

  /** A sum of what was lost after the parts' scores (其中产出指标得52.5分，…，满意度指标得14.5分，合计扣4.5分) is no part of the score. */
  @Test
  void aSumLostAfterThePartsIsNoPart() {
    String scores = "三、自评结果\n本次自评采用产出、效益、满意度三类指标，权重分别为55分、30分、15分。自评总分95.5分，其中产出指标得52.5分，效益指标得28.5分，"
        + "满意度指标得14.5分，%s自评等级为“优”。";
    for (String sum : List.of("合计扣4.5分，", "")) {
      Report r = extract(scores.formatted(sum));
      assertThat(r.score().total().text()).isEqualTo("95.5分");
      assertThat(r.score().components()).as(sum)
          .extracting(c -> c.name(), c -> c.score().text(), c -> c.weight() == null ? null : c.weight().text())
          .containsExactly(tuple("产出", "52.5分", "55分"), tuple("效益", "28.5分", "30分"), tuple("满意度", "14.5分", "15分"));
    }
  }

  /** A kind of spending's budget adjusted (项目支出预算调整为1128.00万元) is no adjusted budget of the unit; the unit's budget adjusted is. */
  @Test
  void aKindOfSpendingsAdjustedBudgetIsNotTheUnits() {
    Report kind = extract("一、基本情况\n2024年年初预算1856.40万元，其中基本支出1082.60万元，项目支出773.80万元。基本支出预算未作调整，仍为1082.60万元；"
        + "项目支出预算调整为1128.00万元。");
    assertThat(kind.totals().others()).doesNotContainKeys("adjustedBudget", "budgetAdjustment");
    assertThat(kind.totals().budget().text()).isEqualTo("1856.40万元");
    assertThat(extract("一、基本情况\n年初预算3862.45万元，全年预算调整为4178.45万元。").totals().others().get("adjustedBudget"))
        .isInstanceOfSatisfying(Money.class, m -> assertThat(m.text()).isEqualTo("4178.45万元"));
  }

  /** One of the unit's budgets cut (调减政府性基金预算120.00万元) is a budget cut; the 三公经费's cut is not the unit's. */
  @Test
  void oneOfTheUnitsBudgetsCutIsABudgetCut() {
    Report r = extract("一、基本情况\n年初预算3862.45万元。年度预算调整情况：追加上级转移支付资金436.00万元；因土地出让收入短收，调减政府性基金预算"
        + "120.00万元（国土空间规划编制项目）。调整后预算4178.45万元。");
    assertThat(r.totals().others().get("budgetCut")).isInstanceOfSatisfying(Money.class, m -> assertThat(m.text()).isEqualTo("120.00万元"));
    assertThat(r.totals().others().get("budgetAdjustment")).isInstanceOfSatisfying(Money.class,
        m -> assertThat(m.text()).isEqualTo("436.00万元"));
    assertThat(r.totals().others().get("adjustedBudget")).isInstanceOfSatisfying(Money.class,
        m -> assertThat(m.text()).isEqualTo("4178.45万元"));
    assertThat(extract("一、基本情况\n年初预算3862.45万元，年中三公经费调减预算2.00万元。").totals().others()).doesNotContainKey("budgetCut");
  }

  /** A sum at its list's end (…116名，六类合计1286名) or alone after an amount (…三类合计315.85万元) is no part of the amount before. */
  @Test
  void aSumOfItsOwnIsNoPart() {
    Report patients = extract("一、基本情况\n截至2023年12月31日，全县在册严重精神障碍患者１２８６名，较2022年末的1231名增加55名。按病种分，精神分裂症798名、"
        + "双相情感障碍173名、偏执性精神病41名、分裂情感性障碍66名、癫痫所致精神障碍92名、精神发育迟滞伴发精神障碍116名，六类合计1286名。");
    assertThat(partsOf(patients, "１２８６名")).containsExactly("798名", "173名", "41名", "66名", "92名", "116名");
    assertThat(partsOf("一、基本情况\n从支出结构看，本体修缮支出213.34万元，占实际支出的58.05%。\n从单位投入看，本体修缮平均每处35.56万元，"
        + "安防消防设施平均每处11.23万元；修缮、安防、保养三类合计315.85万元，覆盖18处县保单位。", "213.34万元")).isEmpty();
  }

  /**
   * The amount before said again in another unit (“三公”经费6.84万元，即68,400.00元) is no part beside it; a total said again (即1.52亿元。
   * 其中…) keeps its parts. So is an amount after 即 that is not the one before: the words say it again, and a wrong digit in either is
   * restated.unit's to name, not a part more.
   */
  @Test
  void theAmountBeforeSaidAgainIsNoPart() {
    String text = "一、预算执行\n基本支出1,203.58万元。其中：人员经费1,046.27万元；公用经费157.31万元（其中“三公”经费6.84万元，即%s元，"
        + "其他公用经费150.47万元）。";
    assertThat(partsOf(text.formatted("68,400.00"), "157.31万元")).containsExactly("6.84万元", "150.47万元");
    assertThat(partsOf(text.formatted("68,400"), "157.31万元")).containsExactly("6.84万元", "150.47万元");
    assertThat(partsOf(text.formatted("68,500.00"), "157.31万元")).as("another amount").containsExactly("6.84万元", "150.47万元");
    assertThat(partsOf("一、预算执行\n调整后预算15,200.00万元，即1.52亿元。其中基本支出预算1,290.00万元，项目支出预算13,910.00万元。", "1.52亿元"))
        .containsExactly("1,290.00万元", "13,910.00万元");
    // nor is it a part of itself, said again in parentheses (县级财政配套一百二十五万元（125.00万元）); a part named there is
    String sources = "一、基本情况\n2024年养老资金共计552.80万元，其中：中央财政补助220.00万元，占39.80%%；省级财政补助145.00万元，占26.23%%；"
        + "市级财政补助62.80万元，占11.36%%；县级财政配套%s，占22.61%%。";
    Report said = extract(sources.formatted("一百二十五万元（125.00万元）"));
    assertThat(partsOf(said, "552.80万元")).containsExactly("220.00万元", "145.00万元", "62.80万元", "一百二十五万元");
    assertThat(partsOf(said, "一百二十五万元")).isEmpty();
    assertThat(partsOf(sources.formatted("一百二十五万元（含上级补助25.00万元）"), "一百二十五万元")).containsExactly("25.00万元");
  }

  /** A numbered cut among what the year added (净增177.70万元：一是追加…；四是压减…12.30万元) nets the total: none is a part of it. */
  @Test
  void aNumberedCutAmongTheAdditionsIsNoPart() {
    String adjusted = "一、基本情况\n2024年年初预算1,286.40万元。年度执行中预算调整净增%s万元：一是追加上级残疾人事业发展补助资金156.00万元；"
        + "二是县级追加困难重度残疾人家庭无障碍改造资金28.50万元；三是因调资追加人员经费5.50万元%s。";
    assertThat(partsOf(adjusted.formatted("177.70", "；四是压减一般性项目支出12.30万元"), "177.70万元")).isEmpty();
    assertThat(partsOf(adjusted.formatted("190.00", ""), "190.00万元")).containsExactly("156.00万元", "28.50万元", "5.50万元");
  }

  /** Names a layout broke across a long line (白石村、茶园村、枫林\n村、下洋村…6个村) are counted as on one line; after a short line not. */
  @Test
  void namesWrappedAcrossALineAreCounted() {
    Report wrapped = extract("一、基本情况\n（一）项目背景。我镇境内小山塘多建于上世纪六七十年代，蓄水能力\n大幅下降，威胁下游群众安全。经县水利局批复，"
        + "2023年我镇对白石村、茶园村、枫林\n村、下洋村、坑口村、岭脚村6个村的15座山塘进行整治。");
    assertThat(wrapped.figures()).filteredOn(f -> f.text().equals("6个")).extracting(Figure::listed).containsExactly(6);
    Report authors = extract("一、基本情况\n经批复，2023年我镇对白石村、茶园村、枫林\n村、下洋村4个村的山塘进行整治。");
    assertThat(authors.figures()).filteredOn(f -> f.text().equals("4个")).extracting(Figure::listed).containsExactly(2);
  }

  /** A classification after a list's lines (分资金来源看：⏎● …⏎按支出用途分：…) is of the whole its parts add up to (实际支出391.67万元). */
  @Test
  void aClassificationAfterTheLinesOfAListIsOfTheWholeItsPartsAddUpTo() {
    String spent = "（三）资金使用情况\n    截至2023年12月31日，项目实际支出391.67万元，预算执行率98.31%（按调整后预算计算），结余6.73万元。分资金来源看：\n"
        + "    ● 中央资金支出142.60万元，执行率100.00%，无结余；\n    ● 省级资金支出96.85万元，执行率98.52%，结余1.45万元；\n"
        + "    ● 市级资金支出45.50万元，执行率100.00%，无结余；\n    ● 县级资金支出106.72万元，执行率95.29%，结余5.28万元。\n\n"
        + "    按支出用途分：疫苗及接种耗材采购168.42万元；接种服务补助29.19万元；冷链运转及疫苗配送94.06万元；专业技术人员劳务补助100.00万元。";
    Report r = extract(spent);
    assertThat(partsOf(r, "391.67万元")).containsExactly("168.42万元", "29.19万元", "94.06万元", "100.00万元");
    assertThat(partsOf(r, "106.72万元")).isEmpty();
  }

  /** A count before the words opening a list (全县9个乡镇村数分别为：梅城镇24个、…，合计142个) is no part of the list's sum. */
  @Test
  void aCountBeforeTheListsOpeningIsNoPartOfItsSum() {
    Report r = extract("一、基本情况\n全县9个乡镇村数分别为：梅城镇24个、桐溪镇18个、石塘镇15个、黄柏乡12个、双河乡16个、青龙镇14个、柳坪乡13个、"
        + "大坳乡17个、梅岭镇13个，合计142个。");
    assertThat(partsOf(r, "142个")).containsExactly("24个", "18个", "15个", "12个", "16个", "14个", "13个", "17个", "13个");
  }

  /** A difference from another count (实有人数比编制数少5人) is no part of the count before it; the staff by kind are. */
  @Test
  void aDifferenceFromAnotherCountIsNoPart() {
    Report r = extract("一、基本情况\n2024年末核定编制68名，其中行政编制24名、事业编制44名；实有在职人员63人，其中行政人员22人、事业人员41人，"
        + "实有人数比编制数少5人。");
    assertThat(partsOf(r, "63人")).containsExactly("22人", "41人");
    assertThat(partsOf(r, "68名")).containsExactly("24名", "44名");
  }

  /** What a sum is reckoned by (按每人每日五百元标准、全年值班四百九十个人日计算) names no items of the count after it. */
  @Test
  void whatASumIsReckonedByNamesNoItems() {
    Report r = extract("二、项目支出\n律师参与接访经费24.50万元（按每人每日五百元标准、全年值班四百九十个人日计算）。");
    assertThat(r.figures()).filteredOn(f -> f.text().equals("四百九十个")).extracting(Figure::listed).containsExactly((Integer) null);
  }

  /**
   * A clause ，分别… after a list's items (其中石桥镇360个、…龙湾镇300个，分别服务周边9个、6个…行政村) says what each of them does: its
   * figures are no parts, and the list ends before them.
   */
  @Test
  void whatEachItemDoesRespectivelyEndsTheList() {
    Report r = extract("一、项目概况\n五处公墓规划墓穴共一千五百六十个，其中石桥镇360个、柳塘乡300个、青岗镇320个、白沙乡280个、龙湾镇300个，"
        + "分别服务周边9个、6个、8个、5个、7个行政村，合计覆盖35个行政村。");
    assertThat(partsOf(r, "一千五百六十个")).containsExactly("360个", "300个", "320个", "280个", "300个");
    assertThat(r.figures().get(0).partsClosed()).isTrue();
  }

  /** A fund cut after an addition (追加预算63.20万元…，调减农资储备贴息12.00万元) is a budget cut. */
  @Test
  void aFundCutAfterAnAdditionIsABudgetCut() {
    Report r = extract("一、基本情况\n2023年年初预算486.50万元。年度中追加预算63.20万元（其中电子商务进农村综合示范县配套资金55.20万元、"
        + "农村综合服务社建设8.00万元），因化肥淡季储备贴息标准下调，调减农资储备贴息12.00万元，调整后预算为537.70万元。");
    assertThat(r.totals().others().get("budgetCut")).isInstanceOfSatisfying(Money.class, m -> assertThat(m.text()).isEqualTo("12.00万元"));
    assertThat(r.totals().others().get("budgetAdjustment")).isInstanceOfSatisfying(Money.class,
        m -> assertThat(m.text()).isEqualTo("63.20万元"));
  }

  /** 结余资金中，… breaks down the 结余28.54万元 its parts add up to, not the nearer 县级结余19.74万元. */
  @Test
  void aSentenceOpeningWithItsTotalIsOfTheOneItsPartsAddUpTo() {
    Report r = extract("（三）资金使用情况\n截至2024年12月31日，专项资金实际支出1,831.46万元，执行率为98.47%，结余28.54万元。\n"
        + "按资金来源分：省级结余8.80万元、县级结余19.74万元。\n结余资金中，新造林未验收面积200亩对应16.00万元，品牌宣传结余11.40万元，"
        + "技术服务结余1.14万元。");
    assertThat(partsOf(r, "28.54万元")).contains("16.00万元", "11.40万元", "1.14万元");
    assertThat(partsOf(r, "19.74万元")).isEmpty();
  }

  /**
   * What the sentence after the total lost (…效益19.5分，共扣11.5分; …（权重20分），合计扣7.00分) and a score a formula multiplies by
   * (预算执行率得9.43分（按执行率94.33%乘以分值10分计算）) are no parts of the score.
   */
  @Test
  void scorePartsDropWhatWasLostAndAFormulasFactor() {
    Report lost = extract("四、自评结论\n自评采用决策、过程、产出、效益四个一级指标，分值分别为20分、25分、30分、25分。中心2024年度部门整体支出自评得分88.5分，"
        + "等级为\"良\"。其中决策18分、过程23分、产出28分、效益19.5分，共扣11.5分。");
    assertThat(lost.score().components()).extracting(c -> c.name(), c -> c.score().text())
        .containsExactly(tuple("决策", "18分"), tuple("过程", "23分"), tuple("产出", "28分"), tuple("效益", "19.5分"));
    Report weighed = extract("四、自评结论\n经综合评定，项目自评得分93.00分，等级为\"优\"。其中：决策类得分19.00分（权重20分），过程类得分17.50分"
        + "（权重20分），产出类得分38.00分（权重40分），效益类得分18.50分（权重20分），合计扣7.00分。");
    assertThat(weighed.score().components()).extracting(c -> c.name()).containsExactly("决策类", "过程类", "产出类", "效益类");
    Report formula = extract("四、自评结论\n本次自评按照预算执行率（10分）、产出指标（50分）、效益指标（30分）、满意度指标（10分）四部分评分，满分100分。"
        + "自评总分93.43分，评价等级为\"优\"。其中：预算执行率得9.43分（按执行率94.33%乘以分值10分计算）；产出指标得47分；效益指标得28分；"
        + "满意度指标得9分。");
    assertThat(formula.score().components()).extracting(c -> c.name(), c -> c.score().text())
        .containsExactly(tuple("预算执行率", "9.43分"), tuple("产出", "47分"), tuple("效益", "28分"), tuple("满意度", "9分"));
  }

  /** Scores given in turn in the sentence after the total, each part's weight in parentheses after its name (决策（15分）、…分别得14分、…). */
  @Test
  void scoresGivenInTurnTheSentenceAfterTheTotal() {
    Report r = extract("五、自评结论\n经自评，2024年度部门整体支出绩效综合得分89.5分，等级为“良”。决策（15分）、过程（25分）、产出（35分）、"
        + "效益（25分）四项指标分别得14分、23分、32分、20.5分，共扣10.5分。");
    assertThat(r.score().total().text()).isEqualTo("89.5分");
    assertThat(r.score().components()).extracting(c -> c.name(), c -> c.score().text())
        .containsExactly(tuple("决策", "14分"), tuple("过程", "23分"), tuple("产出", "32分"), tuple("效益", "20.5分"));
  }

  /**
   * Parts on the line right after the total's are its parts where the line says so: opening with 分项得分：, counting them in
   * a sum (四项得分合计), or weighing each so that the weights make full marks; they are kept as stated, for the checks to add up.
   * Announced by nothing, they are its parts where they add up to it, not where they do not; nor where the total's line breaks off
   * inside its sentence (…其中：产出⏎指标50分，…: the line is the rest of that sentence).
   */
  @Test
  void partsOnTheNextLineAddingUpToTheTotal() {
    String scored = "三、自评得分情况\n本项目采用产出、效益、满意度三类指标评分，权重分别为50分、30分、20分。自评得%s分，评定等级为\"中\"。\n"
        + "产出指标权重50分，得41.5分，得分率83%%；效益指标权重30分，得24.5分，得分率81.67%%；满意度指标权重20分，得13分，得分率65%%。\n";
    assertThat(extract(scored.formatted("79")).score().components()).extracting(c -> c.name(), c -> c.score().text())
        .containsExactly(tuple("产出指标", "41.5分"), tuple("效益指标", "24.5分"), tuple("满意度指标", "13分"));
    assertThat(extract(scored.formatted("78")).score().components()).as("weighed to full marks, though they do not add up").hasSize(3);
    String bare = "三、自评得分情况\n本项目自评得%s分，评定等级为\"中\"。\n产出指标得41.5分；效益指标得24.5分；满意度指标得13分。\n";
    assertThat(extract(bare.formatted("79")).score().components()).hasSize(3);
    assertThat(extract(bare.formatted("78")).score().components()).as("announced by nothing, not adding up").isEmpty();
    String ofWhich = "三、自评结果\n经评价，本项目自评得分96.9分，等级为\"优\"。\n其中：决策部分得%s分（权重15分）；过程部分得19.0分（权重20分）；"
        + "产出部分得34.4分（权重35分）；效益部分得29.0分（权重30分）。\n";
    assertThat(extract(ofWhich.formatted("24.5")).score().components()).extracting(c -> c.score().text())
        .as("each weighed (权重15分), the weights making full marks, though they do not add up")
        .containsExactly("24.5分", "19.0分", "34.4分", "29.0分");
    String parts = "三、自评结果\n本项目自评得分89.5分，等级为“良”。\n分项得分：决策9分，过程%s分，产出36分，效益27分。\n";
    assertThat(extract(parts.formatted("27.5")).score().components()).extracting(c -> c.score().text())
        .containsExactly("9分", "27.5分", "36分", "27分");
    String counted = "三、自评得分情况\n自评总得分93.81分，评价等级为优。\n预算执行率得分9.81分；产出指标得分%s分，扣2分；效益指标得分27分，扣3分；"
        + "满意度指标得分9分，扣1分。四项得分合计93.81分。\n";
    assertThat(extract(counted.formatted("58")).score().components()).extracting(c -> c.score().text())
        .containsExactly("9.81分", "58分", "27分", "9分");
    Report wrapped = extract("三、自评结果\n经对照评价指标逐项打分，本项目自评得分88.5分，自评等级为\"良\"。其中：产出\n"
        + "指标50分，得45.5分；效益指标40分，得34分；满意度指标10分，得9分。\n");
    assertThat(wrapped.score().components()).extracting(c -> c.name()).doesNotContain("指标");
  }

  /** Scores given in turn whose parts the sentence before names, with their weights and a count of them (…效益（20分）四部分). */
  @Test
  void scoresGivenInTurnToThePartsTheSentenceBeforeNames() {
    Report r = extract("三、自评结果\n按照评价指标体系，评价指标分决策（20分）、过程（20分）、产出（40分）、效益（20分）四部分，满分100分。经自评，"
        + "四部分分别得19分、17.5分、38分、18.5分，综合得分93分。");
    assertThat(r.score().components()).extracting(c -> c.name(), c -> c.score().text())
        .containsExactly(tuple("决策", "19分"), tuple("过程", "17.5分"), tuple("产出", "38分"), tuple("效益", "18.5分"));
  }

  /** A sum of something else after a list (其中勐朗镇5个村、…糯扎乡3个村，共实施子项目27个) is no part of the whole the list adds up to. */
  @Test
  void aSumOfSomethingElseAfterAListIsNoPartOfIt() {
    Report r = extract("（三）项目实施范围\n资金覆盖勐朗镇、南腊乡、糯扎乡3个乡镇12个行政村，其中勐朗镇5个村、南腊乡4个村、糯扎乡3个村，"
        + "共实施子项目27个（勐朗镇11个、南腊乡9个、糯扎乡7个）。");
    assertThat(partsOf(r, "12个")).containsExactly("5个", "4个", "3个");
    assertThat(partsOf(r, "27个")).containsExactly("11个", "9个", "7个");
    assertThat(r.figures()).filteredOn(f -> f.text().equals("27个")).extracting(Figure::partOf).containsOnlyNulls();
  }

  /**
   * What a part says it includes (中央财政资金378.52万元，含基本药物制度补助229.16万元、基本公共卫生服务补助149.36万元) is that part's, not
   * the whole's the part is of (上级转移支付资金583.02万元), which would count it twice.
   */
  @Test
  void whatAPartIncludesIsThatPartsNotTheWholes() {
    Report r = extract("（二）资金情况\n2023年年初预算安排乡村医生补助资金668.06万元，其中：上级转移支付资金583.02万元（其中：中央财政资金378.52万元，"
        + "含基本药物制度补助229.16万元、基本公共卫生服务补助149.36万元；省级财政资金156.30万元；市级财政资金48.20万元），县级配套资金85.04万元。");
    assertThat(partsOf(r, "378.52万元")).containsExactly("229.16万元", "149.36万元");
    assertThat(partsOf(r, "583.02万元")).contains("378.52万元").doesNotContain("229.16万元", "149.36万元");
  }

  /** A list holding counts in Chinese numerals (其中黄草滩乡九个村、白杨沟镇七个村、…) is of figures, as one of digits is: it names no items. */
  @Test
  void aListOfCountsInChineseNumeralsNamesNoItems() {
    Report r = extract("（一）项目概况。实施草原补奖政策的共有五个乡镇、三十八个行政村，其中黄草滩乡九个村、白杨沟镇七个村、红石岭乡八个村、"
        + "达坂乡六个村、清水河镇八个村。");
    assertThat(r.figures()).filteredOn(f -> f.text().endsWith("个")).isNotEmpty().extracting(Figure::listed).containsOnlyNulls();
  }

  /**
   * What the project spent at the rate its own sentence states (项目支出803.72万元，按调整后预算825.80万元计算执行率97.33%) is the report's
   * spending where the spending stated first is a part's (中央资金支出360.00万元…；县级配套支出335.72万元，执行率93.83%).
   */
  @Test
  void theProjectsSpendingAtItsOwnRateWhereAPartsIsStatedFirst() {
    Report r = extract("（三）资金来源。项目年初预算850.40万元，其中：中央资金360.00万元，省级补助108.00万元，县级配套382.40万元。"
        + "10月调减县级配套24.60万元，调整后预算825.80万元。\n（四）预算执行。截至2024年12月31日，项目支出803.72万元，按调整后预算825.80万元"
        + "计算执行率97.33%（按年初预算850.40万元计算为94.51%），结余22.08万元。其中中央资金支出360.00万元、省级资金支出108.00万元，"
        + "均全部执行；县级配套支出335.72万元，执行率93.83%。");
    assertThat(r.totals().expenditure()).extracting(Money::text).isEqualTo("803.72万元");
    assertThat(r.totals().executionRate()).extracting(Percent::text).isEqualTo("97.33%");
  }

  /** And where no spending is stated before it but a rate of another's is (县级配套执行率93.83%). */
  @Test
  void theProjectsSpendingAtItsOwnRateWhereTheFirstRateIsAnothers() {
    Report r = extract("一、项目资金\n项目年初预算850.40万元，调整后预算825.80万元，其中县级配套357.80万元，县级配套执行率93.83%。\n"
        + "二、预算执行\n截至2024年12月31日，项目支出803.72万元，按调整后预算825.80万元计算执行率97.33%，结余22.08万元。");
    assertThat(r.totals().expenditure()).extracting(Money::text).isEqualTo("803.72万元");
    assertThat(r.totals().executionRate()).extracting(Percent::text).isEqualTo("97.33%");
  }

  /** A rate named with the budget it is of (预算执行率按调整后预算计算为98.83%) is the execution rate. */
  @Test
  void aRateNamedWithTheBudgetItIsOf() {
    Report r = extract("（三）资金使用。截至2023年12月31日，实际支出181.26万元，其中中央资金111.84万元、省级资金55.92万元、县级资金13.50万元；"
        + "结余2.14万元。预算执行率按调整后预算计算为98.83%，按年初预算计算为97.24%。");
    assertThat(r.totals().executionRate()).extracting(Percent::text).isEqualTo("98.83%");
  }

  /** What the project spent in all (项目共支出595,900.00元) is the spending. */
  @Test
  void whatTheProjectSpentInAllIsTheSpending() {
    Report r = extract("二、资金使用\n截至2023年12月31日，项目共支出595,900.00元，结余24,100.00元，已按规定交回县财政。");
    assertThat(r.totals().expenditure()).extracting(Money::text).isEqualTo("595,900.00元");
  }

  /** A title 关于…项目的绩效自评报告 (a commerce bureau's consumer vouchers) names the project the report evaluates. */
  @Test
  void aProjectsReportTitledAboutIt() {
    assertThat(extract("临江县商务局关于2023年政府消费券发放项目的绩效自评报告\n一、项目概况\n为促进消费回暖，县商务局组织开展政府消费券发放活动。")
        .reportKind()).isEqualTo(ReportKind.PROJECT);
  }

  /** A budget named in parentheses right after its amount (草原补奖资金1,180.00万元（即年初预算）) is the budget, not the one adjusted later. */
  @Test
  void aBudgetNamedInParenthesesAfterItsAmount() {
    Report r = extract("（二）资金来源及预算。2023年初提前下达草原补奖资金1,180.00万元（即年初预算），9月追加160.50万元，全年调整后预算为1,340.50万元。");
    assertThat(r.totals().budget().text()).isEqualTo("1,180.00万元");
    assertThat(r.totals().others().get("adjustedBudget")).isInstanceOfSatisfying(Money.class,
        m -> assertThat(m.text()).isEqualTo("1,340.50万元"));
  }

  /** The full marks the parts' weights in parentheses add up to (…效益（20分）四个一级指标，总分100分) are not the score after them. */
  @Test
  void fullMarksOfTheWeightsBeforeTheScore() {
    Report r = extract("本次自评采用决策（20分）、过程（30分）、产出（30分）、效益（20分）四个一级指标，总分100分。经自评，部门整体支出得分87.5分：决策17分、"
        + "过程27分、产出26分、效益17.5分。本单位自评等级为“良”。");
    assertThat(r.score().total().text()).isEqualTo("87.5分");
    // weights that do not add up to it leave 总分 the score it names
    assertThat(extract("本次自评采用决策（20分）、过程（30分）两项指标，总分100分，等级为“优”。").score().total().text())
        .isEqualTo("100分");
  }

  /** The bands stated right after the score (等级划分为：90分（含）以上为优，…) and then the grade by them. */
  @Test
  void theBandsBetweenTheScoreAndItsGrade() {
    Report r = extract("经自评，部门整体支出得分87.5分：决策17分、过程27分、产出26分、效益17.5分。等级划分为：90分（含）以上为优，80分（含）至90分为良，"
        + "60分（含）至80分为中，60分以下为差。本单位自评等级为“良”。");
    assertThat(r.score().grade()).isEqualTo("良");
  }

  /** The year before's amount a label compares this year's with (资金总额比上年的2,760.00万元) is no total of this year. */
  @Test
  void theAmountComparedWithIsNotTheBudget() {
    String text = "莲川县2023年革命老区转移支付资金绩效自评报告\n一、基本情况\n2023年全县共安排革命老区转移支付资金3,000.00万元。"
        + "资金总额比上年的2,760.00万元增加240.00万元，增长8.70%。\n";
    assertThat(extract(text).totals().budget().text()).isEqualTo("3,000.00万元");
    assertThat(extract(text.replace("比上年的", "为")).totals().budget().text()).as("the same amount stated as the year's")
        .isEqualTo("2,760.00万元");
  }

  /** A fund referred to as 该专项资金 or 本专项资金 is the report's own: its budget, not a project's. */
  @Test
  void thisFundIsTheReportsOwn() {
    for (String named : List.of("该专项资金", "本专项资金", "该项资金")) {
      Report r = extract("西岭县2024年野生动物致害补偿专项资金绩效自评报告\n一、基本情况\n2024年" + named + "预算175.00万元，全年未作调整。"
          + "资金来源为：中央资金90.00万元，省级资金85.00万元。\n");
      assertThat(r.totals().budget()).as(named).isNotNull().extracting(b -> b.text()).isEqualTo("175.00万元");
      assertThat(r.projects()).as(named).isEmpty();
    }
  }

  /** An insurance fund's spending is the premiums it paid (拨付保费302.70万元). */
  @Test
  void anInsuranceFundSpendsItsPremiums() {
    Report r = extract("云溪县2024年度防止返贫致贫保险专项资金绩效自评报告\n一、基本情况\n调整后预算306.00万元。全年实际参保50,450人，"
        + "拨付保费302.70万元，预算执行率为98.92%。\n");
    assertThat(r.totals().expenditure().text()).isEqualTo("302.70万元");
  }

  /** The bands in parentheses after the grade (（评分等级：90分及以上为优，…）) hold no part of the score. */
  @Test
  void theBandsAfterTheGradeHoldNoPart() {
    Report r = extract("云岭县博物馆2024年度部门整体支出绩效自评报告\n三、自评结论\n经自评，2024年度部门整体支出绩效得分88.15分，其中决策13.5分、过程22.67分、"
        + "产出26.88分、效益25.10分，自评等级为“良”（评分等级：90分及以上为优，80（含）—90分为良，60（含）—80分为中，60分以下为差）。\n");
    assertThat(r.score().components()).extracting(c -> c.name()).containsExactly("决策", "过程", "产出", "效益");
    assertThat(r.score().grade()).isEqualTo("良");
  }

  /** A budget set at the year's start for the fund (年初下达预算, 年初安排…支出预算) is the budget, not the one adjusted later. */
  @Test
  void aBudgetSetAtTheYearsStart() {
    Report r = extract("丰禾县2024年农作物重大病虫害防控资金绩效自评报告\n一、基本情况\n年初下达预算660.00万元。年中追加120.00万元，调整后预算为780.00万元。"
        + "资金实际支出741.36万元，预算执行率95.05%。\n");
    assertThat(r.totals().budget().text()).isEqualTo("660.00万元");
    r = extract("青岚县2023年度残疾人就业保障金专项资金绩效自评报告\n一、基本情况\n县财政2023年年初安排残疾人就业保障金支出预算326.50万元。年中，经县财政局"
        + "批准，将上年结转资金28.30万元追加用于残疾人灵活就业社会保险补贴，全年调整后预算为354.80万元。全年实际支出309.56万元，预算执行率87.25%。\n");
    assertThat(r.totals().budget().text()).isEqualTo("326.50万元");
  }

  /** A fund named for what it is (体育彩票公益金), given as the title names it, is the special fund's budget. */
  @Test
  void aFundNamedForWhatItIsIsTheBudget() {
    Report r = extract("溆川县2023年度体育彩票公益金使用绩效自评报告\n根据省财政厅关于开展2023年度专项资金绩效自评的通知要求，我局对2023年度体育彩票"
        + "公益金使用情况开展了绩效自评。\n一、基本情况\n（一）资金来源。2023年全县共安排体育彩票公益金309.80万元，较上年276.60万元"
        + "增加33.20万元。全年实际支出296.45万元，执行率95.69%。\n");
    assertThat(r.reportKind()).isEqualTo(dev.jixiao.record.ReportKind.SPECIAL_FUND);
    assertThat(r.totals().budget().text()).isEqualTo("309.80万元");
  }

  /** An amount per unit after a clause inside a list (…，主要为工资福利支出，人均16.74万元；公用经费…) neither ends the list nor is a part. */
  @Test
  void anAmountPerUnitInsideAList() {
    Report r = extract("1. 基本支出。全年支出743.86万元。其中：人员经费619.52万元，占基本支出的83.28%，主要为工资福利支出，按在职人员计算人均人员经费"
        + "16.74万元；公用经费124.34万元，占基本支出的16.72%，主要为办公费。");
    assertThat(partsOf(r, "743.86万元")).containsExactly("619.52万元", "124.34万元");
  }

  /**
   * A sentence opening with the name of what it breaks down (县级资金中，…) after that money's spending named with 支出 (县级资金支出363.78万元)
   * and its balance named alone (县级资金4.22万元): of the one its parts add up to.
   */
  @Test
  void aSentenceOpeningWithTheNameOfTheSpendingItBreaksDown() {
    Report r = extract("结余12.06万元，其中中央资金7.84万元，县级资金4.22万元，已收回县财政统筹使用。\n分资金来源看：中央资金支出992.16万元，执行率99.22%；"
        + "县级资金支出363.78万元，执行率98.85%。县级资金中，基础性绩效工资差额238.98万元，乡村教师生活补助124.80万元。");
    assertThat(partsOf(r, "363.78万元")).containsExactly("238.98万元", "124.80万元");
    assertThat(partsOf(r, "4.22万元")).isEmpty();
  }

  /**
   * Where the parts do not add up to the spending named with 支出 and no amount is named alone, nothing is their whole; the reading
   * once unboxed a null there (a ternary of int and Integer) and failed the whole report's extraction, so a mistake in the parts
   * silenced every check of the report.
   */
  @Test
  void partsThatDoNotAddUpToTheSpendingNamedWithItsDeed() {
    Report r = extract("分资金来源看：中央资金支出992.16万元，执行率99.22%；县级资金支出363.78万元，执行率98.85%。县级资金中，基础性绩效工资差额"
        + "238.98万元，乡村教师生活补助224.80万元。");
    assertThat(r.figures()).isNotEmpty();
    assertThat(partsOf(r, "363.78万元")).isEmpty();
  }

  /**
   * A sum that counts its two items (两项合计78.60万元) after an amount they were reckoned from (研发费用增量286.00万元): the two of its
   * sentence that add up to it; where none do, the nearest two, so that a mistake still shows.
   */
  @Test
  void aSumCountingItsTwoItems() {
    String text = "该企业获得一次性奖励50万元；该企业2023年度研发费用增量286.00万元，获得研发投入后补助28.60万元，两项合计%s万元。";
    assertThat(partsOf(text.formatted("78.60"), "78.60万元")).containsExactly("50万元", "28.60万元");
    assertThat(partsOf(text.formatted("78.80"), "78.80万元")).containsExactly("286.00万元", "28.60万元");
  }

  /**
   * The score of the title's project by its short name, with its year and 绩效 (处理费项目2024年度绩效自评得分为93.5分), is the report's;
   * the last year's told after it in a clause of its own (与上年度相比，处理费项目2023年度自评得分为91.0分) is not, nor is it where it comes
   * first.
   */
  @Test
  void theTitlesProjectScoredWithItsYearAndAnotherYearsScore() {
    String title = "蓼川县城市管理局2024年度县城生活垃圾焚烧处理费项目绩效自评报告\n";
    String ours = "经自评，处理费项目2024年度绩效自评得分为93.5分，等级为“优”。\n";
    String last = "与上年度相比，处理费项目2023年度自评得分为91.0分，本年度提高2.5分。\n";
    String part = "（一）产出指标（分值50分，得分48.5分）。\n";
    assertThat(extract(title + ours + last + part).score().total().text()).isEqualTo("93.5分");
    assertThat(extract(title + last + ours + part).score().total().text()).isEqualTo("93.5分");
  }

  /**
   * The title's fund named otherwise, its ends kept (人才安居补贴 for 人才公寓租赁补贴资金), before its score's words: the report's score, not
   * the first part's after it.
   */
  @Test
  void theTitlesFundNamedOtherwise() {
    Report r = extract("棣川县2024年度人才公寓租赁补贴资金绩效自评报告\n三、自评结论\n经综合评定，2024年度人才安居补贴绩效自评得分为94.5分，等级为“优秀”。"
        + "其中，产出指标得46.5分，效益指标得29分，满意度指标得19分。\n（一）产出指标（分值50分，得分46.5分）\n");
    assertThat(r.score().total().text()).isEqualTo("94.5分");
    assertThat(r.score().grade()).isEqualTo("优秀");
  }

  /** Parts weighed, then scored after an enumeration comma (其中产出指标满分50分、得45.5分，…): each part's weight and score. */
  @Test
  void partsWeighedThenScoredAfterAComma() {
    Report r = extract("三、自评结论\n经自评，项目综合得分92.0分，评价等级为“优”。其中产出指标满分50分、得45.5分，效益指标满分30分、得28.5分，满意度指标满分20分、"
        + "得18分。");
    assertThat(r.score().components()).extracting(c -> c.name(), c -> c.weight().text(), c -> c.score().text())
        .containsExactly(tuple("产出指标", "50分", "45.5分"), tuple("效益指标", "30分", "28.5分"), tuple("满意度指标", "20分", "18分"));
  }

  /** A few kinds in parentheses after a count many times theirs (36家造林主体（专业合作社、林业公司和家庭林场）) name none of its items. */
  @Test
  void kindsInParenthesesAfterALargeCount() {
    Report r = extract("造林任务通过公开招标确定的36家造林主体（专业合作社、林业公司和家庭林场）承担。下设3个行政部门（人大、政府和党委）。");
    assertThat(r.figures()).filteredOn(f -> f.text().equals("36家")).singleElement().satisfies(f -> assertThat(f.listed()).isNull());
    assertThat(r.figures()).filteredOn(f -> f.text().equals("3个")).singleElement().satisfies(f -> assertThat(f.listed()).isEqualTo(3));
  }

  /** The budget after an addition, named for the whole year (追加后全年预算为1,765.00万元): the adjusted budget, not the budget. */
  @Test
  void theBudgetAfterAnAdditionForTheWholeYear() {
    Report r = extract("项目年初预算1,580.00万元。\n2024年3月，从县本级一般公共预算追加185.00万元。追加后全年预算为1,765.00万元，比年初增加11.71%。\n"
        + "截至2024年12月31日，项目实际支出1,723.66万元，预算执行率97.66%，结余41.34万元。");
    assertThat(r.totals().budget().text()).isEqualTo("1,580.00万元");
    assertThat(r.totals().others().get("adjustedBudget")).isInstanceOfSatisfying(dev.jixiao.record.Money.class,
        m -> assertThat(m.text()).isEqualTo("1,765.00万元"));
  }

  /** What a subsidy's office approved and paid (全年审核拨付贴息资金899,900.00元) is its spending, not a source's spending after it. */
  @Test
  void theSubsidyApprovedAndPaid() {
    Report r = extract("（二）资金来源及预算安排\n2023年创业担保贷款贴息资金年初预算96.00万元，年内未作调整。\n（三）资金支出情况\n2023年全年审核拨付"
        + "贴息资金899,900.00元（合89.99万元），预算执行率93.74%，结余60,100.00元。\n分资金来源看：中央资金支出520,000.00元，占全年贴息支出的57.78%。");
    assertThat(r.totals().expenditure().text()).isEqualTo("899,900.00元");
  }

  /** Others beside a breakdown after a semicolon (年末在编在岗8人，其中…6人；另有退休人员3人): no parts of it. */
  @Test
  void othersBesideABreakdownAfterASemicolon() {
    Report r = extract("中心核定事业编制9名，年末在编在岗8人，其中具有价格认定专业资格的6人；另有退休人员3人，由中心发放退休人员生活补助；聘用辅助人员2名。");
    assertThat(partsOf(r, "8人")).containsExactly("6人");
  }

  /** The year-start budget set for a subsidy by name (年初预算安排取暖补贴430.00万元) is the budget, not the one adjusted after it. */
  @Test
  void theYearStartBudgetSetForASubsidy() {
    Report r = extract("2024年年初预算安排取暖补贴430.00万元，其中省级补助资金300.00万元、县级配套资金130.00万元。2024年10月，县财政于11月追加县级资金"
        + "30.00万元，调整后预算为460.00万元。");
    assertThat(r.totals().budget().text()).isEqualTo("430.00万元");
  }

  /**
   * A sub-project's spending said again in its paragraph by the bare word (…支出230.40万元) is not the year's; the project's named
   * with its name (面源治理项目共支出) is, where the rate bears it out.
   */
  @Test
  void aSubProjectsSpendingSaidAgainAndTheProjectsByItsName() {
    Report r = extract("某县2024年度农业面源污染治理项目绩效自评报告\n面源治理项目年初预算1,335.00万元。调整后面源治理项目总预算为1,307.00万元。\n"
        + "（三）资金支出情况\n"
        + "截至2024年12月31日，面源治理项目共支出1,249.93万元，预算执行率95.63%。\n"
        + "5. 农田退水生态拦截子项目支出230.40万元。全年建成生态拦截沟渠18.0公里，支出230.40万元。");
    assertThat(r.totals().expenditure().text()).isEqualTo("1,249.93万元");
    assertThat(r.totals().others().get("adjustedBudget")).isInstanceOfSatisfying(dev.jixiao.record.Money.class,
        m -> assertThat(m.text()).isEqualTo("1,307.00万元"));
    // the bare word with an amount of its own is the year's still
    Report own = extract("一、资金情况\n项目年初预算280.00万元。\n5. 拦截子项目支出230.40万元。全年共建成沟渠18.0公里，支出270.00万元，执行率96.43%。");
    assertThat(own.totals().expenditure().text()).isEqualTo("270.00万元");
  }
  /**
   * A second adjustment told on a line of its own (第二次调整…调整后预算为1,560.00万元) leaves the budget the rate is of; the project's
   * spending named with the year after it (项目全年支出) is its spending, not a source's named later (中央资金支出).
   */
  @Test
  void aBudgetAdjustedTwiceOnLinesOfTheirOwn() {
    Report r = extract("二、资金情况\n2024年年初安排项目预算1,650.00万元，其中中央预算内投资900.00万元。\n年内预算调整两次：\n"
        + "第一次调整（2024年6月）：县级追加预算120.00万元，调整后预算为1,770.00万元。\n"
        + "第二次调整（2024年11月）：县级调减预算210.00万元，调整后预算为1,560.00万元。\n"
        + "截至2024年12月31日，项目全年支出1,497.88万元，预算执行率96.02%。分来源看，中央资金支出900.00万元。");
    assertThat(r.totals().others().get("adjustedBudget")).isInstanceOfSatisfying(dev.jixiao.record.Money.class,
        m -> assertThat(m.text()).isEqualTo("1,560.00万元"));
    assertThat(r.totals().expenditure().text()).isEqualTo("1,497.88万元");
  }
}
