package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamedShareRuleTest {
  private static final String ACCOUNTS = """
      三、支出决算情况说明
      本年支出合计3498.26万元，其中：基本支出1024.58万元，占29.29%%；项目支出2473.68万元，占70.71%%。
      四、财政拨款支出决算情况说明
      2023年度财政拨款支出3372.01万元，占本年支出合计的%s。
      """;

  /** 3372.01 of the 3498.26万元 stated as 本年支出合计 is 96.39%. */
  @Test
  void aShareOfATotalStatedUnderItsName() {
    assertThat(Check.findings(ACCOUNTS.formatted("96.39%"), "share.named")).isEmpty();
    assertThat(Check.findings(ACCOUNTS.formatted("97.39%"), "share.named")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("96.39%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("97.39%", "3372.01万元", "3498.26万元");
    });
  }

  /** A total the report states under no such name, or the one the amount is a part of, is not this rule's. */
  /** Shares listed in turn after the amounts listed in turn go with them in order: the first is not the last amount's. */
  @Test
  void sharesListedInTurnAfterTheirAmounts() {
    String text = "储备经费调整后预算为312.00万元。调整后省级、市级、县级资金分别为120.00万元、60.00万元、132.00万元，占调整后预算的38.46%、19.23%、42.31%。";
    assertThat(Check.findings(text, "share.named")).isEmpty();
    assertThat(Check.findings("储备经费调整后预算为312.00万元。县级资金132.00万元，占调整后预算的38.46%。", "share.named")).hasSize(1);
  }

  @Test
  void whatIsNoNamedTotal() {
    assertThat(Check.findings(ACCOUNTS.formatted("97.39%").replace("占本年支出合计的", "占部门预算的"), "share.named")).isEmpty();
    assertThat(Check.findings("本年支出合计3498.26万元，其中：基本支出1024.58万元，占本年支出合计的30.29%。", "share.named")).isEmpty();
    // a township's report states the sentence twice: the total right before the share is not what it is a share of
    String twice = "自评项目总金额共计3232.37万元，财政支出总金额5187.78万元，占财政支出总金额62.31%。";
    assertThat(Check.findings("一、概况\n" + twice + "\n二、结论\n" + twice, "share.named")).isEmpty();
  }

  /** A share after parentheses is of the amount before them, not of the last inside (a disabled persons' federation). */
  @Test
  void aShareAfterAnAside() {
    String basic = "二、预算执行\n基本支出321.84万元，执行率99.30%%。\n三、支出结构\n其中人员经费%s万元（工资福利支出246.37万元、对个人和家庭的补助33.75万元），"
        + "占基本支出的87.04%%。";
    assertThat(Check.findings(basic.formatted("280.12"), "share.named")).isEmpty();
    assertThat(Check.findings(basic.formatted("290.12"), "share.named")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("90.14%");
      assertThat(f.evidence()).extracting(e -> e.quote()).contains("290.12万元", "321.84万元");
    });
  }

  /** The total stated for the whole year (全年政府采购总额) is the one its share names without the year's words. */
  @Test
  void aNameWithoutTheYearsWords() {
    String purchases = "三、政府采购情况\n全年政府采购总额486.50万元，其中：货物类216.30万元，服务类270.20万元。授予中小企业合同金额412.00万元，占政府采购总额的%s。";
    assertThat(Check.findings(purchases.formatted("84.69%"), "share.named")).isEmpty();
    assertThat(Check.findings(purchases.formatted("90.62%"), "share.named")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("84.69%"));
    assertThat(Check.findings(purchases.formatted("90.62%").replace("全年政府采购总额", "上年政府采购总额"), "share.named"))
        .as("another year's").isEmpty();
  }

  /** The total's label may say what it is of before the name the share gives it: 工程合同金额 for 占合同金额的. */
  @Test
  void aNameWithWordsOfWhatItIsOf() {
    String works = "一、项目概况\n工程合同金额1200.00万元。\n二、资金情况\n已支付工程进度款960.00万元，占合同金额的%s。";
    assertThat(Check.findings(works.formatted("80.00%"), "share.named")).isEmpty();
    assertThat(Check.findings(works.formatted("85.60%"), "share.named")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("80.00%"));
    assertThat(Check.findings(works.replace("工程合同金额1200.00万元。", "工程合同金额1200.00万元，监理合同金额30.00万元。")
        .formatted("85.60%"), "share.named")).as("two amounts end so").isEmpty();
    assertThat(Check.findings(works.replace("工程合同金额", "变更后合同金额").formatted("85.60%"), "share.named"))
        .as("another's").isEmpty();
  }

  /** An amount stated as a share of another it names with 为 (为结算价的95.00%); a budget's share is spending.rate's. */
  @Test
  void anAmountAsAShareOfAnotherNamedWithWei() {
    String works = "二、资金使用情况\n工程施工合同金额1,180.00万元，经审计结算价为1,152.60万元。截至2024年12月31日，已支付工程款1,094.97万元，为结算价的%s。";
    assertThat(Check.findings(works.formatted("95.00%"), "share.named")).isEmpty();
    assertThat(Check.findings(works.formatted("96.00%"), "share.named")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("95.00%");
      assertThat(f.message()).contains("报告写的是96.00%");
    });
    assertThat(Check.findings("二、资金\n年初预算100.00万元。实际支出90.00万元，为年初预算的95.00%。", "share.named")).as("spending.rate's").isEmpty();
  }

  /** An amount reckoned as a share of a total it names (质保金按合同金额的5%预留，计60.00万元); 5% stands for 4.5–5.5%. */
  @Test
  void anAmountReckonedByAShareOfANamedTotal() {
    String retention = "一、项目概况\n工程合同金额1200.00万元，质保金按合同金额的5%%预留，计%s万元。";
    assertThat(Check.findings(retention.formatted("60.00"), "share.named")).isEmpty();
    assertThat(Check.findings(retention.formatted("64.00"), "share.named")).as("within 4.5–5.5%").isEmpty();
    assertThat(Check.findings(retention.formatted("70.00"), "share.named")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("60万元");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("70.00万元", "5%", "1200.00万元");
    });
    assertThat(Check.findings("一、项目概况\n质保金按合同金额的5%预留，计70.00万元。", "share.named")).as("no 合同金额 stated").isEmpty();
  }

  /** A share naming both its amount and its total, each stated before under its name (a works' special bonds). */
  @Test
  void aShareNamingItsAmountAndItsTotal() {
    String bonds = "一、项目基本情况\n项目总投资12800.00万元，其中：专项债券资金9000.00万元，县级财政资金1800.00万元。专项债券资金占项目总投资的%s。";
    assertThat(Check.findings(bonds.formatted("70.31%"), "share.named")).isEmpty();
    assertThat(Check.findings(bonds.formatted("75.23%"), "share.named")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("70.31%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("75.23%", "9000.00万元", "12800.00万元");
    });
    assertThat(Check.findings(bonds.formatted("75.23%").replace("占项目总投资", "占项目总概算"), "share.named")).as("no 项目总概算 stated").isEmpty();
  }

  /** A share naming its total by the head of the total's label (占保费的 for 全年保费收入). */
  @Test
  void aTotalNamedWithoutItsWholeWord() {
    String premium = "二、保费及分担情况\n全年保费收入3687.60万元。各级财政补贴合计2950.08万元，占保费的%s。";
    assertThat(Check.findings(premium.formatted("80%"), "share.named")).isEmpty();
    assertThat(Check.findings(premium.formatted("86%"), "share.named")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("80.00%"));
  }

  /**
   * 占全年支出的 is of the 全年支出合计 the report states, though one of its budgets' 全年支出 comes nearer: a department that goes
   * through its budgets one by one.
   */
  @Test
  void aShareOfTheTotalSummedUp() {
    String text = "（一）一般公共预算。全年支出2,958.63万元。\n（二）政府性基金预算。全年支出1,239.86万元。\n（三）总体执行情况。全年支出合计4,198.49万元。\n"
        + "3.四季度集中支出：四季度支出1,638.45万元，占全年支出的%s。";
    assertThat(Check.findings(text.formatted("39.0%"), "share.named")).isEmpty();
    assertThat(Check.findings(text.formatted("41.0%"), "share.named")).singleElement()
        .satisfies(f -> assertThat(f.expected()).startsWith("39.0"));
  }

  /** A share after the balance of an amount that fits the amount (…20.10万元，执行率85.17%，结余3.50万元，占项目支出的18.55%). */
  @Test
  void aShareAfterTheBalanceOfAnAmount() {
    String text = "项目支出108.36万元，其中：\n（1）渠道维修52.26万元；\n（2）山塘清淤24.00万元；\n（3）巡查员补助12.00万元；\n"
        + "（4）防汛抢险20.10万元，执行率85.17%%，结余3.50万元，占项目支出的%s%%。\n";
    assertThat(Check.findings(text.formatted("18.55"), "share.named")).isEmpty();
    assertThat(Check.findings(text.formatted("3.23"), "share.named")).isEmpty();
    assertThat(Check.findings(text.formatted("19.55"), "share.named")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("3.23%"));
  }

  /** A table's share of a column (占调整后预算比重) is of its row's cell in that column, not of the row's first amount. */
  @Test
  void aTablesShareOfAColumn() {
    String text = "（二）资金来源及预算安排。项目年初预算680.00万元，县级财政配套资金180.00万元；年中追加45.60万元，调整后预算725.60万元。\n"
        + "表1 项目资金来源构成表（单位：万元）\n资金来源\t年初预算\t年中追加\t调整后预算\t占调整后预算比重\n"
        + "中央水利发展资金\t300.00\t0.00\t300.00\t41.35%%\n省级水利专项资金\t200.00\t0.00\t200.00\t27.56%%\n"
        + "县级财政配套资金\t180.00\t45.60\t225.60\t%s%%\n合计\t680.00\t45.60\t725.60\t100.00%%\n";
    assertThat(Check.findings(text.formatted("31.09"), "share.named")).isEmpty();
    assertThat(Check.findings(text.formatted("33.09"), "share.named")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("31.09%"));
  }
  /** A share of the year alone (第四季度支出194.61万元，占全年的31.67%) names no amount: not a table's cell that has no label. */
  @Test
  void aShareOfTheYearAloneNamesNoAmount() {
    String text = "二、支出进度\n| 季度 | 当季支出 | 累计支出 |\n| 第三季度 | 139.05 | 419.89 |\n| 第四季度 | 194.61 | 614.50 |\n"
        + "3．权籍调查补充测绘：支出278,400元（27.84万元）。\n从表2看，第四季度支出194.61万元，占全年的31.67%，支出进度前慢后快。";
    assertThat(Check.findings(text, "share.named")).isEmpty();
    String half = "二、支出情况\n8．分站运行补助：实际运行40站·月，支出680,000元。\n"
        + "（四）资金管理。全年实际支出8,297,200元。从支出进度看，上半年支出2,436,800元，占全年支出的29.37%；下半年支出5,860,400元。";
    assertThat(Check.findings(half, "share.named")).as("the year's spending, not an amount labelled 支出").isEmpty();
  }

  /** A table row's share of its column (占成交金额比重) is of the column's 合计 row, not of the last 成交金额 the words above state. */
  @Test
  void aRowsShareOfItsColumnsSumRow() {
    String text = """
        成交金额45.46亿元。分类型看：工程建设项目412宗，成交金额38.64亿元，占85.00%%；政府采购项目596宗，成交金额6.82亿元，占15.00%%。
        表1 2024年度进场交易情况
        交易类型\t宗数（宗）\t成交金额（亿元）\t占成交金额比重
        工程建设项目\t412\t38.64\t%s
        政府采购项目\t596\t6.82\t15.00%%
        合计\t1,008\t45.46\t100.00%%
        """;
    assertThat(Check.findings(text.formatted("85.00%"), "share.named")).isEmpty();
  }

  /** A share after a rate per unit (…共298.80万元，折合每平方米每月5.32元，占项目支出的42.15%) is of the amount before the rate. */
  @Test
  void aSharePastARatePerUnit() {
    String text = "项目支出708.87万元。\n1.行政中心物业管理服务298.80万元。合同价每月24.90万元，全年12个月共298.80万元，折合每平方米每月5.32元，"
        + "占项目支出的%s。";
    assertThat(Check.findings(text.formatted("42.15%"), "share.named")).isEmpty();
    assertThat(Check.findings(text.formatted("45.15%"), "share.named")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("42.15%"));
  }

  /**
   * A share of the whole its part is listed under, named as the budget beside it is (1. 基本支出。全年支出743.86万元…其中：人员经费619.52万元，
   * 占基本支出的83.28%, after 基本支出747.10万元 budgeted): of the spending; a share neither gives still flags.
   */
  @Test
  void aShareOfTheWholeThePartIsListedUnder() {
    String text = "调整后，基本支出747.10万元、项目支出475.10万元。\n1. 基本支出。全年支出743.86万元，占总支出的61.88%%。其中：人员经费619.52万元，"
        + "占基本支出的%s%%；公用经费124.34万元，占基本支出的16.72%%。";
    assertThat(Check.findings(text.formatted("83.28"), "share.named")).isEmpty();
    assertThat(Check.findings(text.formatted("84.28"), "share.named")).hasSize(1);
  }

  /**
   * A share naming its amount by a shortening of the amount's name (中央资金 for 中央林业改革发展资金, the last two characters whole)
   * is of that amount, where one amount on its line is so named (an ancient trees project's central funds); none, where two are.
   */
  @Test
  void anAmountNamedByAShorteningOfItsName() {
    String budget = "一、资金来源\n项目年初预算186.00万元（其中：中央林业改革发展资金80.00万元，省级林业专项资金60.00万元，县级财政资金46.00万元），"
        + "中央资金占年初预算的%s。";
    assertThat(Check.findings(budget.formatted("43.01%"), "share.named")).isEmpty();
    assertThat(Check.findings(budget.formatted("43.02%"), "share.named")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("43.01%"));
    String two = "一、资金来源\n项目年初预算186.00万元（其中：中央林业改革发展资金80.00万元，中央财政专项资金60.00万元，县级财政资金46.00万元），"
        + "中央资金占年初预算的43.02%。";
    assertThat(Check.findings(two, "share.named")).isEmpty();
  }

  /**
   * A share whose amount's name refers back to a change of the budget (追加额, 调减额) is of the one amount on its line named for that
   * change (a community centre's addition); none where two are.
   */
  @Test
  void anAmountReferredBackToAsTheChange() {
    String added = "一、资金\n项目年初预算480.00万元。年中经县政府同意追加县级资金36.00万元，追加额占年初预算的%s，调整后预算为516.00万元。";
    assertThat(Check.findings(added.formatted("7.50%"), "share.named")).isEmpty();
    assertThat(Check.findings(added.formatted("7.51%"), "share.named")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("7.50%"));
    String twice = "一、资金\n项目年初预算480.00万元。年中追加县级资金36.00万元、追加省级资金20.00万元，追加额占年初预算的7.51%。";
    assertThat(Check.findings(twice, "share.named")).isEmpty();
  }

  private static final String PARKS = "停车场项目年初预算2,100.00万元，其中：省级城镇基础设施建设补助资金600.00万元，市级配套资金200.00万元，县级财政资金1,300.00万元。"
      + "2024年7月，经县人民政府批准追加县级资金286.00万元，调整后预算为二千三百八十六万元（2,386.00万元）。调整后，省级资金占%s，市级资金占8.38%%，"
      + "县级资金1,586.00万元、占%s。";

  /**
   * A level's share after 调整后 is of the adjusted budget (a car parks project): the level's amount stated right before it, or
   * the one stated for the level before the adjustment when the adjustment named another level.
   */
  @Test
  void aLevelsShareOfTheAdjustedBudget() {
    assertThat(Check.findings(PARKS.formatted("25.15%", "66.47%"), "share.named")).isEmpty();
    assertThat(Check.findings(PARKS.formatted("26.15%", "66.47%"), "share.named")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("25.15%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("26.15%", "600.00万元", "2,386.00万元");
    });
    assertThat(Check.findings(PARKS.formatted("25.15%", "67.47%"), "share.named")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("66.47%"));
  }

  /** An addition naming the level, or naming none, leaves the level's amount unknown, unless it is restated after (a reserve). */
  @Test
  void aLevelsAmountTheAdjustmentChanged() {
    String reserve = "年初预算220.00万元，其中：省级林业改革发展资金（自然保护地补助）150.00万元，县级财政安排70.00万元。8月，省林业局追加下达森林防火补助资金"
        + "20.00万元%s。调整后预算240.00万元，省级资金占%s，县级资金占29.17%%。";
    assertThat(Check.findings(reserve.formatted("", "62.50%"), "share.named")).isEmpty();
    assertThat(Check.findings(reserve.formatted("，省级资金调整为一百七十万元（170.00万元）", "70.83%"), "share.named")).isEmpty();
    assertThat(Check.findings(reserve.formatted("，省级资金调整为一百七十万元（170.00万元）", "62.50%"), "share.named")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("70.83%"));
    assertThat(Check.findings(reserve.formatted("", "62.50%").replace("29.17%", "39.17%"), "share.named")).singleElement()
        .as("the county's, the addition being the province's").satisfies(f -> assertThat(f.expected()).isEqualTo("29.17%"));
  }

  /** Levels named in turn before their shares, or in a list after 占比 (a newborn screening project, a television project). */
  @Test
  void levelsSharesListed() {
    String screening = "本项目年初预算120.00万元，资金来源为：中央转移支付52.00万元、省级补助28.00万元、县级配套40.00万元。8月，追加县级资金6.00万元，"
        + "项目调整后预算126.00万元。调整后预算中，中央、省级、县级资金分别占41.27%%、%s、36.51%%。";
    assertThat(Check.findings(screening.formatted("22.22%"), "share.named")).isEmpty();
    assertThat(Check.findings(screening.formatted("22.32%"), "share.named")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("22.22%"));
    String tv = "项目年初预算240.00万元，其中中央补助资金160.00万元、省级补助资金48.00万元、县级配套资金32.00万元。县财政追加县级资金9.60万元，调整后预算"
        + "249.60万元。调整后各级资金占比：中央64.10%%、省级%s。";
    assertThat(Check.findings(tv.formatted("19.23%"), "share.named")).isEmpty();
    assertThat(Check.findings(tv.formatted("19.32%"), "share.named")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("19.23%"));
  }

  /**
   * Shares that say only that they are ones after one that names its total, each after its amount, are of that total too (a tuberculosis
   * project): but not where the first is not of the total found under its name.
   */
  @Test
  void sharesAfterOneNamingItsTotal() {
    String tb = "本项目年初预算150.00万元，由三部分构成：中央补助资金86.00万元（以下简称“中央资金”），占年初预算的%s；省级结核病防治补助资金24.00万元，"
        + "占%s；县级财政配套资金40.00万元，占26.67%%。";
    assertThat(Check.findings(tb.formatted("57.33%", "16.00%"), "share.named")).isEmpty();
    assertThat(Check.findings(tb.formatted("57.33%", "16.01%"), "share.named")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("16.00%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("16.01%", "24.00万元", "150.00万元");
    });
    assertThat(Check.findings(tb.formatted("67.33%", "16.01%"), "share.named")).as("the first off: only it flagged")
        .singleElement().satisfies(f -> assertThat(f.stated()).isEqualTo("67.33%"));
  }

  /**
   * A share of all that was spent (占总支出的) is of the spending the report states as the unit's or the project's whole before it (a
   * united front department, a farmers' training project), with the items' shares after it.
   */
  @Test
  void aShareOfAllThatWasSpent() {
    String department = "2024年部门实际支出516.01万元，预算执行率97.77%%，年末结余11.79万元。其中：基本支出327.52万元，占总支出的%s，执行率99.49%%。";
    assertThat(Check.findings(department.formatted("63.47%"), "share.named")).isEmpty();
    assertThat(Check.findings(department.formatted("63.57%"), "share.named")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("63.47%"));
    assertThat(Check.findings(department.replace("部门实际支出", "县级资金实际支出").formatted("63.57%"), "share.named")).as("a level's")
        .isEmpty();
    String training = "项目实际支出2,067,600元，结余32,400元。支出构成如下：培训费1,806,000元，占总支出的87.35%%；跟踪指导服务费52,800元，占%s。";
    assertThat(Check.findings(training.formatted("2.55%"), "share.named")).isEmpty();
    assertThat(Check.findings(training.formatted("2.56%"), "share.named")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("2.55%"));
  }

  /**
   * Shares given in turn of a whole they name (分别占调整后预算的): each amount over the whole stated under that name, which a slip in an
   * amount the pairs alone cannot show (246万元 at 40.16% and 185万元 at 30.33% imply totals within each other's rounding).
   */
  @Test
  void sharesInTurnOfANamedWhole() {
    String text = "（二）资金来源。年初预算585万元，年中省级追加25万元，调整后预算610万元。其中：中央补助%s万元，省级补助180万元（含年中追加），"
        + "县级配套185万元，分别占调整后预算的%s、29.51%%和30.33%%。";
    assertThat(Check.findings(text.formatted("245", "40.16%"), "share.named")).isEmpty();
    assertThat(Check.findings(text.formatted("246", "40.16%"), "share.named")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("40.33%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("40.16%", "246万元", "610万元");
    });
    // one slip, one finding: the pairs are left to the named whole
    var all = Check.report(text.formatted("245", "42.16%")).findings();
    assertThat(all).extracting(f -> f.rule()).contains("share.named").doesNotContain("share.pairs");
    // a whole the most pairs miss is not the one meant: the pairs alone are read
    String other = "（二）资金来源。调整后预算700万元。中央补助245万元，省级补助180万元，县级配套185万元，分别占调整后预算的40.16%、29.51%和30.33%。";
    assertThat(Check.findings(other, "share.named")).isEmpty();
  }

  /**
   * A share naming its amount and a whole by its kind, which the report states under no such name (a legal aid centre, a relief
   * fund): all that was spent is the spending stated as the whole; all the funds are the whole the amount is listed under.
   */
  @Test
  void aShareOfAWholeNamedByItsKind() {
    String aid = "全年实际支出1,338,000元，其中：办案补贴%s元，乡镇法律援助工作站运行经费96,000元，律师异地办案差旅补贴54,300元，"
        + "宣传资料印制和业务培训费38,500元。办案补贴占总支出的85.89%%，是项目支出的主体。";
    assertThat(Check.findings(aid.formatted("1,149,200"), "share.named")).isEmpty();
    assertThat(Check.findings(aid.formatted("1,159,200"), "share.named")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("86.64%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("85.89%", "1,159,200元", "1,338,000元");
    });
    String relief = "2024年共下达救助资金3,520.00万元，其中：中央财政补助2,460.00万元，省级财政补助680.00万元，县级财政配套380.00万元。"
        + "中央补助占全部资金的%s。";
    assertThat(Check.findings(relief.formatted("69.89%"), "share.named")).isEmpty();
    assertThat(Check.findings(relief.formatted("68.89%"), "share.named")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("69.89%"));
    assertThat(Check.findings(relief.replace("，其中：", "。").formatted("68.89%"), "share.named")).as("not listed under a whole")
        .isEmpty();
  }

  /**
   * A share naming its amount alone (项目支出占42.01%) is of the whole the share before it in its statement names, or of the whole its
   * amount is listed under in its sentence (a township's spending, a village's collective assets).
   */
  @Test
  void aShareNamingItsAmountAlone() {
    String township = "全年支出2,099.17万元，其中基本支出1,217.52万元，项目支出881.65万元。基本支出占总支出的58.00%%，项目支出占%s。";
    assertThat(Check.findings(township.formatted("42.00%"), "share.named")).isEmpty();
    assertThat(Check.findings(township.formatted("42.10%"), "share.named")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("42.00%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("42.10%", "881.65万元", "2,099.17万元");
    });
    String assets = "清查核实集体资产总额18.63亿元，其中经营性资产6.42亿元、非经营性资产12.21亿元，经营性资产占%s。";
    assertThat(Check.findings(assets.formatted("34.46%"), "share.named")).isEmpty();
    assertThat(Check.findings(assets.formatted("34.56%"), "share.named")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("34.46%"));
    assertThat(Check.findings("资产总额18.63亿元，其中经营性资产6.42亿元。非经营性资产12.21亿元。经营性资产占34.56%。", "share.named"))
        .as("no whole in the share's sentence").isEmpty();
  }

  /**
   * Shares given in turn to the amounts their names name (中央、省级、县级资金支出分别占总支出的), stated before among other figures (a
   * martyrs' memorials project, a maternal and child hospital, a government affairs centre's 上年结转 for 上年结转资金).
   */
  @Test
  void sharesInTurnOfNamedAmounts() {
    String memorials = "全年实际支出255.46万元。按资金来源分：中央资金支出120.00万元、省级资金支出%s万元，均全部支出；县级资金支出90.46万元，县级资金执行率"
        + "92.49%%。中央、省级、县级资金支出分别占总支出的46.97%%、17.62%%、35.41%%。";
    assertThat(Check.findings(memorials.formatted("45.00"), "share.named")).isEmpty();
    assertThat(Check.findings(memorials.formatted("46.00"), "share.named")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("18.01%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("17.62%", "46.00万元", "255.46万元");
    });
    String hospital = "支出合计7,677.20万元。其中：基本支出5,380.93万元，增长4.44%%，人员经费4,362.18万元，增长6.25%%，公用经费1,018.75万元；"
        + "项目支出2,296.27万元，增长7.01%%。人员经费、公用经费和项目支出分别占支出合计的56.82%%、13.27%%和%s。";
    assertThat(Check.findings(hospital.formatted("29.91%"), "share.named")).isEmpty();
    assertThat(Check.findings(hospital.formatted("29.81%"), "share.named")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("29.91%"));
    String centre = "部门预算总额为1,309.40万元。调整后财政拨款1,241.40万元，事业收入52.00万元，上年结转资金16.00万元。调整后财政拨款、事业收入、"
        + "上年结转分别占预算总额的%s、3.97%%和1.22%%。";
    assertThat(Check.findings(centre.formatted("94.81%"), "share.named")).isEmpty();
    assertThat(Check.findings(centre.formatted("94.91%"), "share.named")).hasSize(1);
    // names without an amount of their own, or a whole the shares mostly miss, are not read
    assertThat(Check.findings(centre.replace("事业收入52.00万元，", "").formatted("94.91%"), "share.named")).isEmpty();
    assertThat(Check.findings(centre.replace("1,309.40", "1,409.40").formatted("94.81%"), "share.named")).isEmpty();
  }
}
