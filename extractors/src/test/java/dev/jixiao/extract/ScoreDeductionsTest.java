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

  /** A total named by the year or the evaluation (全年共扣4分, 本次自评共扣2.5分, 本项目共扣3.69分) is the points lost in all, no item. */
  @Test
  void totalsNamedByTheYearOrTheEvaluationAreTheTotal() {
    Report year = extract("本部门自评得分96分。\n五、扣分情况\n全年共扣4分：\n1.决策扣1分：部分绩效指标未细化量化。\n2.过程扣3分：整体预算执行率97.08%，未达到目标。");
    assertThat(read(year)).containsExactly(tuple("决策", "1", List.of()), tuple("过程", "3", List.of()));
    assertThat(year.score().deducted().text()).isEqualTo("4分");
    Report evaluation = extract("本项目自评得分97.5分。\n五、扣分说明\n本次自评共扣2.5分，具体为：\n（一）决策指标扣1分。目标设置精准度不足。\n"
        + "（二）过程指标扣1.5分。县级追加资金下达较晚。");
    assertThat(read(evaluation)).containsExactly(tuple("决策指标", "1", List.of()), tuple("过程指标", "1.5", List.of()));
    assertThat(evaluation.score().deducted().text()).isEqualTo("2.5分");
    Report project = extract("本项目自评得分96.31分。\n五、扣分情况说明\n本项目共扣3.69分，即100分减去96.31分：预算执行率未达100%扣0.19分；"
        + "宣传培训未达目标，产出指标扣1.00分；运维经费依赖年度追加，效益指标扣1.50分；满意度低于95%的目标，满意度指标扣1.00分。");
    assertThat(read(project)).containsExactly(tuple(null, "0.19", List.of()), tuple("产出指标", "1.00", List.of()),
        tuple("效益指标", "1.50", List.of()), tuple("满意度指标", "1.00", List.of()));
    assertThat(project.score().deducted().text()).isEqualTo("3.69分");
  }

  /** Parts summed up first (具体为：决策扣1分、过程扣2分…) and named again with their items ((二)过程扣2分：…扣1分) are each one part. */
  @Test
  void partsSummedUpAndThenListedAreEachOnePart() {
    String summary = "本项目自评得分96分。\n五、扣分说明\n本项目扣分具体为：决策扣1分、过程扣2分、产出扣1分，合计4分。\n";
    Report r = extract(summary + "（一）决策扣1分：“纪念设施长效管护”指标未细化量化，绩效目标扣1分。\n"
        + "（二）过程扣2分：县级资金执行率92.49%，扣1分；上半年支出仅占40.82%，支出进度偏慢，扣1分。\n（三）产出扣1分：县级追加资金未按时拨付，产出时效扣1分。");
    assertThat(read(r)).containsExactly(tuple("决策", "1", List.of("1")), tuple("过程", "2", List.of("1", "1")),
        tuple("产出", "1", List.of("1")));
    assertThat(read(extract(summary))).containsExactly(tuple("决策", "1", List.of()), tuple("过程", "2", List.of()),
        tuple("产出", "1", List.of()));
  }

  /**
   * A usual part's name that is none of the score's parts, opening a clause while the part before still lacks points (效益扣3分：…扣1.5分；
   * 满意度…扣1.5分, the score made of 决策, 过程, 产出 and 效益), is an item of it; where the score names no parts, it is a part.
   */
  @Test
  void aPartsNameInsideAPartStillShortOfItsPointsIsAnItemOfIt() {
    String line = "本项目自评得分97分%s。\n五、偏差原因及扣分情况\n4.效益扣%s分：培训后就业率44.76%%，比目标低5.24个百分点，扣1.5分；满意度88.60%%，"
        + "比目标低1.40个百分点，扣1.5分。";
    String parts = "，其中决策20分、过程18分、产出40分、效益19分";
    assertThat(read(extract(line.formatted(parts, "3")))).containsExactly(tuple("效益", "3", List.of("1.5", "1.5")));
    assertThat(read(extract(line.formatted(parts, "1.5")))).containsExactly(tuple("效益", "1.5", List.of("1.5")),
        tuple("满意度", null, List.of("1.5")));
    assertThat(read(extract(line.formatted("", "3")))).as("no parts stated").containsExactly(tuple("效益", "3", List.of("1.5")),
        tuple("满意度", null, List.of("1.5")));
  }

  /** A scale of deductions (按每低1个百分点扣1分) loses no points: the deduction it reckons (扣4.0分) does. */
  @Test
  void aScaleOfDeductionsIsNoDeduction() {
    String items = "本项目自评得分95分。\n五、扣分说明及偏差原因\n1．执法案件2件因当事人申请延期未按期办结，扣1.0分。\n"
        + "2．群众满意度86.40%%，低于90%%的目标3.60个百分点，%s扣4.0分。";
    assertThat(read(extract(items.formatted("按每低1个百分点扣1分、不足1个百分点按1个百分点计，"))))
        .containsExactly(tuple(null, "1.0", List.of()), tuple(null, "4.0", List.of()));
    assertThat(read(extract(items.formatted("")))).containsExactly(tuple(null, "1.0", List.of()), tuple(null, "4.0", List.of()));
    assertThat(read(extract("本项目自评得分95分。扣分原因：一是执法案件2件未按期办结，扣1分；二是游客满意度89.00%，低于90%的目标1个百分点，"
        + "按每低1个百分点扣0.5分，扣0.5分。"))).containsExactly(tuple(null, "1", List.of()), tuple(null, "0.5", List.of()));
    // 每 with no unit of a shortfall after it is no scale (每月报送不及时扣0.5分 lost the points)
    assertThat(read(extract("本项目自评得分98.5分。扣分原因：一是执法案件2件未按期办结，扣1分；二是统计报表每月报送不及时扣0.5分。")))
        .containsExactly(tuple(null, "1", List.of()), tuple(null, "0.5", List.of()));
  }

  /** Unnamed items summed up by part (以上产出扣3.5分、效益扣4.0分，连同决策扣1.0分、过程扣3.0分) give those parts, not the items. */
  @Test
  void itemsSummedUpByPartAreThoseParts() {
    String items = "本部门自评得分%s分。\n五、扣分说明及偏差原因\n1．应急演练完成22次，2次演练未组织，扣0.5分。\n2．执法案件2件未按期办结，扣1.0分。\n"
        + "3．执法装备采购延至下年，项目未按期完成，扣2.0分。\n4．群众满意度86.40%%，低于90%%的目标，扣4.0分。\n";
    Report byPart = extract(items.formatted("88.5") + "以上产出扣3.5分、效益扣4.0分，连同决策扣1.0分、过程扣3.0分，共扣11.5分。");
    assertThat(read(byPart)).containsExactly(tuple("产出", "3.5", List.of()), tuple("效益", "4.0", List.of()), tuple("决策", "1.0", List.of()),
        tuple("过程", "3.0", List.of()));
    assertThat(byPart.score().deducted().text()).isEqualTo("11.5分");
    Report inAll = extract(items.formatted("92.5") + "以上共扣7.5分。");
    assertThat(read(inAll)).containsExactly(tuple(null, "0.5", List.of()), tuple(null, "1.0", List.of()), tuple(null, "2.0", List.of()),
        tuple(null, "4.0", List.of()));
  }

  /** A line broken inside words (满\n意度指标扣1分) or between points and 分 (时效扣2\n分) reads as if on one line (a pond renovation). */
  @Test
  void linesWrappedInsideWordsReadAsOneLine() {
    String heading = "本项目自评得分88.5分。\n五、扣分说明及偏差原因\n";
    String wrapped = "产出指标扣4.5分：3座山塘未按期完工，时效扣2\n分；2座山塘初验整改，质量扣1.5分；长塘结算超预算，成本扣1分\n。"
        + "效益指标扣6分：恢复蓄水库容未达目标，扣2分；山塘管护责任制和管护经费尚未\n全部落实，可持续影响扣3分；受益人口统计资料不完整，扣1分。满\n"
        + "意度指标扣1分：满意度93.33%，未达到95%。";
    List<org.assertj.core.groups.Tuple> expected = List.of(tuple("产出指标", "4.5", List.of("2", "1.5", "1")),
        tuple("效益指标", "6", List.of("2", "3", "1")), tuple("满意度指标", "1", List.of()));
    assertThat(read(extract(heading + wrapped))).isEqualTo(expected);
    assertThat(read(extract(heading + wrapped.replace("\n", "")))).isEqualTo(expected);
  }

  /** An indicator's list adding up to its points (数量指标扣2.5分：…扣1.5分；…扣1分) and a sum aside (（产出数量共扣1.7分）) count once. */
  @Test
  void anIndicatorsOwnListAndASumInParenthesesCountOnce() {
    String quantity = "本项目自评得分93.5分。\n五、偏差原因及扣分说明\n（一）产出指标扣4分。数量指标扣2.5分：培训少办1期、少114人次，扣1.5分；"
        + "第三方审计少完成2个村，扣%s分。时效指标扣1.5分：产权交易平台升级延迟上线。\n（二）满意度指标扣2.5分：满意度未达95%%。";
    assertThat(read(extract(quantity.formatted("1")))).containsExactly(tuple("产出指标", "4", List.of("2.5", "1.5")),
        tuple("满意度指标", "2.5", List.of()));
    assertThat(read(extract(quantity.formatted("0.5")))).as("short of its points")
        .containsExactly(tuple("产出指标", "4", List.of("2.5", "1.5", "0.5", "1.5")), tuple("满意度指标", "2.5", List.of()));
    Report aside = extract("本部门自评得分93.3分。\n五、偏差及扣分原因\n1. 产出扣4.7分：乡镇国土空间规划少完成3个扣1分、搬迁避让少3户扣0.7分"
        + "（产出数量共扣1.7分）；违法用地结案率未达目标，扣1分；规划编制、搬迁避让未按期完成，扣2分。\n2. 效益扣2分：3户群众未完成搬迁，扣0.5分；"
        + "长效管护机制尚不健全，扣1.5分。");
    assertThat(read(aside)).containsExactly(tuple("产出", "4.7", List.of("1", "0.7", "1", "2")), tuple("效益", "2", List.of("0.5", "1.5")));
  }

  /** A total before a colon and the parts after it that add up to it (合计扣4分：决策指标扣1分…) is no indicator's own list: the parts stay. */
  @Test
  void theTotalBeforeItsPartsIsNoListOfItsOwn() {
    Report r = extract("本项目自评得分96分。\n五、扣分说明：合计扣4分：决策指标扣1分，目标不够细化；过程指标扣3分，资金拨付滞后。");
    assertThat(read(r)).containsExactly(tuple("决策指标", "1", List.of()), tuple("过程指标", "3", List.of()));
    assertThat(r.score().deducted().text()).isEqualTo("4分");
  }

  /** A summary by part on one line (其中决策扣1.0分、…、效益扣4.0分：) gives the parts, not the numbered items on the lines after it. */
  @Test
  void aSummaryByPartIsNotFilledWithTheItemsAfterIt() {
    Report r = extract("本项目自评得分93.5分。\n五、扣分说明\n本项目共扣6.5分，其中决策扣1.0分、过程扣1.5分、效益扣4.0分：\n"
        + "1.绩效目标明确性扣1分：“有效利用”等目标未设量化标准。\n2.管理制度执行有效性扣1.5分：借阅登记台账不完整。\n"
        + "3.新增图书借阅率扣2分：借阅率28.00%，低于目标值。\n4.群众满意度扣2分：满意度87.40%，低于90%的目标。");
    assertThat(read(r)).containsExactly(tuple("决策", "1.0", List.of()), tuple("过程", "1.5", List.of()), tuple("效益", "4.0", List.of()));
    assertThat(r.score().deducted().text()).isEqualTo("6.5分");
    assertThat(read(extract("本项目自评得分96分。\n五、扣分说明\n效益扣4.0分：\n1.新增图书借阅率扣2分：借阅率28.00%，低于目标值。\n"
        + "2.群众满意度扣2分：满意度87.40%，低于90%的目标。"))).containsExactly(tuple("效益", "4.0", List.of("2", "2")));
  }

  /** A part's sum after items naming no part that add up to it (…扣1.5分；…扣1分。产出指标共扣2.5分，得27.5分。) gathers them as its parts. */
  @Test
  void aPartsSumAfterItemsNamingNoPartGathersThem() {
    Report r = extract("本项目自评得分90分。\n扣分说明：\n数量指标未完成，扣1.5分；质量指标未达标，扣1分。产出指标共扣2.5分，得27.5分。");
    assertThat(read(r)).containsExactly(tuple("产出指标", "2.5", List.of("1.5", "1")));
  }

  /** 共扣2.5分 closing a part opened at its clauses (过程方面，…扣0.5分；…扣1分；…扣1分，共扣2.5分) is the part's across ；, its items adding up to it. */
  @Test
  void aSumClosingAPartAcrossSemicolonsIsThePartsWhenItsItemsAddUp() {
    Report r = extract("本项目自评得分90分。\n扣分说明：决策方面，论证不充分，扣1分，得19分。过程方面，调整后预算执行率98.47%，未达到100%的目标，"
        + "扣0.5分；县级追加资金11月才到位，扣1分；部分乡镇验收档案资料不完整，扣1分，共扣2.5分，得17.5分。");
    assertThat(read(r)).containsExactly(tuple("决策方面", null, List.of("1")), tuple("过程方面", "2.5", List.of("0.5", "1", "1")));
    assertThat(r.score().deducted()).isNull();
  }

  /** A usual part's name after a part's 其中 (效益部分扣2.5分，其中带动就业扣1分、满意度扣1.5分) is an item of that part, not the next part. */
  @Test
  void aUsualPartsNameAfterAPartsBreakdownIsOneOfItsItems() {
    Report r = extract("本部门自评得分87.5分。\n扣分说明：决策部分扣2.5分，主要是绩效目标不够细化；过程部分扣4.0分，主要是12月支出占比偏高；"
        + "产出部分扣3.5分，其中验收合格率扣2分、按期完工率扣1.5分；效益部分扣2.5分，其中带动就业扣1分、满意度扣1.5分。合计扣12.5分。");
    assertThat(read(r)).containsExactly(tuple("决策部分", "2.5", List.of()), tuple("过程部分", "4.0", List.of()),
        tuple("产出部分", "3.5", List.of("2", "1.5")), tuple("效益部分", "2.5", List.of("1", "1.5")));
    assertThat(r.score().deducted().text()).isEqualTo("12.5分");
  }

  /** A summary by part opening 综上 after items naming none (…扣2分。⏎综上，产出指标扣5分，满意度指标扣2分，…) gives the parts only. */
  @Test
  void aSummaryOpeningZongShangGivesTheParts() {
    String text = "本项目自评得分93分。\n四、绩效指标完成情况\n——后厨改造学校数：目标12所，实际完成11所，完成率91.67%%，扣2分。\n"
        + "——食堂食品抽检不合格率：目标控制在2%%以内，不合格率2.62%%，扣2分。\n——智慧监管平台上线时间：延迟18天，扣1分。\n"
        + "——学生满意度：满意度93.13%%，未达到目标，扣2分。\n%s产出指标扣5分，满意度指标扣2分，共计扣7分。";
    assertThat(read(extract(text.formatted("综上，")))).containsExactly(tuple("产出指标", "5", List.of()), tuple("满意度指标", "2", List.of()));
    // without 综上, the parts on a line of their own whose points add up to the items' are the same points told again by part
    assertThat(read(extract(text.formatted("")))).containsExactly(tuple("产出指标", "5", List.of()), tuple("满意度指标", "2", List.of()));
    assertThat(read(extract(text.formatted("").replace("产出指标扣5分", "产出指标扣4分")))).as("points of their own").hasSize(6);
  }

  /**
   * A summary by part, then the reasons as numbered points, some with several items, over two lines (其中决策指标扣1.0分、…、效益指标扣
   * 2.0分。主要原因：一是…扣1.0分；二是…扣0.5分，…扣1.3分；⏎三是…): the parts, the points told again by item.
   */
  @Test
  void aSummaryByPartThenItsReasonsAsNumberedPoints() {
    String text = "本项目自评得分92.6分，其中决策14.0分，过程18.2分，产出37.4分，效益23.0分。\n五、偏差原因及扣分说明\n本次自评共扣7.4分，"
        + "其中决策指标扣1.0分、过程指标扣1.8分、产出指标扣2.6分、效益指标扣2.0分。主要原因：一是部分项目绩效目标未细化量化，扣1.0分；"
        + "二是预算执行率96.88%%，低于98%%的目标，扣0.5分，部分项目档案资料不完整，扣1.3分；\n三是2处水利设施维修顺延，扣1.0分，"
        + "村卫生室达标数未达目标扣0.6分，按期完工率未达目标扣1.0分；四是群众满意度88.6%%，未达到90%%的目标值，扣%s分，"
        + "设施长效管护机制尚不健全，扣1.0分。";
    assertThat(read(extract(text.formatted("1.0")))).containsExactly(tuple("决策指标", "1.0", List.of()), tuple("过程指标", "1.8", List.of()),
        tuple("产出指标", "2.6", List.of()), tuple("效益指标", "2.0", List.of()));
    assertThat(read(extract(text.formatted("1.5")))).as("items of their own").hasSize(12);
  }

  /**
   * The points lost in all named by the evaluation as a whole (整体自评共扣8.7分), and the items, each naming its part before a dash,
   * summed up by part after 以上合计 (以上合计决策扣1.5分、过程扣2.0分…): the parts, as they say the score lost, made of the items.
   */
  @Test
  void itemsSummedUpByPartAfterYiShangHeJi() {
    String text = "本次自评得分91.3分，其中决策18.5分，过程18.0分，产出27.6分，效益27.2分。\n五、扣分说明\n%s共扣8.7分，具体如下：\n"
        + "1.决策——绩效目标：村卫生室项目绩效目标未细化量化，扣1.5分；\n2.过程——资金管理：两个项目执行率偏低，扣1.0分；\n"
        + "3.过程——项目管理：部分项目档案资料归档不及时，扣1.0分；\n4.产出——数量：茶园改造面积未完成，扣2.4分；\n"
        + "5.效益——经济效益：茶园改造户人均增收未达目标，扣2.8分。\n以上合计决策扣1.5分、过程扣2.0分、产出扣2.4分、效益扣2.8分。";
    Report r = extract(text.formatted("整体自评"));
    assertThat(read(r)).containsExactly(tuple("决策", "1.5", List.of("1.5")), tuple("过程", "2.0", List.of("1.0", "1.0")),
        tuple("产出", "2.4", List.of("2.4")), tuple("效益", "2.8", List.of("2.8")));
    assertThat(r.score().deducted().text()).isEqualTo("8.7分");
  }

  /**
   * Numbered items naming no part ((1)…扣0.5分：…), then the parts' points on a line after them (产出指标扣2.5分、效益指标扣3分…，合计
   * 7.0分): the same points told again, by the parts.
   */
  @Test
  void itemsRetoldByPartOnALineAfterThem() {
    String text = "本项目自评得分93.0分，其中产出指标得47.5分，效益指标得37.0分，满意度指标得8.5分。\n五、扣分说明\n本次自评共扣7.0分，逐项说明如下：\n"
        + "（1）小额信贷贴息户数扣0.5分：实际642户，少于目标650户。\n（2）项目完工率扣2分：18个项目完工16个。\n"
        + "（3）监测对象风险消除率扣1.5分：实际76.95%%，低于80%%。\n（4）联农带农机制覆盖率扣1.5分：1个项目尚未明确收益分配方案。\n"
        + "（5）脱贫户满意度扣1.5分：实际92.44%%，低于95%%。\n%s";
    Report r = extract(text.formatted("产出指标扣2.5分、效益指标扣3分、满意度指标扣1.5分，合计7.0分。"));
    assertThat(read(r)).containsExactly(tuple("产出指标", "2.5", List.of()), tuple("效益指标", "3", List.of()),
        tuple("满意度指标", "1.5", List.of()));
    assertThat(r.score().deducted().text()).isEqualTo("7.0分");
    assertThat(read(extract(text.formatted("")))).as("the items alone").hasSize(5);
  }

  /** An announcement on a line after a passage (…共扣2.5分，得17.5分。⏎总体扣分说明：…) opens a passage of its own, which comes after. */
  @Test
  void anAnnouncementOnALaterLineOpensAPassageOfItsOwn() {
    String text = "本项目自评得分96分。\n四、绩效分析\n产出方面，…扣1.5分；…扣1分，共扣2.5分，得37.5分。%s总体扣分说明：新造林面积未完成扣1.5分、"
        + "病虫害发生率超标扣1分，合计扣2.5分。";
    assertThat(read(extract(text.formatted("\n")))).containsExactly(tuple("产出方面", "2.5", List.of("1.5", "1")));
    assertThat(extract(text.formatted("\n")).score().deducted()).isNull();
    assertThat(read(extract(text.formatted("")))).as("one passage").hasSize(3);
  }

  /** The parts' points lost given in turn after their scores (其中决策12.50分、…，分别扣2.50分、3.32分、…): each is its part's. */
  @Test
  void pointsLostGivenInTurnAfterThePartsScores() {
    Report r = extract("四、自评结论\n自评采用决策（15分）、过程（25分）、产出（35分）、效益（25分）四个一级指标，满分100分。自评得分88.25分，"
        + "评价等级为“良”。其中决策12.50分、过程21.68分、产出31.57分、效益22.50分，分别扣2.50分、3.32分、3.43分、2.50分，共扣11.75分。");
    assertThat(read(r)).containsExactly(tuple("决策", "2.50", List.of()), tuple("过程", "3.32", List.of()), tuple("产出", "3.43", List.of()),
        tuple("效益", "2.50", List.of()));
    assertThat(r.score().deducted().text()).isEqualTo("11.75分");
  }

  /** Points after 流失 (效益扣3.5分（教师流失1.5分、家长满意度2分）) are an item's, as its neighbour's are: no deduction of their own. */
  @Test
  void aLossNamedInAnItemIsNoDeductionWord() {
    Report r = extract("三、自评结论\n我校从决策、过程、产出、效益四个方面进行自评（权重分别为15分、25分、35分、25分）。\n"
        + "自评总得分88.5分，等级为\"良\"。其中：决策指标权重15分，得13.5分；过程指标权重25分，得22分；产出指标权重35分，得31.5分；"
        + "效益指标权重25分，得21.5分。\n全年共扣11.5分：决策扣1.5分，过程扣3分，产出扣3.5分（教师培训0.5分、本科上线率2分、校舍维修时效1分），"
        + "效益扣3.5分（教师流失1.5分、家长满意度2分）。");
    assertThat(read(r)).containsExactly(tuple("决策", "1.5", List.of()), tuple("过程", "3", List.of()), tuple("产出", "3.5", List.of()),
        tuple("效益", "3.5", List.of()));
  }

  /**
   * Items numbered as the part's own clause was (1.预算执行率…扣0.27分。⏎2.竣工验收…扣5分。⏎3.5#厂房…扣3分。) stand beside it: they name
   * no part and are none of its points, though a number opens the third's text.
   */
  @Test
  void itemsNumberedLikeThePartsClauseAreBesideIt() {
    Report r = extract("三、自评结论\n本项目设置预算执行率（10分）、产出指标（50分）、效益指标（30分）、满意度指标（10分）四类一级指标。"
        + "自评综合得分87.73分，评价等级为“良”。其中：预算执行率得9.73分，产出指标得42分，效益指标得26分，满意度指标得10分。\n"
        + "五、扣分情况\n扣分合计12.27分，逐项说明如下：\n1.预算执行率97.26%，按执行率×10计得9.73分，扣0.27分。结余为工程质保金。\n"
        + "2.竣工验收4栋，目标6栋，完成率66.67%，扣5分。\n3.5#、6#厂房未按2024年12月31日节点竣工，时效指标扣3分。\n"
        + "4.租金收入256.26万元，未达到300.00万元预期，扣3分。");
    assertThat(read(r)).containsExactly(tuple("预算执行率", null, List.of("0.27")), tuple(null, "5", List.of()), tuple(null, "3", List.of()),
        tuple(null, "3", List.of()));
  }

  /**
   * Numbered items naming their parts (1.决策部分扣1分：…⏎2.过程部分扣1分：…⏎3.过程部分扣1.5分：…) summed up by part after them
   * (以上扣分合计7分，与各部分得分对应：决策扣1分，过程扣2.5分，…): each part of the summary is made of its items' points.
   */
  @Test
  void partsOfTheItemsSummedUpAgainAreMadeOfThem() {
    Report r = extract("三、自评结果\n评价指标分决策（20分）、过程（20分）、产出（40分）、效益（20分）四部分，满分100分。经自评，四部分分别得19分、"
        + "17.5分、38分、18.5分，综合得分93分，自评等级为“优”。\n五、扣分说明\n本次自评共扣7分，具体如下：\n"
        + "1.决策部分扣1分：绩效目标中“可持续影响”未设置量化指标。\n2.过程部分扣1分：1家企业46.68万元奖补资金暂缓拨付形成结余。\n"
        + "3.过程部分扣1.5分：部分企业验收档案不完整。\n4.产出部分扣2分：拨付及时率83.33%，未达到100%的目标。\n"
        + "5.效益部分扣1.5分：受奖企业满意度88.60%，低于90%的目标值。\n"
        + "以上扣分合计7分，与各部分得分对应：决策扣1分，过程扣2.5分，产出扣2分，效益扣1.5分。");
    assertThat(read(r)).containsExactly(tuple("决策", "1", List.of("1")), tuple("过程", "2.5", List.of("1", "1.5")),
        tuple("产出", "2", List.of("2")), tuple("效益", "1.5", List.of("1.5")));
    assertThat(r.score().deducted().text()).isEqualTo("7分");
  }

  /**
   * A summary by part (其中产出指标扣4.5分，效益指标扣4.5分…), then each part again as 方面 opening its own items: each part of the
   * summary is made of its items' points, counted once.
   */
  @Test
  void aSummaryByPartThenEachPartOpeningItsItems() {
    Report r = extract("三、自评结果\n本项目按产出、效益、满意度三部分评分，自评得分88.5分。\n五、扣分情况及原因分析\n"
        + "全年共扣11.5分，其中产出指标扣4.5分，效益指标扣4.5分，满意度指标扣2.5分。产出方面，心理矫治服务人次未达标扣2分，社工持证率未达标扣1分，"
        + "经费拨付不及时扣1.5分。效益方面，就业就学率未达标扣2分，平台数据共享不畅扣2.5分。满意度方面，矫正对象满意度扣1.5分，群众满意度扣1分。");
    assertThat(read(r)).containsExactly(tuple("产出指标", "4.5", List.of("2", "1", "1.5")), tuple("效益指标", "4.5", List.of("2", "2.5")),
        tuple("满意度指标", "2.5", List.of("1.5", "1")));
    assertThat(r.score().deducted().text()).isEqualTo("11.5分");
  }

  /** A sum after so much for each (每所扣0.5分，共扣1.5分) is the item's own points, not the passage's total. */
  @Test
  void aSumAfterSoMuchForEachIsTheItemsOwn() {
    Report r = extract("本项目自评得分94.9分，等级为“优”。\n五、扣分说明\n1.维修改造学校数：完成80.00%，扣1.2分；\n"
        + "2.资金按时拨付率：3所学校拨付延迟，每所扣0.5分，共扣1.5分；\n3.学生满意度：88.60%，低于90%，扣2.4分。\n以上共扣5.1分。");
    assertThat(read(r)).containsExactly(tuple(null, "1.2", List.of()), tuple(null, "1.5", List.of()), tuple(null, "2.4", List.of()));
    assertThat(r.score().deducted().text()).isEqualTo("5.1分");
  }

  /**
   * Items that name their part and then its indicator after a dash ((2)过程—预算执行：…扣1.0分), a part named again by its next item,
   * points in parentheses after the indicator (过程—档案管理（扣1.00分）), which are the item's and no sum of the part, and the parts'
   * points told again after them (其中决策扣1.0分、过程扣1.5分): one telling, the items under the points stated for them.
   */
  @Test
  void itemsNamingTheirPartBeforeADash() {
    String scored = "自评得分95.5分，等级为“优”。其中决策19.0分、过程18.5分、产出30.0分、效益28.0分，权重分别为20分、20分、30分、30分。\n";
    Report r = extract(scored + "五、扣分说明\n（1）决策—绩效目标：部分指标未细化，扣1.0分；\n（2）过程—预算执行：执行率仅90.00%，扣1.0分；\n"
        + "（3）过程—资产管理：台账更新不及时，扣0.5分；\n（4）效益—满意度：满意度90.33%，扣2.0分。\n以上共扣4.5分。");
    assertThat(read(r)).containsExactly(tuple("决策", null, List.of("1.0")), tuple("过程", null, List.of("1.0", "0.5")),
        tuple("效益", null, List.of("2.0")));
    Report inParentheses = extract(scored + "五、扣分说明\n1．决策—绩效目标（扣1.00分）：指标细化不够。\n2．过程—预算执行（扣0.50分）：执行率96.53%。\n"
        + "3．过程—档案管理（扣1.00分）：归档不及时。\n4．效益—满意度（扣2.00分）：满意度88.5%。\n以上合计扣4.50分。");
    assertThat(read(inParentheses)).containsExactly(tuple("决策", null, List.of("1.00")), tuple("过程", null, List.of("0.50", "1.00")),
        tuple("效益", null, List.of("2.00")));
    Report toldAgain = extract(scored + "五、扣分说明\n1. 决策—资金分配：分配与需求衔接不够，扣1.0分；\n2. 过程—预算执行率：执行率偏低，扣1.0分；\n"
        + "3. 过程—项目管理：归档不及时，扣0.5分；\n4. 效益—长效管护：制度未建立，扣2.0分。\n其中决策扣1.0分、过程扣1.5分、效益扣2.0分。");
    assertThat(read(toldAgain)).containsExactly(tuple("决策", "1.0", List.of("1.0")), tuple("过程", "1.5", List.of("1.0", "0.5")),
        tuple("效益", "2.0", List.of("2.0")));
  }

  /** The parts' points in parentheses after their scores, listed (分项得分：产出指标得47.50分（扣2.50分），效益指标得28.00分（扣2.00分）…). */
  @Test
  void pointsInParenthesesAfterEachPartsScore() {
    Report r = extract("自评总分92.50分，等级为“优”。\n分项得分：产出指标得47.50分（扣2.50分），效益指标得28.00分（扣2.00分），"
        + "满意度指标得17.00分（扣3.00分）。\n");
    assertThat(read(r)).containsExactly(tuple("产出指标", null, List.of("2.50")), tuple("效益指标", null, List.of("2.00")),
        tuple("满意度指标", null, List.of("3.00")));
    Report listed = extract("自评得分92.3分，等级为“优”。其中决策14.0分（扣1.0分）、过程23.5分（扣1.5分）、产出32.0分（扣3.0分）、效益22.8分（扣2.2分）。\n");
    assertThat(read(listed)).extracting(t -> t.toList().get(0)).containsExactly("决策", "过程", "产出", "效益");
  }

  /** A part's list opened by a colon: its first item naming a usual part that is none of the score's (满意度) is one of its items. */
  @Test
  void aPartsFirstItemNamingAUsualPart() {
    Report r = extract("自评得分88分，等级为“良”。其中决策部分19分、过程部分17分、产出部分28分、效益部分24分。\n五、扣分说明\n"
        + "决策部分扣1分：预算编制偏宽，扣1分。\n效益部分扣6分：（1）满意度91.60%，低于目标，扣2.5分；（2）就业率76.67%，扣2.5分；"
        + "（3）办结率95.35%，扣1分。\n以上共扣7分。");
    assertThat(read(r)).contains(tuple("效益部分", "6", List.of("2.5", "2.5", "1")));
  }

  /**
   * The total named by the evaluation and its unit together (本次部门整体自评共扣3.28分); a summary by part before items naming none but
   * the last, which names the indicator a part is named for (…满意度82.60%…扣7.40分 after 满意度指标扣7.40分): the parts.
   */
  @Test
  void aSummaryByPartBeforeItemsOneNamingItsIndicator() {
    Report r = extract("自评得分89.42分，等级为“良”。\n五、扣分说明\n本次自评共扣10.58分，其中产出指标扣2.56分、效益指标扣0.62分、满意度指标扣7.40分。"
        + "一是隔离带3.5公里未能施工，扣1.27分；二是2个监控点未能安装，扣1分；三是资金下达较晚，扣0.29分；四是覆盖率未达标，扣0.62分；"
        + "五是群众满意度82.60%，低于目标，扣7.40分。");
    assertThat(read(r)).containsExactly(tuple("产出指标", "2.56", List.of()), tuple("效益指标", "0.62", List.of()),
        tuple("满意度指标", "7.40", List.of()));
    Report unit = extract("自评得分96.72分，等级为“优”。其中决策19.5分、过程18.92分、产出29.5分、效益28.8分。\n五、扣分说明\n"
        + "本次部门整体自评共扣3.28分。决策扣0.5分，原因是指标不够细化。过程扣1.08分：预算执行率98.71%，扣0.08分；账实不符，扣1分。"
        + "产出扣0.5分：检查未完成。效益扣1.2分：满意度未达标。");
    assertThat(unit.score().deducted().text()).isEqualTo("3.28分");
  }
  /** The total named for all the indicators (全部指标共扣4.0分：) is the points lost in all, no item beside those it lists. */
  @Test
  void aTotalNamedForAllTheIndicators() {
    Report r = extract("自评得分96.0分，等级为“优”。\n五、扣分说明\n全部指标共扣4.0分：\n1.村干部岗位在岗率（产出指标）：在岗率99.58%，扣0.5分；\n"
        + "2.报酬按月发放及时率（产出指标）：报酬推迟发放，扣1.0分；\n3.群众满意度（满意度指标）：满意度88.50%，扣2.5分。");
    assertThat(r.score().deducted().text()).isEqualTo("4.0分");
    assertThat(read(r)).extracting(t -> t.toList().get(1)).containsExactly("0.5", "1.0", "2.5");
  }

  /**
   * In the list a part's colon opens, an item named for what the part is named for (满意度指标扣4.6分：…游客满意度扣1.6分；…，满意度扣3分) is
   * one of its items while they fall short of its points.
   */
  @Test
  void anItemNamedLikeItsPartInThePartsList() {
    Report r = extract("自评得分88.6分，等级为“良”。其中产出指标得46.7分，效益指标得26.5分，满意度指标得15.4分。\n五、偏差原因及扣分情况\n"
        + "本次自评共扣11.4分。产出指标扣3.3分：培训未达目标，扣1.8分；兑付及时率扣1.5分。效益指标扣3.5分：带动就业未达目标，扣2分；"
        + "长效机制仅初步建立，扣1.5分。满意度指标扣4.6分：旺季配套不足，游客满意度扣1.6分；经营户意见较多，满意度扣3分。");
    assertThat(read(r)).containsExactly(tuple("产出指标", "3.3", List.of("1.8", "1.5")), tuple("效益指标", "3.5", List.of("2", "1.5")),
        tuple("满意度指标", "4.6", List.of("1.6", "3")));
  }
  /**
   * Items named by part before a dash, then the total with the parts' points told again after it (以上合计扣9.5分，其中决策扣1分、过程扣1.5分…):
   * each part has its points and the items that make them up.
   */
  @Test
  void thePartsToldAgainAfterTheTotal() {
    Report r = extract("自评得分90.5分，等级为“优”。其中决策14分、过程18.5分、产出32分、效益26分。\n五、扣分说明\n"
        + "（1）决策—绩效指标明确性（分值3分，得2分），扣1分：效益指标以定性描述为主。\n（2）过程—预算执行率（分值5分，得4分），扣1分：执行率96.56%。\n"
        + "（3）过程—档案管理规范性（分值3分，得2.5分），扣0.5分：复核资料不全。\n（4）产出—季度发放及时率（分值8分，得5分），扣3分：第四季度延迟发放。\n"
        + "以上合计扣5.5分，其中决策扣1分、过程扣1.5分、产出扣3分。");
    assertThat(read(r)).containsExactly(tuple("决策", "1", List.of("1")), tuple("过程", "1.5", List.of("1", "0.5")),
        tuple("产出", "3", List.of("3")));
    assertThat(r.score().deducted().text()).isEqualTo("5.5分");
  }

  /**
   * Items naming no part, then the points lost by part after 分类看 (…，扣0.80分。分类看，预算执行率扣0.33分，产出指标扣1.80分，…): the
   * parts; and a quoted scale (按“延期1个月以内扣1分”扣1.00分) is no deduction.
   */
  @Test
  void partsSummedUpByCategoryAndAQuotedScale() {
    Report r = extract("自评得分97.31分，等级为“优”。其中预算执行率9.67分、产出48.20分、效益29.44分、满意度10.00分。\n五、偏差原因及扣分情况\n"
        + "本次自评共扣2.69分。预算执行率为96.67%，扣0.33分。土壤样品检测完成率90.00%，扣0.80分。项目完工时间延后20天，按“延期1个月以内扣1分”"
        + "扣1.00分。亩均节本增效完成目标值的92.00%，扣0.56分。分类看，预算执行率扣0.33分，产出指标扣1.80分，效益指标扣0.56分，满意度指标未扣分，"
        + "合计扣2.69分。");
    assertThat(read(r)).containsExactly(tuple("预算执行率", "0.33", List.of()), tuple("产出指标", "1.80", List.of()),
        tuple("效益指标", "0.56", List.of()));
    assertThat(r.score().deducted().text()).isEqualTo("2.69分");
  }
  /**
   * A summary by part written 扣了 (过程指标扣了1.5分，产出指标扣了3分…), then each part's items in a sentence of its own naming the part's
   * points again without a deduction's word before them (产出指标的3分分别扣在三处：…扣1分；…): each part has its points and its items.
   */
  @Test
  void partsLostWrittenWithLe() {
    Report r = extract("经自评，本项目得分93.5分，等级为“优”。其中决策10分、过程18.5分、产出32分、效益33分。\n五、扣分情况及偏差原因\n"
        + "本项目共扣6.5分。分开来看，过程指标扣了1.5分，产出指标扣了3分，效益指标扣了2分，决策指标未扣分。\n"
        + "过程指标的1.5分扣在资金使用合规性上：3笔医疗救治费用票据后未附诊疗明细。\n"
        + "产出指标的3分分别扣在三处：街面巡查次数少于计划，扣1分；信息录入及时率未达标，扣1分；平均在站天数超标，扣1分。\n"
        + "效益指标的2分扣在寻亲成功率上：部分人员DNA比对未找到亲属。");
    assertThat(read(r)).containsExactly(tuple("过程指标", "1.5", List.of()), tuple("产出指标", "3", List.of("1", "1", "1")),
        tuple("效益指标", "2", List.of()));
    assertThat(r.score().deducted().text()).isEqualTo("6.5分");
  }
  /**
   * A score made of the indicators of its table, and the points lost summed up by usual part, each part's items then named as the
   * indicators they were lost on (过程指标扣2.5分。其中预算执行率扣1.5分…；制度执行有效性扣1分…): items of the part, not parts.
   */
  @Test
  void indicatorsNamedUnderTheUsualPartTheyBelongTo() {
    String text = ("三、自评结论\n本次自评按照决策、过程、产出、效益四个一级指标设置评价指标体系，权重分别为15分、20分、35分、30分，满意度指标纳入效益类评价。经综合评价，本项目自评得分91.5分。按照“综合得分90分（含）以上为"
        + "优秀、80分（含）至90分为良好、60分（含）至80分为合格、60分以下为不合格”的等级标准，自评等级为“优秀”。其中：决策指标得14分，过程指标得17.5分，产出指标得33.5分，效益指标得26.5分。\n"
        + "四、绩效指标完成情况\n"
        + "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因\n"
        + "决策\t项目立项\t立项依据充分性\t充分\t充分\t4\t4\t—\n"
        + "决策\t项目立项\t立项程序规范性\t规范\t规范\t3\t3\t—\n"
        + "决策\t绩效目标\t绩效目标合理性\t合理\t合理\t4\t4\t—\n"
        + "决策\t绩效目标\t绩效指标明确性\t细化量化\t部分未量化\t4\t3\t个别效益指标仅定性表述\n"
        + "过程\t资金管理\t资金到位率\t100%\t100%\t4\t4\t—\n"
        + "过程\t资金管理\t预算执行率\t100%\t96.71%\t5\t3.5\t煤矿点延期，尾款未结算\n"
        + "过程\t资金管理\t资金使用合规性\t合规\t合规\t5\t5\t—\n"
        + "过程\t组织实施\t管理制度健全性\t健全\t健全\t3\t3\t—\n"
        + "过程\t组织实施\t制度执行有效性\t有效\t基本有效\t3\t2\t施工日志、影像资料不全\n"
        + "产出\t数量指标\t修复治理面积\t≥300公顷\t312.40公顷\t8\t8\t—\n"
        + "产出\t数量指标\t完成修复矿山点\t7个\t7个\t5\t5\t—\n"
        + "产出\t数量指标\t消除地质灾害隐患点\t12处\t12处\t4\t4\t—\n"
        + "产出\t质量指标\t竣工验收合格率\t100%\t100%\t5\t5\t—\n"
        + "产出\t质量指标\t苗木成活率\t≥85%\t88.30%\t4\t4\t—\n"
        + "产出\t时效指标\t按期完工率\t100%\t85.71%\t5\t3.5\t采空区补勘及汛期停工\n"
        + "产出\t成本指标\t亩均修复成本\t≤4,200元\t3,931.63元\t4\t4\t—\n"
        + "效益\t生态效益\t修复区植被覆盖度\t≥80%\t76.42%\t6\t5\t边坡土层薄，草本未全覆盖\n"
        + "效益\t经济效益\t新增耕地面积\t≥600亩\t586亩\t6\t5\t14亩地块改为草地\n"
        + "效益\t社会效益\t受益群众人数\t≥3,000人\t3,460人\t4\t4\t—\n"
        + "效益\t可持续影响\t修复后管护制度\t建立\t已建立\t4\t4\t—\n"
        + "效益\t满意度\t周边群众满意度\t≥90%\t88.60%\t10\t8.5\t施工扬尘、运输噪声影响\n"
        + "合计\t\t\t\t\t100\t91.5\t\n"
        + "五、扣分情况说明\n"
        + "本项目共扣8.5分，按一级指标归集如下：\n"
        + "决策指标扣1分。绩效指标明确性扣1分，原因是“人居环境明显改善”等效益指标没有量化，不便于考核。\n"
        + "过程指标扣2.5分。其中预算执行率扣1.5分，县级配套资金因工程延期尚有62.64万元未支出；制度执行有效性扣1分，部分矿山点施工日志和隐蔽工程影像资料不全。\n"
        + "产出指标扣1.5分，全部为按期完工率：黄泥坳煤矿点比计划推迟48天完工。\n"
        + "效益指标扣3.5分。修复区植被覆盖度比目标低3.58个百分点，扣1分；新增耕地比目标少14亩，扣1分；周边群众满意度比目标低1.40个百分点，扣1.5分，群众意见主要集中在施工期扬尘和渣土运输噪声。\n");
    // read as a file is, its table typed in tabs read as the indicators the score is made of
    Report r = Extraction.of("mine.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(read(r)).containsExactly(tuple("决策指标", "1", List.of("1")), tuple("过程指标", "2.5", List.of("1.5", "1")),
        tuple("产出指标", "1.5", List.of()), tuple("效益指标", "3.5", List.of("1", "1", "1.5")));
    // a part of the score named after a usual part that is one too is a part of its own
    Report parts = extract("六、自评结论\n本项目自评得分88.5分。其中：决策过程10分得8分；预算执行10分得9分；产出指标40分得36.5分；效益指标30分得26分；"
        + "满意度指标10分得9分。应急演练未完成年度计划，产出指标扣3.5分；年初预算编制对汛期物资需求估计不足，决策过程扣2分。");
    assertThat(read(parts)).containsExactly(tuple("产出指标", "3.5", List.of()), tuple("决策过程", "2", List.of()));
  }
  /**
   * The total lost named for the project alone before the parts (本项目自评扣11.5分，…), each part summed after its items, and the total
   * told again after them (三类指标合计扣11.5分).
   */
  @Test
  void theTotalNamedForTheProjectAlone() {
    Report r = extract("四、自评结论\n本项目自评得分92.5分，等级为“优”。\n五、扣分情况说明\n本项目自评扣7.5分，对照各项指标逐一说明如下。\n"
        + "产出指标方面：服务人次完成目标的96.15%，该项分值8分，得6.5分；有4个班未按期开课，分值5分，得4分。产出指标合计扣2.5分。\n"
        + "效益指标方面：数字化课程资源库只完成16门，分值5分，得3分；讲座少办2场，分值5分，得4分。效益指标合计扣3分。\n"
        + "满意度指标方面：家长满意度比目标低1.99个百分点，分值10分，得8分，扣2分。\n三类指标合计扣7.5分。");
    assertThat(r.score().deducted().text()).isEqualTo("7.5分");
    assertThat(read(r)).extracting(t -> t.toList().get(0)).containsExactly("产出指标", "效益指标", "满意度指标");
  }
  /** Parts' sums written 扣分小计 before what they list, and the total 以上四类扣分合计 after them. */
  @Test
  void partsSummedAsSubtotalsOfPointsLost() {
    Report r = extract("四、自评结论\n项目绩效评价指标体系由资金管理、产出、效益、满意度四部分组成，分值分别为10分、50分、30分、10分。经评价，"
        + "本项目自评得分92.25分，其中资金管理9分，产出47.5分，效益27分，满意度8.75分。\n五、扣分情况及原因\n本项目共扣7.75分，按指标类别分列如下：\n"
        + "资金管理类扣分小计1分：预算执行率93.98%，未达到95%的目标，扣1分。\n产出类扣分小计2.5分：巡河次数未达目标扣1分；保洁员在岗人数不足扣0.5分；"
        + "健康评价报告提交延期扣1分。\n效益类扣分小计3分：方案修编未全部完成扣2分；重点河湖健康比例未达目标扣1分。\n"
        + "满意度类扣分小计1.25分：满意度93.75%，未达到95%的目标。\n以上四类扣分合计7.75分。");
    assertThat(read(r)).containsExactly(tuple("资金管理类", "1", List.of("1")), tuple("产出类", "2.5", List.of("1", "0.5", "1")),
        tuple("效益类", "3", List.of("2", "1")), tuple("满意度类", "1.25", List.of()));
    assertThat(r.score().deducted().text()).isEqualTo("7.75分");
  }

  /** A part's sum before a colon, after its name and 方面 (产出指标方面扣6分：…扣2分；…扣1分；…扣3分。): its points, not one of its items. */
  @Test
  void aPartsSumBeforeTheColonOfWhatItLists() {
    Report r = extract("本项目自评得分92.0分。\n五、扣分情况说明\n本次自评共扣8.0分。产出指标方面扣6分：发放准确率未达100%，扣2分；公示率仅97.37%，扣1分；"
        + "长坑乡发放延迟7天，按时发放率扣3分。效益指标方面扣2分：政策知晓率92.58%，比目标低2.42个百分点，扣2分。以上各项扣分合计8.0分。");
    assertThat(read(r)).containsExactly(tuple("产出指标", "6", List.of("2", "1", "3")), tuple("效益指标", "2", List.of("2")));
    assertThat(r.score().deducted().text()).isEqualTo("8.0分");
  }

  /**
   * Items naming no part, then summed up by the parts named in turn (决策、过程、产出、效益四部分分别扣1分、1.5分、3.0分、1.5分): the
   * parts are the deductions; where they do not add up to the items, the items stay as they were read.
   */
  @Test
  void itemsSummedUpByThePartsNamedInTurn() {
    String text = "自评得分93.0分。\n五、扣分情况及原因分析\n本次自评共扣7.0分，明细如下：\n1. 绩效目标细化程度不够，扣1分；\n2. 预算执行率95.58%%，"
        + "未达到100%%，扣1分；\n3. 详细调查报告评审滞后，扣0.5分；\n4. 初步调查少完成1个，扣1.5分；\n5. 结构调整少完成50亩，扣0.5分；\n"
        + "6. 修复工程延迟20天完工，扣1分；\n7. 农产品抽检达标率低于目标，扣1.5分。\n决策、过程、产出、效益四部分分别扣%s分、1.5分、3.0分、1.5分，合计7.0分。";
    assertThat(read(extract(text.formatted("1")))).containsExactly(tuple("决策", "1", List.of()), tuple("过程", "1.5", List.of()),
        tuple("产出", "3.0", List.of()), tuple("效益", "1.5", List.of()));
    assertThat(read(extract(text.formatted("2")))).hasSizeGreaterThan(4).allSatisfy(d -> assertThat(d.toList().get(0)).isNull());
  }

  /**
   * A summary by part whose sentence ends on the line that then goes through the items (…，满意度指标扣2分，效益指标未扣分。具体说，…扣1分。
   * 产出指标中，…): an item after its full stop is none of the last part named, which its own items come to later.
   */
  @Test
  void itemsAfterTheSentenceOfASummaryByPart() {
    Report r = extract("本次自评得分93.5分。\n五、扣分说明\n本次自评共扣6.5分。按指标类别归集，预算执行扣1分，产出指标扣3.5分，满意度指标扣2分，"
        + "效益指标未扣分。具体说，预算执行率95.74%，比98%的目标低2.26个百分点，扣1分。产出指标中，执法文书规范率未达标扣1.5分，"
        + "1件处罚决定被复议撤销扣1分，4件投诉举报超期处理扣1分。满意度指标中，沿街商户满意度未达标扣2分。");
    assertThat(read(r)).containsExactly(tuple(null, "1", List.of()), tuple("产出指标", "3.5", List.of("1.5", "1", "1")),
        tuple("满意度指标", "2", List.of("2")));
    assertThat(r.score().deducted().text()).isEqualTo("6.5分");
  }

  /**
   * An indicator's points, then 其中 and its items on its line (质量指标扣4分，其中…扣1分；…扣1.5分；…扣1.5分): the indicator's points count
   * them, one item of the part it stands in.
   */
  @Test
  void anIndicatorsItemsAfterItsPointsAndQizhong() {
    Report r = extract("本单位自评得分91.5分。\n五、扣分情况\n本年度共扣8.5分。\n产出部分合计扣5.5分。质量指标扣4分，其中结案率低于目标，扣1分；"
        + "设备完好率低于目标，扣1.5分；违法处理率低于目标，扣1.5分。时效指标扣1.5分，两处路口投用时间比计划晚20天。\n"
        + "效益部分合计扣3分。亡人事故起数超出控制目标1起，扣1分；平均车速比目标低，扣2分。");
    assertThat(read(r)).containsExactly(tuple("产出部分", "5.5", List.of("4", "1.5")), tuple("效益部分", "3", List.of("1", "2")));
    assertThat(r.score().deducted().text()).isEqualTo("8.5分");
  }

  /**
   * A part named, a few words, then its sum before a colon (产出类指标失分较多，合计失6.5分：一是…): the part's sum with what it lists, the
   * total stated before the list staying the passage's.
   */
  @Test
  void aPartsSumAfterItsNameAndWordsBeforeItsColon() {
    Report r = extract("自评得分88.5分，等级为“良”。\n六、扣分情况\n本年度共计失分11.5分，按指标类别分述如下。\n投入类指标失1分。预算调整率超过控制目标。\n"
        + "过程类指标失1分。报销附件不完整。\n产出类指标失分较多，合计失6.5分：一是巡察村数少于目标，失1.5分；二是培训人次少于目标，失1分；"
        + "三是报告通过率未达到100%，失1.5分；四是整改完成率低于目标，失2.5分。\n效益类指标失3分：线索办结率未达目标，失1分；群众满意度低于目标，失2分。");
    assertThat(read(r)).containsExactly(tuple("投入类指标", "1", List.of()), tuple("过程类指标", "1", List.of()),
        tuple("产出类指标", "6.5", List.of("1.5", "1", "1.5", "2.5")), tuple("效益类指标", "3", List.of("1", "2")));
    assertThat(r.score().deducted().text()).isEqualTo("11.5分");
  }

  /**
   * The sum of the rest after what lost none, as the first deduction of its passage (预算管理类指标未扣分，其余三类指标共扣6分：…), is all that
   * was lost; after another part's deduction (决策类扣1分，其余三类指标共扣5分), it is not.
   */
  @Test
  void theRestsSumAfterWhatLostNone() {
    Report r = extract("自评得分94分，等级为“优”。\n五、扣分情况\n对照评分表，预算管理类指标未扣分，其余三类指标共扣6分：产出类扣4分，效益类扣1.5分，"
        + "满意度类扣0.5分。");
    assertThat(read(r)).containsExactly(tuple("产出类", "4", List.of()), tuple("效益类", "1.5", List.of()), tuple("满意度类", "0.5", List.of()));
    assertThat(r.score().deducted().text()).isEqualTo("6分");
    Report after = extract("自评得分94分，等级为“优”。\n五、扣分情况\n对照评分表，决策类扣1分，其余三类指标共扣5分：产出类扣3.5分，效益类扣1分，"
        + "满意度类扣0.5分。");
    assertThat(after.score().deducted()).isNull();
  }

  /**
   * A summary by part, then on the lines after it items the summary's parts count: one naming nothing (献血人次完成98.42%，扣1分) and one
   * opening with an indicator of the score's table (再次献血者占比38.16%，…扣1分), which lists no more points of its own either.
   */
  @Test
  void anIndicatorOnALineAfterASummaryByPart() {
    String text = "三、自评结论\n本单位自评得分94分，等级为“优”。\n四、绩效指标完成情况\n"
        + "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
        + "预算管理\t预算执行\t预算执行率\t≥95%\t98.61%\t20\t20\n"
        + "产出\t数量指标\t无偿献血人次\t≥10,000人次\t9,842人次\t20\t19\n"
        + "产出\t质量指标\t再次献血者占比\t≥40%\t38.16%\t10\t9\n"
        + "产出\t时效指标\t设备购置完成时间\t9月底前\t11月中旬\t10\t9\n"
        + "效益\t社会效益\t急救用血送达率\t≥95%\t93.87%\t20\t18.5\n"
        + "满意度\t服务对象满意度\t用血医疗机构满意度\t≥95%\t92.86%\t20\t18.5\n"
        + "合计\t\t\t\t\t100\t94\n"
        + "五、扣分情况\n预算管理类指标未扣分，其余三类指标共扣6分：产出类扣3分，效益类扣1.5分，满意度类扣1.5分。\n"
        + "产出类的3分由三个指标各扣1分构成。献血人次完成98.42%，扣1分；再次献血者占比38.16%，比目标低1.84个百分点，扣1分；"
        + "设备购置比计划推迟一个半月完成，扣1分。\n效益类扣1.5分，全部在急救用血送达率一项。满意度类扣1.5分，在用血医疗机构满意度一项。\n";
    Report r = Extraction.of("blood.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(r.score().components()).hasSize(6);
    assertThat(read(r)).containsExactly(tuple("产出类", "3", List.of()), tuple("效益类", "1.5", List.of()), tuple("满意度类", "1.5", List.of()));
    assertThat(r.score().deducted().text()).isEqualTo("6分");
  }

  /** Parts named after the words that walk through them in turn (先看产出指标，…；再看效益指标，…；最后是满意度指标，…) open their clauses. */
  @Test
  void partsNamedAsTheyAreWalkedThroughInTurn() {
    Report r = extract("本项目自评得分92分。\n扣分说明：先看产出指标，认证少1个，扣1.5分，验收合格率未达标，扣3分；再看效益指标，产值增长偏慢，扣2分；"
        + "最后是满意度指标，满意度低于目标，扣1.5分。");
    assertThat(read(r)).containsExactly(tuple("产出指标", null, List.of("1.5", "3")), tuple("效益指标", null, List.of("2")),
        tuple("满意度指标", null, List.of("1.5")));
  }

  /**
   * Running totals (至此累计扣4.5分; 累计扣6.5分 under the total stated before the list) are what came before them, no deductions of their
   * own and no total in all.
   */
  @Test
  void runningTotalsAreNoDeductions() {
    Report r = extract("本项目自评得分92分。\n扣分说明：本次自评共扣8分，逐项累计如下。产出指标方面，认证少1个，扣1.5分，验收未通过，扣3分，至此累计扣4.5分；"
        + "效益指标方面，产值增长偏慢，扣2分，累计扣6.5分；满意度指标方面，满意度低于目标，扣1.5分。");
    assertThat(read(r)).containsExactly(tuple("产出指标", null, List.of("1.5", "3")), tuple("效益指标", null, List.of("2")),
        tuple("满意度指标", null, List.of("1.5")));
    assertThat(r.score().deducted().text()).isEqualTo("8分");
  }
}
