package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountRateRuleTest {
  /** 132 of 136 who sat the year's assessment passed: 97.06%. */
  @Test
  void thePartThatDidItOverTheWhole() {
    String assessed = "年度考核136人，合格132人，考核合格率%s。";
    assertThat(Check.findings(assessed.formatted("97.06%"), "count.rate")).isEmpty();
    assertThat(Check.findings(assessed.formatted("93.06%"), "count.rate")).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("考核合格率");
      assertThat(f.stated()).isEqualTo("93.06%");
      assertThat(f.expected()).isEqualTo("97.06%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("93.06%", "132人", "136人");
    });
    assertThat(Check.findings("全镇监测对象32户，其中已消除风险28户，风险消除率87.5%。", "count.rate")).isEmpty();
    assertThat(Check.findings("全镇监测对象32户，其中已消除风险28户，风险消除率78.5%。", "count.rate")).hasSize(1);
    // a road's sections, counted in 段 (a county's rural roads)
    String sections = "三、绩效目标完成情况\n质量指标：验收路段34段，其中评定为优良的29段，优良率%s。";
    assertThat(Check.findings(sections.formatted("85.29%"), "count.rate")).isEmpty();
    assertThat(Check.findings(sections.formatted("88.24%"), "count.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("85.29%"));
  }

  /**
   * A classification's counts with no whole stated (a county's school meals: 食堂供餐学校44所，企业供餐学校2所): the rate of one
   * is over the two together, 44 of 46.
   */
  @Test
  void aPartOverItselfAndItsKin() {
    String meals = "按供餐模式分，食堂供餐学校44所，企业（单位）供餐学校2所，食堂供餐率%s。";
    assertThat(Check.findings(meals.formatted("95.65%"), "count.rate")).isEmpty();
    assertThat(Check.findings(meals.formatted("93.65%"), "count.rate")).hasSize(1);
    assertThat(Check.findings("按供餐模式分，食堂供餐学校44所，企业供餐2所，食堂供餐率95.65%。", "count.rate"))
        .as("not of one kind").hasSize(1);
  }

  /** A part named as all there are (全县126个规模养殖场…全部配套) is its own whole: 100%. */
  @Test
  void aPartNamedAsAll() {
    String farms = "加上此前已完成配套的62个规模养殖场，全县126个规模养殖场粪污处理设施装备全部配套，配套率%s。";
    assertThat(Check.findings(farms.formatted("100%"), "count.rate")).isEmpty();
    assertThat(Check.findings(farms.formatted("98%"), "count.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("100.00%"));
    // 全部 before the count is of something else: of 120 plots checked, 117 passed on every point (a county's pine wilt)
    String checked = "共抽查除治小班120个，伐桩高度、枝丫清理等项目全部合格的117个，抽查合格率%s。";
    assertThat(Check.findings(checked.formatted("97.50%"), "count.rate")).isEmpty();
    assertThat(Check.findings(checked.formatted("100%"), "count.rate")).hasSize(1);
  }

  /** The rest all did (其余117人均稳定在岗) after one set aside: a part of the count before it, 117 of 118 (a county's 三支一扶 posts). */
  @Test
  void theRestAllDid() {
    String posts = "全年累计在岗118人，除1人考取研究生提前解约外，其余117人均稳定在岗，稳定率%s。";
    assertThat(Check.findings(posts.formatted("99.15%"), "count.rate")).isEmpty();
    assertThat(Check.findings(posts.formatted("100%"), "count.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("99.15%"));
  }

  /** Who took out insurance (参保) may be written in full: 参加城乡居民医疗保险27930人 of 28500 is 98%. */
  @Test
  void insuredWrittenInFull() {
    String insured = "辖区户籍人口28500人，参加城乡居民医疗保险27930人，参保率%s。";
    assertThat(Check.findings(insured.formatted("98%"), "count.rate")).isEmpty();
    assertThat(Check.findings(insured.formatted("91%"), "count.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("98.00%"));
  }

  /** The part alone in parentheses after the rate, its whole before: 477 satisfied of 486 returned is 98.15%. */
  @Test
  void thePartAloneInParenthesesAfterTheRate() {
    String survey = "二、绩效目标完成情况\n发放问卷500份，收回有效问卷486份，有效回收率97.2%%，满意度%s（满意477份）。";
    assertThat(Check.findings(survey.formatted("98.15%"), "count.rate")).isEmpty();
    assertThat(Check.findings(survey.formatted("98.45%"), "count.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("98.15%"));
  }

  /** A rate per thousand (出生率8‰) is a rate as any other: 256 born of 32,000 is 8.00‰, and the finding says it so. */
  @Test
  void aRatePerThousand() {
    String births = "全镇常住人口32000人，全年出生人口256人，人口出生率%s。";
    assertThat(Check.findings(births.formatted("8‰"), "count.rate")).isEmpty();
    assertThat(Check.findings(births.formatted("8.00‰"), "count.rate")).isEmpty();
    assertThat(Check.findings(births.formatted("千分之八"), "count.rate")).isEmpty();
    assertThat(Check.findings(births.formatted("9‰"), "count.rate")).singleElement().satisfies(f -> {
      assertThat(f.stated()).isEqualTo("9‰");
      assertThat(f.expected()).isEqualTo("8.00‰");
    });
    assertThat(Check.findings(births.formatted("8.10‰"), "count.rate")).hasSize(1);
  }

  /**
   * A survey: 200 handed out, 192 returned, 180 satisfied. 满意度 may be of the returned or of all
   * handed out; the questionnaire named for the rate (满意度调查问卷) is no part.
   */
  @Test
  void theRateMayBeOfAnyWholeBeforeIt() {
    String survey = "共发放满意度调查问卷200份，收回有效问卷192份，其中满意180份，满意度%s。";
    assertThat(Check.findings(survey.formatted("93.75%"), "count.rate")).isEmpty();
    assertThat(Check.findings(survey.formatted("90%"), "count.rate")).isEmpty();
    assertThat(Check.findings(survey.formatted("95.75%"), "count.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("93.75%"));
  }

  /**
   * The part is named by the longest end of the rate's name (集中供养 for 集中供养率, not the nearer 分散供养:
   * a county's 318 of 1426 is 22.30%, and 1108 over 318 was a false error), and it may follow its rate
   * with 其中 (588 returned, 满意度为97.45%，其中满意573份).
   */
  @Test
  void thePartTheRateNames() {
    String care = "三、绩效目标完成情况\n保障特困人员1426人，其中集中供养%s人，分散供养1108人，集中供养率22.30%%。";
    assertThat(Check.findings(care.formatted("318"), "count.rate")).isEmpty();
    assertThat(Check.findings(care.formatted("340"), "count.rate")).singleElement()
        .satisfies(f -> assertThat(f.evidence()).extracting(e -> e.quote()).contains("340人"));
    String survey = "三、绩效目标完成情况\n群众满意度调查共发放问卷600份，回收有效问卷588份，满意度为97.45%%，其中满意%s份。";
    assertThat(Check.findings(survey.formatted("573"), "count.rate")).isEmpty();
    assertThat(Check.findings(survey.formatted("613"), "count.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("104.25%"));
  }

  /** Done of all there was (实施21个，完成19个): a completion rate, where the clause plans nothing (plan.rate's when it does). */
  @Test
  void doneOfAllThereWas() {
    String projects = "四、项目绩效\n全年实施民生项目21个，完成19个，完成率%s。";
    assertThat(Check.findings(projects.formatted("90.48%"), "count.rate")).isEmpty();
    assertThat(Check.findings(projects.formatted("96.81%"), "count.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("90.48%"));
    assertThat(Check.findings("四、项目绩效\n完成改厕560户，计划500户，完成率112%。", "count.rate")).as("plan.rate's").isEmpty();
  }

  /**
   * The rate of the returns between the whole and the part picked out of it with 其中 (a county's school
   * meals survey: 760 of 800 returned is 95.00%, 740 of the 760 satisfied 97.37%); 回收率 names 收回.
   */
  @Test
  void aPartPickedOutPastTheRateBefore() {
    String survey = "二、效益指标\n发放调查问卷%s份，收回有效问卷%s份，回收率95.00%%，其中满意%s份，满意度97.37%%。";
    assertThat(Check.findings(survey.formatted("800", "760", "740"), "count.rate")).isEmpty();
    assertThat(Check.findings(survey.formatted("856", "760", "740"), "count.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("88.79%"));
    assertThat(Check.findings(survey.formatted("800", "760", "792"), "count.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("104.21%"));
    assertThat(Check.findings(survey.formatted("800", "813", "740"), "count.rate")).hasSize(2);
    // no 其中: the satisfied are not said to be of those returned
    assertThat(Check.findings("二、效益指标\n发放调查问卷800份，收回有效问卷760份，回收率95.00%，满意740份，满意度92.50%。", "count.rate"))
        .isEmpty();
  }

  /** No part named for the rate, no whole of its measure, a rate of a plan or of money, or another clause: nothing to hold it to. */
  @Test
  void whatIsNoShareOfACount() {
    assertThat(Check.findings("新建户厕120户，验收合格118户，群众满意度95%。", "count.rate")).as("no part named 满意").isEmpty();
    assertThat(Check.findings("化解矛盾纠纷110件，接待来访120人次，化解率91%。", "count.rate")).as("two measures").isEmpty();
    assertThat(Check.findings("完成农村改厕560户，计划500户，完成率100%。", "count.rate")).as("plan.rate's").isEmpty();
    assertThat(Check.findings("参保人数22500人，参保率98.5%。", "count.rate")).as("no whole").isEmpty();
    assertThat(Check.findings("抽查项目10个，合格9个，合格率90%，优良4个，优良率50%。", "count.rate")).as("the rate before ends the clause")
        .isEmpty();
    assertThat(Check.findings("年度考核136人。合格132人，合格率93%。", "count.rate")).as("another sentence").isEmpty();
  }

  /** A count picked out of the part with 其中, the deed said after it, is the rate's part and the part its whole (adverse events). */
  @Test
  void aCountPickedOutOfThePartNamedForTheDeed() {
    String events = "三、绩效目标完成情况\n全年报告AEFI病例37例，其中%s例在48小时内报告，报告率97.30%%，超出目标2.30个百分点。";
    assertThat(Check.findings(events.formatted("36"), "count.rate")).isEmpty();
    assertThat(Check.findings(events.formatted("35"), "count.rate")).hasSize(1);
  }

  /** More passed than sat: whatever the rate, something is wrong, and 140 of 136 is what the figures say. */
  @Test
  void aWholeSmallerThanItsPart() {
    assertThat(Check.findings("改厕136户，验收合格140户，合格率97%。", "count.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("102.94%"));
  }

  /** The part and the whole in parentheses after the rate (a reservoir's repair), in either order. */
  @Test
  void thePartAndTheWholeInParenthesesAfterTheRate() {
    String works = "三、绩效目标完成情况\n2.工程质量验收合格率100%%，单元工程优良率%s（%s）。";
    assertThat(Check.findings(works.formatted("86.7%", "优良单元工程52个，共60个"), "count.rate")).isEmpty();
    assertThat(Check.findings(works.formatted("86.7%", "60个单元工程中优良52个"), "count.rate")).as("the whole first").isEmpty();
    assertThat(Check.findings(works.formatted("92.8%", "优良单元工程52个，共60个"), "count.rate")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("86.67%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("92.8%", "52个", "60个");
    });
    assertThat(Check.findings(works.formatted("92.8%", "60个单元工程中优良52个"), "count.rate")).hasSize(1);
    assertThat(Check.findings("三、绩效目标完成情况\n3.竣工率97.67%（竣工84户）。", "count.rate")).as("no whole").isEmpty();
  }

  /**
   * A part named as a sum of the counts before it (按月发放12批次，…按季度发放4批次，全年共发放16批次，…按时发放率100%) has no smaller
   * count for its whole; one that is no sum still does (above).
   */
  @Test
  void aPartThatSumsTheCountsBefore() {
    String paid = "3.时效指标：烈士遗属定期抚恤金按月发放12批次，其他四类对象按季度发放4批次，全年共发放16批次，均在规定时限内发放到位，按时发放率%s。";
    assertThat(Check.findings(paid.formatted("100%"), "count.rate")).isEmpty();
    assertThat(Check.findings(paid.formatted("100%").replace("全年共发放16批次", "全年共发放16批次，应发放17批次"), "count.rate"))
        .as("a whole no smaller").hasSize(1);
    assertThat(Check.findings("年度考核136人，合格%s人，考核合格率97.06%%。".formatted("133"), "count.rate")).as("still checked").hasSize(1);
  }

  /**
   * A rate of several counts together (优良中等路率 of 优良路 and 中等路) has no one count for its part; a change (增加11.8公里) or the
   * count it is from is no whole.
   */
  @Test
  void aRateOfSeveralCountsAndAChangeIsNoWhole() {
    assertThat(Check.findings("经路况评定，全县优良路1,392.6公里、中等路431.5公里、次差路323.9公里，优良中等路率84.9%。", "count.rate")).isEmpty();
    assertThat(Check.findings("全年列养农村公路2,148.0公里，较上年的2,136.2公里增加11.8公里，列养率100%。", "count.rate")).isEmpty();
    assertThat(Check.findings("经路况评定，全县农村公路2,148.0公里，其中优良路1,392.6公里，优良路率70.0%。", "count.rate")).as("one count").hasSize(1);
    assertThat(Check.findings("全年应养农村公路2,148.0公里，列养2,100.0公里，列养率100%。", "count.rate")).as("no change").hasSize(1);
  }
  /**
   * A rate whose whole the report leaves unstated (空置公租房146套，空置率5.13%) is of that whole again later in its sentence
   * (…经翻新后配租64套，年末空置82套，空置率2.88%): the count between is no whole of it.
   */
  @Test
  void theSameRateAgainOfTheWholeLeftUnstated() {
    String rooms = "（二）效益指标\n年初全区空置公租房146套，空置率5.13%%；经翻新后配租64套，年末空置82套，空置率%s，下降2.25个百分点。";
    assertThat(Check.findings(rooms.formatted("2.88%"), "count.rate")).isEmpty();
    assertThat(Check.findings("（二）效益指标\n经翻新后配租64套，年末空置82套，空置率2.88%。", "count.rate")).as("alone, the count before is its whole")
        .hasSize(1);
  }
  /** Those who should have done it (应出席委员236人) are the whole of those who did (实到221人, 出席率93.64%), no part of it. */
  @Test
  void thoseWhoShouldHaveAreTheWhole() {
    String text = "1.协商议政活动。召开全体会议时，应出席委员236人，实到%s人，出席率93.64%%。";
    assertThat(Check.findings(text.formatted("221"), "count.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("231"), "count.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("97.88%"));
    // and with words between 应 and the deed (应送检溯源的计量标准器57台（件），按期完成56台（件），按期溯源率98.25%)
    String sent = "2．质量指标。全年应送检溯源的计量标准器57台（件），按期完成%s台（件），按期溯源率98.25%%；一台延后送检，本项扣1分。";
    assertThat(Check.findings(sent.formatted("56"), "count.rate")).isEmpty();
    assertThat(Check.findings(sent.formatted("55"), "count.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("96.49%"));
  }
  /** Those that did not (不合格89批次) are no part of a rate of those that did (合格率97.4%), but are of their own (不合格率2.6%). */
  @Test
  void thoseThatDidNot() {
    String text = "1.食品安全抽检。全年完成抽检3,418批次，检出合格%s批次，不合格89批次，合格率97.4%%。";
    assertThat(Check.findings(text.formatted("3,329"), "count.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("3,029"), "count.rate")).hasSize(1);
    assertThat(Check.findings("全年完成抽检3,418批次，检出合格3,329批次，不合格89批次，不合格率2.6%。", "count.rate")).isEmpty();
    assertThat(Check.findings("全年完成抽检3,418批次，检出合格3,329批次，不合格89批次，不合格率3.6%。", "count.rate")).hasSize(1);
  }

  /** A smaller count right after the part is the rest (合格558人，12人经补考后…): the rate is of the two together. */
  @Test
  void theRestAfterThePart() {
    String text = "三、绩效目标完成情况\n培训结束后组织考核，合格%s人，12人经补训补考后取得结业证书，首次考核合格率97.89%%。";
    assertThat(Check.findings(text.formatted("558"), "count.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("548"), "count.rate")).hasSize(1);
  }

  /**
   * A part in the clause after a semicolon, past the rate of the counts before it (回收有效问卷392份，回收率98.00%；表示满意的371份，
   * 满意度94.64%), is of those counts; not where the clause states another kind side by side (可网办事项…；全程网办事项…) or the rest
   * (；其余4盏…).
   */
  @Test
  void aPartAfterASemicolon() {
    String survey = "三、绩效目标完成情况\n随机抽取资助对象400人开展问卷调查，回收有效问卷392份，回收率98.00%%；表示满意的371份，满意度%s。";
    assertThat(Check.findings(survey.formatted("94.64%"), "count.rate")).isEmpty();
    assertThat(Check.findings(survey.formatted("94.67%"), "count.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("94.64%"));
    assertThat(Check.findings("三、绩效目标完成情况\n全县政务服务事项1,386项全部接入平台，接入率100%；其中可网办事项1,318项，可网办率95.09%；"
        + "全程网办事项1,012项，全程网办率73.02%。", "count.rate")).isEmpty();
    assertThat(Check.findings("三、绩效目标完成情况\n竣工验收共查验路灯420盏，一次验收合格416盏，一次验收合格率99.05%；其余4盏经更换控制器后复验合格，"
        + "最终验收合格率100%。", "count.rate")).isEmpty();
  }

  /**
   * Parts side by side, each with its rate of one whole no clause states (在管1241名, 96.50%; 规范管理1103名, 85.77%: both of the 1286
   * registered): a rate is of the whole the rate before it is of, not of the count before that rate.
   */
  @Test
  void partsSideBySideOfOneUnstatedWhole() {
    String patients = "三、绩效目标完成情况\n1．在管患者1241名，管理率为96.50%%；规范管理1103名，规范管理率%s；服药患者1068名，服药率83.05%%。";
    assertThat(Check.findings(patients.formatted("85.77%"), "count.rate")).isEmpty();
    assertThat(Check.findings(patients.formatted("86.77%"), "count.rate")).as("the rate fits neither whole").isNotEmpty();
  }

  /** Of two counts named for the rate's deed (满意226户、基本满意11户), the rate may be of either, though the nearer is 基本满意. */
  @Test
  void eitherCountNamedForTheDeed() {
    String text = "三、绩效目标完成情况\n随机入户调查240户，其中满意%s户、基本满意11户、不满意3户，满意度94.17%%，高于90%%的目标值。";
    assertThat(Check.findings(text.formatted("226"), "count.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("229"), "count.rate")).hasSize(1);
  }

  /** So many for each (每个村（社区）配备儿童主任1名，共286名) is no part of the whole: the rate of the villages served is not of it. */
  @Test
  void soManyForEachIsNoPart() {
    assertThat(Check.findings("每个乡镇配备儿童督导员1名，共18名；每个村（社区）配备儿童主任1名，共286名，儿童主任配备率100%。", "count.rate")).isEmpty();
  }

  /** The rest named as those that did not (持证上岗190名，未持证40名，持证上岗率82.61%): the rate is of both. */
  @Test
  void theRestNamedAsThoseThatDidNot() {
    String text = "全县养老机构共有护理员230名，其中公办128名、民办102名；持证上岗190名（公办101名、民办89名），未持证40名，持证上岗率%s%%，未达到85%%的目标。";
    assertThat(Check.findings(text.formatted("82.61"), "count.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("85.61"), "count.rate")).hasSize(1);
  }

  /** A deed of every item of a list (产地检疫生猪…、牛…、羊…，合计…), its rate of the list's whole: the first item is no part of it. */
  @Test
  void aDeedOfEveryItemOfAList() {
    String text = "全年实施产地检疫生猪28,460头、牛1,120头、羊3,240只、家禽152,000羽，合计184,820头（只、羽），产地检疫率100%。";
    assertThat(Check.findings(text, "count.rate")).isEmpty();
    assertThat(Check.findings("年度考核136人，考核合格132人，合格率%s%%。".formatted("99.06"), "count.rate")).as("a part alone").hasSize(1);
  }

  /** The rest named so (完成验收并支付40个，…，其余2个因设备型号更换待验收，完成率95.24%): the rate is of both, 40 of 42. */
  @Test
  void theRestNamedSo() {
    String text = "5. 村卫生室基本设备配置：按每个村卫生室2.80万元标准为村卫生室配置设备；年内完成验收并支付40个，支出112.00万元，"
        + "其余2个因设备型号更换待验收，完成率%s%%。";
    assertThat(Check.findings(text.formatted("95.24"), "count.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("97.24"), "count.rate")).hasSize(1);
  }

  /** A rate of two deeds together (解决和计划解决率) is of the two counts' sum: no one count is its part. */
  @Test
  void aRateOfTwoDeedsTogether() {
    String text = "全年共收到提案236件，经审查立案212件。212件提案全部办结，办结率100%。其中所提问题已解决或基本解决的128件，列入计划逐步解决的61件，"
        + "因条件限制留作参考的23件，解决和计划解决率89.15%。";
    assertThat(Check.findings(text, "count.rate")).isEmpty();
  }

  /** A part picked out of the count before it (一百二十六个行政村（社区）中的118个) has that count for its whole. */
  @Test
  void aPartPickedOutOfTheCountBefore() {
    String text = "演出覆盖全县一百二十六个行政村（社区）中的118个，覆盖率%s。";
    assertThat(Check.findings(text.formatted("93.65%"), "count.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("93.75%"), "count.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("93.65%"));
  }

  /** A count joined to one named before it (县花鼓戏剧团和4个民营院团考核合格) is not all of those that did it. */
  @Test
  void aCountBesideANamedOne() {
    String text = "年终对六个演出团体进行考核，县花鼓戏剧团和4个民营院团考核合格，1个民营院团考核不合格，合格率83.33%。";
    assertThat(Check.findings(text, "count.rate")).isEmpty();
  }

  /**
   * A part told of in an aside (档案86,120卷（上年末为80,120卷，本年新增6,000卷）): the aside's smaller counts are no whole of its rate;
   * a whole in the aside (合格86个（共90个）) still is.
   */
  @Test
  void anAsidesSmallerCountsAreNoWhole() {
    assertThat(Check.findings("年末已完成数字化的馆藏档案86,120卷（上年末为80,120卷，本年新增6,000卷），馆藏档案数字化率达到63.74%。",
        "count.rate")).isEmpty();
    assertThat(Check.findings("抽检合格86个（共90个），合格率95.56%。", "count.rate")).isEmpty();
    assertThat(Check.findings("抽检合格86个（共90个），合格率93.56%。", "count.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("95.56%"));
  }

  /** The satisfied counted in 家 of the questionnaires returned in 份 (收回96份；表示满意的89家，满意度92.71%): of those returned. */
  @Test
  void theSatisfiedOfTheQuestionnairesReturned() {
    String text = "7. 满意度。向98家受益企业发放问卷98份，收回96份，回收率97.96%%；表示满意的89家，满意度%s%%，比目标低2.29个百分点。";
    assertThat(Check.findings(text.formatted("92.71"), "count.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("93.71"), "count.rate")).hasSize(1);
  }

  /** The rest named by what it did not do, later in its sentence (…232个泊位因完工较晚…，未能在年内接入，按泊位计算接入率80.44%). */
  @Test
  void theRestSaidNotToHaveDoneIt() {
    String text = "2.质量指标。东门、人民医院北侧、滨河路三处停车场954个泊位已接入县智慧停车管理平台，老车站停车场232个泊位因完工较晚、道闸系统尚在调试，"
        + "未能在年内%s，按泊位计算接入率80.44%%，未达到100%%的目标。";
    assertThat(Check.findings(text.formatted("接入"), "count.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("投用"), "count.rate")).as("not the deed of the rate").hasSize(1);
  }
}
