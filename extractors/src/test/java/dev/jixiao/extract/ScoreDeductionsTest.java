package dev.jixiao.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.jixiao.record.PlainNumber;
import dev.jixiao.record.Report;
import dev.jixiao.record.ScoreDeduction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a report says its score lost points for, in the ways 扣分说明 are written (phrasings written for this test). */
class ScoreDeductionsTest {

  private static Report extract(String text) {
    Report r = Extraction.of(text);
    EvidenceContract.assertEvidenceQuotesText(r);
    return r;
  }

  /** Each deduction as name, stated points and what it lists: 过程指标 3 [1, 2]. */
  private static List<org.assertj.core.groups.Tuple> read(Report r) {
    return r.score().deductions().stream()
        .map(d -> tuple(d.name(), d.points() == null ? null : d.points().value().toPlainString(),
            d.parts().stream().map(p -> p.value().toPlainString()).toList()))
        .toList();
  }

  @Test
  void partsNamedBeforeTheirPointsWithWhatTheyListAndTheTotal() {
    Report r = extract("本项目自评得分88分，等级为“良”。\n扣分说明：决策指标扣2分，目标值设置偏高；过程指标扣3分，其中预算调减未及时办理扣1分、"
        + "监理日志记录不完整扣2分；产出指标扣4分；效益指标扣3分，数据同步仍有延迟。合计扣12分。");
    assertThat(read(r)).containsExactly(tuple("决策指标", "2", List.of()), tuple("过程指标", "3", List.of("1", "2")),
        tuple("产出指标", "4", List.of()), tuple("效益指标", "3", List.of()));
    assertThat(r.score().deducted().text()).isEqualTo("12分");
  }

  /**
   * A part named at its clauses' opening by its own name and what fell short (预算执行率未达到100%，扣1分), a part's sum naming it again
   * (…，产出指标共扣5分；), and a clause after that sum naming no part, which is none of it.
   */
  @Test
  void aPartsSumNamedAgainAndAClauseAfterIt() {
    Report r = extract("本次自评预算执行率10分、产出指标50分、效益指标30分、满意度指标10分，预算执行率得9分，产出指标得45分，效益指标得25分，"
        + "满意度指标得9分，总得分88分。\n扣分说明：预算执行率未达到100%，扣1分；产出指标方面，签到记录不完整，扣2分，适配周期偏长，扣2分，"
        + "训练时长不足，扣1分，产出指标共扣5分；效益指标方面，量表不统一，扣2分，指导覆盖不足，扣2分，跟踪机制未建立，扣1分，效益指标共扣5分；"
        + "调查未覆盖全部家庭，扣1分。");
    assertThat(read(r)).containsExactly(tuple("预算执行率", null, List.of("1")), tuple("产出指标", "5", List.of("2", "2", "1")),
        tuple("效益指标", "5", List.of("2", "2", "1")), tuple(null, "1", List.of()));
  }

  /** Parts numbered and named with their sums before what they list (2.产出指标共扣3分。…扣2分；…扣1分。), and 四部分合计 as the total. */
  @Test
  void partsNamedWithTheirSumsFirst() {
    Report r = extract("本项目自评得分94分，等级为“优”。\n扣分说明：\n1.过程指标扣1.5分。预算执行率97.28%，未达到100%，扣0.5分；台账记录不全，扣1分。\n"
        + "2.产出指标共扣3分。户厕改造未完成，扣2分；验收照片缺失，扣1分。\n3.效益指标扣1分。个别村垃圾乱堆现象反弹。\n四部分合计扣5.5分。");
    assertThat(read(r)).containsExactly(tuple("过程指标", "1.5", List.of("0.5", "1")), tuple("产出指标", "3", List.of("2", "1")),
        tuple("效益指标", "1", List.of()));
    assertThat(r.score().deducted().text()).isEqualTo("5.5分");
  }

  /** A part named at the opening of its clauses (决策方面，…，扣1分), its deductions after it, and a sum of them in its clauses. */
  @Test
  void partsNamedAtTheOpeningOfTheirClauses() {
    Report r = extract("本项目自评得分93分。扣分说明：决策方面，年初预算测算不足，扣1分；过程方面，结算审计滞后，扣2分；产出方面，户数未达到目标值"
        + "扣1.5分，工期推迟扣1分，共扣2.5分；效益方面，运行机制尚不健全，扣1.5分。合计扣7分。");
    assertThat(read(r)).containsExactly(tuple("决策方面", null, List.of("1")), tuple("过程方面", null, List.of("2")),
        tuple("产出方面", "2.5", List.of("1.5", "1")), tuple("效益方面", null, List.of("1.5")));
    assertThat(r.score().deducted().text()).isEqualTo("7分");
  }

  /** A part's deduction right after its weight and score, what it lists in parentheses, and 四项合计 closing them. */
  @Test
  void aPartsDeductionAfterItsScore() {
    Report r = extract("本项目自评总分88.5分。\n决策指标15分，得13.5分，扣1.5分（目标细化不够扣1分、需求摸底不全扣0.5分）；\n\n"
        + "过程指标25分，得21.5分，扣3.5分（拨付滞后扣2分，档案不全扣1分，验收记录不规范扣0.5分）；\n\n四项合计扣5分。");
    assertThat(read(r)).containsExactly(tuple("决策指标", "1.5", List.of("1", "0.5")), tuple("过程指标", "3.5", List.of("2", "1", "0.5")));
    assertThat(r.score().deducted().text()).isEqualTo("5分");
  }

  /** Parts numbered (一)…(四) with their own parts numbered 1., 2.: 满意度 under 效果 is one of its parts, not a part of the score. */
  @Test
  void partsNumberedUnlikeThePartBeingListedAreItsParts() {
    Report r = extract("自评得分97分。各项扣分情况如下：\n（一）效果指标20分，得18.5分，扣1.5分。\n1. 社会效益扣1分：诉求未办结；\n"
        + "2. 满意度扣0.5分：满意度偏低。\n（二）过程指标30分，得28.5分，扣1.5分。\n以上共扣除3分。");
    assertThat(read(r)).containsExactly(tuple("效果指标", "1.5", List.of("1", "0.5")), tuple("过程指标", "1.5", List.of()));
    assertThat(r.score().deducted().text()).isEqualTo("3分");
  }

  /** A total stated before the list opens it (共失分9.5分，具体如下：), and 失分 is a deduction's word too. */
  @Test
  void aTotalBeforeTheListAndPointsLost() {
    Report r = extract("自评总分90.5分，共失分9.5分，具体如下：\n\n决策指标15分，得14分，失分1分，论证不充分；\n\n过程指标25分，得22分，失分3分；"
        + "\n\n产出指标40分，得37.5分，失分2.5分；\n\n效益指标20分，得17分，失分3分。");
    assertThat(read(r)).extracting(t -> t.toList().get(0)).containsExactly("决策指标", "过程指标", "产出指标", "效益指标");
    assertThat(r.score().deducted().text()).isEqualTo("9.5分");
  }

  /** Deductions that name no part (一是…，扣1分) are each their own; Chinese numerals are read (扣一分). */
  @Test
  void deductionsThatNameNoPart() {
    Report r = extract("本项目自评得分97.5分。扣分原因：一是预算编制精准度不够，扣一分；二是个别学校报账资料不齐全，扣1.5分。");
    assertThat(read(r)).containsExactly(tuple(null, "1", List.of()), tuple(null, "1.5", List.of()));
    assertThat(r.score().deducted()).isNull();
  }

  /** Points taken off something else (a village's assessment), neither announced nor naming a part of the score, are no deductions. */
  @Test
  void otherAssessmentsArePassedOver() {
    Report r = extract("本项目自评得分95分，等级为“优”。\n六、其他\n年度考核中，两个村因台账不全考核扣2分，一个村扣1.5分。");
    assertThat(r.score().deductions()).isEmpty();
    assertThat(r.score().deducted()).isNull();
  }

  @Test
  void evidenceQuotesEachFigure() {
    Report r = extract("本项目自评得分94分。扣分说明：决策扣1分；过程扣2分，其中拨付滞后扣1.5分、台账不全扣0.5分；产出扣3分。");
    ScoreDeduction process = r.score().deductions().get(1);
    assertThat(process.points().evidence().quote()).isEqualTo("2分");
    assertThat(process.parts()).extracting(PlainNumber::text).containsExactly("1.5分", "0.5分");
  }

  /** A part's sum in parentheses after its name, then what it lists after a colon: 决策指标（扣1分）：…扣1分。 */
  @Test
  void aPartsSumInParenthesesAfterItsName() {
    Report r = extract("本次自评得分87.5分。\n扣分情况：\n决策指标（扣1分）：部分效益指标设置偏定性，扣1分。\n过程指标（扣2.5分）：资金9月底才全部到位，扣1分；"
        + "签收表不完整，扣1分；预算执行率未达100%，扣0.5分。\n");
    assertThat(read(r)).containsExactly(tuple("决策指标", "1", List.of("1")), tuple("过程指标", "2.5", List.of("1", "1", "0.5")));
  }
}
