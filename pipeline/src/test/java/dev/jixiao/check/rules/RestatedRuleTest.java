package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RestatedRuleTest {
  @Test
  void aComponentScoredAgainDifferently() {
    var f = Check.findings("""
        经综合自评，2024年度我镇履职效能指标得分为49.37分，管理效率指标得分为47.00分，整体绩效自评合计得分96.37分。
        此外，2024年履职效能自评得分 49.43 分。
        2024年管理效率自评得分47分。
        """, "restated");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.stated()).isEqualTo("49.43 分");
      assertThat(x.expected()).isEqualTo("49.37分");
    });
  }

  /** A part's weight stated before its score under its name (项目过程25分，得分23.5分) is not a second score of it. */
  @Test
  void aPartsWeightIsNoSecondScore() {
    String score = "四、评价结论\n本项目自评得分94.5分，评价等级“优”。其中：项目决策15分，得分14分；项目过程25分，得分%s分；"
        + "项目产出30分，得分28分；项目效益30分，得分29分。";
    assertThat(Check.findings(score.formatted("23.5"), "restated")).isEmpty();
    assertThat(Check.findings(score.formatted("23.5"), "score.sum")).isEmpty();
    assertThat(Check.findings(score.formatted("25.5"), "score.sum")).singleElement()
        .satisfies(x -> assertThat(x.stated()).isEqualTo("94.5分"));
    assertThat(Check.findings(score.formatted("26"), "score.weight")).singleElement()
        .satisfies(x -> assertThat(x.stated()).isEqualTo("26分"));
  }

  /**
   * A part's weight stated in the scheme (其中资金执行率10分、…) where a table gives the part its weight and score (资金执行率 … 10 8.5) is
   * that weight again; a score of it (资金执行率得10分) is not.
   */
  @Test
  void aPartsWeightInTheSchemeBesideItsTableRow() {
    String text = "三、自评结论\n本次自评指标体系满分100分，其中资金执行率10分、产出指标50分、效益指标30分、满意度指标10分。经自评，综合得分79.5分，"
        + "评价等级为“中”。\n四、绩效指标完成情况\n"
        + "表2 2024年燃油补贴绩效指标完成情况表\n"
        + "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
        + "资金执行\t资金执行率\t资金执行率\t≥95%\t93.50%\t10\t8.5\n"
        + "产出指标\t数量指标\t出租车补贴车辆数\t≥180辆\t182辆\t8\t8\n"
        + "\t\t农村客运补贴车辆数\t≥140辆\t137辆\t8\t6\n"
        + "\t\t建制村通客车率\t100%\t100%\t6\t6\n"
        + "\t质量指标\t企业申报数据准确率\t100%\t97.26%\t6\t5\n"
        + "\t\t农村客运班线正常运营率\t≥95%\t92.59%\t6\t4\n"
        + "\t时效指标\t补贴资金发放时间\t2024年10月31日前\t2024年12月20日\t8\t4\n"
        + "\t成本指标\t出租车单车补贴标准\t3,600元/辆\t3,600元/辆\t4\t4\n"
        + "\t\t农村客运分档标准执行率\t100%\t100%\t4\t4\n"
        + "效益指标\t社会效益\t农村客运年客运量\t≥210万人次\t198.6万人次\t8\t5\n"
        + "\t\t安全责任事故\t0起\t0起\t6\t6\n"
        + "\t生态效益\t新能源出租车占比\t≥15%\t12.26%\t6\t3\n"
        + "\t可持续影响\t农村客运车辆在营率\t≥95%\t96.48%\t5\t5\n"
        + "\t\t补贴动态监管覆盖\t全覆盖\t接入率83.10%\t5\t3\n"
        + "满意度指标\t服务对象满意度\t经营者（驾驶员）满意度\t≥90%\t85.33%\t5\t3\n"
        + "\t\t乘客满意度\t≥90%\t91.50%\t5\t5\n"
        + "合计\t\t\t\t\t100\t79.5\n";
    assertThat(Check.findings(text, "restated")).isEmpty();
    assertThat(Check.findings(text.replace("其中资金执行率10分", "其中资金执行率得10分"), "restated")).as("a score").isNotEmpty();
  }

  @Test
  void theSameLabelTwiceWithDifferentValues() {
    assertThat(Check.findings("一、概况\n本年三公经费支出总额4.5万元。\n二、分析\n本年三公经费支出总额5.5万元。", "restated")).hasSize(1);
    assertThat(Check.findings("一、概况\n本年三公经费支出总额4.5万元。\n二、分析\n本年三公经费支出总额4.50万元。", "restated")).isEmpty();
  }

  /**
   * 古饶镇's report states its summary sentence twice (the shared corpus's): a share stated again after
   * the same amount is one quantity; after another amount, or another year's, it is another.
   */
  @Test
  void aSummarySentenceStatedTwice() {
    String summary = "本单位2024年自评项目共36个，自评项目总金额共计3232.37万元，财政支出总金额5187.78万元，占财政支出总金额RATE。";
    String twice = "一、概况\n" + summary.replace("RATE", "62.31%") + "\n五、结论\n" + summary;
    assertThat(Check.findings(twice.replace("RATE", "62.31%"), "restated")).isEmpty();
    assertThat(Check.findings(twice.replace("RATE", "66.70%"), "restated")).singleElement().satisfies(x -> {
      assertThat(x.stated()).isEqualTo("66.70%");
      assertThat(x.expected()).isEqualTo("62.31%");
    });
    assertThat(Check.findings("一、概况\n自评项目总金额3232.37万元，占财政支出总金额62.31%。\n二、上年\n上年自评项目总金额3432.37万元，占财政支出总金额66.70%。",
        "restated")).as("after another amount").isEmpty();
  }

  /**
   * A township's project form lists its budget and then its spending item by item (棠溪镇's 村级补助及运转经费,
   * its figures): an item's budget and its spending are two quantities. An item stated again in a
   * second list of the same total still is one.
   */
  @Test
  void partsOfDifferentTotalsAreDifferentQuantities() {
    String form = "本项目共申请预算资金2026400元,其中村级组织运转400000元,村级事务补助960000元。\n"
        + "本项目共完成预算资金1329120.67元,其中村级组织运转439120.67元,村级事务补助660000元。\n";
    assertThat(Check.findings(form, "restated")).isEmpty();
    assertThat(Check.findings(form + "三、其他\n本项目共申请预算资金2026400元,其中村级组织运转500000元,村级事务补助960000元。\n", "restated"))
        .singleElement().satisfies(x -> assertThat(x.stated()).isEqualTo("500000元"));
  }

  /**
   * Two tables' 合计 rows (a water bureau's income by source, then its spending by project), each with its change and its rate:
   * the sums of two lists, while a total restated with the same parts still is one.
   */
  @Test
  void theTotalRowsOfTwoTablesOfOtherParts() {
    String income = "（一）收入情况\n2023年部门收入合计5,237.00万元。分来源情况如下（单位：万元）：\n"
        + "收入项目        2023年      2022年      增减额      增减率\n财政拨款收入    4,862.35    4,315.80    546.55      12.66%\n"
        + "其他收入        374.65      394.20      -19.55      -4.96%\n合计            5,237.00    4,710.00    527.00      11.19%\n";
    String spending = "（二）支出情况\n项目支出3,628.45万元。分项目情况如下（单位：万元）：\n项目名称\t2023年\t2022年\t增减额\t增减率\n"
        + "水库运行维护\t1,245.60\t1,108.20\t137.40\t12.40%\n农村供水工程维修\t2,382.85\t2,082.14\t300.71\t14.44%\n"
        + "合计\t3,628.45\t3,190.34\t438.11\t13.73%\n";
    assertThat(Check.findings(income + spending, "restated")).isEmpty();
    String again = income.replace("（一）收入情况", "（三）收入再述").replace("527.00 ", "528.00 ");
    assertThat(Check.findings(income + again, "restated")).extracting(f -> f.stated()).containsExactly("528.00");
  }

  /**
   * A figure of a sentence that names an earlier year is that year's (a food-sampling report of 2024: 2023年…不合格率2.24%), no
   * restatement of the report's own; items of one numbered list are each their own, titled or not.
   */
  @Test
  void anotherYearsFigureAndAnotherItemsFigure() {
    String sampling = "XX县2024年度食品安全抽检经费绩效自评报告\n（二）质量指标\n全年抽检合格2,473批次，不合格47批次，不合格率1.87%%。\n"
        + "与上年相比，%s年抽检2,280批次中不合格51批次，不合格率2.24%%。\n";
    assertThat(Check.findings(sampling.formatted("2023"), "restated")).isEmpty();
    assertThat(Check.findings(sampling.formatted("2024"), "restated")).hasSize(1);
    String farmland = "合计二千二百九十亩，涉及农户五百八十五户：\n\n（1）2019年度退耕地一千二百亩，涉及农户三百一十二户；\n"
        + "（2）2021年度退耕地八百五十亩，涉及农户二百零五户；\n（3）2023年度新增退耕地二百四十亩，涉及农户六十八户。\n";
    assertThat(Check.findings(farmland, "restated")).isEmpty();
    assertThat(Check.findings(farmland + "三、其他\n涉及农户五百八十六户。", "restated")).hasSize(1);
  }

  /** A section's title and a numbered item's first words are no two items' titles (（二）保障对象。…伤残军人128人 / 1.伤残军人128人). */
  @Test
  void aSectionTitleAndAnItemsFirstWords() {
    String veterans = "（二）保障对象。全县重点优抚对象共925人，其中：伤残军人128人、烈士遗属54人。\n（三）资金支出。发放情况如下：\n"
        + "1.伤残军人%s人，按每人每年32,460元的平均标准发放。\n";
    assertThat(Check.findings(veterans.formatted("128"), "restated")).isEmpty();
    assertThat(Check.findings(veterans.formatted("121"), "restated")).hasSize(1);
  }

  /** A measure alone (实际支出) is of the subject its sentence names before it: two sentences, two subjects. */
  @Test
  void aMeasureAloneIsOfItsSentencesSubject() {
    assertThat(Check.findings("“三公”经费预算10.00万元，实际支出8.00万元，执行率80%。\n公用经费预算90.00万元，实际支出85.00万元，执行率94.44%。",
        "restated")).isEmpty();
    assertThat(Check.findings("""
        二、项目绩效目标完成情况
        质量指标：工程验收合格率目标值≥95%，实际完成值92%。
        时效指标：项目按期完工率目标值100%，实际完成值100%。
        数量指标：新建供水工程目标3处，实际完成3处；维修泵站目标5处，实际完成5处。
        """, "restated")).as("each indicator's result, of the indicator its clause names").isEmpty();
    assertThat(Check.findings("""
        一、基本情况
        省人社厅下达我县招募计划45名，实际到岗44人，于8月1日起开始服务。
        二、岗位
        支教岗14个，实际到岗14人；支农岗12个，实际到岗12人；支医岗10个，实际到岗9人。
        """, "restated")).as("who took up each kind of post, of the posts its clause counts").isEmpty();
  }

  /** Each work's audit states its own 审定金额 and 审减金额: of the work its sentence names. */
  @Test
  void eachAuditsAmountsAreItsOwn() {
    assertThat(Check.findings("一、项目实施\n道路工程结算送审金额120万元，审定金额110万元，审减金额10万元。\n"
        + "桥梁工程结算送审金额80万元，审定金额76万元，审减金额4万元。", "restated")).isEmpty();
  }

  /** 涉及资金 is the money of the projects its clause counts: two groups, two amounts. */
  @Test
  void theMoneyEachGroupOfProjectsInvolvesIsItsOwn() {
    assertThat(Check.findings("""
        二、自评结果
        纳入自评的项目全年实际支出26.91亿元，平均执行率94.09%。执行率低于80%的项目43个，涉及资金1.86亿元。
        三、重点评价情况
        县财政局选取12个重点项目开展财政重点评价，涉及资金5.42亿元，收回结余资金0.38亿元。
        """, "restated")).isEmpty();
  }

  /** The budget's 基本支出 and the spending's are parts of two totals: no quantity stated twice. */
  @Test
  void theBudgetsPartsAndTheSpendingsPartsAreOfTwoTotals() {
    assertThat(Check.findings("（一）预算安排\n部门年初预算18,642.35万元，年中追加预算2,357.65万元，调整后预算21,000.00万元。其中：基本支出9,816.42万元，"
        + "占46.74%；项目支出11,183.58万元，占53.26%。\n（二）预算执行\n部门实际支出20,286.90万元，预算执行率96.60%。其中基本支出9,712.18万元，"
        + "基本支出执行率98.94%；项目支出10,574.72万元，项目支出执行率94.56%。", "restated")).isEmpty();
  }

  /** 发放补贴资金 is the money paid of the subsidy its sentence names: two subsidies, two amounts. */
  @Test
  void eachSubsidysMoneyPaidIsItsOwn() {
    assertThat(Check.findings("""
        二、资金使用情况
        （一）耕地地力保护补贴。每亩补贴标准105元，发放补贴资金5,497.80万元，惠及农户6.82万户。
        （二）实际种粮农民一次性补贴。补贴面积48.50万亩，发放补贴资金1,236.40万元，亩均25.49元。
        """, "restated")).isEmpty();
  }

  /** Two numbered items titled for two kinds of relief: their figures under one label are two quantities. */
  @Test
  void theFiguresOfTwoNumberedItemsAreTheirOwn() {
    String relief = """
        二、资金使用情况
        （一）城市低保。全年累计保障城市低保对象1,260人，月人均补助水平620元，全年发放资金937.44万元。
        （二）%s。全年累计保障农村低保对象6,850人，月人均补助水平380元，全年发放资金3,123.60万元。
        """;
    assertThat(Check.findings(relief.formatted("农村低保"), "restated")).isEmpty();
    assertThat(Check.findings(relief.formatted("城市低保"), "restated")).as("one title twice: one thing").hasSize(2);
  }

  @Test
  void targetsAndActualsAreNotRestatements() {
    assertThat(Check.findings("一、年度绩效目标\n群众满意度达到90%。\n二、目标完成情况\n群众满意度达到93%。", "restated")).isEmpty();
  }

  /**
   * A town's final accounts state 收入总计 for each budget in turn, and relate each to its own
   * year-start figure (为年初预算…): neither is one quantity stated twice. The same total under one
   * budget's two headings still is.
   */
  @Test
  void eachBudgetsTotalsAndRelativeFiguresAreNotRestatements() {
    String accounts = """
        (一)一般公共预算收支情况
        全镇本级一般公共预算收入实现111.11万元,为年初预算的116.9%,收入总计1,867.48万元。
        全镇本级一般公共预算支出1,867.48万元,为年初预算的120.9%,支出总计1,867.48万元。
        (二)政府性基金预算收支情况
        全镇政府性基金收入0万元,收入总计0万元。
        全镇政府性基金支出0万元,支出总计0万元。
        """;
    assertThat(Check.findings(accounts, "restated")).isEmpty();
    assertThat(Check.findings(accounts + "(三)一般公共预算财力及平衡情况\n收入总计1,876.48万元。\n", "restated"))
        .singleElement().satisfies(f -> assertThat(f.stated()).isEqualTo("1,876.48万元"));
    assertThat(Check.findings(accounts.replace("(二)政府性基金预算收支情况", "(二)一般公共预算平衡情况"), "restated"))
        .extracting(f -> f.subject()).containsExactlyInAnyOrder("收入总计", "支出总计");
  }

  /** 预算执行率 alone is of the budget its sentence states: the 三公经费's is not the unit's. */
  @Test
  void aRateOfSpendingAloneIsOfItsSentencesBudget() {
    assertThat(Check.findings("""
        二、预算执行情况
        全年预算数18960.00万元，执行数18377.92万元，预算执行率96.93%。
        2024年“三公”经费预算27.50万元，实际支出21.36万元，预算执行率77.67%。
        """, "restated")).isEmpty();
  }

  /** Each project headed by a line of its own states its own 项目预算 and 自评得分: no figure restated across them. */
  @Test
  void theLabelsOfProjectsHeadedOnTheirOwnLines() {
    String text = "二、各项目自评情况\n项目一：社区网格化管理经费\n项目预算：128.00万元；实际支出：125.44万元；自评得分：95分。\n"
        + "项目二：老旧小区改造配套资金\n项目预算：168.80万元；实际支出：159.36万元；自评得分：88分。\n";
    assertThat(Check.findings(text, "restated")).isEmpty();
  }

  /** A numbered item's title may be one character (1.生猪：… / 2.牛：…): each item's 免疫密度 is its own animal's. */
  @Test
  void itemsTitledWithOneCharacter() {
    String text = "1.生猪：目标值11,800头，实际完成免疫12,156头，完成率103.02%；免疫密度97.40%。\n"
        + "2.牛：目标值2,200头，实际完成免疫2,298头，完成率104.45%；免疫密度97.17%。";
    assertThat(Check.findings(text, "restated")).isEmpty();
    // (the heads immunised, counted in 头, and the density both)
    assertThat(Check.findings(text.replace("2.牛：", "2.生猪："), "restated")).as("one item stated twice")
        .extracting(f -> f.subject()).containsExactlyInAnyOrder("实际完成免疫", "免疫密度");
  }

  /** A rate per head and year alone (按每人每年32,460元) is of the group its sentence counts, as each numbered item's is. */
  @Test
  void ratesPerHeadOfDifferentGroups() {
    String text = "1.伤残军人128人，按每人每年32,460元的平均标准发放，计4,154,880元。\n"
        + "2.在乡复员军人46人，按每人每年25,380元发放，计1,167,480元。\n3.带病回乡退伍军人85人，按每人每年15,120元发放，计1,285,200元。";
    assertThat(Check.findings(text, "restated")).isEmpty();
    String roads = "（一）县道286.4公里，按每公里每年10,000元，计2,864,000元。\n（二）乡道512.7公里，按每公里每年5,000元，计2,563,500元。";
    assertThat(Check.findings(roads, "restated")).as("and per kilometre").isEmpty();
    String twice = "1.伤残军人128人，伤残军人抚恤标准32,460元。\n2.在乡复员军人46人。\n3.伤残军人抚恤标准25,380元。";
    assertThat(Check.findings(twice, "restated")).as("a standard named for its group, twice").hasSize(1);
  }

  /** The points a part lost (决策扣2.5分) are no second score of it. */
  @Test
  void pointsDeductedAreNoScore() {
    String text = "五、自评结论\n本项目自评总分88.5分，其中：决策得分17.5分，过程得分%s分，产出得分27分，效益得分27分。"
        + "主要扣分原因：前期论证不足（决策扣2.5分）；部分资金未支付（过程扣3分）。\n六、其他\n另，过程得分%s分。";
    assertThat(Check.findings(text.formatted("17", "17"), "restated")).isEmpty();
    assertThat(Check.findings(text.formatted("17", "17").replace("决策扣", "决策得"), "restated")).as("a score, not a deduction")
        .singleElement().satisfies(x -> assertThat(x.stated()).isEqualTo("2.5分"));
  }

  /**
   * A part's points lost, written 扣了 (过程指标扣了1.5分) or named before the 扣 that places them (过程指标的1.5分扣在资金使用合规性上), are no
   * second score of it; the part's points before anything else are.
   */
  @Test
  void pointsLostWrittenOtherwiseAreNoScore() {
    String text = "四、自评结论\n经自评，本项目得分93.5分，其中决策10分、过程18.5分、产出32分、效益33分。\n五、扣分情况\n本项目共扣6.5分。"
        + "分开来看，过程指标扣了1.5分，产出指标扣了3分，效益指标扣了2分。\n过程指标的1.5分扣在资金使用合规性上：票据不全。\n"
        + "产出指标的3分分别扣在三处：巡查次数少，扣1分；录入不及时，扣1分；在站天数超标，扣1分。";
    assertThat(Check.findings(text, "restated")).isEmpty();
    assertThat(Check.findings(text.replace("过程指标的1.5分扣在", "过程指标的1.5分用于"), "restated")).as("points then no 扣")
        .singleElement().satisfies(x -> assertThat(x.stated()).isEqualTo("1.5分"));
  }

  /** A part's row in a table of scores, the cells of what it is made of beside it (决策\t15\t立项依据3分、…\t13), holds no second score of it. */
  @Test
  void thePartsOwnRowOfItsItems() {
    String text = "四、自评结论\n经综合评价，决策指标权重15分、得13分，过程指标权重20分、得18分，产出指标权重35分、得33.5分，效益指标（含满意度）权重30分、得2"
        + "5分，四项合计得分89.5分，绩效评价等级为“良”（90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差）。\n"
        + "表3　绩效指标得分汇总\n"
        + "\n"
        + "一级指标\t权重（分）\t二级、三级指标得分情况\t得分（分）\n"
        + "决策\t15\t立项依据3分、目标合理性3分、指标明确性4分、预算编制3分\t13\n"
        + "过程\t20\t到位率3分、到位及时性1.5分、执行率5分、合规性4分、制度执行4.5分\t18\n"
        + "产出\t35\t到岗人数6.5分、足额发放6分、参保率6分、培训覆盖5分、按时发放5分、标准达标5分\t33.5\n"
        + "效益\t30\t考核合格5分、就业率4.5分、留县比例4分、稳定率4分、单位满意度4分、人员满意度3.5分\t25\n"
        + "合计\t100\t—\t89.5\n";
    assertThat(Check.findings(text, "restated")).isEmpty();
  }

  /** A cost per head (每人培训费) is of the class its line counts: two classes' costs are two quantities. */
  @Test
  void aCostPerHeadOfEachClass() {
    String text = "经营管理型开班四个，共一百二十人，每人培训费4500元，计540000元；\n专业生产型开班五个，共二百六十人，每人培训费2100元，计546000元；";
    assertThat(Check.findings(text, "restated")).isEmpty();
    assertThat(Check.findings("一、标准\n经营管理型学员培训费4500元。\n二、执行\n经营管理型学员培训费4600元。", "restated"))
        .as("a cost named for its class").hasSize(1);
  }
  /**
   * The completion of a target alone (完成目标值的110.36%) is of the deed its clause states, and the first cell of a row of columns
   * (护理型床位占比  53.2%  57.5%  61.5%) is of one column the label does not name: neither restates a figure of the same label.
   */
  @Test
  void completionsOfTargetsAndRowsOfColumnsRestateNothing() {
    assertThat(Check.findings("3.临时救助。全年实施临时救助3,090人次，完成目标值的110.36%。\n（二）养老服务\n新建村级邻里互助养老点48个，"
        + "完成目标值的120.00%。", "restated")).isEmpty();
    String beds = "（二）养老服务\n全县养老机构床位1,200张，其中护理型床位738张，护理型床位占比%s，达到60%%的目标。\n（四）近三年主要指标变化\n"
        + "指标                        2022年       2023年       2024年\n特困人员（人）              2,152        2,121        2,098\n"
        + "护理型床位占比              53.2%%        57.5%%        61.5%%\n";
    assertThat(Check.findings(beds.formatted("61.5%"), "restated")).isEmpty();
    assertThat(Check.findings("（二）养老服务\n护理型床位占比61.5%。\n（三）小结\n护理型床位占比53.2%。", "restated"))
        .as("the same label stated twice in prose").hasSize(1);
  }

  /**
   * A label naming several parts (投入、过程、产出、效益四类指标分别为20分、…) heads their weights, the first of which is no score of any one
   * of them (a party school's overall spending).
   */
  @Test
  void aLabelNamingSeveralPartsNamesNone() {
    String score = "五、自评得分及结论\n按照部门整体支出绩效评价指标体系，投入、过程、产出、效益四类指标分别为20分、30分、30分、20分，满分100分。"
        + "自评得分：投入19分，过程26.5分，产出27分，效益16分，合计88.5分。\n%s";
    assertThat(Check.findings(score.formatted(""), "restated")).isEmpty();
    assertThat(Check.findings(score.formatted("其中过程自评得分25.5分。"), "restated")).singleElement()
        .satisfies(x -> assertThat(x.stated()).isEqualTo("25.5分"));
  }

  /**
   * 项目支出 named alone as a part of the year-start budget is budgeted; named alone after the year's spending it is spent, and no
   * restatement of the budgeted (a public security bureau). As a part of the spending it is compared still.
   */
  @Test
  void aKindOfSpendingInTheBudgetAndAloneAfterTheSpending() {
    String report = "（一）预算调整情况。2024年年初预算8,426.50万元，其中：基本支出6,218.30万元，项目支出2,208.20万元。\n"
        + "（二）支出情况。全年实际支出8,873.46万元，预算执行率98.17%%。\n1.基本支出6,164.72万元，占总支出的69.47%%。\n"
        + "2.项目支出2,708.74万元，占总支出的30.53%%。\n%s";
    assertThat(Check.findings(report.formatted(""), "restated")).isEmpty();
    assertThat(Check.findings(report.formatted("（三）年末结余。支出中，基本支出6,164.72万元，项目支出2,718.74万元。"), "restated"))
        .singleElement().satisfies(x -> assertThat(x.stated()).isEqualTo("2,718.74万元"));
  }

  /** What was budgeted for an item under a heading of the budget, and spent on it under one of the spending, are two amounts. */
  @Test
  void budgetedUnderOneHeadingAndSpentUnderAnother() {
    String text = "（二）资金安排\n项目预算55.00万元。预算按以下标准测算：\n4.配送及阅读推广宣传：2.57万元。\n（三）资金使用情况\n项目实际支出54.72万元。"
        + "支出中：\n配送及阅读推广宣传%s万元。";
    assertThat(Check.findings(text.formatted("2.41"), "restated")).isEmpty();
    assertThat(Check.findings(text.replace("（三）资金使用情况", "（三）资金安排调整").formatted("2.41"), "restated")).hasSize(1);
  }

  /** An indicator after a part's name (决策部分——项目立项6分（得6分）, 产出质量10分) is not the part, nor its score (martyrs' memorials). */
  @Test
  void anIndicatorAfterAPartsNameIsNotThePart() {
    String score = "三、自评结果\n经评价，项目自评得分93.5分。其中：决策得分19分，过程得分18分，产出得分39分，效益得分17.5分。\n"
        + "分项得分：决策部分——项目立项6分（得6分）、绩效目标7分（得6分）；产出部分——产出数量15分（得15分）、产出质量10分（得10分）。\n";
    assertThat(Check.findings(score, "restated")).isEmpty();
    assertThat(Check.findings(score + "四、小结\n决策部分得分17分。", "restated")).singleElement()
        .satisfies(x -> assertThat(x.stated()).isEqualTo("17分"));
  }

  /** A kind of 效益 the templates score apart (社会效益12分得7.5分) is an indicator of it, no restatement of its score (a youth league). */
  @Test
  void aKindOfBenefitIsNotTheBenefit() {
    String score = "三、自评结果\n自评总分88.6分，其中决策14分、过程22.6分、产出33.5分、效益18.5分。\n五、扣分情况\n"
        + "效益分项：社会效益12分得7.5分，可持续影响5分得3分，满意度8分得8分。\n";
    assertThat(Check.findings(score, "restated")).isEmpty();
    assertThat(Check.findings(score + "六、小结\n效益得分17.5分。", "restated")).singleElement()
        .satisfies(x -> assertThat(x.stated()).isEqualTo("17.5分"));
  }

  /** The points a score is reckoned by (预算执行率得分按“执行率×10分”计算) are a factor of it, not the score (a newborn screening). */
  @Test
  void aFactorOfAScoreIsNoScore() {
    String score = "三、自评得分情况\n自评得分：预算执行率9.27分，产出48分，效益28分，满意度9分，合计94.27分。"
        + "预算执行率得分按“执行率×10分”计算，即92.66%×10＝9.27分。\n";
    assertThat(Check.findings(score, "restated")).isEmpty();
    assertThat(Check.findings(score + "四、小结\n预算执行率得分9.5分。", "restated")).singleElement()
        .satisfies(x -> assertThat(x.stated()).isEqualTo("9.5分"));
  }

  /** 合计分值25分 is the most a part can score, its weight, not its score (a rural cancer screening's 效益指标（含满意度）). */
  @Test
  void aPartsWeightNamedSoIsNoScore() {
    String score = "四、自评结论\n自评得分：产出指标38.50分，效益指标22.60分，合计61.10分。\n"
        + "产出指标合计分值40分，得分38.50分；效益指标（含满意度）合计分值25分，得分22.60分。\n";
    assertThat(Check.findings(score, "restated")).isEmpty();
    assertThat(Check.findings(score + "五、小结\n效益指标（含满意度）得分23.60分。", "restated")).singleElement()
        .satisfies(x -> assertThat(x.stated()).isEqualTo("23.60分"));
  }

  /** A label opening with 该项 (该项分值6分, 该项分值10分) is each item's own: no restatement (a discipline commission). */
  @Test
  void labelsOpeningWithThisItemAreEachItemsOwn() {
    String points = "五、绩效指标完成情况\n2.质量指标。全年结案91件，结案率93.81%%，低于95%%的目标值，%1$s分值6分，得4.5分。\n"
        + "（三）满意度指标\n群众满意度91.35%%，达到目标，%1$s分值10分，得10分。";
    assertThat(Check.findings(points.formatted("该项"), "restated")).isEmpty();
    assertThat(Check.findings(points.formatted("质量指标"), "restated")).as("one label named twice").singleElement()
        .satisfies(x -> assertThat(x.stated()).isEqualTo("10分"));
  }

  /** Lines each opening with a place and a colon (云岭镇：…预警广播38套 / 河口镇：…预警广播34套) are items: no restatement (flash floods). */
  @Test
  void linesOpeningWithAPlaceAndAColonAreItems() {
    String sites = "（二）站点设备分布\n截至2023年底，全县共有自动雨量站86个、自动水位站24个、无线预警广播212套。各乡镇分布如下：\n"
        + "%s：雨量站16个、水位站5个、预警广播38套；\n%s：雨量站14个、水位站4个、预警广播34套；\n杉木乡：雨量站12个、水位站3个、预警广播31套；\n";
    assertThat(Check.findings(sites.formatted("云岭镇", "河口镇"), "restated")).isEmpty();
    assertThat(Check.findings(sites.formatted("云岭镇", "云岭镇"), "restated")).as("one place named twice").singleElement()
        .satisfies(x -> assertThat(x.stated()).isEqualTo("34套"));
    assertThat(Check.findings(sites.formatted("云岭镇", "云岭镇").replace("云岭镇：", ""), "restated")).as("no place named")
        .singleElement().satisfies(x -> assertThat(x.stated()).isEqualTo("34套"));
  }

  /** A numbered item's figure and a total its sentence sums the items up to (五个村共…安装消防栓64个) are two quantities (old villages). */
  @Test
  void anItemsFigureAndATotalOverTheItems() {
    String villages = "二、预算执行\n1．石门镇上坪村：修缮传统建筑11栋，安装消防栓14个。\n2．石门镇下寨村：修缮传统建筑9栋，安装消防栓12个。\n"
        + "五个村%s修缮传统建筑42栋，安装消防栓64个。";
    assertThat(Check.findings(villages.formatted("共"), "restated")).isEmpty();
    assertThat(Check.findings(villages.formatted(""), "restated")).as("no words that sum up").singleElement()
        .satisfies(x -> assertThat(x.stated()).isEqualTo("64个"));
  }

  /**
   * A kind of spending on a budget's line (年初预算…。按支出性质分：…项目支出118.20万元) and one spent (2. 项目支出127.64万元) are two
   * amounts (a youth league); the spent one stated again is one.
   */
  @Test
  void aKindOfSpendingOnABudgetsLineAndOneSpent() {
    String report = "一、预算情况\n2024年部门年初预算286.45万元，其中一般公共预算拨款276.45万元、上年结转资金10.00万元。"
        + "按支出性质分：基本支出168.25万元，项目支出118.20万元。\n二、支出情况\n2024年部门实际支出293.51万元，全年预算执行率97.37%%。\n"
        + "1. 基本支出165.87万元，占总支出的56.51%%。\n2. 项目支出127.64万元，占总支出的43.49%%。\n%s";
    assertThat(Check.findings(report.formatted(""), "restated")).isEmpty();
    assertThat(Check.findings(report.formatted("三、结余情况\n支出中，基本支出165.87万元，项目支出128.64万元。"), "restated"))
        .singleElement().satisfies(x -> assertThat(x.stated()).isEqualTo("128.64万元"));
  }

  /**
   * Parts of wholes named alike (1.基本支出…其中人员经费), one under the year-start budget and one under the spending, are two amounts
   * (a discipline commission); under two statements of the spending they are one.
   */
  @Test
  void partsOfWholesNamedAlikeUnderABudgetAndNot() {
    String budget = "二、部门预算及执行情况\n2024年年初预算2,146.80万元。其中：\n"
        + "1.基本支出1,586.80万元。其中人员经费1,362.20万元，公用经费224.60万元。\n2.项目支出560.00万元。\n";
    String spent = "2024年全年实际支出2,193.24万元。其中：\n1.基本支出1,612.38万元。其中人员经费%s万元，公用经费220.22万元。\n"
        + "2.项目支出580.86万元。\n";
    String report = budget + spent.formatted("1,392.16");
    assertThat(Check.findings(report, "restated")).isEmpty();
    assertThat(Check.findings(report + spent.formatted("1,382.16"), "restated")).singleElement()
        .satisfies(x -> assertThat(x.stated()).isEqualTo("1,382.16万元"));
  }

  /** A relative label (超出目标2.07个百分点) is of the figure before it: after two rates, two amounts; after one rate, one (immunisation). */
  @Test
  void relativeLabelsAfterTwoRates() {
    String rates = "三、绩效目标完成情况\n2. 全县12个乡镇应种50117剂次，实种48650剂次，报告接种率97.07%，超出目标2.07个百分点。\n"
        + "● 全年报告AEFI病例37例，其中36例在48小时内报告，报告率97.30%，超出目标2.30个百分点。\n";
    assertThat(Check.findings(rates, "restated")).isEmpty();
    assertThat(Check.findings(rates + "四、小结\n报告接种率97.07%，超出目标2.70个百分点。", "restated")).singleElement()
        .satisfies(x -> assertThat(x.stated()).isEqualTo("2.70个百分点"));
  }

  /** Points lost in all, then by part (以上共扣10.5分，其中决策0.5分、过程3.0分…), are no scores of the parts. */
  @Test
  void pointsLostByPartAreNoPartScores() {
    String text = "四、自评结论\n本项目自评得分89.5分，其中：决策得分19.5分，过程得分17分，产出得分36分，效益得分17分。\n五、扣分说明\n"
        + "前期论证不充分扣0.5分；资金拨付滞后扣3分；部分产出未完成扣4分；群众知晓率偏低扣3分。以上共扣10.5分，其中决策0.5分、过程3.0分、"
        + "产出4.0分、效益3.0分。";
    assertThat(Check.findings(text, "restated")).isEmpty();
  }

  /**
   * A part's points lost, then by indicator in parentheses (过程扣1.5分（资金使用合规性1.5分）), are no scores of the indicators; a score
   * of one stated again (资金使用合规性得分17.5分) still is.
   */
  @Test
  void pointsLostByIndicatorInParenthesesAreNoScores() {
    String text = "四、自评结论\n本项目自评得分93.5分，等级为“优”。\n\n| 一级指标 | 二级指标 | 三级指标 | 目标值 | 完成值 | 分值 | 得分 |\n"
        + "| 过程 | 资金管理 | 预算执行率 | ≥95% | 96.02% | 50 | 50 |\n"
        + "| 过程 | 资金管理 | 资金使用合规性 | 合规 | 1笔检测费先付款后签合同 | 20 | 18.5 |\n"
        + "| 产出 | 时效 | 完工时间 | 10月31日前 | 11月20日 | 30 | 25 |\n| 合计 | | | | | 100 | 93.5 |\n\n"
        + "五、扣分说明\n扣分按一级指标归集如下：过程扣1.5分（资金使用合规性1.5分）；产出扣5分（完工时间5分）。合计扣6.5分。";
    assertThat(Check.findings(text, "restated")).isEmpty();
    assertThat(Check.findings(text + "资金使用合规性得分17.5分。", "restated")).singleElement()
        .satisfies(x -> assertThat(x.stated()).isEqualTo("17.5分"));
  }

  /** A label ending 分别为 heads amounts given in turn, the first of which is no one quantity; one amount under its label still is. */
  @Test
  void aLabelOfAmountsGivenInTurnNamesNoOneQuantity() {
    String text = "（一）城关镇\n各村发放金额分别为80,000元、90,000元、75,000元。\n（二）河口镇\n各村发放金额分别为85,000元、92,000元、70,000元。";
    assertThat(Check.findings(text, "restated")).isEmpty();
    assertThat(Check.findings("（一）城关镇\n各村发放金额为85,000元。\n（二）小结\n各村发放金额为86,000元。", "restated")).singleElement()
        .satisfies(x -> assertThat(x.stated()).isEqualTo("86,000元"));
  }

  /**
   * A heading opening its paragraph ((三)资金使用情况。全年…) heads the lines after it as one on a line of its own does: what is
   * budgeted under one and spent under the other are two amounts.
   */
  @Test
  void aHeadingOpeningItsParagraph() {
    String text = "（二）预算安排及调整情况。2024年年初预算1,650.20万元，年中追加206.20万元。\n项目支出868.77万元，"
        + "主要用于乡村道路养护和人居环境整治。\n（三）资金使用情况。全年实际支出1,802.15万元，预算执行率97.08%。\n项目支出979.86万元，"
        + "主要用于乡村道路养护和人居环境整治。";
    assertThat(Check.findings(text, "restated")).isEmpty();
    // and so does a heading on the figure's own line, before it
    assertThat(Check.findings("（二）预算安排情况。项目支出868.77万元，主要用于乡村道路养护。\n（三）资金使用情况。项目支出979.86万元，"
        + "主要用于乡村道路养护。", "restated")).isEmpty();
    assertThat(Check.findings("（二）资金使用情况。项目支出868.77万元，主要用于乡村道路养护。\n（三）资金使用情况。项目支出979.86万元，"
        + "主要用于乡村道路养护。", "restated")).as("both spent").isNotEmpty();
  }

  /** A stock as of the end of one year (截至2023年末) and of another (截至2024年末) are two quantities; at the same year's end, one. */
  @Test
  void stocksAtTheEndsOfDifferentYears() {
    String text = "一、项目进展\n截至%s年末，项目累计完成投资6420.00万元。\n二、本年情况\n截至2024年末，项目累计完成投资18266.37万元。";
    assertThat(Check.findings(text.formatted("2023"), "restated")).isEmpty();
    assertThat(Check.findings(text.formatted("2024"), "restated")).singleElement()
        .satisfies(x -> assertThat(x.stated()).isEqualTo("18266.37万元"));
  }

  /** Sentences opening with two terms of the year (春季学期, 秋季学期) count two groups; one term stated twice is one. */
  @Test
  void sentencesOfDifferentTermsOfTheYear() {
    String text = "二、资助情况\n春季学期，县职业中专资助学生1859人。\n秋季学期，县职业中专资助学生1968人。";
    assertThat(Check.findings(text, "restated")).isEmpty();
    assertThat(Check.findings(text + "\n三、小结\n春季学期，县职业中专资助学生1869人。", "restated")).singleElement()
        .satisfies(x -> assertThat(x.stated()).isEqualTo("1869人"));
  }

  /** Whose satisfaction an indicator asks (成员满意度10分 under 满意度指标) makes it the indicator's, not the 满意度 part's score. */
  @Test
  void anIndicatorsSatisfactionIsNotThePart() {
    String text = "三、自评结果\n自评总分91分，其中决策18分、过程20分、产出30分、效益15分、满意度8分。\n四、指标情况\n满意度指标：成员满意度10分，"
        + "得8分。";
    assertThat(Check.findings(text, "restated")).isEmpty();
  }

  /** What an earlier year had, stated inside a comparison with it (与2023年支出…（基本支出341.20万元、…）相比), is that year's. */
  @Test
  void amountsInsideAComparisonWithAnEarlierYear() {
    String text = "某县档案馆2024年度部门整体支出绩效自评报告\n2024年全年实际支出472.38万元。%s支出448.90万元（基本支出341.20万元、项目支出107.70万元）"
        + "相比，较上年增加23.48万元。\n（一）基本支出358.60万元，执行率98.95%%。\n";
    assertThat(Check.findings(text.formatted("与2023年"), "restated")).isEmpty();
    assertThat(Check.findings(text.formatted("与2024年"), "restated")).as("the report's own year")
        .singleElement().satisfies(f -> assertThat(f.stated()).isEqualTo("358.60万元"));
  }

  /** A name's amount within another amount (结转的30.12万元中，A6.40万元) is not its amount elsewhere (A238.60万元). */
  @Test
  void aNamesAmountWithinAnotherAmount() {
    String text = "某县农技中心2024年度部门整体支出绩效自评报告\n项目支出490.88万元，其中：\n（1）基层农技推广体系改革与建设补助238.60万元，执行率97.39%%；\n"
        + "（2）耕地质量保护与提升252.28万元。\n项目支出结转的%s万元中，基层农技推广体系改革与建设补助6.40万元、耕地质量保护与提升8.15万元。\n";
    assertThat(Check.findings(text.formatted("14.55"), "restated")).isEmpty();
    assertThat(Check.findings(text.formatted("14.55").replace("结转的14.55万元中，", "结转情况："), "restated"))
        .as("the same names' amounts stated again on their own").hasSize(2);
  }

  /**
   * What is left of the money, item by item after 其中 (结转217,051.40元，其中公用经费73,931.40元), is no statement of the items' own
   * amounts (公用经费7,328,240.00元); an item's amount after a whole that is no remainder is.
   */
  @Test
  void partsOfWhatIsLeftAreNotTheItems() {
    String text = "某县2024年度城乡义务教育补助经费绩效自评报告\n（三）资金安排。义教经费按用途分为两项：\n1. 公用经费7,328,240.00元。\n"
        + "2. 校舍安全保障1,855,480.00元。\n（四）资金结算。义教经费实际支出9,000,000.00元；%s217,051.40元，其中公用经费73,931.40元、"
        + "校舍安全保障143,120.00元。\n";
    assertThat(Check.findings(text.formatted("结转"), "restated")).isEmpty();
    assertThat(Check.findings(text.formatted("结余"), "restated")).isEmpty();
    assertThat(Check.findings(text.formatted("另追加"), "restated")).as("an addition's parts named as the items").isNotEmpty();
  }

  /** Targets labelled by a target's words alone (未达到12篇的目标, 未达到3篇的目标) name no indicator to restate. */
  @Test
  void targetsLabelledByTargetWordsAlone() {
    String text = "某县委党史研究室2024年度部门整体支出绩效自评报告\n研究文章仅完成10篇，未达到12篇的目标。\n资政报告仅形成1篇并被县委采纳，未达到3篇的目标。\n";
    assertThat(Check.findings(text, "restated")).isEmpty();
  }

  /** The parts' points after 合计扣分…，其中 (其中决策类1.0分) are points lost, not the parts' scores told again. */
  @Test
  void pointsLostByPartAfterKouFen() {
    String text = "经评价，项目自评得分94.0分，等级为“优”。其中：决策类得19.0分，过程类得18.5分，产出类得39.0分，效益类得17.5分。\n五、扣分说明\n"
        + "1．绩效目标（决策类）：部分指标未量化，扣1.0分。\n以上合计扣分6.0分，其中决策类1.0分、过程类1.5分、产出类1.0分、效益类2.5分。\n";
    assertThat(Check.findings(text, "restated")).isEmpty();
  }

  /** Items of two lists under two items of an outer one (1．城市低保资金 / 2．农村低保资金, each listing （1）基本生活保障金) are of two subjects. */
  @Test
  void itemsUnderTwoItemsOfAnOuterList() {
    String text = "全年实际支出低保资金9,968.64万元。支出构成如下：\n1．城市低保资金2,399.04万元，占24.07%，其中：\n"
        + "（1）基本生活保障金2,338.56万元，按月人均补助560元、保障3,480人、发放12个月计算，每人全年6,720元；\n"
        + "（2）分类施保增发60.48万元，每人每月增发60元，共840人。\n2．农村低保资金7,569.60万元，占75.93%，其中：\n"
        + "（1）基本生活保障金7,405.44万元，按月人均补助380元、保障16,240人、发放12个月计算，每人全年4,560元；\n"
        + "（2）分类施保增发164.16万元，每人每月增发60元，共2,280人。\n";
    assertThat(Check.findings(text, "restated")).isEmpty();
  }

  /**
   * An item's budget under the heading that opens its own paragraph ((三)预算安排及调整。…调整后预算按用途分为…32.10万元) and its spending
   * under one of the spending ((四)资金使用及执行。…) are two quantities.
   */
  @Test
  void budgetedUnderTheHeadingOfItsOwnParagraph() {
    String text = "（三）预算安排及调整。调整后预算1,080.00万元，按用途分为农房补助资金1,047.90万元和房屋安全鉴定及技术指导费32.10万元。\n"
        + "（四）资金使用及执行。全年实际支出1,050.50万元。支出构成如下：\n农房补助1,031.90万元；\n房屋安全鉴定及技术指导费18.60万元。\n";
    assertThat(Check.findings(text, "restated")).isEmpty();
    assertThat(Check.findings(text.replace("（四）资金使用及执行。", "（四）资金安排情况。"), "restated")).hasSize(1);
  }

  /**
   * The weights a sentence sets before its bands written as formulas (产出指标50分、…设置权重，…“优（得分≥90分）、良（80分≤得分＜90分）…”),
   * or with a verb (产出指标占50分): the parts' weights, not their scores stated again.
   */
  @Test
  void weightsBeforeBandsWrittenAsFormulas() {
    String text = """
        四、自评结论
        本项目按产出指标50分、效益指标30分、满意度指标20分设置权重，评价等级按照“优（得分≥90分）、良（80分≤得分＜90分）、中（60分≤得分＜80分）”确定。
        经综合评定，自评得分88.5分，评价等级为“良”。其中产出指标得43分、效益指标得27分、满意度指标得18.5分。
        """;
    assertThat(Check.findings(text, "restated")).isEmpty();
    assertThat(Check.report(text).score().components()).anySatisfy(c -> {
      assertThat(c.name()).isEqualTo("产出");
      assertThat(c.weight().value()).isEqualByComparingTo("50");
    });
    String verbs = """
        三、自评结论
        按照县财政局确定的评分规则，产出指标占50分，效益指标占30分，满意度指标占20分。评价结果分为优（≥90分）、良（80≤分数<90）。
        经自评，本项目绩效得分88.5分，评价等级为“良”。其中产出指标得44.5分，效益指标得27分，满意度指标得17分，共扣11.5分。
        """;
    assertThat(Check.findings(verbs, "restated")).isEmpty();
  }

  /** Points a part lost written with 失 (产出指标失3分): not its score stated again. */
  @Test
  void pointsLostWithShi() {
    String text = "经自评，得分93.5分，等级为“优”。其中预算执行得10分，产出指标得37分，效益指标得28分，满意度指标得18.5分。\n五、扣分情况\n"
        + "本年度自评共失6.5分。从指标类别看，产出指标失3分，效益指标失2分，满意度指标失1.5分。";
    assertThat(Check.findings(text, "restated")).isEmpty();
  }

  /** Two projects' tables, each under its numbered item, list items of the same names: each of its own project. */
  @Test
  void tablesUnderTwoItems() {
    String page = "<html><body><p>二、资金使用情况</p><p>（一）城市公园管护项目。该项目覆盖四个公园，项目全年支出303.10万元。</p>"
        + "<p>表1　城市公园管护项目预算执行情况（单位：万元）</p><table><tr><td>支出内容</td><td>预算数</td><td>实际支出</td><td>执行率</td></tr>"
        + "<tr><td>管护服务费</td><td>228.00</td><td>227.16</td><td>99.63%</td></tr><tr><td>水电费</td><td>40.00</td>"
        + "<td>38.65</td><td>96.63%</td></tr><tr><td>设施维修费</td><td>42.00</td><td>37.29</td><td>88.79%</td></tr>"
        + "<tr><td>合计</td><td>310.00</td><td>303.10</td><td>97.77%</td></tr></table>"
        + "<p>（二）道路及街头绿地管护项目。该项目覆盖县城主次干道绿化带，项目全年支出225.04万元。</p><p>表2　道路及街头绿地管护项目预算执行情况（单位：万元）</p><table><tr>"
        + "<td>支出内容</td><td>年初预算</td><td>调整后预算</td><td>实际支出</td><td>结余</td></tr><tr><td>管护服务费</td>"
        + "<td>176.00</td><td>176.00</td><td>175.33</td><td>0.67</td></tr><tr><td>病虫害防治费</td><td>14.00</td>"
        + "<td>14.00</td><td>12.64</td><td>1.36</td></tr><tr><td>行道树补植费</td><td>20.00</td><td>40.00</td>"
        + "<td>37.07</td><td>2.93</td></tr><tr><td>合计</td><td>210.00</td><td>230.00</td><td>225.04</td>"
        + "<td>4.96</td></tr></table></body></html>";
    assertThat(Check.findings("test.html", page, "restated")).isEmpty();
  }

  /** Lines opening with a dash and a name before a colon (——重病重残儿童（非低保家庭）：): items of a list, each its own subject. */
  @Test
  void dashedLineNames() {
    String text = """
        ——事实无人抚养儿童：全年在册141人，按1,400元×12个月×141人计发2,368,800元；年内新增或退出6人。
        ——重病重残儿童（非低保家庭）：全年在册92人，按700元×12个月×92人计发772,800元；年内新增或退出11人。
        """;
    assertThat(Check.findings(text, "restated")).isEmpty();
  }

  /** The budget at the year's start and the budget adjusted, each classified on its line: two budgets' 项目支出. */
  @Test
  void theYearStartsBudgetAndTheAdjustedOne() {
    String text = """
        （一）预算安排和调整
        2023年年初预算1,286.50万元，其中：一般公共预算财政拨款1,166.50万元，其他收入120.00万元。按支出性质分，基本支出612.40万元，项目支出674.10万元。
        年度执行中，追加财政拨款85.00万元，调减32.00万元。两项相抵净增加53.00万元，调整后预算为1,339.50万元，预算调整率4.12%。\
        其中财政拨款1,219.50万元，其他收入120.00万元；基本支出612.40万元，项目支出727.10万元。
        """;
    assertThat(Check.findings(text, "restated")).isEmpty();
  }

  /** A source of funds (县级财政拨款) in the budget of the year's start and in the adjusted one, each split on its line: two budgets'. */
  @Test
  void aSourceOfFundsInTheYearStartsBudgetAndTheAdjustedOne() {
    String text = """
        2024年年初预算286.40万元，其中基本支出226.85万元，项目支出59.55万元。按资金来源分，县级财政拨款266.40万元，占93.02%%。
        年度执行中县财政追加项目支出18.60万元，调减人员经费4.20万元。调整后预算为300.80万元，比年初增加14.40万元；县级财政拨款%s万元，占93.35%%。
        """;
    assertThat(Check.findings(text.formatted("280.80"), "restated")).isEmpty();
    String arrived = "一、预算安排\n2024年年初预算286.40万元，全年支出281.20万元。\n二、资金到位\n县级财政拨款266.40万元已全部到位。\n"
        + "经核对，县级财政拨款%s万元已全部到位。\n";
    assertThat(Check.findings(arrived.formatted("266.40"), "restated")).isEmpty();
    assertThat(Check.findings(arrived.formatted("270.40"), "restated")).as("on lines of no budget").hasSize(1);
  }

  /** Lines that run one after another, each with the label and its own subject first (老年人免费乘车…全年刷卡 / 现役军人…全年刷卡). */
  @Test
  void linesOfAListEachOfItsSubject() {
    String text = """
        （二）票价补贴
        老年人免费乘车每人次补贴1.20元，全年刷卡1,286,500人次，计1,543,800元。
        现役军人、残疾人等其他免费乘车每人次补贴1.20元，全年刷卡96,500人次，计115,800元。
        中小学生半价乘车每人次补贴0.60元，全年刷卡842,000人次，计505,200元。
        """;
    assertThat(Check.findings(text, "restated")).isEmpty();
  }

  /** A plan stated first (年度建设任务为：…新建代表联络站16个) and what was done after (3.新建代表联络站14个): two quantities. */
  @Test
  void thePlanAndWhatWasDone() {
    String text = """
        2024年是三年行动的第一年，年度建设任务为：新建代表之家3个，新建代表联络站16个。
        按支出内容分：
        1.新建代表之家3个，每个补助80,000元，计240,000元；
        2.新建代表联络站14个，每个补助18,000元，计252,000元。
        """;
    assertThat(Check.findings(text, "restated")).isEmpty();
  }

  /** A part's weight in the sentence that sets them and its score in one stating scores (产出指标40分 … 得分依次为：…产出指标35.5分). */
  @Test
  void aPartsWeightAndItsScore() {
    String text = "三、自评结论\n本次自评按预算执行率10分、产出指标40分、效益指标40分、满意度指标10分设置评分体系。\n经综合评价，自评得分85.5分，评价等级为“良”。"
        + "四类指标%s依次为：预算执行率10分、产出指标35.5分、效益指标32.5分、满意度指标7.5分。";
    assertThat(Check.findings(text.formatted("得分"), "restated")).isEmpty();
    assertThat(Check.findings(text.formatted("分值"), "restated")).as("two weights").isNotEmpty();
  }

  /** A rate written as a share of what its label names (按3.65%和3.55%合同利率的50%贴息) is no statement of that rate. */
  @Test
  void aShareOfWhatTheLabelNames() {
    String text = "说明：合同利率为3.65%%，均按50%%贴息。\n4.小微企业贴息比例：两批小微企业贷款分别按3.65%%和3.55%%合同利率的50%%贴息。\n"
        + "以个人贷款为例，合同利率为%s。";
    assertThat(Check.findings(text.formatted("3.65%"), "restated")).isEmpty();
    assertThat(Check.findings(text.formatted("3.75%"), "restated")).as("the rate itself, restated otherwise").hasSize(1);
  }
  /**
   * Rows of one table named alike (主体结构封顶) are of the groups its first column names once for all their rows; the same label in
   * a sentence after the table still restates a row's figure.
   */
  @Test
  void rowsOfOneTableNamedAlike() {
    String table = """
        2024年按合同付款节点支付情况如下：
        合同名称              付款节点          付款比例  支付金额（万元）  支付日期
        施工总承包合同        预付款                 10%            148.64  2024年3月20日
                              主体结构封顶           25%            371.60  2024年7月25日
          小计                                       35%            520.24
        工程监理合同          合同签订               30%              8.94  2024年3月25日
                              主体结构封顶           30%              8.94  2024年7月30日
          小计                                       60%             17.88
        """;
    assertThat(Check.findings(table, "restated")).isEmpty();
    assertThat(Check.findings(table + "经核实，主体结构封顶35%，按合同支付。\n", "restated")).as("a sentence after the table").hasSize(1);
  }
  /** Shares of one amount named in their labels (上级补助资金10.00万元、占) are of different wholes where they differ. */
  @Test
  void sharesOfOneAmountOfDifferentWholes() {
    String text = """
        调整后预算242.80万元，其中县级财政拨款232.80万元、占95.88%，上级补助资金10.00万元、占4.12%。
        5.侨胞之家建设经费15.20万元，新建“侨胞之家”4个，其中上级补助资金10.00万元、占65.79%，县级资金5.20万元。
        """;
    assertThat(Check.findings(text, "restated")).isEmpty();
    String again = "调整后预算242.80万元，其中县级财政拨款232.80万元、占95.88%，上级补助资金10.00万元、占4.12%。\n"
        + "（三）资金使用情况。上级补助资金10.00万元、占4.50%，已全部支出。\n";
    assertThat(Check.findings(again, "restated")).as("of no other whole").hasSize(1);
  }
  /** Those satisfied of all questionnaires, then of one group's (居民问卷1,002份、表示满意的951份): parts of two wholes. */
  @Test
  void thoseSatisfiedOfAllAndOfOneGroup() {
    String text = "三、绩效目标完成情况\n发放问卷1,200份，回收1,146份，回收率95.50%%，其中表示满意的1,081份，满意度94.33%%。\n"
        + "回收的1,146份有效问卷中，%s份、表示满意的951份，满意度94.91%%；商户问卷144份、表示满意的130份，满意度90.28%%。\n";
    assertThat(Check.findings(text.formatted("居民问卷1,002"), "restated")).isEmpty();
    assertThat(Check.findings(text.formatted("问卷1,146"), "restated")).as("of the same whole").hasSize(1);
  }
}
