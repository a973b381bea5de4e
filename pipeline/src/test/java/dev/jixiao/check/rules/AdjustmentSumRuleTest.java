package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdjustmentSumRuleTest {
  /** A project's budget, its addition and the budget after, in one sentence: the first plus the addition. */
  @Test
  void aBudgetItsAdditionAndTheBudgetAfter() {
    String project = "二、各项目实施情况\n（一）高原蔬菜产业园建设项目\n该项目年初预算1,580.00万元，9月调增48.00万元，调整后预算%s万元，比年初增加3.04%%。";
    assertThat(Check.findings(project.formatted("1,628.00"), "adjustment.sum")).isEmpty();
    assertThat(Check.findings(project.formatted("1,638.00"), "adjustment.sum")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("1628.00万元");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("1,638.00万元", "1,580.00万元", "48.00万元");
    });
    // the addition's reason between the budget and the amount added, which the totals do not take as the adjustment
    String reason = "（一）预算安排。2023年年初预算180.00万元，年中因开展“清源断流”专项行动追加%s万元，调整后预算204.00万元。";
    assertThat(Check.findings(reason.formatted("24.00"), "adjustment.sum")).isEmpty();
    assertThat(Check.findings(reason.formatted("25.00"), "adjustment.sum")).hasSize(1);
    // the budget after right after the addition
    String rightAfter = "三、项目资金\n指挥通信系统升级项目年初预算63.00万元，追加45.00万元后为%s万元。";
    assertThat(Check.findings(rightAfter.formatted("108.00"), "adjustment.sum")).isEmpty();
    assertThat(Check.findings(rightAfter.formatted("118.00"), "adjustment.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("108.00万元"));
  }

  /**
   * The budget first stated closing the sentence before the adjustments', with its parts after it (a county's census: 156.00 less 12.00;
   * its farm bureau: 10,318.58 plus 1,286.50 less 214.30).
   */
  @Test
  void theBudgetInTheSentenceBefore() {
    String census = "（二）预算调整\n项目年初预算156.00万元。年中，市普查办统一开展数据集中处理，经县财政局审核同意调减预算%s万元，调整后预算144.00万元，"
        + "其中：中央和省级普查补助经费48.00万元、市级补助经费24.00万元、县级财政安排72.00万元。";
    assertThat(Check.findings(census.formatted("12.00"), "adjustment.sum")).isEmpty();
    assertThat(Check.findings(census.formatted("13.00"), "adjustment.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("143.00万元"));
    String towns = "（二）资金\n强镇项目财政资金年初预算1,260.00万元，其中中央财政奖补资金1,000.00万元，县级配套资金200.00万元，镇级自筹资金60.00万元。"
        + "2023年6月，为满足检测中心设备采购需要，县政府追加县级配套资金%s万元，调整后预算为1,300.00万元。";
    assertThat(Check.findings(towns.formatted("40.00"), "adjustment.sum")).isEmpty();
    assertThat(Check.findings(towns.formatted("41.00"), "adjustment.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("1301.00万元"));
    // two sentences before, or another amount in the sentence before: the budget is not said to be the one adjusted
    assertThat(Check.findings(census.formatted("13.00").replace("156.00万元。", "156.00万元。资金已到位。"), "adjustment.sum")).isEmpty();
    assertThat(Check.findings(census.formatted("13.00").replace("156.00万元。", "156.00万元，上年支出150.00万元。"), "adjustment.sum")).isEmpty();
  }

  /**
   * The totals took the addition from where a later section restates it: balance holds that one, and the sentence's own addition is
   * read here (a county's teacher training: 160.00 plus 13.88 is 173.88).
   */
  @Test
  void theAdditionTheTotalsTookFromElsewhere() {
    String training = "（二）资金\n项目年初预算160.00万元，9月根据省级下达的省培名额调整情况追加%s万元，调整后预算为173.88万元。\n"
        + "五、扣分说明\n1.过程指标扣2分。年中追加预算13.88万元，年初预算编制不够精准，扣1分。";
    assertThat(Check.findings(training.formatted("13.88"), "adjustment.sum")).isEmpty();
    assertThat(Check.findings(training.formatted("14.88"), "adjustment.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("174.88万元"));
    // all the additions summed after them is no addition of its own (共追加252.65万元)
    String office = "（三）预算收支情况\n2023年年初预算2,365.80万元，年度执行中因应急值守系统升级追加120.00万元、12345热线坐席扩容追加85.00万元、"
        + "其他临时性工作追加47.65万元，共追加252.65万元，调整后预算2,618.45万元。\n五、扣分说明\n年中追加预算252.65万元，扣1分。";
    assertThat(Check.findings(office, "adjustment.sum")).isEmpty();
  }

  /** Additions and cuts: the budget plus the one, less the other; a part of an addition in parentheses is passed by. */
  @Test
  void additionsAndCuts() {
    String both = "一、部门预算\n部门年初预算20,000.00万元，追加预算922.40万元，调整后预算20,922.40万元。\n二、救助项目\n项目年初预算%s万元，年中因上级提高救助补助标准追加1,128.60万元（其中中央资金900.00万元），因部分基建项目调整调减206.20万元，"
        + "调整后预算14,887.60万元。";
    assertThat(Check.findings(both.formatted("13,965.20"), "adjustment.sum")).isEmpty();
    assertThat(Check.findings(both.formatted("13,865.20"), "adjustment.sum")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("14787.60万元");
      assertThat(f.message()).contains("加追加1,128.60万元减调减206.20万元");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("14,887.60万元", "13,865.20万元", "1,128.60万元", "206.20万元");
    });
    String cut = "二、预算调整\n项目年初预算980.00万元，年中根据施工图预算评审结果调减%s万元（调减幅度3.57%%），调整后预算945.00万元。";
    assertThat(Check.findings(cut.formatted("35.00"), "adjustment.sum")).isEmpty();
    assertThat(Check.findings(cut.formatted("53.00"), "adjustment.sum")).hasSize(1);
  }

  /** What the words do not make a budget, its adjustments and the budget after is not read. */
  @Test
  void whatIsNoAdjustedBudget() {
    // another amount between: the sentence is of something else too
    String between = "二、预算调整\n年初预算180.00万元，其中县级资金120.00万元，追加24.00万元，调整后预算214.00万元。";
    assertThat(Check.findings(between, "adjustment.sum")).isEmpty();
    // a part of the budget at the year's start, not the budget (年初预算中…县级资金69.40万元)
    String ofAPart = "二、预算调整\n年初预算中中央补助资金12.00万元、县级资金69.40万元；追加8.32万元，调整后预算95.00万元。";
    assertThat(Check.findings(ofAPart, "adjustment.sum")).isEmpty();
    // a net change of several adjustments is no one adjustment
    String net = "二、预算调整\n年初预算500.00万元，追加与调减相抵后净追加30.00万元，调整后预算540.00万元。";
    assertThat(Check.findings(net, "adjustment.sum")).isEmpty();
    // no adjustment stated
    String none = "二、预算调整\n年初预算500.00万元，调整后预算540.00万元。";
    assertThat(Check.findings(none, "adjustment.sum")).isEmpty();
  }

  /** The unit's budget, adjustment and budget after that its totals hold are balance's, flagged once. */
  @Test
  void theTotalsAreBalances() {
    String unit = "一、部门预算\n2024年年初预算1,865.30万元，年中追加预算412.70万元，调整后预算2,288.00万元。全年支出2,100.00万元。";
    assertThat(Check.findings(unit, "balance")).hasSize(1);
    assertThat(Check.findings(unit, "adjustment.sum")).isEmpty();
  }
}
