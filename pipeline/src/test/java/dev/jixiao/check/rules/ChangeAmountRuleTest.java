package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangeAmountRuleTest {
  /** A township's debt at the year's end: 2580.00万元 at its start less 230.00万元 repaid is 2350.00万元. */
  @Test
  void anAmountAgainstTheBaseItIsComparedWith() {
    String debt = "二、预算执行情况\n截至2024年底，政府债务余额%s万元，较年初%s万元减少%s万元，当年偿还债务本金230.00万元。";
    assertThat(Check.findings(debt.formatted("2350.00", "2580.00", "230.00"), "change.amount")).isEmpty();
    assertThat(Check.findings(debt.formatted("2514.50", "2580.00", "230.00"), "change.amount")).singleElement().satisfies(f -> {
      assertThat(f.stated()).isEqualTo("2514.50万元");
      assertThat(f.expected()).isEqualTo("2350.00万元");
      assertThat(f.message()).contains("政府债务余额", "较年初2580.00万元减少230.00万元");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("2514.50万元", "2580.00万元", "230.00万元");
    });
    assertThat(Check.findings(debt.formatted("2350.00", "2760.60", "230.00"), "change.amount")).hasSize(1);
    assertThat(Check.findings(debt.formatted("2350.00", "2580.00", "246.10"), "change.amount")).hasSize(1);
    // an increase, in counts
    String staff = "一、部门概况\n年末实有人员%s人，比年初52人增加6人。";
    assertThat(Check.findings(staff.formatted("58"), "change.amount")).isEmpty();
    assertThat(Check.findings(staff.formatted("59"), "change.amount")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("58人"));
  }

  /** A comparison after a list may be of the list's total (“三公”经费13.10万元, its last part 3.26万元 before it). */
  @Test
  void aComparisonAfterAListOfItsTotal() {
    String text = "四、“三公”经费\n“三公”经费支出%s万元，其中公务用车运行维护费9.84万元、公务接待费3.26万元，未安排因公出国（境）费用，较上年的15.42万元减少2.32万元。";
    assertThat(Check.findings(text.formatted("13.10"), "change.amount")).isEmpty();
    assertThat(Check.findings(text.formatted("13.40"), "change.amount")).hasSize(1);
  }

  /** A base named by its year (较2023年的1058人): a year is no figure of the comparison's words. */
  @Test
  void aBaseNamedByItsYear() {
    String pupils = "三、上年对比\n2024年资助人数%s人，较2023年的1058人增加68人，增长6.43%%。";
    assertThat(Check.findings(pupils.formatted("1126"), "change.amount")).isEmpty();
    assertThat(Check.findings(pupils.formatted("1205"), "change.amount")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("1126人"));
  }

  /** 决算数 against 预算数 with the cut and its rate: a wrong cut is one finding, not a second of the rate. */
  @Test
  void oneSlipOneFinding() {
    String sanGong = "二、预算执行情况\n2024年“三公”经费决算数%s万元，比预算数%s万元减少%s万元，下降%s。";
    assertThat(Check.report(sanGong.formatted("8.64", "10.00", "1.36", "13.60%")).findings()).isEmpty();
    var cut = Check.report(sanGong.formatted("8.64", "10.00", "1.46", "13.60%")).findings();
    assertThat(cut).extracting(f -> f.rule()).containsExactly("change.amount");
    var base = Check.report(sanGong.formatted("8.64", "10.70", "1.36", "13.60%")).findings();
    assertThat(base).extracting(f -> f.rule()).containsExactly("change.amount");
    var rate = Check.report(sanGong.formatted("8.64", "10.00", "1.36", "14.55%")).findings();
    assertThat(rate).extracting(f -> f.rule()).containsExactly("change.rate");
    assertThat(rate.get(0).expected()).isEqualTo("13.60%");
  }

  /** A change with no base stated is change.rate's alone, reckoned from the amount. */
  @Test
  void noStatedBaseNoFinding() {
    assertThat(Check.findings("三、支出情况\n“三公”经费支出决算为3.46万元，较上年增加2.4万元，增长0.24%。", "change.amount")).isEmpty();
    assertThat(Check.findings("三、支出情况\n本年支出5736.18万元，较上年的5000万元增长14.72%。", "change.amount")).isEmpty();
  }

  /** The later year's amount against the earlier one's and the change stated after them. */
  @Test
  void twoYearsAmountsAndTheChange() {
    String text = "一、收入\n2023年收入200.00万元，2024年收入220.00万元，增加%s万元，增长10.00%%。";
    assertThat(Check.findings(text.formatted("20.00"), "change.amount")).isEmpty();
    assertThat(Check.findings(text.formatted("30.00"), "change.amount")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("230.00万元"));
    assertThat(Check.findings(text.formatted("30.00"), "change.rate")).as("one slip, one finding").isEmpty();
  }

  /** The year before's amount right after this year's, named by the year alone (上年为108,034万元), then the change and its rate. */
  @Test
  void theYearBeforesAmountRightAfter() {
    String income = "三、效益\n全县一般公共预算收入完成112,680万元，上年为108,034万元，增加%s万元，增长%s，低于5%%的年度目标。";
    assertThat(Check.findings(income.formatted("4,646", "4.30%"), "change.amount")).isEmpty();
    assertThat(Check.findings(income.formatted("4,646", "4.30%"), "change.rate")).isEmpty();
    assertThat(Check.findings(income.formatted("4,656", "4.30%"), "change.amount")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("112690万元"));
    assertThat(Check.findings(income.formatted("4,646", "5.30%"), "change.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("4.30%"));
    // this year's parts in parentheses between: the amount is this year's total before them
    String parts = "“三公”经费支出17.97万元（因公出国（境）费0元、公务接待费3.12万元、公务用车运行维护费14.85万元），上年为21.40万元，较上年减少%s万元，下降%s。";
    assertThat(Check.findings(parts.formatted("3.43", "16.03%"), "change.amount")).isEmpty();
    assertThat(Check.findings(parts.formatted("3.43", "16.03%"), "change.rate")).isEmpty();
    assertThat(Check.findings(parts.formatted("3.53", "16.03%"), "change.amount")).singleElement()
        .satisfies(f -> assertThat(f.evidence()).extracting(e -> e.quote()).contains("17.97万元"));
    assertThat(Check.findings(parts.formatted("3.43", "16.83%"), "change.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("16.03%"));
  }

  /** A move from one amount to another and the change stated after: the base plus the change is the amount. */
  @Test
  void aMoveAndItsChange() {
    String members = "三、绩效目标完成情况\n家庭医生签约人数由2023年的8.62万人增至2024年的%s万人，增加0.90万人。";
    assertThat(Check.findings(members.formatted("9.52"), "change.amount")).isEmpty();
    assertThat(Check.findings(members.formatted("9.72"), "change.amount")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("原为8.62万人"));
    // the next move's first amount is no change of this one
    String area = "1.社会效益：全镇体育场地面积由71,830平方米增加到%s平方米，人均体育场地面积由1.86平方米提高到1.91平方米，达到目标值。";
    assertThat(Check.findings(area.formatted("73,910"), "change.amount")).isEmpty();
  }

  /**
   * A budget moved in the year from its amount at the year's start (基本支出由年初712.36万元调增至726.45万元，增加14.09万元): the start
   * plus the change is the amount adjusted to, named for what was adjusted.
   */
  @Test
  void aBudgetMovedFromTheYearsStart() {
    String basic = "二、预算调整\n分类看，基本支出由年初712.36万元调增至%s万元，增加14.09万元；项目支出由年初414.22万元调增至561.93万元，增加147.71万元。";
    assertThat(Check.findings(basic.formatted("726.45"), "change.amount")).isEmpty();
    assertThat(Check.findings(basic.formatted("736.45"), "change.amount")).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("基本支出");
      assertThat(f.expected()).isEqualTo("726.45万元");
    });
    String cut = "二、预算调整\n项目支出由年初预算414.22万元调减至361.93万元，减少52.29万元，下降%s。";
    assertThat(Check.findings(cut.formatted("12.62%"), "change.rate")).isEmpty();
    assertThat(Check.findings(cut.formatted("13.62%"), "change.rate")).hasSize(1);
  }

  /** A base named after itself (较180.00万元的控制数节约8.54万元; 较1,400元的控制目标节约112.29元): the amount is the base less the saving. */
  @Test
  void aBaseNamedAfterItself() {
    String bought = "三、产出\n采购实际支出%s万元，较180.00万元的控制数节约8.54万元，节约率4.74%%。";
    assertThat(Check.findings(bought.formatted("171.46"), "change.amount")).isEmpty();
    assertThat(Check.findings(bought.formatted("172.46"), "change.amount")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("171.46万元"));
    String perMu = "三、产出\n亩均整治投入%s元，较1,400元的控制目标节约112.29元。";
    assertThat(Check.findings(perMu.formatted("1,287.71"), "change.amount")).isEmpty();
    assertThat(Check.findings(perMu.formatted("1,297.71"), "change.amount")).hasSize(1);
  }

  /** A difference said as lower or higher (比公办园的700元低200元; 比上年多3人): the base less or plus it. */
  @Test
  void lowerOrHigherThanTheBase() {
    String fee = "二、补助标准\n普惠性民办园每生每年%s元，比公办园的700元低200元，普惠性民办园运转压力较大。";
    assertThat(Check.findings(fee.formatted("500"), "change.amount")).isEmpty();
    assertThat(Check.findings(fee.formatted("400"), "change.amount")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("500元"));
    String staff = "二、人员\n年末在岗网格员%s人，比上年的112人多6人。";
    assertThat(Check.findings(staff.formatted("118"), "change.amount")).isEmpty();
    assertThat(Check.findings(staff.formatted("116"), "change.amount")).hasSize(1);
  }

  /** A cost per unit moved from one amount to another (收运成本由每吨224.70元下降至217.26元，下降3.31%): the rate is of the move. */
  @Test
  void aCostPerUnitMoved() {
    String cost = "三、效益\n与上年相比，收运成本由每吨224.70元下降至217.26元，下降%s，主要是收运线路优化。";
    assertThat(Check.findings(cost.formatted("3.31%"), "change.rate")).isEmpty();
    assertThat(Check.findings(cost.formatted("4.31%"), "change.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("3.31%"));
  }

  /** The base in parentheses after the comparison's words (较上年（51.92万亩）增加0.44万亩). */
  @Test
  void aBaseInParentheses() {
    String area = "二、资金使用情况\n全县核定补贴面积52.36万亩，较上年（51.92万亩）增加%s万亩；每亩补贴标准105元。";
    assertThat(Check.findings(area.formatted("0.44"), "change.amount")).isEmpty();
    assertThat(Check.findings(area.formatted("0.54"), "change.amount")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("52.46万亩"));
  }

  /** A comparison after what was left of the spending (结余2.68万元，较上年的17.48万元减少1.56万元) is of the spending (“三公”经费). */
  @Test
  void aComparisonOfTheSpendingPastWhatWasLeftOfIt() {
    String sanGong = "（五）“三公”经费情况\n2024年“三公”经费预算18.60万元，实际支出15.92万元，为预算的85.59%%，结余2.68万元，"
        + "较上年的17.48万元减少%s万元，下降8.92%%。";
    assertThat(Check.findings(sanGong.formatted("1.56"), "change.amount")).isEmpty();
    assertThat(Check.findings(sanGong.formatted("1.66"), "change.amount")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("15.82万元"));
  }

  /** A move whose years are written in Chinese digits (由二〇二三年的95.30万元增加到二〇二四年的118.64万元) is read as with figures. */
  @Test
  void yearsInChineseDigits() {
    String income = "三、绩效目标完成情况\n六个村集体经营性收入合计由二〇二三年的%s万元增加到二〇二四年的118.64万元，较上年增加23.34万元，同比增长24.5%%。";
    assertThat(Check.findings(income.formatted("95.30"), "change.amount")).isEmpty();
    assertThat(Check.findings(income.formatted("96.30"), "change.amount")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("119.64万元"));
    String written = "三、绩效目标完成情况\n村集体收入由二零二三年的%s万元增至二零二四年的118.64万元，增加23.34万元。";
    assertThat(Check.findings(written.formatted("95.30"), "change.amount")).isEmpty();
    assertThat(Check.findings(written.formatted("96.30"), "change.amount")).hasSize(1);
    // the change in 元 for 万元: the base before the amount is no amount the change could be of
    String slip = "三、绩效目标完成情况\n村集体收入合计由2023年的95.30万元增加到2024年的118.64万元，较上年增加%s，同比增长24.5%%。";
    assertThat(Check.findings(slip.formatted("23.34万元"), "change.amount")).isEmpty();
    assertThat(Check.findings(slip.formatted("23.34元"), "change.amount")).hasSize(1);
  }
}
