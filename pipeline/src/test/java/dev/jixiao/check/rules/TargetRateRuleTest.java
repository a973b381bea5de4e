package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.record.Evidence;
import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TargetRateRuleTest {
  private static final String TARGETS = "二、绩效目标\n年度绩效目标为：新扩种中药材8,000亩以上，其中重楼500亩；建设标准化示范基地10个；开展技术培训2,000人次；"
      + "中药材综合产值达到1.7亿元。\n三、绩效目标完成情况\n";

  @Test
  void ratesTheTargetsBearOut() {
    String text = TARGETS + "全年新扩种中药材8,110亩，完成目标值的101.38%。其中重楼新扩种460亩，完成目标值的92.00%。\n"
        + "建成标准化示范基地12个，完成率120.00%。\n举办技术培训40期，培训2,460人次，期均61.5人次，完成目标值的123.00%。\n"
        + "全县中药材综合产值1.86亿元，为年度目标的109.41%。";
    assertThat(Check.findings(text, "target.rate")).isEmpty();
  }

  /** 15 bases built of the 10 set is 150%, not the stated 120%. */
  @Test
  void aRateTheTargetDoesNotGive() {
    String text = TARGETS + "建成标准化示范基地15个，完成目标值的120.00%。";
    assertThat(Check.findings(text, "target.rate")).singleElement().satisfies(f -> {
      assertThat(f.message()).startsWith("“建成标准化示范基地”完成15个，年度目标10个，完成率应约为150.00%，报告写的是120.00%。");
      assertThat(f.stated()).isEqualTo("120.00%");
      assertThat(f.expected()).isEqualTo("150.00%");
      assertThat(f.evidence()).extracting(Evidence::quote).containsExactly("120.00%", "15个", "10个");
    });
    // the target is as set, what was achieved within its rounding: 1.86亿元 of 1.7亿元 is 109.12% to 109.71%
    assertThat(Check.findings(TARGETS + "全县中药材综合产值1.86亿元，为年度目标的109.90%。", "target.rate")).hasSize(1);
  }

  /**
   * Two rates in one clause, each after its own count (举办技术培训36期，完成率120%，培训2,150人次，完成率107.5%): the second is not of the
   * first's count, though its own names no target.
   */
  @Test
  void eachRateOfTheCountsAfterTheRateBefore() {
    String targets = "二、绩效目标\n举办技术培训30期。\n三、绩效目标完成情况\n";
    assertThat(Check.findings(targets + "举办技术培训36期，完成率120%，培训2,150人次，完成率107.5%。", "target.rate")).isEmpty();
    assertThat(Check.findings(targets + "举办技术培训36期，完成率110%，培训2,150人次，完成率107.5%。", "target.rate")).singleElement()
        .satisfies(f -> assertThat(f.evidence()).extracting(Evidence::quote).containsExactly("110%", "36期", "30期"));
  }

  /**
   * A rate of two counts of its clause (申报3项，入选2项), a plan stated in the clause (plan.rate's), work no target
   * names, and a target that is a ceiling are none of this rule's.
   */
  @Test
  void whatIsLetPass() {
    String targets = "二、绩效目标\n申报省级非遗项目3项；新建文化广场6个；人均成本控制在50元以内。\n三、绩效目标完成情况\n";
    assertThat(Check.findings(targets + "全年申报省级非遗项目3项，入选2项，完成率66.67%。", "target.rate")).isEmpty();
    assertThat(Check.findings(targets + "新建文化广场，计划8个，实际建成6个，完成率75%。", "target.rate")).isEmpty();
    assertThat(Check.findings(targets + "维修村级活动室6个，完成率80%。", "target.rate")).isEmpty();
    assertThat(Check.findings(targets + "人均成本45元，完成率90%。", "target.rate")).isEmpty();
  }

  /** Random work against a random target never flags at its own rate; the work moved by a tenth or more always does. */
  @Property(tries = 200)
  void aRateHeldToItsTarget(@ForAll @IntRange(min = 10, max = 5000) int target, @ForAll @IntRange(min = 50, max = 150) int percent,
      @ForAll @IntRange(min = 10, max = 40) int moved) {
    int done = Math.max(1, target * percent / 100);
    String text = "二、绩效目标\n全年新建村级服务站%d个。\n三、绩效目标完成情况\n全年新建村级服务站%d个，完成率%s%%。";
    String rate = BigDecimal.valueOf(done * 100L).divide(BigDecimal.valueOf(target), 2, RoundingMode.HALF_UP).toPlainString();
    assertThat(Check.findings(text.formatted(target, done, rate), "target.rate")).isEmpty();
    int other = done + Math.max(1, done * moved / 100);
    assertThat(Check.findings(text.formatted(target, other, rate), "target.rate")).hasSize(1);
  }

  /** A list's whole (合计26个) names no work: it may be of any target of its measure, where its parts are of none. */
  @Test
  void aListsWholeOfAnyTarget() {
    String text = "二、绩效目标\n学员新领办、创办农民合作社和家庭农场不少于20个。\n三、绩效目标完成情况\n学员新领办、创办农民合作社9个、家庭农场17个，"
        + "合计%s个，完成目标值的130.00%%。";
    assertThat(Check.findings(text.formatted("26"), "target.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("25"), "target.rate")).hasSize(1);
  }

  /** The level at the year's end (年末6台) names no work either: the rate after it may be of any target of its measure. */
  @Test
  void theYearsEndLevelOfAnyTarget() {
    String text = "二、绩效目标\n年末储备排涝泵不少于6台。\n三、绩效目标完成情况\n年初库存排涝泵2台，新购大流量移动排涝泵4台，年末%s台，完成率100%%。";
    assertThat(Check.findings(text.formatted("6"), "target.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("5"), "target.rate")).hasSize(1);
  }

  /** A target named by its measure word (提取额) is of the deed named without it (全年提取住房公积金). */
  @Test
  void aTargetNamedByItsMeasureWord() {
    String text = "二、绩效目标\n住房公积金归集额不低于9.20亿元；提取额不低于6.50亿元。\n三、完成情况\n全年提取住房公积金%s亿元，完成率103.23%%。";
    assertThat(Check.findings(text.formatted("6.71"), "target.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("6.91"), "target.rate")).hasSize(1);
  }

  /**
   * A rate after a sum and an average per unit (合计增收75.60万元，平均每村增收4.20万元，为目标值的84.00%), against the target named for
   * the sum's work (村集体经济增收不低于5.00万元): the average gives it.
   */
  @Test
  void aRateOfTheAverageAgainstTheTargetNamedForTheSum() {
    String text = "二、绩效目标\n奖补村村集体经济增收不低于5.00万元。\n三、完成情况\n18个奖补村村集体经济合计增收75.60万元，平均每村增收%s万元，"
        + "为目标值的84.00%%。";
    assertThat(Check.findings(text.formatted("4.20"), "target.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("4.40"), "target.rate")).hasSize(1);
  }

  /** A count of what was not done (新建代表联络站2个未能开工，完成率87.50%) is not what the rate says was done. */
  @Test
  void whatWasNotDone() {
    String text = "三、绩效目标\n年度目标：新建代表联络站3个。\n五、扣分说明\n产出指标扣2分。其中：新建代表联络站2个未能开工，完成率87.50%，扣2分。";
    assertThat(Check.findings(text, "target.rate")).isEmpty();
  }

  /** A rate of all of a count, the clause between saying all did (4个地块超过筛选值，均开展了详细调查，完成率100.00%), is the count's own. */
  @Test
  void aRateOfAllTheCountBeforeItDid() {
    String text = "三、绩效目标\n完成疑似污染地块初步调查不少于15个。\n四、指标完成情况\n（二）超筛选值地块详细调查率。初步调查中4个地块超过筛选值，%s"
        + "开展了详细调查，完成率100.00%%。";
    assertThat(Check.findings(text.formatted("均"), "target.rate")).isEmpty();
    assertThat(Check.findings(text.formatted("已"), "target.rate")).as("no word that all did").hasSize(1);
  }
}
