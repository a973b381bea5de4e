package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdjustmentRateRuleTest {
  /** What the year added, then its rate of the year-start budget stated in a sentence before. */
  @Test
  void theMoveOverTheYearStartBudget() {
    String text = "（二）资金来源与预算调整\n年初下达预算660.00万元，其中：中央资金420.00万元，省级资金180.00万元，县级资金60.00万元。\n"
        + "7月，上级追加中央应急防控资金95.50万元，县级追加配套资金24.50万元，共追加%s万元，比年初预算增加%s。";
    assertThat(Check.findings(text.formatted("120.00", "18.18%"), "adjustment.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("120.00", "19.18%"), "adjustment.rate")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("18.18%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("19.18%", "120.00万元", "660.00万元");
    });
    assertThat(Check.findings(text.formatted("130.00", "18.18%"), "adjustment.rate")).hasSize(1);
    // a cut netted with an addition, and the rate downwards
    String net = "（三）预算调整\n年初预算1,150.00万元。年度执行中追加省级资金60.00万元，调减县级资金90.00万元，追减相抵，全年预算净减少30.00万元，比年初预算下降%s。";
    assertThat(Check.findings(net.formatted("2.61%"), "adjustment.rate")).isEmpty();
    assertThat(Check.findings(net.formatted("3.61%"), "adjustment.rate")).hasSize(1);
  }

  /** The budget after the move, named 调整后 or 追加后, then its rate against the year-start budget. */
  @Test
  void theBudgetAfterOverTheYearStartBudget() {
    String text = "（二）预算安排及调整情况\n林长经费年初预算120.00万元，其中市级资金20.00万元、县级资金100.00万元。8月，省林业局下达督查激励资金12.00万元，"
        + "我局按程序追加预算，调整后预算为%s万元，较年初增加%s。";
    assertThat(Check.findings(text.formatted("132.00", "10.00%"), "adjustment.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("132.00", "11.00%"), "adjustment.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("10.00%"));
    assertThat(Check.findings(text.formatted("142.00", "10.00%"), "adjustment.rate")).hasSize(1);
    String added = "（四）资金来源及预算调整\n项目年初预算1,580.00万元。3月追加185.00万元，追加后全年预算为1,765.00万元，比年初增加%s。";
    assertThat(Check.findings(added.formatted("11.71%"), "adjustment.rate")).isEmpty();
    assertThat(Check.findings(added.formatted("12.71%"), "adjustment.rate")).hasSize(1);
    String named = "（一）预算安排和调整\n2023年年初预算1,286.50万元。年度执行中追加85.00万元，调减32.00万元，两项相抵净增加53.00万元，调整后预算为1,339.50万元，预算调整率%s。";
    assertThat(Check.findings(named.formatted("4.12%"), "adjustment.rate")).isEmpty();
    assertThat(Check.findings(named.formatted("5.12%"), "adjustment.rate")).hasSize(1);
  }

  /** A share of the year-start or adjusted budget in the clause right after the move (全年共追加36.50万元，占年初预算的4.33%). */
  @Test
  void aShareOfTheBudgetRightAfterTheMove() {
    String start = "（一）预算安排及调整\n2023年年初预算842.60万元，其中基本支出605.20万元、项目支出237.40万元。年度执行中追加基本支出12.00万元，"
        + "追加干部教育培训经费22.00万元、追加课题研究经费2.50万元，全年共追加%s万元，占年初预算的%s，调整后预算879.10万元。";
    assertThat(Check.findings(start.formatted("36.50", "4.33%"), "adjustment.rate")).isEmpty();
    assertThat(Check.findings(start.formatted("36.50", "5.33%"), "adjustment.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("4.33%"));
    String adjusted = "（二）预算调整\n农村公路建设资金年初预算3,869.00万元，调整后预算4,369.00万元。年中省交通运输厅追加补助资金500.00万元，占调整后预算的%s。";
    assertThat(Check.findings(adjusted.formatted("11.44%"), "adjustment.rate")).isEmpty();
    assertThat(Check.findings(adjusted.formatted("12.44%"), "adjustment.rate")).hasSize(1);
    // a share named for the move (追加额占年初预算的) is share.named's
    String named = "（一）预算\n年初预算480.00万元。年中追加县级资金36.00万元，追加额占年初预算的8.50%。";
    assertThat(Check.findings(named, "adjustment.rate")).isEmpty();
  }

  /** A move stated as a comparison (较年初增加36.00万元) is change.rate's; with no year-start budget before, nothing is read. */
  @Test
  void whatIsNotThisRules() {
    String compared = "（一）预算\n年初预算586.40万元。年中较年初增加36.00万元，预算调整率7.14%。";
    assertThat(Check.findings(compared, "adjustment.rate")).isEmpty();
    String noStart = "（一）预算\n年中共追加120.00万元，比年初预算增加19.18%。";
    assertThat(Check.findings(noStart, "adjustment.rate")).isEmpty();
    // the unit's adjustment and its rate, both in the totals, are total.share's: flagged once
    String totals = "（一）预算\n2024年年初预算1,000.00万元，年中追加预算100.00万元，预算调整率11.00%。";
    assertThat(Check.findings(totals, "total.share")).hasSize(1);
    assertThat(Check.findings(totals, "adjustment.rate")).isEmpty();
  }
}
