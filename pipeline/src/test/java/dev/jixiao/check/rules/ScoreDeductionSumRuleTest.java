package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.record.Evidence;
import org.junit.jupiter.api.Test;

class ScoreDeductionSumRuleTest {
  private static final String LIST = "本项目自评得分93.5分，自评等级为“优”。扣分说明：决策扣1分；过程扣%s分，部分零星维修结算资料不完整扣1.5分，"
      + "预算执行未达到100%%扣1分；产出扣2分；效益扣1分。以上共扣%s分。";

  @Test
  void sumsThatHold() {
    assertThat(Check.findings(LIST.formatted("2.5", "6.5"), "score.deduction.sum")).isEmpty();
  }

  @Test
  void aPartsDeductionAgainstWhatItLists() {
    assertThat(Check.findings(LIST.formatted("3", "7"), "score.deduction.sum")).singleElement().satisfies(f -> {
      assertThat(f.message()).startsWith("扣分说明中“过程”扣3分，其所列各项扣分合计2.5分。");
      assertThat(f.stated()).isEqualTo("3分");
      assertThat(f.expected()).isEqualTo("2.5分");
      assertThat(f.evidence()).extracting(Evidence::quote).containsExactly("3分", "1.5分", "1分");
    });
  }

  @Test
  void theTotalAgainstTheDeductions() {
    assertThat(Check.findings(LIST.formatted("2.5", "7.5"), "score.deduction.sum")).singleElement().satisfies(f -> {
      assertThat(f.message()).startsWith("扣分说明所列各项扣分合计6.5分，与所述合计扣7.5分不符。");
      assertThat(f.stated()).isEqualTo("7.5分");
      assertThat(f.expected()).isEqualTo("6.5分");
    });
  }

  /** Points written to halves beside whole ones are exact: 1 is 1.0, and 1 + 1.5 is not 2.6. */
  @Test
  void pointsAreAddedAsWritten() {
    assertThat(Check.findings(LIST.formatted("2.6", "6.6"), "score.deduction.sum")).hasSize(1);
  }

  /**
   * The year's self-evaluation's deductions in all, stated before the parts' (本年度自评共扣7.50分，其中决策扣1.00分…), are their sum, not
   * one more deduction beside them.
   */
  @Test
  void theYearsDeductionsInAllBeforeTheParts() {
    String text = "三、自评结果\n本单位自评得分92.50分，等级为“优”。\n五、扣分情况说明\n\n本年度自评共扣%s分，其中决策扣1.00分，过程扣2.00分，产出扣1.50分，效益扣3.00分。逐项说明如下：\n\n"
        + "（1）决策—绩效目标设定：部分绩效指标表述笼统，扣1.0分；\n（2）过程—预算执行率：未达到100%%，扣2.0分；\n"
        + "（3）产出—培训场次：完成二十六场，扣1.5分；\n（4）效益—满意度：91.00%%，扣3.0分。\n\n以上合计扣7.5分。\n";
    assertThat(Check.findings(text.formatted("7.50"), "score.deduction.sum")).isEmpty();
    assertThat(Check.report(text.formatted("7.50")).score().deductions()).extracting(d -> d.name())
        .containsExactly("决策", "过程", "产出", "效益");
  }

  /** A scale in parentheses after a deduction (扣6分（3个月未达标，每月扣2分）) loses no points of its own. */
  @Test
  void aScaleInParenthesesLosesNoPoints() {
    String text = "三、自评结果\n自评得分89.22分，等级为“良”。\n五、扣分说明\n（1）污水处理站提标改造扣1.14分；（2）断面月度达标率扣6分（3个月未达标，每月扣2分）；"
        + "（3）长效管护机制扣1.5分。合计扣%s分。\n";
    assertThat(Check.findings(text.formatted("8.64"), "score.deduction.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("10.64"), "score.deduction.sum")).hasSize(1);
  }

  /** Points lost after the scale quoted before them (按“每低于1个百分点扣0.5分”扣0.9分) are lost: the scale is not. */
  @Test
  void pointsLostAfterAQuotedScale() {
    String text = "三、自评结果\n自评得分92.4分，等级为“优”。\n五、扣分说明\n过程部分扣%s分：预算执行率98.20%%，未达到100%%的目标，按“每低于1个百分点扣0.5分”"
        + "扣0.9分；结转结余率1.80%%，高于1%%的目标，扣0.5分；1项政府采购合同备案滞后，扣0.5分；部分新购办公设备未及时登记入账，扣0.3分。\n";
    assertThat(Check.findings(text.formatted("2.2"), "score.deduction.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("2.7"), "score.deduction.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("2.2分"));
  }

  /**
   * A part's line giving its points and the reason it lost them, then other items on lines of their own (a county university for the
   * elderly: 预算执行率扣0.24分。年末结余…): the part is an item like them, not their heading.
   */
  @Test
  void aPartClosedByItsReasonHeadsNothing() {
    String text = """
        经自评，总得分为96.06分，等级为“优”。其中：预算执行率得9.76分，产出指标得48.5分，效益指标得28.8分，满意度指标得9分。
        五、扣分情况
        本年度共扣3.94分，涉及三项指标：
        预算执行率扣0.24分。年末结余46,226.20元，主要是部分展演活动经费按实际需要压减，未全额使用。
        乡镇分校覆盖率扣1分。两个乡暂无可供长期使用的教学用房，分校筹建工作未能在年内完成。
        学员满意度扣%s分。问卷反映的主要意见集中在热门专业报名名额不足等方面。
        """;
    assertThat(Check.findings(text.formatted("2.7"), "score.deduction.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("2.6"), "score.deduction.sum")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("合计3.84分"));
  }

  /**
   * Points lost grouped by cause, each cause's items after it in its clause (a county's drainage works: 因客观条件影响进度失分4.5分，其中…扣3分，
   * …扣1.5分；因…失分4分，…), and the groups summed (两类合计扣8.5分).
   */
  @Test
  void groupsByCause() {
    String text = """
        经综合评定，项目自评得分91.5分，等级为“优”。
        六、扣分及偏差原因说明
        按失分原因归类：因客观条件影响进度失分4.5分，其中连续降雨导致工期延误28天，项目完工时间指标按“每延期10天扣1分”扣%s分，北门易涝点\
        未实施，按“每少整治1处扣1.5分”扣1.5分；因施工组织不到位失分4分，居民满意度低于目标2.80个百分点扣3分，投诉处理满意度低于目标\
        0.53个百分点扣1分。两类合计扣8.5分。
        """;
    assertThat(Check.findings(text.formatted("3"), "score.deduction.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("3"), "score.deduction")).isEmpty();
    assertThat(Check.findings(text.formatted("2"), "score.deduction.sum")).isNotEmpty();
  }

  /** The most lost and what each of the rest lost, told before the list (扣分最多的是满意度（扣1.5分），其余四项各扣1分：): no items. */
  @Test
  void anOverviewBeforeTheList() {
    String text = """
        经自评，项目得分94.5分，等级为“优”。
        五、扣分说明
        自评共扣5.5分。扣分最多的是满意度（扣1.5分），其余四项各扣1分：
        ——退捕渔民满意度比目标低1.27个百分点，扣1.5分。
        ——预算执行率低于目标2.75个百分点，扣1分。
        ——养老保险应保尽保率低于目标，扣1分。
        ——护渔员补贴按月发放及时率低于目标，扣%s分。
        ——动态监测帮扶长效机制部分建立，扣1分。
        """;
    assertThat(Check.findings(text.formatted("1"), "score.deduction.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("2"), "score.deduction.sum")).hasSize(1);
  }

  /**
   * A part named as the budget's management (（一）预算管理扣1分。预算调整率指标：…扣1分。), the score made of its table's indicators: the
   * indicator on the part's line is the part's item, not a part of its own (a county's labour arbitration court).
   */
  @Test
  void theBudgetsManagementAsAPart() {
    String text = """
        经自评，本部门整体支出得分92.5分，等级为“优”。其中预算调整率得3分，仲裁结案率得5分，按期结案率得3.5分，网上立案占比得4分，当事人满意度得8分，其余指标得69分。
        五、扣分情况说明
        表中共有五项指标未得满分，合计扣7.5分，按一级指标分述如下：
        （一）预算管理扣1分。预算调整率指标：年中上级明确由市级统建，调减经费6.40万元，调整率超过2%%的控制目标，扣%s分。
        （二）产出扣2.5分。一是仲裁结案率指标：结案率比目标低0.16个百分点，扣1分；二是按期结案率指标：11件案件超过法定审理期限结案，扣1.5分。
        （三）效益扣2分。网上立案占比指标：网上立案占比比目标低5.51个百分点，扣2分。
        （四）满意度扣2分。当事人满意度指标：用人单位满意率仅为89.29%%，扣2分。
        """;
    assertThat(Check.findings(text.formatted("1"), "score.deduction.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("1"), "score.deduction")).isEmpty();
    assertThat(Check.findings(text.formatted("0.5"), "score.deduction.sum")).isNotEmpty();
  }

  /**
   * Items after the sentence of a summary by part, on its line, are its parts' items (…满意度指标扣2分，效益指标未扣分。具体说，…扣1分。
   * 产出指标中，…): no more points of the last part named; an item of a part changed still disagrees with it.
   */
  @Test
  void itemsAfterTheSentenceOfASummaryByPart() {
    String text = "本次自评得分93.5分。\n五、扣分说明\n本次自评共扣6.5分。按指标类别归集，预算执行扣1分，产出指标扣3.5分，满意度指标扣2分，"
        + "效益指标未扣分。具体说，预算执行率95.74%%，比98%%的目标低2.26个百分点，扣1分。产出指标中，执法文书规范率未达标扣%s分，"
        + "1件处罚决定被复议撤销扣1分，4件投诉举报超期处理扣1分。满意度指标中，沿街商户满意度未达标扣2分。";
    assertThat(Check.findings(text.formatted("1.5"), "score.deduction.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("2.5"), "score.deduction.sum")).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("扣分说明中“产出指标”扣3.5分，其所列各项扣分合计4.5分。"));
  }

  /**
   * An indicator's items after its points and 其中 (质量指标扣4分，其中…扣1分；…) are counted in its points, not the part's beside them;
   * items that do not add up to the indicator's points are read as the part's and disagree with its sum.
   */
  @Test
  void anIndicatorsItemsAfterItsPointsAndQizhong() {
    String text = "本单位自评得分91.5分。\n五、扣分情况\n本年度共扣8.5分。\n产出部分合计扣5.5分。质量指标扣4分，其中结案率低于目标，扣1分；"
        + "设备完好率低于目标，扣1.5分；违法处理率低于目标，扣%s分。时效指标扣1.5分，两处路口投用时间比计划晚20天。\n"
        + "效益部分合计扣3分。亡人事故起数超出控制目标1起，扣1分；平均车速比目标低，扣2分。";
    assertThat(Check.findings(text.formatted("1.5"), "score.deduction.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("2"), "score.deduction.sum")).isNotEmpty()
        .anySatisfy(f -> assertThat(f.message()).startsWith("扣分说明中“产出部分”扣5.5分"));
  }

  /**
   * Items on the lines after a summary by part, one opening with an indicator of the score's table (再次献血者占比38.16%，…扣1分), are
   * what the summary's parts count, no more points beside them; parts that do not add up to the total still disagree with it.
   */
  @Test
  void anIndicatorOnALineAfterASummaryByPart() {
    String text = "三、自评结论\n本单位自评得分94分，等级为“优”。\n四、绩效指标完成情况\n"
        + "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
        + "预算管理\t预算执行\t预算执行率\t≥95%%\t98.61%%\t20\t20\n"
        + "产出\t数量指标\t无偿献血人次\t≥10,000人次\t9,842人次\t20\t19\n"
        + "产出\t质量指标\t再次献血者占比\t≥40%%\t38.16%%\t10\t9\n"
        + "产出\t时效指标\t设备购置完成时间\t9月底前\t11月中旬\t10\t9\n"
        + "效益\t社会效益\t急救用血送达率\t≥95%%\t93.87%%\t20\t18.5\n"
        + "满意度\t服务对象满意度\t用血医疗机构满意度\t≥95%%\t92.86%%\t20\t18.5\n"
        + "合计\t\t\t\t\t100\t94\n"
        + "五、扣分情况\n预算管理类指标未扣分，其余三类指标共扣6分：产出类扣3分，效益类扣1.5分，满意度类扣%s分。\n"
        + "产出类的3分由三个指标各扣1分构成。献血人次完成98.42%%，扣1分；再次献血者占比38.16%%，比目标低1.84个百分点，扣1分；"
        + "设备购置比计划推迟一个半月完成，扣1分。\n效益类扣1.5分，全部在急救用血送达率一项。\n";
    assertThat(Check.findings("blood.txt", text.formatted("1.5"), "score.deduction.sum")).isEmpty();
    assertThat(Check.findings("blood.txt", text.formatted("2"), "score.deduction.sum")).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("扣分说明所列各项扣分合计6.5分，与所述合计扣6分不符。"));
  }

  /**
   * Running totals that are what came before them (至此累计扣4.5分; 累计扣6.5分 under 本次自评共扣8分) are no deductions of their own; one
   * that is not still disagrees with the deductions.
   */
  @Test
  void runningTotals() {
    String text = "本项目自评得分92分。\n扣分说明：本次自评共扣8分，逐项累计如下。产出指标方面，认证少1个，扣1.5分，验收未通过，扣3分，至此累计扣4.5分；"
        + "效益指标方面，产值增长偏慢，扣2分，累计扣%s分；满意度指标方面，满意度低于目标，扣1.5分。";
    assertThat(Check.findings(text.formatted("6.5"), "score.deduction.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("6.5"), "score.deduction")).isEmpty();
    assertThat(Check.findings(text.formatted("7"), "score.deduction.sum")).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("扣分说明所列各项扣分合计6.5分，与所述合计扣7分不符。"));
  }
}
