package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BalanceRuleTest {
  @Test
  void netAssets() {
    assertThat(Check.findings("单位资产总额1813.15万元；负债总额1173.31万元，净资产总额639.84万元。", "balance")).isEmpty();
    assertThat(Check.findings("单位资产总额1813.15万元；负债总额1173.31万元，净资产总额693.84万元。", "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("639.84万元"));
  }

  @Test
  void projectSurplus() {
    String text = "2.《民兵补贴》项目预算资金为41.02万元，实际需要39.7426万元，结余%s万元退回国库。";
    assertThat(Check.findings(text.formatted("1.2774"), "balance")).isEmpty();
    assertThat(Check.findings(text.formatted("2.2774"), "balance")).hasSize(1);
  }

  /**
   * A kind of spending's budget and spending against the difference stated with them (a county
   * office's 2018 三公经费, its figures), either way round and with any budget of the sentence; a
   * change from the year before is no difference of the two.
   */
  @Test
  void aDifferenceStatedWithItsBudgetAndSpending() {
    String stated = "2018年度本部门一般公共预算财政拨款安排的“三公\"经费支出2.05万元,年初预算为2.95万元,差值为%s万元。";
    assertThat(Check.findings(stated.formatted("0.9"), "balance")).isEmpty();
    assertThat(Check.findings(stated.formatted("0.8"), "balance")).singleElement().satisfies(f -> {
      assertThat(f.stated()).isEqualTo("0.8万元");
      assertThat(f.expected()).isEqualTo("0.9万元");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("0.8万元", "2.95万元", "2.05万元");
    });
    assertThat(Check.findings("公务接待费支出2.05万元,年初预算为2万元,差值为0.05万元,原因为项目增多。", "balance")).isEmpty();
    assertThat(Check.findings("三公经费年初预算10.00万元，调整后预算12.00万元，实际支出9.00万元，比预算减少3.00万元。", "balance")).isEmpty();
    assertThat(Check.findings("三公经费年初预算10.00万元，实际支出9.00万元，比预算减少3.00万元。", "balance")).hasSize(1);
    assertThat(Check.findings("三公经费支出9.00万元，比上年减少3.00万元。", "balance")).isEmpty();
    String saved = "“三公”经费财政拨款支出5.60万元，较年初预算6.00万元节约%s万元，完成年初预算的93.33%%。";
    assertThat(Check.findings(saved.formatted("0.40"), "balance")).isEmpty();
    assertThat(Check.findings(saved.formatted("0.50"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("0.4万元"));
    assertThat(Check.findings("三公经费年初预算10.00万元。实际支出9.00万元，差额3.00万元。", "balance")).isEmpty();
    // the saving named against the budget after both (较预算节约)
    String against = "二、三公经费\n2024年“三公”经费预算36.80万元，决算31.52万元，较预算节约%s万元，节约14.35%%；较上年的34.15万元减少2.63万元。";
    assertThat(Check.findings(against.formatted("5.28"), "balance")).isEmpty();
    assertThat(Check.findings(against.formatted("6.28"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("5.28万元"));
    // what a purchase saved against its budget at the price it was won at
    String won = "5. 桥梁维修。维修危桥3座，预算28.28万元，中标价17.12万元，节约%s万元。";
    assertThat(Check.findings(won.formatted("11.16"), "balance")).isEmpty();
    assertThat(Check.findings(won.formatted("11.96"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("11.16万元"));
  }

  /** The money left stated beside the report's total spending is its budget less that spending, before or after adjustment. */
  @Test
  void whatIsLeftBesideTheTotalSpending() {
    String project = "2024年度农村饮水安全巩固提升工程项目支出绩效自评报告\n一、项目资金情况\n该项目总投资为856.40万元。项目资金到位856.40万元，实际支出812.58万元，预算执行率94.88%%，结余资金%s万元。";
    assertThat(Check.findings(project.formatted("43.82"), "balance")).isEmpty();
    assertThat(Check.findings(project.formatted("45.82"), "balance")).singleElement().satisfies(f -> {
      assertThat(f.stated()).isEqualTo("45.82万元");
      assertThat(f.expected()).isEqualTo("43.82万元");
    });
    // opening the sentence after the spending's (a county's relief funds: 3865.20 less 3788.94 is 76.26)
    String relief = "某县2024年度困难群众救助补助资金项目绩效自评报告\n一、项目概况\n2024年共下达困难群众救助补助资金3865.20万元。\n"
        + "二、资金使用情况\n截至2024年底，实际支出3788.94万元，支出进度98.03%%。结余%s万元，已按规定结转下年使用。";
    assertThat(Check.findings(relief.formatted("76.26"), "balance")).isEmpty();
    assertThat(Check.findings(relief.formatted("81.60"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("76.26万元"));
    // 结余 alone, after the budget's rate (a county's school meals: 1286.00 less 1259.72 is 26.28)
    String meals = "一、项目资金情况\n2024年项目预算资金1286.00万元。全年实际支出1259.72万元，预算执行率97.96%%，结余%s万元。";
    assertThat(Check.findings(meals.formatted("26.28"), "balance")).isEmpty();
    assertThat(Check.findings(meals.formatted("28.12"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("26.28万元"));
    String adjusted = "一、预算情况\n年初预算总额为1000.00万元，调整后预算为1100.00万元。全年实际支出1050.00万元，结余资金%s万元。";
    assertThat(Check.findings(adjusted.formatted("50.00"), "balance")).isEmpty();
    assertThat(Check.findings(adjusted.formatted("60.00"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("50万元"));
    assertThat(Check.findings("一、预算情况\n年初预算总额为1000.00万元。全年实际支出950.00万元。收回结余资金80.00万元。", "balance"))
        .as("left of another year, in another sentence").isEmpty();
    String saved = "一、预算情况\n年初预算总额为1000.00万元。全年实际支出950.00万元，节约资金%s万元。";
    assertThat(Check.findings(saved.formatted("50.00"), "balance")).isEmpty();
    assertThat(Check.findings(saved.formatted("60.00"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("50万元"));
    assertThat(Check.findings("一、预算情况\n年初预算总额为1000.00万元。全年实际支出950.00万元，较上年节约资金60.00万元。", "balance"))
        .as("saved against the year before").isEmpty();
    // what a road project has still to pay (剩余, its retention money): 5184.00 less 4872.96 is 311.04
    String road = "某县2024年度农村公路提档升级工程项目支出绩效自评报告\n一、项目资金\n项目总投资5,184.00万元。截至2024年12月31日，项目累计支付资金4,872.96万元，支付率94.00%%，剩余%s万元为质保金。";
    assertThat(Check.findings(road.formatted("311.04"), "balance")).isEmpty();
    assertThat(Check.findings(road.formatted("332.81"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("311.04万元"));
    assertThat(Check.findings(road.formatted("311.04").replace("剩余", "尚未支付资金"), "balance")).isEmpty();
    assertThat(Check.findings(road.formatted("332.81").replace("剩余", "尚未支付资金"), "balance")).hasSize(1);
  }

  /** Posts less the people in them against the posts stated open (空编) or over (超编), in one sentence. */
  @Test
  void openAndOverfilledPosts() {
    assertThat(Check.findings("本单位核定编制25人，实有人员22人，空编3人。", "balance")).isEmpty();
    assertThat(Check.findings("本单位核定编制25人，实有人员22人，空编4人。", "balance")).singleElement().satisfies(f -> {
      assertThat(f.stated()).isEqualTo("4人");
      assertThat(f.expected()).isEqualTo("3人");
    });
    assertThat(Check.findings("行政编制10名，实际在编11名，超编1名。", "balance")).isEmpty();
    assertThat(Check.findings("行政编制10名，实际在编11名，超编2名。", "balance")).hasSize(1);
    assertThat(Check.findings("行政编制10个，事业编制20个，实有在职人员27人，空编3人。", "balance")).isEmpty();
    assertThat(Check.findings("核定编制25人。实有人员22人，空编4人。", "balance")).isEmpty();
    String clauses = "核定编制58人，其中行政编制30人、事业编制28人；实有在职人员55人，其中行政人员29人、事业人员26人；空编%s人。";
    assertThat(Check.findings(clauses.formatted("3"), "balance")).isEmpty();
    assertThat(Check.findings(clauses.formatted("4"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("3人"));
    String yearEnd = "核定编制86人，其中行政编制48人、事业编制38人；年末实有在职人员81人，其中行政人员45人、事业人员36人；空编%s人。";
    assertThat(Check.findings(yearEnd.formatted("5"), "balance")).isEmpty();
    assertThat(Check.findings(yearEnd.formatted("6"), "balance")).as("the people in post named after when (年末) they were counted")
        .singleElement().satisfies(f -> assertThat(f.expected()).isEqualTo("5人"));
  }

  /** The budget after its adjustment is the budget plus what was added (a county bureau's 1865.30 + 412.70 = 2278.00). */
  @Test
  void theBudgetAfterItsAdjustment() {
    String budget = "二、部门预算收支情况\n2024年年初预算1865.30万元，年中追加预算%s万元，调整后预算2278.00万元。全年实际支出2196.45万元，预算执行率96.42%%。";
    assertThat(Check.findings(budget.formatted("412.70"), "balance")).isEmpty();
    assertThat(Check.findings(budget.formatted("441.59"), "balance")).singleElement().satisfies(f -> {
      assertThat(f.stated()).isEqualTo("2278.00万元");
      assertThat(f.expected()).isEqualTo("2306.89万元");
    });
    // the adjusted budget read as the budget, for want of a year-start one, is no sum of itself and what was added (a legal-aid fund)
    assertThat(Check.findings("（三）资金来源。县财政于9月追加县级资金18万元，调整后预算138万元。全年支出133.8万元，预算执行率96.96%。", "balance"))
        .isEmpty();
  }

  /** What was added and what was cut in the year both make the adjusted budget (a transport bureau's 9,846.20 + 2,318.50 − 126.70). */
  @Test
  void theBudgetAfterWhatWasAddedAndWhatWasCut() {
    String budget = "（一）预算调整。2024年部门年初预算9,846.20万元。年中因上级下达转移支付资金追加预算2,318.50万元，按县政府要求压减一般性支出调减预算"
        + "%s万元，调整后预算12,038.00万元。";
    assertThat(Check.findings(budget.formatted("126.70"), "balance")).isEmpty();
    assertThat(Check.findings(budget.formatted("162.70"), "balance")).singleElement().satisfies(f -> {
      assertThat(f.stated()).isEqualTo("12,038.00万元");
      assertThat(f.expected()).isEqualTo("12002.00万元");
      assertThat(f.evidence()).extracting(e -> e.quote()).contains("162.70万元");
    });
  }

  /** The cut right before the adjusted budget nets into it, the addition read where the report restates it (a CPPCC office). */
  @Test
  void theCutRightBeforeTheAdjustedBudget() {
    String budget = "（一）预算情况\n2024年年初预算1,846.30万元；年度执行中，因增设委员工作室等追加128.60万元，按照过“紧日子”要求压减会议费、"
        + "差旅费等一般性支出调减%s万元，调整后预算为1,939.50万元。\n（二）扣分\n年中既追加128.60万元、又调减35.40万元。";
    assertThat(Check.findings(budget.formatted("35.40"), "balance")).isEmpty();
    assertThat(Check.findings(budget.formatted("53.40"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("1921.50万元"));
  }

  /** A cut between the addition and the adjusted budget, past what it was made of (an emergency bureau's 1856.40 + 412.50 − 58.30). */
  @Test
  void aCutBetweenTheAdditionAndTheAdjustedBudget() {
    String budget = "（二）部门预算及调整\n2024年年初预算1856.40万元。\n年中追加预算412.50万元，均为上级转移支付：防汛抗旱应急补助资金300.00万元、"
        + "森林防火专项资金112.50万元；调减预算%s万元：应急物资储备因集中采购节约调减30.00万元，安全生产监管执法项目因执法装备采购延至下年调减28.30万元。"
        + "调整后预算2210.60万元。";
    assertThat(Check.findings(budget.formatted("58.30"), "balance")).isEmpty();
    assertThat(Check.findings(budget.formatted("85.30"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("2183.60万元"));
  }

  /**
   * The adjusted budget stated first with its sources, then again after the addition and the cut that made it (a health bureau's
   * 3,558.40 + 276.00 − 64.00): checked where it is stated after them.
   */
  @Test
  void theAdjustedBudgetStatedAgainAfterItsAdjustments() {
    String budget = "（二）资金来源\n7个项目调整后预算3,770.40万元，其中：中央资金1,520.00万元；省级资金620.00万元；县级资金1,630.40万元。\n"
        + "（三）预算调整\n年初预算3,558.40万元。年度中追加预算276.00万元；因采购节约调减预算%s万元；调整后预算为3,770.40万元，净增加212.00万元。";
    assertThat(Check.findings(budget.formatted("64.00"), "balance")).isEmpty();
    assertThat(Check.findings(budget.formatted("46.00"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("3788.40万元"));
  }

  /** What is left of a fund named before, beside what was paid of it named so too (a works' special bonds). */
  @Test
  void whatIsLeftOfANamedFund() {
    String bonds = "一、项目基本情况\n项目总投资12800.00万元，其中：专项债券资金9000.00万元，县级财政资金1800.00万元。\n"
        + "二、资金支付情况\n2024年累计支付债券资金7245.60万元，债券资金支付进度80.51%%，尚未支付%s万元。";
    assertThat(Check.findings(bonds.formatted("1754.40"), "balance")).isEmpty();
    assertThat(Check.findings(bonds.formatted("1877.21"), "balance")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("1754.40万元");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("1877.21万元", "9000.00万元", "7245.60万元");
    });
    assertThat(Check.findings(bonds.formatted("1877.21").replace("累计支付债券资金", "累计支付资金"), "balance"))
        .as("the payment names no fund").isEmpty();
  }

  /**
   * The surplus at the year's end (年末结余), or opening the clause after a semicolon in the spending's sentence, is the budget less
   * the spending too (a county's mediation fund: 216.00 less 205.38 is 10.62; its relics: 380.00 less 367.48 is 12.52).
   */
  @Test
  void aSurplusAtTheYearsEndOrAfterASemicolon() {
    String mediation = "一、资金使用\n截至2024年12月31日，资金实际支出205.38万元，按调整后预算216.00万元计算，预算执行率95.08%%，"
        + "较上年提高2.48个百分点（上年92.60%%）；年末结余%s万元，已按规定申请结转。";
    assertThat(Check.findings(mediation.formatted("10.62"), "balance")).isEmpty();
    assertThat(Check.findings(mediation.formatted("11.62"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("10.62万元"));
    String relics = "一、资金使用\n截至2024年12月31日，专项资金实际支出367.48万元，按调整后预算380.00万元计算，预算执行率为96.71%%；"
        + "结余%s万元，主要为修缮工程质保金。";
    assertThat(Check.findings(relics.formatted("12.52"), "balance")).isEmpty();
    assertThat(Check.findings(relics.formatted("13.52"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("12.52万元"));
    // where the report states funds carried in besides the budget, the year-end balance may be of them all (434.30 + 6.38 − 427.96)
    String carried = "一、预算收入\n调整后预算434.30万元，加上年结转6.38万元，全年预算资金合计440.68万元。\n二、预算支出\n"
        + "全年实际支出427.96万元，预算执行率97.11%%，年末结余%s万元，按规定结转下年使用。";
    assertThat(Check.findings(carried.formatted("12.72"), "balance")).isEmpty();
    // a clause after the semicolon about something else first: its balance is not the budget's
    assertThat(Check.findings(relics.formatted("13.52").replace("；结余", "；规划编制结余"), "balance")).isEmpty();
  }

  /**
   * The surplus in the spending's sentence after an aside, named by its own clause where the label took in the aside's words
   * (以调整后结余), or past a semicolon the aside holds (a county's pest control: 780.00 less 741.36 is 38.64; its smart campuses:
   * 1,286.40 less 1,253.78 is 32.62).
   */
  @Test
  void aSurplusAfterAnAside() {
    String pests = "（三）资金支出情况\n截至2024年12月31日，资金实际支出741.36万元，预算执行率95.05%%（以调整后预算780.00万元为基数计算），"
        + "结余%s万元，均为中央资金。";
    assertThat(Check.findings(pests.formatted("38.64"), "balance")).isEmpty();
    assertThat(Check.findings(pests.formatted("39.64"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("38.64万元"));
    String campuses = "（三）资金使用\n截至2023年12月31日，项目实际支出1,253.78万元，预算执行率97.46%%（按调整后预算1,286.40万元计算；"
        + "若按年初预算1,200.00万元计算则为104.48%%），结余%s万元。";
    assertThat(Check.findings(campuses.formatted("32.62"), "balance")).isEmpty();
    assertThat(Check.findings(campuses.formatted("33.62"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("32.62万元"));
    // in an aside of its own, what is left is of something the aside names
    assertThat(Check.findings(pests.formatted("38.64").replace("），结余38.64万元", "，结余9.64万元）"), "balance")).isEmpty();
  }

  /**
   * The surplus in a sentence after the spending's, where only the budget the rate is reckoned on stands between (a county's farm
   * machinery: 1,260.00 less 1,202.58 is 57.42; its newborn screening: 126.00 less 116.75 is 9.25).
   */
  @Test
  void aSurplusPastTheBudgetsRate() {
    String machines = "（三）资金使用\n截至2023年12月31日，全年兑付农机补贴资金1,202.58万元，比上年的1,086.40万元增加116.18万元，增长10.69%%。"
        + "按调整后预算1,260.00万元计算，预算执行率为95.44%%，结余%s万元，已按规定结转下年。";
    assertThat(Check.findings(machines.formatted("57.42"), "balance")).isEmpty();
    assertThat(Check.findings(machines.formatted("58.42"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("57.42万元"));
    String screening = "（二）预算\n年初预算120.00万元，年中追加6.00万元，调整后预算126.00万元。\n（三）执行\n全年实际支出116.75万元，占全县公共卫生支出的2.23%%。"
        + "以调整后预算126.00万元计，预算执行率92.66%%；以年初预算120.00万元计，执行率为97.29%%。年末结余%s万元。";
    assertThat(Check.findings(screening.formatted("9.25"), "balance")).isEmpty();
    assertThat(Check.findings(screening.formatted("8.25"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("9.25万元"));
    // another amount between: what is left may be of it
    assertThat(Check.findings(machines.formatted("58.42").replace("计算，预算执行率", "计算，其中上级补助资金30.00万元，预算执行率"), "balance"))
        .isEmpty();
  }

  /** The surplus named alone opening the paragraph after the spending's: the budget less the spending. */
  @Test
  void aSurplusOpeningTheNextParagraph() {
    String fund = "某县2024年度农机购置与应用补贴资金绩效自评报告\n一、基本情况\n2024年省级下达我县农机购置与应用补贴资金950.00万元。\n"
        + "二、资金使用情况\n全年兑付补贴资金907.14万元，资金兑付率95.49%%。按机具类别分：拖拉机356台，补贴231.40万元。\n"
        + "结余资金%s万元，已按规定结转下年使用。";
    assertThat(Check.findings(fund.formatted("42.86"), "balance")).isEmpty();
    assertThat(Check.findings(fund.formatted("45.86"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("42.86万元"));
    // a paragraph between is about something else
    assertThat(Check.findings(fund.formatted("45.86").replace("\n结余资金", "\n三、绩效目标\n结余资金"), "balance")).isEmpty();
  }

  /**
   * What is left of a kind of spending, its budget and spending in one sentence (not the report's totals, nor a project's): the
   * budget less the spending, with any budget of the sentence.
   */
  @Test
  void whatIsLeftInItsSentence() {
    String meetings = "一、部门概况\n全年预算收入500.00万元，实际支出480.00万元。\n二、专项情况\n“三公”经费预算资金12.50万元，实际使用10.20万元，结余%s万元。";
    assertThat(Check.findings(meetings.formatted("2.30"), "balance")).isEmpty();
    assertThat(Check.findings(meetings.formatted("3.30"), "balance")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("2.30万元");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("3.30万元", "12.50万元", "10.20万元");
    });
    // a saving (节约) is statedDifferences', once; a sentence without a budget states nothing to hold it to
    assertThat(Check.findings("二、专项情况\n“三公”经费预算12.50万元，实际支出10.20万元，节约3.30万元。", "balance")).hasSize(1);
    assertThat(Check.findings("二、专项情况\n“三公”经费实际支出10.20万元，结余3.30万元。", "balance")).isEmpty();
  }

  /**
   * A project's budgets in one sentence and its spending opening the next (该项目年初预算1,580.00万元，…调整后预算1,628.00万元。全年支出
   * 1,601.72万元，执行率98.39%，结余26.28万元): what is left is of one of those budgets.
   */
  @Test
  void whatIsLeftOfTheBudgetsInTheSentenceBefore() {
    String report = "一、总体情况\n协作资金年初预算4,645.60万元，实际支出4,733.80万元，执行率98.10%%。\n二、各项目实施情况\n（一）高原蔬菜产业园建设项目\n"
        + "该项目年初预算1,580.00万元，9月调增48.00万元，调整后预算1,628.00万元。全年支出1,601.72万元，执行率98.39%%，结余%s万元。";
    assertThat(Check.findings(report.formatted("26.28"), "balance")).isEmpty();
    assertThat(Check.findings(report.formatted("27.28"), "balance")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("26.28万元");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("27.28万元", "1,628.00万元", "1,601.72万元");
    });
    // a kind of spending's budget before is no budget of the spending that follows
    assertThat(Check.findings("二、专项情况\n“三公”经费预算12.50万元。实际支出10.20万元，结余3.30万元。", "balance")).isEmpty();
  }

  /** An item's amount with its budget and what is left in the parentheses after it: what was spent of that budget. */
  @Test
  void whatIsLeftInTheParenthesesOfAnItem() {
    String items = "二、资金使用\n其中：\n2.档案库房维护及安防运维28.50万元（预算30.00万元，执行率95.00%%，结余%s万元）；\n"
        + "3.档案征集与编研12.88万元（预算20.12万元，执行率64.02%%，结余7.24万元）。";
    assertThat(Check.findings(items.formatted("1.50"), "balance")).isEmpty();
    assertThat(Check.findings(items.formatted("2.50"), "balance")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("1.50万元");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("2.50万元", "30.00万元", "28.50万元");
    });
  }

  /** One part of what is left (年末结转结余748.31万元…，其中：…（结转142.50万元、结余25.67万元）) is not all that is left of the budget. */
  @Test
  void aPartOfWhatIsLeftIsNotAllOfIt() {
    String text = "四、结转结余情况\n年末结转结余%s万元（调整后预算4,946.80万元减全年支出4,198.49万元），其中：一般公共预算168.17万元（结转142.50万元、"
        + "结余25.67万元），政府性基金预算结转580.14万元。";
    assertThat(Check.findings(text.formatted("748.31"), "balance")).isEmpty();
    assertThat(Check.findings(text.formatted("748.31"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("758.31"), "breakdown.sum")).as("the parts still add up to the whole").hasSize(1);
  }

  /** What one cost left (除治费预算结余7.29万元) is no balance of the whole budget. */
  @Test
  void aCostsBalanceIsNotTheBudgets() {
    String text = "项目预算386.50万元，实际支出377.16万元，预算结余%s万元。问题：除治费预算结余7.29万元，预算编制精准度有待提高。";
    assertThat(Check.findings(text.formatted("9.34"), "balance")).isEmpty();
    assertThat(Check.findings(text.formatted("9.44"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("9.44万元"));
  }

  /** Additions named one right after another (省级追加…、县级追加…) all make the adjusted budget (a camellia-oil fund's 1,600 + 160 + 100). */
  @Test
  void additionsNamedOneAfterAnotherAllMakeTheAdjustedBudget() {
    String budget = "二、资金情况\n2024年年初预算安排专项资金1,600.00万元，其中中央财政林业改革发展资金900.00万元、省级油茶专项400.00万元、"
        + "县级配套300.00万元。年中省级追加160.00万元、县级追加100.00万元，调整后预算%s万元。";
    assertThat(Check.findings(budget.formatted("1,860.00"), "balance")).isEmpty();
    assertThat(Check.findings(budget.formatted("1,880.00"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("1,880.00万元"));
  }

  /** What the year cut named as general spending (调减一般性支出48.60万元) nets with what it added (a forestry bureau). */
  @Test
  void aCutOfGeneralSpendingBesideTheAddition() {
    String text = "（一）预算调整情况\n2023年年初部门预算2,186.40万元。年中上级追加中央林业改革发展资金312.00万元；按照县政府过紧日子要求调减一般性支出"
        + "48.60万元；调整后预算%s万元。";
    assertThat(Check.findings(text.formatted("2,449.80"), "balance")).isEmpty();
    assertThat(Check.findings(text.formatted("2,459.80"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("2449.80万元"));
  }

  /**
   * Every addition and cut between the budget and the adjusted budget nets into it, those listed with 、 after an addition too, and
   * not the breakdown of one in parentheses (a county bureau's 1,368.20 + 210.00 + 85.00 + 46.50 + 58.30 − 24.60).
   */
  @Test
  void everyAdditionAndCutBetweenTheBudgetAndTheAdjustedBudget() {
    String text = "（一）预算调整情况\n2024年部门年初预算1,368.20万元。年中上级追加中央资金210.00万元、省级资金85.00万元、市级资金46.50万元，"
        + "县级追加58.30万元（其中：基本支出26.80万元，项目支出31.50万元），压减县级一般性支出24.60万元，全年调整后预算%s万元。";
    assertThat(Check.findings(text.formatted("1,743.40"), "balance")).isEmpty();
    assertThat(Check.findings(text.formatted("1,753.40"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("1,753.40万元"));
  }

  /** Two additions with a cut between them, each in a clause of its own, all net into the adjusted budget (2,500 + 300 − 45 + 120). */
  @Test
  void twoAdditionsAndACutInSeparateClauses() {
    String text = "（一）预算调整情况\n2024年年初预算2,500.00万元，年中追加上级补助资金300.00万元，调减一般性支出45.00万元，追加县级配套资金"
        + "120.00万元，调整后预算%s万元。";
    assertThat(Check.findings(text.formatted("2,875.00"), "balance")).isEmpty();
    assertThat(Check.findings(text.formatted("2,885.00"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("2,885.00万元"));
  }

  /**
   * An addition and a cut in sentences of their own, then a source's amount as adjusted before the adjusted total (调整后财政拨款1,241.40万元，
   * 部门预算总额为1,309.40万元): the source's is none of the adjustments.
   */
  @Test
  void aSourcesAdjustedAmountBeforeTheAdjustedTotal() {
    String text = "（一）收入预算\n2023年年初预算1,286.40万元，按来源分：财政拨款1,218.40万元，事业收入52.00万元，使用上年结转资金16.00万元。\n"
        + "年度中间预算调整两次。一是5月追加预算68.00万元；二是8月调减公务用车购置预算45.00万元。两项调整均为财政拨款，调整后财政拨款1,241.40万元，"
        + "部门预算总额为%s万元。";
    assertThat(Check.findings(text.formatted("1,309.40"), "balance")).isEmpty();
    assertThat(Check.findings(text.formatted("1,319.40"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("1,319.40万元"));
  }

  /** Funds received into the project during the year (获得…激励奖补资金120.00万元，全部纳入本项目统筹使用) are an addition too. */
  @Test
  void fundsReceivedIntoTheProjectAreAnAddition() {
    String text = "（二）资金来源\n2024年年初预算安排河湖长制经费265.00万元，其中中央水利发展资金85.00万元、县级财政资金180.00万元。年度执行中，"
        + "一是6月获得省级河湖长制激励奖补资金120.00万元，全部纳入本项目统筹使用；二是县政府同意追加县级资金24.60万元。调整后预算为%s万元。";
    assertThat(Check.findings(text.formatted("409.60"), "balance")).isEmpty();
    assertThat(Check.findings(text.formatted("419.60"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("419.60万元"));
  }

  /** A sum of the adjustments stated beside them (预算调整金额合计465.00万元, what was added and cut) is not one more of them. */
  @Test
  void aSumOfTheAdjustmentsBesideThemIsNoMoreOfThem() {
    String text = "（一）预算调整情况\n2024年年初预算2,500.00万元，年中追加上级补助资金300.00万元，调减一般性支出45.00万元，追加县级配套资金"
        + "120.00万元，预算调整金额合计465.00万元，调整后预算%s万元。";
    assertThat(Check.findings(text.formatted("2,875.00"), "balance")).isEmpty();
    assertThat(Check.findings(text.formatted("2,885.00"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("2,885.00万元"));
    // the sum first, then what it sums: the additions and cuts after it, named so, are netted
    String sumFirst = "（一）预算调整情况\n2024年年初预算1286.40万元。预算调整金额合计92.40万元，其中追加80.00万元，调减12.40万元，"
        + "调整后预算为%s万元。";
    assertThat(Check.findings(sumFirst.formatted("1354.00"), "balance")).isEmpty();
    assertThat(Check.findings(sumFirst.formatted("1364.00"), "balance")).isNotEmpty();
  }

  /** What an addition was made of (追加预算412.30万元，其中：追加基本支出…) is not added again beside a cut. */
  @Test
  void anAdditionsPartsBesideACut() {
    String text = "2024年部门年初预算为3,268.45万元。年度执行中，追加预算412.30万元，其中：追加基本支出86.20万元（主要为调资），追加项目支出"
        + "326.10万元；调减项目支出58.75万元（会计人才培训项目压减）。调整后预算为%s万元，其中基本支出2,233.00万元，项目支出1,389.00万元。";
    assertThat(Check.findings(text.formatted("3,622.00"), "balance")).isEmpty();
    assertThat(Check.findings(text.formatted("3,632.00"), "balance")).hasSize(1);
  }

  /** The sum of the additions (共追加120.00万元) after each of them is not added again. */
  @Test
  void theSumOfTheAdditions() {
    String text = "年初下达预算660.00万元。2024年7月，上级追加中央应急防控资金95.50万元，县级追加配套资金24.50万元，共追加120.00万元，"
        + "比年初预算增加18.18%%。调整后预算为%s万元。";
    assertThat(Check.findings(text.formatted("780.00"), "balance")).isEmpty();
    assertThat(Check.findings(text.formatted("790.00"), "balance")).hasSize(1);
  }

  /**
   * Adjustments netted in words (三项增减相抵，净增加53.80万元), one of them named neither added nor cut (省发展改革委下达…52.00万元):
   * the budget and the net give the adjusted budget; an adjusted budget they do not give still flags.
   */
  @Test
  void adjustmentsNettedInWords() {
    String text = "2024年年初预算1,168.40万元。年度执行中共调整预算三次：一是省发展改革委下达重大项目前期工作经费52.00万元；二是县财政追加基本支出"
        + "20.30万元；三是相应调减县级预算18.50万元。三项增减相抵，净增加53.80万元，调整后预算为%s万元。全年实际支出1,202.19万元。\n"
        + "五、扣分说明\n1. 预算调整率扣1分。年中省级前期工作经费追加52.00万元，加之工资调整追加和信用平台子项调减，预算调整率达4.60%%。";
    assertThat(Check.findings(text.formatted("1,222.20"), "balance")).isEmpty();
    assertThat(Check.findings(text.formatted("1,232.20"), "balance")).hasSize(1);
  }

  /**
   * Where the adjustments stated one by one make the budget as adjusted, the adjustment the totals take from a later section (an
   * elderly health-check fund's 扣分说明) must be one of them or their net, and the one its words make their net (预算调整净增, a
   * disabled persons' federation's) their net.
   */
  @Test
  void anAdjustmentTheOnesStatedOneByOneDoNotBearOut() {
    String later = "（二）预算安排\n项目年初预算468.82万元。年中因体检人数超出任务数，县级追加体检服务费9.00万元，调整后预算为477.82万元。\n"
        + "五、扣分说明\n过程指标扣1分。县级追加资金%s万元于10月才下达，资金到位不够及时。";
    assertThat(Check.findings(later.formatted("9.00"), "balance")).isEmpty();
    assertThat(Check.findings(later.formatted("8.00"), "balance")).singleElement().satisfies(f -> {
      assertThat(f.stated()).isEqualTo("8.00万元");
      assertThat(f.expected()).isEqualTo("9.00万元");
    });
    String net = "（二）部门预算及调整情况\n2024年年初预算1,286.40万元。\n年度执行中预算调整净增%s万元：一是追加上级补助资金156.00万元；"
        + "二是县级追加改造资金28.50万元；三是压减一般性项目支出12.30万元。调整后预算为1,458.60万元。";
    assertThat(Check.findings(net.formatted("172.20"), "balance")).isEmpty();
    assertThat(Check.findings(net.formatted("272.20"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("172.20万元"));
  }

  /**
   * The year's funds in all against the amount before and the carry-over the words add to it: right before (a women's federation:
   * 434.30 plus 6.38), past a semicolon (herbal medicine: 800.00 plus 58.60), or the whole of the sentence before, whose last figure is
   * a part of it (a blood centre: 2,050.95 plus 62.80).
   */
  @Test
  void theYearsFundsWithTheCarryOver() {
    String women = "（二）预算调整\n2023年年初预算386.50万元；年中追加52.00万元，调减4.20万元。调整后预算434.30万元，加上年结转%s万元，全年预算资金合计%s万元。";
    assertThat(Check.findings(women.formatted("6.38", "440.68"), "balance")).isEmpty();
    assertThat(Check.findings(women.formatted("7.38", "440.68"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("441.68万元"));
    assertThat(Check.findings(women.formatted("6.38", "450.68"), "balance")).hasSize(1);
    String herbs = "2024年资金来源：省级下达中药材产业发展资金600.00万元，县级配套资金200.00万元，当年资金合计800.00万元；加上年结转58.60万元，"
        + "全年可用资金%s万元。";
    assertThat(Check.findings(herbs.formatted("858.60"), "balance")).isEmpty();
    assertThat(Check.findings(herbs.formatted("868.60"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("858.60万元"));
    String blood = "（四）收入情况。2024年血站本年收入%s万元，其中：财政拨款收入1,186.40万元，占57.85%%；事业收入846.20万元，占41.26%%；"
        + "其他收入18.35万元，占0.89%%。加上年初结转结余62.80万元，全年可用资金共计2,113.75万元。";
    assertThat(Check.findings(blood.formatted("2,050.95"), "balance")).isEmpty();
    assertThat(Check.findings(blood.formatted("2,060.95"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("2123.75万元"));
    // or where the carry-over is had besides (另有), the funds in all opening the next sentence (a weather bureau: 698.80 plus 42.16)
    String weather = "2023年年初预算612.50万元。年中因汛期和冰雹多发，县政府批准追加预算86.30万元，调整后本年预算%s万元。另有上年结转资金42.16万元，"
        + "主要为2022年未完成结算的区域自动气象站更新项目资金。全年可用资金合计740.96万元。";
    assertThat(Check.findings(weather.formatted("698.80"), "balance")).isEmpty();
    assertThat(Check.findings(weather.formatted("698.80").replace("42.16", "52.16"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("750.96万元"));
    // (but not funds of one source opening the next sentence)
    assertThat(Check.findings(weather.formatted("698.80").replace("42.16", "52.16").replace("全年可用资金合计", "县级资金"), "balance"))
        .isEmpty();
    // (not where a clause stands between the carry-over and the funds in all, nor two sentences back)
    assertThat(Check.findings(women.formatted("7.38", "440.68").replace("万元，全年", "万元，已全部到位，全年"), "balance")).isEmpty();
    assertThat(Check.findings(women.formatted("7.38", "440.68").replace("万元，加上", "万元。全年未再调整。加上"), "balance")).isEmpty();
  }

  /**
   * The net the words give of the moves netted against each other, against those moves (a notary office: 11.26 less 2.72; a trading
   * centre's three: 12.22 less 7.00 plus 6.00; awards to small firms: 60.00 less 90.00, a net cut).
   */
  @Test
  void theNetOfTheMovesNettedAgainstEachOther() {
    String notary = "年度执行中，预算作了两次调整：一是2024年7月，县财政追加人员经费%s万元，相当于年初预算的3.94%%；二是2024年10月，将未能在年内完成的"
        + "4,250卷扫描任务调至2025年实施，相应调减项目预算2.72万元。两项相抵，预算净增加%s万元，调整后预算为294.16万元。";
    assertThat(Check.findings(notary.formatted("11.26", "8.54"), "balance")).isEmpty();
    assertThat(Check.findings(notary.formatted("12.26", "8.54"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("9.54万元"));
    assertThat(Check.findings(notary.formatted("11.26", "9.54"), "balance")).hasSize(1);
    String trading = "年度执行中，预算调整了三次：一是落实事业单位工资政策追加人员经费12.22万元；二是电子交易平台运维服务经公开采购后合同价低于预算，"
        + "调减运维经费7.00万元；三是进场项目增加，追加评标专家劳务费6.00万元。三项增减相抵净增%s万元，调整后预算为543.22万元。";
    assertThat(Check.findings(trading.formatted("11.22"), "balance")).isEmpty();
    assertThat(Check.findings(trading.formatted("12.22"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("11.22万元"));
    String awards = "年度执行中，省工业和信息化厅追加省级资金%s万元；11月，县财政调减县级资金90.00万元。追减相抵，全年预算净减少30.00万元。";
    assertThat(Check.findings(awards.formatted("60.00"), "balance")).isEmpty();
    assertThat(Check.findings(awards.formatted("70.00"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("20.00万元"));
    // (not where a move is named otherwise: three counted, two seen; or three enumerated and two seen)
    String reform = "年度执行中共调整预算三次：一是省发展改革委下达重大项目前期工作经费52.00万元；二是县财政追加基本支出20.30万元；三是相应调减县级预算"
        + "18.50万元。三项增减相抵，净增加53.80万元。";
    assertThat(Check.findings(reform, "balance")).isEmpty();
    assertThat(Check.findings(reform.replace("三项增减相抵", "增减相抵"), "balance")).isEmpty();
    // (nor, with neither count nor list, where another amount stands among the moves)
    assertThat(Check.findings(awards.formatted("70.00").replace("11月，", "11月，按认定企业下达奖励资金40.00万元，"), "balance")).isEmpty();
  }

  /**
   * A sum of the additions the words give against the additions right before it, back to the budget (a government office: 120.00, 85.00
   * and 47.65), or to the sentences' start (two counted, a sentence before: a publicity department's 86.00 and 41.50).
   */
  @Test
  void theAdditionsSummed() {
    String office = "（三）预算收支情况。2023年年初预算2,365.80万元，年度执行中因应急值守系统升级追加120.00万元、12345热线坐席扩容追加85.00万元、"
        + "其他临时性工作追加%s万元，共追加252.65万元，调整后预算2,618.45万元。";
    assertThat(Check.findings(office.formatted("47.65"), "balance")).isEmpty();
    assertThat(Check.findings(office.formatted("57.65"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("262.65万元"));
    String publicity = "年度执行中，为迎接省级文明城市复查测评，县财政追加文明城市创建提升经费%s万元；为做好主题宣传，追加主题宣传活动经费41.50万元。"
        + "两项共追加财政拨款127.50万元，比年初预算增长10.21%%。";
    assertThat(Check.findings(publicity.formatted("86.00"), "balance")).isEmpty();
    assertThat(Check.findings(publicity.formatted("96.00"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("137.50万元"));
    // (not where an amount named otherwise stands before the additions, which may be one of them)
    String supplies = "对项目预算进行了调整：县应急管理局下达防汛救灾补助资金12.00万元，镇本级财政追加3.50万元，县级追加2.00万元，合计调增%s万元，"
        + "调整后预算83.50万元。";
    assertThat(Check.findings(supplies.formatted("17.50"), "balance")).isEmpty();
    // (nor where the words count more additions than stand before)
    assertThat(Check.findings(publicity.formatted("96.00").replace("两项共追加", "三项共追加"), "balance")).isEmpty();
  }

  /**
   * An item's amount after its move against its amount before and the one move of its sentence (a labour arbitration court: 8.00 less
   * 6.40; a disability fund: 109.70 plus 28.30, the move named right after its amount; a forest fire fund: 136.00 plus 24.50).
   */
  @Test
  void anItemMovedFromTo() {
    String court = "（二）预算调整。经县财政局批准，仲裁信息化建设经费调减6.40万元，由8.00万元调减为%s万元，仅保留平台接入调试费用。";
    assertThat(Check.findings(court.formatted("1.60"), "balance")).isEmpty();
    assertThat(Check.findings(court.formatted("2.60"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("1.60万元"));
    String disabled = "年中，经县财政局批准，将上年结转资金%s万元追加用于残疾人灵活就业社会保险补贴，该项预算由109.70万元调整为138.00万元，"
        + "全年调整后预算为354.80万元。";
    assertThat(Check.findings(disabled.formatted("28.30"), "balance")).isEmpty();
    assertThat(Check.findings(disabled.formatted("29.30"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("139.00万元"));
    String fire = "春季防火形势严峻，县政府于4月追加县级资金24.50万元，县级资金由%s万元调增至160.50万元，调整后预算为410.50万元。";
    assertThat(Check.findings(fire.formatted("136.00"), "balance")).isEmpty();
    assertThat(Check.findings(fire.formatted("146.00"), "balance")).hasSize(1);
    // (not where the sentence states two moves)
    assertThat(Check.findings(fire.formatted("146.00").replace("24.50万元，", "24.50万元、调减市级资金5.00万元，"), "balance")).isEmpty();
    // (two figures read from one span, 座均1.52万元 as an amount and as an average, are no move from one to the other)
    assertThat(Check.findings("监测设施运行维护10.40万元，占6.58%，按每座水库0.80万元的标准安排；安全鉴定6.08万元，占3.84%，共四座，座均1.52万元。",
        "balance")).isEmpty();
  }

  /**
   * What is left against the parts the words list of it, each named left: in an aside right after it (an agricultural technology
   * centre: 3.75 and 2.84), after 其中 opening the next sentence (a forest tending subsidy: 18.00 and 2.52, past what was spent), in a
   * next sentence that speaks of what is left (an agricultural town: 31.35 and 20.00), or opening the clause after it, where the list
   * after the sentence's own 其中 is a part's (a nature reserve: the county's 6.73 of 1.00 and 5.73, not the whole 6.73's).
   */
  @Test
  void whatIsLeftAgainstItsParts() {
    String centre = "1. 基本支出719.86万元，执行率99.09%%，结余%s万元（人员经费结余3.75万元，公用经费结余2.84万元），其中：";
    assertThat(Check.findings(centre.formatted("6.59"), "balance")).isEmpty();
    assertThat(Check.findings(centre.formatted("7.59"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("6.59万元"));
    String forest = "截至2023年12月31日，抚育补贴实际支出1,185.48万元，预算执行率98.30%%，结余%s万元。其中：中央资金支出1,032.00万元，执行率98.29%%，"
        + "结余18.00万元，已报省级收回统筹；省级资金120.00万元全部支出；县级工作经费支出33.48万元，执行率93.00%%，结余2.52万元。";
    assertThat(Check.findings(forest.formatted("20.52"), "balance")).isEmpty();
    assertThat(Check.findings(forest.formatted("21.52"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("20.52万元"));
    String town = "截至2023年12月31日，强镇项目财政资金实际支出1,248.65万元，预算执行率96.05%%，结余%s万元。结余资金主要来自招投标节约和部分子项目"
        + "据实结算后的减少，其中中央资金结余31.35万元已按规定由县财政收回统筹使用，县级资金结余20.00万元已交回县级国库。";
    assertThat(Check.findings(town.formatted("51.35"), "balance")).isEmpty();
    assertThat(Check.findings(town.formatted("52.35"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("51.35万元"));
    String reserve = "2024年管护经费实际支出233.27万元，预算执行率为97.20%%，结余6.73万元。其中省级资金170.00万元全部支出；县级资金支出63.27万元，"
        + "执行率90.39%%，结余6.73万元，其中防火隔离带少维护2公里，按每公里5,000元计结余%s万元，管护站维修经政府采购后合同价低于预算，节约5.73万元。";
    assertThat(Check.findings(reserve.formatted("1.00"), "balance")).isEmpty();
    assertThat(Check.findings(reserve.formatted("2.00"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("7.73万元"));
    // (not where a part is carried over, nor the balance with the carry-over)
    assertThat(Check.findings("全年结余10.00万元，其中：中央资金结余3.00万元，县级资金结余2.00万元，项目资金结转5.00万元。", "balance")).isEmpty();
    assertThat(Check.findings("年末结转结余10.00万元，其中：中央资金结余3.00万元，县级资金结余2.00万元。", "balance")).isEmpty();
    // (nor where the list is of some parts only: their sum and share of the whole, a township's two projects of its 107.11)
    assertThat(Check.findings("全年形成结余资金107.11万元，其中镇区污水管网改造项目结余27.14万元、茶叶产业园配套设施项目结余32.16万元，两个项目合计"
        + "59.30万元，占结余资金的55.36%。", "balance")).isEmpty();
  }

  /**
   * The net of the year's moves where the words count them but name it otherwise: the adjusted budget's change from the year's start (a
   * staffing office: 18.60 less 4.20), or a net before a colon and the moves enumerated after it, one given the unit (下达) an addition by
   * the count (a detention centre: 23.85, 12.00 and 28.00 less 2.00).
   */
  @Test
  void theNetOfTheCountedMoves() {
    String staffing = "年度执行中预算调整两项：一是因事业单位重塑性改革和乡镇机构编制调整工作需要，县财政追加项目支出%s万元；二是1名行政人员于2024年7月调出，"
        + "相应调减人员经费4.20万元。调整后预算为300.80万元，比年初增加14.40万元，其中基本支出222.65万元，项目支出78.15万元。";
    assertThat(Check.findings(staffing.formatted("18.60"), "balance")).isEmpty();
    assertThat(Check.findings(staffing.formatted("19.60"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("15.40万元"));
    String detention = "年度执行中预算调整四次，净增加61.85万元：一是因调整工资标准和落实年度绩效奖励，追加人员经费23.85万元；二是因羁押人数增加，追加在押人员"
        + "伙食费12.00万元；三是省财政厅下达省级政法补助资金%s万元，专项用于监区视频监控系统高清化改造；四是因押解车辆更新计划推迟，调减押解车辆运行及提解"
        + "经费2.00万元。";
    assertThat(Check.findings(detention.formatted("28.00"), "balance")).isEmpty();
    assertThat(Check.findings(detention.formatted("38.00"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("71.85万元"));
    // (not where the count and the moves enumerated differ, nor the change from the start without a count)
    assertThat(Check.findings(detention.formatted("38.00").replace("调整四次", "调整五次"), "balance")).isEmpty();
    assertThat(Check.findings(staffing.formatted("19.60").replace("预算调整两项：", "预算调整如下："), "balance")).isEmpty();
  }

  /**
   * A level's funds after the move against its funds before and the move the words name all that level's (a cultural station: 69.40 plus
   * 8.32).
   */
  @Test
  void aLevelsFundsAfterTheMoveNamedItsOwn() {
    String station = "2024年年初预算86.40万元。年中因实施农家书屋图书更新，县财政追加预算8.32万元，调整后预算为94.72万元。按资金来源分，年初预算中中央补助资金"
        + "12.00万元、省级资金5.00万元、县级资金%s万元；追加的8.32万元全部为县级资金，调整后县级资金为77.72万元。";
    assertThat(Check.findings(station.formatted("69.40"), "balance")).isEmpty();
    assertThat(Check.findings(station.formatted("70.40"), "balance")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("78.72万元"));
    // (not where the move is named another level's)
    assertThat(Check.findings(station.formatted("70.40").replace("全部为县级资金", "全部为省级资金"), "balance")).isEmpty();
  }
}
