package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.record.Money;
import dev.jixiao.record.Severity;
import org.junit.jupiter.api.Test;

class TotalRateRuleTest {
  @Test
  void holdsWithinRounding() {
    assertThat(Check.findings("2024年我镇年度总预算为 37,497.28 万元，年度总支出为 35,616.40 万元，预算执行率为 94.98%。", "total.rate")).isEmpty();
  }

  @Test
  void failsBeyondRounding() {
    var f = Check.findings("2024年我镇年度总预算为 1,000.00 万元，年度总支出为 900.00 万元，预算执行率为 95.00%。", "total.rate");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.ERROR);
      assertThat(x.expected()).isEqualTo("90.00%");
    });
  }

  /**
   * What a fund's treasury pooled for it from every level (县财政统筹…专项资金共1,286.00万元) is its budget, stated before the spending
   * and the rate: they rest on it, though the budget is named again in a later section (专项资金总额为一千二百八十六万元).
   */
  @Test
  void theMoneyPooledForAFundIsItsBudget() {
    String fund = "云溪县2024年度困难群众临时救助专项资金绩效自评报告\n【摘要】2024年，县财政统筹中央、省、县三级困难群众临时救助专项资金共1,286.00万元，"
        + "全年实际支出%s，预算执行率97.54%%，年末结余31.63万元。\n三、资金投入和使用情况\n（一）资金来源。本年度专项资金总额为一千二百八十六万元。";
    assertThat(Check.findings(fund.formatted("1,254.37万元"), "total.rate")).isEmpty();
    assertThat(Check.findings(fund.formatted("2,254.37万元"), "total.rate")).singleElement()
        .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR));
  }

  /**
   * A project's report, its spending named 项目支出 with the rate its sentence states: that spending at that rate, though the rate is
   * stated again later (扣分说明), so that a spending that does not come to it is flagged, not left without a rate to check.
   */
  @Test
  void aProjectsSpendingAtTheRateItsSentenceStates() {
    String project = "石门镇2024年度村庄清洁行动项目绩效自评报告\n三、资金投入和使用情况\n项目年初预算280.00万元，年中追加35.00万元，调整后预算315.00万元。\n"
        + "截至2024年12月31日，项目支出%s，预算执行率97.28%%（按调整后预算计算），结余8.58万元。\n五、扣分说明\n预算执行率97.28%%，未达到100%%，扣0.5分。";
    assertThat(Check.findings(project.formatted("306.42万元"), "total.rate")).singleElement()
        .satisfies(x -> assertThat(x.severity()).as("held against the adjusted budget").isEqualTo(Severity.INFO));
    assertThat(Check.findings(project.formatted("406.42万元"), "total.rate")).singleElement()
        .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR));
  }

  /**
   * The rate rests on the spending stated before it, not on one restated in the conclusion after it that comes to the rate: a wrong
   * spending is flagged, not traded for its restatement.
   */
  @Test
  void aSpendingRestatedAfterTheRateIsNotItsBase() {
    String text = "二、资金投入和使用情况\n（一）资金预算。2023年两项补贴预算资金一百零五万元（1,050,000.00元）。\n（二）资金支出。以上两项补贴全年共发放"
        + "11,484人次，支出合计%s。\n全年预算执行率为97.51%%，结余资金26,160.00元。\n四、自评结论\n全年两项补贴支出合计1,023,840.00元，预算执行率为97.51%%。";
    assertThat(Check.findings(text.formatted("1,023,840.00元"), "total.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("2,023,840.00元"), "total.rate")).singleElement()
        .satisfies(x -> assertThat(x.stated()).isEqualTo("97.51%"));
  }

  /**
   * A department's rate after its spending, its income not named a budget, and its projects' 预算资金 in a later section: the
   * rate does not rest on a budget stated after it (it had been held to the projects' budget, 143.55%).
   */
  @Test
  void aBudgetStatedOnlyAfterTheRateIsNotItsBase() {
    String town = "某某镇人民政府2024年度部门整体支出绩效自评报告\n二、部门预算收支情况\n2024年度收入总计4,368.20万元。\n"
        + "2024年度支出总计4,215.36万元，预算执行率96.50%。\n四、项目支出绩效情况\n全年实施项目18个，预算资金2,936.50万元，实际支出2,828.84万元。";
    assertThat(Check.findings(town, "total.rate")).isEmpty();
    String before = "某某镇人民政府2024年度部门整体支出绩效自评报告\n二、预算情况\n2024年度部门预算收入4,000.00万元。\n"
        + "2024年度支出总计3,215.36万元，预算执行率96.50%。";
    assertThat(Check.findings(before, "total.rate")).as("a budget stated before").hasSize(1);
    String summary = "某某镇人民政府2024年度部门整体支出绩效自评报告\n一、总体情况\n2024年度预算执行率96.50%。\n二、预算情况\n"
        + "2024年度部门预算收入4,000.00万元，2024年度支出总计3,215.36万元。";
    assertThat(Check.findings(summary, "total.rate")).as("a summary's rate before both").hasSize(1);
  }

  /** Figures in Chinese numerals are held as exactly as ones in digits: the rate's written decimals set its rounding. */
  @Test
  void figuresInChineseNumerals() {
    String text = "二〇二四年我镇年度总预算为一百二十六万元，年度总支出为一百二十万零五千元，预算执行率为百分之%s。";
    assertThat(Check.findings(text.formatted("九十五点六三"), "total.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("九十八点六三"), "total.rate")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("95.64%", "百分之九十八点六三"));
  }

  @Test
  void aRateAgainstTheAdjustedBudgetIsANoteNotAnError() {
    var f = Check.findings("""
        2024年部门年初预算支出1000万元。部门决算支出900万元。
        2024年全年预算调整100万元。
        预算执行率81.82%。
        """, "total.rate");
    assertThat(f).singleElement().satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
    assertThat(Check.findings("2023年本单位预算总额1000.00万元，追加预算200.00万元，全年支出1100.00万元，预算执行率91.67%。", "total.rate"))
        .as("what the year added adjusts the budget").singleElement().satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
  }

  /** A rate over the money the year had to spend, with what the year before carried over (a weather bureau's): a note. */
  @Test
  void aRateAgainstTheFundsAvailableIsANoteNotAnError() {
    String bureau = "2023年年初预算612.50万元，追加预算86.30万元，调整后本年预算698.80万元。另有上年结转资金42.16万元。全年可用资金合计740.96万元。\n"
        + "2023年全年支出718.35万元，预算执行率%s。";
    assertThat(Check.findings(bureau.formatted("96.95%"), "total.rate")).singleElement()
        .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
    assertThat(Check.findings(bureau.formatted("94.95%"), "total.rate")).singleElement()
        .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR));
    // the same money named as the year's budget funds in all (全年预算资金合计, a women's federation's)
    String federation = "2023年年初预算386.50万元。调整后预算434.30万元，加上年结转6.38万元，全年预算资金合计440.68万元。\n"
        + "全年实际支出427.96万元，预算执行率%s（按全年预算资金含上年结转计算）。";
    assertThat(Check.findings(federation.formatted("97.11%"), "total.rate")).singleElement()
        .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
    assertThat(Check.findings(federation.formatted("96.11%"), "total.rate")).singleElement()
        .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR));
  }

  /** A report that states the adjusted budget itself (调整后预算, 调整预算后…预算) is measured against it alike. */
  @Test
  void aRateAgainstAStatedAdjustedBudgetIsANoteNotAnError() {
    var f = Check.findings("""
        2024年部门年初预算支出1000万元，调整后预算1100万元。部门决算支出900万元。
        预算执行率81.82%。
        """, "total.rate");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.INFO);
      assertThat(x.message()).contains("调整后预算（1100万元）");
      assertThat(x.evidence()).extracting(e -> e.quote()).contains("1100万元");
    });
    var wrong = Check.findings("""
        2024年部门年初预算支出1000万元，调整预算后项目预算1100万元。部门决算支出900万元。
        预算执行率85.00%。
        """, "total.rate");
    assertThat(wrong).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.ERROR);
      assertThat(x.message()).contains("按调整后预算（1100万元）约为81.82%，也不符");
    });
  }

  /**
   * A report on one project with its form: the prose's spending and rate are of the project's total
   * investment (6080.00 of 6400.00 is 95.00%), as in a report without the form.
   */
  @Test
  void aProjectsReportWithItsForm() {
    String page = """
        <html><body><h1>某县2024年度高标准农田建设项目支出绩效自评报告</h1>
        <p>一、项目概况</p><p>2024年全县建设高标准农田3.2万亩，项目总投资6400.00万元。</p>
        <p>二、资金使用情况</p><p>全年实际支出6080.00万元，预算执行率%s。</p>
        <table border="1">
        <tr><td>项目名称</td><td colspan="7">高标准农田建设项目</td></tr>
        <tr><td rowspan="2">项目资金（万元）</td><td></td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>
        <tr><td>年度资金总额</td><td>6400.00</td><td>6400.00</td><td>6080.00</td><td>10</td><td>95.00%%</td><td>9.5</td></tr>
        </table></body></html>
        """;
    assertThat(Check.findings("form.html", page.formatted("95.00%"), "total.rate")).isEmpty();
    assertThat(Check.findings("form.html", page.formatted("101.65%"), "total.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("95.00%"));
  }

  /** A budget adjusted to an amount (调整为) is the budget after adjustment, not an amount added to it. */
  @Test
  void aBudgetAdjustedToAnAmount() {
    String text = "二、预算执行情况\n年初预算4980.00万元，全年预算调整为5920.00万元，实际支出5736.18万元，预算执行率96.89%。";
    assertThat(Check.findings(text, "total.rate")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(dev.jixiao.record.Severity.INFO);
      assertThat(f.message()).contains("按调整后预算（5920.00万元）计算成立");
    });
  }

  /** A budget adjusted twice in one sentence (…调整为430.00万元；第二次…调整为415.00万元): the last is the adjusted budget. */
  @Test
  void adjustedInTurn() {
    String text = "年初预算400.00万元。年度执行中，预算共调整两次。第一次为6月，省级资金追加30.00万元，预算调整为430.00万元；第二次为10月，"
        + "县级配套资金调减15.00万元，预算调整为415.00万元。全年实际支出392.22万元，按调整后预算计算，预算执行率为%s。";
    assertThat(Check.report(text.formatted("94.51%")).totals().others().get("adjustedBudget"))
        .isInstanceOfSatisfying(Money.class, m -> assertThat(m.text()).isEqualTo("415.00万元"));
    assertThat(Check.findings(text.formatted("94.51%"), "total.rate")).noneMatch(f -> f.severity() == Severity.ERROR);
    assertThat(Check.findings(text.formatted("91.21%"), "total.rate")).anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** Two projects, then both summed up under their own heading ((三)两个项目汇总情况。): the report's rate is the summary's. */
  @Test
  void theProjectsSummedUp() {
    String text = """
        二、资金使用情况
        （一）城市公园管护项目。项目预算310.00万元，全年支出303.10万元，执行率97.77%。
        （二）道路绿地管护项目。调整后预算230.00万元，全年支出225.04万元，执行率97.84%。
        （三）两个项目汇总情况。综合以上两个项目，年初预算共520.00万元，调整后预算540.00万元，实际支出528.14万元，整体预算执行率97.80%。
        """;
    assertThat(Check.report(text).totals().executionRate().value()).isEqualByComparingTo("97.80");
    assertThat(Check.findings(text, "total.rate")).noneMatch(f -> f.severity() == Severity.ERROR);
  }
}
