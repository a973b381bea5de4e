package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.record.Evidence;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RemainderRuleTest {
  private static final String HEAD = "三、绩效目标完成情况\n";

  @Test
  void whatIsLeftAsTheCountsBearOut() {
    String text = HEAD + "（3）泵站：计划24座，完成23座，完成率95.83%，剩余1座因用地手续调整顺延。\n"
        + "年初确定重点项目18个，年内完成15个，完成率83%，未完成的3个均为跨年度项目。\n"
        + "全年报修2,137件，已完成2,129件，完成率99.63%，其余8件因需协调推进。\n"
        + "竣工验收共查验路灯420盏，一次验收合格416盏，一次验收合格率99.05%；其余4盏经更换控制器后复验合格。";
    assertThat(Check.findings(text, "remainder")).isEmpty();
  }

  /** 24 planned less 23 done leaves 1, not the stated 2. */
  @Test
  void aRemainderTheCountsDoNotLeave() {
    assertThat(Check.findings(HEAD + "（3）泵站：计划24座，完成23座，完成率95.83%，剩余2座因用地手续调整顺延。", "remainder")).singleElement()
        .satisfies(f -> {
          assertThat(f.message()).startsWith("共24座，完成23座，剩余应为1座，报告写的是2座。");
          assertThat(f.stated()).isEqualTo("2座");
          assertThat(f.expected()).isEqualTo("1座");
          assertThat(f.evidence()).extracting(Evidence::quote).containsExactly("2座", "24座", "23座");
        });
  }

  /**
   * A list between the whole and what is left (any two counts may give it), a whole in another sentence, money (balance's) and
   * another measure are let pass.
   */
  @Test
  void whatIsLetPass() {
    assertThat(Check.findings(HEAD + "计划新建24座，完成23座，其中：东片10座、西片13座，剩余1座。", "remainder")).isEmpty();
    assertThat(Check.findings(HEAD + "发现问题268个。已整改到位251个，剩余18个问题正在整改。", "remainder")).isEmpty();
    assertThat(Check.findings(HEAD + "预算126.00万元，已拨付119.00万元，剩余8.00万元待竣工后拨付。", "remainder")).isEmpty();
    assertThat(Check.findings(HEAD + "计划24座，完成23座，剩余2处。", "remainder")).isEmpty();
    assertThat(Check.findings(HEAD + "三年计划整治自然村96个。2022年和2023年两年共完成58个，2024年实际完成30个，累计完成88个，剩余8个。", "remainder"))
        .as("what was done last is larger than all before it: the whole is in the sentence before").isEmpty();
    assertThat(Check.findings(HEAD + "派发工单81,382件。按诉求领域分，城乡建设类18,906件，其后依次为市场监管类12,450件、社会保障类11,284件、"
        + "交通运输类9,672件、农业农村类8,530件、教育类7,216件，其余13,324件归入其他类。", "remainder"))
        .as("classes of a whole the sentence before states: none is the whole of another").isEmpty();
  }

  /** Random wholes and parts never flag at their remainder; the remainder moved by one or more always does. */
  @Property(tries = 200)
  void aRemainderHeldToItsCounts(@ForAll @IntRange(min = 2, max = 5000) int whole, @ForAll @IntRange(min = 1, max = 99) int percent,
      @ForAll @IntRange(min = 1, max = 50) int moved) {
    int done = Math.max(1, Math.min(whole - 1, whole * percent / 100));
    String text = HEAD + "年初计划改造户厕%d户，年内完成%d户，未完成的%d户将于次年完成。";
    assertThat(Check.findings(text.formatted(whole, done, whole - done), "remainder")).isEmpty();
    assertThat(Check.findings(text.formatted(whole, done, whole - done + moved), "remainder")).hasSize(1);
  }

  /** What is left may be the whole less all the parts after it (毕业生698人，就业402人、升学269人，其余27人). */
  @Test
  void theWholeLessAllThePartsAfterIt() {
    String text = "三、绩效目标完成情况\n全年毕业生698人，就业402人、升学269人，其余%s人暂未就业。";
    assertThat(Check.findings(text.formatted("27"), "remainder")).isEmpty();
    assertThat(Check.findings(text.formatted("37"), "remainder")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("37人"));
  }
}
