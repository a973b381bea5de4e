package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.record.Evidence;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ScoreDeductionRuleTest {
  private static final String SIGNS = "四、自评结论\n本项目自评得分%s分，等级为“良”。其中：决策20分得18分；过程20分得17分；产出40分得36分；效益20分得17分。\n"
      + "扣分说明：决策指标扣2分，目标值偏高；过程指标扣%s分，其中预算调减未及时办理扣1分、监理日志不完整扣2分；产出指标扣4分；效益指标扣3分。合计扣%s分。";

  @Test
  void deductionsThatAreThePointsLost() {
    assertThat(Check.findings(SIGNS.formatted("88", "3", "12"), "score.deduction")).isEmpty();
  }

  /** 过程 scores 17 of 20, but the 扣分说明 takes 4 off it: the part's deduction and its weight less its score disagree. */
  @Test
  void aPartsDeductionThatIsNotItsWeightLessItsScore() {
    String text = SIGNS.formatted("88", "4", "12").replace("扣1分、监理", "扣2分、监理");
    assertThat(Check.findings(text, "score.deduction")).singleElement().satisfies(f -> {
      assertThat(f.message()).startsWith("扣分说明中“过程指标”扣4分，而“过程”分值20分、得分17分，失分3分。");
      assertThat(f.stated()).isEqualTo("4分");
      assertThat(f.expected()).isEqualTo("3分");
      assertThat(f.evidence()).extracting(Evidence::quote).containsExactly("4分", "2分", "2分", "20分", "17分");
    });
  }

  /** The total written 86 for 88: the parts still add up, and only the deductions show that 86 is 14 points lost, not 12. */
  @Test
  void aTotalThatIsNotTheFullMarkLessWhatWasDeducted() {
    String text = SIGNS.formatted("86", "3", "12");
    assertThat(Check.findings(text, "score.deduction")).singleElement().satisfies(f -> {
      assertThat(f.message()).startsWith("扣分说明合计扣12分，而自评得分86分，满分100分，失分14分。");
      assertThat(f.stated()).isEqualTo("12分");
      assertThat(f.expected()).isEqualTo("14分");
    });
  }

  /** Without a total, deductions that name only some of what was lost say nothing; more than was lost contradicts the score. */
  @Test
  void deductionsWithoutATotalAreHeldOnlyToNotExceedingWhatWasLost() {
    String some = "本专项资金自评得分94分，评价等级为“优”。过程指标扣1.5分，资金结转；产出指标扣2分，时效有差距。";
    assertThat(Check.findings(some, "score.deduction")).isEmpty();
    String more = "本专项资金自评得分97分，评价等级为“优”。过程指标扣1.5分，资金结转；产出指标扣2分，时效有差距。";
    assertThat(Check.findings(more, "score.deduction")).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("扣分说明所列各项共扣3.5分，而自评得分97分，满分100分，失分3分。"));
  }

  /** A score above the full mark has points added (加分项): what was deducted is not the mark less the score. */
  @Test
  void aScoreAboveTheFullMarkIsNotCheckedInAll() {
    assertThat(Check.findings("本项目自评得分101分（含加分项3分）。扣分说明：决策扣1分；过程扣1分。合计扣2分。", "score.deduction")).isEmpty();
  }

  /** Random weights and scores with each part's deduction its weight less its score never flag; any deduction moved always does. */
  @Property(tries = 200)
  void consistentDeductionsNeverFlagAndAMovedOneAlwaysDoes(@ForAll @IntRange(min = 0, max = 6) int decision,
      @ForAll @IntRange(min = 0, max = 6) int process, @ForAll @IntRange(min = 0, max = 8) int output,
      @ForAll @IntRange(min = 1, max = 6) int benefit, @ForAll @IntRange(min = 0, max = 4) int moved) {
    int[] weights = {20, 20, 40, 20};
    int[] lost = {decision, process, output, benefit};
    String[] names = {"决策", "过程", "产出", "效益"};
    int total = 100 - decision - process - output - benefit;
    StringBuilder parts = new StringBuilder();
    StringBuilder deductions = new StringBuilder();
    for (int k = 0; k < 4; k++) {
      parts.append(names[k]).append(weights[k]).append("分得").append(weights[k] - lost[k]).append("分；");
      deductions.append(names[k]).append("指标扣").append(k == moved ? "D" : String.valueOf(lost[k])).append("分，原因略；");
    }
    String text = "四、自评结论\n本项目自评得分" + total + "分。其中：" + parts + "\n扣分说明：" + deductions + "合计扣" + (moved == 4 ? "D" : 100 - total) + "分。";
    int was = moved == 4 ? 100 - total : lost[moved];
    String consistent = text.replace("D", String.valueOf(was));
    String changed = text.replace("D", String.valueOf(was + 1));
    assertThat(Check.findings(consistent, "score.deduction")).isEmpty();
    assertThat(Check.findings(consistent, "score.deduction.sum")).isEmpty();
    assertThat(Check.findings(changed, "score.deduction").size() + Check.findings(changed, "score.deduction.sum").size()).isPositive();
  }

  /** The total named 项目共扣 before a summary by part and the items (项目共扣7.5分，其中决策指标扣2分…：1. …扣1分；…): counted once. */
  @Test
  void aTotalBeforeASummaryByPartAndItsItems() {
    String text = "本项目自评得分%s分，其中决策13分、过程18.5分、产出34分、效益27分，等级为“优”。\n五、扣分说明\n项目共扣7.5分，其中决策指标扣2分、过程指标扣1.5分、"
        + "产出指标扣1分、效益指标扣3分：\n1. 绩效指标明确性，扣1分；\n2. 预算编制科学性，扣1分；\n3. 预算执行率，扣0.5分；\n4. 制度执行有效性，扣1分；\n"
        + "5. 农民技术培训，扣1分；\n6. 亩均节本增效，扣2分；\n7. 技术覆盖率，扣1分。\n";
    assertThat(Check.findings(text.formatted("92.5"), "score.deduction")).isEmpty();
    assertThat(Check.findings(text.formatted("93.5"), "score.deduction")).isNotEmpty();
  }

  /** The deductions in all named for every indicator (各项指标合计扣11.5分，其中投入指标扣1分…): their total, then its parts. */
  @Test
  void everyIndicatorsDeductionsInAll() {
    String text = "经自评，本部门整体支出自评得分88.5分，等级为“良”。\n按上述指标逐项评分，投入指标得14分，过程指标得21.5分，产出指标得29.5分，效益指标得23.5分，四部分合计88.5分。"
        + "各项指标合计扣11.5分，其中投入指标扣1分，过程指标扣3.5分，产出指标扣5.5分，效益指标扣%s分。";
    assertThat(Check.findings(text.formatted("1.5"), "score.deduction")).isEmpty();
    assertThat(Check.findings(text.formatted("1.5"), "score.deduction.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("2.5"), "score.deduction.sum")).hasSize(1);
  }

  /**
   * The year before's score, told first in a report of 2024 (2023年度保障资金绩效自评得分86.0分): not the report's, which its own year's
   * sentence states after it.
   */
  @Test
  void anotherYearsScoreIsNotTheReports() {
    String text = """
        苓溪县2024年度困境儿童基本生活保障资金绩效自评报告
        一、基本情况
        （五）上年绩效自评问题整改情况
        2023年度保障资金绩效自评得分86.0分，等级为“良好”，指出的主要问题已整改。
        二、自评结论
        保障资金2024年度绩效自评得分为89.5分，等级为“良好”。
        五、扣分情况说明
        经自评，本项目共扣10.5分：发放及时率扣2分；培训覆盖率扣1.5分；应保尽保率扣1.5分；救助衔接率扣3分；监护人满意度扣2.5分。
        """;
    assertThat(Check.report(text).score().total().value()).isEqualByComparingTo("89.5");
    assertThat(Check.findings(text, "score.deduction")).isEmpty();
  }

  /**
   * The title's project named with its year and 项目 before its score (2023年度婚姻登记和收养登记工作经费项目得分88.5分, in …工作经费绩效自评报告):
   * the report's own score, not another project's.
   */
  @Test
  void theTitlesProjectWithItsYear() {
    String text = """
        棠屿县民政局2023年度婚姻登记和收养登记工作经费绩效自评报告
        三、自评结论
        经自评，2023年度婚姻登记和收养登记工作经费项目得分88.5分，其中产出指标得47分、效益指标得24.5分、满意度指标得17分，评价等级为“良”。
        （一）产出指标（分值50分，得分47分）
        """;
    assertThat(Check.report(text).score().total().value()).isEqualByComparingTo("88.5");
  }

  /**
   * A part's sum after its name and a few words, before its colon (产出类指标失分较多，合计失6.5分：…), is no total in all: the total
   * stated before the list is held to the score, and still disagrees with a score written otherwise.
   */
  @Test
  void aPartsSumBeforeItsColonIsNoTotal() {
    String text = "自评得分%s分，等级为“良”。\n六、扣分情况\n本年度共计失分11.5分，按指标类别分述如下。\n投入类指标失1分。预算调整率超过控制目标。\n"
        + "过程类指标失1分。报销附件不完整。\n产出类指标失分较多，合计失6.5分：一是巡察村数少于目标，失1.5分；二是培训人次少于目标，失1分；"
        + "三是报告通过率未达到100%%，失1.5分；四是整改完成率低于目标，失2.5分。\n效益类指标失3分：线索办结率未达目标，失1分；群众满意度低于目标，失2分。";
    assertThat(Check.findings(text.formatted("88.5"), "score.deduction")).isEmpty();
    assertThat(Check.findings(text.formatted("88.5"), "score.deduction.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("89.5"), "score.deduction")).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("扣分说明合计扣11.5分，而自评得分89.5分，满分100分，失分10.5分。"));
  }

  /**
   * The sum of the rest after what lost none (预算管理类指标未扣分，其余三类指标共扣6分：…) is all that was lost, held to the score: its
   * parts are no more points beside it, and a score written otherwise disagrees with it.
   */
  @Test
  void theRestsSumAfterWhatLostNone() {
    String text = "自评得分%s分，等级为“优”。\n五、扣分情况\n对照评分表，预算管理类指标未扣分，其余三类指标共扣6分：产出类扣4分，效益类扣1.5分，"
        + "满意度类扣0.5分，与总得分相加为100分。";
    assertThat(Check.findings(text.formatted("94"), "score.deduction")).isEmpty();
    assertThat(Check.findings(text.formatted("95"), "score.deduction")).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("扣分说明合计扣6分，而自评得分95分，满分100分，失分5分。"));
  }

  /** Parts walked through in turn (先看产出指标，…；再看效益指标，…) are held to their weights and scores, and disagree where they lost otherwise. */
  @Test
  void partsWalkedThroughInTurn() {
    String text = "本项目自评得分92分。其中：产出指标50分得45.5分；效益指标30分得28分；满意度指标20分得18.5分。\n扣分说明：先看产出指标，认证少1个，"
        + "扣1.5分，验收合格率未达标，扣3分；再看效益指标，产值增长偏慢，扣%s分；最后是满意度指标，满意度低于目标，扣1.5分。";
    assertThat(Check.findings(text.formatted("2"), "score.deduction")).isEmpty();
    assertThat(Check.findings(text.formatted("2.5"), "score.deduction"))
        .anySatisfy(f -> assertThat(f.message()).startsWith("扣分说明中“效益指标”扣2.5分，而“效益指标”分值30分、得分28分，失分2分。"));
  }
}
