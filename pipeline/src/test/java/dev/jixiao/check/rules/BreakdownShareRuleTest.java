package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BreakdownShareRuleTest {
  /** A unit's published final accounts: each part's share of the year's spending, to the hundredth of a per cent. */
  private static final String SPENDING = "2022年本年支出合计4143.91万元,其中:基本支出1140.27万元,占%s;项目支出3003.64万元,占72.48%%;"
      + "上缴上级支出0万元,占0%%;经营支出0万元,占0%%。";

  @Test
  void eachPartsShareOfItsTotal() {
    assertThat(Check.findings(SPENDING.formatted("27.52%"), "breakdown.share")).isEmpty();
    assertThat(Check.findings(SPENDING.formatted("26.52%"), "breakdown.share")).singleElement().satisfies(f -> {
      assertThat(f.stated()).isEqualTo("26.52%");
      assertThat(f.expected()).isEqualTo("27.52%");
      assertThat(f.subject()).isEqualTo("基本支出");
      assertThat(f.message()).contains("1140.27万元", "4143.91万元", "26.52%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("26.52%", "1140.27万元", "4143.91万元");
    });
  }

  /** A share after an aside in parentheses on its part (a county's farmland works: 省级财政资金1,416.00万元（亩均600元），占20%). */
  @Test
  void aSharePastAnAsideOnItsPart() {
    String sources = "（一）资金来源。总投资7,080.00万元。按来源分：中央财政资金4,720.00万元（亩均2,000元），占66.67%%；"
        + "省级财政资金1,416.00万元（亩均600元），占%s；县级财政资金944.00万元（亩均400元），占13.33%%。";
    assertThat(Check.findings(sources.formatted("20%"), "breakdown.share")).isEmpty();
    assertThat(Check.findings(sources.formatted("23%"), "breakdown.share")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("20.00%"));
  }

  /** 27.5% stands for 27.45% to 27.55%: 1140.27 ÷ 4143.91 (27.517%) is within it, 28% (27.5% to 28.5%) too. */
  @Test
  void aShareWrittenWithFewerDecimalsIsRoundedAsWritten() {
    assertThat(Check.findings(SPENDING.formatted("27.5%"), "breakdown.share")).isEmpty();
    assertThat(Check.findings(SPENDING.formatted("28%"), "breakdown.share")).isEmpty();
    assertThat(Check.findings(SPENDING.formatted("29%"), "breakdown.share")).hasSize(1);
  }

  /** A share that names what it is of may be of something else; one after a figure that is no part has no total to be of. */
  @Test
  void sharesOfSomethingElseAreLeftAlone() {
    assertThat(Check.findings(SPENDING.formatted("26.52%").replace("占26.52%", "占年初预算的26.52%"), "breakdown.share")).isEmpty();
    assertThat(Check.findings("基本支出1140.27万元,占26.52%。", "breakdown.share")).isEmpty();
    assertThat(Check.findings("支出合计0万元,其中:基本支出0万元,占0%;项目支出0万元,占0%。", "breakdown.share")).isEmpty();
    assertThat(Check.findings("基本支出1684.25万元，其中人员经费1426.83万元，占总支出的40.74%；公用经费257.42万元，占总支出的7.35%。",
        "breakdown.share")).as("of the year's spending, not of the 基本支出 they are parts of").isEmpty();
  }

  /** A share naming the total's own measure as a whole (占总支出的 of the year's 实际支出) is of that total. */
  @Test
  void aShareNamingItsTotal() {
    String spending = "2024年度实际支出3502.16万元，预算执行率为96.51%%。其中基本支出1684.25万元，占总支出的%s；"
        + "项目支出1817.91万元，占支出总额的51.91%%。";
    assertThat(Check.findings(spending.formatted("48.09%"), "breakdown.share")).isEmpty();
    assertThat(Check.findings(spending.formatted("47.09%"), "breakdown.share")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("48.09%"));
    assertThat(Check.findings(spending.formatted("48.09%").replace("51.91%", "50.91%"), "breakdown.share")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("50.91%"));
  }

  /**
   * Shares bare in parentheses after their parts, which the next sentence lists under an amount its
   * sentence states beside a rate per head and a count of people (a county's public health funds).
   */
  @Test
  void sharesInParenthesesAfterTheParts() {
    String funds = "一、项目基本情况\n人均补助标准为89元，按常住人口52.36万人测算，应安排资金4660.04万元。"
        + "其中中央资金3728.03万元（%s），省级资金466.00万元（10%%），县级资金466.01万元（10%%）。";
    assertThat(Check.findings(funds.formatted("80%"), "breakdown.share")).isEmpty();
    assertThat(Check.findings(funds.formatted("86%"), "breakdown.share")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("80.00%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("86%", "3728.03万元", "4660.04万元");
    });
    assertThat(Check.findings(funds.formatted("80%").replace("3728.03", "3988.99"), "breakdown.sum")).hasSize(1);
  }

  /** A share past a comma after the last of parts enumerated with 、 is of the whole they break down, not of that part. */
  @Test
  void aShareAfterAnEnumerationIsOfItsWhole() {
    String source = "（2）省级资金：支出1,117.79万元，其中省级增发基础养老金927.41万元、承担缴费补贴190.38万元，占全部支出的12.98%；预算1,120.00万元。";
    assertThat(Check.findings(source, "breakdown.share")).isEmpty();
    String each = "（2）省级资金：支出1,117.79万元，其中省级增发基础养老金927.41万元，占82.97%%；承担缴费补贴190.38万元，占%s。";
    assertThat(Check.findings(each.formatted("17.03%"), "breakdown.share")).isEmpty();
    assertThat(Check.findings(each.formatted("12.98%"), "breakdown.share")).as("each part's own share").singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("17.03%"));
  }

  /**
   * A share past the close of the aside a part is in (…（其中提前下达3,420.00万元、第二批66.50万元），占98.49%) is not the part's in it but
   * the one's the aside is about, however long the aside (a county's grain subsidy, a mediation fund's 含年初安排…和年中追加…).
   */
  @Test
  void aSharePastTheAsideIsNotThePartsInIt() {
    String text = "调整后预算为3,540.00万元。按来源分，中央财政资金合计3,486.50万元（其中提前下达3,420.00万元、第二批66.50万元），占%s；"
        + "上年结转资金53.50万元，占1.51%%。";
    assertThat(Check.findings(text.formatted("98.49%"), "breakdown.share")).isEmpty();
    assertThat(Check.findings(text.formatted("98.59%"), "breakdown.share")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("98.49%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("98.59%", "3,486.50万元", "3,540.00万元");
    });
    String fund = "调整后预算216.00万元。按资金来源分：省级补助资金120.00万元，占55.56%%；县级财政资金96.00万元（含年初安排60.00万元和年中追加"
        + "36.00万元），占%s。";
    assertThat(Check.findings(fund.formatted("44.44%"), "breakdown.share")).isEmpty();
    assertThat(Check.findings(fund.formatted("44.54%"), "breakdown.share")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("44.44%"));
    assertThat(Check.findings(fund.replace("），占", "），其余占").formatted("44.54%"), "breakdown.share")).as("another's share").isEmpty();
  }

  /**
   * A total written in characters and again in figures in brackets (调整后预算为一千一百二十万元（1,120.00万元）) is known to the 分: a
   * share off in its last digit is flagged, which the characters alone, known to the 万元, leave open (a county's awards to small firms).
   */
  @Test
  void aTotalRestatedInFigures() {
    String funds = "一、资金来源\n调整后预算为一千一百二十万元（1,120.00万元），其中省级资金460.00万元，占%s；市级资金250.00万元，占22.32%%；"
        + "县级资金410.00万元，占36.61%%。";
    assertThat(Check.findings(funds.formatted("41.07%"), "breakdown.share")).isEmpty();
    assertThat(Check.findings(funds.formatted("41.08%"), "breakdown.share")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("41.08%"));
  }

  /**
   * A share of the budget by its name (占预算的, 占年初预算的) after a part of a budget first stated so is that budget's (a hospital's
   * equipment, an elderly university's running costs); of a budget the year adjusted it may be the first one's, and is left alone.
   */
  @Test
  void aShareNamingTheBudgetThePartIsOf() {
    String equipment = "项目总预算人民币860.00万元，其中：县级财政专项资金人民币600.00万元，占预算的%s；医院自有资金人民币260.00万元，占预算的30.23%%。";
    assertThat(Check.findings(equipment.formatted("69.77%"), "breakdown.share")).isEmpty();
    assertThat(Check.findings(equipment.formatted("69.87%"), "breakdown.share")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("69.77%"));
    String university = "2024年运行经费年初预算1,850,000.00元，其中：县级财政资金1,530,000.00元，占年初预算的%s；市级补助资金200,000.00元，"
        + "占10.81%%；省级专项资金120,000.00元，占6.49%%。";
    assertThat(Check.findings(university.formatted("82.70%"), "breakdown.share")).isEmpty();
    assertThat(Check.findings(university.formatted("82.80%"), "breakdown.share")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("82.70%"));
    assertThat(Check.findings(university.replace("年初预算1,850,000.00元", "调整后预算1,850,000.00元").formatted("82.80%"), "breakdown.share"))
        .as("a budget adjusted").isEmpty();
  }

  /** A share of all that was spent (占总支出的) after a part of the project's spending stated so (项目累计支出) is of it (a cold store). */
  @Test
  void aShareOfAllThatWasSpent() {
    String store = "截至2023年12月31日，项目累计支出920.27万元，预算执行率95.86%%。其中经营主体补助598.60万元，占总支出的%s；集配中心建设321.67万元，占34.95%%。";
    assertThat(Check.findings(store.formatted("65.05%"), "breakdown.share")).isEmpty();
    assertThat(Check.findings(store.formatted("66.05%"), "breakdown.share")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("65.05%"));
    assertThat(Check.findings(store.replace("项目累计支出", "基本支出").formatted("66.05%"), "breakdown.share")).as("a part's spending")
        .isEmpty();
  }

  /**
   * A share after a clause on how its part was reckoned (a county's dangerous bridges, small reservoirs' upkeep): the clause's
   * figures are the working, the share the part's.
   */
  @Test
  void aSharePastTheBasisOfItsPart() {
    String bridges = "2023年项目预算680.00万元。预算资金中，省级交通专项补助资金450.00万元，按每延米1.5万元、改造延米300米核定，占%s；"
        + "县级财政配套资金230.00万元，占33.82%%。";
    assertThat(Check.findings(bridges.formatted("66.18%"), "breakdown.share")).isEmpty();
    assertThat(Check.findings(bridges.formatted("66.28%"), "breakdown.share")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("66.18%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("66.28%", "450.00万元", "680.00万元");
    });
    String reservoirs = "项目总经费160.00万元。其中：中央水利发展资金102.00万元，按小(1)型水库每座12万元、小(2)型水库每座6万元的标准测算（12万元×4座＋"
        + "6万元×9座），占%s；省级补助资金18.00万元，占11.25%%；县级配套资金40.00万元，占25.00%%。";
    assertThat(Check.findings(reservoirs.formatted("63.75%"), "breakdown.share")).isEmpty();
    assertThat(Check.findings(reservoirs.formatted("63.85%"), "breakdown.share")).hasSize(1);
    assertThat(Check.findings(bridges.replace("核定，占", "核定，其余占").formatted("66.28%"), "breakdown.share")).isEmpty();
  }
}
