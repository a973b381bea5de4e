package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LevelAdjustmentRuleTest {
  private static final String RULE = "adjustment.level";

  /** A level's cut, its amount after right after the cut, and its year-start amount in the list before. */
  @Test
  void aCutAndTheAmountRightAfter() {
    String text = "（二）资金来源及预算安排\n年初下达专项资金预算1287.11万元，其中：中央大气污染防治资金826.34万元，占64.20%%；省级配套资金312.51万元，"
        + "占24.28%%；县级配套资金%s万元，占11.52%%。年中因县级财政收支紧平衡，县级配套调减18.26万元，调整为%s万元，调整后预算为1268.85万元。";
    assertThat(Check.findings(text.formatted("148.26", "130.00"), RULE)).isEmpty();
    assertThat(Check.findings(text.formatted("148.26", "131.00"), RULE)).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("130.00万元");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("131.00万元", "148.26万元", "18.26万元");
    });
    assertThat(Check.findings(text.formatted("158.26", "130.00"), RULE)).hasSize(1);
  }

  /** An addition named for the level, then the level's amount after named by the level (增至, 合计). */
  @Test
  void anAdditionAndTheLevelsAmountAfter() {
    String bees = "（二）资金来源。2024年专项资金年初预算200.00万元，其中省级林下经济发展专项资金150.00万元、县级财政安排50.00万元。"
        + "7月份，县财政追加县级资金%s万元用于蜂病防控，调增后专项资金预算为218.00万元，县级资金增至68.00万元。";
    assertThat(Check.findings(bees.formatted("18.00"), RULE)).isEmpty();
    assertThat(Check.findings(bees.formatted("19.00"), RULE)).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("69.00万元"));
    String wetland = "（二）资金来源\n年初预算550.00万元，其中：中央财政林业改革发展资金300.00万元；省级财政补助120.00万元；市级财政补助50.00万元；"
        + "县级财政配套80.00万元。年中因工程量增加，县财政追加县级配套30.00万元，调整后预算580.00万元，县级资金合计%s万元。";
    assertThat(Check.findings(wetland.formatted("110.00"), RULE)).isEmpty();
    assertThat(Check.findings(wetland.formatted("100.00"), RULE)).hasSize(1);
  }

  /** The level's amount after is its part of the budget after the moves, listed right after it. */
  @Test
  void theLevelsPartOfTheBudgetAfter() {
    String text = "（二）资金来源及预算\n2023年年初预算250.50万元，其中：中央补助资金120.00万元，省级补助资金45.00万元，县级财政资金85.50万元。"
        + "年中县级追加12.30万元（用于管护人员劳务补助缺口），追加额占年初预算的4.91%%，调整后全年预算262.80万元，其中县级资金%s万元。";
    assertThat(Check.findings(text.formatted("97.80"), RULE)).isEmpty();
    assertThat(Check.findings(text.formatted("87.80"), RULE)).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("97.80万元"));
    // a figure in the move's aside shares its clause but is no move (（0.4万亩×150元/亩）)
    String fallow = "（二）资金下达及预算调整情况\n年初预算1,050.00万元，其中中央财政资金980.00万元、省级财政资金70.00万元。"
        + "9月中央追加轮作补助资金60.00万元（0.4万亩×150元/亩），调整后预算为1,110.00万元，其中中央资金%s万元，占93.69%%；省级资金70.00万元，占6.31%%。";
    assertThat(Check.findings(fallow.formatted("1,040.00"), RULE)).isEmpty();
    assertThat(Check.findings(fallow.formatted("1,050.00"), RULE)).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("1040.00万元"));
  }

  /**
   * The level's part of the budget after, listed among the others and in the sentence after the move's (a county's mine restoration:
   * 300.00 plus 45.00 is 345.00), or named by the level alone, as its year-start amount too (a county's cadre training: 80.00 less 8.00).
   */
  @Test
  void theLevelsPartInTheNextSentence() {
    String mines = "（二）资金来源及预算调整。年初预算1,860.00万元，其中中央重点生态保护修复治理资金1,200.00万元、省级生态修复专项资金360.00万元、"
        + "县级配套资金300.00万元。2024年8月，经县政府同意，县级配套资金追加%s万元用于危岩清理。调整后预算为1,905.00万元（19,050,000.00元），"
        + "其中：中央资金1,200.00万元，占62.99%%；省级资金360.00万元，占18.90%%；县级资金345.00万元，占18.11%%。";
    assertThat(Check.findings(mines.formatted("45.00"), RULE)).isEmpty();
    assertThat(Check.findings(mines.formatted("46.00"), RULE)).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("346.00万元"));
    String cadres = "（二）资金来源。年初预算150.00万元，其中省级40.00万元、市级30.00万元、县级80.00万元。2024年9月，因第九期书记研修班并入省委组织部"
        + "集中调训，县级培训经费调减%s万元，调整后预算为一百四十二万元（142.00万元），其中省级40.00万元、占28.17%%，市级30.00万元、占21.13%%，"
        + "县级72.00万元、占50.70%%。";
    assertThat(Check.findings(cadres.formatted("8.00"), RULE)).isEmpty();
    assertThat(Check.findings(cadres.formatted("9.00"), RULE)).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("71.00万元"));
    // the level moved again before the budget after: which move its part is after is not said of the first
    assertThat(Check.findings(mines.formatted("46.00").replace("用于危岩清理。", "用于危岩清理，10月县级资金调减1.00万元。"), RULE)).isEmpty();
    // the budget after two sentences on
    assertThat(Check.findings(mines.formatted("46.00").replace("用于危岩清理。", "用于危岩清理。工程于10月完工。"), RULE)).isEmpty();
  }

  /**
   * The level's amount after named in more words: past an opening 其中 (a town's street lighting: 10.00 plus 8.50), as the level's after
   * the move (a childcare centre: 382.40 less 24.60), or in the parentheses after the budget as adjusted (a canal: 140.00 plus 38.60).
   */
  @Test
  void theLevelsAmountAfterInMoreWords() {
    String lights = "（二）资金来源及预算调整。项目年初预算160.00万元，其中省级乡村振兴衔接资金90.00万元、县级配套资金60.00万元、镇级自筹资金10.00万元。"
        + "2024年7月，因西片区线路改造工程量增加，追加镇级自筹资金8.50万元，调整后预算为168.50万元，其中镇级自筹资金增至%s万元。";
    assertThat(Check.findings(lights.formatted("18.50"), RULE)).isEmpty();
    assertThat(Check.findings(lights.formatted("19.50"), RULE)).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("18.50万元"));
    String childcare = "（三）资金来源。项目年初预算850.40万元，其中：中央预算内投资按每个新增托位1.00万元安排360.00万元，省级补助按每个托位0.30万元"
        + "安排108.00万元，县级配套382.40万元。10月因综合服务中心室外工程量核减，调减县级配套24.60万元，调整后县级配套%s万元，调整后预算825.80万元。";
    assertThat(Check.findings(childcare.formatted("357.80"), RULE)).isEmpty();
    assertThat(Check.findings(childcare.formatted("358.80"), RULE)).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("357.80万元"));
    // (but not what the level spent after the move)
    assertThat(Check.findings(childcare.formatted("358.80").replace("调整后县级配套", "调整后县级配套支出"), RULE)).isEmpty();
    String canal = "（二）资金来源及预算安排。项目年初预算620.00万元，其中：中央水利发展资金300.00万元，占48.39%%；省级财政资金180.00万元，占29.03%%；"
        + "县级财政配套资金140.00万元，占22.58%%。9月，县级财政追加资金38.60万元，调整后预算为658.60万元（县级资金调整为%s万元）。";
    assertThat(Check.findings(canal.formatted("178.60"), RULE)).isEmpty();
    assertThat(Check.findings(canal.formatted("179.60"), RULE)).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("178.60万元"));
  }

  /** The level's funds alone in the parentheses after the budget as adjusted (a county's talent subsidy: 240.00 less 15.00). */
  @Test
  void theLevelsFundsInTheAsideOfTheBudgetAfter() {
    String talent = "（一）预算安排及调整\n年初预算400.00万元，其中：省级人才发展专项补助160.00万元，县级财政安排240.00万元。年中因2名拟引进博士未按期到岗"
        + "等原因，县财政调减县级资金15.00万元，调整后预算385.00万元（县级资金%s万元）。全年资金全部到位。";
    assertThat(Check.findings(talent.formatted("225.00"), RULE)).isEmpty();
    assertThat(Check.findings(talent.formatted("226.00"), RULE)).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("225.00万元"));
    // (not where the aside holds more than the level's funds, nor another level's)
    assertThat(Check.findings(talent.formatted("226.00").replace("（县级资金", "（其中县级资金"), RULE)).isEmpty();
    assertThat(Check.findings(talent.formatted("226.00").replace("（县级资金", "（省级资金"), RULE)).isEmpty();
  }

  /**
   * A move that names no level, with a level's amount after named in the clause right after it (a county's drinking water: 178.00
   * plus 42.60): the words say the move made that level's amount.
   */
  @Test
  void aMoveNamingNoLevelAndTheLevelsAmountRightAfter() {
    String water = "（二）资金来源\n项目年初预算1,000.00万元，其中：中央资金486.00万元，占48.60%%；省级资金252.00万元，占25.20%%；市级资金84.00万元，"
        + "占8.40%%；县级配套资金178.00万元，占17.80%%。2023年8月，因龙潭乡水源地枯水需应急改造，县财政追加42.60万元，县级资金调整为%s万元，"
        + "调整后预算为1,042.60万元。";
    assertThat(Check.findings(water.formatted("220.60"), RULE)).isEmpty();
    assertThat(Check.findings(water.formatted("221.60"), RULE)).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("220.60万元"));
    // (not where a clause stands between, nor where the move names another level)
    assertThat(Check.findings(water.formatted("221.60").replace("追加42.60万元，", "追加42.60万元，用于应急改造，"), RULE)).isEmpty();
    assertThat(Check.findings(water.formatted("221.60").replace("县财政追加", "省级追加"), RULE)).isEmpty();
  }

  /**
   * The level's year-start amount in the paragraph before the move's, where the move's states no amount before the move (a county's
   * special-post teachers: 380.00 less 12.00); not where it does.
   */
  @Test
  void theYearStartAmountInTheParagraphBefore() {
    String teachers = "（二）资金来源及预算调整\n\n2024年特岗补助资金年初预算1,380.00万元，其中：中央财政特岗计划工资性补助资金1,000.00万元"
        + "（2023年11月提前下达），县级配套资金380.00万元。\n\n2024年计划新招聘特岗教师110人（小学68人、初中42人），实际到岗104人。2024年10月，"
        + "经县政府同意，县财政局将县级配套资金调减12.00万元，县级配套调整为%s万元。调整后预算为1,368.00万元。";
    assertThat(Check.findings(teachers.formatted("368.00"), RULE)).isEmpty();
    assertThat(Check.findings(teachers.formatted("378.00"), RULE)).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("368.00万元"));
    // (an amount before the move in its own paragraph: the year-start amount is not looked for further back)
    assertThat(Check.findings(teachers.formatted("378.00").replace("实际到岗104人。", "实际到岗104人，人均补助3.60万元。"), RULE)).isEmpty();
  }

  /**
   * Without the level's year-start amount plainly named, or with the level's amount spent or moved standing last before the move,
   * or another level's amount after, the rule reads nothing.
   */
  @Test
  void whatTheWordsDoNotFix() {
    // the level's last amount before the move is spent, not budgeted
    assertThat(Check.findings("（二）资金\n年初预算200.00万元，县级资金支出40.00万元。年中追加县级资金18.00万元，县级资金增至68.00万元。", RULE))
        .isEmpty();
    // the amount after is another level's
    assertThat(Check.findings("（二）资金\n年初预算200.00万元，其中省级资金150.00万元、县级资金50.00万元。年中追加县级资金18.00万元，"
        + "省级资金增至160.00万元。", RULE)).isEmpty();
    // no year-start amount of the level in the paragraph
    assertThat(Check.findings("（二）资金\n年初预算200.00万元。年中追加县级资金18.00万元，县级资金增至70.00万元。", RULE)).isEmpty();
    // a move of the whole, not of the level (县财政追加 names no level's funds)
    assertThat(Check.findings("（二）资金\n年初预算200.00万元，其中省级资金150.00万元、县级资金50.00万元。年中县财政追加18.00万元，调整为220.00万元。", RULE))
        .isEmpty();
  }
}
