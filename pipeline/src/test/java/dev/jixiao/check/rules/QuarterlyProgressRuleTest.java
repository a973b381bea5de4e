package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuarterlyProgressRuleTest {
  private static final String RULE = "progress.quarters";
  private static final String VILLAGES = "（三）资金使用\n截至2024年12月31日，累计支出1593.12万元，预算执行率94.74%%（按调整后预算计算）。\n"
      + "支出进度：第一季度%s万元；第二季度402.75万元，上半年累计%s万元，占调整后预算的35.03%%；第三季度468.20万元，前三季度累计1057.25万元，"
      + "占62.87%%；第四季度535.87万元。四个季度合计1593.12万元，一至四季度分别占全年支出的%s、25.28%%、29.39%%、33.64%%。";

  /** What the quarters add up to so far, and their shares of the year given in turn. */
  @Test
  void runningSumsAndSharesInTurn() {
    assertThat(Check.findings(VILLAGES.formatted("186.30", "589.05", "11.69%"), RULE)).isEmpty();
    assertThat(Check.findings(VILLAGES.formatted("186.30", "599.05", "11.69%"), RULE)).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("589.05万元");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("599.05万元", "186.30万元", "402.75万元");
    });
    assertThat(Check.findings(VILLAGES.formatted("186.30", "589.05", "12.69%"), RULE)).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("11.69%"));
    // the first quarter moved breaks every sum it is in, and its share
    assertThat(Check.findings(VILLAGES.formatted("196.30", "589.05", "11.69%"), RULE)).hasSize(4);
  }

  /** A share of the year's spending after each quarter, 占 alone after the first, and 累计 reaching the quarter before it. */
  @Test
  void sharesAfterEachQuarter() {
    String text = "（三）支出进度\n分季度看，一季度支出62.40万元，占全年支出的17.94%%；二季度支出91.75万元，占%s；上半年累计154.15万元，为预算的42.58%%；"
        + "三季度支出88.30万元，占25.38%%，前三季度累计242.45万元，为预算的66.98%%；四季度支出105.40万元，占30.30%%，全年累计347.85万元。";
    assertThat(Check.findings(text.formatted("26.38%"), RULE)).isEmpty();
    assertThat(Check.findings(text.formatted("27.38%"), RULE)).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("26.38%"));
    String paid = "（三）支出进度\n分季度看，一季度支付126.40万元，累计执行率12.12%%；二季度支付238.15万元，累计%s万元，执行率34.97%%。";
    assertThat(Check.findings(paid.formatted("364.55"), RULE)).isEmpty();
    assertThat(Check.findings(paid.formatted("374.55"), RULE)).hasSize(1);
  }

  /** The year's spending stated before the quarters it is split into. */
  @Test
  void theYearBeforeItsQuarters() {
    String text = "（三）资金支出\n按国库集中支付记录，全年支出%s元，分季度为：第一季度856,320.40元，第二季度2,947,615.80元，第三季度3,862,407.25元，"
        + "第四季度4,694,856.55元。";
    assertThat(Check.findings(text.formatted("12,361,200.00"), RULE)).isEmpty();
    assertThat(Check.findings(text.formatted("12,361,300.00"), RULE)).hasSize(1);
  }

  /** Planned amounts, a quarter named twice, a quarter alone, or a sum past a quarter not stated, and nothing is read. */
  @Test
  void whatTheWordsDoNotFix() {
    assertThat(Check.findings("（三）测算\n第一季度应发443,700.00元，第二季度应发462,600.00元，上半年累计906,000.00元。", RULE)).isEmpty();
    assertThat(Check.findings("（三）进度\n第三季度支出67.15万元，占全年的38.88%；第四季度支出32.49万元。", RULE)).isEmpty();
    assertThat(Check.findings("（三）进度\n第一季度支出20.00万元，第三季度支出30.00万元，前三季度累计90.00万元。", RULE)).isEmpty();
    assertThat(Check.findings("（三）进度\n甲项目第一季度支出20.00万元，第二季度支出30.00万元；乙项目第一季度支出10.00万元，第二季度支出5.00万元，累计99.00万元。", RULE))
        .isEmpty();
  }
}
