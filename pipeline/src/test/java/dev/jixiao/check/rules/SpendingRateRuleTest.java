package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpendingRateRuleTest {
  /**
   * The 三公经费's budget, its spending and their rate in one sentence: 8.00 of 10.00 is 80%, not
   * 85% (written 8 and 10, they could be 7.5 and 10.5 or 8.5 and 9.5: anything from 71% to 89%).
   */
  @Test
  void aRateThatItsSpendingAndBudgetDoNotGive() {
    String sentence = "二、三公经费\n“三公”经费预算数为10.00万元，实际支出8.00万元，执行率为%s。\n";
    assertThat(Check.findings(sentence.formatted("80%"), "spending.rate")).isEmpty();
    assertThat(Check.findings("“三公”经费预算数为10万元，实际支出8万元，执行率为85%。", "spending.rate")).isEmpty();
    assertThat(Check.findings(sentence.formatted("85%"), "spending.rate")).singleElement().satisfies(f -> {
      assertThat(f.stated()).isEqualTo("85%");
      assertThat(f.expected()).isEqualTo("80.00%");
      assertThat(f.message()).startsWith("“三公经费”支出8.00万元、预算10.00万元，执行率应约为80.00%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("85%", "8.00万元", "10.00万元");
    });
  }

  /** Spending as a share of its budget (完成预算的), and spending over its budget, rounded as written. */
  /** An amount with its budget and rate in the parentheses after it (编研12.88万元（预算20.12万元，执行率64.02%）) is what was spent. */
  @Test
  void anAmountWithItsBudgetAndRateInParentheses() {
    String items = "二、资金使用\n其中：\n3.档案征集与编研12.88万元（预算20.12万元，执行率%s，结余7.24万元）；\n"
        + "4.档案执法检查及业务培训11.68万元（预算12.00万元，执行率97.33%%，结余0.32万元）。";
    assertThat(Check.findings(items.formatted("64.02%"), "spending.rate")).isEmpty();
    assertThat(Check.findings(items.formatted("65.02%"), "spending.rate")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("64.02%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("65.02%", "12.88万元", "20.12万元");
    });
    assertThat(Check.findings("二、资金使用\n档案征集与编研12.88万元（其中预算内20.12万元），执行率65.02%。", "spending.rate"))
        .as("no budget opening the parentheses").isEmpty();
  }

  @Test
  void spendingAsAShareOfItsBudget() {
    String office = "其中：办公经费预算27.00万元，实际支出29.35万元，完成预算的%s。";
    assertThat(Check.findings(office.formatted("108.7%"), "spending.rate")).isEmpty();
    // the budget compared with (较年初预算) is the budget
    String saved = "“三公”经费财政拨款支出5.60万元，较年初预算6.00万元节约0.40万元，完成年初预算的%s。";
    assertThat(Check.findings(saved.formatted("93.33%"), "spending.rate")).isEmpty();
    assertThat(Check.findings(saved.formatted("95.33%"), "spending.rate")).hasSize(1);
    assertThat(Check.findings(office.formatted("110%"), "spending.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("108.70%"));
    assertThat(Check.findings("其中：公用经费年初预算85.76万元，决算193.42万元，执行率225.54%。", "spending.rate")).isEmpty();
    assertThat(Check.findings("其中：公用经费年初预算85.76万元，决算193.42万元，执行率252.54%。", "spending.rate")).hasSize(1);
  }

  /**
   * A rate may rest on the budget after its adjustment, stated in the same sentence, or on the
   * budget and what was added to it: any budget, or all together, will do (a project's entry is
   * project.rate's, which says so in a note).
   */
  @Test
  void eitherBudgetOfTheSentence() {
    String s = "本单位年初预算1000.00万元，全年支出900.00万元，预算执行率90%%。\n“三公”经费年初预算10.00万元，调整后预算12.00万元，实际支出11.00万元，执行率%s。";
    assertThat(Check.findings(s.formatted("91.67%"), "spending.rate")).isEmpty();
    assertThat(Check.findings(s.formatted("110%"), "spending.rate")).isEmpty();
    assertThat(Check.findings(s.formatted("95%"), "spending.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("91.67%"));
    String added = "三公经费年初预算100.00万元，追加预算20.00万元，实际支出110.00万元，执行率%s。";
    assertThat(Check.findings(added.formatted("91.67%"), "spending.rate")).as("against the two together").isEmpty();
    assertThat(Check.findings(added.formatted("81.67%"), "spending.rate")).hasSize(1);
  }

  /** A project's rate is project.rate's: it is not flagged twice. */
  @Test
  void aProjectsRateIsProjectRates() {
    String entry = "2023年我乡道路硬化工程项目年初预算为120.00万元，实际支出96.00万元，执行率75%。";
    assertThat(Check.findings(entry, "project.rate")).hasSize(1);
    assertThat(Check.findings(entry, "spending.rate")).isEmpty();
  }

  /**
   * What is not this rule's: the unit's totals (total.rate), a budget of another subject or in
   * another sentence, an amount between the spending and the rate, the year before's spending, a
   * rate of change, a target.
   */
  @Test
  void onlyASpendingAndItsOwnBudget() {
    assertThat(Check.findings("2023年本单位预算总额1000.00万元，全年支出900.00万元，预算执行率95%。", "spending.rate")).isEmpty();
    assertThat(Check.findings("单位年初预算1000.00万元，三公经费实际支出8.00万元，执行率80%。", "spending.rate")).isEmpty();
    assertThat(Check.findings("三公经费预算10.00万元。实际支出8.00万元，执行率85%。", "spending.rate")).isEmpty();
    assertThat(Check.findings("三公经费预算10.00万元，实际支出8.00万元，其中公务接待费2万元，执行率85%。", "spending.rate")).isEmpty();
    assertThat(Check.findings("三公经费预算10.00万元，上年支出8.00万元，执行率85%。", "spending.rate")).isEmpty();
    assertThat(Check.findings("三公经费预算10.00万元，实际支出8.00万元，比上年增长85%。", "spending.rate")).isEmpty();
    assertThat(Check.findings("三公经费预算10.00万元，实际支出8.00万元，执行率≥85%。", "spending.rate")).isEmpty();
  }

  /** The spending in the sentence before the budget and the rate, named for the budget's subject: 28.64 of 32.00 is 89.50%. */
  @Test
  void theSpendingStatedInTheSentenceBefore() {
    String sanGong = "三、“三公”经费情况\n2024年度“三公”经费支出28.64万元，其中：公务用车运行维护费18.20万元，公务接待费10.44万元。"
        + "“三公”经费预算32.00万元，执行率%s。";
    assertThat(Check.findings(sanGong.formatted("89.50%"), "spending.rate")).isEmpty();
    assertThat(Check.findings(sanGong.formatted("87.50%"), "spending.rate")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("89.50%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("87.50%", "28.64万元", "32.00万元");
    });
    assertThat(Check.findings("三、经费情况\n2024年度办公经费支出28.64万元。“三公”经费预算32.00万元，执行率87.50%。", "spending.rate"))
        .as("another subject").isEmpty();
    assertThat(Check.findings("三、经费情况\n2024年度“三公”经费支出28.64万元。全年开展检查12次。“三公”经费预算32.00万元，执行率87.50%。",
        "spending.rate")).as("a sentence between").isEmpty();
  }

  /**
   * The unit's total spending stated first (支出合计), then the year's budget, its spending and the
   * rate in a sentence of their own: total.rate holds the totals, and this rule the sentence's own.
   */
  @Test
  void aSentenceOfTheTotalsStatedElsewhere() {
    String report = "一、收支情况\n2023年度收入合计3256.78万元。支出合计3198.62万元，其中：基本支出1456.20万元，项目支出1742.42万元。\n"
        + "二、预算执行情况\n2023年全年预算数3356.78万元，实际支出%s，预算执行率95.29%%。";
    assertThat(Check.findings(report.formatted("3198.62万元"), "spending.rate")).isEmpty();
    assertThat(Check.findings(report.formatted("3422.52万元"), "spending.rate")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("101.96%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("95.29%", "3422.52万元", "3356.78万元");
    });
  }

  /** A part of the spending with its own rate, against the part of the budget broken down under the same name before. */
  @Test
  void aPartsRateAgainstTheBudgetsPartOfItsName() {
    String bureau = "（一）预算安排\n部门年初预算18,642.35万元，年中追加预算2,357.65万元，调整后预算21,000.00万元。其中：基本支出9,816.42万元，"
        + "占46.74%%；项目支出11,183.58万元，占53.26%%。\n（二）预算执行\n部门实际支出20,286.90万元，预算执行率96.60%%。其中基本支出9,712.18万元，"
        + "基本支出执行率%s；项目支出10,574.72万元，项目支出执行率94.56%%。";
    assertThat(Check.findings(bureau.formatted("98.94%"), "spending.rate")).isEmpty();
    assertThat(Check.findings(bureau.formatted("97.94%"), "spending.rate")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("98.94%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("97.94%", "9,712.18万元", "9,816.42万元");
    });
  }

  /**
   * The budget broken down before and after its adjustment (an audit bureau's: 年初预算…其中：基本支出892.40万元；调整后预算…其中：基本支出
   * 858.60万元): the part's rate may be of either, and is of the adjusted one here, 842.17 of 858.60.
   */
  @Test
  void aPartsRateAgainstEitherBudgetsPartOfItsName() {
    String bureau = "（一）预算调整情况。2024年年初预算1,286.40万元，其中：基本支出892.40万元，项目支出394.00万元。年中调减预算96.80万元。"
        + "调整后预算1,189.60万元，其中：基本支出858.60万元，项目支出331.00万元。\n（二）支出情况。2024年实际支出1,162.35万元，结余27.25万元。其中：\n"
        + "基本支出842.17万元，占总支出的72.45%%，执行率%s；\n项目支出320.18万元，占总支出的27.55%%，执行率96.73%%。\n";
    assertThat(Check.findings(bureau.formatted("98.09%"), "spending.rate")).isEmpty();
    assertThat(Check.findings(bureau.formatted("96.09%"), "spending.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("98.09%"));
  }

  /** A rate that names its fund, what was paid of it named so too: of the amount stated under the fund's name before. */
  @Test
  void theFundTheRateNames() {
    String bonds = "一、项目基本情况\n项目总投资12800.00万元，其中：专项债券资金9000.00万元，县级财政资金1800.00万元。\n"
        + "二、资金支付情况\n2024年累计支付债券资金%s万元，债券资金支付进度80.51%%，尚未支付1754.40万元。";
    assertThat(Check.findings(bonds.formatted("7245.60"), "spending.rate")).isEmpty();
    assertThat(Check.findings(bonds.formatted("7752.79"), "spending.rate")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("86.14%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("80.51%", "7752.79万元", "9000.00万元");
    });
    assertThat(Check.findings(bonds.formatted("7752.79").replace("累计支付债券资金", "累计支付资金"), "spending.rate"))
        .as("the spending names no fund").isEmpty();
  }

  /**
   * A part of the year-start budget with what the year added to the unit's budget, where no part is stated after it (a centre for
   * disease control's: 年初预算…其中…项目支出424.10万元，年中追加项目资金215.60万元 / 项目支出580.31万元，执行率90.72%).
   */
  @Test
  void aPartsRateAgainstItsBudgetWithWhatTheYearAdded() {
    String centre = "（一）预算安排。2023年年初预算1,386.40万元，其中基本支出962.30万元、项目支出424.10万元。年中追加项目资金215.60万元，调整后预算"
        + "1,602.00万元。\n（二）支出情况。全年实际支出1,538.47万元，预算执行率96.03%%，年末结余63.53万元。其中：\n基本支出958.16万元，占总支出的62.28%%，"
        + "执行率99.57%%；\n项目支出580.31万元，占总支出的37.72%%，执行率%s。";
    assertThat(Check.findings(centre.formatted("90.72%"), "spending.rate")).isEmpty();
    assertThat(Check.findings(centre.formatted("93.72%"), "spending.rate")).hasSize(1);
  }

  /**
   * Or with one of several amounts the year added, which went to that part (a people's congress office: 项目支出324.40万元 and
   * 追加…建设经费48.60万元 of the additions 14.20万元 and 48.60万元; 333.42 of 373.00 is 89.39%).
   */
  @Test
  void aPartsRateAgainstItsBudgetWithOneOfTheAdditions() {
    String office = "（三）预算及调整。2024年年初预算1,036.80万元，其中人员经费598.60万元、公用经费113.80万元、项目支出324.40万元。年度中追加人员经费"
        + "14.20万元，追加代表之家及联络站建设经费48.60万元，调减公用经费6.00万元，调整后预算1,093.60万元。\n（四）支出及执行。全年实际支出1,052.37万元，"
        + "按调整后预算计算执行率为96.23%%，结余41.23万元。其中：人员经费支出611.22万元，执行率99.74%%；公用经费支出107.73万元，执行率99.94%%；"
        + "项目支出333.42万元，执行率%s。";
    assertThat(Check.findings(office.formatted("89.39%"), "spending.rate")).isEmpty();
    assertThat(Check.findings(office.formatted("80.39%"), "spending.rate")).hasSize(1);
  }

  /**
   * Or with all the year added to it and cut from it, what was added to another kind aside (a township justice office: 项目支出343,800元;
   * 追加人员经费36,500元, 追加…以案定补经费18,000元, 调减普法宣传经费8,000元; 346,740 of 353,800 is 98.00%).
   */
  @Test
  void aPartsRateAgainstItsBudgetWithWhatTheYearAddedAndCut() {
    String office = "（二）预算安排。2024年年初批复我所预算1,186,400.00元，其中基本支出842,600.00元（人员经费768,200.00元、公用经费74,400.00元），"
        + "项目支出343,800.00元。年度执行中预算调整两次：一是追加人员经费36,500.00元；二是追加人民调解以案定补经费18,000.00元，同时调减普法宣传经费"
        + "8,000.00元。增减相抵净追加46,500.00元，调整后全年预算为1,232,900.00元。\n（三）预算执行。全年实际支出1,222,676.40元，预算执行率99.17%%。"
        + "其中基本支出875,936.40元，占全年支出的71.64%%，执行率99.64%%；项目支出346,740.00元，占28.36%%，执行率%s。";
    assertThat(Check.findings(office.formatted("98.00%"), "spending.rate")).isEmpty();
    assertThat(Check.findings(office.formatted("96.00%"), "spending.rate")).hasSize(1);
  }

  /** A part's rate against that part's adjusted budget named X预算 (调整后基本支出预算869.40万元), not the year-start part's. */
  @Test
  void aPartsRateAgainstItsBudgetNamedSo() {
    String bureau = "（一）预算情况。2024年年初预算1,650.20万元，其中：基本支出850.00万元，项目支出800.20万元。年中追加93.20万元，调整后预算"
        + "1,743.40万元，其中：调整后基本支出预算869.40万元，项目支出预算874.00万元。\n（二）执行情况。全年支出1,640.50万元，预算执行率94.10%%。"
        + "其中基本支出850.20万元，执行率%s；项目支出790.30万元，执行率90.42%%。";
    assertThat(Check.findings(bureau.formatted("97.79%"), "spending.rate")).isEmpty();
    assertThat(Check.findings(bureau.formatted("98.79%"), "spending.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("97.79%"));
  }

  /** A share naming another kind of spending (基本支出占调整后预算的) after 项目支出 is no rate of the 项目支出. */
  @Test
  void aShareNamingAnotherKindOfSpending() {
    String text = "（一）预算情况。2024年调整后预算2,964.00万元，其中基本支出1,540.00万元，项目支出1,424.00万元。\n（二）支出结构。"
        + "全年支出2,936.07万元，其中基本支出1,533.10万元，项目支出1,402.97万元，%s。";
    assertThat(Check.findings(text.formatted("基本支出占调整后预算的51.72%"), "spending.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("项目支出执行率96.52%"), "spending.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("98.52%"));
  }

  /** What is left of the budget, named after it (较调整后预算结余65.52万元), is no budget to hold the spending to. */
  @Test
  void whatIsLeftOfTheAdjustedBudgetIsNoBudget() {
    String report = "一、部门预算\n2024年度部门调整后预算1,743.40万元。\n二、执行情况\n全年实际支出1,677.88万元，较调整后预算结余65.52万元，"
        + "预算执行率96.24%。";
    assertThat(Check.findings(report, "spending.rate")).isEmpty();
    // it is passed over on the way back to the spending, so a rate after it is still held to the budget
    assertThat(Check.findings("（四）三公经费。“三公”经费调整后预算20.00万元，实际支出14.48万元，较调整后预算结余5.52万元，执行率82.40%。",
        "spending.rate")).singleElement().satisfies(f -> assertThat(f.expected()).isEqualTo("72.40%"));
  }

  /** The spending told again in another unit in brackets right after it (203.48万元（2,034,800.00元）) is the one spending. */
  @Test
  void theSpendingToldAgainInAnotherUnit() {
    String report = "一、部门预算\n2024年度部门预算1,743.40万元，实际支出1,677.88万元，预算执行率96.24%%。\n二、项目支出\n"
        + "饮水安全项目调整后预算210.00万元，全年实际支出203.48万元（2,034,800.00元），预算执行率%s，年末结余6.52万元。";
    assertThat(Check.findings(report.formatted("96.90%"), "spending.rate")).isEmpty();
    assertThat(Check.findings(report.formatted("97.90%"), "spending.rate")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("96.90%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("97.90%", "203.48万元", "210.00万元");
    });
    // with its basis named (按调整后预算210.00万元计算), the rate is basis.rate's
    String basis = report.replace("调整后预算210.00万元，全年实际支出203.48万元（2,034,800.00元），", "全年实际支出203.48万元（2,034,800.00元），按调整后预算210.00万元计算，");
    assertThat(Check.findings(basis.formatted("97.90%"), "spending.rate")).isEmpty();
    assertThat(Check.findings(basis.formatted("97.90%"), "basis.rate")).hasSize(1);
  }

  /**
   * A project's budgets in one sentence, its spending and rate opening the next (该项目年初预算1,580.00万元，9月调增48.00万元，调整后预算
   * 1,628.00万元。全年支出1,601.72万元，执行率98.39%): the rate is of those budgets; not where the sentence before states a spending of
   * its own, nor across a paragraph.
   */
  @Test
  void budgetsInTheSentenceBeforeTheSpending() {
    String report = "一、总体情况\n协作资金年初预算4,645.60万元，实际支出4,733.80万元，执行率98.10%%。\n二、各项目实施情况\n（一）高原蔬菜产业园建设项目\n"
        + "该项目年初预算1,580.00万元，9月调增48.00万元，调整后预算1,628.00万元，比年初增加3.04%%。全年支出1,601.72万元，执行率%s，结余26.28万元。";
    assertThat(Check.findings(report.formatted("98.39%"), "spending.rate")).isEmpty();
    assertThat(Check.findings(report.formatted("88.39%"), "spending.rate")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("98.39%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("88.39%", "1,601.72万元", "1,628.00万元");
    });
    String spentBefore = "二、项目\n项目预算200.00万元，已拨付150.00万元。全年支出120.00万元，执行率60.00%。";
    assertThat(Check.findings(spentBefore, "spending.rate")).isEmpty();
    String anotherParagraph = "二、项目\n项目预算200.00万元。\n\n全年支出120.00万元，执行率80.00%。";
    assertThat(Check.findings(anotherParagraph, "spending.rate")).isEmpty();
  }

  /** A table's 未执行数 column between its spending and its rate (实际支出 | 未执行数 | 执行率) is no spending: the rate is of 实际支出. */
  @Test
  void aColumnOfWhatWasNotSpent() {
    String page = """
        <html><head><meta charset="utf-8"></head><body><h1>某县妇幼保健院2023年度部门整体支出绩效自评报告</h1>
        <p>表2　2023年度支出预算执行情况（单位：万元）</p>
        <table border="1"><tr><td>类别</td><td>年初预算</td><td>年中调整</td><td>调整后预算</td><td>实际支出</td><td>未执行数</td><td>执行率</td></tr>
        <tr><td>基本支出</td><td>5,480.00</td><td>0.00</td><td>5,480.00</td><td>5,380.93</td><td>99.07</td><td>98.19%%</td></tr>
        <tr><td>项目支出</td><td>2,240.00</td><td>240.00</td><td>2,480.00</td><td>2,296.27</td><td>183.73</td><td>92.59%%</td></tr>
        <tr><td>合计</td><td>7,720.00</td><td>240.00</td><td>7,960.00</td><td>7,677.20</td><td>282.80</td><td>%s</td></tr></table></body></html>
        """;
    assertThat(Check.findings("report.html", page.formatted("96.45%"), "spending.rate")).isEmpty();
    assertThat(Check.findings("report.html", page.formatted("95.45%"), "spending.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("96.45%"));
  }

  /**
   * A rate with no budget in its sentence but what is left right after it (基本支出95.12万元，执行率98.67%，结余1.28万元): the budget is
   * the two together. Not where the sentence names another rest of the budget (结转) that the budget holds too.
   */
  @Test
  void aRateWithWhatIsLeftOfItsBudget() {
    String kinds = "一、部门预算\n2024年部门年初预算500.00万元。\n二、支出情况\n1.基本支出95.12万元，执行率%s，结余%s万元。";
    assertThat(Check.findings(kinds.formatted("98.67%", "1.28"), "spending.rate")).isEmpty();
    assertThat(Check.findings(kinds.formatted("97.67%", "1.28"), "spending.rate")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("98.67%");
      assertThat(f.message()).startsWith("基本支出95.12万元、结余1.28万元");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("97.67%", "95.12万元", "1.28万元");
    });
    assertThat(Check.findings(kinds.formatted("98.67%", "2.28"), "spending.rate")).hasSize(1);
    String carried = "一、部门预算\n2024年部门年初预算500.00万元。\n二、支出情况\n1.项目支出95.00万元，执行率95.00%%，结余2.00万元，结转下年3.00万元。";
    assertThat(Check.findings(carried, "spending.rate")).as("the budget holds what is carried over too").isEmpty();
    String notRightAfter = "一、部门预算\n2024年部门年初预算500.00万元。\n二、支出情况\n1.项目支出95.00万元，执行率95.00%%，主要用于道路维护，结余2.00万元。";
    assertThat(Check.findings(notRightAfter, "spending.rate")).isEmpty();
  }

  /**
   * An item's amount, its rate and what is left, no budget named (（1）小型水利工程维修养护51.20万元，执行率98.46%，结余0.80万元): the amount
   * is what was spent; named as the budget (监测预算62.00万元), it is the budget, what is left taken from it.
   */
  @Test
  void anItemItsRateAndWhatIsLeft() {
    String item = "一、部门预算\n2024年部门年初预算500.00万元。\n二、项目支出\n（1）小型水利工程维修养护51.20万元，执行率%s，结余0.80万元。";
    assertThat(Check.findings(item.formatted("98.46%"), "spending.rate")).isEmpty();
    assertThat(Check.findings(item.formatted("97.46%"), "spending.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("98.46%"));
    String budget = "一、部门预算\n2024年部门年初预算500.00万元。\n二、项目支出\n（1）空气质量监测预算62.00万元，执行率%s，结余3.80万元。";
    assertThat(Check.findings(budget.formatted("93.87%"), "spending.rate")).isEmpty();
    assertThat(Check.findings(budget.formatted("94.22%"), "spending.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("93.87%"));
    // spent of a budget's kind (一般公共预算支出) is spending; a rate per head is no amount spent
    String ofAKind = "一、部门预算\n2024年部门年初预算3,500.00万元。\n二、支出情况\n2024年一般公共预算支出3,318.62万元，预算执行率97.24%，年末结余94.18万元。";
    assertThat(Check.findings(ofAKind, "spending.rate")).isEmpty();
    String perHead = "一、部门预算\n2024年部门年初预算500.00万元。\n二、项目支出\n补助标准为每人1,000元，执行率97.05%，结余3.30万元。";
    assertThat(Check.findings(perHead, "spending.rate")).isEmpty();
  }

  /**
   * A level's spending with its own rate (县级资金支出44.45万元，执行率68.38%), against that level's funds in the budgets broken down by
   * source before: the year-start one or the adjusted, either may be the base.
   */
  @Test
  void aLevelsSpendingAgainstItsFunds() {
    String text = "（三）资金来源及预算调整\n年初预算500.00万元，其中：中央财政林业改革发展资金300.00万元，省级林业发展专项资金120.00万元，县级配套资金80.00万元。"
        + "8月调减县级配套资金15.00万元。调整后预算为485.00万元，其中：中央资金300.00万元，占61.86%%；省级资金120.00万元，占24.74%%；县级资金65.00万元，"
        + "占13.40%%。\n（四）资金支出情况\n林下资金实际支出464.45万元，预算执行率95.76%%。中央资金300.00万元和省级资金120.00万元已全部支出，县级资金支出%s万元，"
        + "执行率%s，结余全部为县级资金。";
    assertThat(Check.findings(text.formatted("44.45", "68.38%"), "spending.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("44.45", "55.56%"), "spending.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("54.45", "68.38%"), "spending.rate")).singleElement()
        .satisfies(f -> assertThat(f.evidence()).extracting(e -> e.quote()).contains("68.38%", "54.45万元"));
    // no budget broken down by level: nothing to hold the level's rate to
    String plain = "（三）资金\n年初预算500.00万元。\n（四）支出\n实际支出464.45万元，预算执行率92.89%%。县级资金支出54.45万元，执行率68.38%%。";
    assertThat(Check.findings(plain, "spending.rate")).isEmpty();
  }

  /**
   * A table of what each school was allotted (分配资金, 分配数) and spent: the allotment is the row's budget, so its rate is held to it.
   */
  @Test
  void aRowsRateAgainstWhatItWasAllotted() {
    String table = "表1  2024年各学校公用经费分配及支出情况\n\n| 学校 | 学生数（人） | 分配资金（元） | 实际支出（元） | 执行率 |\n| --- | --- | --- | --- | --- |\n"
        + "| 白沙镇中学 | 612 | 575,280.00 | 561,432.80 | %s |\n| 青石镇中学 | 437 | 410,780.00 | 410,780.00 | 100.00%% |\n"
        + "| 柳塘镇中学 | 389 | 365,660.00 | 358,217.35 | 97.96%% |\n| 合计 | 1,438 | 1,351,720.00 | 1,330,430.15 | 98.42%% |\n";
    assertThat(Check.findings(table.formatted("97.59%"), "spending.rate")).isEmpty();
    assertThat(Check.findings(table.formatted("98.59%"), "spending.rate")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("97.59%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("98.59%", "561,432.80", "575,280.00");
    });
  }

  /**
   * Spending that names the funds it is of (已支出财政奖补资金), the funds stated before it in its sentence under that name: the rate is
   * of them, though no word calls them a budget. Two amounts so named leave open which.
   */
  @Test
  void aRateOfTheFundsTheSpendingNames() {
    String text = "（二）资金使用\n1. 大坪村村组道路硬化项目。总投资48.60万元，其中财政奖补36.00万元、村自筹12.60万元；已支出财政奖补资金%s万元，执行率%s。";
    assertThat(Check.findings(text.formatted("22.80", "63.33%"), "spending.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("22.80", "95.00%"), "spending.rate")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("63.33%");
      assertThat(f.subject()).isEqualTo("财政奖补");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("95.00%", "22.80万元", "36.00万元");
    });
    assertThat(Check.findings("（二）资金使用\n财政奖补20.00万元，另追加财政奖补16.00万元；已支出财政奖补资金22.80万元，执行率95.00%。", "spending.rate"))
        .isEmpty();
  }

  /** What was passed down (下达) is the budget a rate of spending is held to, kind by kind. */
  @Test
  void aRateAgainstWhatWasPassedDown() {
    String text = "二、资金使用\n分类型看：提档升级路段下达1,650.00万元，支出1,638.96万元，执行率%s，每公里支出119.20万元；"
        + "窄路加宽路段下达1,904.00万元，支出1,875.13万元，执行率98.48%%。";
    assertThat(Check.findings(text.formatted("99.33%"), "spending.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("99.83%"), "spending.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("99.33%"));
  }

  /**
   * The parts of the spending listed in brackets after it, then the rate (实际支出7.24万元（公务接待费1.86万元、…因公出国（境）费0元），预算执行率
   * 84.19%): the rate is the whole's, not its last part's.
   */
  @Test
  void aRateAfterTheSpendingsPartsInBrackets() {
    String text = "一、部门预算\n2024年部门年初预算500.00万元。\n二、三公经费\n“三公”经费年初预算8.60万元，实际支出7.24万元（公务接待费1.86万元、"
        + "公务用车运行维护费5.38万元、因公出国（境）费0元），预算执行率%s，较2023年的8.12万元下降10.84%%。";
    assertThat(Check.findings(text.formatted("84.19%"), "spending.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("83.19%"), "spending.rate")).singleElement()
        .satisfies(f -> assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("83.19%", "7.24万元", "8.60万元"));
    // a part's own rate after it, no brackets closing between: not the whole's
    String part = "一、部门预算\n2024年部门年初预算500.00万元。\n二、支出\n实际支出480.00万元，其中项目支出160.00万元，执行率90.00%。";
    assertThat(Check.findings(part, "spending.rate")).isEmpty();
  }

  /** What was paid out (兑付, 发放) or settled (结算) of a budget is what was spent of it. */
  @Test
  void paidOutIsSpent() {
    String paid = "一、部门预算\n2024年部门年初预算500.00万元。\n二、项目\n燃油补贴到位1,680,000元，发放1,570,800元，执行率%s，比95%%的目标低1.50个百分点。";
    assertThat(Check.findings(paid.formatted("93.50%"), "spending.rate")).isEmpty();
    assertThat(Check.findings(paid.formatted("95.50%"), "spending.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("93.50%"));
    String cashed = "一、部门预算\n2024年部门年初预算500.00万元。\n二、支出\n补助资金预算120.00万元，兑付1,127,400.00元（112.74万元），执行率%s。";
    assertThat(Check.findings(cashed.formatted("93.95%"), "spending.rate")).isEmpty();
    assertThat(Check.findings(cashed.formatted("83.95%"), "spending.rate")).hasSize(1);
    String settled = "一、部门预算\n2024年部门年初预算500.00万元。\n二、支出\n云资源租用经费预算57.60万元，结算55.20万元，执行率%s。";
    assertThat(Check.findings(settled.formatted("95.83%"), "spending.rate")).isEmpty();
    assertThat(Check.findings(settled.formatted("94.83%"), "spending.rate")).hasSize(1);
  }

  /** A budget whose work's name says 执行 (执行攻坚专项经费预算) is a budget all the same: its label ends with 预算. */
  @Test
  void aBudgetWhoseNameSaysSpent() {
    String text = "一、部门预算\n2024年部门年初预算5,000.00万元。\n二、项目支出\n项目支出分项情况：办案业务经费预算412.60万元，支出398.75万元，执行率96.64%%；"
        + "执行攻坚专项经费预算186.20万元，支出179.64万元，执行率%s；司法救助资金预算80.00万元，支出76.50万元，执行率95.63%%。";
    assertThat(Check.findings(text.formatted("96.48%"), "spending.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("95.48%"), "spending.rate")).singleElement()
        .satisfies(f -> assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("95.48%", "179.64万元", "186.20万元"));
  }

  /**
   * A 三公经费's or 公用经费's 控制率 is what was spent of its budget, as an 执行率 is; not where a quotient is written out to it
   * (控制率＝公用经费支出54.07万元÷预算55.60万元＝97.25%), whichever amounts the labels name there.
   */
  @Test
  void aControlRateIsARateOfSpending() {
    String text = "一、部门预算\n2024年部门年初预算500.00万元。\n二、三公经费\n2024年“三公”经费预算13.50万元，实际支出11.78万元，控制率%s。";
    assertThat(Check.findings(text.formatted("87.26%"), "spending.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("88.26%"), "spending.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("87.26%"));
    String staff = "一、部门预算\n2024年部门年初预算500.00万元。\n二、人员\n年末实有在编人员30人，核定编制32名，在职人员控制率93.75%。";
    assertThat(Check.findings(staff, "spending.rate")).isEmpty();
    String formula = "一、部门预算\n2024年调整后预算715.62万元，实际支出706.40万元，预算执行率98.71%。其中：基本支出475.32万元，其中人员经费421.25万元，"
        + "公用经费54.07万元。\n二、口径\n指标计算口径：公用经费控制率＝公用经费支出54.07万元÷预算55.60万元＝97.25%。";
    assertThat(Check.findings(formula, "spending.rate")).isEmpty();
  }

  /**
   * A kind's budget in the sentence before, its spending named for the same kind again (“三公”经费预算4.80万元，其中…。全年“三公”经费实际支出
   * 3.92万元，为预算的81.67%): the rate is of that budget. Spending that names no kind keeps to a budget of the project only.
   */
  @Test
  void aKindsBudgetInTheSentenceBefore() {
    String text = "一、部门预算\n2024年部门年初预算500.00万元。\n二、三公经费\n2023年“三公”经费预算4.80万元，其中公务接待费1.20万元、公务用车运行维护费3.60万元，"
        + "因公出国（境）费未安排预算。全年“三公”经费实际支出3.92万元，为预算的%s，比预算减少0.88万元。";
    assertThat(Check.findings(text.formatted("81.67%"), "spending.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("80.67%"), "spending.rate")).singleElement().satisfies(f -> {
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("80.67%", "3.92万元", "4.80万元");
      assertThat(f.message()).startsWith("“三公经费”支出3.92万元、预算4.80万元，占预算的比例应约为81.67%");
    });
    String unnamed = "一、部门预算\n2024年部门年初预算500.00万元。\n二、三公经费\n2023年“三公”经费预算4.80万元。全年实际支出3.92万元，执行率80.67%。";
    assertThat(Check.findings(unnamed, "spending.rate")).isEmpty();
  }

  /**
   * A part of the spending listed after it, each part's rate right after it (其中公务用车运行维护费13.42万元、为预算的84.94%): of the budget's
   * part of that name; a rate naming the whole after the parts (“三公”经费控制率) is not a part's.
   */
  @Test
  void aPartOfTheSpendingAndItsRate() {
    String text = "“三公”经费年初预算18.60万元（公务用车运行维护费15.80万元、公务接待费2.80万元），实际支出15.27万元，为预算的82.10%%，其中公务用车运行维护费"
        + "13.42万元、为预算的%s%%，公务接待费1.85万元、为预算的66.07%%，无因公出国（境）费用。";
    assertThat(Check.findings(text.formatted("84.94"), "spending.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("84.34"), "spending.rate")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("84.94%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("84.34%", "13.42万元", "15.80万元");
    });
    String whole = "“三公”经费：预算14.20万元，实际支出11.36万元，其中公务接待费1.82万元、公务用车运行维护费9.54万元，因公出国（境）费为0，“三公”经费控制率80.00%。";
    assertThat(Check.findings(whole, "spending.rate")).isEmpty();
  }
}
