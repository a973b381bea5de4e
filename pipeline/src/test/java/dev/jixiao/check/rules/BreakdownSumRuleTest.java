package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.record.Figure;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import org.junit.jupiter.api.Test;

class BreakdownSumRuleTest {
  @Test
  void closedBreakdownsMustAddUpWithinRounding() {
    assertThat(Check.findings("决算收入2826.23万元，其中：一般公共预算拨款2717.40万元，政府性基金21.90万元，国有资本0.39万元，其他收入86.55万元。", "breakdown.sum")).isEmpty();
    assertThat(Check.findings("决算收入2900.00万元，其中：一般公共预算拨款2717.40万元，政府性基金21.90万元，国有资本0.39万元，其他收入86.55万元。", "breakdown.sum"))
        .singleElement().satisfies(f -> assertThat(f.expected()).isEqualTo("2826.24万元"));
    // a sum is written to the decimals of what it adds up, 2030.30 and not 2030.3
    assertThat(Check.findings("年度资金总额2030.12万元，其中：一般公共预算1325.68万元，其他资金704.62万元。", "breakdown.sum"))
        .singleElement().satisfies(f -> assertThat(f.expected()).isEqualTo("2030.30万元"));
  }

  /** Each part beside its own amount the year before: those are no parts, and the parts still add up. */
  @Test
  void partsComparedWithTheYearBefore() {
    String sangong = "（二）“三公”经费\n2024年“三公”经费支出12.36万元，较上年15.02万元减少2.66万元，下降17.71%%。其中：公务接待费2.35万元，"
        + "较上年3.10万元下降24.19%%；公务用车运行维护费%s万元，较上年11.92万元下降16.02%%；因公出国（境）费0元。";
    assertThat(Check.findings(sangong.formatted("10.01"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(sangong.formatted("10.71"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("13.06万元"));
  }

  /**
   * "…，其中：" ending its line lists the parts in the paragraphs after it, each opening with its
   * label and figure, hard-wrapped or not, up to the next heading: a county unit's published final
   * accounts state 基本支出911000.39元 over parts that add up to 881300.39元 (its 基本支出 of another
   * section; the 29700元 of project spending makes the difference).
   */
  @Test
  void aListOnTheLinesAfterItsTotal() {
    String accounts = """
        六、一般公共预算基本支出情况说明
        2023 年本年一般公共预算基本支出 %s 元,其中:
        人员经费 809961.19 元,主要包括:基本工资、津贴补
        贴、伙食补助费、绩效工资、住房公积金、委托业务费。
        公用经费 71339.2 元,主要包括:办公费、工会经费、
        其他商品服务和支出。
        七、一般公共预算“三公”经费情况说明
        2023 年“三公”经费支出预算 0元。
        """;
    assertThat(Check.findings(accounts.formatted("881300.39"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(accounts.formatted("911000.39"), "breakdown.sum")).singleElement().satisfies(f -> {
      assertThat(f.stated()).isEqualTo("911000.39 元");
      assertThat(f.expected()).isEqualTo("881300.39元");
    });
    // a wrapped line that opens with money goes on with its paragraph; a paragraph of another kind ends the list
    String wrapped = "基本支出 900 元,其中:\n人员经费 800 元,主要包括:基本工资、较上年\n减少 50 元的津贴。\n公用经费 100 元。\n本年无项目支出,结余 30 元。\n";
    assertThat(Check.findings(wrapped, "breakdown.sum")).isEmpty();
    assertThat(Check.findings(wrapped.replace("900 元", "950 元"), "breakdown.sum")).hasSize(1);
  }

  /** A sentence opening with a total of as many items as it counts (三档合计) after the sentence that lists them. */
  @Test
  void aCountedTotalOfTheSentenceBefore() {
    String aid = "二、资助情况\n一档每生每年2500元，资助386人，资金96.50万元；二档每生每年1500元，资助512人，资金76.80万元；"
        + "三档每生每年1000元，资助228人，资金22.80万元。三档合计资金%s万元。";
    assertThat(Check.findings(aid.formatted("196.10"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(aid.formatted("209.83"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("196.10万元"));
    assertThat(Check.findings(aid.formatted("209.83").replace("三档合计", "四档合计"), "breakdown.sum")).as("not as many").isEmpty();
    String announced = "二、资助情况\n全年共资助家庭经济困难学生%s人。按困难程度分三档资助：一档每生每年2500元，资助386人；"
        + "二档每生每年1500元，资助512人；三档每生每年1000元，资助228人。";
    assertThat(Check.findings(announced.formatted("1126"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(announced.formatted("1205"), "breakdown.sum")).as("a total before the list it announces").hasSize(1);
    assertThat(Check.findings(announced.formatted("1205").replace("分三档", "分四档"), "breakdown.sum")).as("not as many").isEmpty();
  }

  /**
   * A counted total (上述三项合计) after the sentence that enumerates its points (一是…；二是…；三是…): each point's one amount, whatever
   * it is called (减少, 节约), and not the amount the sentence announces the points of, nor a price in a point's aside.
   */
  @Test
  void aCountedTotalOfThePointsBefore() {
    String balance = "结余3.54万元的构成为：一是2个村卫生室考核不合格，扣减1.00万元（4个×2,500元）；二是村卫生室撤并，减少%s万元（3个×5,000元）；"
        + "三是培训经费节约1.04万元。上述三项合计3.54万元，已按规定收回。";
    assertThat(Check.findings(balance.formatted("1.50"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(balance.formatted("1.60"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("3.64万元"));
  }

  /**
   * The next sentence lists each source's spending with its balance beside it: its parts are of the amount spent they add up to
   * without those balances, named as the sentence names it and not as its restatement in parentheses (a county's forest tending).
   */
  @Test
  void eachSourcesSpendingBesideItsBalance() {
    String spending = "抚育补贴实际支出1,185.48万元（11,854,800.00元），预算执行率98.30%，结余20.52万元。其中：中央资金支出1,032.00万元，"
        + "执行率98.29%，结余18.00万元；省级资金120.00万元全部支出；县级工作经费支出33.48万元，执行率93.00%，结余2.52万元。";
    Report r = Check.report(spending);
    assertThat(r.findings()).filteredOn(f -> f.rule().equals("breakdown.sum")).isEmpty();
    assertThat(r.figures()).filteredOn(f -> "f1".equals(f.partOf())).extracting(Figure::text)
        .containsExactly("1,032.00万元", "120.00万元", "33.48万元");
  }

  /** A part counted in words and again in digits, with no mark that parts items between (三处流量站（即水文站）3处), is one part. */
  @Test
  void aPartCountedTwiceIsOnePart() {
    String stations = "全县现有各类遥测站点%s处，其中：芦滩、沙埠、杉坳三处流量站（即水文站）3处，水位站12处，雨量站46处，土壤墒情站8处。";
    assertThat(Check.findings(stations.formatted("69"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(stations.formatted("72"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("69处"));
    assertThat(Check.findings(stations.formatted("72").replace("（即水文站）3处", "，水文站3处"), "breakdown.sum"))
        .as("two items, parted by a comma").isEmpty();
  }

  /** A figure named within a part listed before it (公用经费中药品及卫生材料费) is of that part, not one more of the whole. */
  @Test
  void aFigureNamedWithinAPart() {
    String basic = "基本支出小计11,390.14万元，执行率98.19%%。其中人员经费6,124.85万元，占总支出的49.05%%，执行率99.11%%；公用经费%s万元，"
        + "占总支出的42.17%%，执行率97.15%%，公用经费中药品及卫生材料费3,618.47万元，占公用经费的68.72%%。";
    assertThat(Check.findings(basic.formatted("5,265.29"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(basic.formatted("5,365.29"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("11490.14万元"));
  }

  /**
   * A part and its share, then after a semicolon a clause that lists others by commas: of other kinds (by title, not by category),
   * another statement and no more parts; where each clause holds one part with its share, the semicolons part the items.
   */
  @Test
  void aClauseListingOthersByCommasAfterAPartsShare() {
    String doctors = "全院执业（助理）医师%s人，其中中医类别医师96人，占执业（助理）医师总数的64.86%%；具有高级专业技术职称的58人，具有中级专业技术职称的137人。";
    assertThat(Check.findings(doctors.formatted("148"), "breakdown.sum")).isEmpty();
    String byCategory = "全院执业（助理）医师%s人，其中中医类别医师96人，占执业（助理）医师总数的64.86%%；西医类别医师52人，占35.14%%。";
    assertThat(Check.findings(byCategory.formatted("148"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(byCategory.formatted("158"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("148人"));
  }

  /**
   * A line that ends announcing what it lists (具体支出如下：) after the amount it names (实际支出): the
   * numbered paragraphs after it, each opening with its part, add up to that amount (a county's employment
   * fund, written for this test).
   */
  @Test
  void aListAnnouncedAsFollows() {
    String fund = """
        二、资金使用情况
        截至2024年12月31日，实际支出%s万元，预算执行率96.56%%，结余63.65万元结转下年使用。具体支出如下：
        1.职业技能培训补贴1052.70万元，共培训3260人次，人均补贴3229.14元。
        2.公益性岗位补贴401.76万元，全年安置就业困难人员186人。
        3.社会保险补贴215.49万元，惠及灵活就业人员218人。
        4.创业担保贷款贴息116.40万元，全年发放创业担保贷款4850万元。
        三、绩效目标完成情况
        城镇新增就业5120人。
        """;
    assertThat(Check.findings(fund.formatted("1786.35"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(fund.formatted("1911.39"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("1786.35万元"));
    assertThat(Check.findings(fund.formatted("1911.39").replace("具体支出如下", "具体情况如下"), "breakdown.sum"))
        .as("a list that names no amount before").isEmpty();
    String ownLine = fund.replace("结转下年使用。具体支出如下：", "结转下年使用。\n具体支出如下：");
    assertThat(Check.findings(ownLine.formatted("1786.35"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(ownLine.formatted("1911.39"), "breakdown.sum")).as("announced on a line of its own").hasSize(1);
  }

  /**
   * A list announced on a line of its own right under the next heading (二、项目资金使用情况 / 资金使用明细如下：) is of
   * the amount of its kind the section before states: 使用 the amount spent, 安排 the amount budgeted (a culture fund, as
   * the probe report culture.txt is written).
   */
  @Test
  void aListAnnouncedUnderTheNextHeading() {
    String fund = """
        一、项目基本情况
        2023年度项目资金预算数为86.00万元，截至2023年12月31日，项目资金执行数为%s万元，预算执行率为95.76%%。

        二、项目资金使用情况
        资金使用明细如下：
        1.村级综合文化服务中心设备购置48.60万元；
        2.送戏下乡演出补助21.00万元；
        3.农家书屋图书更新12.75万元。

        三、绩效目标完成情况
        送戏下乡演出60场。
        """;
    assertThat(Check.findings(fund.formatted("82.35"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(fund.formatted("82.35").replace("12.75", "13.75"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("82.35万元"))
        .satisfies(f -> assertThat(f.expected()).isEqualTo("83.35万元"));
    String budgeted = fund.replace("资金使用明细如下", "资金安排如下").replace("12.75", "16.40");
    assertThat(Check.findings(budgeted.formatted("82.35"), "breakdown.sum")).as("安排: of the budget").isEmpty();
    assertThat(Check.findings(budgeted.formatted("82.35").replace("86.00", "87.00"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("87.00万元"));
    assertThat(Check.findings(fund.formatted("82.35").replace("12.75", "13.75").replace("资金使用明细如下", "资金使用情况："),
        "breakdown.sum")).as("not announced as a list").isEmpty();
    String twoSpent = fund.replace("预算执行率为95.76%%。", "预算执行率为95.76%%；其中上级补助资金支出60.00万元。");
    assertThat(Check.findings(twoSpent.formatted("82.35").replace("12.75", "13.75"), "breakdown.sum"))
        .as("two amounts spent before: which is not said").isEmpty();
  }

  /**
   * A county bureau's budget (published figures, its lines joined) states each kind of spending in a
   * numbered paragraph with its share and its change from the year before, then "。其中:" and its
   * parts on the lines after: the parts are of the paragraph's one amount, and the next numbered
   * paragraph, a sibling of the total, ends the list. Before, the parts were of nothing, and the two
   * 商品和服务支出预算 (of 基本支出 and of 项目支出) were taken for one quantity stated twice.
   */
  @Test
  void aListOnTheLinesAfterASentenceOpeningWithQiZhong() {
    String budget = """
        五、一般公共预算支出情况
        1. 基本支出预算 %s 元,占一般公共预算支出的96.74%%,同比减少 166271.4 元,下降 15.87 %%。其中:
        工资福利支出预算 716052.51 元,占基本支出预算81.25%%,同比减少 148979.48 元,下降 17.22%%。
        商品和服务支出预算 165247.88 元,占基本支出预算18.75%%,同比减少 17291.92 元,下降 9.47%%。
        2. 项目支出 29700 元,占一般公共预算支出的 3.26%%,同比减少 13900 元 ,下降 31.88 %%。其中:
        商品和服务支出预算 29700 元,占项目支出预算 100%%,同比减少 13900 元 ,下降 31.88 %%。
        """;
    assertThat(Check.findings(budget.formatted("881300.39"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(budget.formatted("881300.39"), "restated")).isEmpty();
    assertThat(Check.findings(budget.formatted("891300.39"), "breakdown.sum")).singleElement().satisfies(f -> {
      assertThat(f.stated()).isEqualTo("891300.39 元");
      assertThat(f.expected()).isEqualTo("881300.39元");
    });
    // a sentence with two amounts of its own leaves its 其中 to neither
    String two = "五、支出情况\n基本支出 900 元,项目支出 100 元。其中:\n人员经费 800 元。\n公用经费 50 元。\n";
    assertThat(Check.findings(two, "breakdown.sum")).isEmpty();
  }

  /**
   * A sentence that opens with an amount's name and 中 breaks down the last amount of that name in its
   * section, though its sentence states other amounts: 1148.36 + 178.42 is the 1326.78万元 of 基本支出.
   */
  @Test
  void aSentenceOpeningWithTheNameOfWhatItBreaksDown() {
    String spending = """
        二、部门整体支出情况
        2024年度支出总计4186.45万元，其中：基本支出%s万元，占31.69%%；项目支出2859.67万元，占68.31%%。年初预算4020.00万元。
        基本支出中，人员经费1148.36万元，公用经费178.42万元。
        """;
    assertThat(Check.findings(spending.formatted("1326.78"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(spending.formatted("1326.78").replace("1148.36", "1158.36"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("1336.78万元"));
    String project = "一、资金情况\n项目实际支出163.80万元，预算执行率97.50%%。实际支出中，岗位补贴%s万元，岗前培训费0.60万元。";
    assertThat(Check.findings(project.formatted("163.20"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(project.formatted("163.50"), "breakdown.sum")).hasSize(1);
    assertThat(Check.findings("一、资金情况\n基本支出1326.78万元。\n二、项目支出\n基本支出中，人员经费1148.36万元，公用经费100万元。", "breakdown.sum"))
        .as("another section").isEmpty();
    assertThat(Check.findings("一、资金情况\n实际支出163.80万元。实际支出中，用于购买设备10万元。", "breakdown.sum")).as("one part is no whole")
        .isEmpty();
    // the name joined by 的, each amount after the count it was paid for (a township's housing repairs)
    String housing = "二、资金使用情况\n截至年底，已拨付补助资金119.00万元，资金拨付率94.44%%，剩余7.00万元待竣工验收后拨付。"
        + "已拨付的补助资金中，C级危房42户%s万元，D级危房16户56.00万元。";
    assertThat(Check.findings(housing.formatted("63.00"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(housing.formatted("63.30"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("119.30万元"));
  }

  /**
   * A written nothing is none at all: the 0万元 of a unit's published “三公” budget is not anything up
   * to 0.5万元, so its parts add up to 2.7万元 within 0.1万元.
   */
  @Test
  void anAmountWrittenAsNothingIsNone() {
    String sanGong = "2018年财政拨款“三公”经费预算总额为%s万元,其中,因公出国(境)费支出0万元,公务用车购置及运行费支出1.5万元,公务接待费支出1.2万元。";
    assertThat(Check.findings(sanGong.formatted("2.7"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(sanGong.formatted("3.2"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("2.7万元"));
    // an amount written whole stands for its half unit either way
    assertThat(Check.findings("项目资金合计31万元，其中中央资金20万元、省级资金8万元、县级资金2万元。", "breakdown.sum")).isEmpty();
    assertThat(Check.findings("项目资金合计31万元，其中中央资金20万元、省级资金8.5万元、县级资金2万元。", "breakdown.sum")).isEmpty();
  }

  /**
   * A sentence of a budget and what was spent of it, ended by its rate and change, and the kinds
   * after 其中 in the next: the kinds are of the spending, or of the budget where they add up to it.
   */
  @Test
  void aBreakdownAfterABudgetAndItsSpending() {
    String sanGong = "二、“三公”经费情况\n2023年“三公”经费预算12.50万元，实际支出10.86万元，执行率86.88%%，较上年减少1.24万元，下降10.25%%。"
        + "其中：公务接待费%s万元，公务用车运行维护费8.50万元，因公出国（境）费0万元。";
    assertThat(Check.findings(sanGong.formatted("2.36"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(sanGong.formatted("2.56"), "breakdown.sum")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("11.06万元");
      assertThat(f.evidence()).extracting(e -> e.quote()).contains("10.86万元", "2.56万元");
    });
    assertThat(Check.findings(sanGong.formatted("4.00"), "breakdown.sum")).as("the budget's kinds").isEmpty();
    // the spending first, then the budget it is compared with (a township's 决算数 against its 预算数)
    String finalAccounts = "二、预算执行情况\n2024年“三公”经费决算数8.64万元，比预算数10.00万元减少1.36万元，下降13.60%%。"
        + "其中公务用车运行维护费%s万元，公务接待费2.44万元。";
    assertThat(Check.findings(finalAccounts.formatted("6.20"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(finalAccounts.formatted("6.63"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("9.07万元"));
  }

  /** A comparison's base and change beside a total leave it the sentence's one amount, which 其中 then breaks down. */
  @Test
  void aBreakdownAfterATotalComparedWithItsBase() {
    String spending = "二、收支情况\n支出合计2098.51万元，比上年的2251.40万元减少152.89万元，下降6.79%%。其中：基本支出%s万元，项目支出1112.09万元。";
    assertThat(Check.findings(spending.formatted("986.42"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(spending.formatted("1055.47"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("2167.56万元"));
  }

  /** An amount per unit and a count beside the total leave it the sentence's one amount, which 其中 then breaks down. */
  @Test
  void aBreakdownAfterATotalAndItsCostPerUnit() {
    String farmland = "一、项目概况\n2024年全县建设高标准农田3.2万亩，项目总投资6400.00万元，亩均投资2000元。"
        + "其中中央资金%s万元，省级资金960.00万元，县级资金640.00万元。";
    assertThat(Check.findings(farmland.formatted("4800.00"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(farmland.formatted("5136.00"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("6736.00万元"));
  }

  /**
   * A sentence that classifies what the one before it counts (按项目类型分：) breaks down its totals, the
   * count and the amount each by their own parts.
   */
  @Test
  void aClassificationOfTheSentenceBefore() {
    String projects = "一、项目概况\n2023年我镇共实施衔接资金项目15个，总投资1286.40万元，其中：财政衔接资金1120.00万元，群众自筹及其他资金166.40万元。"
        + "按项目类型分：产业发展项目%s个，投资856.20万元；基础设施项目4个，投资%s万元；就业帮扶项目2个，投资77.60万元。";
    assertThat(Check.findings(projects.formatted("9", "352.60"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(projects.formatted("10", "352.60"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("16个"));
    // the investment is broken down by source already, and a figure is part of one breakdown: its classification goes unchecked
    assertThat(Check.findings(projects.formatted("9", "377.28"), "breakdown.sum")).isEmpty();
    String investment = "一、项目概况\n2023年我镇共实施衔接资金项目15个，总投资1286.40万元。"
        + "按项目类型分：产业发展项目9个，投资856.20万元；基础设施项目4个，投资%s万元；就业帮扶项目2个，投资77.60万元。";
    assertThat(Check.findings(investment.formatted("352.60"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(investment.formatted("377.28"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("1311.08万元"));
  }

  /**
   * A breakdown opened in parentheses ends where they close: a county's road project states three
   * batches' investment, each with its building works in parentheses, and then their sum (the
   * published figures): one part in parentheses is no whole, but may not exceed its total.
   */
  @Test
  void aBreakdownInParenthesesEndsWhereTheyClose() {
    String batches = "一批项目县级批复总投资3374.3万元(其中建筑工程3292万元),二批项目县级批复总投资2069.51万元(其中建筑工程1975.775万元),"
        + "三批项目县级批复投资778.59万元(其中建筑工程757.44万元),合计批复总投资%s万元(其中建筑工程6025.215万元)。";
    assertThat(Check.findings(batches.formatted("6222.4"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(batches.formatted("6222.4").replace("3292万元", "3392万元"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("3374.3万元")); // building works beyond the batch's investment
    // the parts in parentheses are the whole when there are two or more
    assertThat(Check.findings("年初预算120万元（其中基本支出80万元、项目支出30万元）。", "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("110万元"));
    assertThat(Check.findings("年初预算110万元（其中基本支出80万元、项目支出30万元），支出100万元。", "breakdown.sum")).isEmpty();
  }

  /**
   * A list after 其中： whose items ； separates, each with its share, runs to the end of its
   * sentence (a unit's published final accounts, whose figures add up); one whose items commas
   * separate ends at a ；, and so does a list at a ； before a total of its own.
   */
  @Test
  void itemsSeparatedBySemicolons() {
    String income = "2022年本年收入合计%s万元,其中:一般公共预算财政拨款收入3859.16万元,占93.54%%;政府性基金预算财政拨款收入0万元,占0%%;"
        + "上级补助收入0万元,占0%%;其他收入266.33万元,占6.46%%。";
    assertThat(Check.findings(income.formatted("4125.49"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(income.formatted("4135.49"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("4125.49万元"));
    assertThat(Check.findings("资产总额1813.15万元，其中：流动资产1320.99万元，非流动资产492.16万元；负债总额100万元。", "breakdown.sum")).isEmpty();
    // a part's change from the year before is no part
    String changes = "本年支出合计%s万元,其中:基本支出1140.27万元,占27.52%%,比上年增加100万元,增长9.61%%;项目支出3003.64万元,占72.48%%。";
    assertThat(Check.findings(changes.formatted("4143.91"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(changes.formatted("4243.91"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("4143.91万元"));
  }

  /** Projects by grade against their count are grade.count's: the same slip is not reported twice. */
  @Test
  void gradeCountsAreLeftToTheirOwnRule() {
    String text = "本单位2023年自评项目共8个。其中：结果为“优”的项目1个，占自评项目12.5%；结果为“良”的项目1个，占自评项目12.5%；"
        + "结果为“中”的项目1个，占自评项目12.5%；结果为“差”的项目3个，占自评项目37.5%。";
    assertThat(Check.findings(text, "breakdown.sum")).isEmpty();
    assertThat(Check.findings(text, "grade.count")).isNotEmpty();
  }

  /** Counts by level (一级指标, 二级指标, 三级指标) are a hierarchy's: each level counts the whole again. */
  @Test
  void levelsOfAHierarchyAreNoParts() {
    assertThat(Check.findings("该项目共编制12个绩效目标指标,其中一级指标3个,二级指标9个,三级指标12个。", "breakdown.sum")).isEmpty();
    assertThat(Check.findings("该项目共编制12个绩效目标指标,其中产出指标7个,效益指标3个,满意度指标1个。", "breakdown.sum")).hasSize(1);
  }

  @Test
  void anOpenListIsOnlyFlaggedWhenItExceedsItsTotal() {
    assertThat(Check.findings("资产总额1800万元，其中：流动资产1000万元；负债总额500万元。", "breakdown.sum")).isEmpty();
    assertThat(Check.findings("资产总额1800万元，其中：流动资产2000万元；负债总额500万元。", "breakdown.sum")).hasSize(1);
  }

  @Test
  void aColonListOfPairsAddsUpPerUnit() {
    var f = Check.findings("核定事业编制20个，实有17人：甲中心核定编制12个，实有10人；乙中心核定编制8个，实有6人。", "breakdown.sum");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.stated()).isEqualTo("17人");
      assertThat(x.expected()).isEqualTo("16人");
    });
  }

  @Test
  void pairedHeadcountsFollowTheCategoriesThatCompleteTheAuthorisedSide() {
    var f = Check.findings("核定编制40个，实有编制人数35人，其中核定行政编制15个，实有行政人员14人；核定事业编制25个，实有19人。", "breakdown.sum");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.stated()).isEqualTo("35人");
      assertThat(x.expected()).isEqualTo("33人");
    });
  }

  @Test
  void namesFewerThanTheCount() {
    assertThat(Check.findings("镇政府内设机构5个：党政办公室、党建办公室、经济发展办公室。", "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    assertThat(Check.findings("镇政府内设机构3个：党政办公室、党建办公室、经济发展办公室。", "breakdown.sum")).isEmpty();
    // qualities of the counted before them (…、农户评价高的5家) name none of them; names run up to their count do
    assertThat(Check.findings("对服务规模大、服务质量好、农户评价高的5家服务组织每家奖补8万元。", "breakdown.sum")).isEmpty();
    assertThat(Check.findings("下设综合办公室、党建办公室、城市管理办公室5家服务组织。", "breakdown.sum")).hasSize(1);
  }

  /**
   * 漕河镇's report (the shared corpus's) names the projects that left money unspent before their count,
   * numbered as the first of its reasons, their names holding years and brackets: five names here.
   */
  @Test
  void namesWithYearsAndBracketsBeforeTheirCount() {
    String reasons = "二、绩效目标实现情况\n14个项目存在绩效目标偏差，主要原因：1.2022年财政建设补助经费（数字财政）、大气污染防治工作经费、"
        + "专项工作经费（运转保障）、纪检保障经费（运转保障）、预拨2023年中央自然灾害救灾资金%s个项目在保障工作按计划完成的情况下，结余了部分资金。";
    assertThat(Check.findings(reasons.formatted("5"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(reasons.formatted("7"), "breakdown.sum")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.expected()).isEqualTo("5个");
    });
    assertThat(Check.findings("二、情况\n下达2023年中央资金20万元、省级资金15万元3个项目。", "breakdown.sum")).as("a list with figures").isEmpty();
  }

  /**
   * 和, 及 or 与 joins a list's last item on (党政办、财政所、社会事务办和经济发展办 names four), and
   * names listed in parentheses after the count or its noun are counted too (潼南区玉溪镇's 3个行政部门
   * (人大、政府和党委)). A name that holds 和 itself (劳动就业和社会保障服务所) makes the list ambiguous: it
   * is not flagged when either reading agrees with the count.
   */
  @Test
  void namesJoinedOnAndInParentheses() {
    assertThat(Check.findings("本镇内设机构6个：党政办、财政所、社会事务办和经济发展办。", "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("4个"));
    assertThat(Check.findings("本镇内设机构4个：党政办、财政所、社会事务办和经济发展办。", "breakdown.sum")).isEmpty();
    assertThat(Check.findings("本单位共有10个机构单位,其中3个行政部门(人大、政府和党委)和7个事业单位(农业服务中心、文化服务中心、"
        + "劳动就业和社会保障服务所、综合行政执法大队、产业发展服务中心、村镇建设服务中心及退役军人服务站)组成。", "breakdown.sum")).isEmpty();
    assertThat(Check.findings("本单位共有10个机构单位,其中4个行政部门(人大、政府和党委)和6个事业单位(农业服务中心、文化服务中心、"
        + "劳动就业和社会保障服务所、综合行政执法大队、产业发展服务中心、村镇建设服务中心及退役军人服务站)组成。", "breakdown.sum"))
        .extracting(f -> f.stated() + "/" + f.expected())
        .containsExactly("4个/3个"); // six names, or seven: the 6 agrees with one reading
    assertThat(Check.findings("本镇内设机构3个：党政办、财政所、劳动就业和社会保障服务所。", "breakdown.sum")).isEmpty();
    assertThat(Check.findings("内设机构6个：党政办公室、党建办公室、经济发展办公室、平安法治和应急管理办公室。", "breakdown.sum"))
        .singleElement().satisfies(f -> assertThat(f.expected()).isEqualTo("4个"));
    assertThat(Check.findings("2022年我单位共有行政编制24个(机关公勤2个)。", "breakdown.sum")).isEmpty();
    // names right before the count
    assertThat(Check.findings("街道办事处下设综合办公室、党建办公室、城市管理办公室3个内设机构，辖社区6个。", "breakdown.sum")).isEmpty();
    assertThat(Check.findings("街道办事处下设综合办公室、党建办公室、城市管理办公室4个内设机构，辖社区6个。", "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("3个"));
    assertThat(Check.findings("全年完成道路硬化、路灯安装等5个项目。", "breakdown.sum")).as("a sample").isEmpty();
    assertThat(Check.findings("其中2个行政部门(人大、政府、党委)。", "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("“行政部门”写作2个，但其后列出3个名称"));
  }

  /**
   * An enumeration after 其中 (行政编制30人、事业编制28人) that ends its clause at a semicolon names all
   * of its total's parts, as one that ends the sentence does.
   */
  @Test
  void anEnumerationEndingAtASemicolonIsTheWhole() {
    String posts = "核定编制58人，其中行政编制30人、事业编制%s人；实有在职人员55人。";
    assertThat(Check.findings(posts.formatted("28"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(posts.formatted("27"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("57人"));
    assertThat(Check.findings("核定编制58人，其中行政编制30人；事业编制27人。", "breakdown.sum")).as("no enumeration").isEmpty();
  }

  /** People counted in 万 and their parts in ones are one measure: 2.36万人 stands for 23550–23650. */
  @Test
  void peopleInTenThousandsAndTheirPartsInOnes() {
    String people = "项目受益群众2.36万人，其中脱贫人口%s人、监测对象386人。";
    assertThat(Check.findings(people.formatted("4120"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(people.formatted("24120"), "breakdown.sum")).singleElement().satisfies(f -> {
      assertThat(f.stated()).isEqualTo("2.36万人");
      assertThat(f.expected()).isEqualTo("24506人");
    });
    String residents = "全镇户籍人口5.62万人，其中男性2.91万人、女性%s万人。";
    assertThat(Check.findings(residents.formatted("2.71"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(residents.formatted("2.81"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("57200人"));
  }

  /** Parts and the 合计 after them (新建农村户厕2400户，改造1860户，合计4260户) must add up. */
  @Test
  void aTotalAfterItsParts() {
    String text = "一、产出情况\n全年预算100万元，实际支出90万元。新建农村户厕2,400户，改造1,860户，合计%s户。";
    assertThat(Check.findings(text.formatted("4,260"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("4,300"), "breakdown.sum")).singleElement().satisfies(f -> {
      assertThat(f.stated()).isEqualTo("4,300户");
      assertThat(f.expected()).isEqualTo("4260户");
    });
    assertThat(Check.findings("一、收支情况\n全年收入100万元，其中财政拨款80万元，其他收入20万元，合计100万元。", "breakdown.sum"))
        .as("the parts' sum after 其中 closes them").isEmpty();
    // what the year gave and what it carried in, and what that made available (可用资金合计)
    String available = "一、项目概况\n下达我镇职业技能培训补贴资金86.40万元，年初结转资金3.60万元，可用资金合计%s万元。";
    assertThat(Check.findings(available.formatted("90.00"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(available.formatted("90.30"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("90.00万元"));
    // the funds' count before 合计 (a county's two subsidies)
    String funds = "一、专项资金基本情况\n上级下达我县耕地地力保护补贴资金5,497.80万元、实际种粮农民一次性补贴资金1,236.40万元，两项合计%s万元。";
    assertThat(Check.findings(funds.formatted("6,734.20"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(funds.formatted("6,834.20"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("6734.20万元"));
  }

  /** A part of a list on the lines after its total, opening its own line, with its share and then its own 其中: a whole of its own. */
  @Test
  void aPartOnItsLineBrokenDownAfterItsShare() {
    String lines = "全年部门实际支出2,391.26万元，执行率为97.61%%，年末结余58.54万元。从支出结构看：\n"
        + "基本支出%s万元，占总支出的47.10%%，其中：人员经费1,012.74万元，公用经费113.64万元；\n"
        + "项目支出1,264.88万元，占总支出的52.90%%，其中：森林防火286.50万元，林业有害生物防治342.60万元，公益林生态效益补偿418.20万元，"
        + "国土绿化156.80万元，林区防火通道建设60.78万元。\n";
    assertThat(Check.findings(lines.formatted("1,126.38"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(lines.formatted("1,126.38").replace("公用经费113.64", "公用经费114.64"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("1127.38万元"));
  }

  /** An amount and what it is made of in the clause after it (，由A…、B…和C…组成): the parts are all of it. */
  @Test
  void anAmountMadeOfItsParts() {
    String sources = "2.灌溉渠道修复项目。预算%s万元，由中央农田建设补助资金30.00万元、省级农田建设补助资金20.00万元和县级资金12.50万元组成；"
        + "支出61.30万元，执行率98.08%%，结余1.20万元。";
    assertThat(Check.findings(sources.formatted("62.50"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(sources.formatted("63.50"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("62.50万元"));
    // a part's share in parentheses is its own
    String shares = "1.资金来源。调整后预算%s万元，由县级财政拨款128.40万元（占84.47%%）和镇级财力安排23.60万元（占15.53%%）构成。";
    assertThat(Check.findings(shares.formatted("152.00"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(shares.formatted("153.00"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("152.00万元"));
    // the parts as points after a colon (由两部分构成：一是…，二是…), each its one amount past its aside
    String points = "（三）结余情况。结余%s万元由两部分构成：一是考核扣款12.68万元（126,800.00元），二是未动用的应急保洁预备费28.66万元。";
    assertThat(Check.findings(points.formatted("41.34"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(points.formatted("41.43"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("41.34万元"));
    String clauses = "县级工作经费%s万元的支出构成为：按任务面积10.50万亩、每亩2元支付作业设计费21.00万元；委托第三方开展检查验收8.60万元；"
        + "抚育档案整理和小班上图入库3.88万元。";
    assertThat(Check.findings(clauses.formatted("33.48"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(clauses.formatted("34.48"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("33.48万元"));
    // a point naming another amount beside its part (应补贴额…多68,000元) is not read
    assertThat(Check.findings("结余资金109,200元由两部分构成：一是9辆车未予补贴，按标准计少发41,200元；二是本年申报的328辆车按标准应补贴额为1,612,000元，"
        + "下达资金比应补贴额多68,000元。", "breakdown.sum")).isEmpty();
  }

  /**
   * A sentence that opens naming the adjusted or year-start budget the sentence before states (调整后预算中，…; 按资金来源分，年初预算中…)
   * lists all of it: its amounts add up to that budget, past the shares said of them and their asides.
   */
  @Test
  void aListOfTheBudgetTheSentenceNames() {
    String adjusted = "（二）资金来源及预算调整。年初预算260.00万元，其中市级资金60.00万元，县级资金200.00万元。7月追加县级资金18.00万元，"
        + "调整后全年预算为%s万元。调整后预算中，市级资金60.00万元，占21.58%%；县级资金218.00万元，占78.42%%。";
    assertThat(Check.findings(adjusted.formatted("278.00"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(adjusted.formatted("276.00"), "breakdown.sum")).singleElement().satisfies(f -> {
      assertThat(f.stated()).isEqualTo("276.00万元");
      assertThat(f.expected()).isEqualTo("278.00万元");
    });
    String yearStart = "（二）预算安排。2024年年初预算%s万元。按资金来源分，年初预算中中央补助资金12.00万元、省级资金5.00万元、县级资金69.40万元；"
        + "追加的8.32万元全部为县级资金，调整后县级资金77.72万元。";
    assertThat(Check.findings(yearStart.formatted("86.40"), "breakdown.sum")).as("the list ends at the semicolon").isEmpty();
    assertThat(Check.findings(yearStart.formatted("88.40"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("86.40万元"));
    // the sources, then the spending's kinds after a semicolon: two lists of one budget, the first read
    String twoLists = "（二）预算调整。调整后全年预算%s万元，较年初增加36.00万元。调整后预算中，县本级财政拨款586.40万元、占94.22%%，"
        + "上级转移支付36.00万元、占5.78%%；基本支出428.60万元，项目支出193.80万元。";
    assertThat(Check.findings(twoLists.formatted("622.40"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(twoLists.formatted("623.40"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("622.40万元"));
    // a change named as the adjusted budget's is no budget; the one before it is
    String change = "（三）预算调整。省级资金追加30.00万元，预算调整为%s万元。调整后预算较年初增加15.00万元。调整后预算中，中央资金300.00万元，"
        + "占72.29%%；省级资金90.00万元，占21.69%%；县级资金25.00万元，占6.02%%。";
    assertThat(Check.findings(change.formatted("415.00"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(change.formatted("425.00"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("415.00万元"));
    // a source adjusted to an amount (专项债券资金调整为) is no budget the list is of
    assertThat(Check.findings("（三）资金来源及预算调整。调减专项债券资金300.00万元，调整后项目预算为3,400.00万元，专项债券资金调整为1,200.00万元。"
        + "调整后预算中，中央和省级上级资金合计1,600.00万元，占47.06%；县级财政资金和专项债券资金合计1,800.00万元，占52.94%。", "breakdown.sum")).isEmpty();
  }

  /**
   * A sum that opens a clause of its own after items each reckoned from a count and a price (；两项合计, 。两项合计, ，小计): the
   * clauses' counts and prices are no items, what each reckoned is.
   */
  @Test
  void aSumAfterTheClausesItAddsUp() {
    String semicolon = "4.装备购置费。购置执法记录仪48台，单价1,350元，计64,800.00元；反光背心、雨衣套装96套，单价425元，计40,800.00元；两项合计%s元。";
    assertThat(Check.findings(semicolon.formatted("105,600.00"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(semicolon.formatted("106,600.00"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("105600.00元"));
    // opening the next sentence, after rates per day and per time
    String nextSentence = "2. 值班律师补贴10.32万元。中心全年安排值班律师248个工作日，每日补贴300元，计74,400元；派驻县看守所的值班律师共值班96次，"
        + "每次300元，计28,800元。两项合计%s元。";
    assertThat(Check.findings(nextSentence.formatted("103,200"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(nextSentence.formatted("103,300"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("103200元"));
    String subtotal = "6.其他费用：勘查设计费58.40万元、工程监理费36.20万元、竣工验收及测绘费10.36万元，小计%s万元。";
    assertThat(Check.findings(subtotal.formatted("104.96"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(subtotal.formatted("105.96"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("104.96万元"));
    // the last item in the sum's clause, before its comma
    String comma = "4.安全巡检及宣传。委托燃气企业完成入户安全巡检16,870户次，按每户次10元支付16.87万元；印制安全用气明白纸支出1.73万元，合计%s万元。";
    assertThat(Check.findings(comma.formatted("18.60"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(comma.formatted("18.70"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("18.60万元"));
    // a sum whose own clause lists its items leaves the projects' clauses before it
    String own = "项目支出中：校舍维修改造预算50.00万元，支付46.80万元；教师培训预算20.00万元，实际支出15.30万元；设备购置新建智慧教室12间，"
        + "每间5.20万元，计62.40万元，采购图书5,200册，平均每册20元，计10.40万元，合计%s万元。";
    assertThat(Check.findings(own.formatted("72.80"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(own.formatted("72.90"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("72.80万元"));
    // a sum named for another amount after a sentence of amounts not reckoned is none of theirs
    assertThat(Check.findings("年初预算100.00万元；年中追加20.00万元。全年支出合计110.00万元。", "breakdown.sum")).isEmpty();
    // as many items as a sum counts, or none
    assertThat(Check.findings("购置电脑2台，计1.00万元；购置打印机1台，计0.30万元；购置桌椅，计0.20万元。两项合计1.30万元。", "breakdown.sum"))
        .isEmpty();
  }

  /** Parts closed by a clause about others beside them (；另有…): they claim to be the whole. */
  @Test
  void partsBeforeAClauseAboutOthers() {
    String text = "一、基本情况\n全年预算100万元，实际支出90万元。在编人员%s人，其中公务员41人，事业人员27人；另有社区工作者186人。";
    assertThat(Check.findings(text.formatted("68"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("73"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("68人"));
  }

  /** The parts after a rate's 其中 are the amount's before the rate. */
  @Test
  void partsAfterTheRateOfTheirTotal() {
    String text = "二、收支\n全年支出合计1.18亿元，较上年增长9.26%%，其中基本支出%s万元，项目支出7979.50万元。";
    assertThat(Check.findings(text.formatted("3820.50"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("3920.50"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("1.19亿元"));
  }

  /**
   * A count's parts after its rate, each with its share of it or enumerated, are a breakdown (a township's toilets, its housing
   * repairs); one part picked out
   * after the rate, with a rate of its own, is not (回收问卷760份，回收率95.00%，其中满意740份，满意度97.37%).
   */
  @Test
  void aCountsPartsWithTheirSharesAfterItsRate() {
    String toilets = "三、绩效目标完成情况\n实际完成户厕改造1545户，完成率103%%，其中新建三格式化粪池户厕%s户，占80%%；改造双瓮式户厕309户，占20%%。";
    assertThat(Check.findings(toilets.formatted("1236"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(toilets.formatted("1236"), "breakdown.share")).isEmpty();
    assertThat(Check.findings(toilets.formatted("1239"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("1548户"));
    assertThat(Check.findings("三、满意度\n回收问卷760份，回收率95.00%，其中满意740份，满意度97.37%。", "breakdown.sum")).isEmpty();
    // after a count done of a count planned, the parts may be of either (a county's projects, their shares of all 168)
    String projects = "二、项目实施情况\n全年共安排项目168个，已完工163个，完工率97.02%；其中产业发展类项目92个，占54.76%；基础设施类项目61个，"
        + "占36.31%；其他项目15个，占8.93%。";
    assertThat(Check.findings(projects, "breakdown.sum")).isEmpty();
    assertThat(Check.findings(projects, "breakdown.share")).isEmpty();
    String housing = "三、绩效目标完成情况\n全年完成危房改造58户，完成率96.67%%，其中C级%s户、D级16户；2户D级危房于次年3月开工。";
    assertThat(Check.findings(housing.formatted("42"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(housing.formatted("45"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("61户"));
  }

  /** Where a total's money came from, named as 其中 would name its parts (资金来源为：…; a county's rural water works). */
  @Test
  void theSourcesOfATotalsMoney() {
    String water = "一、项目概述\n本项目批复总投资3680.00万元，资金来源为：中央水利发展资金%s万元，省级财政资金800.00万元，地方政府专项债券资金680.00万元。";
    assertThat(Check.findings(water.formatted("2200.00"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(water.formatted("2200.03"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("3680.03万元"));
    assertThat(Check.findings("一、项目概述\n总投资500.00万元，来源：中央资金300.00万元、省级资金150.00万元、县级资金50.00万元。", "breakdown.sum"))
        .isEmpty();
    assertThat(Check.findings("一、项目概述\n总投资500.00万元，来源：中央资金300.00万元、省级资金150.00万元、县级资金60.00万元。", "breakdown.sum"))
        .hasSize(1);
    String river = "一、项目概况\n项目预算资金1,278,000.00元，资金来源为县级河长制专项资金%s元、镇级自筹资金426,000.00元。";
    assertThat(Check.findings(river.formatted("852,000.00"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(river.formatted("862,000.00"), "breakdown.sum")).as("no colon").hasSize(1);
  }

  /** Each kind of project's count and spending, after the sentence that counts them all and states their spending. */
  @Test
  void eachKindsCountAndSpending() {
    String kinds = "四、项目支出绩效情况\n全年实施项目%s个，预算资金2,936.50万元，实际支出2,828.84万元，项目资金执行率96.33%%。"
        + "其中乡村振兴衔接资金项目6个，支出%s万元；基础设施建设项目5个，支出986.24万元；民生保障项目7个，支出577.30万元。";
    assertThat(Check.findings(kinds.formatted("18", "1,265.30"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(kinds.formatted("18", "1,353.87"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("2,828.84万元"));
    assertThat(Check.findings(kinds.formatted("19", "1,265.30"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("18个"));
  }

  /** Each township's amount after a sentence that states what was paid out (a county's special fund), not what is unpaid. */
  @Test
  void eachOnesAmountOfWhatWasPaid() {
    String paid = "一、资金概况\n2024年县财政安排专项资金350万元，分配至5个乡镇，实际拨付324.2万元，资金拨付率92.63%%，尚未拨付25.8万元。"
        + "各乡镇拨付金额分别为：东山镇%s万元、西河镇72.3万元、南岭乡65.8万元、北湖乡58.4万元、中和镇41.2万元。东山镇拨付金额最多，占拨付总额的26.68%%。";
    assertThat(Check.findings(paid.formatted("86.5"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(paid.formatted("86.5"), "breakdown.share")).as("the next sentence's share").isEmpty();
    assertThat(Check.findings(paid.formatted("92.6"), "breakdown.sum")).singleElement().satisfies(f -> {
      assertThat(f.stated()).isEqualTo("324.2万元");
      assertThat(f.expected()).isEqualTo("330.3万元");
    });
  }

  /** Deeds listed before what they were done to (新建、改扩建幼儿园5所) name no items of the count. */
  @Test
  void deedsListedAreNoNames() {
    assertThat(Check.findings("三、绩效目标完成情况\n新建、改扩建幼儿园5所，目标5所，完成率100%。", "breakdown.sum")).isEmpty();
    assertThat(Check.findings("三、绩效目标完成情况\n东山幼儿园、西河幼儿园2所完成改造。", "breakdown.sum")).isEmpty();
    assertThat(Check.findings("三、绩效目标完成情况\n东山幼儿园、西河幼儿园3所完成改造。", "breakdown.sum")).hasSize(1);
  }

  /** What describes the whole a share is of (占有条件、有需求村112个的72.32%) names no items of that count. */
  @Test
  void theWholeAShareIsOfNamesNone() {
    assertThat(Check.findings("三、绩效目标完成情况\n累计完成村庄规划81个，占有条件、有需求村112个的72.32%。", "breakdown.sum")).isEmpty();
    assertThat(Check.findings("三、绩效目标完成情况\n累计完成村庄规划81个，东山村、西河村2个村未编制。", "breakdown.sum")).isEmpty();
    assertThat(Check.findings("三、绩效目标完成情况\n累计完成村庄规划81个，东山村、西河村3个村未编制。", "breakdown.sum")).hasSize(1);
  }

  /**
   * The year's four quarters, or its halves, are all of what the year spent, stated before them on their line, or in the paragraph
   * before when their line says it goes by quarter.
   */
  @Test
  void theQuartersOfTheYear() {
    String quarters = "二、项目资金使用情况\n全年实际支出800.00万元，预算执行率98.46%%。分季度看，第一季度支出120.50万元，第二季度支出%s万元，"
        + "第三季度支出180.00万元，第四季度支出289.20万元。";
    assertThat(Check.findings(quarters.formatted("210.30"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(quarters.formatted("225.02"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("800.00万元"));
    String halves = "二、资金拨付\n累计拨付资金600.00万元，其中上半年拨付%s万元，下半年拨付350.00万元。";
    assertThat(Check.findings(halves.formatted("250.00"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(halves.formatted("270.00"), "breakdown.sum")).hasSize(1);
    // on a line of their own that says it goes by quarter, of the amount spent the paragraph before states last (a township's posts)
    String posts = "二、资金管理和使用情况\n全年实际发放1488人月，支出补贴资金223.20万元，预算执行率98.41%%。结余资金3.60万元已收回县财政。\n"
        + "分季度看，第一季度支出55.20万元，第二季度支出%s万元，第三季度支出55.80万元，第四季度支出55.50万元。";
    assertThat(Check.findings(posts.formatted("56.70"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(posts.formatted("56.73"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("223.20万元"));
    assertThat(Check.findings(posts.formatted("56.73").replace("分季度看，", ""), "breakdown.sum")).as("not said to be by quarter")
        .isEmpty();
    // three quarters stated are not the year
    assertThat(Check.findings("二、资金使用\n全年实际支出800.00万元。第一季度支出120.50万元，第二季度支出210.30万元，第三季度支出180.00万元。",
        "breakdown.sum")).isEmpty();
  }

  /** A breakdown after the amount's comparison with the year before (较上年…减少…，下降…%，其中…) is of the amount. */
  @Test
  void aBreakdownAfterTheComparison() {
    String threePublic = "二、部门预算执行情况\n“三公”经费支出4.20万元，较上年5.40万元减少1.20万元，下降22.22%%，其中公务接待费%s万元，"
        + "公务用车运行维护费3.10万元，因公出国（境）费0万元。";
    assertThat(Check.findings(threePublic.formatted("1.10"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(threePublic.formatted("1.18"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("4.20万元"));
  }

  /** People counted in 名 are broken down in 人 alike; posts in 名 (空编4名) are no people. */
  @Test
  void peopleIn名And人ButNotPosts() {
    String cared = "三、重点工作\n全年为%s名重点优抚对象发放定期抚恤补助，其中：在乡老复员军人12人，每人每年28560元；带病回乡退伍军人86人，"
        + "每人每年9480元；参战退役人员215人，每人每年8160元，合计发放291.24万元。";
    assertThat(Check.findings(cared.formatted("313"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(cared.formatted("335"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("335名"));
    assertThat(Check.findings("一、基本情况\n核定行政编制32名、事业编制40名，实有人员68人，其中行政人员29人，事业人员39人，空编4名。",
        "breakdown.sum")).isEmpty();
  }

  /** A table's 合计 row totals each money column (the “三公” table's 预算数, 决算数 and 增减额). */
  @Test
  void aTablesTotalRow() {
    String page = """
        <html><head><meta charset="utf-8"></head><body><h1>某区东湖街道办事处2024年度部门整体支出绩效自评报告</h1>
        <p>“三公”经费预决算情况如下表（单位：万元）：</p>
        <table border="1"><tr><th>项目</th><th>预算数</th><th>决算数</th><th>增减额</th></tr>
        <tr><td>因公出国（境）费</td><td>0</td><td>0</td><td>0</td></tr>
        <tr><td>公务接待费</td><td>3.50</td><td>%s</td><td>-0.64</td></tr>
        <tr><td>公务用车购置及运行维护费</td><td>12.00</td><td>10.95</td><td>-1.05</td></tr>
        <tr><td>合计</td><td>15.50</td><td>13.81</td><td>-1.69</td></tr></table></body></html>
        """;
    assertThat(Check.findings("report.html", page.formatted("2.86"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings("report.html", page.formatted("3.06"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("13.81"));
  }

  /**
   * A 其中 after the spending's difference from its budget (比预算减少2.74万元) breaks down the spending, when its parts name no
   * change; parts that do (其中基本支出减少…) are the difference's.
   */
  @Test
  void partsAfterADifferenceFromTheBudget() {
    String threePublic = "二、预算执行情况\n“三公”经费预算18.00万元，实际支出15.26万元，比预算减少2.74万元，其中：公务接待费%s万元，"
        + "公务用车运行维护费10.40万元，因公出国（境）费0万元。";
    assertThat(Check.findings(threePublic.formatted("4.86"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(threePublic.formatted("4.96"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("15.26万元"));
    assertThat(Check.findings("二、预算执行情况\n全年支出480.00万元，比上年减少20.00万元，其中：基本支出减少12.00万元，项目支出减少8.00万元。",
        "breakdown.sum")).isEmpty();
  }

  /** A 合计 after items each reckoned from its count and price (…，计4.20万元；…，计5.00万元，合计9.20万元) is their whole. */
  @Test
  void aTotalOfItemsReckonedFromCountAndPrice() {
    String kit = "二、绩效完成情况\n购置风力灭火机12台，单价0.35万元，计4.20万元；购置防火服100套，单价0.05万元，计5.00万元，合计%s万元。";
    assertThat(Check.findings(kit.formatted("9.20"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(kit.formatted("9.50"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("9.20万元"));
    // another amount on the way (the year's budget) leaves the 合计 unlinked
    assertThat(Check.findings("二、绩效完成情况\n预算10.00万元，购置风力灭火机12台，单价0.35万元，计4.20万元；购置防火服100套，单价0.05万元，"
        + "计5.00万元，合计9.50万元。", "breakdown.sum")).isEmpty();
  }

  /**
   * Breakdowns as this session's probes write them: two classifications of one budget in a sentence (按资金来源分，…；按支出用途分，
   * 其中：…), each the whole on its own; an amount still missing after the parts of what arrived (尚有3.00万元未到位), beside them;
   * an average and a unit price among parts (平均每村84盏; 420盏×中标单价2,958.00元), no parts; and a clause after a semicolon that
   * names the part it breaks down (…；旅游基础设施提升资金中，其中：…).
   */
  @Test
  void breakdownsOfTheProbes() {
    String budget = "（一）预算安排。2024年项目预算共计%s万元。按资金来源分，县级财政补助30.00万元、镇级配套18.00万元；按支出用途分，其中："
        + "物资采购9.80万元、演练及培训6.50万元、应急转移安置12.00万元、水毁设施修复19.70万元。";
    assertThat(Check.findings(budget.formatted("48.00"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(budget.formatted("49.00"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("48.00万元"));
    String arrived = "截至2024年12月31日，实际到位资金%s万元，其中：县级财政补助30.00万元全额到位，镇级配套到位15.00万元，尚有3.00万元未到位。";
    assertThat(Check.findings(arrived.formatted("45.00"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(arrived.formatted("46.00"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("45.00万元"));
    String lamps = "项目计划安装路灯%s盏，其中：东岗村86盏、西河村72盏、南坪村95盏、北山村64盏、中和村103盏，平均每村84盏。";
    assertThat(Check.findings(lamps.formatted("420"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(lamps.formatted("421"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("420盏"));
    String price = "项目预算总额1,500,000.00元，其中：路灯购置安装%s元（420盏×预算单价3,200.00元/盏）、配套线路及基础156,000.00元。";
    assertThat(Check.findings(price.formatted("1,344,000.00"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(price.formatted("1,354,000.00"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("1510000.00元"));
    String tourism = "按子项目分，其中：旅游基础设施提升%s万元、乡村民宿培育420.00万元；旅游基础设施提升资金中，其中：旅游公路520.00万元、"
        + "停车场及游客中心310.00万元、旅游厕所150.00万元。\n旅游基础设施提升支出951.36万元，其中：旅游公路508.20万元、停车场及游客中心298.66万元、"
        + "旅游厕所144.50万元。";
    assertThat(Check.findings(tourism.formatted("980.00"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(tourism.formatted("980.00"), "restated")).as("a budget's parts and the spending's").isEmpty();
    assertThat(Check.findings(tourism.formatted("990.00"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("980.00万元"));
  }

  /**
   * Parts after a parenthesis that shows how an amount was reckoned (年末结转结余163.14万元（收入合计3,545.30万元减支出合计3,382.16万元），
   * 其中：…) are of that amount, not of the last figure in the parentheses.
   */
  @Test
  void partsAfterTheReckoningInParentheses() {
    String text = "（四）结转结余情况。年末结转结余%s万元（收入合计3,545.30万元减支出合计3,382.16万元），其中：一般公共预算结转137.04万元，"
        + "政府性基金结转26.10万元。";
    assertThat(Check.findings(text.formatted("163.14"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("163.14").replace("26.10", "27.10"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("163.14万元"));
  }

  /**
   * Parts picked out of a total and summed to less than it (结余资金107.11万元，其中A项目结余27.14万元、B项目结余32.16万元，两个项目合计
   * 59.30万元) are a selection with its own sum: they are checked against that sum, and the sum against the total.
   */
  @Test
  void partsPickedOutAndSummedToLessThanTheirTotal() {
    String text = "3.结余资金较多。全年形成结余资金107.11万元，其中镇区污水管网改造项目结余27.14万元、茶叶产业园配套设施项目结余%s万元，"
        + "两个项目合计59.30万元，占结余资金的55.36%%。";
    assertThat(Check.findings(text.formatted("32.16"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("33.16"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("59.30万元"));
    assertThat(Check.findings(text.formatted("32.16").replace("107.11", "57.11"), "breakdown.sum")).as("more than the total").hasSize(1);
  }

  /**
   * Each budget's amounts before and after its adjustment after 其中 (调整后预算4,946.80万元。其中：一般公共预算年初预算2,864.50万元、调整后预算
   * 3,126.80万元，…) are parts of the total of their own measure, and vacant posts (空编4人) are no people of a headcount.
   */
  @Test
  void partsOfTheirOwnMeasureAndVacantPosts() {
    String budget = "二、预算安排情况\n2024年部门年初预算4,364.50万元，年中追加582.30万元，调整后预算%s万元。其中：一般公共预算年初预算2,864.50万元、"
        + "调整后预算3,126.80万元，政府性基金预算年初预算1,500.00万元、调整后预算1,820.00万元。";
    assertThat(Check.findings(budget.formatted("4,946.80"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(budget.formatted("4,956.80").replace("582.30", "592.30"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("4946.80万元"));
    String staff = "（二）人员情况。2024年末部门编制人数68人，实有人数%s人，其中：行政人员22人、事业人员42人，空编4人。";
    assertThat(Check.findings(staff.formatted("64"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(staff.formatted("66"), "breakdown.sum")).hasSize(1);
  }

  /**
   * A list of parts ends at the target the whole is set against (…县级3,050人次，为年度目标4,500人次的106.9%), at a clause of words
   * between two figures (…B110,000元，赞助资金全部用于冲抵活动成本，冲抵后财政净支出793,730元), and a rate per unit owns none of what
   * its parentheses reckon it from (人均培训成本367.67元（176.85万元÷4,810人次）).
   */
  @Test
  void whereAListOfPartsEnds() {
    String trained = "全年培训教师%s人次，其中：国家级120人次、省级460人次、市级1,180人次、县级3,050人次，为年度目标4,500人次的106.9%%。";
    assertThat(Check.findings(trained.formatted("4,810"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(trained.formatted("4,910"), "breakdown.sum")).hasSize(1);
    String sponsored = "（三）赞助收入。旅游节引入社会赞助%s元，其中：县农商银行150,000元、本地酒业企业110,000元，赞助资金全部用于冲抵活动成本，"
        + "冲抵后财政净支出793,730元。";
    assertThat(Check.findings(sponsored.formatted("260,000"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(sponsored.formatted("250,000"), "breakdown.sum")).hasSize(1);
    assertThat(Check.report("（三）教师培训。全年培训4,810人次，其中县级培训3,050人次，占63.4%；人均培训成本367.67元（176.85万元÷4,810人次）。")
        .figures()).filteredOn(f -> f.text().equals("176.85万元")).singleElement().satisfies(f -> assertThat(f.partOf()).isNull());
  }

  /** A table whose rows nest by indentation (　　人员经费 under 基本支出) is left alone: its 合计 does not add them again. */
  @Test
  void aTableWithIndentedRows() {
    String table = String.join("\n", "某县统计局2023年部门整体支出绩效自评报告", "二、预算执行情况", "单位：万元", "科目\t预算数\t决算数",
        "基本支出\t418.36\t424.15", "%s人员经费\t372.50\t378.92", "%s公用经费\t45.86\t45.23", "项目支出\t194.12\t244.80",
        "合计\t612.48\t668.95");
    assertThat(Check.findings("report.txt", table.formatted("\u3000\u3000", "\u3000\u3000"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings("report.txt", table.formatted("", ""), "breakdown.sum")).as("rows set level, all added").isNotEmpty();
  }

  /** A list after a balance may break down what its sentence spent (项目支出1,369.90万元，…，结余86.60万元，其中：…). */
  @Test
  void aListAfterABalanceOfWhatWasSpent() {
    String text = "2.项目支出1,369.90万元，占总支出的41.28%%，项目支出预算执行率94.05%%，结余86.60万元，其中：人居环境整治326.40万元，"
        + "村级组织运转412.60万元，乡村振兴衔接项目385.20万元，防汛和应急管理68.50万元，其他项目%s万元。";
    assertThat(Check.findings(text.formatted("177.20"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("187.20"), "breakdown.sum")).as("of neither").singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("86.60万元"));
  }

  /**
   * Parts end before a rate per a unit (按每延米1.5万元, 每站每年5万元, no part), and before a sum of some of them by name
   * (满意和基本满意合计233份).
   */
  @Test
  void partsEndBeforeARatePerUnitOrASumOfSome() {
    String funds = "项目预算680.00万元，实际支出632.98万元。预算资金中，省级交通专项补助资金450.00万元，按每延米1.5万元、改造延米300米核定，"
        + "占66.18%%；县级财政配套资金%s万元，占33.82%%。";
    assertThat(Check.findings(funds.formatted("230.00"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(funds.formatted("240.00"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("690.00万元"));
    String survey = "发放满意度调查问卷240份，收回236份，其中满意221份、基本满意12份、不满意%s份，满意和基本满意合计233份，满意度98.73%%。";
    assertThat(Check.findings(survey.formatted("3"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(survey.formatted("4"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("236份"));
    String standard = "其中：中央补助资金100.00万元，按图书馆每馆每年20万元，文化站每站每年5万元的标准核定（20万元×2馆＋5万元×12站）；"
        + "省级补助资金%s万元。";
    assertThat(Check.findings("免费开放补助资金预算116.00万元，" + standard.formatted("16.00"), "breakdown.sum")).isEmpty();
  }

  /** A table's column of averages (户均金额（元）) is no column its 合计 row adds up. */
  @Test
  void aColumnOfAveragesIsNotAdded() {
    String table = String.join("\n", "某县2024年耕地地力保护补贴资金绩效自评报告", "二、资金分配", "单位：元",
        "乡镇\t补贴面积（亩）\t补贴金额（元）\t户均金额（元）", "石坝镇\t46,000\t5,750,000\t1,250.00", "桂花乡\t30,000\t%s\t1,198.54",
        "合计\t76,000\t9,500,000\t1,225.81");
    assertThat(Check.findings("report.txt", table.formatted("3,750,000"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings("report.txt", table.formatted("3,760,000"), "breakdown.sum")).as("the money column still").hasSize(1);
  }

  /** A total after parts named by the deed they were counted by (…退出298人、…退出37人，合计退出335人). */
  @Test
  void aTotalNamedByItsDeed() {
    String text = "同时因死亡退出298人、因户籍迁出等其他原因退出37人，合计退出%s人。";
    assertThat(Check.findings(text.formatted("335"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("345"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("345人"));
  }

  /** A breakdown of an amount split by shares first (预算504.0000万元，按中央60%、省级12%、县级28%的比例分担，其中：…). */
  @Test
  void aBreakdownAfterTheSharesOfASplit() {
    String text = "安排项目预算504.0000万元，按中央60%%、省级12%%、县级28%%的比例分担，其中：中央财政补助资金302.4000万元，省级财政补助资金"
        + "%s万元，县级财政配套资金141.1200万元。";
    assertThat(Check.findings(text.formatted("60.4800"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("60.4803"), "breakdown.sum")).hasSize(1);
  }

  /**
   * A classification after a sentence that states no amount of its measure is of the amount its paragraph opens with and states
   * alone (2.避险搬迁支出…万元，全额支出。全年完成…156户，每户补助4万元。按乡镇分：…), whether or not its classes add up to it; not of an
   * amount that opens a list of its own (受助人员中，60岁以上老年人137人次，占…；未成年人9人次), nor of the paragraph's first where a later
   * sentence states another.
   */
  @Test
  void aClassificationOfTheAmountItsParagraphOpensWith() {
    String moved = "2.避险搬迁支出624.00万元，全额支出。全年完成避险搬迁156户，每户补助4万元。按乡镇分：云溪镇48户192.00万元，石门乡37户%s万元，"
        + "龙口镇41户164.00万元，清水乡30户120.00万元。";
    assertThat(Check.findings(moved.formatted("148.00"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(moved.formatted("248.00"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("624.00万元"));
    String spent = "全年实际支出486.57万元，预算执行率98.42%%，年末结余7.83万元。全年支出比上年的452.30万元增加34.27万元。\n\n"
        + "按支出性质划分，基本支出323.47万元，占全部支出的66.48%%；项目支出%s万元，占33.52%%。";
    assertThat(Check.findings(spent.formatted("163.10"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(spent.formatted("263.10"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("486.57万元"));
    String classes = "受助人员中，60岁以上老年人137人次，占22.39%；未成年人9人次，占1.47%。未成年人均在24小时内移交。"
        + "从季度分布看，第一季度救助176人次，第二季度134人次，第三季度121人次，第四季度181人次。";
    assertThat(Check.findings(classes, "breakdown.sum")).isEmpty();
    String another = "全年支出1,316.00万元，执行率98.25%。其中：财政拨款支出1,197.54万元，执行率98.20%；伙食费支出118.46万元。"
        + "全年支出比上年增长5.42%。\n按支出性质分：基本支出607.13万元，其中人员经费546.18万元，公用经费60.95万元；项目支出708.87万元。";
    assertThat(Check.findings(another, "breakdown.sum")).isEmpty();
  }

  /**
   * A classification after the sentence that ends on the budget as adjusted, after the budget and what was added, is of the budget as
   * adjusted where its classes add up to no amount of that sentence; the first class larger than it is still one of them.
   */
  @Test
  void aClassificationOfTheBudgetAsAdjusted() {
    String sources = "（一）资金安排。年初预算180.00万元，年中追加预算10.00万元，调整后预算190.00万元。按来源分：省级补助资金%s万元；"
        + "县级配套资金%s万元。";
    assertThat(Check.findings(sources.formatted("100.00", "90.00"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(sources.formatted("100.00", "91.00"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("190.00万元"));
    assertThat(Check.findings(sources.formatted("200.00", "90.00"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("190.00万元"));
  }

  /** A classification that opens 从…看 (从年龄看，…) is of the sentence before's total, as 按…分 is. */
  @Test
  void aClassificationSeenFromOneSide() {
    String text = "2024年实际兑现扶助对象5243人，涉及家庭3112户。从年龄看，60—69岁2874人，70—79岁1652人，80岁及以上%s人。";
    assertThat(Check.findings(text.formatted("717"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("727"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("5243人"));
  }

  /**
   * A classification that opens a paragraph of its own is of the amount the paragraph before states that its parts add up to
   * (…全年实际支出467.24万元…。资金分两批拨付：…。⏎按用途分，其中：…), not of the last sentence's halves; and a target in a completion's
   * phrase after the list (其中：增雨作业41次、防雹作业13次，完成年度目标45次的120.00%) is no part of it.
   */
  @Test
  void aClassificationOnALineOfItsOwnAndATargetAfterTheList() {
    String paid = "（二）资金使用。全年实际支出467.24万元，执行率97.34%%，结余12.76万元。资金分两批拨付：6月拨付第一批186.52万元，12月拨付第二批"
        + "280.72万元。\n按用途分，其中：贷款贴息439.08万元，占总支出的93.97%%；融资担保费补助%s万元，占4.92%%；第三方核查服务费5.16万元。";
    assertThat(Check.findings(paid.formatted("23.00"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(paid.formatted("23.00"), "breakdown.share")).isEmpty();
    // a part moved adds up to no amount of the paragraph before, and the list falls back to the sentence right before it
    assertThat(Check.findings(paid.formatted("25.00"), "breakdown.sum")).hasSize(1);
    String done = "1.作业次数。全年共开展人工影响天气作业%s次，其中：增雨（雪）作业41次、防雹作业13次，完成年度目标45次的120.00%%。";
    assertThat(Check.findings(done.formatted("54"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(done.formatted("56"), "breakdown.sum")).hasSize(1);
  }

  /**
   * A sentence that opens with 其中 after a sentence of several amounts breaks down the one its parts add up to (基本支出166.35万元，
   * …，结余1.85万元。其中人员经费148.92万元…；公用经费17.43万元。): they are that total's parts, no restatement of the budget's.
   */
  @Test
  void theNextSentencesPartsOfTheAmountTheyAddUpTo() {
    String text = "（一）预算安排。年初预算286.40万元，其中基本支出168.20万元（人员经费149.60万元，公用经费18.60万元），项目支出118.20万元。\n"
        + "（二）支出执行。\n——基本支出166.35万元，占总支出的53.22%%，执行率98.90%%，结余1.85万元。其中人员经费%s万元，按15名在编人员计算，"
        + "人均9.93万元；公用经费17.43万元。";
    assertThat(Check.findings(text.formatted("148.92"), "restated")).isEmpty();
    assertThat(Check.findings(text.formatted("148.92"), "breakdown.sum")).isEmpty();
    assertThat(Check.report(text.formatted("148.92")).figures()).filteredOn(f -> f.text().equals("17.43万元")).singleElement()
        .satisfies(f -> assertThat(f.partOf()).isNotNull());
    // kinds of basic spending that add up to none of the sentence's amounts are the basic spending's, so the moved one is seen;
    // parts named otherwise stay unlinked
    assertThat(Check.findings(text.formatted("148.95"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("166.35万元"));
    String named = text.replace("其中人员经费", "其中培训费").replace("；公用经费", "；差旅费");
    assertThat(Check.report(named.formatted("148.90")).figures()).filteredOn(f -> f.text().equals("17.43万元")).singleElement()
        .satisfies(f -> assertThat(f.partOf()).isNull());
  }

  /**
   * A list after a sentence of what was spent and what is left whose sum is none of the sentence's amounts keeps the whole its words
   * name: the spending's where no part names what is left (项目支出113.78万元，执行率91.67%，结余10.34万元。其中：…), the balance's where
   * every part does; a part's own kinds in parentheses are none of the list's. A list of two levels (基本支出…，包括人员经费…，公用经费…；
   * 项目支出…) is left to its sums.
   */
  @Test
  void aListAfterSpendingAndWhatIsLeftByItsWords() {
    String basic = "（一）基本支出358.60万元，执行率98.95%%，结余3.80万元。其中：人员经费312.84万元，占基本支出的87.24%%（其中工资福利支出"
        + "268.20万元、对个人和家庭的补助44.64万元）；公用经费%s万元。";
    assertThat(Check.findings(basic.formatted("45.76"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(basic.formatted("55.76"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("358.60万元"));
    String projects = "（二）项目支出113.78万元，执行率91.67%%，结余10.34万元。其中：\n1.馆藏档案数字化加工%s万元（预算62.00万元，执行率97.94%%，"
        + "结余1.28万元）；\n2.档案库房维护及安防运维28.50万元；\n3.档案征集与编研12.88万元；\n4.档案执法检查及业务培训11.68万元。\n";
    assertThat(Check.findings(projects.formatted("60.72"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(projects.formatted("70.72"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("113.78万元"));
    String spent = "2024年生态公益林补偿资金实际支出4,933,970元，预算执行率99.75%%，结余12,318元。其中：损失性补偿支出4,496,520元，占总支出的"
        + "91.13%%；公共管护支出%s元，占总支出的8.87%%。";
    assertThat(Check.findings(spent.formatted("437,450"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(spent.formatted("537,450"), "breakdown.sum")).hasSize(1);
    String left = "项目实际支出88.40万元，执行率88.40%%，结余11.60万元。其中：村干部岗位空缺结余报酬2.64万元；考核奖励结转%s万元。";
    assertThat(Check.findings(left.formatted("8.96"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(left.formatted("9.96"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("11.60万元"));
    // things named otherwise under the spending may be a few picked (培训费…；差旅费…): only their sum tells
    assertThat(Check.findings(spent.replace("损失性补偿支出", "培训费").replace("公共管护支出", "差旅费").formatted("537,450"), "breakdown.sum"))
        .isEmpty();
    // a budget beside them leaves it open; so do two levels
    assertThat(Check.findings(spent.replace("预算执行率99.75%%", "预算4,946,288元").formatted("537,450"), "breakdown.sum")).isEmpty();
    String twoLevels = "全年实际支出6982.43万元，预算执行率98.77%（按调整后预算计算），结余87.12万元。其中：基本支出5799.17万元，执行率98.94%，"
        + "包括人员经费4936.72万元（工资福利支出4512.36万元、对个人和家庭的补助424.36万元），公用经费862.45万元；项目支出1183.26万元。";
    assertThat(Check.findings(twoLevels, "breakdown.sum")).isEmpty();
  }

  /**
   * Two clauses after 其中：, each with one amount (人工造林4,900亩×500元=245.00万元；退化林修复3,000亩×300元=90.00万元), are the list its colon
   * announces, whatever they add up to; after a bare 其中 the second may be a statement of its own, and only their sum tells.
   */
  @Test
  void twoClausesAfterItsColon() {
    String planted = "1.造林及修复补助%s万元，占总支出的90.61%%。其中：人工造林4,900亩×500元=245.00万元；退化林修复3,000亩×300元=90.00万元。";
    assertThat(Check.findings(planted.formatted("335.00"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(planted.formatted("435.00"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("335.00万元"));
    String kept = "截至2023年末，全县肉牛存栏%s万头，其中能繁母牛1.91万头；全年出栏肉牛2.26万头，肉牛产业综合产值2.35亿元。";
    assertThat(Check.findings(kept.formatted("4.12"), "breakdown.sum")).isEmpty();
  }

  /**
   * Two clauses after a bare 其中 that each reach their amount by a rate per unit (全倒户24户，每户补助30,000元，计72.00万元；…) are items of
   * one list, whatever they add up to, where the total is its sentence's one amount; after 支出…，结余… they are of neither by their words.
   */
  @Test
  void twoClausesEachByARatePerUnit() {
    String rebuilt = "3. 倒损住房恢复重建资金%s万元，其中全倒户24户，每户补助30,000元，计72.00万元；严重损坏户86户，每户补助8,000元，计68.80万元。";
    assertThat(Check.findings(rebuilt.formatted("140.80"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(rebuilt.formatted("240.80"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("140.80万元"));
    String fees = "全年依法收取不动产登记费1,379,980元，全部缴入县级国库。其中住宅类登记9,426件，按每件80元收取%s元；非住宅类登记1,138件，"
        + "按每件550元收取625,900元。";
    assertThat(Check.findings(fees.formatted("754,080"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(fees.formatted("854,080"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("1,379,980元"));
    String left = "④水质监测能力建设：预算125.00万元，支出119.28万元，执行率95.42%，结余5.72万元，其中建设水质自动监测站6座，每座18.50万元，"
        + "计111.00万元；委托开展人工监测92处次，每处次0.09万元，计8.28万元。";
    assertThat(Check.findings(left, "breakdown.sum")).isEmpty();
  }

  /**
   * Classes of the spending (按支出性质分，基本支出…；项目支出…) after the sentence that states it are its classes though the first no
   * longer fits within it; after one source's spending (县级资金支出…) a class larger than it stays no class of it.
   */
  @Test
  void classesOfTheSpendingTheFirstTooLarge() {
    String spent = "全年支出1,628.37万元，调整后预算执行率为97.86%%，年末结余35.55万元。按支出性质分，基本支出%s万元，占总支出的66.46%%；"
        + "项目支出546.22万元，占总支出的33.54%%。";
    assertThat(Check.findings(spent.formatted("1,082.15"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(spent.formatted("2,082.15"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("1,628.37万元"));
    String county = "县级资金支出106.72万元，执行率95.29%，结余5.28万元。按支出用途分：注射器及接种耗材采购168.42万元；接种服务补助29.19万元。";
    assertThat(Check.findings(county, "breakdown.sum")).isEmpty();
  }

  /**
   * What is left after a comma that follows parts listed with 、 (实际支出…，其中基本支出…、项目支出…，年末结余…) is beside the spending: the
   * list ends there, whatever its sum, and basic and project spending are all of it.
   */
  @Test
  void whatIsLeftAfterTheListOfTheSpending() {
    String spent = "按决算口径以元计：年初预算2,965,800.00元，实际支出%s元，其中基本支出1,668,700.00元、项目支出1,210,600.00元，年末结余86,500.00元。";
    assertThat(Check.findings(spent.formatted("2,879,300.00"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(spent.formatted("3,879,300.00"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("3,879,300.00元"));
  }

  /**
   * Numbers listed bare before the unit they share (分别清淤4,200、3,800、5,100立方米) are parts unread: the list is not all of its
   * total; a classification after a sentence that ends in words (…结余36,343.62元，已按规定收回县财政统筹使用。) is of that sentence's
   * amounts, and what a class is made of in parentheses (（含年初安排60.00万元和年中追加36.00万元）) is no class.
   */
  @Test
  void bareNumbersAWordyEndAndWhatAClassIsMadeOf() {
    String dredged = "整治堰塘6口，清淤24,600立方米，其中大塘村3口分别清淤4,200、3,800、5,100立方米，金竹村1口清淤3,600立方米，河口村2口分别清淤"
        + "4,300、3,600立方米。";
    assertThat(Check.findings(dredged, "breakdown.sum")).isEmpty();
    String spent = "项目实际支出1,702,456.38元，结余36,343.62元，已按规定收回县财政统筹使用。\n按子项目分：国培配套支出396,860.50元；省培配套支出"
        + "%s元；新任教师培训支出151,236.00元；乡村教师轮训支出802,001.68元。";
    assertThat(Check.findings(spent.formatted("352,358.20"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(spent.formatted("352,418.20"), "breakdown.sum")).hasSize(1);
    String sources = "年初预算180.00万元，年中追加三十六万元，调整后预算216.00万元。按资金来源分：省级补助资金一百二十万元，占调整后预算的55.56%%；"
        + "县级财政资金%s万元（含年初安排60.00万元和年中追加36.00万元），占44.44%%。";
    assertThat(Check.findings(sources.formatted("96.00"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(sources.formatted("96.00"), "breakdown.share")).isEmpty();
  }

  /**
   * The factors of a product written in a list (村级收扩机84套×9,600元=80.64万元) or in a formula (补助资金＝完成造林面积×500元＋退化林修复面积
   * ×300元) are no parts of its total; a whole named again past a table (结余资金中，A结余…，B结余…) may be given in a selection, and
   * its parts are held only to not exceeding it.
   */
  @Test
  void factorsOfProductsAndAWholeNamedAgainPastATable() {
    String terminals = "3.村级终端购置安装%s万元，占37.16%%。其中：村级收扩机84套×9,600元=80.64万元，室外音柱462只×2,850元=131.67万元；";
    assertThat(Check.findings(terminals.formatted("212.31"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(terminals.formatted("215.31"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("212.31万元"));
    assertThat(Check.findings("注：补助资金＝完成造林面积×500元＋退化林修复面积×300元，合计3,350.0千元即335.00万元。", "breakdown.sum")).isEmpty();
    String balances = "全年实际支出861.47万元，预算执行率为97.99%%，年末结余17.63万元。分项目执行情况如下（单位：万元）：\n"
        + "项目        调整后预算    实际支出\n基本支出    617.20        611.10\n项目支出    261.90        250.37\n合计        879.10        861.47\n"
        + "结余资金中，现场教学点建设结余4.60万元，课题研究结余1.65万元，公用经费结余%s万元。";
    assertThat(Check.findings(balances.formatted("3.44"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(balances.formatted("13.44"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("17.63万元"));
  }

  /**
   * A sentence of several amounts (the spending, its rate, the balance) then 其中： and the kinds of spending on the lines after: the
   * list is of the sentence's one spending even when it no longer adds up to it, so a figure moved is seen (an audit bureau's
   * overall spending; the next sentence's kinds of basic spending, theNextSentencesPartsOfTheAmountTheyAddUpTo).
   */
  @Test
  void kindsOfSpendingAfterASentenceOfSeveralAmounts() {
    String spent = "（二）支出情况。2024年实际支出1,162.35万元，按调整后预算计算的预算执行率为97.71%%，结余27.25万元。其中：\n"
        + "基本支出%s万元，占总支出的72.45%%；\n项目支出320.18万元，占总支出的27.55%%。\n";
    assertThat(Check.findings(spent.formatted("842.17"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(spent.formatted("842.10"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("1,162.35万元"));
    assertThat(Check.findings("上半年支出140.00万元，全年支出290.00万元，结余10.00万元。其中：\n基本支出160.00万元；\n项目支出120.00万元。\n",
        "breakdown.sum")).as("two spendings: the list's sum could only tell which").isEmpty();
  }

  /**
   * What follows a list in another measure is no part counted otherwise: a time (均在接报后2小时内到达现场) or a clause after a semicolon
   * (；共消耗火箭弹186枚); the list is all of its whole (a centre for disease control, a weather bureau).
   */
  @Test
  void anotherMeasureAfterTheParts() {
    String outbreaks = "全年处置聚集性疫情%s起，其中：诺如病毒感染6起、水痘5起、流感3起，均在接报后2小时内到达现场，处置及时率100%%。";
    assertThat(Check.findings(outbreaks.formatted("14"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(outbreaks.formatted("17"), "breakdown.sum")).hasSize(1);
    String operations = "全年组织开展人工影响天气作业%s次，其中：增雨作业57次，防雹作业23次；共消耗火箭弹186枚、高炮炮弹1,240发。";
    assertThat(Check.findings(operations.formatted("80"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(operations.formatted("83"), "breakdown.sum")).hasSize(1);
  }

  /**
   * Examples of whom a count holds (1,126人（快递员、网约配送员、货车司机等）) name no count of items; last year's spending named after its
   * subject (支出总额较上年的1,013.40万元) is no whole of this year's kinds; and a sentence that names another whole before its 其中
   * leaves the list before it whole (…门诊救助84.49万元。资助参保部分按人头定额资助，其中：…).
   */
  @Test
  void examplesLastYearsWholeAndAnotherSubject() {
    assertThat(Check.report("全年新发展工会会员3,268人，完成目标的108.93%；其中新就业形态劳动者1,126人（快递员、网约配送员、货车司机等），占新发展会员的34.46%。")
        .findings()).isEmpty();
    String spent = "全年支出1,082.15万元，按调整后预算计算预算执行率为96.57%%，结余38.45万元。支出总额较上年的1,013.40万元同比增长6.78%%。其中：基本支出"
        + "586.35万元，占54.18%%；项目支出%s万元，占45.82%%。";
    assertThat(Check.findings(spent.formatted("495.80"), "breakdown.share")).isEmpty();
    assertThat(Check.findings(spent.formatted("495.80"), "breakdown.sum")).isEmpty();
    String aid = "城乡医疗救助资金842.36万元，其中：资助困难群众参加居民医保289.52万元，住院救助468.35万元，门诊救助%s万元。资助参保部分按人头定额资助，"
        + "其中：特困人员2,135人×400元=85.40万元，低保对象6,420人×280元=179.76万元，防止返贫监测对象1,218人×200元=24.36万元。";
    assertThat(Check.findings(aid.formatted("84.49"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(aid.formatted("84.59"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("842.36万元"));
  }

  /**
   * Parts after a balance that exceed it but fit within the spending before it are the spending's (结余5.72万元，其中…计111.00万元 of
   * the 119.28万元 spent); parts beyond all the sentence's amounts are still flagged.
   */
  @Test
  void partsAfterABalanceWithinTheSpendingBeforeIt() {
    String text = "二、资金使用情况\n项目预算125.00万元，支出119.28万元，执行率95.42%%，结余5.72万元，其中建设水质自动监测站6座，每座%s万元，"
        + "计%s万元。";
    assertThat(Check.findings(text.formatted("18.50", "111.00"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("21.50", "129.00"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("129.00万元"));
  }

  /**
   * What is listed after an amount per unit (每个样品180元，其中…12.00万元) is of the sentence's one amount when the parts are larger than
   * the unit's; after a count ending its sentence (…共1,200个。其中：), money listed on the lines after is the sentence's one amount's,
   * its own items numbered a level deeper (（1）, （2）) are none of the list above it, and a list announced after the sources' own
   * spending (…县级资金支出6.00万元。⏎支出明细如下：) is of the whole spending.
   */
  @Test
  void partsOfTheAmountBeforeAPerUnitAmountACountOrTheSources() {
    String text = """
        （三）资金使用情况
        截至2024年12月31日，项目累计支出84.37万元。分来源看，中央资金支出58.87万元，省级资金支出14.60万元，市级资金支出4.90万元，县级资金支出6.00万元。
        支出明细如下：
        1. 土壤样品采集化验费31.20万元，每个样品260元，共1,200个。其中：
        （1）采样费9.60万元，每个样品80元；
        （2）化验费%s万元，每个样品180元，其中大量元素测定12.00万元、中微量元素测定9.60万元。
        2. 田间肥效试验费9.60万元，每个试验8,000元，共12个。
        3. 配方肥示范物化补助36.00万元，每亩补助15元，共24,000亩。
        4. 施肥建议卡印制3.25万元，每份1.00元，共32,500份。
        5. 技术培训及宣传4.32万元，其中农民培训2.67万元、宣传资料1.65万元。
        """;
    assertThat(Check.findings(text.formatted("21.60"), "breakdown.sum")).isEmpty();
    // 化验费 no longer what its parts add up to, nor 采集化验费 what its items do
    assertThat(Check.findings(text.formatted("22.60"), "breakdown.sum")).extracting(f -> f.expected())
        .containsExactlyInAnyOrder("21.60万元", "32.20万元");
  }

  /**
   * A classification of spending by source that states each source's balance beside it: the balances are no class of the spending
   * (read as classes, the sources and their balances added up to the budget, 386.00万元, set against the list item before).
   */
  @Test
  void balancesBesideEachSourcesSpending() {
    String text = """
        （三）资金使用情况

        截至2023年12月31日，项目实际支出371.54万元，预算执行率为96.25%，结余14.46万元。按支出内容划分：

        1. 工程建设费318.62万元，占实际支出的85.76%。其中：
         （1）主体改造工程196.40万元，其中钢结构顶棚112.80万元，地面硬化及排水83.60万元；
         （2）摊位及冷链设施84.30万元，其中标准化摊位63.00万元（126个，每个5,000元），冷库21.30万元；
         （3）消防及电气改造37.92万元。
        2. 设备购置费（电子秤、农残快检设备、视频监控及智慧农贸管理平台）32.56万元，占8.76%。
        3. 工程建设其他费用（设计、监理、造价审核）20.36万元，占5.48%。

        按资金来源划分：省级资金支出120.00万元，市级资金支出80.00万元，均已全部支出；县级资金支出139.80万元，执行率93.20%，结余10.20万元；\
        镇级自筹资金支出31.74万元，执行率88.17%，结余4.26万元。结余资金主要为尚未支付的工程质保金及审减的工程款。
        """;
    assertThat(Check.findings(text, "breakdown.sum")).isEmpty();
    assertThat(Check.report(text).figures()).filteredOn(f -> "结余".equals(f.label()) && !f.text().equals("14.46万元"))
        .extracting(f -> f.partOf()).containsOnlyNulls().hasSize(2);
  }

  /** Parts that make up a total stated after them (由…构成，合计), a part's share in parentheses after it passed over. */
  @Test
  void partsThatMakeUpATotalAfterThem() {
    String text = "调整后预算由省级水利发展资金40.00万元、市级补助资金18.00万元、县级财政拨款%s万元（占61.14%%）、镇级财力安排23.60万元（占11.24%%）"
        + "构成，合计210.00万元。";
    assertThat(Check.findings(text.formatted("128.40"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("138.40"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("220.00万元"));
  }

  /**
   * A classification that states the whole of its classes itself (按资金来源分，…由…构成，合计210.00万元；其中…) is of that whole, not of
   * the amounts of the sentence before.
   */
  @Test
  void aClassificationThatStatesItsOwnWhole() {
    String text = "7月中旬全镇遭遇持续强降雨，镇政府追加防汛抢险经费23.60万元，项目支出调整为113.60万元，全年调整后预算210.00万元。\n"
        + "按资金来源分，调整后预算由省级水利发展资金40.00万元、市级补助资金18.00万元、县级财政拨款%s万元（占61.14%%）、镇级财力安排23.60万元"
        + "（占11.24%%）构成，合计210.00万元；其中年初预算186.40万元由省级、市级、县级资金构成，追加部分全部由镇级财力安排。\n";
    assertThat(Check.findings(text.formatted("128.40"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("138.40"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("220.00万元"));
  }

  /**
   * A total after its parts that the next sentence's 其中 breaks down again, with no part of it read there (…，合计48,672.50万元。其中上级
   * 补助资金（中央、省、市三级）合计34,332.35万元，占70.54%): the parts before it are still its own.
   */
  @Test
  void aTotalAfterItsPartsBeforeAnotherSentenceOfItsKinds() {
    String text = "按资金来源分：中央补助资金18,236.40万元，省级补助资金12,480.75万元，市级补助资金%s万元，县级财政资金14,340.15万元，合计48,672.50万元。"
        + "其中上级补助资金（中央、省、市三级）合计34,332.35万元，占70.54%%；县级财政资金占29.46%%。";
    assertThat(Check.findings(text.formatted("3,615.20"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("4,615.20"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("48,672.50万元"));
  }

  /**
   * A part said again after 即 (“三公”经费6.84万元，即68,400.00元) is one part, whatever its digits: written in the wrong unit
   * (6.84元，即68,400.00元), the part falls short of its whole and the whole is flagged, not summed with the restatement.
   */
  @Test
  void aPartSaidAgainIsOnePart() {
    String text = "其中：人员经费1,046.27万元；公用经费157.31万元（其中“三公”经费%s，即68,400.00元，其他公用经费150.47万元）。";
    assertThat(Check.findings(text.formatted("6.84万元"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("6.84元"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("157.31万元"));
  }

  /** A part's amount a year before, in parentheses after it (公务接待费1.06万元（上年1.25万元）), is none of its parts. */
  @Test
  void aPartsYearBeforeInParentheses() {
    String text = "“三公”经费支出3.26万元，比上年3.85万元减少0.59万元。其中公务接待费%s万元（上年1.25万元），公务用车运行维护费2.20万元（上年2.60万元），"
        + "因公出国（境）费用为零。";
    assertThat(Check.findings(text.formatted("1.06"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("1.16"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("3.36万元"));
  }

  /** A kind of the items counted in all after a comma (，普惠性幼儿园共56所) ends their list: a sum of some of them. */
  @Test
  void aKindOfTheItemsInAllEndsTheList() {
    String text = "全县共有幼儿园%s所，其中公办幼儿园41所、普惠性民办幼儿园15所、其他民办幼儿园6所，普惠性幼儿园共56所，占全县幼儿园总数的90.32%%。";
    assertThat(Check.findings(text.formatted("62"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("64"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("62所"));
  }

  /** An amount per head before a count's list (按每生每年600元的标准，…共8,960人，其中：…409.20万元) totals none of its money. */
  @Test
  void anAmountPerHeadTotalsNoMoney() {
    String text = "1.普惠性幼儿园生均公用经费补助537.60万元。按每生每年600元的标准，对在园幼儿给予补助，共%s人，其中：公办幼儿园6,820人、409.20万元；"
        + "普惠性民办幼儿园2,140人、128.40万元。";
    assertThat(Check.findings(text.formatted("8,960"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("8,660"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("8960人"));
  }

  /** What was reached by points of the year (从支出进度看，上半年累计…，前三季度累计…) is no classification of the year's spending. */
  @Test
  void amountsReachedByPointsOfTheYearAreNoClasses() {
    String text = "截至2024年12月31日，项目实际支出%s元，预算执行率为97.86%%。\n\n从支出进度看，上半年累计支出1,614,300.00元，占调整后预算的39.13%%；"
        + "前三季度累计支出3,042,900.00元，占调整后预算的73.75%%；第四季度支出994,612.80元。\n\n按支出内容分：\n1. 土建工程支出2,156,300.00元。\n"
        + "2. 设备购置支出1,881,212.80元。\n";
    assertThat(Check.findings(text.formatted("4,037,512.80"), "breakdown.sum")).isEmpty();
    assertThat(Check.report(text.formatted("4,037,512.80")).figures()).filteredOn(f -> f.label().contains("累计"))
        .hasSize(2).extracting(f -> f.partOf()).containsOnlyNulls();
  }

  /** Two totals of one measure at once (合计14个村、收集箱168个) leave the parts before them unsummed: they are of both, in turn. */
  @Test
  void twoTotalsOfOneMeasureAtOnce() {
    String text = "东片5个村布设收集箱62个，西片4个村布设收集箱46个，北片5个村布设收集箱60个，合计%s个村、收集箱168个。";
    assertThat(Check.findings(text.formatted("14"), "breakdown.sum")).isEmpty();
    assertThat(Check.report(text.formatted("14")).figures()).extracting(f -> f.partOf()).containsOnlyNulls();
    assertThat(Check.report(text.formatted("14").replace("、收集箱168个", "")).figures()).filteredOn(f -> f.partOf() != null)
        .as("one total alone").isNotEmpty();
  }

  /** A year's amount compared with the last, its subject named with the year (2024年资金支出较2023年的612.40万元), is the base. */
  @Test
  void theBaseOfAComparisonTotalsNothing() {
    for (String compared : java.util.List.of("2024年资金支出较2023年的612.40万元增加128.96万元", "全年支出比上年支出612.40万元增长21.06%%")) {
      String text = "与上年相比，" + compared + "。其中：药剂采购%s万元，统防统治服务241.36万元。";
      assertThat(Check.findings(text.formatted("500.00"), "breakdown.sum")).as(compared).isEmpty();
      assertThat(Check.report(text.formatted("500.00")).figures()).as(compared).filteredOn(f -> "612.40万元".equals(f.text()))
          .extracting(f -> f.partsClosed()).containsOnlyNulls();
    }
  }

  /** A list of items parted by ；goes on past the first item's own parts in parentheses (建筑工程费…（其中堤身加培…），占…；临时工程费…). */
  @Test
  void aSemicolonListPastTheFirstItemsAside() {
    String text = "从支出构成看，工程建设费1,712.46万元，占全部支出的90.02%%，其中：建筑工程费1,528.36万元（其中堤身加培802.14万元、护坡护脚726.22万元），"
        + "占工程建设费的89.25%%；临时工程费%s万元。";
    assertThat(Check.findings(text.formatted("184.10"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("194.10"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("1722.46万元"));
  }

  /** The quarters of a total broken down already (从支出构成看，工程建设费…) are a second breakdown, not added to the first. */
  @Test
  void theQuartersOfATotalBrokenDownAlready() {
    String text = "（三）资金使用情况。截至2023年12月31日，项目实际支出1,902.38万元，预算执行率为97.28%%。从支出构成看，工程建设费1,712.46万元，"
        + "占全部支出的90.02%%。工程建设其他费142.72万元。动用预备费47.20万元。\n分季度看，一季度支出210.50万元，二季度支出586.34万元，"
        + "三季度支出702.18万元，四季度支出%s万元。\n";
    assertThat(Check.findings(text.formatted("403.36"), "breakdown.sum")).isEmpty();
  }

  /** What follows the parenthesis after a count's noun (十八所中小学校（初中4所、…），其中城关镇5所…) is of the count. */
  @Test
  void partsAfterTheCountsNounAndItsAside() {
    String text = "涉及4个乡镇十八所中小学校（初中4所、小学11所、教学点3所），其中城关镇5所、石门乡4所、龙潭镇%s所、白沙乡3所。";
    assertThat(Check.findings(text.formatted("6"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("7"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("19所"));
  }

  /** After the last item of a list, a 其中 whose part is larger than the item is of the list's whole (…龙塘乡24人（5个村），其中脱贫人口72人). */
  @Test
  void aWhichAfterAListsLastItemLargerThanIt() {
    String text = "保洁员覆盖六个乡镇三十八个村：青岚镇42人（8个村）、渌口乡35人（7个村）、枫林镇28人（6个村）、桃坪乡31人（7个村）、石溪镇26人（5个村）、"
        + "龙塘乡24人（5个村），其中脱贫人口%s人，占38.71%%。";
    assertThat(Check.findings(text.formatted("72"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("72"), "breakdown.share")).isEmpty();
    // a part smaller than the item is the item's: its share is of the item
    assertThat(Check.findings(text.formatted("20").replace("38.71", "83.33"), "breakdown.share")).isEmpty();
    assertThat(Check.findings(text.formatted("20").replace("38.71", "80.00"), "breakdown.share")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("83.33%"));
  }

  /** A sum inside a part's aside (技术培训6.40万元（每人次80元，共800人次）) ends no list. */
  @Test
  void aSumInsideAPartsAside() {
    String text = "3. 工作经费26.45万元，预算30.00万元，结余3.55万元。其中：耕地质量监测12.80万元；技术培训6.40万元（每人次80元，共800人次）；"
        + "宣传及档案管理%s万元。";
    assertThat(Check.findings(text.formatted("7.25"), "breakdown.sum")).isEmpty();
    var figures = Check.report(text.formatted("7.25")).figures();
    String whole = figures.stream().filter(f -> f.text().equals("26.45万元")).findFirst().orElseThrow().id();
    assertThat(figures).filteredOn(f -> f.label().equals("宣传及档案管理")).extracting(f -> f.partOf()).containsExactly(whole);
  }

  /** The other units a count is in, listed in parentheses after its own (243,278头（只、羽）次), name no items of it. */
  @Test
  void unitsListedAfterACountAreNoNames() {
    String text = "全年累计免疫各类畜禽243,278头（只、羽）次，其中春防121,900头（只、羽）次、秋防121,378头（只、羽）次。";
    assertThat(Check.findings(text, "breakdown.sum")).isEmpty();
    assertThat(Check.findings("内设机构%s个（办公室、业务股）。".formatted("3"), "breakdown.sum")).as("names").hasSize(1);
  }

  /** A sentence that opens naming its whole (调整后预算中，…): what an aside on a part says (（年初9,911.00万元）) is no part. */
  @Test
  void anAsideOnAPartOfASentenceNamingItsWhole() {
    String text = "一、基本情况\n调整后预算为12,930.00万元。调整后预算中，基本支出10,061.00万元（年初9,911.00万元），项目支出2,869.00万元（年初2,269.00万元）。";
    assertThat(Check.findings(text, "breakdown.sum")).isEmpty();
  }

  /** A table whose rows nest under a kind's subtotal (基本支出小计) has no 合计 of every row. */
  @Test
  void aTableWithAKindsSubtotalRows() {
    String text = "（三）预算执行情况\n表1 2023年度预算执行情况表（单位：万元）\n项目\t年初预算\t调整后预算\t全年支出\t执行率\n"
        + "人员经费\t1,402.30\t1,402.30\t1,398.26\t99.71%\n公用经费\t290.00\t290.00\t284.48\t98.10%\n"
        + "基本支出小计\t1,692.30\t1,692.30\t1,682.74\t99.44%\n档案数字化\t105.00\t105.00\t96.80\t92.19%\n"
        + "其他项目支出\t568.50\t821.15\t791.82\t96.43%\n项目支出小计\t673.50\t926.15\t888.62\t95.95%\n"
        + "合计\t2,365.80\t2,618.45\t2,571.36\t98.20%\n";
    assertThat(Check.findings(text, "breakdown.sum")).isEmpty();
  }

  /**
   * An item that counts the whole's things and then something else in the same measure (东片6个村420个: villages, then samples) is one
   * part; and the parts told again after 即 (…60至80分的2个，即评为“优”的11个…) are no more of them.
   */
  @Test
  void anItemsOtherCountAndThePartsToldAgain() {
    assertThat(Check.findings("采集检测土壤样品1,260个，覆盖18个行政村，其中东片6个村420个、西片7个村490个、南片5个村350个。", "breakdown.sum"))
        .isEmpty();
    assertThat(Check.findings("采集检测土壤样品1,260个，覆盖19个行政村，其中东片6个村420个、西片7个村490个、南片5个村350个。", "breakdown.sum"))
        .hasSize(1);
    String graded = "全年实施的18个项目均开展了项目绩效自评，其中90分以上的11个、80至90分的5个、60至80分的2个、60分以下的0个，即评为“优”的11个、"
        + "“良”的5个、“中”的2个，评为“优”“良”的项目共16个。";
    assertThat(Check.findings(graded, "breakdown.sum")).isEmpty();
  }

  /** What a part in an aside lists after its colon is its own (其中普查人员劳务补助81.00万元：…计618,000元；…计192,000元), not the whole's. */
  @Test
  void aPartsListAfterItsColonInAnAside() {
    String text = "项目支出231.08万元，其中第五次全国经济普查经费132.46万元（其中普查人员劳务补助%s万元：普查员每人1,500元，共412人，计618,000元；"
        + "普查指导员每人2,000元，共96人，计192,000元）。常规统计调查经费98.62万元。";
    assertThat(Check.findings(text.formatted("81.00"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("82.00"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("81.00万元"));
  }

  /** A count of each one the list names (柳溪站、枫林站各1个站点) names no items of it. */
  @Test
  void aCountOfEachOneNamesNone() {
    assertThat(Check.findings("三、绩效目标完成情况\n柳溪站、枫林站各1个站点因志愿者不足阶段性停办。", "breakdown.sum")).isEmpty();
    assertThat(Check.findings("三、绩效目标完成情况\n柳溪站、枫林站1个站点因志愿者不足阶段性停办。", "breakdown.sum")).hasSize(1);
  }

  /**
   * Kinds a count includes, in an aside opening with 含 (56所中小学校（含特殊教育学校和村小、教学点）), name none of its items; nor do
   * towns listed before a count of what lies in them (清水乡、东岭镇5个路段).
   */
  @Test
  void kindsIncludedAndTownsOfWhatIsCountedNameNone() {
    assertThat(Check.findings("一、基本情况\n2024年共覆盖全县56所中小学校（含特殊教育学校和村小、教学点），配备专职保安员142人。", "breakdown.sum"))
        .isEmpty();
    assertThat(Check.findings("五、扣分说明\n产出扣3分：清水乡、东岭镇5个路段因汛期施工受阻、未能按期完工。", "breakdown.sum")).isEmpty();
    assertThat(Check.findings("一、基本情况\n项目覆盖清水乡、东岭镇3个乡镇。", "breakdown.sum")).hasSize(1);
  }
  /**
   * Names joined before a count of more (县人民医院、县妇幼保健院和十四个乡镇卫生院), names a count leaves out (除梅岭乡、大洲乡外其余8个乡镇), a list
   * counting times (春节、“八一”两次走访慰问驻县部队6个单位), kinds an aside says the count mostly is (未筛查280人（主要为转学、休学及因病缓检学生）)
   * and ways of doing listed after 采取 (…、实地抽查12个乡镇的…) name none of its items; a list closed by its count still does.
   */
  @Test
  void namesBesideACountAndKindsOfItNameNone() {
    assertThat(Check.findings("一、基本情况\n由县疾控中心统一管理，县人民医院、县妇幼保健院和14个乡镇卫生院具体承担部分工作任务。", "breakdown.sum"))
        .isEmpty();
    assertThat(Check.findings("一、基本情况\n大洲乡最少，为88人，除梅岭乡、大洲乡外其余8个乡镇均在100人以上。", "breakdown.sum")).isEmpty();
    assertThat(Check.findings("二、绩效目标\n项目年度绩效目标为：春节、“八一”两次走访慰问驻县部队6个单位；慰问重点优抚对象不少于1,280人。", "breakdown.sum"))
        .isEmpty();
    assertThat(Check.findings("三、绩效目标完成情况\n完成结核病筛查9,600人，未筛查280人（主要为转学、休学及因病缓检学生），筛查覆盖率97.17%。",
        "breakdown.sum")).isEmpty();
    assertThat(Check.findings("一、基本情况\n自评组采取查阅资金拨付凭证和巡河台账、调取智慧河湖平台数据、实地抽查12个乡镇的河段保洁情况等方式进行。",
        "breakdown.sum")).as("ways of doing, the last one's count of what it was done to").isEmpty();
    assertThat(Check.findings("一、基本情况\n由县疾控中心统一管理，县人民医院、县妇幼保健院3个单位具体承担部分工作任务。", "breakdown.sum"))
        .hasSize(1);
  }
  /**
   * A list after 其中 whose items ；alone parts, each ending with its amount after a standard and a count (…按每次300元标准支付96次，计28,800.00元；
   * …每个1,800元，计25,200.00元；…): its amounts are the parts, the standards none; one changed always flags.
   */
  @Test
  void itemsPartedBySemicolonsAlone() {
    String text = "二、支出情况\n7．公共法律服务工作站运行经费57,940.00元，占4.74%%。其中镇工作站值班律师补贴按每次300元标准支付96次，计28,800.00元；"
        + "14个村（社区）公共法律服务室运行补助每个1,800元，计%s元；工作站设备维护3,940.00元。";
    assertThat(Check.findings(text.formatted("25,200.00"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("25,300.00"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("57,940.00元"));
    assertThat(Check.findings("一、基本情况\n全县肉牛存栏4.12万头，其中能繁母牛1.91万头；全年出栏肉牛2.26万头，产值2.35亿元。", "breakdown.sum"))
        .as("a statement of its own after the first item").isEmpty();
  }
  /** What 另有 adds after the parts is the part the list still lacks where it makes up the whole (…完成5次，另有1次因部队驻训补送). */
  @Test
  void aPartAddedAfterTheOthersThatMakesUpTheWhole() {
    String text = "三、绩效目标完成情况\n春节和“八一”两轮共计划走访12次，其中春节前（1月18日前）完成6次，“八一”前完成5次，另有%s次因部队驻训于8月9日补送，"
        + "按时完成11次，按时完成率91.67%%。";
    assertThat(Check.findings(text.formatted("1"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings("一、基本情况\n在职人员71人，其中行政人员39人、事业人员32人，另有退休人员29人。", "breakdown.sum")).isEmpty();
  }
  /** A cost per unit named for what it pays (每台安装调试费2,000元, 每台年运维费500元) is a rate, no part of the amount broken down. */
  @Test
  void aFeePerUnitIsNoPart() {
    String text = "二、支出情况\n预警终端建设及运维项目全部使用预警补助，支出36.00万元：新增终端124台，每台安装调试费2,000元，计%s万元；"
        + "全县在网终端210台（含以前年度已安装的86台），每台年运维费500元，计10.50万元；终端通信流量费7,000元。";
    assertThat(Check.findings(text.formatted("24.80"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("24.90"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("36.00万元"));
  }
  /** A part's budget in parentheses after what it spent (人员经费450.12万元（预算451.56万元）) is no part of it. */
  @Test
  void aPartsBudgetInItsAsideIsNoPartOfIt() {
    String text = "二、支出执行\n1．基本支出508.93万元，占全年支出的40.56%%，预算执行率99.33%%。其中人员经费450.12万元（预算451.56万元），"
        + "执行率99.68%%；公用经费%s万元（预算60.80万元），执行率96.73%%。";
    assertThat(Check.findings(text.formatted("58.81"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("58.91"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("508.93万元"));
  }
  /** A total whose sentence goes on with words alone before the next opens with 其中 (…386.40万元，全部为县级财政拨款。其中…) is what they break down. */
  @Test
  void aTotalsSentenceGoingOnWithWordsBeforeItsParts() {
    String text = "一、基本情况\n2023年年初部门预算安排386.40万元，全部为县级一般公共预算财政拨款。其中基本支出228.60万元，项目支出%s万元。";
    assertThat(Check.findings(text.formatted("157.80"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("167.80"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("386.40万元"));
  }

  /** A list of parts parted by 、 that adds up, then a comma and the whole by another key (平台补助资金40.00万元…，其余36.45万元…). */
  @Test
  void aListClosedByAComma() {
    String text = "3.电子交易平台运维经费76.45万元，其中软件运维服务费48.60万元、CA数字证书及电子签章服务费15.85万元、政务云资源租赁费%s万元，"
        + "平台补助资金40.00万元全部用于该项目，其余36.45万元由县级财政拨款保障。";
    assertThat(Check.findings(text.formatted("12.00"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("13.00"), "breakdown.sum")).isNotEmpty();
  }

  /**
   * A classification by respondent, each clause counting its class and then those of it satisfied (投标人问卷520份、满意486份，…；采购人问卷
   * 210份、满意203份，…): the classes alone add up to the questionnaires.
   */
  @Test
  void eachClassFirstInItsClause() {
    String text = "（四）满意度指标。向市场主体发放问卷860份，回收有效问卷860份，表示满意的811份，满意度94.30%。\n"
        + "从调查对象看，投标人问卷520份、满意486份，满意度93.46%；采购人问卷210份、满意203份，满意度96.67%；竞买人问卷130份、满意122份，满意度93.85%。";
    assertThat(Check.findings(text, "breakdown.sum")).isEmpty();
    var figures = Check.report(text).figures();
    var whole = figures.stream().filter(f -> f.text().equals("860份")).findFirst().orElseThrow();
    assertThat(figures.stream().filter(f -> whole.id().equals(f.partOf())).map(f -> f.text()))
        .containsExactly("520份", "210份", "130份");
  }

  /** One class alone, larger than the balance the sentence before ends with: no class of it (结余7.73万元。从资金来源看，…支出60.27万元). */
  @Test
  void aLoneClassLargerThanTheWhole() {
    String text = """
        （二）资金来源及预算调整
        采砂经费年初预算86.00万元，其中：省级河湖管护补助资金20.00万
        元，市级补助资金10.00万元，县级财政安排56.00万元。2024年
        7月中旬浣江发生较大洪水，汛后排查发现干流下段有多处非法采砂遗留
        坑塘，为加强汛后巡查和险情排查，经县政府同意，8月份追加县级资金
        12.00万元。调整后预算为九十八万元（98.00万元），其中：
        省级资金20.00万元，占20.41%；市级资金10.00万元，占
        10.20%；县级资金68.00万元，占69.39%。
        （三）资金使用情况
        截至2024年12月31日，采砂经费实际支出90.27万元（
        902,700.00元），按调整后预算计算，预算执行率为
        92.11%；结余7.73万元（77,300.00元），己全部
        由县财政收回统筹使用。从资金来源看，省级、市级资金已全额支出，县级资金支
        出60.27万元，执行率88.63%。全年支出比上年的82.64万元增加
        7.63万元，增长9.23%，主要是追加了汛后巡查费用和增聘协管员。
        全年支出按用途分为六项：
        """;
    assertThat(Check.findings(text, "breakdown.sum")).isEmpty();
  }

  /** An item's budget beside what it spent, after a whole spent (实际支出11.78万元。其中公务用车运行维护费预算12.00万元，实际支出10.86万元). */
  @Test
  void anItemsBudgetIsNoPartOfTheWholeSpent() {
    String text = "2024年“三公”经费预算13.50万元，实际支出11.78万元，控制率87.26%。其中公务用车运行维护费预算12.00万元，实际支出10.86万元；"
        + "公务接待费预算1.50万元，实际支出0.92万元。";
    assertThat(Check.findings(text, "breakdown.sum")).isEmpty();
    var figures = Check.report(text).figures();
    assertThat(figures.stream().filter(f -> f.text().equals("12.00万元")).findFirst().orElseThrow().partOf()).isNull();
  }

  /** The largest and smallest classes named alone (青檀镇支出最多，为27.68万元，石鼓乡最少，为9.84万元): two of them, not all. */
  @Test
  void theExtremesAreNotAllTheClasses() {
    String text = "二是财务审计辅导费26家×2,800元=72,800元（7.28万元），占全年支出的6.32%。按乡镇分，青檀镇支出最多，为27.68万元，石鼓乡最少，为9.84万元。";
    assertThat(Check.findings(text, "breakdown.sum")).isEmpty();
  }

  /** The highest and lowest of what a total was made of (其中单个最高为凤鸣镇39,200元，最低为竹坪乡27,900元): no parts of it. */
  @Test
  void theHighestAndLowestAreNoParts() {
    String text = "2.提档升级代表之家8个，按照每个不超过40,000元的标准据实结算，计272,700元，平均每个34,087.50元，其中单个最高为凤鸣镇39,200元，"
        + "最低为竹坪乡27,900元；";
    assertThat(Check.findings(text, "breakdown.sum")).isEmpty();
  }

  /** What each of a count was given (对8个乡镇调解中心各奖补1.00万元，计8.00万元): a rate, the 计 the part. */
  @Test
  void whatEachWasGivenIsARate() {
    String text = "3.基层调解组织以奖代补12.00万元：对8个乡镇调解中心各奖补1.00万元，计8.00万元；对5家企业调解委员会各奖补0.80万元，计%s万元。";
    assertThat(Check.findings(text.formatted("4.00"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("5.00"), "breakdown.sum")).isNotEmpty();
  }

  /** After a semicolon, a clause within the whole named again (；裁决案件中当事人向法院起诉47件): another statement, no item. */
  @Test
  void aClauseWithinTheWholeAgain() {
    String text = "以裁决方式结案166件，其中终局裁决58件，占裁决案件的34.94%；裁决案件中当事人向法院起诉47件，起诉率28.31%，法院已作出判决的41件中，"
        + "判决结果与仲裁裁决基本一致的38件，一致率92.68%。";
    assertThat(Check.findings(text, "breakdown.sum")).isEmpty();
  }

  /** What a part did, its rate after it (其中劳动者280人次、满意266人次，满意率95.00%), is the part's, not the whole's. */
  @Test
  void whatAPartDidIsItsOwn() {
    String text = "仲裁院对审结案件当事人开展电话回访420人次，其中劳动者280人次、满意266人次，满意率95.00%%；用人单位%s人次、满意125人次，满意率89.29%%。";
    assertThat(Check.findings(text.formatted("140"), "breakdown.sum")).isEmpty();
    var figures = Check.report(text.formatted("140")).figures();
    assertThat(figures.stream().filter(f -> f.text().equals("266人次")).findFirst().orElseThrow().partOf()).isNull();
  }

  /**
   * A table whose first column numbers its rows and whose 其中 rows name the parts of the row above in the second (| | 其中：等保三级测评 |):
   * its 合计 is not of every row.
   */
  @Test
  void numberedRowsWithTheirOwnParts() {
    String page = "<html><body><p>表2 运维经费支出明细（单位：万元）</p><table><tr><td>序号</td><td>支出内容</td><td>预算数</td><td>实际支出</td></tr>"
        + "<tr><td>1</td><td>平台软件运维服务</td><td>96.00</td><td>96.00</td></tr>"
        + "<tr><td>2</td><td>网络安全服务</td><td>36.40</td><td>35.80</td></tr>"
        + "<tr><td></td><td>其中：等保三级测评</td><td>—</td><td>13.00</td></tr>"
        + "<tr><td></td><td>安全监测</td><td>—</td><td>22.80</td></tr>"
        + "<tr><td>3</td><td>短信服务</td><td>16.00</td><td>13.03</td></tr>"
        + "<tr><td>合计</td><td></td><td>148.40</td><td>144.83</td></tr></table></body></html>";
    assertThat(Check.findings("test.html", page, "breakdown.sum")).isEmpty();
  }

  /**
   * What an amount includes, listed after its rates (基本支出842.17万元，占总支出的72.45%，执行率98.09%，包括人员经费712.40万元、公用经费
   * 129.77万元): the list breaks down the one amount of its clause, as after 其中; not where the clause has two amounts.
   */
  @Test
  void whatAnAmountIncludesAfterItsRates() {
    String basic = "二、支出情况\n全年支出1,162.40万元。基本支出842.17万元，占总支出的72.45%%，执行率98.09%%，包括人员经费%s万元、公用经费129.77万元。";
    assertThat(Check.findings(basic.formatted("712.40"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(basic.formatted("722.40"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("852.17万元"));
    String two = "二、支出情况\n基本支出预算850.00万元，实际支出842.17万元，执行率99.08%，包括人员经费722.40万元、公用经费129.77万元。";
    assertThat(Check.findings(two, "breakdown.sum")).isEmpty();
  }

  /**
   * An amount that is itself a part of a list on the lines after its whole (其中：⏎基本支出842.17万元，…) still breaks down into what it
   * includes after its rates: a level below, not the list it is in.
   */
  @Test
  void whatAPartIncludesAfterItsRates() {
    String spent = "二、支出情况\n2024年实际支出1,162.35万元，预算执行率97.71%%，结余27.25万元。其中：\n基本支出842.17万元，占总支出的72.45%%，"
        + "执行率98.09%%，包括人员经费768.53万元、公用经费%s万元；\n项目支出320.18万元，占总支出的27.55%%，执行率96.73%%。\n";
    assertThat(Check.findings(spent.formatted("73.64"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(spent.formatted("83.64"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("842.17万元"));
  }

  /**
   * Parts listed in parentheses right after their whole, with no 其中 (基本支出1628.93万元（人员经费…、公用经费…）): named amounts of the
   * whole's measure and nothing else. A parenthesis of a budget, a rate, a stage of the year or a restatement lists no parts, and a
   * whole broken down by another list already keeps that.
   */
  @Test
  void partsInParenthesesAfterTheirWhole() {
    String basic = "基本支出1628.93万元（人员经费%s万元、公用经费247.73万元），执行率99.19%%。";
    assertThat(Check.findings(basic.formatted("1381.20"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(basic.formatted("1391.20"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("1638.93万元"));
    // commas part kinds of one spending, told apart by their names
    assertThat(Check.findings(basic.formatted("1391.20").replace("、", "，"), "breakdown.sum")).hasSize(1);
    // a part's shortfall too: the parentheses list all of it
    assertThat(Check.findings("结余92.48万元（基本支出结余13.25万元、项目支出结余69.23万元）。", "breakdown.sum")).hasSize(1);
    assertThat(Check.findings("项目支出76.45万元（预算80.00万元，执行率95.56%）。", "breakdown.sum")).isEmpty();
    assertThat(Check.findings("基本支出10,061.00万元（年初9,911.00万元、追加100.00万元），项目支出2,869.00万元。", "breakdown.sum")).isEmpty();
    assertThat(Check.findings("支出合计100.00万元（预算120.00万元，结转15.00万元）。", "breakdown.sum")).isEmpty();
    assertThat(Check.findings("合计500万元（即5,000,000.00元，五百万元）。", "breakdown.sum")).isEmpty();
    assertThat(Check.findings("全县保障的重病重残儿童共312人（非低保家庭98人、低保家庭214人），其中获得医疗救助等帮扶的271人，衔接率86.86%。",
        "breakdown.sum")).isEmpty();
  }

  /**
   * Parts in parentheses after the share of their whole (基本支出586.35万元，占54.18%（人员经费…，公用经费…）) are the whole's, as right after
   * it; after a rate they may be what was spent of a budget, and stay unread. An item's name may hold a word in parentheses
   * (因公出国（境）费0元).
   */
  @Test
  void partsInParenthesesAfterTheShareOfTheirWhole() {
    String basic = "其中：基本支出586.35万元，占54.18%%（人员经费498.72万元，公用经费%s万元）；项目支出495.80万元，占45.82%%。";
    assertThat(Check.findings(basic.formatted("87.63"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(basic.formatted("97.63"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("586.35万元"));
    assertThat(Check.findings("项目预算100.00万元，执行率95.00%（中央资金支出60.00万元、县级资金支出35.00万元）。", "breakdown.sum")).isEmpty();
    String sangong = "“三公”经费支出17.97万元（因公出国（境）费0元、公务接待费3.12万元、公务用车运行维护费%s万元），上年为21.40万元。";
    assertThat(Check.findings(sangong.formatted("14.85"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(sangong.formatted("15.85"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("17.97万元"));
  }

  /**
   * A sentence opening with 其中 after one that ends with a list in parentheses (…，结余92.48万元（基本支出结余…、项目支出结余79.23万元）。
   * 其中：基本支出…；项目支出…): its parts are of the amount of the sentence before that they add up to, or whose kinds they are, not of
   * the list's whole nor of its last item.
   */
  @Test
  void theNextSentenceAfterAListInParentheses() {
    String spent = "全年实际支出3082.67万元，预算执行率97.09%%，年末结余92.48万元（基本支出结余13.25万元、项目支出结余79.23万元）。"
        + "其中：基本支出1628.93万元（人员经费1381.20万元、公用经费247.73万元），执行率99.19%%；项目支出%s万元，执行率94.83%%。";
    assertThat(Check.findings(spent.formatted("1453.74"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(spent.formatted("1463.74"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("3092.67万元"));
  }

  /**
   * A list after 其中 whose clauses each reckon their item from a price and a count (a county's compulsory education fund, an
   * emergency duty allowance): the items are the reckoned amounts, the prices no parts; a clause reckoning nothing may close the
   * list with its one amount. Plain amounts within the list, or an amount before the whole in its sentence, leave it unread.
   */
  @Test
  void itemsEachReckonedAfterTheirWhole() {
    String school = "1. 公用经费7,328,240.00元。其中：初中每生每年940元，共3,692人，计3,470,480.00元；小学每生每年720元，共5,358人，计%s元。";
    assertThat(Check.findings(school.formatted("3,857,760.00"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(school.formatted("3,857,770.00"), "breakdown.sum")).singleElement().satisfies(f -> {
      assertThat(f.stated()).isEqualTo("7,328,240.00元");
      assertThat(f.expected()).isEqualTo("7328250.00元");
    });
    String duty = "3.应急值守及信息员补助。实际支出11.46万元，其中：13个行政村应急信息员补助按每村1人、每人每月500元、全年12个月发放，计7.80万元；"
        + "镇机关应急值班补助%s万元。";
    assertThat(Check.findings(duty.formatted("3.66"), "breakdown.sum")).isEmpty();
    assertThat(Check.findings(duty.formatted("3.76"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("11.56万元"));
    assertThat(Check.findings("全年药品采购总额2,486.35万元，其中基本药物采购金额1,563.90万元，达到目标；网上采购金额2,471.18万元，达到目标。",
        "breakdown.sum")).as("two plain amounts").isEmpty();
    assertThat(Check.findings("网络安全服务费35.80万元，预算36.40万元。其中：测评2个系统，每个系统6.50万元，计13.00万元；监测服务12个月，每月1.80万元，"
        + "计21.60万元；渗透测试服务1次，1.20万元。", "breakdown.sum")).as("the spending's or the budget's").isEmpty();
  }
}
