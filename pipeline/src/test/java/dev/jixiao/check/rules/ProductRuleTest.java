package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProductRuleTest {
  @Test
  void perUnitTimesCount() {
    assertThat(Check.findings("每个工作队每年经费8万元，我镇4个工作队共32万元。", "product")).isEmpty();
    assertThat(Check.findings("每个工作队每年经费8万元，我镇4个工作队共33万元。", "product")).as("8 stands for 7.5..8.5").isEmpty();
    assertThat(Check.findings("每个工作队每年经费8万元，我镇4个工作队共40万元。", "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("32万元"));
  }

  /**
   * What was spent or paid right after a plain rate per unit is the product (堆粪棚18,400平方米，每平方米360元，支出662.40万元); after a
   * gain per head it is not (人均增收1,200元，支出500万元).
   */
  @Test
  void spentAtAPlainRate() {
    String built = "2. 堆粪棚18,400平方米，每平方米360元，支出%s万元；3. 冷藏库1,320吨，每吨800元，补助105.60万元。";
    assertThat(Check.findings(built.formatted("662.40"), "product")).isEmpty();
    assertThat(Check.findings(built.formatted("667.92"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("662.40万元"));
    assertThat(Check.findings("受益群众2,000人，人均增收1,200元，支出500万元。", "product")).isEmpty();
    assertThat(Check.findings("受益群众2,000人，每人增收1,200元，支出500万元。", "product")).isEmpty();
  }

  /** So in any measure a count is kept in (株, 块), and per head for the year (每人每年3,600元). */
  @Test
  void spentAtAPlainRateOfAnyMeasure() {
    String trees = "二、资金使用\n3.安装避雷装置12株，每株1.85万元，支出%s万元；4.更换二维码标识牌460块，每块350元，支出16.10万元；"
        + "5.乡村古树管护员补助56人，每人每年3,600元，支出%s万元。";
    assertThat(Check.findings(trees.formatted("22.20", "20.16"), "product")).isEmpty();
    assertThat(Check.findings(trees.formatted("23.20", "20.16"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("22.20万元"));
    assertThat(Check.findings(trees.formatted("22.20", "21.16"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("20.16万元"));
    assertThat(Check.findings("二、资金使用\n护林员56人，每人每月1,500元，支出20.16万元。", "product")).as("paid monthly: not the year's product")
        .isEmpty();
  }

  /**
   * An amount spent, then the units it bought and a bare price per unit (健身路径工程支出86.40万元，实际建成24套，每套3.60万元): the amount
   * is their product; a price that names another kind of money (每套补助) is not the amount's.
   */
  @Test
  void spentThenTheUnitsAndTheirPrice() {
    String built = "二、资金使用\n其中：健身路径工程支出%s万元，实际建成24套，每套3.60万元，执行率96.00%%；监测预警设备购置86.40万元，"
        + "新建智能虫情测报灯18台，每台%s万元。";
    assertThat(Check.findings(built.formatted("86.40", "4.80"), "product")).isEmpty();
    assertThat(Check.findings(built.formatted("96.40", "4.80"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("86.40万元"));
    assertThat(Check.findings(built.formatted("86.40", "4.90"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("88.20万元"));
    assertThat(Check.findings("二、资金使用\n项目总投资96.40万元，建成24套，每套补助3.60万元。", "product")).isEmpty();
    assertThat(Check.findings("二、资金使用\n健身路径工程支出96.40万元，涉及12个村，每套3.60万元。", "product")).as("another unit").isEmpty();
    assertThat(Check.findings("二、资金使用\n车辆购置49.60万元（其中压缩式垃圾车2辆，每辆18.50万元，计37.00万元；电动保洁三轮车30辆，每辆4,200元，"
        + "计12.60万元）。", "product")).as("a price with its own total: the amount is of several").isEmpty();
    assertThat(Check.findings("二、资金使用\n设备购置预算78.40万元，新建智慧教室12间，每间5.20万元。", "product")).as("a budget").isEmpty();
    assertThat(Check.findings("二、资金使用\n车辆购置49.60万元（其中垃圾车2辆，每辆18.50万元）。", "product")).as("some of what it bought").isEmpty();
  }

  /**
   * An item's amount opening its clause, then the units and a bare price per the unit they are counted in (“两节”送温暖78.00万元，慰问
   * 1,560户，每户500元): the amount is what they came to, whatever the item is called; not an investment (总投资), nor an amount after
   * another figure of its clause, nor a price per another unit.
   */
  @Test
  void anItemsAmountThenItsUnitsAndTheirBarePrice() {
    String items = "二、资金使用\n（2）“两节”送温暖%s万元，慰问1,560户，每户500元；（3）管理员培训3.09万元，实际培训206人，每人%s元。";
    assertThat(Check.findings(items.formatted("78.00", "150"), "product")).isEmpty();
    assertThat(Check.findings(items.formatted("88.00", "150"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("78.00万元"));
    assertThat(Check.findings(items.formatted("78.00", "160"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("3.30万元"));
    assertThat(Check.findings("二、资金使用\n3. 绿色防控96.40万元，采购太阳能杀虫灯640盏，单价1,350元。", "product")).hasSize(1);
    assertThat(Check.findings("二、资金使用\n项目总投资96.40万元，建成24套，每套3.60万元。", "product")).as("an investment").isEmpty();
    assertThat(Check.findings("二、资金使用\n送温暖88.00万元，慰问1,560户，每户补助500元。", "product")).as("a pay of its own").isEmpty();
    assertThat(Check.findings("二、资金使用\n慰问支出合计120.00万元，送温暖88.00万元，慰问1,560户，每户500元。", "product"))
        .as("not the clause's first").isEmpty();
    assertThat(Check.findings("二、资金使用\n送温暖88.00万元，慰问1,560人，每户500元。", "product")).as("another unit").isEmpty();
  }

  /** A line wrapped at the text's width is still the sentence; a paragraph's end is not. */
  @Test
  void aWrappedSentenceButNotTheNextParagraph() {
    assertThat(Check.findings("每个工作队每年经费8万元，我镇4个工\n作队共40万元。", "product")).hasSize(1);
    assertThat(Check.findings("每个工作队每年经费8万元，我镇4个工作队：\n共40万元。", "product")).isEmpty();
    assertThat(Check.findings("每个工作队每年经费8万元，我镇4个工作队\n\n共40万元。", "product")).isEmpty();
  }

  /** The count first, then the amount a head (人均): 20 × 3.80万元 is 76.00万元. */
  @Test
  void theCountBeforeTheAmountAHead() {
    String grid = "网格员20名，人均补贴3.80万元，合计%s万元。";
    assertThat(Check.findings(grid.formatted("76.00"), "product")).isEmpty();
    assertThat(Check.findings(grid.formatted("78.00"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("76.00万元"));
    assertThat(Check.findings("网格员20名，补贴3.80万元，合计78.00万元。", "product")).as("no rate").isEmpty();
  }

  /** A rate per a measure multiplies a count in that measure, in ones or in 万: 4.38万亩 × 120元 is 525.60万元. */
  @Test
  void aRatePerMeasureAndACountInIt() {
    String subsidy = "发放耕地地力保护补贴6215户，补贴面积%s，每亩补贴120元，合计%s万元。";
    assertThat(Check.findings(subsidy.formatted("4.38万亩", "525.60"), "product")).isEmpty();
    assertThat(Check.findings(subsidy.formatted("4.38万亩", "535.60"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("525.60万元"));
    assertThat(Check.findings(subsidy.formatted("43800亩", "535.60"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("525.60万元"));
    assertThat(Check.findings("发放耕地地力保护补贴6215户，每亩补贴120元，合计525.60万元。", "product"))
        .as("the households are not the acres the rate is per").isEmpty();
    assertThat(Check.findings("慰问困难群众300户，每户慰问金500元，合计16.00万元。", "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("15.00万元"));
  }

  /**
   * What people are paid by period and the year's total (漕河镇's 2023 report, the shared corpus's:
   * 3 × (2000元 × 12 + 300元) = 72900元), the total opening the next sentence; the months a sentence
   * states are the months paid (防火员8个月: 23 × 1500元 × 8 = 27.6万元).
   */
  @Test
  void ratesByPeriodAndTheYearsTotal() {
    String mediators = "一、项目情况\n我镇设专职调解员3名，按“以案定补”每人每月2000元，意外保险每人每年300元。需资金%s元，已全部按计划完成工作。";
    assertThat(Check.findings(mediators.formatted("72900"), "product")).isEmpty();
    assertThat(Check.findings(mediators.formatted("73900"), "product")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("72900元");
      assertThat(f.message()).startsWith("3名 × （2000元 × 12 + 300元）");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("73900元", "2000元", "300元", "3名");
    });
    String wardens = "一、项目情况\n南屯镇2023年防火员8个月防火期工资：聘用防火员23名，每人每月1500元，合计%s万元。";
    assertThat(Check.findings(wardens.formatted("27.6"), "product")).isEmpty();
    assertThat(Check.findings(wardens.formatted("41.4"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("27.6万元"));
    assertThat(Check.findings("一、项目情况\n聘用防火员23名，每人每月1500元，合计41.4万元。", "product")).as("a whole year").isEmpty();
    assertThat(Check.findings("一、项目情况\n聘用防火员23名，每人每月1500元。另支付设备费41.4万元。", "product")).as("no total").isEmpty();
    assertThat(Check.findings("一、项目情况\n聘用防火员23名，每人每月1500元。项目共完成巡查100次。合计41.4万元。", "product"))
        .as("two sentences on").isEmpty();
  }

  /** A rate per post and month (每个岗位每月) is paid twelve times a year, as one per head is: 45 × 1000元 × 12 = 54万元. */
  @Test
  void aRatePerPostAndMonth() {
    String posts = "一、项目情况\n全镇共开发公益性岗位45个，每个岗位每月补贴1000元，全年共发放补贴资金%s万元。";
    assertThat(Check.findings(posts.formatted("54"), "product")).isEmpty();
    assertThat(Check.findings(posts.formatted("56"), "product")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("54万元");
      assertThat(f.message()).startsWith("45个 × （1000元 × 12）");
    });
    assertThat(Check.findings("一、项目情况\n设置保洁岗位20个，每岗每月800元，合计%s万元。".formatted("19.2"), "product")).isEmpty();
    // posts are paid per head, one person holding each
    String perHead = "一、项目情况\n开发乡村公益性岗位120个，每人每月补贴500元，全年发放%s万元。";
    assertThat(Check.findings(perHead.formatted("72.00"), "product")).isEmpty();
    assertThat(Check.findings(perHead.formatted("77.04"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("72.00万元"));
  }

  /**
   * Rates worked out in formulas (a county's rural teachers: 每人每月500元×186人×12个月=1,116,000元) give results, no further rates,
   * and the total after them is of the results.
   */
  @Test
  void theResultsOfRatesWorkedOutAreNoRates() {
    String teachers = "以一类学校为例：全年在岗教师每人每月500元×186人×12个月=1,116,000元；9月新进教师每人每月500元×8人×4个月（9—12月）=16,000元，"
        + "合计%s元。";
    assertThat(Check.findings(teachers.formatted("1,132,000"), "product")).isEmpty();
    // nor is a factor of a multiplication written out a total (a county's reservoir keepers)
    String keepers = "全县共聘用专职管护员十九名，其中小(1)型水库每座二名，补助标准为每人每月1,500元，全年共计1,500元×19人×12个月＝34.20万元。";
    assertThat(Check.findings(keepers, "product")).isEmpty();
  }

  /** A length stated to a decimal is a count of what the rate is per: 12.6公里 × 40万元 is 504万元. */
  @Test
  void aRatePerKilometreAndALength() {
    String roads = "一、项目资金情况\n按每公里40万元的标准测算，12.6公里共需%s万元。";
    assertThat(Check.findings(roads.formatted("504"), "product")).isEmpty();
    assertThat(Check.findings(roads.formatted("524"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("504万元"));
    assertThat(Check.findings("一、项目资金情况\n每个工作队8万元，2.5个工作队共20万元。", "product")).as("parts of one").isEmpty();
  }

  /** An average per unit against the total and the units before it: 2760人次 over 45期 is 61.33人次; 74.52万元 over 621户 is 1200元. */
  @Test
  void anAveragePerUnit() {
    String training = "三、绩效目标完成情况\n全年组织农民技术培训45期，培训农民2760人次，其中脱贫人口320人次，平均每期培训%s人次。";
    assertThat(Check.findings(training.formatted("61.33"), "product")).isEmpty();
    assertThat(Check.findings(training.formatted("62.33"), "product")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("61.33人次");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("62.33人次", "2760人次", "45期");
    });
    String subsidy = "三、绩效目标完成情况\n为621户发放补贴资金%s万元，平均每户补贴1200元。";
    assertThat(Check.findings(subsidy.formatted("74.52"), "product")).isEmpty();
    assertThat(Check.findings(subsidy.formatted("74.58"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("1200.97元"));
    assertThat(Check.findings("三、绩效目标完成情况\n全镇18个行政村安排岗位136个，平均每村安排岗位8.56个。", "product"))
        .as("村 counted in 个").isEmpty();
    // a loan's average (笔均): 3920.00万元 over 196笔 is 20.00万元
    String loans = "二、资金使用\n发放创业担保贷款%s万元，贷款笔数196笔，笔均20.00万元。";
    assertThat(Check.findings(loans.formatted("3920.00"), "product")).isEmpty();
    assertThat(Check.findings(loans.formatted("4194.40"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("21.40万元"));
    // a factor of a product written out is that product's units, not those of the average of the sum (197,975亩 in all, stated before)
    String trusteeship = "全县托管服务面积合计197,975亩。其中：全程托管补助小计10,080,400元，按每亩80元×126,005亩计算；多环节托管补助小计"
        + "2,878,800元，按每亩40元×71,970亩计算；两项合计12,959,200元，平均每亩补助65.46元。";
    assertThat(Check.findings(trusteeship, "product")).isEmpty();
    // the units counted in an earlier clause of the sentence, their total's (合计32处), not its last part's
    String water = "三、产出和效益\n新建集中供水工程9处，改造提升工程23处，合计32处；铺设管网%s公里，平均每处4.9公里。";
    assertThat(Check.findings(water.formatted("156.8"), "product")).isEmpty();
    assertThat(Check.findings(water.formatted("176.8"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("5.53公里"));
    assertThat(Check.findings("三、产出和效益\n新建集中供水工程9处，改造提升工程23处；铺设管网176.8公里，平均每处4.9公里。", "product"))
        .as("which of two counts").isEmpty();
    // an average per head is no total of the average per visit after it (a county's medical assistance)
    String visits = "3.住院救助\n全年住院救助支出1,268.35万元，住院救助3,962人、5,318人次，人均救助3,201.29元，次均救助%s元。";
    assertThat(Check.findings(visits.formatted("2,385.01"), "product")).isEmpty();
    assertThat(Check.findings(visits.formatted("2,485.01"), "product")).singleElement()
        .satisfies(f -> assertThat(f.evidence()).extracting(e -> e.quote()).contains("1,268.35万元", "5,318人次"));
  }

  /**
   * The total first, then the count and the pay per unit it is named for (a county's jobs fund: 4050人次 ×
   * 1200元 is 486万元; 450人 × 1200元 a month is 648万元 a year); an amount of another kind is no such total.
   */
  @Test
  void theTotalFirstNamedForThePay() {
    String training = "二、资金使用\n职业技能培训补贴支出%s万元，共培训4050人次，人均补贴1200元。";
    assertThat(Check.findings(training.formatted("486.00"), "product")).isEmpty();
    assertThat(Check.findings(training.formatted("520.00"), "product")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("486.00万元");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("520.00万元", "1200元", "4050人次");
    });
    String posts = "二、资金使用\n公益性岗位补贴支出%s万元，安置就业困难人员450人，每人每月补贴1200元。";
    assertThat(Check.findings(posts.formatted("648.00"), "product")).isEmpty();
    assertThat(Check.findings(posts.formatted("693.36"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("648.00万元"));
    assertThat(Check.findings("二、项目效益\n项目总投资500万元，受益群众2000人，人均增收1200元。", "product")).as("another kind").isEmpty();
    // the count first, then the total and its cost per 亩 (a county's farmland: 3.2万亩 × 2000元 is 6400万元)
    String farmland = "一、项目概况\n2024年全县建设高标准农田3.2万亩，项目总投资%s万元，亩均投资2000元。";
    assertThat(Check.findings(farmland.formatted("6400.00"), "product")).isEmpty();
    assertThat(Check.findings(farmland.formatted("6848.00"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("6400.00万元"));
  }

  /** A whole broken down after 其中 into parts each paid per unit: the whole is no total of its first part's count and rate. */
  @Test
  void aWholeWhosePartsArePaidPerUnit() {
    String text = "二、资金使用\n农机报废更新补贴49.80万元，其中报废拖拉机36台，每台补贴8,000元，计%s万元；报废联合收割机14台，每台补贴15,000元，计21.00万元。";
    assertThat(Check.findings(text.formatted("28.80"), "product")).isEmpty();
    assertThat(Check.findings(text.formatted("29.80"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("28.80万元"));
  }

  /**
   * An indicator table's target and actual rate side by side (a school meals report: | 每生每天5元 | 每生每天5元 |) after a row
   * that counts the pupils: the first rate is no total of the second times the pupils.
   */
  @Test
  void aRateWrittenPerUnitIsNoTotal() {
    String table = "三、产出\n| 指标名称 | 目标值 | 实际完成值 | 完成情况 |\n| 秋季学期受益学生数 | ≥8,600人 | 8,705人 | 完成率101.22%% |\n"
        + "| 膳食补助标准 | %s5元 | 每生每天5元 | 达到目标 |\n";
    assertThat(Check.findings(table.formatted("每生每天"), "product")).isEmpty();
    assertThat(Check.findings(table.formatted(""), "product")).as("a bare amount may be the total").hasSize(1);
  }

  /** 人均 alone after the people a pay reached is that pay per head (发放高龄津贴52.80万元，惠及老人880人，人均600元). */
  @Test
  void aBareAverageOfThePayItsTotalNames() {
    String text = "二、民生保障\n发放高龄津贴%s万元，惠及老人880人，人均600元。";
    assertThat(Check.findings(text.formatted("52.80"), "product")).isEmpty();
    assertThat(Check.findings(text.formatted("56.50"), "product")).singleElement()
        .satisfies(f -> assertThat(f.evidence()).extracting(e -> e.quote()).contains("600元", "880人", "56.50万元"));
    assertThat(Check.findings("二、产业\n项目总投资500万元，受益群众2000人，人均增收1200元。", "product")).as("not a pay").isEmpty();
  }

  /** Two groups, each with its count and rate, and the total of both (a county's boarding pupils). */
  @Test
  void countsAndRatesAddedUp() {
    String boarders = "（二）资金安排\n寄宿生生活补助覆盖学生3,150人，其中小学生1,830人，每生每年1,000元；初中生1,320人，每生每年1,250元，共计补助%s万元。";
    assertThat(Check.findings(boarders.formatted("348.00"), "product")).isEmpty();
    assertThat(Check.findings(boarders.formatted("358.00"), "product")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("348万元");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("358.00万元", "1,000元", "1,830人", "1,250元", "1,320人");
    });
    assertThat(Check.findings(boarders.formatted("165.00"), "product")).as("of the last group alone").isEmpty();
    // the total opening the next sentence, named by 共 (a township's insurance aid for the poor)
    String insured = "二、资金投入\n（一）参保资助。困难群众3126人，其中全额资助412人，按每人每年380元标准资助；定额资助2714人，按每人每年200元标准资助。"
        + "共支出资助资金%s万元。";
    assertThat(Check.findings(insured.formatted("69.94"), "product")).isEmpty();
    assertThat(Check.findings(insured.formatted("69.97"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("69.94万元"));
  }

  /** 人均 alone after the people and what was spent on them: meetings and training (a township's final accounts). */
  @Test
  void aBareAverageOfWhatWasSpent() {
    String meetings = "（三）会议费和培训费\n全年召开会议18次，参会1,260人次，会议费支出%s万元，人均30元。举办培训6期，培训720人次，培训费支出4.32万元，人均60元。";
    assertThat(Check.findings(meetings.formatted("3.78"), "product")).isEmpty();
    assertThat(Check.findings(meetings.formatted("4.04"), "product")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("3.78万元");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("4.04万元", "30元", "1,260人次");
    });
    assertThat(Check.findings(meetings.formatted("3.78").replace("人均60元", "人均64元"), "product")).hasSize(1);
  }

  /** An average by month (月人均) is paid twelve times a year; groups of a count and its monthly rate add up to the total after them. */
  @Test
  void monthlyAveragesAndGroupsPaidByTheMonth() {
    String urban = "二、资金使用情况\n（一）城市低保。全年累计保障城市低保对象1,260人，月人均补助水平%s元，全年发放资金937.44万元。";
    assertThat(Check.findings(urban.formatted("620"), "product")).isEmpty();
    assertThat(Check.findings(urban.formatted("640"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("967.68万元"));
    String destitute = "二、资金使用情况\n（三）特困供养。集中供养特困人员320人，每人每月1,200元；分散供养特困人员410人，每人每月800元，"
        + "全年发放特困供养资金%s万元。";
    assertThat(Check.findings(destitute.formatted("854.40"), "product")).isEmpty();
    assertThat(Check.findings(destitute.formatted("874.40"), "product")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("854.40万元");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("874.40万元", "1,200元", "320人", "800元", "410人");
    });
    assertThat(Check.findings(destitute.formatted("393.60"), "product")).as("of the last group alone").isEmpty();
  }

  /** The money named right after the count in its clause is what the count was given (资助386人，资金96.50万元). */
  @Test
  void theClausesMoneyAfterTheCount() {
    String aid = "二、资助情况\n一档每生每年2500元，资助386人，资金%s万元；二档每生每年1500元，资助512人，资金76.80万元。";
    assertThat(Check.findings(aid.formatted("96.50"), "product")).isEmpty();
    assertThat(Check.findings(aid.formatted("103.26"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("96.50万元"));
    String health = "一、项目基本情况\n人均补助标准为89元，按常住人口52.36万人测算，应安排资金%s万元。";
    assertThat(Check.findings(health.formatted("4660.04"), "product")).isEmpty();
    assertThat(Check.findings(health.formatted("4986.24"), "product")).hasSize(1);
    assertThat(Check.findings("二、资助情况\n每生每年补助2500元，资助386人，另有其他资金103.26万元。", "product")).as("other money").isEmpty();
  }

  /** The rate first, then whom it was paid and what that came to (an old-age allowance): 10250 × 100元 × 12 = 1230.00万元. */
  @Test
  void theRateFirstThenWhomItWasPaid() {
    String allowance = "二、资金使用情况\n全年按每人每月100元标准，为10,250名80-89周岁老人发放津贴%s万元；按每人每月300元标准，"
        + "为340名90-99周岁老人发放津贴122.40万元。";
    assertThat(Check.findings(allowance.formatted("1,230.00"), "product")).isEmpty();
    assertThat(Check.findings(allowance.formatted("1,316.10"), "product")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("1230.00万元");
      assertThat(f.message()).startsWith("10,250名 × （100元 × 12）");
    });
    assertThat(Check.findings(allowance.formatted("1,230.00").replace("122.40", "130.97"), "product")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("130.97万元"));
    assertThat(Check.findings("二、资金使用情况\n按每人每月100元标准，为10250名老人办理业务，另有公用经费1316.10万元。", "product"))
        .as("other money").isEmpty();
  }

  /** A subsidy per 亩 times the area, what was to be paid named after them (应发放补贴资金): 32456.8亩 × 118.5元. */
  @Test
  void aSubsidyPerMuAndWhatWasToBePaid() {
    String farmland = "一、项目基本情况\n2024年全乡核定补贴面积32,456.8亩，补贴标准为每亩118.5元，应发放补贴资金%s万元。";
    assertThat(Check.findings(farmland.formatted("384.61"), "product")).isEmpty();
    assertThat(Check.findings(farmland.formatted("411.53"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("384.61万元"));
  }

  /**
   * A standard per 亩 is set exactly: 25600亩 × 108元 is 276.48万元 and nothing else, though 108元 written whole could stand for
   * 107.5 to 108.5. A cost worked out per unit (每公里造价) is rounded as written, and a total it was rounded from is no error.
   */
  @Test
  void aStandardIsExactAndACostPerUnitRounded() {
    String subsidy = "一、项目基本情况\n补贴面积25600亩，补贴标准为每亩108元，发放补贴资金%s万元。";
    assertThat(Check.findings(subsidy.formatted("276.48"), "product")).isEmpty();
    assertThat(Check.findings(subsidy.formatted("276.58"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("276.48万元"));
    String road = "一、项目基本情况\n改造农村公路18.6公里，平均每公里造价67.74万元，共计投资%s万元。";
    assertThat(Check.findings(road.formatted("1260.00"), "product")).isEmpty();
  }

  /** An average per session (场均) is of the sessions counted in 场次: 3600人次 over 45场次 is 80人次. */
  @Test
  void anAveragePerSession() {
    String talks = "全年开展健康讲座45场次，参加群众3600人次，场均%s人次。";
    assertThat(Check.findings(talks.formatted("80"), "product")).isEmpty();
    assertThat(Check.findings(talks.formatted("81"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("80人次"));
  }

  /**
   * A standard per student and day times the days its sentence states and the students of the sentence before (school
   * meals): 1286 × 5元 × 200 = 128.60万元. A standard is exact: 5元 is not 4.5 to 5.5.
   */
  @Test
  void aDailyStandardTheDaysAndWhomItFeeds() {
    String meals = "一、项目基本情况\n营养改善计划覆盖全县农村义务教育学校23所，受益学生1,286人。按照每生每天5元的标准，全年按200天计算，"
        + "共需膳食补助资金%s万元。";
    assertThat(Check.findings(meals.formatted("128.60"), "product")).isEmpty();
    assertThat(Check.findings(meals.formatted("137.60"), "product")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("128.60万元");
      assertThat(f.message()).startsWith("1,286人 × （5元 × 200）");
    });
    assertThat(Check.findings(meals.replace("全年按200天计算，", "").formatted("137.60"), "product")).as("no days").isEmpty();
    assertThat(Check.findings(meals.replace("受益学生1,286人", "受益学生1,286人、教师120人").formatted("137.60"), "product"))
        .as("whom, of two").isEmpty();
  }

  /** An average rise per village (村均增加) of a rise its total names, over the villages counted: 48.50万元 of 10个村. */
  @Test
  void anAverageRisePerVillage() {
    String villages = "二、项目效益\n资产收益方面，10个村集体经济收入合计增加48.50万元，村均增加%s万元。";
    assertThat(Check.findings(villages.formatted("4.85"), "product")).isEmpty();
    assertThat(Check.findings(villages.formatted("5.19"), "product")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("48.50万元"));
    assertThat(Check.findings("二、项目效益\n实施项目10个，集体经济收入合计增加48.50万元，村均增加5.19万元。", "product"))
        .as("ten projects, not villages").isEmpty();
  }

  /** A unit price (单价0.35万元/台) or a price each (每套) times what was bought, and the total its 计 names. */
  @Test
  void aUnitPriceTimesWhatWasBought() {
    String bought = "购置风力灭火机120台，单价0.35万元/台，计%s万元；购置扑火服600套，每套0.08万元，计%s万元。";
    assertThat(Check.findings(bought.formatted("42.00", "48.00"), "product")).isEmpty();
    assertThat(Check.findings(bought.formatted("44.94", "48.00"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("42.00万元"));
    assertThat(Check.findings(bought.formatted("42.00", "51.36"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("48.00万元"));
    assertThat(Check.findings("购置风力灭火机120台，单价0.35万元/套，计44.94万元。", "product"))
        .as("a price per set is not of 120 machines").isEmpty();
  }

  /**
   * An average between the count and its rate (日均清运49.9吨; 村均7.43名) is passed over: the tonnes of the year are
   * what each tonne's fee is paid on, the cleaners counted before it what each one's monthly pay is paid to.
   */
  @Test
  void anAverageBetweenTheCountAndItsRate() {
    String tonnes = "二、资金使用\n全年清运生活垃圾1.82万吨，日均清运49.9吨，按每吨85元的标准支付处置费，共计%s万元。";
    assertThat(Check.findings(tonnes.formatted("154.70"), "product")).isEmpty();
    assertThat(Check.findings(tonnes.formatted("165.53"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("154.70万元"));
    // a rate applied (按每吨70元计算) is set, and the fee (清运费) is what it came to: 8400吨 × 70元 is 58.80万元 exactly
    String fees = "二、资金使用\n全年清运生活垃圾8400吨，日均清运23吨，按每吨70元计算，清运费%s万元。";
    assertThat(Check.findings(fees.formatted("58.80"), "product")).isEmpty();
    assertThat(Check.findings(fees.formatted("58.90"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("58.80万元"));
    String cleaners = "二、资金使用\n全镇聘用村级保洁员312名，村均7.43名，每人每月工资1200元，全年支出%s万元。";
    assertThat(Check.findings(cleaners.formatted("449.28"), "product")).isEmpty();
    assertThat(Check.findings(cleaners.formatted("480.73"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("449.28万元"));
  }

  /**
   * Rates listed for several groups, then each group's count and amount (小学每生每年720元、初中每生每年940元…，寄宿生每生每年200元：小学生
   * 28,640人计2,062.08万元): each count is of its own group's rate, not of the last one listed.
   */
  @Test
  void ratesListedForSeveralGroups() {
    String text = "其中，义务教育学校公用经费按小学每生每年720元、初中每生每年940元的标准保障，寄宿制学校另按寄宿生每生每年200元增加公用经费："
        + "小学生28,640人计%s万元，初中生13,260人计1,246.44万元。";
    assertThat(Check.findings(text.formatted("2,062.08"), "product")).isEmpty();
    assertThat(Check.findings(text.formatted("2,026.08"), "product")).hasSize(1);
  }

  /**
   * A count per unit of another between the count and its rate (96个网格、每个网格配备1名专职网格员，每人每月补贴1,800元): no count of
   * those paid; where the people are counted too, they are.
   */
  @Test
  void aCountPerUnitOfAnotherIsPassedOver() {
    String grid = "说明：网格化服务管理经费按全街道96个网格、每个网格配备1名专职网格员，每人每月补贴1,800元、全年12个月核定，合计%s元。";
    assertThat(Check.findings(grid.formatted("2,073,600.00"), "product")).isEmpty();
    String counted = "说明：网格化服务管理经费按全街道96个网格、每个网格配备1名，共配备专职网格员96名，每人每月补贴1,800元，合计%s元。";
    assertThat(Check.findings(counted.formatted("2,073,600.00"), "product")).isEmpty();
    assertThat(Check.findings(counted.formatted("2,037,600.00"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("2073600.00元"));
  }

  /** An average per claim (次均) of a total over a count in 人次, also in 万人次 (2.36万人次 is 23,550 to 23,650); per machine (台均). */
  @Test
  void anAveragePerClaim() {
    String claims = "（二）效益指标\n全年享受住院报销待遇2.36万人次，住院报销金额8,426.30万元，次均报销%s元。";
    assertThat(Check.findings(claims.formatted("3570.47"), "product")).isEmpty();
    assertThat(Check.findings(claims.formatted("3820.40"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("3570.47元"));
    assertThat(Check.findings("（二）效益指标\n门诊报销12850人次，报销金额1,285.00万元，次均报销107元。", "product")).hasSize(1);
    String machines = "二、资金使用情况\n全年共补贴农机具1,286台（套），兑付补贴资金907.14万元，资金兑付率95.49%%，台均补贴%s万元。";
    assertThat(Check.findings(machines.formatted("0.71"), "product")).as("per machine").isEmpty();
    assertThat(Check.findings(machines.formatted("0.76"), "product")).hasSize(1);
  }

  /**
   * An average per time served (平均每人次) of a total over a count in 人次 (救治213人次), as 次均 is; an average per person (平均每人) still is
   * not of a count in 人次, which counts one each time.
   */
  @Test
  void anAveragePerTimeServed() {
    String cases = "二、资金使用\n2．住院救治补助：救治213人次，支出96.35万元，平均每人次%s元，占总支出的27.70%%。";
    assertThat(Check.findings(cases.formatted("4523.47"), "product")).isEmpty();
    assertThat(Check.findings(cases.formatted("4623.47"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("4523.47元"));
    assertThat(Check.findings("二、资金使用\n救治213人次，支出96.35万元，平均每人5,000元。", "product")).as("per person").isEmpty();
  }

  /**
   * An average cost per head (人均人员经费) of the amount its sentence names so (人员经费, not the 公用经费 nearer), over the count right
   * before it; or of the amount right before or after the count whose words hold the cost's (体检服务费, 支出 for 人均培训费用).
   */
  @Test
  void anAverageCostPerHeadNamedForItsTotal() {
    String staff = "二、资金使用\n包括人员经费826.45万元、公用经费131.71万元，按年末实有63人计算人均人员经费%s万元。";
    assertThat(Check.findings(staff.formatted("13.12"), "product")).isEmpty();
    assertThat(Check.findings(staff.formatted("14.12"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("13.12万元"));
    String checks = "二、资金使用\n体检服务费453.30万元，实际体检37,775人，人均体检费用%s元。";
    assertThat(Check.findings(checks.formatted("120.00"), "product")).isEmpty();
    assertThat(Check.findings(checks.formatted("130.00"), "product")).hasSize(1);
    String training = "二、资金使用\n培训642人次，支出14.12万元，人均培训费用%s元。";
    assertThat(Check.findings(training.formatted("219.94"), "product")).isEmpty();
    assertThat(Check.findings(training.formatted("229.94"), "product")).hasSize(1);
    assertThat(Check.findings("二、资金使用\n人员经费预算826.45万元，按年末实有63人计算人均人员经费14.12万元。", "product")).as("a budget").isEmpty();
    assertThat(Check.findings("二、资金使用\n公用经费131.71万元，按年末实有63人计算人均人员经费14.12万元。", "product"))
        .as("another cost").isEmpty();
    assertThat(Check.findings("二、资金使用\n项目支出500万元，受益2000人，人均增收1200元。", "product")).as("no cost").isEmpty();
  }

  /**
   * An average cost per head in a sentence reckoning by its count alone (。按年末在职16人计算，人均公用经费2.86万元): of the cost its line
   * named so before it, not another year's nor a budget; nor where the sentence names amounts of its own.
   */
  @Test
  void anAverageCostPerHeadOfTheCostNamedBeforeItsSentence() {
    String staff = "二、资金使用\n其中：人员经费312.84万元，占基本支出的87.24%%；公用经费45.76万元。按年末在职16人计算，人均人员经费%s万元，"
        + "人均公用经费2.86万元。";
    assertThat(Check.findings(staff.formatted("19.55"), "product")).isEmpty();
    assertThat(Check.findings(staff.formatted("18.55"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("19.55万元"));
    String office = "二、资金使用\n2.公用经费22.96万元，比上年下降4.53%%，执行率94.88%%。按在职8人计算，人均公用经费%s万元。主要明细为：办公费5.84万元。";
    assertThat(Check.findings(office.formatted("2.87"), "product")).isEmpty();
    assertThat(Check.findings(office.formatted("2.97"), "product")).hasSize(1);
    assertThat(Check.findings("二、资金使用\n上年公用经费22.96万元。按在职8人计算，人均公用经费2.97万元。", "product")).as("another year").isEmpty();
    assertThat(Check.findings("二、资金使用\n公用经费预算22.96万元。按在职8人计算，人均公用经费2.97万元。", "product")).as("a budget").isEmpty();
    assertThat(Check.findings("二、资金使用\n公用经费22.96万元。\n按在职8人计算，人均公用经费2.97万元。", "product")).as("another line").isEmpty();
    assertThat(Check.findings("二、资金使用\n公用经费22.96万元。其中办公费5.84万元，按在职8人计算，人均公用经费2.97万元。", "product"))
        .as("amounts of its own").isEmpty();
  }

  /**
   * An average, in a sentence of its own reckoning by a count (。按70名队员计算，人均投入9,188.57元), of what its line says was actually
   * spent (项目实际支出64.32万元), not of another year's nor of a part; not where the sentence names an amount before the count.
   */
  @Test
  void anAverageOfTheLinesSpendingOverTheCountItsSentenceReckonsBy() {
    String team = "二、资金使用\n截至2023年12月31日，项目实际支出64.32万元，预算执行率94.59%%，结余3.68万元。按70名队员计算，人均投入%s元，"
        + "其中人均装备投入4,917.14元。";
    assertThat(Check.findings(team.formatted("9,188.57"), "product")).isEmpty();
    assertThat(Check.findings(team.formatted("9,288.57"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("9188.57元"));
    String centres = "二、资金使用\n运行经费实际支出221.08万元（2,210,800.00元），执行率96.12%%。全年支出较2023年的208.35万元增加12.73万元。"
        + "按24个中心计算，平均每个中心年运行经费%s万元。";
    assertThat(Check.findings(centres.formatted("9.21"), "product")).isEmpty();
    assertThat(Check.findings(centres.formatted("9.31"), "product")).hasSize(1);
    assertThat(Check.findings("二、资金使用\n县级资金实际支出64.32万元。按70名队员计算，人均投入9,288.57元。", "product")).as("a part").isEmpty();
    assertThat(Check.findings("二、资金使用\n上年实际支出64.32万元。按70名队员计算，人均投入9,288.57元。", "product")).as("another year").isEmpty();
    assertThat(Check.findings("二、资金使用\n实际支出64.32万元。\n按70名队员计算，人均投入9,288.57元。", "product")).as("another line").isEmpty();
    assertThat(Check.findings("二、资金使用\n实际支出64.32万元。其中装备30.00万元，按70名队员计算，人均投入9,288.57元。", "product"))
        .as("an amount of its own").isEmpty();
  }

  /**
   * An average reckoned by the count of its clause (按普查人员370人计算，人均劳务补助…) of the one amount its sentence states before it; not
   * where the sentence states two amounts (年初预算…，调整后预算…), nor of a plan, nor where another count stands in the sentence.
   */
  @Test
  void anAverageReckonedByItsCountOfTheOneAmountOfItsSentence() {
    String census = "二、资金使用\n劳务补助是最主要的支出，普查员和普查指导员劳务补助合计99.68万元，占总支出的71.00%%，按普查人员370人计算，人均劳务补助%s元。";
    assertThat(Check.findings(census.formatted("2,694.05"), "product")).isEmpty();
    assertThat(Check.findings(census.formatted("2,794.05"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("2694.05元"));
    String lights = "二、资金使用\n1.数量和成本。路灯采购安装费142.96万元按430盏计算，单盏路灯综合成本为%s元，低于3,800元的控制标准。";
    assertThat(Check.findings(lights.formatted("3,324.65"), "product")).isEmpty();
    assertThat(Check.findings(lights.formatted("3,424.65"), "product")).hasSize(1);
    String staff = "二、资金使用\n1．人员经费836.25万元，用于在编人员工资，占全年执行数的63.18%%，按在编38人计算，人均%s万元。";
    assertThat(Check.findings(staff.formatted("22.01"), "product")).isEmpty();
    assertThat(Check.findings(staff.formatted("23.01"), "product")).hasSize(1);
    assertThat(Check.findings("二、资金使用\n项目年初预算980.00万元，调整后为945.00万元，按建设规模3,150亩计算，亩均投资3,100元。", "product"))
        .as("two amounts").isEmpty();
    assertThat(Check.findings("二、资金使用\n调整后预算945.00万元，按建设规模3,150亩计算，亩均投资3,100元。", "product")).as("a plan").isEmpty();
    assertThat(Check.findings("二、资金使用\n培训经费4.28万元，培训1,086人次，按参训420人计算，人均109.41元。", "product")).as("another count")
        .isEmpty();
  }

  /**
   * Months of heads paid (447人月, 1,080人·月, 3,552个人月) at a rate per head and month: the rate of the count's clause, or the one such
   * rate its line states before it, or right after the count with the one amount of its sentence before them; not where the rates
   * before differ, nor an average (平均每人月).
   */
  @Test
  void monthsOfHeadsPaidAtARatePerHeadAndMonth() {
    String interns = "二、资金使用\n1-6月每人每月1800元，累计见习447人月，发放%s元；7-12月每人每月2000元，累计见习614人月，发放1,228,000.00元。"
        + "全年合计1061人月，平均每人月补助1915.74元。";
    assertThat(Check.findings(interns.formatted("804,600.00"), "product")).isEmpty();
    assertThat(Check.findings(interns.formatted("814,600.00"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("804600.00元"));
    String guides = "二、资金使用\n1.劝导员补贴。按每人每月1,000元标准发放。原有84名劝导员全年发放12个月，计1,008人·月；全年合计1,080人·月，支出%s元。";
    assertThat(Check.findings(guides.formatted("1,080,000.00"), "product")).isEmpty();
    assertThat(Check.findings(guides.formatted("1,090,000.00"), "product")).hasSize(1);
    String doctors = "二、资金使用\n全年共计发3,653个人月，每人月450.00元。其中：全年在岗乡村医生296人，计3,552个人月，补助%s元。";
    assertThat(Check.findings(doctors.formatted("1,598,400.00"), "product")).isEmpty();
    assertThat(Check.findings(doctors.formatted("1,599,400.00"), "product")).hasSize(1);
    String hotline = "二、资金使用\n一是话务人员劳务派遣费用%s万元，全年合计312人·月，按每人每月7,200元的综合标准结算，占全部支出的55.97%%。";
    assertThat(Check.findings(hotline.formatted("224.64"), "product")).isEmpty();
    assertThat(Check.findings(hotline.formatted("225.64"), "product")).hasSize(1);
    assertThat(Check.findings("二、资金使用\n驾驶员每人每月3,800元，装卸工每人每月2,900元。全年合计312人·月，支出100.00万元。", "product"))
        .as("two rates").isEmpty();
  }

  /**
   * Months of heads at a rate per month alone (合计17人月，按每月800元计少支出1.36万元): the count's unit holds the head; not a count of times
   * served (人次).
   */
  @Test
  void monthsOfHeadsAtARatePerMonthAlone() {
    String vacant = "二、资金使用\n护林员补助结余1.36万元，原因是年内有4名护林员因外出务工或身体原因解聘，补聘到岗前岗位空缺合计17人月，按每月800元计少支出%s万元。";
    assertThat(Check.findings(vacant.formatted("1.36"), "product")).isEmpty();
    assertThat(Check.findings(vacant.formatted("1.63"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("1.36万元"));
    assertThat(Check.findings("二、资金使用\n岗位空缺合计17人次，按每月800元计少支出1.63万元。", "product")).as("times served").isEmpty();
  }

  /**
   * A budget reckoned by a count and a rate a 按 opens, in either order, then 编列, 测算为, 安排 and the sum (预算按260人次、每人次1,800元编列468,000元;
   * 按每辆400,000元的最高限价、共6辆编列2,400,000元; 按20公里、每公里14.00万元的预算标准安排280.00万元): the sum is their product. Not without
   * the 按, where the sum arranged may be for more.
   */
  @Test
  void aBudgetReckonedByACountAndARate() {
    String trained = "二、资金使用\n6．急救人员培训。预算按260人次、每人次1,800元编列%s元；实际培训252人次，支出453,600元。";
    assertThat(Check.findings(trained.formatted("468,000"), "product")).isEmpty();
    assertThat(Check.findings(trained.formatted("486,000"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("468000元"));
    String cars = "二、资金使用\n1．负压救护车购置。预算按每辆400,000元的最高限价、共6辆编列%s元；经公开招标，中标单价386,000元，实际支出2,316,000元。";
    assertThat(Check.findings(cars.formatted("2,400,000"), "product")).isEmpty();
    assertThat(Check.findings(cars.formatted("2,500,000"), "product")).hasSize(1);
    String ditches = "二、资金使用\n农田退水生态拦截子项目年初按建设生态拦截沟渠20公里、每公里14.00万元的预算标准安排%s万元。";
    assertThat(Check.findings(ditches.formatted("280.00"), "product")).isEmpty();
    assertThat(Check.findings(ditches.formatted("290.00"), "product")).hasSize(1);
    String firms = "二、资金使用\n1.第三方专家指导服务费：按每家企业1,800元的标准结算（预算按每家2,000元、400家测算为%s万元），实际服务420家，支出756,000元。";
    assertThat(Check.findings(firms.formatted("80.00"), "product")).isEmpty();
    assertThat(Check.findings(firms.formatted("81.00"), "product")).hasSize(1);
    assertThat(Check.findings("二、资金使用\n建设沟渠20公里、每公里14.00万元，安排290.00万元。", "product")).as("no 按").isEmpty();
  }

  /**
   * Days of heads (624人天, 3,240人天) at a rate per head and day (每人每天450元), as months of heads at a rate per month: the count times the
   * rate is what was paid, the rate before the count or after it; not at a rate per month, nor per head alone.
   */
  @Test
  void daysOfHeadsPaidAtARatePerHeadAndDay() {
    String trained = "二、资金使用\n3.党外代表人士队伍建设经费。全年举办培训班三期，培训党外代表人士156人次，每期4天，共624人天，按每人每天450元标准支出"
        + "培训费%s万元；党外人士考察调研、座谈协商等支出10.66万元。";
    assertThat(Check.findings(trained.formatted("28.08"), "product")).isEmpty();
    assertThat(Check.findings(trained.formatted("28.80"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("28.08万元"));
    String settled = "二、资金使用\n5.培训费13.92万元。两期共696人天，按每人每天200元结算，计%s元，人均培训费1,338.46元。";
    assertThat(Check.findings(settled.formatted("139,200"), "product")).isEmpty();
    assertThat(Check.findings(settled.formatted("193,200"), "product")).hasSize(1);
    String meals = "二、资金使用\n巡察工作专项经费全年支出79.64万元，具体为：巡察组驻点期间伙食补助按每人每天100元的标准，全年共计3,240人天，支出%s元；"
        + "巡察期间租用公务车辆及交通费用18.60万元。";
    assertThat(Check.findings(meals.formatted("324,000"), "product")).isEmpty();
    assertThat(Check.findings(meals.formatted("342,000"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("324000元"));
    assertThat(Check.findings("二、资金使用\n伙食补助按每人每月100元的标准，全年共计3,240人天，支出300,000元。", "product")).as("per month").isEmpty();
    assertThat(Check.findings("二、资金使用\n共624人天，按每人450元标准支出培训费20.08万元。", "product")).as("per head").isEmpty();
    assertThat(Check.findings("二、资金使用\n全年人均每天培训成本137.91元，较上年每人每天143.07元（上年支出71.25万元、培训4,980人天）下降5.16元。", "product"))
        .as("a change from another year's rate").isEmpty();
    assertThat(Check.findings("二、资金使用\n其中值班人员补助116,800.00元（每人每天80元，共1,460人天），机要通信44.62万元。", "product"))
        .as("an amount past the aside of the count").isEmpty();
  }

  /**
   * The rate per head and month may be stated only as the first factor of a formula of months and heads (按1,400元×12个月×141人计发
   * 2,368,800元): the months of heads added that year are paid at it (累计保障94人·月，计发131,600元); a factor of another formula is none.
   */
  @Test
  void monthsOfHeadsPaidAtTheRateOfAFormula() {
    String children = "二、资金使用\n——事实无人抚养儿童：全年在册141人，按1,400元×12个月×141人计发2,368,800元；年内新增16人，累计保障94人·月，计发%s元；"
        + "年内退出7人，累计保障38人·月，计发53,200元。三项合计164人、1,824人·月、%s元。";
    assertThat(Check.findings(children.formatted("131,600", "2,553,600"), "product")).isEmpty();
    assertThat(Check.findings(children.formatted("131,000", "2,553,600"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("131600元"));
    assertThat(Check.findings(children.formatted("131,600", "2,535,600"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("2553600元"));
    assertThat(Check.findings("二、资金使用\n按1,400元×12户×3个计发50,400元；累计保障94人·月，计发131,000元。", "product"))
        .as("no months and heads").isEmpty();
  }

  /**
   * A bare average (户均) right after the count of whom money was paid out to is of that money (兑付补偿资金440.52万元，惠及林农12,486户，
   * 户均352.81元; 应兑付1,080.50万元，涉及牧户2,695户，户均4,009.28元), and an average of a grant of the grant (发放资助资金…，人均资助); not an
   * average rise (户均增收).
   */
  @Test
  void aBareAverageOfMoneyPaidOutToWhomTheCountCounts() {
    String forest = "二、资金使用\n其中向林农兑付补偿资金440.52万元，惠及林农12,486户，户均%s元。";
    assertThat(Check.findings(forest.formatted("352.81"), "product")).isEmpty();
    assertThat(Check.findings(forest.formatted("362.81"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("453.00万元"));
    String students = "二、资金使用\n全年资助家庭经济困难学生12,846人次，发放资助资金1,926.90万元，人均资助%s元，做到应助尽助。";
    assertThat(Check.findings(students.formatted("1,500"), "product")).isEmpty();
    assertThat(Check.findings(students.formatted("1,600"), "product")).hasSize(1);
    assertThat(Check.findings("二、资金使用\n其中向林农兑付补偿资金440.52万元，惠及林农12,486户，户均增收362.81元。", "product")).as("a rise")
        .isEmpty();
  }

  /**
   * An amount paid, its share (占70.00%) or its restatement in parentheses right after it, then whom it was paid and the average per
   * each: the average is of the amount; the count may come first (共发放4,943户、2,685,100元，占发放总额的59.40%，户均543.21元).
   */
  @Test
  void anAverageOfAnAmountPastItsShareOrRestatement() {
    String owners = "二、资金使用\n补偿资金按比例兑付：直接发放给承包农户864.65万元，占70.00%%，涉及43,618户，户均%s元。";
    assertThat(Check.findings(owners.formatted("198.23"), "product")).isEmpty();
    assertThat(Check.findings(owners.formatted("208.23"), "product")).hasSize(1);
    String forest = "二、资金使用\n其中向林农兑付补偿资金440.52万元（4,405,200.00元），惠及林农12,486户，户均%s元。";
    assertThat(Check.findings(forest.formatted("352.81"), "product")).isEmpty();
    assertThat(Check.findings(forest.formatted("362.81"), "product")).hasSize(1);
    String towns = "二、资金使用\n五个镇共发放4,943户、2,685,100元，占发放总额的59.40%%，户均%s元。";
    assertThat(Check.findings(towns.formatted("543.21"), "product")).isEmpty();
    assertThat(Check.findings(towns.formatted("553.21"), "product")).hasSize(1);
    assertThat(Check.findings("二、资金使用\n直接发放给承包农户864.65万元，占70.00%，涉及43,618户，户均增收208.23元。", "product")).as("a rise")
        .isEmpty();
  }

  /**
   * An average per unit in a numbered item's line with no amount in its sentence: of the amount the item opens with, where the line
   * states no other money (2.医疗救治22.34万元。全年送医救治38人次，…，平均每人次5,878.95元).
   */
  @Test
  void anAveragePerUnitOfTheItemsAmount() {
    String care = "二、资金使用\n2.医疗救治22.34万元。全年送医救治38人次，主要为外伤和急性病患者，平均每人次%s元，均由定点医院据实结算。";
    assertThat(Check.findings(care.formatted("5,878.95"), "product")).isEmpty();
    assertThat(Check.findings(care.formatted("5,978.95"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("5878.95元"));
    String repairs = "二、资金使用\n（八）日常零星维修1,028,650元。全年受理报修2,137件，件均%s元；";
    assertThat(Check.findings(repairs.formatted("481.35"), "product")).isEmpty();
    assertThat(Check.findings(repairs.formatted("491.35"), "product")).hasSize(1);
    assertThat(Check.findings("二、资金使用\n2.医疗救治22.34万元。全年送医救治38人次，平均每人次5,978.95元。另支付药费3.00万元。", "product"))
        .as("other money").isEmpty();
    assertThat(Check.findings("二、资金使用\n2.医疗救治预算22.34万元。全年送医救治38人次，平均每人次5,978.95元。", "product")).as("a budget")
        .isEmpty();
  }

  /**
   * So past another average of its sentence, and past the parts a sentence opening with 其中 tells right after the average's (3.住院救助支出
   * 1,268.35万元，…。全年住院救助3,962人、5,318人次，人均救助3,201.29元，次均救助2,385.01元。其中：特困人员1,102人次，支出386.21万元，…); not past
   * money a sentence of another kind tells after it.
   */
  @Test
  void anAveragePerUnitOfTheItemsAmountPastItsParts() {
    String inpatients = "二、资金使用\n3.住院救助支出1,268.35万元，占总支出的67.97%%。全年住院救助3,962人、5,318人次，人均救助3,201.29元，次均救助%s元。"
        + "其中：特困人员1,102人次，支出386.21万元，次均3,504.63元；低保对象3,047人次，支出702.58万元，次均2,305.81元。";
    assertThat(Check.findings(inpatients.formatted("2,385.01"), "product")).isEmpty();
    assertThat(Check.findings(inpatients.formatted("2,485.01"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("2385.01元"));
    assertThat(Check.findings("二、资金使用\n2.门诊救助支出326.47万元。全年门诊救助18,642人次，次均救助185.13元。另支付药费3.00万元。", "product"))
        .as("other money").isEmpty();
  }

  /**
   * A count, an amount, then a bare amount per the count's own unit (建筑面积31,260平方米，补助资金3,826,400元，每平方米122.41元): what the
   * amount comes to per unit counted; not per another unit (412户…每平方米), nor of the last part counted in an aside.
   */
  @Test
  void aBareAmountPerTheCountsUnitAfterTheCountAndTheTotal() {
    String estate = "二、资金使用\n1. 纺织厂宿舍小区：建于1992年，412户，建筑面积31,260平方米，补助资金3,826,400元，每平方米%s元；";
    assertThat(Check.findings(estate.formatted("122.41"), "product")).isEmpty();
    assertThat(Check.findings(estate.formatted("132.41"), "product")).hasSize(1);
    assertThat(Check.findings("二、资金使用\n1. 纺织厂宿舍小区：412户，补助资金3,826,400元，每平方米132.41元；", "product")).as("another unit")
        .isEmpty();
    assertThat(Check.findings("二、资金使用\n三条产业路共24.5公里（8.2公里、6.8公里、9.5公里），建设资金1,016.75万元，每公里41.50万元。", "product"))
        .as("a part in an aside").isEmpty();
  }

  /**
   * An amount whose aside right after it gives a count and a price per unit and no other money (10.08万元（每人每年2,400元，共42人）): the
   * amount is their product; a price multiplied in the aside (416亩×每亩1.5万元) is exact. Not an aside of parts with amounts of their own.
   */
  @Test
  void anAmountAndTheCountAndPriceInItsAside() {
    String school = "二、资金使用\n其中：送教上门专项经费10.08万元（每人每年2,400元，共%s人），占9.03%%。";
    assertThat(Check.findings(school.formatted("42"), "product")).isEmpty();
    assertThat(Check.findings(school.formatted("43"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("10.32万元"));
    String greenhouses = "二、资金使用\n日光温室补贴624.00万元（%s亩×每亩1.5万元），占总支出的45.35%%。";
    assertThat(Check.findings(greenhouses.formatted("416"), "product")).isEmpty();
    assertThat(Check.findings(greenhouses.formatted("417"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("625.50万元"));
    assertThat(Check.findings("二、资金使用\n设备更新49.60万元（其中垃圾车2辆，每辆18.50万元）。", "product")).as("a part").isEmpty();
    assertThat(Check.findings("二、资金使用\n车辆购置49.60万元（垃圾车2辆，每辆18.50万元，计37.00万元）。", "product")).as("amounts of its own")
        .isEmpty();
  }

  /** A rate applied in settling (按每卷6.40元结算) and what it came to after it (，计88,000元; ，支出11.84万元). */
  @Test
  void aRateAppliedInSettlingAndWhatItCameTo() {
    String scans = "二、资金使用\n完成历史卷宗扫描13,750卷，按每卷6.40元结算，计%s元。";
    assertThat(Check.findings(scans.formatted("88,000"), "product")).isEmpty();
    assertThat(Check.findings(scans.formatted("98,000"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("88000元"));
    String training = "二、资金使用\n共培训乡村医生296人次，按每人次400元结算，支出%s万元。";
    assertThat(Check.findings(training.formatted("11.84"), "product")).isEmpty();
    assertThat(Check.findings(training.formatted("12.84"), "product")).hasSize(1);
    assertThat(Check.findings("二、资金使用\n共培训296人次，按每人次增收400元结算，支出12.84万元。", "product")).as("a gain").isEmpty();
  }

  /** A table of items (数量 | 单价（万元） | 金额（万元）): each row's quantity × price against its amount. */
  @Test
  void aTableOfItems() {
    String page = """
        <html><head><meta charset="utf-8"></head><body><h1>某县2024年度全民健身设施建设项目绩效自评报告</h1>
        <table border="1"><tr><th>建设内容</th><th>数量</th><th>单价（万元）</th><th>金额（万元）</th></tr>
        <tr><td>健身路径</td><td>35套</td><td>3.80</td><td>%s</td></tr>
        <tr><td>笼式足球场</td><td>4个</td><td>45.00</td><td>180.00</td></tr>
        <tr><td>合计</td><td></td><td></td><td>313.00</td></tr></table></body></html>
        """;
    assertThat(Check.findings("report.html", page.formatted("133.00"), "product")).isEmpty();
    assertThat(Check.findings("report.html", page.formatted("142.31"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("133.00万元"));
    assertThat(Check.findings("report.html", page.formatted("142.31"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("313.00"));
  }

  /** A rate per place and month (每点每月300元、22个点、12个月计发，共79,200元): the points times the rate for twelve months. */
  @Test
  void aRatePerPlaceAndMonth() {
    String pay = "支出包括：监测点信息员补助按每点每月300元、22个点、12个月计发，共%s元（7.92万元）。";
    assertThat(Check.findings(pay.formatted("79,200"), "product")).isEmpty();
    assertThat(Check.findings(pay.formatted("79,300"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("79200元"));
  }

  /** The months a monthly rate is paid for in the clause after it alone (每人每月1,800元，按10个月计，共43.20万元). */
  @Test
  void monthsInTheClauseAfterTheRate() {
    String aid = "为选派的支教教师14人、支医医生10人共24人发放生活补助，每人每月1,800元，按10个月计，共%s万元。";
    assertThat(Check.findings(aid.formatted("43.20"), "product")).isEmpty();
    assertThat(Check.findings(aid.formatted("43.30"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("43.20万元"));
  }

  /**
   * An average per unit (平均每个地块布设土壤采样点29.43个) after a count of the units whose noun comes a few words after it (14个初步调查地块) and
   * a count of what each is given, named before it (共布设土壤采样点412个): the second over the first.
   */
  @Test
  void anAveragePerUnitAfterTheCountOfWhatEachIsGiven() {
    String text = "一、实施情况\n按“一地块一方案”开展布点采样。14个初步调查地块共布设土壤采样点412个、地下水监测井38口，平均每个地块布设土壤采样点%s个。";
    assertThat(Check.findings(text.formatted("29.43"), "product")).isEmpty();
    assertThat(Check.findings(text.formatted("28.43"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("29.43个"));
  }

  /** A product written out whose first factor's noun follows it (2条线×2次×6,500元＝26,000元): every factor counts. */
  @Test
  void aWrittenProductWithACountsNounBeforeTheSign() {
    String text = "3．排放监测费。烟气在线监测系统（CEMS）比对监测2条线×2次×6,500元＝%s元；厂界周边土壤和地下水监测1次，计16,000元。";
    assertThat(Check.findings(text.formatted("26,000"), "product")).isEmpty();
    assertThat(Check.findings(text.formatted("27,000"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("26000元"));
  }

  /** A rate per unit after a whole and its parts (案件三十二件，其中…24件、…8件，…按每件3,500元包干，共计11.20万元): of the whole. */
  @Test
  void aRateAfterAWholeAndItsParts() {
    String text = "（五）知识产权保护情况。全年查办知识产权案件三十二件，其中商标侵权案件24件、假冒专利及专利侵权纠纷案件8件，案件查办经费按每件3,500元包干，"
        + "共计%s万元。";
    assertThat(Check.findings(text.formatted("11.20"), "product")).isEmpty();
    assertThat(Check.findings(text.formatted("11.50"), "product")).hasSize(1);
  }

  /** An average subsidy per loan (平均每笔贴息5,324.85元) after the loans' principal (贷款本金4,150.00万元) is not of the principal. */
  @Test
  void anAverageSubsidyAfterThePrincipal() {
    String text = "2023年享受贴息的贷款共169笔、贷款本金4,150.00万元，平均每笔贴息5,324.85元。";
    assertThat(Check.findings(text, "product")).isEmpty();
    assertThat(Check.findings(text.replace("贷款本金", "贴息资金").replace("4,150.00万元", "89.99万元"), "product")).isEmpty();
    assertThat(Check.findings(text.replace("贷款本金", "贴息资金").replace("4,150.00万元", "99.99万元"), "product")).hasSize(1);
  }

  /** A price per a unit the count before it is not in (档案6,000卷…加工单价每画幅0.32元): of the 画幅, which the text counts apart. */
  @Test
  void aPricePerAnotherUnitThanTheCounts() {
    String scanned = "对文书档案6,000卷进行数字化扫描，共1,200,000画幅，经政府采购确定加工单价%s0.32元，合计384,000.00元。";
    assertThat(Check.findings(scanned.formatted("每画幅"), "product")).isEmpty();
    assertThat(Check.findings(scanned.formatted("每卷"), "product")).as("per 卷, the count's unit").singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("1920.00元"));
  }

  /**
   * A pipe table whose rows give their kind, the item, its unit, its price, then its quantity (类别 | 品名 | 单位 | 单价（元） | 数量 |
   * 金额（元）), with a 小计 after each kind: each item's quantity × price against its amount, each 小计 against its kind's amounts and
   * the 合计 against the 小计s; no item's price is another's of the same kind told again.
   */
  @Test
  void aPipeTableOfItemsByKindWithSubtotals() {
    String table = """
        二、资金使用情况
        | 类别 | 品名 | 单位 | 单价（元） | 数量 | 金额（元） |
        | 防护用品 | 医用防护服 | 套 | 38.50 | 6,200 | %s |
        | 防护用品 | 护目镜 | 个 | 9.60 | 5,000 | 48,000.00 |
        | 小计 | — | — | — | — | 286,700.00 |
        | 消杀用品 | 背负式电动喷雾器 | 台 | 685.00 | 60 | 41,100.00 |
        | 消杀用品 | 含氯消毒泡腾片 | 瓶 | 16.50 | 4,000 | 66,000.00 |
        | 小计 | — | — | — | — | 107,100.00 |
        | 合计 | — | — | — | — | 393,800.00 |
        """;
    assertThat(Check.report(table.formatted("238,700.00")).findings()).isEmpty();
    assertThat(Check.findings(table.formatted("238,800.00"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("238700.00元"));
    assertThat(Check.findings(table.formatted("238,800.00"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("286,700.00"));
    assertThat(Check.findings(table.formatted("238,700.00").replace("393,800.00", "393,900.00"), "breakdown.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("393,900.00"));
  }

  /**
   * A monthly standard multiplied out with its months in its own clause (每人每月80元×512人×6个月发放245,760.00元) is paid for those
   * months, not twelve; and an average per person (平均每人全年领取1,200元) is of the people paid, not of the 人次 counted each month.
   */
  @Test
  void monthsStatedAfterTheRateAndAnAveragePerPersonPaidMonthly() {
    String half = "1.生活补贴：1—6月按每人每月80元×512人×6个月发放%s元，7—12月按每人每月80元×526人×6个月发放252,480.00元。";
    assertThat(Check.findings(half.formatted("245,760.00"), "product")).isEmpty();
    assertThat(Check.findings(half.formatted("246,760.00"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("245760.00元"));
    String care = "2.护理补贴：按每人每月100元×438人×12个月发放，全年共发放5,256人次、525,600.00元，平均每人全年领取%s元。";
    assertThat(Check.findings(care.formatted("1,200"), "product")).isEmpty();
    assertThat(Check.findings(care.formatted("1,300"), "product")).as("of the 438 people").singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("1200元"));
  }

  /** The result of a formula (补助资金94元×52.40万人=4,925.60万元) is no rate per unit of the total before it. */
  @Test
  void aFormulasResultIsNoRate() {
    String text = "（二）补助标准。全县常住人口52.40万人，按标准测算补助资金94元×52.40万人=%s万元。";
    assertThat(Check.findings(text.formatted("4,925.60"), "product")).isEmpty();
    assertThat(Check.findings(text.formatted("4,935.60"), "product")).as("still checked as a product").hasSize(1);
  }

  /**
   * A count right before a formula's result (600元×21034人=1262.04万元) is no count of a rate that result would be: the total
   * written again in numerals after it is the formula's, and the formula's product is still checked.
   */
  @Test
  void aCountBeforeAFormulasResultMultipliesNoRate() {
    String text = "（一）直补资金。直补资金按每人每年600元×21034人=%s万元核定，全年共一千二百六十二万零四百元，分两次发放。";
    assertThat(Check.findings(text.formatted("1262.04"), "product")).isEmpty();
    assertThat(Check.findings(text.formatted("1272.04"), "product")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("1272.04万元"));
  }

  /**
   * An average is of the amount its units' own clause states (演练6场，支出4.20万元，场均0.70万元), though that amount is a part
   * of a larger one, and not of a target the total was set against (共培训4352人次，为目标值4,000人次的108.80%，平均每期68人次).
   */
  @Test
  void anAverageOfItsUnitsOwnAmountNotOfATarget() {
    String drills = "2.应急演练及培训。实际支出6.84万元，其中：组织综合演练6场，支出4.20万元，场均%s万元；举办培训4期，支出2.64万元，期均0.66万元。";
    assertThat(Check.findings(drills.formatted("0.70"), "product")).isEmpty();
    assertThat(Check.findings(drills.formatted("0.80"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("0.70万元"));
    String training = "2.电商培训。全年举办培训64期，共培训%s人次，为目标值4,000人次的108.80%%，平均每期68人次。";
    assertThat(Check.findings(training.formatted("4352"), "product")).isEmpty();
    assertThat(Check.findings(training.formatted("4452"), "product")).as("68 a period of 4452").singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("69.56人次"));
  }

  /** By how much the work fell short (比目标少1期、少114人次) is no total of the average: 486人次 over 5期 is 97.2人次 (a training). */
  @Test
  void anAverageAfterByHowMuchTheWorkFellShort() {
    String training = "三、绩效目标完成情况\n——业务培训：举办5期、培训486人次，比目标少1期、少114人次，人次完成率81.00%%，平均每期%s人次。";
    assertThat(Check.findings(training.formatted("97.2"), "product")).isEmpty();
    assertThat(Check.findings(training.formatted("97.3"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("97.2人次"));
  }

  /** A multiplication written out: the factors as written, exactly, and the result within its rounding, whichever side it stands. */
  @Test
  void aMultiplicationWrittenOut() {
    String buses = "1.城乡公交车辆定额补贴：86辆×18000元/辆=%s万元。";
    assertThat(Check.findings(buses.formatted("154.80"), "product")).isEmpty();
    assertThat(Check.findings(buses.formatted("154.90"), "product")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("154.80万元");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("154.90万元", "86辆", "18000元");
    });
    String allowance = "月均320人，每人每月1,100元，320人×1,100元×12个月=%s元。";
    assertThat(Check.findings(allowance.formatted("4,224,000"), "product")).isEmpty();
    assertThat(Check.findings(allowance.formatted("4,224,300"), "product")).hasSize(1);
    String reckoned = "全程托管补助小计%s元，按每亩80元×126,005亩计算。";
    assertThat(Check.findings(reckoned.formatted("10,080,400"), "product")).isEmpty();
    assertThat(Check.findings(reckoned.formatted("10,080,700"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("10080400元"));
    assertThat(Check.findings("购置灭火器共12万元×3批，另有配套2万元。", "product")).as("no result stated").isEmpty();
    // a rate applied (按每吨85元结算) is exact, whatever cost is named before it; a cost per unit alone may be rounded
    String hauled = "二、资金使用\n清运费用按每吨85元结算，全年清运3,865吨，计%s元。";
    assertThat(Check.findings(hauled.formatted("328,525"), "product")).isEmpty();
    assertThat(Check.findings(hauled.formatted("328,535"), "product")).hasSize(1);
    assertThat(Check.findings("二、资金使用\n清运费用每吨85元，全年清运3,865吨，计328,535元。", "product")).isEmpty();
    // a unit price and its count (灭火器1,260具，单价128元，计161,280元)
    String extinguishers = "消防器材购置235,480元，其中：灭火器1,260具，单价128元，计%s元；";
    assertThat(Check.findings(extinguishers.formatted("161,280"), "product")).isEmpty();
    assertThat(Check.findings(extinguishers.formatted("161,290"), "product")).hasSize(1);
  }

  /**
   * An average may be of any count and amount of its sentence, not only the nearest (41500人 over the 23处, past the 5处 of them and a
   * township's 8640人; the 53.60万元 invested over 10个, past the 3.60万元 raised apart).
   */
  @Test
  void anAverageOfAnyCountAndAmountOfItsSentence() {
    String sources = "三、绩效目标完成情况\n全县划定集中式饮用水水源地23处，其中千吨万人水源地5处，服务人口41500人（其中金竹镇8640人），"
        + "平均每处水源地服务%s人。";
    assertThat(Check.findings(sources.formatted("1804"), "product")).isEmpty();
    assertThat(Check.findings(sources.formatted("1904"), "product")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("1904人"));
    String plants = "二、项目实施情况\n新建村级污水处理设施10个，总投资53.60万元，补助以外的3.60万元由运营主体自筹，平均每个%s万元。";
    assertThat(Check.findings(plants.formatted("5.36"), "product")).isEmpty();
    assertThat(Check.findings(plants.formatted("5.63"), "product")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("5.63万元"));
  }

  /** A whole-number average is a quotient rounded as written (200人 over 3期 is 66.67, written 67). */
  @Test
  void aWholeNumberAverageIsRoundedAsWritten() {
    String training = "三、绩效目标完成情况\n全年举办农民技术培训3期，共培训200人，平均每期%s人。";
    assertThat(Check.findings(training.formatted("67"), "product")).isEmpty();
    assertThat(Check.findings(training.formatted("69"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("66.67人"));
  }

  /** A yearly rate per head worked out from the monthly (全年9,600元/人) is a rate, no total: the total follows it (grassland wardens). */
  @Test
  void aYearlyRatePerHeadIsNoTotal() {
    String wardens = "一、项目情况\n全县聘用草原管护员一百八十六名，每人每月800元，全年9,600元/人，共%s万元。";
    assertThat(Check.findings(wardens.formatted("178.56"), "product")).isEmpty();
    assertThat(Check.findings(wardens.formatted("187.56"), "product")).singleElement().satisfies(f -> {
      assertThat(f.stated()).isEqualTo("187.56万元");
      assertThat(f.expected()).isEqualTo("178.56万元");
    });
  }

  /** A count in an aside (（23处×每年4次）) is no factor of a rate outside it (每处次0.09万元 is per the 92处次). */
  @Test
  void aCountInParenthesesIsNoFactorOfARateOutsideThem() {
    assertThat(Check.findings("二、项目实施情况\n开展水质人工监测92处次（23处×每年4次），每处次0.09万元，计8.28万元。", "product")).isEmpty();
    // the count before the aside is the rate's, and a total that is not its product is still seen
    assertThat(Check.findings("二、项目实施情况\n开展水质人工监测92处次（23处×每年4次），每处次0.09万元，计8.82万元。", "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("8.28万元"));
  }

  /** A rate's parts in an aside (（其中路基每公里6.25万元、路面每公里15.75万元）) leave the count to the rate before them. */
  @Test
  void aRatesPartsInAnAside() {
    String text = "二、项目实施情况\n工程建设费按每公里22.00万元的标准核定（其中路基每公里6.25万元、路面每公里15.75万元），12.6公里共计%s万元。";
    assertThat(Check.findings(text.formatted("277.20"), "product")).isEmpty();
    assertThat(Check.findings(text.formatted("287.20"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("277.20万元"));
  }

  /**
   * An average per unit after a sentence's parts, its units counted in an earlier clause, may be of the sentence's whole (培训经费23.40万元：
   * …共12期，计6.00万元；场地租用3.00万元，平均每期1.95万元: 23.40 over 12, not the 3.00 right before); one that no amount of it gives is
   * flagged.
   */
  @Test
  void anAverageOfTheSentencesWhole() {
    String text = "1.技术培训。全年举办培训十二期，培训农户960人次，平均每期80人。培训经费23.40万元：学员误餐及资料补助每人次150元，共960人次，"
        + "计14.40万元；专家授课费每期5,000元，共12期，计6.00万元；场地租用及教材印制3.00万元，平均每期%s万元。";
    assertThat(Check.findings(text.formatted("1.95"), "product")).isEmpty();
    assertThat(Check.findings(text.formatted("2.95"), "product")).hasSize(1);
  }

  /** A sum of products written out (52户×3.5万元+134户×1.5万元=383.00万元) is held to the sum, not to its last product. */
  @Test
  void aSumOfProductsWrittenOut() {
    String text = "年初下达改造任务186户，其中D级52户、C级134户，按标准测算补助资金为52户×3.5万元+134户×1.5万元=%s万元。";
    assertThat(Check.findings(text.formatted("383.00"), "product")).isEmpty();
    assertThat(Check.findings(text.formatted("384.00"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("383.00万元"));
  }

  /**
   * A total told again as the products it is made of (合计…288.00万元，即：五星级民宿3家，每家奖补20万元；四星级民宿八家，每家12万元；…) is
   * held to their sum, not to its first product.
   */
  @Test
  void aTotalToldAgainAsItsProducts() {
    String text = "星级民宿奖补合计288.00万元，即：五星级民宿3家，每家奖补20万元；四星级民宿八家，每家12万元；三星级民宿%s家，每家6万元。";
    assertThat(Check.findings(text.formatted("22"), "product")).isEmpty();
    assertThat(Check.findings(text.formatted("25"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("306万元"));
  }

  /**
   * A rate per a period alone (每季度发放9.54万元) is of the periods, not of the people counted before it (共212人); one per a unit
   * and a period (每个工作队每年经费8万元) is still of the units.
   */
  @Test
  void aRatePerAPeriodAloneIsNotOfThePeopleCounted() {
    assertThat(Check.findings("村级林长巡林补助按每人每年1,800元标准发放，共212人，每季度发放9.54万元，全年四个季度合计38.16万元。", "product"))
        .isEmpty();
    assertThat(Check.findings("每个工作队每年经费8万元，共4个工作队，合计%s万元。".formatted("36"), "product")).hasSize(1);
    assertThat(Check.findings("每个工作队每年经费8万元，共4个工作队，合计%s万元。".formatted("32"), "product")).isEmpty();
  }

  /** A total followed by several products, not told again as them, may be of some of them only: held to none of them alone. */
  @Test
  void aTotalBeforeSeveralProductsNotToldAgain() {
    String text = "星级民宿奖补资金288.00万元，五星级民宿3家，每家奖补20万元；四星级民宿八家，每家12万元。";
    assertThat(Check.findings(text, "product")).isEmpty();
  }

  /** An average per unit may be of the amount its sentence states right after it (共4,800册，平均每册21.25元，支出102,000.00元). */
  @Test
  void anAverageOfTheAmountRightAfterIt() {
    String text = "（三）农家书屋图书更新项目。预算10.50万元，为12个村书屋每村更新图书400册，共4,800册，平均每册%s元，支出102,000.00元（10.20万元），"
        + "执行率97.14%%。";
    assertThat(Check.findings(text.formatted("21.25"), "product")).isEmpty();
    assertThat(Check.findings(text.formatted("23.25"), "product")).hasSize(1);
  }
  /** A count told again in parentheses in the unit the rate is per (修建截排水沟9.6公里（9,600米），每米260元) is what the rate multiplies. */
  @Test
  void aCountToldAgainInTheRatesUnit() {
    String text = "二、支出情况\n4.截排水沟工程费：修建截排水沟9.6公里（9,600米），每米260元，支出%s万元；";
    assertThat(Check.findings(text.formatted("249.60"), "product")).isEmpty();
    assertThat(Check.findings(text.formatted("259.60"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("249.60万元"));
    assertThat(Check.findings("二、支出情况\n全县在网终端210台（含以前年度已安装的86台），每台年运维费500元，计10.50万元。", "product"))
        .as("a part of the count in its aside").isEmpty();
  }

  /** A table's row ends at its line: an average in the sentence below is not of the row's figures (150元/人次 is no whole of it). */
  @Test
  void noSentenceRunsOnFromATablesRow() {
    String text = "品牌及培训类\t标准化生产技术培训\t150元/人次\t2,400人次\t36.00\n标准化生产示范基地共涉及种植农户1,860户，平均每户获得基地建设补助860.22元。";
    assertThat(Check.findings(text, "product")).isEmpty();
  }

  /** A count's change (比上年增加2名) is not whom the rate is paid: the count before it is (十八名 × 1,800元 × 12). */
  @Test
  void aCountsChangeIsNotWhoIsPaid() {
    String text = "1.协管员劳务费38.88万元。全年聘用协管员十八名，比上年增加2名，劳务费按每人每月1,800元、全年12个月计发，合计%s元。";
    assertThat(Check.findings(text.formatted("388,800.00"), "product")).isEmpty();
    assertThat(Check.findings(text.formatted("398,800.00"), "product")).isNotEmpty();
  }

  /** An average per 个 of a thing (平均每个村（社区）), not per a count of another (析出6个网格). */
  @Test
  void anAveragePerGeOfAThing() {
    String text = "7月，城西街道新组建的两个社区析出6个网格，招聘网格员6人；年末在岗专职网格员268人，平均每个村（社区）配备网格员1.89人。";
    assertThat(Check.findings(text, "product")).isEmpty();
  }

  /** Factors of products written out (4家×10万元=40.00万元，…，14家×2万元=28.00万元，平均每家…4.15万元): no units or whole of the average. */
  @Test
  void factorsOfWrittenProducts() {
    String text = "示范社奖补108.00万元，其中国家级示范社4家×10万元=40.00万元，省级示范社8家×5万元=40.00万元，县级示范社14家×2万元=28.00万元，"
        + "平均每家示范社获得奖补4.15万元。";
    assertThat(Check.findings(text, "product")).isEmpty();
  }

  /** So many for each of another count (为34个联络站各配备终端1套，每套4,200元，计142,800元): the product is of both counts. */
  @Test
  void soManyForEachOfAnother() {
    String text = "5.为新建和提升的34个联络站各配备代表履职信息终端1套，每套4,200元，计142,800元；";
    assertThat(Check.findings(text, "product")).isEmpty();
  }

  /** Two rates per unit, each after its count (3件作品每件奖励12,000元，…9件作品每件奖励5,000元，计8.10万元): the first is no total. */
  @Test
  void aRatePerUnitIsNoTotal() {
    String text = "9.新闻作品评优奖励。对获省级新闻奖的3件作品每件奖励12,000元，对获市级新闻奖的9件作品每件奖励5,000元，计%s万元。";
    assertThat(Check.findings(text.formatted("8.10"), "product")).isEmpty();
    assertThat(Check.findings(text.formatted("8.60"), "product")).isNotEmpty();
  }
  /** An average per unit after units and amounts given in pairs (7所…140,000.00元，12所…144,000.00元…) is of all the pairs together. */
  @Test
  void anAverageOfUnitsAndAmountsGivenInPairs() {
    String text = "按“全国特色学校每所每年2万元、省级每所1.2万元、县级每所6,000元”的标准，7所全国特色学校补助140,000.00元，12所省级特色学校补助"
        + "144,000.00元，18所县级特色学校补助108,000.00元，平均每所特色学校获得补助%s元。";
    assertThat(Check.findings(text.formatted("10,594.59"), "product")).isEmpty();
    assertThat(Check.findings(text.formatted("10,894.59"), "product")).as("an average of none of them").hasSize(1);
  }

  /**
   * A division written out: the amount per unit, then its amount and units in brackets (户均1,093.49元（1,406,230元÷1,286户）), or the
   * division first and its result after an equals sign or the words of the reckoning. The quotient and the amount divided are rounded
   * as written; money over money is a rate, not read here.
   */
  @Test
  void aDivisionWrittenOut() {
    String bracket = "二、资金使用\n农作物补偿户均1,093.49元（1,406,230元÷%s户），残疾儿童康复救助人均2.23万元（281.40万元÷126人）。";
    assertThat(Check.findings(bracket.formatted("1,286"), "product")).isEmpty();
    assertThat(Check.findings(bracket.formatted("1,287"), "product")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("1092.64元");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("1,093.49元", "1,406,230元", "1,287户");
    });
    String equals = "二、资金使用\n生均公用经费目标≤2800元，实际公用经费862.45万元÷在校生3126人=%s元，得3分。";
    assertThat(Check.findings(equals.formatted("2758.96"), "product")).isEmpty();
    assertThat(Check.findings(equals.formatted("2758.97"), "product")).as("862.45万元 stands for 862.445 to 862.455万元").isEmpty();
    assertThat(Check.findings(equals.formatted("2768.96"), "product")).hasSize(1);
    String words = "二、资金使用\n工程建设单位成本按工程建设费318.62万元除以改造面积%s平方米计算，为655.60元/平方米，低于控制标准。";
    assertThat(Check.findings(words.formatted("4,860"), "product")).isEmpty();
    assertThat(Check.findings(words.formatted("4,862"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("655.33元"));
    assertThat(Check.findings("二、资金使用\n到位资金使用率为96.93%（43.62万元÷45.00万元）。", "product")).as("a rate").isEmpty();
    assertThat(Check.findings("二、资金使用\n项目综合成本为0.61元/页（77.43万元÷126.5万页）。", "product")).as("units in 万, rounded").isEmpty();
  }

  /**
   * A multiplication written out with its result named by the words after it (960元×5243人发放扶助资金503.3280万元; 1,126人×1,000元，计
   * 1,126,000元), months between its factors (1,400元×12个月×141人计发), or the amount first and how it was reckoned after 按, 即 or 为, its
   * share perhaps between (22.40万元，占总支出的6.06%，为640亩×350元; 392.00万元（按计划1,120户×3,500元测算）). A rate per unit after
   * the product (，即每人每年21,600元) is no result of it.
   */
  @Test
  void aMultiplicationWrittenOutInWords() {
    String paid = "二、资金使用\n全年按每人每年960元×%s人发放扶助资金503.3280万元，预算执行率99.87%%。";
    assertThat(Check.findings(paid.formatted("5243"), "product")).isEmpty();
    assertThat(Check.findings(paid.formatted("5244"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("503.4240万元"));
    String monthly = "二、资金使用\n全年在册141人，按1,400元×12个月×141人计发%s元；年内新增16人。";
    assertThat(Check.findings(monthly.formatted("2,368,800"), "product")).isEmpty();
    assertThat(Check.findings(monthly.formatted("2,368,900"), "product")).hasSize(1);
    String counted = "二、资金使用\n（4）丧葬补助金：%s人×1,000元，计1,126,000元（112.60万元），占1.31%%。";
    assertThat(Check.findings(counted.formatted("1,126"), "product")).isEmpty();
    assertThat(Check.findings(counted.formatted("1,127"), "product")).hasSize(1);
    String share = "二、资金使用\n2.补植补造补助22.40万元，占总支出的6.06%%，为%s亩×350元；3.基层团组织活动经费22.20万元（17.39%%），按每个基层团组织"
        + "每年1,500元×148个拨付。";
    assertThat(Check.findings(share.formatted("640"), "product")).isEmpty();
    assertThat(Check.findings(share.formatted("641"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("22.44万元"));
    String planned = "二、资金使用\n壁挂炉购置安装补助392.00万元（按计划%s户×3,500元测算）、安全巡检及宣传经费20.00万元。";
    assertThat(Check.findings(planned.formatted("1,120"), "product")).isEmpty();
    assertThat(Check.findings(planned.formatted("1,121"), "product")).hasSize(1);
    String monthsAfter = "二、资金使用\n管护人员劳务补助30.24万元，占11.84%%，按每人每月1,800元×%s人×12个月发放，即每人每年21,600元。";
    assertThat(Check.findings(monthsAfter.formatted("14"), "product")).isEmpty();
    assertThat(Check.findings(monthsAfter.formatted("15"), "product")).hasSize(1);
    assertThat(Check.findings("二、资金使用\n资金30.24万元，1,800元×14人；另有配套2万元。", "product")).as("a bare comma: no reckoning").isEmpty();
  }

  /**
   * The total named by 计 after the count's noun or the words closing the rate's clause (共8个项目，计44.80万元; 每点3000元标准安排，计84000元),
   * or by 即 after a count settled (共2,148户核定，即751,800.00元); a rate per the noun a count in 个 counts (28个助餐点、每点); and what was
   * spent at a plain rate named for what it is paid for, the rate first (刑事案件每件1,800元，共412件，支出74.16万元), not a rate planned.
   */
  @Test
  void aTotalNamedAfterTheCountsNounOrItsClause() {
    String projects = "二、资金使用\n每个项目评价费用5.60万元，共%s个项目，计44.80万元。";
    assertThat(Check.findings(projects.formatted("8"), "product")).isEmpty();
    assertThat(Check.findings(projects.formatted("9"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("50.40万元"));
    String points = "二、资金使用\n按%s个助餐点、每点3000元标准安排，计84000元。";
    assertThat(Check.findings(points.formatted("28"), "product")).isEmpty();
    assertThat(Check.findings(points.formatted("29"), "product")).hasSize(1);
    assertThat(Check.findings("二、资金使用\n按29个村、每点3000元标准安排，计84000元。", "product")).as("per another thing").isEmpty();
    String settled = "二、资金使用\n4．入户工程75.18万元，占7.40%%，按每户补助350元、共%s户核定，即751,800.00元。";
    assertThat(Check.findings(settled.formatted("2,148"), "product")).isEmpty();
    assertThat(Check.findings(settled.formatted("2,149"), "product")).hasSize(1);
    String cases = "二、资金使用\n刑事案件每件1,800元，共412件，支出74.16万元；民事和行政案件每件1,500元，共%s件，支出86.10万元。";
    assertThat(Check.findings(cases.formatted("574"), "product")).isEmpty();
    assertThat(Check.findings(cases.formatted("575"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("86.25万元"));
    assertThat(Check.findings("二、资金使用\n预算每人3,000元，共50人，支出14.50万元。", "product")).as("a rate planned").isEmpty();
    assertThat(Check.findings("二、资金使用\n受益户每户增收1,200元，共2,000户，支出500万元。", "product")).as("a gain").isEmpty();
  }

  /** Claims paid and the average claim per household (支付赔款612.35万元，受益农户5,230户，户均获赔1,170.84元) name one kind of pay. */
  @Test
  void claimsPaidAndTheAverageClaim() {
    String claims = "二、资金使用\n2．受益农户：全年支付赔款612.35万元，受益农户%s户，户均获赔1,170.84元，完成目标的104.60%%，得7分。";
    assertThat(Check.findings(claims.formatted("5,230"), "product")).isEmpty();
    assertThat(Check.findings(claims.formatted("5,231"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("612.47万元"));
    assertThat(Check.findings("二、资金使用\n全年支付保费612.35万元，受益农户5,231户，户均获赔1,170.84元。", "product")).as("premiums are no claims")
        .isEmpty();
  }

  /** A percentage between a part's count and an amount is no rate (中型3辆、小型2辆）因全年完成核定班次不足80%，计109,200元): nothing to check, no failure. */
  @Test
  void aPercentageAfterAPartsCountIsNoRate() {
    assertThat(Check.findings("二、资金使用\n未予核定：农村客运车辆5辆（中型3辆、小型2辆）因全年完成核定班次不足80%，计109,200元。", "product")).isEmpty();
  }

  /**
   * Months a head was paid (3,175人·月) times a rate per head and month is the total, each such month paid once; the total right after
   * the words of settling (按每人每月0.90万元结算52.20万元) or of paying out (计发).
   */
  @Test
  void monthsOfAHeadTimesAMonthlyRate() {
    String paid = "二、资金使用\n1.基础补贴：全年在岗%s人月，按每人每月1,100元计发3,492,500元，占支出总额的82.71%%。";
    assertThat(Check.findings(paid.formatted("3,175"), "product")).isEmpty();
    assertThat(Check.findings(paid.formatted("3,176"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("3493600元"));
    String settled = "二、资金使用\n全年实际驻场%s人月，按每人每月0.90万元结算52.20万元，执行率96.67%%。";
    assertThat(Check.findings(settled.formatted("58"), "product")).isEmpty();
    assertThat(Check.findings(settled.formatted("59"), "product")).hasSize(1);
    assertThat(Check.findings("二、资金使用\n全年在岗265人，按每人每月1,100元计发3,492,500元。", "product")).as("heads paid monthly").isEmpty();
  }

  /**
   * An item's amount opening its sentence, then the rate it was reckoned at and the count (冬春生活救助资金168.00万元，按每人400元标准救助
   * 4,200人; 试验费9.60万元，每个试验8,000元，共12个): the amount is their product. Not an investment of more than what was priced, nor
   * a plan told by what was actually done, nor a count with a total of its own after it, nor a gain per head.
   */
  @Test
  void amountThenItsRateAndCount() {
    String relief = "二、资金使用\n4. 冬春生活救助资金%s万元，按每人400元标准救助4,200人；2. 田间肥效试验费9.60万元，每个试验8,000元，共%s个；"
        + "3．队员人身意外伤害保险1.82万元，占总支出的2.83%%，每人每年260元，共70人，比预算节约0.18万元。";
    assertThat(Check.findings(relief.formatted("168.00", "12"), "product")).isEmpty();
    assertThat(Check.findings(relief.formatted("178.00", "12"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("168.00万元"));
    assertThat(Check.findings(relief.formatted("168.00", "13"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("10.40万元"));
    String bought = "二、资金使用\n3．在线水质监测设备购置124.80万元，经公开招标，中标单价52,000元/套，共%s套，比预算节约0.20万元。";
    assertThat(Check.findings(bought.formatted("24"), "product")).isEmpty();
    assertThat(Check.findings(bought.formatted("25"), "product")).hasSize(1);
    assertThat(Check.findings("二、资金使用\n项目总投资96.40万元，每套补助3.60万元，共24套。", "product")).as("an investment of more").isEmpty();
    assertThat(Check.findings("二、资金使用\n田间肥效试验预算9.60万元，每个试验8,000元，实际完成11个。", "product")).as("done, not planned").isEmpty();
    assertThat(Check.findings("二、资金使用\n培训经费23.40万元，每人次150元，共960人次，计14.40万元。", "product")).as("a total of its own").isEmpty();
    assertThat(Check.findings("二、资金使用\n总投资500万元，每人增收1,200元，受益2,000人。", "product")).as("a gain").isEmpty();
  }

  /**
   * A numbered item's amount and the rest of its line telling it as one count and one rate per unit (2.计量设施建设奖补144.00万元，占支出
   * 总额的28.90%。全年新安装斗口计量设施320套，每套奖补4,500元。): the amount is their product. Not where the line names parts, a cap, a
   * formula or a rate per unit and month, nor an item's budget.
   */
  @Test
  void itemToldByItsLine() {
    String items = "二、资金使用\n2.计量设施建设奖补%s万元，占支出总额的28.90%%。全年新安装斗口计量设施%s套，每套奖补4,500元。\n"
        + "3.安全培训81,000元，全年举办培训18期，每期包干经费4,500元，用于场地、教材和授课费用。\n";
    assertThat(Check.findings(items.formatted("144.00", "320"), "product")).isEmpty();
    assertThat(Check.findings(items.formatted("145.00", "320"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("144.00万元"));
    assertThat(Check.findings(items.formatted("144.00", "321"), "product")).hasSize(1);
    assertThat(Check.findings(items.formatted("144.00", "320").replace("18期", "19期"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("85500元"));
    assertThat(Check.findings("二、资金使用\n2.改厕补助50.00万元。补助农户120户，每户最高补助5,000元。\n", "product")).as("a cap").isEmpty();
    assertThat(Check.findings("二、资金使用\n2.示范基地建设120.00万元。建成示范基地9个，每个15.00万元，其中林药示范基地5个。\n", "product"))
        .as("parts").isEmpty();
    assertThat(Check.findings("二、资金使用\n（四）电梯维保375,360元。46台电梯×12个月×每台每月680元；\n", "product")).as("a formula").isEmpty();
    assertThat(Check.findings("二、资金使用\n3.技术培训预算10.80万元。全年举办培训班22期，每期0.45万元。\n", "product")).as("a budget").isEmpty();
  }

  /**
   * An average per the thing a count in 个 or 家 names right after it (7个村集体 for 平均每村; 36家规模养殖场 for 场均) is of that count,
   * where it is the one count of its sentence; not of one of parts counted apart (雨量站7个、水位站3个，平均每站).
   */
  @Test
  void anAveragePerTheNounOfACount() {
    String shared = "二、资金使用\n预计每年分红96.10万元，由涉及的%s个村集体分配，平均每村13.73万元。";
    assertThat(Check.findings(shared.formatted("7"), "product")).isEmpty();
    assertThat(Check.findings(shared.formatted("8"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("12.0125万元"));
    String farms = "二、资金使用\n支持36家规模养殖场实施圈舍改造，支出424.80万元，场均补助%s万元。";
    assertThat(Check.findings(farms.formatted("11.80"), "product")).isEmpty();
    assertThat(Check.findings(farms.formatted("12.80"), "product")).hasSize(1);
    assertThat(Check.findings("二、资金使用\n2.水毁站点修复17.90万元，共修复雨量站7个、水位站3个，平均每站修复费用1.79万元。", "product"))
        .as("parts counted apart").isEmpty();
    assertThat(Check.findings("二、资金使用\n修复17.90万元，共修复7个雨量站、3个水位站，平均每站修复费用1.79万元。", "product"))
        .as("two counts named").isEmpty();
  }

  /**
   * What each unit of a count was given, as 各 says, then the total (6个乡镇综治中心各奖补2.00万元，计12.00万元), or one set each and the
   * set's price (为34个联络站各配备终端1套，每套4,200元，计142,800元; 各配备一套追溯终端（含…），每套8,500元，支出40.80万元); not an
   * amount bounded, nor a count given in turn.
   */
  @Test
  void whatEachUnitOfACountWasGiven() {
    String centres = "二、资金使用\n6．奖补资金。%s个通过省级验收的乡镇综治中心各奖补2.00万元，计12.00万元，已全部拨付到位。";
    assertThat(Check.findings(centres.formatted("6"), "product")).isEmpty();
    assertThat(Check.findings(centres.formatted("7"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("14.00万元"));
    String two = "二、资金使用\n3.以奖代补12.00万元：对8个乡镇（街道）调解中心各奖补1.00万元，计8.00万元；对5家企业调解委员会各奖补0.80万元，计%s万元。";
    assertThat(Check.findings(two.formatted("4.00"), "product")).isEmpty();
    assertThat(Check.findings(two.formatted("4.40"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("4.00万元"));
    String sets = "二、资金使用\n5.为新建和提升的34个联络站各配备代表履职信息终端1套，每套4,200元，计%s元；";
    assertThat(Check.findings(sets.formatted("142,800"), "product")).isEmpty();
    assertThat(Check.findings(sets.formatted("146,800"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("142800元"));
    String inWords = "二、资金使用\n3.为48家经营主体各配备一套追溯终端（含标签打印机、扫码枪），每套8,500元，支出%s万元，占10.40%%。";
    assertThat(Check.findings(inWords.formatted("40.80"), "product")).isEmpty();
    assertThat(Check.findings(inWords.formatted("41.80"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("40.80万元"));
    assertThat(Check.findings("二、资金使用\n对6个乡镇各补助不超过2.00万元，计13.00万元。", "product")).as("a bound").isEmpty();
    assertThat(Check.findings("二、资金使用\n6个乡镇各村平均投入2.00万元，共13.00万元。", "product")).as("an average").isEmpty();
  }

  /**
   * One set each unit of a count got, and the set's price, after the item's amount opening the clause (全民健身路径工程90.00万元，计划为25个行政村
   * 各配建一套健身路径，每套3.60万元；): the amount is what the sets came to. Not where the price has an amount of its own after it in its
   * clause, nor where the amount before is a part (其中).
   */
  @Test
  void oneSetEachAfterTheItemsAmount() {
    String paths = "二、资金使用\n（二）资金安排。按用途分：全民健身路径工程%s万元，计划为25个行政村各配建一套健身路径，每套3.60万元；多功能运动场建设"
        + "114.00万元，计划建设四个，每个28.50万元。";
    assertThat(Check.findings(paths.formatted("90.00"), "product")).isEmpty();
    assertThat(Check.findings(paths.formatted("92.00"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("90.00万元"));
    assertThat(Check.findings("二、资金使用\n健身路径工程92.00万元，计划为25个行政村各配建一套健身路径，每套3.60万元，另购器材2.00万元。", "product"))
        .as("more after the price").isEmpty();
    assertThat(Check.findings("二、资金使用\n其中健身路径92.00万元，为25个行政村各配建一套健身路径，每套3.60万元。", "product")).as("a part").isEmpty();
  }

  /**
   * An average per unit after a part of another amount, only counts between (其中：公务接待费6,200元，共接待…11批次68人次，平均每批次563.64元),
   * is of that part; and a bare rate per unit joined to the average by 、 (、每人次91.18元) is an average too, of the same amount.
   */
  @Test
  void averagesAfterAPartAndItsCounts() {
    String text = "二、资金使用\n全年实际支出3.56万元，为预算的84.76%%，比上年的3.87万元下降8.01%%。其中：公务接待费6,200元，共接待上级业务检查指导和"
        + "兄弟县（市）考察交流11批次68人次，平均每批次%s元、每人次%s元；公务用车运行维护费2.94万元，包括燃油费1.36万元、维修费0.72万元、"
        + "保险费0.48万元、过路过桥及停车费0.38万元。";
    assertThat(Check.findings(text.formatted("563.64", "91.18"), "product")).isEmpty();
    assertThat(Check.findings(text.formatted("663.64", "91.18"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("563.64元"));
    assertThat(Check.findings(text.formatted("563.64", "81.18"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("91.18元"));
    assertThat(Check.findings("二、资金使用\n全年实际支出3.56万元，为预算的84.76%。其中：公务接待费5,200元，会议费1,000元，共接待11批次，平均每批次563.64元。",
        "product")).as("two parts").isEmpty();
  }

  /**
   * A plain rate may name the price or fee it is (每台中标价, 每批次检测费) or that it was paid out (每人发放), and an aside of words on what it
   * holds may stand before what was spent at it (每套150元（含诱剂及维护），支出12.00万元); a gain per head stays none.
   */
  @Test
  void spentAtAPlainRateNamedAsItsPriceOrFee() {
    String items = "二、资金使用\n1. 固液分离机46台，每台中标价8.60万元，支出%s万元；2.委托第三方检测机构完成检测240批次，每批次检测费1,200元，支出%s万元。"
        + "3.购置松褐天牛诱捕器800套，每套150元（含诱剂及维护），支出%s万元。\n4．监护人看护以奖代补：向1186名患者监护人每人发放500元，支出%s万元。";
    assertThat(Check.findings(items.formatted("395.60", "28.80", "12.00", "59.30"), "product")).isEmpty();
    assertThat(Check.findings(items.formatted("396.60", "28.80", "12.00", "59.30"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("395.60万元"));
    assertThat(Check.findings(items.formatted("395.60", "29.80", "12.00", "59.30"), "product")).hasSize(1);
    assertThat(Check.findings(items.formatted("395.60", "28.80", "13.00", "59.30"), "product")).hasSize(1);
    assertThat(Check.findings(items.formatted("395.60", "28.80", "12.00", "59.40"), "product")).hasSize(1);
    assertThat(Check.findings("二、资金使用\n受益群众2,000人，每人增收费1,200元，支出500万元。", "product")).isEmpty();
  }

  /** What was paid out at a rate as a standard, named right after it (按每人次150元的标准支出36.00万元; 标准发放优待金312.00万元). */
  @Test
  void paidOutAtARateAsAStandard() {
    String training = "二、资金使用\n6.技术培训。分20期开展标准化生产技术培训，每期平均培训120人次，共2,400人次，按每人次150元的标准支出%s万元，占9.18%%。";
    assertThat(Check.findings(training.formatted("36.00"), "product")).isEmpty();
    assertThat(Check.findings(training.formatted("37.00"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("36.00万元"));
    String soldiers = "二、资金使用\n2.义务兵家庭优待金。全县2023年在役义务兵240人，按每人每年13,000元标准发放优待金%s万元，发放率100%%。";
    assertThat(Check.findings(soldiers.formatted("312.00"), "product")).isEmpty();
    assertThat(Check.findings(soldiers.formatted("322.00"), "product")).hasSize(1);
    assertThat(Check.findings("二、资金使用\n受益群众2,000人，按每人增收1,200元的标准支出500万元。", "product")).as("no rate paid").isEmpty();
  }
}
