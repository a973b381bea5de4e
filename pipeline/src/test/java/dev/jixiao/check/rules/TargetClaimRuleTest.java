package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.record.Evidence;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TargetClaimRuleTest {

  @Test
  void claimsTheFiguresBearOut() {
    String text = "三、绩效目标完成情况\n居民知晓率87.20%，高于85%的目标值；满意度93.5%，未达到95%的目标；事故发生率1.11%，低于2%的目标；"
        + "信息公开率100%，达到不低于95%的目标；投诉率1.5%，达到不高于2%的目标。";
    assertThat(Check.findings(text, "target.claim")).isEmpty();
  }

  /** 87.20% said to be above a target of 88%. */
  @Test
  void aResultSaidAboveATargetItIsBelow() {
    assertThat(Check.findings("三、绩效目标完成情况\n居民知晓率87.20%，高于88%的目标值。", "target.claim")).singleElement().satisfies(f -> {
      assertThat(f.message()).startsWith("文中说87.20%高于目标88%，但87.20%并不高于88%。");
      assertThat(f.stated()).isEqualTo("87.20%");
      assertThat(f.expected()).isEqualTo(">88%");
      assertThat(f.evidence()).extracting(Evidence::quote).containsExactly("87.20%", "88%");
    });
    assertThat(Check.findings("三、绩效目标完成情况\n满意度95.5%，未达到95%的目标。", "target.claim")).as("said below, but above").hasSize(1);
    assertThat(Check.findings("三、绩效目标完成情况\n投诉率2.5%，达到不高于2%的目标。", "target.claim")).as("at most, but above").hasSize(1);
  }

  /** The result keeps its rounding (95.00% may be 95.004%), the target is as set; other measures (场 against 条) are not compared. */
  @Test
  void whatIsLetPass() {
    assertThat(Check.findings("三、绩效目标完成情况\n覆盖率95.00%，高于95%的目标。", "target.claim")).isEmpty();
    assertThat(Check.findings("三、绩效目标完成情况\n开展活动18场，超过20条的目标。", "target.claim")).isEmpty();
  }

  /** Better (优于, 好于) than a target of time, or of a measure of what went wrong, is less than it. */
  @Test
  void betterIsLessForATimeOrAFault() {
    assertThat(Check.findings("三、绩效目标完成情况\n平均抢通时间18小时，优于24小时的目标。", "target.claim")).isEmpty();
    assertThat(Check.findings("三、绩效目标完成情况\n平均抢通时间30小时，优于24小时的目标。", "target.claim")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("<24小时"));
    assertThat(Check.findings("三、绩效目标完成情况\n群众投诉率1.2%，好于2%的目标。", "target.claim")).isEmpty();
    assertThat(Check.findings("三、绩效目标完成情况\n群众满意度93%，优于95%的目标。", "target.claim")).as("more is better").hasSize(1);
  }

  /** The last part of a list before the claim is not what it claims of: the list's whole is. */
  @Test
  void theWholeOfAListBeforeTheClaim() {
    String text = "三、绩效目标完成情况\n全年组织协商议政活动%s场，其中：专题协商会3场，界别协商会5场，超过20场的目标值。";
    assertThat(Check.findings(text.formatted("23"), "target.claim")).isEmpty();
    assertThat(Check.findings(text.formatted("19"), "target.claim")).hasSize(1);
    // and where a page's layout broke the list's first label from its figure (a township's ponds, typed as OCR leaves it)
    String wrapped = "三、绩效目标完成情况\n改善灌溉面积2036亩。受益群众%s人，其中白石村\n1862人、茶园村1135人、枫林村1406人、下洋村978人、坑口村\n"
        + "1254人、岭脚村712人，超过7000人的目标。";
    assertThat(Check.findings(wrapped.formatted("7347"), "target.claim")).isEmpty();
    assertThat(Check.findings(wrapped.formatted("6947"), "target.claim")).hasSize(1);
  }

  /** Random results said above their targets never flag when they are; a result moved to or below its target always does. */
  @Property(tries = 200)
  void aClaimHeldToItsFigures(@ForAll @IntRange(min = 60, max = 98) int target, @ForAll @IntRange(min = 1, max = 199) int above,
      @ForAll @IntRange(min = 0, max = 300) int below) {
    String text = "三、绩效目标完成情况\n群众满意度%s%%，高于%d%%的目标值。";
    String over = "%d.%02d".formatted(target + above / 100, above % 100 == 0 ? 1 : above % 100);
    String under = "%d.%02d".formatted(target - 1 - below / 100, below % 100);
    assertThat(Check.findings(text.formatted(over, target), "target.claim")).isEmpty();
    assertThat(Check.findings(text.formatted(under, target), "target.claim")).hasSize(1);
  }

  /** A claim after a change on the year (比上年增加0.61个，完成3.2个的目标) is of the level before the change, not of the change. */
  @Test
  void aClaimAfterAChangeOnTheYear() {
    String text = "三、绩效目标完成情况\n每千人口托位数%s个，比上年增加%s个，完成3.2个的目标。";
    assertThat(Check.findings(text.formatted("3.21", "0.61"), "target.claim")).isEmpty();
    assertThat(Check.findings(text.formatted("3.11", "0.51"), "target.claim")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("3.11个"));
  }

  /** A 其中 that opens figures of another measure (回收率96.40%，其中表示满意的427份) makes no whole of the rate before it. */
  @Test
  void aWhichOfAnotherMeasureMakesNoWhole() {
    String text = "7. 满意度。共发放问卷500份，收回有效问卷482份，回收率96.40%%，其中表示满意的427份，满意度%s%%，未达到≥90%%的目标。";
    assertThat(Check.findings(text.formatted("88.59"), "target.claim")).isEmpty();
    assertThat(Check.findings(text.formatted("91.59"), "target.claim")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("91.59%"));
  }

  /** A share of the target before the claim (满意度90.4%，为目标值的98.26%，未达到92%的目标): the level before it is what is claimed of. */
  @Test
  void aShareOfTheTargetBeforeTheClaim() {
    String text = "服务对象满意度%s%%，为目标值的98.26%%，未达到92%%的目标。";
    assertThat(Check.findings(text.formatted("90.4"), "target.claim")).isEmpty();
    assertThat(Check.findings(text.formatted("93.4"), "target.claim")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("93.4%"));
  }

  /** The share of the target done (完成3万亩目标的92.00%) claims no reaching of it. */
  @Test
  void aShareOfTheTargetClaimsNothing() {
    assertThat(Check.findings("26家示范社带动特色产业基地2.76万亩，完成3万亩目标的92.00%。", "target.claim")).isEmpty();
    assertThat(Check.findings("26家示范社带动特色产业基地2.76万亩，完成3万亩的目标。", "target.claim")).hasSize(1);
  }

  /** A completion rate between the level and the claim (满意度88.48%，完成率98.31%，未达到90%的目标): the claim is of the level. */
  @Test
  void aCompletionRateBeforeTheClaim() {
    String text = "向留守妇女发放问卷600份，回收573份，表示满意的507份，满意度%s，完成率98.31%%，未达到90%%的目标。";
    assertThat(Check.findings(text.formatted("88.48%"), "target.claim")).isEmpty();
    assertThat(Check.findings(text.formatted("91.48%"), "target.claim")).hasSize(1);
  }

  /**
   * An average right before a claim of a total's target (累计服务2,146小时，平均每人46.65小时，达到2,000小时的目标): the claim is of the total
   * before it, past a comparison's base; a total that falls short still flags.
   */
  @Test
  void anAverageBetweenTheTotalAndItsClaim() {
    String hours = "（二）效益指标。全年注册科普志愿者46人，累计服务%s小时，平均每人46.65小时，达到2,000小时的目标。";
    assertThat(Check.findings(hours.formatted("2,146"), "target.claim")).isEmpty();
    assertThat(Check.findings(hours.formatted("1,946"), "target.claim")).hasSize(1);
    String visits = "（四）效益情况。全年参与中心活动的离退休干部达13,904人次，比上年的12,486人次增长11.36%，平均每场活动82.76人次，达到13,000人次的目标。";
    assertThat(Check.findings(visits, "target.claim")).isEmpty();
  }
}
