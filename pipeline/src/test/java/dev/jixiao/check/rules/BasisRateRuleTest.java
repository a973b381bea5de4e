package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.record.Finding;
import dev.jixiao.record.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class BasisRateRuleTest {
  /** A basis before its rate, and a second rate on another basis in the parentheses after it. */
  @Test
  void aBasisBeforeItsRate() {
    String text = "一、预算安排\n年初预算560.00万元，追加44.30万元，调整后预算604.30万元。\n（五）资金执行\n全年实际支出589.86万元，按调整后预算%s万元计算，预算执行率为97.61%%（按年初预算560.00万元计算为%s%%）。";
    assertThat(Check.findings(text.formatted("604.30", "105.33"), "basis.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("614.30", "105.33"), "basis.rate")).singleElement().satisfies(f -> {
      assertThat(f.stated()).isEqualTo("97.61%");
      assertThat(f.expected()).isEqualTo("96.02%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("97.61%", "614.30万元", "589.86万元");
    });
    // the rate on the year-start budget, which no other rule reads
    assertThat(Check.findings(text.formatted("604.30", "106.33"), "basis.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("105.33%"));
    // 以…为基数, and a basis in parentheses before the rate's 为
    String base = "一、预算安排\n年初预算1,286.40万元，调整后预算1,464.10万元。\n（四）预算执行率\n年末实际支出1,421.37万元，以调整后预算%s万元为基数，整体预算执行率97.08%%，年末结余42.73万元。";
    assertThat(Check.findings(base.formatted("1,464.10"), "basis.rate")).isEmpty();
    assertThat(Check.findings(base.formatted("1,564.10"), "basis.rate")).hasSize(1);
    String inside = "一、预算安排\n年初预算400.00万元，调整后预算412.60万元。\n（三）资金使用\n项目实际支出4,037,512.80元（折合403.75万元），预算执行率（按调整后预算%s万元计算）为97.86%%。";
    assertThat(Check.findings(inside.formatted("412.60"), "basis.rate")).isEmpty();
    assertThat(Check.findings(inside.formatted("413.60"), "basis.rate")).hasSize(1);
  }

  /**
   * A basis named without its figure: the last amount before the rate named as that budget (按调整后预算计算执行率; 按年初预算计算为), not
   * a level's own (县级调整后预算).
   */
  @Test
  void aBasisNamedWithoutItsFigure() {
    String section = "二、预算安排情况\n2024年部门年初预算4,364.50万元，年中追加582.30万元，调整后预算4,946.80万元。\n三、预算执行情况\n（一）一般公共预算。年初预算2,864.50万元，年中追加262.30万元，调整后预算3,126.80万元；全年支出2,958.63万元，其中："
        + "基本支出1,236.48万元、项目支出1,722.15万元；按调整后预算计算执行率%s%%。\n（三）总体执行情况。全年支出合计4,198.49万元，部门预算总体执行率84.87%%。";
    assertThat(Check.findings(section.formatted("94.62"), "basis.rate")).isEmpty();
    assertThat(Check.findings(section.formatted("94.12"), "basis.rate")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("94.62%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("94.12%", "3,126.80万元", "2,958.63万元");
    });
    String second = "（四）综合文化站场馆维修改造项目。年初预算35.00万元，9月追加3.00万元，调整后预算38.00万元。全年支出36.86万元，"
        + "按调整后预算计算执行率97.00%%（按年初预算计算为%s%%），结余1.14万元。";
    assertThat(Check.findings(second.formatted("105.31"), "basis.rate")).isEmpty();
    assertThat(Check.findings(second.formatted("105.91"), "basis.rate")).singleElement()
        .satisfies(f -> assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("105.91%", "35.00万元", "36.86万元"));
    String aside = "二、预算安排情况\n2024年部门年初预算4,364.50万元，年中追加582.30万元，调整后预算4,946.80万元。\n三、预算执行情况\n（二）政府性基金预算。"
        + "年初预算1,500.00万元，年中追加320.00万元，调整后预算1,820.00万元；全年支出1,239.86万元，主要用于市政道路维护；执行率%s%%（按调整后预算"
        + "计算；若按年初预算计算为%s%%）。\n（三）总体执行情况。全年支出合计4,198.49万元，部门预算总体执行率84.87%%。";
    assertThat(Check.findings(aside.formatted("68.12", "82.66"), "basis.rate")).isEmpty();
    assertThat(Check.findings(aside.formatted("68.72", "82.66"), "basis.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("68.12%"));
    assertThat(Check.findings(aside.formatted("68.12", "82.06"), "basis.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("82.66%"));
    String level = "年中县级资金调减3.00万元，调整后预算183.40万元。\n实际支出181.26万元；结余2.14万元，均为县级资金（县级调整后预算15.64万元）。预算执行率按调整后预算计算为%s%%。";
    assertThat(Check.findings(level.formatted("98.83"), "basis.rate")).isEmpty();
  }

  /** A basis in the parentheses right after its rate, then another basis and its rate. */
  @Test
  void aBasisInTheRatesParentheses() {
    String text = "（三）资金使用\n截至2023年12月31日，项目实际支出1,253.78万元，预算执行率97.46%%（按调整后预算%s万元计算；若按年初预算%s万元计算则为104.48%%），结余32.62万元。";
    assertThat(Check.findings(text.formatted("1,286.40", "1,200.00"), "basis.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("1,296.40", "1,200.00"), "basis.rate")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("97.46%"));
    assertThat(Check.findings(text.formatted("1,286.40", "1,210.00"), "basis.rate")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("104.48%"));
  }

  /**
   * A sentence that opens with the basis: the spending of the sentence before, or, where that one states none, the unit's (从支出结构看…
   * 人均人员经费20.47万元 is no spending the rate is of).
   */
  @Test
  void aSentenceThatOpensWithTheBasis() {
    String before = "（三）资金执行\n全年实际支出116.75万元，占全县公共卫生支出的2.23%%。以调整后预算%s万元计，预算执行率92.66%%；以年初预算120.00万元计，执行率为%s%%。";
    assertThat(Check.findings(before.formatted("126.00", "97.29"), "basis.rate")).isEmpty();
    assertThat(Check.findings(before.formatted("127.00", "97.29"), "basis.rate")).hasSize(1);
    assertThat(Check.findings(before.formatted("126.00", "97.39"), "basis.rate")).hasSize(1);
    String unit = "一、部门预算\n调整后全年预算为2,275.20万元。\n二、支出情况\n2024年全年实际支出21,932,400.00元（2,193.24万元）。从支出结构看，在职人员人均人员经费20.47万元。"
        + "\n三、预算执行率\n以调整后预算%s万元为基数，全年预算执行率96.40%%。";
    assertThat(Check.findings(unit.formatted("2,275.20"), "basis.rate")).isEmpty();
    assertThat(Check.findings(unit.formatted("2,285.20"), "basis.rate")).singleElement()
        .satisfies(f -> assertThat(f.evidence()).extracting(e -> e.quote()).contains("21,932,400.00元"));
  }

  /** A basis before a colon stands for every rate of its sentence; one stated as 以上…均按 for every rate of the sentence before. */
  @Test
  void aBasisForAPassage() {
    String colon = "（四）分季度支出进度\n按调整后预算%s万元口径计算：一季度末累计支出96.00万元，支出进度9.60%%，低于25%%的序时要求；二季度当季支出256.80万元（占预算25.68%%），"
        + "季末累计352.80万元，累计进度%s%%。";
    assertThat(Check.findings(colon.formatted("1000.00", "35.28"), "basis.rate")).isEmpty();
    assertThat(Check.findings(colon.formatted("1000.00", "35.82"), "basis.rate")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("35.28%"));
    assertThat(Check.findings(colon.formatted("1100.00", "35.28"), "basis.rate")).hasSize(3);
    String above = "（四）支出进度\n一季度末累计支出62.40万元，支出进度10.49%%；二季度支出169.35万元（当季进度%s%%），上半年累计231.75万元，进度38.95%%。以上进度均按调整后预算595.00万元计算。";
    assertThat(Check.findings(above.formatted("28.46"), "basis.rate")).isEmpty();
    assertThat(Check.findings(above.formatted("28.64"), "basis.rate")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("28.64%"));
  }

  /** The unit's rate wrong is total.rate's finding alone, and spending.rate leaves a rate with its basis named to this rule. */
  @Test
  void oneWrongFigureIsFlaggedOnce() {
    String text = "一、基本情况\n年初预算1,200.00万元，调整后预算1,286.40万元。\n二、资金使用情况\n截至2023年12月31日，项目实际支出1,253.78万元，"
        + "预算执行率%s%%（按调整后预算%s万元计算）。";
    List<Finding> rateWrong = Check.report(text.formatted("97.56", "1,286.40")).findings().stream()
        .filter(f -> f.severity() == Severity.ERROR).toList();
    assertThat(rateWrong).extracting(Finding::rule).containsExactly("total.rate");
    List<Finding> basisWrong = Check.report(text.formatted("97.46", "1,296.40")).findings().stream()
        .filter(f -> f.severity() == Severity.ERROR).toList();
    assertThat(basisWrong).extracting(Finding::rule).containsExactly("basis.rate");
  }

  /** What names no budget as its basis with its figure is not read. */
  @Test
  void whatIsNoBasis() {
    // a price reckoned on, not a budget
    assertThat(Check.findings("（三）资金使用\n全年支出80.00万元，按中标价90.00万元计算，节约率11.11%。", "basis.rate")).isEmpty();
    assertThat(Check.findings("（三）资金使用\n全年支出80.00万元，按中标价90.00万元计算，节约率21.11%。", "basis.rate")).isEmpty();
    // a budget with no 计算 after it is a budget stated, no basis named
    assertThat(Check.findings("（三）资金使用\n全年支出80.00万元，按预算90.00万元拨付到位，到位率100%。", "basis.rate")).isEmpty();
  }
}
