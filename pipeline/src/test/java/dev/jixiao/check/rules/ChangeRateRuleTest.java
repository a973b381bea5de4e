package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangeRateRuleTest {
  /**
   * A unit's published final accounts: 3.46万元, 2.4万元 more than the year before (1.06万元), is
   * an increase of about 226%, not 0.24%.
   */
  @Test
  void anIncreaseOverTheAmountBeforeIt() {
    var f = Check.findings("2022年“三公”经费财政拨款支出决算为3.46万元,完成预算100%,较上年增加2.4万元,增长0.24%。", "change.rate");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.stated()).isEqualTo("0.24%");
      assertThat(x.expected()).isEqualTo("226.42%");
      assertThat(x.message()).contains("3.46万元", "2.4万元", "此前为1.06万元", "0.24%");
      assertThat(x.evidence()).extracting(e -> e.quote()).containsExactly("0.24%", "2.4万元", "3.46万元");
    });
    assertThat(Check.findings("“三公”经费支出决算为3.46万元，较上年增加2.4万元，增长226%。", "change.rate")).isEmpty();
    // past the target named between: the change is of what was done (an audit bureau's projects, 45 from 40)
    String audits = "1. 审计项目数量。全年完成审计（调查）项目45个，目标42个，完成率107.14%%，比上年增加5个，增长%s。";
    assertThat(Check.findings(audits.formatted("12.50%"), "change.rate")).isEmpty();
    assertThat(Check.findings(audits.formatted("13.51%"), "change.rate")).singleElement()
        .satisfies(x -> assertThat(x.expected()).isEqualTo("12.50%"));
    // a base a comparison is made with (与…相比), the change and its rate after it: 24.55 of 372.60 is 6.59%
    String bus = "2024年拨付补贴397.15万元。与2023年拨付的372.60万元相比，增加24.55万元，同比增长%s。";
    assertThat(Check.findings(bus.formatted("6.59%"), "change.rate")).isEmpty();
    assertThat(Check.findings(bus.formatted("6.89%"), "change.rate")).singleElement()
        .satisfies(x -> assertThat(x.expected()).isEqualTo("6.59%"));
    // and past a target between the deed and a base it is compared with (987 from 806, not 900)
    String devices = "1.数量指标。全年适配辅助器具987件，目标900件，完成率109.67%%，比上年的806件增长%s。";
    assertThat(Check.findings(devices.formatted("22.46%"), "change.rate")).isEmpty();
    assertThat(Check.findings(devices.formatted("25.46%"), "change.rate")).singleElement()
        .satisfies(x -> assertThat(x.expected()).isEqualTo("22.46%"));
  }

  /** A rate after a list, against a base stated, may be of the list's total (18.64万元 after 21.36万元, its last part 3.44万元). */
  @Test
  void aRateAfterAListOfItsTotal() {
    String text = "（四）“三公”经费。全年“三公”经费支出%s万元，其中公务用车运行维护费15.20万元，公务接待费3.44万元，因公出国（境）费为零，"
        + "比上年的21.36万元下降12.73%%。";
    assertThat(Check.findings(text.formatted("18.64"), "change.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("18.94"), "change.rate")).as("a total its parts do not add up to is no list's")
        .hasSize(1);
  }

  /** A decrease: 4125.49万元 after 1267.86万元 less is 23.51% down from 5393.35万元. */
  @Test
  void aDecreaseOverTheAmountBeforeIt() {
    String income = "本年收入合计4125.49万元，与上年相比减少1267.86万元，下降%s。";
    assertThat(Check.findings(income.formatted("23.51%"), "change.rate")).isEmpty();
    assertThat(Check.findings(income.formatted("23.5%"), "change.rate")).isEmpty(); // 23.45% to 23.55%
    assertThat(Check.findings(income.formatted("30.74%"), "change.rate")).singleElement()
        .satisfies(x -> assertThat(x.expected()).isEqualTo("23.51%")); // not the change over this year's amount
    assertThat(Check.findings("在职人员35人，比上年减少5人，下降幅度为12.5%。", "change.rate")).isEmpty();
    assertThat(Check.findings("在职人员35人，比上年减少5人，下降幅度为14.3%。", "change.rate")).hasSize(1);
    // the year before's amount itself before the change (比2022年的4.35万元减少0.43万元): the change is over it
    String base = "全年“三公”经费实际支出3.92万元，为预算的81.67%%；比2022年的4.35万元减少0.43万元，下降%s。";
    assertThat(Check.findings(base.formatted("9.89%"), "change.rate")).isEmpty();
    assertThat(Check.findings(base.formatted("9.00%"), "change.rate")).singleElement()
        .satisfies(x -> assertThat(x.expected()).isEqualTo("9.89%"));
  }

  /**
   * The comparison in a clause of its own, then what changed by its name (a department's final
   * accounts: 3856.72万元, 412.36万元 up on 3444.36万元, is 11.97% up; 3372.01 is 13.02% up on 2983.56).
   */
  @Test
  void theComparisonFirstThenWhatChanged() {
    String totals = "一、收入支出决算总体情况说明\n2023年度收入总计3856.72万元，支出总计3856.72万元。与2022年度相比，收入、支出总计各增加412.36万元，增长%s。";
    assertThat(Check.findings(totals.formatted("11.97%"), "change.rate")).isEmpty();
    assertThat(Check.findings(totals.formatted("12.97%"), "change.rate")).singleElement()
        .satisfies(x -> assertThat(x.expected()).isEqualTo("11.97%"));
    String fiscal = "四、财政拨款支出决算情况说明\n2023年度财政拨款支出3372.01万元，占本年支出合计的96.39%%。与2022年度相比，财政拨款支出增加388.45万元，增长%s。";
    assertThat(Check.findings(fiscal.formatted("13.02%"), "change.rate")).isEmpty();
    assertThat(Check.findings(fiscal.formatted("14.02%"), "change.rate")).singleElement()
        .satisfies(x -> assertThat(x.expected()).isEqualTo("13.02%"));
    assertThat(Check.findings("财政拨款支出3372.01万元。基本支出增加388.45万元，增长14.02%。", "change.rate")).as("no comparison").isEmpty();
    // what changed named without the 支出 it was stated with: 3.26万元 down on 31.90万元 is 10.22%
    String sanGong = "三、“三公”经费情况\n2024年度“三公”经费支出28.64万元。与上年相比，“三公”经费减少3.26万元，下降%s。";
    assertThat(Check.findings(sanGong.formatted("10.22%"), "change.rate")).isEmpty();
    assertThat(Check.findings(sanGong.formatted("11.22%"), "change.rate")).singleElement()
        .satisfies(x -> assertThat(x.expected()).isEqualTo("10.22%"));
    // a county bureau's final accounts name both totals at once (收、支总计): 120.15万元 up on 1403.11万元 is 8.56%
    String both = "一、收入支出决算总体情况说明\n2024年度收、支总计均为1523.26万元。与2023年相比，收、支总计各增加120.15万元，增长%s。";
    assertThat(Check.findings(both.formatted("8.56%"), "change.rate")).isEmpty();
    assertThat(Check.findings(both.formatted("9.56%"), "change.rate")).singleElement()
        .satisfies(x -> assertThat(x.expected()).isEqualTo("8.56%"));
  }

  /**
   * The rate first, then the change (18650元, 1187元 up on 17463元, is 6.80% up), money or counts;
   * the comparison's words are then the rate's.
   */
  @Test
  void theRateBeforeTheChange() {
    String income = "全镇农村居民人均可支配收入18650元，较上年增长%s，增加1187元。";
    assertThat(Check.findings(income.formatted("6.8%"), "change.rate")).isEmpty();
    assertThat(Check.findings(income.formatted("7.4%"), "change.rate")).singleElement()
        .satisfies(x -> assertThat(x.expected()).isEqualTo("6.80%"));
    assertThat(Check.findings("在职人员35人，比上年下降12.5%，减少5人。", "change.rate")).isEmpty();
    assertThat(Check.findings("在职人员35人，比上年下降14.3%，减少5人。", "change.rate")).hasSize(1);
    assertThat(Check.findings("在职人员35人，比上年下降14.3%，增加5人。", "change.rate")).as("directions disagree").isEmpty();
    assertThat(Check.findings("在职人员35人，比上年下降14.3%。减少5人。", "change.rate")).as("another sentence").isEmpty();
  }

  /**
   * A change that opens the sentence after its amount's is of that amount (a unit's published
   * final accounts: 0.78 over the 7.24万元 before is 10.77%, written 10.8%).
   */
  @Test
  void aChangeOpeningTheNextSentence() {
    String carried = "8.上年结转和结余8.02万元,为以前年度支出预算因客观条件变化未执行完毕、结转到本年度按有关规定继续使用的资金。"
        + "较2022年度决算数增加0.78万元,增长%s,主要原因是:合理安排了费用的结算。";
    assertThat(Check.findings(carried.formatted("10.8%"), "change.rate")).isEmpty();
    assertThat(Check.findings(carried.formatted("9.8%"), "change.rate")).singleElement()
        .satisfies(x -> assertThat(x.expected()).isEqualTo("10.77%"));
    assertThat(Check.findings("支出3.46万元。其中办公费较上年增加2.4万元，增长0.24%。", "change.rate")).as("the next sentence has a subject of its own")
        .isEmpty();
  }

  /**
   * A text wrapped at its width breaks lines inside sentences and words (a county unit's published
   * budget: 社会保障和就业 up 16803.36 on 99629.76 is 16.87%, written as its share of this year's
   * amount, 14.43%); a blank line still ends the paragraph.
   */
  @Test
  void aTextWrappedAtItsWidth() {
    String budget = "(二)社会保障和就业支出类科目 116433.12 元,占支\n出总预算 10.73 %%,同比增加 16803.36 元,增长 %s。\n"
        + "2025 年本年一般公共预算支出 1085203.63 元,同比\n减少 43506.06 元,下降 3.85 %%。\n";
    assertThat(Check.findings(budget.formatted("16.87%"), "change.rate")).isEmpty();
    assertThat(Check.findings(budget.formatted("14.43%"), "change.rate")).singleElement()
        .satisfies(x -> assertThat(x.expected()).isEqualTo("16.87%"));
    assertThat(Check.findings(budget.formatted("16.87%").replace("下降 3.85", "下降 4.85"), "change.rate")).singleElement()
        .satisfies(x -> assertThat(x.stated()).isEqualTo("4.85 %"));
    assertThat(Check.findings("支出3.46万元\n\n较上年增加2.4万元，增长0.24%。", "change.rate")).as("a paragraph apart").isEmpty();
  }

  /** Only the amount, its change and the rate in a row, in one sentence, in one direction, and with something before. */
  @Test
  void whatIsNotAChangeAndItsRate() {
    assertThat(Check.findings("支出3.46万元。资金使用规范。较上年增加2.4万元，增长0.24%。", "change.rate")).as("two sentences apart").isEmpty();
    assertThat(Check.findings("支出3.46万元，较上年增加2.4万元，下降0.24%。", "change.rate")).as("directions disagree").isEmpty();
    assertThat(Check.findings("支出3.46万元，较上年增加3.46万元，增长100%。", "change.rate")).as("nothing the year before").isEmpty();
    assertThat(Check.findings("支出3.46万元，较上年增加2.4万元，执行率0.24%。", "change.rate")).as("no rate of change").isEmpty();
    assertThat(Check.findings("支出3.46万元，较上年增加2人，增长0.24%。", "change.rate")).as("another measure").isEmpty();
    assertThat(Check.findings("本年收入300万元，上年收入250万元，比上年增加50万元，增长20%。", "change.rate")).as("the amount before is stated")
        .isEmpty();
  }

  /**
   * A change opening the sentence after a breakdown is of the breakdown's total, not of its last
   * part; and an increase larger than the amount is not of that amount.
   */
  @Test
  void aChangeAfterABreakdownIsOfItsTotal() {
    String income = "2023年度收入合计3256.78万元，其中：一般公共预算财政拨款收入3100.50万元，占95.20%%；政府性基金预算财政拨款收入156.28万元，"
        + "占4.80%%。与上年相比增加256.78万元，增长%s。";
    assertThat(Check.findings(income.formatted("8.56%"), "change.rate")).isEmpty();
    assertThat(Check.findings(income.formatted("9.56%"), "change.rate")).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("“2023年度收入合计”3256.78万元"));
    assertThat(Check.findings("其中办公费1.20万元，较上年增加2.40万元，增长10%。", "change.rate")).isEmpty();
  }

  /** A change that names what changed is of the amount last stated under that name, sentences before. */
  @Test
  void aChangeThatNamesWhatChanged() {
    String accounts = "2024年度收入总计2580.40万元，其中：本年收入2400.00万元，上年结转和结余180.40万元。支出总计2580.40万元。\n"
        + "本年收入较上年减少120.00万元，下降%s，主要原因是上级专项资金减少。";
    assertThat(Check.findings(accounts.formatted("4.76%"), "change.rate")).isEmpty();
    assertThat(Check.findings(accounts.formatted("5.76%"), "change.rate")).singleElement().satisfies(f -> {
      assertThat(f.message()).startsWith("“本年收入”2400.00万元，减少120.00万元，则此前为2520.00万元");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("5.76%", "120.00万元", "2400.00万元");
    });
    assertThat(Check.findings("本年支出较上年减少120.00万元，下降5.76%。", "change.rate")).as("nothing stated under the name").isEmpty();
    // one deed named as done and as its amount (实际拨付, 拨付金额), not what is still undone (尚未拨付)
    String paid = "一、资金概况\n安排专项资金350万元，实际拨付324.2万元，尚未拨付25.8万元。\n与上年相比，拨付金额增加25.6万元，增长%s。";
    assertThat(Check.findings(paid.formatted("8.57%"), "change.rate")).isEmpty();
    assertThat(Check.findings(paid.formatted("9.17%"), "change.rate")).singleElement()
        .satisfies(f -> assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("9.17%", "25.6万元", "324.2万元"));
  }

  /**
   * A comparison that states its base: the change is of the base, not of the amount before it (a
   * township's 决算数8.64万元 is 1.36万元 below its 预算数10.00万元, 13.60% down; taken as of 10.00 the
   * rate was wrongly reckoned as 11.97%).
   */
  @Test
  void aChangeOfTheBaseItStates() {
    String sanGong = "二、预算执行情况\n2024年“三公”经费决算数8.64万元，比预算数10.00万元减少1.36万元，下降%s。";
    assertThat(Check.findings(sanGong.formatted("13.60%"), "change.rate")).isEmpty();
    assertThat(Check.findings(sanGong.formatted("14.55%"), "change.rate")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("13.60%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("14.55%", "1.36万元", "10.00万元", "8.64万元");
    });
    // the rate alone: 5736.18万元 against last year's 5000万元 is 14.72% up
    String income = "三、支出情况\n本年支出5736.18万元，较上年的5000万元增长%s。";
    assertThat(Check.findings(income.formatted("14.72%"), "change.rate")).isEmpty();
    assertThat(Check.findings(income.formatted("15.72%"), "change.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("14.72%"));
    // past the rate of the amount (a county's jobs fund: 1482.30 against 1368.50 is 8.32% up)
    String jobs = "一、资金安排\n截至2024年12月31日，实际支出1482.30万元，执行率95.02%%，较上年的%s万元增长8.32%%。";
    assertThat(Check.findings(jobs.formatted("1368.50"), "change.rate")).isEmpty();
    assertThat(Check.findings(jobs.formatted("1464.30"), "change.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("1.23%"));
    // 同比 before the direction (a legal-aid office's cases: 800 against 2023's 712 is 12.36% up)
    String cases = "1.数量指标。其中四类法律援助案件800件，完成率106.67%%，较2023年的712件同比增长%s。";
    assertThat(Check.findings(cases.formatted("12.36%"), "change.rate")).isEmpty();
    assertThat(Check.findings(cases.formatted("12.39%"), "change.rate")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("12.36%");
      assertThat(f.message()).contains("较2023年712件，增长幅度约为12.36%");
    });
    // past the target the deed is measured against (55 against 44 is 25.00% up; not the target 50 against 44)
    String talents = "1.新引进人才数量。全年新引进各类人才55人，完成目标值50人的110.00%%，较上年的44人同比增长%s。";
    assertThat(Check.findings(talents.formatted("25.00%"), "change.rate")).isEmpty();
    assertThat(Check.findings(talents.formatted("13.64%"), "change.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("25.00%"));
  }

  /**
   * A change opening the sentence after a sentence of parts speaks of their total (a township's 三公
   * spending 6.85万元 after 0.92万元 less is 11.84% down), not of the last part (5.00万元, which gave a
   * false error of 15.54%).
   */
  @Test
  void aChangeAfterTheParts() {
    String sanGong = "三、“三公”经费\n2023年“三公”经费支出6.85万元，比年初预算7.50万元节约0.65万元。其中公务接待费1.85万元，"
        + "公务用车运行维护费5.00万元。较上年减少0.92万元，下降%s。";
    assertThat(Check.findings(sanGong.formatted("11.84%"), "change.rate")).isEmpty();
    assertThat(Check.findings(sanGong.formatted("12.84%"), "change.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("11.84%"));
    // parts whose total is not known: the change is of nothing the text names
    assertThat(Check.findings("三、“三公”经费\n本年度节约开支。其中公务接待费1.85万元，公务用车运行维护费5.00万元。较上年减少0.92万元，下降11.84%。",
        "change.rate")).isEmpty();
  }

  /** Two years' amounts of one thing, then the later's change (2023年…168.30万元，2024年支出159.90万元，下降4.99%). */
  @Test
  void twoYearsAmountsAndTheChange() {
    String text = "一、支出\n2023年机关运行经费支出168.30万元，2024年支出159.90万元，下降%s%%。";
    assertThat(Check.findings(text.formatted("4.99"), "change.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("5.99"), "change.rate")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("4.99%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("5.99%", "159.90万元", "168.30万元");
    });
    // the later year names something else, or comes first: no comparison of these two
    assertThat(Check.findings("一、收支\n2023年收入168.30万元，2024年支出159.90万元，下降5.99%。", "change.rate")).isEmpty();
    assertThat(Check.findings("一、支出\n2024年支出159.90万元，2023年支出168.30万元，下降5.99%。", "change.rate")).isEmpty();
  }

  /** A move from one amount to another (由…增至…), then its rate: the first amount is the base (a county's health services). */
  @Test
  void aMoveFromOneAmountToAnother() {
    String visits = "三、绩效目标完成情况\n全县门诊诊疗人次由2023年的128.60万人次增至2024年的139.66万人次，同比增长%s。";
    assertThat(Check.findings(visits.formatted("8.60%"), "change.rate")).isEmpty();
    assertThat(Check.findings(visits.formatted("9.20%"), "change.rate")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("8.60%");
      assertThat(f.subject()).isEqualTo("全县门诊诊疗人次");
      assertThat(f.message()).startsWith("“全县门诊诊疗人次”139.66万人次，原为128.60万人次，增长幅度约为8.60%");
    });
    String down = "三、绩效目标完成情况\n因病致贫户数由2023年底的420户下降到2024年底的378户，下降%s。";
    assertThat(Check.findings(down.formatted("10.00%"), "change.rate")).isEmpty();
    assertThat(Check.findings(down.formatted("11.00%"), "change.rate")).hasSize(1);
    assertThat(Check.findings("三、完成情况\n户数由420户增至378户，占全县的10.00%。", "change.rate")).as("no rate of the move").isEmpty();
  }

  /** The rate right after the amount, the year before's amount in parentheses after it. */
  @Test
  void theYearBeforesAmountInParenthesesAfterTheRate() {
    String stays = "三、绩效目标完成情况\n住院人次5.82万人次，同比增长%s（上年5.60万人次）。";
    assertThat(Check.findings(stays.formatted("3.93%"), "change.rate")).isEmpty();
    assertThat(Check.findings(stays.formatted("4.21%"), "change.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("3.93%"));
  }

  /** The base in parentheses after the comparison, the amount compared not in the sentence: the change over the base. */
  @Test
  void aBaseInParenthesesAndNoAmount() {
    String area = "三、绩效指标完成情况\n补贴面积核实准确率100%%；较2023年（31,982.4亩）补贴面积增加474.4亩，增长%s。";
    assertThat(Check.findings(area.formatted("1.48%"), "change.rate")).isEmpty();
    assertThat(Check.findings(area.formatted("1.58%"), "change.rate")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("1.48%");
      assertThat(f.subject()).isEqualTo("补贴面积");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("1.58%", "474.4亩", "31,982.4亩");
    });
    assertThat(Check.findings("三、绩效指标完成情况\n受益人数较上年（9876人）减少727人，下降7.46%。", "change.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("7.36%"));
    // the amount a sentence before: one finding, of the base the sentence states
    String allowance = "（一）数量指标：全年发放对象10,603人，目标值10,500人。较上年（9,876人）增加727人，增长%s。";
    assertThat(Check.findings(allowance.formatted("7.36%"), "change.rate")).isEmpty();
    assertThat(Check.findings(allowance.formatted("7.46%"), "change.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("7.36%"));
    assertThat(Check.findings("三、绩效指标完成情况\n较2023年（31982.4亩）补贴面积增加474.4亩，完成率101.48%。", "change.rate"))
        .as("no rate of the change").isEmpty();
  }

  /**
   * The change first, then its rate, then the base in parentheses (较上年减少36件，下降41.86%（上年86件）): the rate is the
   * change over the base, not the change taken for an amount against it (58.14%).
   */
  @Test
  void aChangeItsRateAndTheBaseAfter() {
    String fewer = "二、效益指标\n村庄环境明显改善，群众反映问题较上年减少36件，下降%s（上年86件）。";
    assertThat(Check.findings(fewer.formatted("41.86%"), "change.rate")).isEmpty();
    assertThat(Check.findings(fewer.formatted("44.79%"), "change.rate")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("41.86%");
      assertThat(f.subject()).isEqualTo("群众反映问题");
    });
    // an amount first is still compared with the base as an amount (住院人次…同比增长…（上年…）)
    assertThat(Check.findings("二、效益指标\n住院人次5.82万人次，同比增长3.93%（上年5.60万人次）。", "change.rate")).isEmpty();
    assertThat(Check.findings("二、效益指标\n住院人次5.82万人次，同比增长5.93%（上年5.60万人次）。", "change.rate")).hasSize(1);
  }

  /** The base named after the comparison, with no parentheses (较上年参保人数57,910人增加722人，增长1.25%). */
  @Test
  void aBaseNamedAfterTheComparison() {
    String insured = "一、基本情况\n实际参保58,632人。较上年参保人数57,910人增加722人，增长%s。";
    assertThat(Check.findings(insured.formatted("1.25%"), "change.rate")).isEmpty();
    assertThat(Check.findings(insured.formatted("1.34%"), "change.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("1.25%"));
  }

  /**
   * The base named by its year alone, the amount compared stated in another sentence or not at all (项目支出较上年的52.80万元增加
   * 11.52万元，增长21.82%): the rate is the change over the base.
   */
  @Test
  void aBaseOfTheYearAloneAndNoAmount() {
    String spent = "二、资金使用\n与2022年相比，项目支出较上年的52.80万元增加11.52万元，增长%s，增加部分主要用于购置冲锋舟。";
    assertThat(Check.findings(spent.formatted("21.82%"), "change.rate")).isEmpty();
    assertThat(Check.findings(spent.formatted("22.82%"), "change.rate")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("21.82%");
      assertThat(f.subject()).isEqualTo("项目支出");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("22.82%", "11.52万元", "52.80万元");
    });
    String fewer = "二、资金使用\n全年支出较2022年的187.35万元减少%s万元，同比下降3.25%%，主要是疫苗采购价格下降。";
    assertThat(Check.findings(fewer.formatted("6.09"), "change.rate")).isEmpty();
    assertThat(Check.findings(fewer.formatted("7.09"), "change.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("3.78%"));
    // the amount in the sentence: the comparison of the amount with its base, flagged once
    String withAmount = "二、资金使用\n全年支出599.01万元，较上年的572.36万元增加26.65万元，增长%s。";
    assertThat(Check.findings(withAmount.formatted("4.66%"), "change.rate")).isEmpty();
    assertThat(Check.findings(withAmount.formatted("5.66%"), "change.rate")).hasSize(1);
  }

  /** A budget's adjustment rate after the change from the year's start (较年初增加36.00万元，预算调整率6.14%): the change over the start. */
  @Test
  void aBudgetsAdjustmentRate() {
    String budget = "一、预算情况\n调整后全年预算622.40万元，较年初增加36.00万元，预算调整率%s，主要是追加了防汛物资采购经费。";
    assertThat(Check.findings(budget.formatted("6.14%"), "change.rate")).isEmpty();
    assertThat(Check.findings(budget.formatted("6.41%"), "change.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("6.14%"));
    String cut = "一、预算情况\n调整后全年预算550.40万元，较年初减少36.00万元，预算调整率%s。";
    assertThat(Check.findings(cut.formatted("6.14%"), "change.rate")).isEmpty();
    assertThat(Check.findings(cut.formatted("6.54%"), "change.rate")).hasSize(1);
  }

  /**
   * The rate's clause naming the comparison again (较上年452.80万元增加45.46万元，比上年增长10.04%; 同比增长, 较2023年下降): the
   * rate is still the change's.
   */
  @Test
  void aRateThatNamesTheComparisonAgain() {
    String spent = "二、资金使用\n全年支出较上年452.80万元增加45.46万元，比上年增长%s，主要是新增两处泵站运行费用。";
    assertThat(Check.findings(spent.formatted("10.04%"), "change.rate")).isEmpty();
    assertThat(Check.findings(spent.formatted("11.04%"), "change.rate")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("10.04%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("11.04%", "45.46万元", "452.80万元");
    });
    String fewer = "二、资金使用\n培训经费支出64.20万元，较上年减少%s万元，较2023年下降10.00%%。";
    assertThat(Check.findings(fewer.formatted("7.13"), "change.rate")).isEmpty();
    assertThat(Check.findings(fewer.formatted("8.13"), "change.rate")).hasSize(1);
    // a rate of another thing compared, named before its comparison, is not the change's
    String other = "二、资金使用\n全年支出较上年452.80万元增加45.46万元，受益人数比上年增长3.50%。";
    assertThat(Check.findings(other, "change.rate")).isEmpty();
  }

  /**
   * The change first, named after its direction, then its rate, then the amount it brought the whole to (较上年增加通车里程
   * 18.6公里，增长12.4%，全镇农村公路总里程达168.6公里): the rate is the change over the amount less it, 150.0公里.
   */
  @Test
  void aChangeItsRateAndTheAmountItReached() {
    String roads = "三、绩效目标完成情况\n较上年增加通车里程18.6公里，增长%s，全镇农村公路总里程达168.6公里。";
    assertThat(Check.findings(roads.formatted("12.4%"), "change.rate")).isEmpty();
    assertThat(Check.findings(roads.formatted("13.4%"), "change.rate")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("12.40%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("13.4%", "18.6公里", "168.6公里");
    });
    // brought down to (降至) after a fall; an amount reached the other way is not the change's
    String cases = "二、效益指标\n较上年减少36件，下降%s，全年信访总量降至50件。";
    assertThat(Check.findings(cases.formatted("41.86%"), "change.rate")).isEmpty();
    assertThat(Check.findings(cases.formatted("45.86%"), "change.rate")).hasSize(1);
    assertThat(Check.findings("二、效益指标\n较上年减少36件，下降45.86%，全年信访总量增至50件。", "change.rate")).isEmpty();
  }

  /**
   * A change from the year before names what changed (全年预算增加527.00万元): the amount so named in a sentence of the year
   * before (2022年…全年预算4,710.00万元) is what it changed from, not what it came to.
   */
  @Test
  void aChangeIsNotOfTheYearBeforesAmount() {
    String text = "某县水利局2023年度部门整体支出绩效自评报告\n二、预算情况\n2023年部门年初预算4,650.00万元，年中追加587.00万元，调整后全年预算5,237.00万元。"
        + "2022年年初预算4,380.00万元，年中追加330.00万元，全年预算4,710.00万元。与上年相比，全年预算增加527.00万元，同比增长%s%%。";
    assertThat(Check.findings(text.formatted("11.19"), "change.rate")).isEmpty();
    assertThat(Check.findings(text.replace("2022年年初预算", "年初预算").formatted("11.19"), "change.rate"))
        .as("the same amount in a sentence of no earlier year").hasSize(1);
  }

  /** A comparison after parts in parentheses (（公务接待费…、因公出国（境）费0元）) is of the amount before them, not the last part. */
  @Test
  void aComparisonAfterPartsInParentheses() {
    String text = "（四）“三公”经费。2024年“三公”经费预算8.60万元，实际支出7.24万元（公务接待费1.86万元、公务用车运行维护费5.38万元、"
        + "因公出国（境）费0元），预算执行率84.19%%，较2023年的8.12万元下降%s。";
    assertThat(Check.findings(text.formatted("10.84%"), "change.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("12.84%"), "change.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("10.84%"));
  }

  /** A target the deed is measured against stands between it and its change (为最低目标45场的106.67%，比上年的41场增长17.07%). */
  @Test
  void aTargetBetweenTheDeedAndItsChange() {
    String text = "全年实际开展48场（其中节庆展演12场、村级巡演22场、讲座展览14场），为最低目标45场的106.67%%，比上年的41场增长%s%%。";
    assertThat(Check.findings(text.formatted("17.07"), "change.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("9.76"), "change.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("17.07%"));
  }

  /**
   * A comparison with an earlier year's amount and what it was made of, in parentheses before 相比 (与2023年支出448.90万元（基本支出
   * 341.20万元、项目支出107.70万元）相比), is of that amount, not of its last part.
   */
  @Test
  void aComparedAmountWithItsPartsInParentheses() {
    String text = "2024年全年实际支出472.38万元。与2023年支出448.90万元（基本支出341.20万元、项目支出107.70万元）相比，较上年增加23.48万元，"
        + "增长%s%%。";
    assertThat(Check.findings(text.formatted("5.23"), "change.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("5.93"), "change.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("5.23%"));
  }

  /** An average between a total and its base (累计处理污水235,300吨，日均650吨，较上年处理量221,650吨增长6.16%) is not what grew. */
  @Test
  void anAverageBetweenTheTotalAndItsBase() {
    String text = "四、产出\n全年累计处理污水235,300吨，日均650吨，较上年处理量221,650吨增长%s。";
    assertThat(Check.findings(text.formatted("6.16%"), "change.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("7.16%"), "change.rate")).hasSize(1);
  }

  /** An average set against the year before's named by the year alone (人均培训成本1,393.00元，比上年的1,426.50元下降2.35%) is the average's. */
  @Test
  void anAverageAgainstTheYearBeforesOwn() {
    String text = "以上四项合计139.30万元，人均培训成本1,393.00元，比上年的1,426.50元下降%s。";
    assertThat(Check.findings(text.formatted("2.35%"), "change.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("3.35%"), "change.rate")).hasSize(1);
  }

  /**
   * A base named by the year alone after a balance (支出303.10万元，…，结余6.90万元，比上年的288.40万元增长5.10%): the balance went the
   * other way, so the spending before it is compared.
   */
  @Test
  void theAmountThatWentTheStatedWay() {
    String text = "项目全年支出303.10万元，执行率97.77%%，结余6.90万元，比上年的288.40万元增长%s。";
    assertThat(Check.findings(text.formatted("5.10%"), "change.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("6.10%"), "change.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("5.10%"));
  }

  /**
   * A base named by the year alone, the amount right before it in an aside (支出171,420.00元（…公务接待费12,800.00元…），控制在…预算以内，比上年的
   * 183,600.00元下降6.63%): the earlier amount that gives the rate is compared, where the nearest does not.
   */
  @Test
  void theAmountThatGivesTheRate() {
    String text = "其中“三公”经费支出171,420.00元（公务用车运行维护费158,620.00元、公务接待费12,800.00元，无因公出国（境）费用），"
        + "控制在186,000.00元的预算以内，比上年的183,600.00元下降%s。";
    assertThat(Check.findings(text.formatted("6.63%"), "change.rate")).isEmpty();
  }

  /**
   * A base named by the year alone, then the change: the amount that the change takes to the base is compared, not what was left
   * right before it (实际支出15.92万元，…，结余2.68万元，较上年的17.48万元减少1.56万元), nor the budget a share is of (为预算数12.60万元的78.10%).
   */
  @Test
  void theAmountTheChangeIsOf() {
    String left = "2024年“三公”经费预算18.60万元，实际支出15.92万元，为预算的85.59%%，结余2.68万元，较上年的17.48万元减少1.56万元，下降%s。";
    assertThat(Check.findings(left.formatted("8.92%"), "change.rate")).isEmpty();
    assertThat(Check.findings(left.formatted("8.72%"), "change.rate")).singleElement()
        .satisfies(f -> assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("8.72%", "1.56万元", "17.48万元", "15.92万元"));
    String budget = "“三公”经费支出9.84万元（公务接待费4.12万元、公务用车运行维护费5.72万元、因公出国（境）费0万元），为预算数12.60万元的78.10%%，"
        + "较上年11.20万元减少1.36万元，下降%s。";
    assertThat(Check.findings(budget.formatted("12.14%"), "change.rate")).isEmpty();
    assertThat(Check.findings(budget.formatted("12.94%"), "change.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("12.14%"));
  }

  /** A target named as the adjusted task (为调整后任务4,050户的99.01%) between what was done and its comparison is no amount that changed. */
  @Test
  void theAdjustedTaskBetweenTheDeedAndItsComparison() {
    String text = "（二）产出情况\n数量上，全年完成改厕4,010户，为调整后任务4,050户的99.01%%（为年初计划4,400户的91.14%%），比2022年的3,620户增长%s。";
    assertThat(Check.findings(text.formatted("10.77%"), "change.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("11.77%"), "change.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("10.77%"));
  }

  /**
   * The year before's amount named so by its clause, then this year's change and its rate, in either order, with no amount of this
   * year: the rate is the change over that amount.
   */
  @Test
  void theYearBeforesAmountThenThisYearsChange() {
    String named = "某县2024年度社区矫正经费绩效自评报告\n一、资金情况\n上年（2023年）矫正经费支出163.80万元，本年比上年增加15.84万元，增长%s。";
    assertThat(Check.findings(named.formatted("9.67%"), "change.rate")).isEmpty();
    assertThat(Check.findings(named.formatted("8.67%"), "change.rate")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("9.67%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("8.67%", "15.84万元", "163.80万元");
    });
    String rateFirst = "某县2024年度项目支出绩效自评报告\n一、资金情况\n上年同口径项目支出10,862.35万元，本年支出比上年增长%s，增加83.43万元。";
    assertThat(Check.findings(rateFirst.formatted("0.77%"), "change.rate")).isEmpty();
    assertThat(Check.findings(rateFirst.formatted("0.87%"), "change.rate")).hasSize(1);
    // named by a year before the report's, after a comparison with the year before
    String byItsYear = "某县2024年度养老服务补贴绩效自评报告\n一、资金情况\n与上年相比，2023年该项资金支出168.75万元，本年增加14.67万元、增长%s。";
    assertThat(Check.findings(byItsYear.formatted("8.69%"), "change.rate")).isEmpty();
    assertThat(Check.findings(byItsYear.formatted("9.69%"), "change.rate")).hasSize(1);
    // this year's own amount under a year's name is no base: 2024年 in a report of 2024
    String thisYear = "某县2024年度养老服务补贴绩效自评报告\n一、资金情况\n2024年该项资金支出168.75万元，本年增加14.67万元、增长9.69%。";
    assertThat(Check.findings(thisYear, "change.rate")).isEmpty();
    // what this year took over from the year before (上年结转) is no amount of the year before
    String carried = "某县2024年度养老服务补贴绩效自评报告\n一、资金情况\n上年结转资金20.00万元，本年增加5.00万元，增长30.00%。";
    assertThat(Check.findings(carried, "change.rate")).isEmpty();
    // a comparison with the year's spending named after 相比 (与2023年实际支出…相比，2024年支出增加…)
    String compared = "某县2024年度低保资金绩效自评报告\n一、资金情况\n与2023年实际支出3,312.50万元相比，2024年支出增加137.14万元，同比增长%s。";
    assertThat(Check.findings(compared.formatted("4.14%"), "change.rate")).isEmpty();
    assertThat(Check.findings(compared.formatted("5.14%"), "change.rate")).hasSize(1);
  }

  /** A base named by 由上年的, moved to an amount (降至) or by a change alone (增加…，增长…): the year before's amount, as 比上年的 is. */
  @Test
  void fromTheYearBefore() {
    String left = "三、资金管理\n年中根据招聘结果及时调减县级预算，县级资金结余由上年的11.35万元降至4.22万元，减少7.13万元，下降%s。";
    assertThat(Check.findings(left.formatted("62.82%"), "change.rate")).isEmpty();
    assertThat(Check.findings(left.formatted("63.82%"), "change.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("62.82%"));
    String staff = "三、支出分析\n其中基本支出增加1.72万元，增长1.84%%，人员经费由上年的79.10万元增加3.00万元，增长%s；项目支出增加12.86万元。";
    assertThat(Check.findings(staff.formatted("3.79%"), "change.rate")).isEmpty();
    assertThat(Check.findings(staff.formatted("4.79%"), "change.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("3.79%"));
  }
}
