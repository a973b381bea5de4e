package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class TargetMissedRuleTest {
  private static final String TEXT = """
      （二）部门年度绩效目标
      医保参保率≥90%%。发放宣传资料超过2000份。三公经费控制≤9.64万元。
      （三）目标完成情况
      医保参保率为%s%%。发放宣传资料%s份。三公经费控制%s万元。
      """;

  @Test
  void metTargetsAreNotFlagged() {
    assertThat(Check.findings(TEXT.formatted("95", "2100", "4.60"), "target.missed")).isEmpty();
  }

  @Test
  void missedTargetsAreWarnings() {
    var f = Check.findings(TEXT.formatted("80", "2000", "10.2"), "target.missed");
    assertThat(f).extracting(x -> x.subject()).containsExactly("医保参保率", "发放宣传资料", "三公经费控制");
    assertThat(f).extracting(x -> x.expected()).containsExactly("≥90%", "超过2000份", "≤9.64万元");
  }

  /** A report of results states each bound and then what was achieved, in one clause. */
  @Test
  void aBoundAndWhatWasAchievedBesideIt() {
    String results = """
        二、项目绩效目标完成情况
        质量指标：工程验收合格率目标值≥95%%，实际完成值%s%%。
        成本指标：每公里管网改造成本控制在8万元以内，实际为%s万元。
        满意度指标：受益群众满意度目标值≥90%%，实际调查满意度为%s%%。
        """;
    assertThat(Check.findings(results.formatted("100", "7.6", "96.5"), "target.missed")).isEmpty();
    var missed = Check.findings(results.formatted("92", "8.6", "86.5"), "target.missed");
    assertThat(missed).extracting(x -> x.expected()).containsExactly("≥95%", "8万元以内", "≥90%");
    assertThat(missed).extracting(x -> x.subject()).containsExactly("工程验收合格率", "每公里管网改造成本控制", "受益群众满意度");
    assertThat(Check.findings("二、完成情况\n工程验收合格率目标值≥95%，验收项目92个。", "target.missed")).as("another measure").isEmpty();
    assertThat(Check.findings("二、完成情况\n培训人次目标值不超过5万人，实际为3万人。", "target.missed")).as("counted in 万 both").isEmpty();
    assertThat(Check.findings("二、完成情况\n培训人次目标值不超过5万人，实际为6万人。", "target.missed")).hasSize(1);
    assertThat(Check.findings("二、完成情况\n满意度目标值≥90%；另有抽查满意度86.5%。", "target.missed")).as("another clause").isEmpty();
  }

  /** What was achieved and then its target, which names no indicator of its own: it is the target of the one before. */
  @Test
  void whatWasAchievedAndThenItsTarget() {
    String results = """
        二、项目绩效目标完成情况
        质量指标：年度考核136人，合格132人，考核合格率%s%%，目标值≥95%%。
        满意度指标：受益群众满意度%s%%（目标值≥90%%）。
        """;
    assertThat(Check.findings(results.formatted("97.06", "93.75"), "target.missed")).isEmpty();
    var missed = Check.findings(results.formatted("93.06", "88.5"), "target.missed");
    assertThat(missed).extracting(x -> x.expected()).containsExactly("≥95%", "≥90%");
    assertThat(missed).extracting(x -> x.subject()).containsExactly("考核合格率", "受益群众满意度");
    assertThat(Check.findings("二、完成情况\n合格率93%，另有抽查项目目标值≥95%。", "target.missed")).as("words between").isEmpty();
    assertThat(Check.findings("二、完成情况\n验收项目92个，目标值≥95%。", "target.missed")).as("another measure").isEmpty();
  }

  /**
   * A target named in full (受益群众满意度) and its result by the rate's name alone (满意度), under a
   * project's 项目绩效情况; two targets that end alike (学生满意度, 家长满意度) leave it to neither.
   */
  @Test
  void aResultNamedShortOfItsTarget() {
    String report = "一、项目基本情况\n（二）项目绩效目标\n受益群众满意度≥90%%。\n四、项目绩效情况\n（二）效益指标\n收回有效问卷296份，满意度%s。";
    assertThat(Check.findings(report.formatted("94.93%"), "target.missed")).isEmpty();
    assertThat(Check.findings(report.formatted("84.8%"), "target.missed")).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("受益群众满意度");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("84.8%", "90%");
    });
    String two = "一、项目基本情况\n（二）项目绩效目标\n学生满意度≥90%。家长满意度≥90%。\n四、项目绩效情况\n满意度84.8%。";
    assertThat(Check.findings(two, "target.missed")).isEmpty();
  }

  /** A target stated in the year's targets and again in the table of indicators beside its result is missed once. */
  @Test
  void aTargetStatedTwiceIsMissedOnce() {
    String report = """
        二、绩效目标
        年度目标：新建、改造供水工程18处；水质达标率≥95%；受益群众满意度≥90%。
        四、指标完成情况

        | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 扣分 |
        | 效益 | 满意度 | 受益群众满意度 | ≥90% | 88.6% | 8 | 5.5 | 2.5 |
        """;
    assertThat(Check.findings(report, "target.missed")).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("受益群众满意度");
      assertThat(f.evidence().get(0).quote()).isEqualTo("88.6%");
    });
  }

  /**
   * A result stated in the text under its indicator's name and again in the table beside the target: the table pairs its own,
   * and the text's is held to the target too, where its clause is opened by the name under a heading of indicators.
   */
  @Test
  void aResultRestatedInTheTextIsHeldToTheTarget() {
    String report = """
        三、绩效目标完成情况
        （一）产出指标
        1.成本指标。户均补助%s，未超过控制标准；错保率%s，已全部追回资金。
        四、绩效指标评分情况

        | 一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
        | 产出 | 户均补助 | ≤13,000元 | 12,274.67元 | 5 | 5 |
        | 产出 | 错保率 | ≤1%% | 0.60%% | 5 | 5 |
        """;
    assertThat(Check.findings(report.formatted("12,274.67元", "0.60%"), "target.missed")).isEmpty();
    assertThat(Check.findings(report.formatted("12,274.67万元", "1.60%"), "target.missed"))
        .extracting(x -> x.stated(), x -> x.expected())
        .containsExactly(tuple("12,274.67万元", "≤13,000元"), tuple("1.60%", "≤1%"));
    String missedTwice = report.formatted("13,274.67元", "0.60%").replace("12,274.67元 |", "13,274.67元 |");
    assertThat(Check.findings(missedTwice, "target.missed")).as("said twice alike, missed once").hasSize(1);
  }

  /** The name's figures that are not the indicator's result: a part after 其中, a row of years, a section of spending. */
  @Test
  void figuresUnderTheNameThatAreNoResult() {
    String table = "\n| 一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n| 产出 | 短视频 | ≥1,200条 | 1,280条 | 5 | 5 |\n"
        + "| 产出 | 签约率 | ≥45% | 47.31% | 5 | 5 |\n| 产出 | 预算执行率 | ≥95% | 95.84% | 5 | 5 |\n";
    String part = "四、绩效指标完成情况\n" + table + "（二）效益指标\n播放量10万以上的作品24条，其中短视频19条、图文5条。\n";
    assertThat(Check.findings(part, "target.missed")).isEmpty();
    String years = "四、绩效指标完成情况\n" + table + "（二）效益指标\n项目  2022年  2023年  2024年\n签约率  41.79%  44.61%  47.31%\n";
    assertThat(Check.findings(years, "target.missed")).isEmpty();
    String spending = "三、支出执行\n项目支出745.94万元，预算执行率93.59%。\n四、绩效指标完成情况\n" + table;
    assertThat(Check.findings(spending, "target.missed")).isEmpty();
  }

  /** A table of indicators in a report: its columns say which is the target, though the heading above says 完成情况. */
  @Test
  void aTableOfIndicatorsInAReport() {
    String page = """
        <html><head><meta charset="utf-8"></head><body><h1>某镇2024年度农村人居环境整治项目绩效自评报告</h1>
        <h2>二、绩效指标完成情况</h2><table border="1">
        <tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th><th>得分</th></tr>
        <tr><td rowspan="2">产出指标</td><td>数量指标</td><td>户厕改造数量</td><td>≥1200户</td><td>%s户</td><td>20</td><td>20</td></tr>
        <tr><td>质量指标</td><td>改厕验收合格率</td><td>≥95%%</td><td>%s%%</td><td>15</td><td>15</td></tr>
        </table><p>经自评，项目总得分92.5分，自评等级为“优”。</p></body></html>
        """;
    assertThat(Check.findings("report.html", page.formatted("1235", "97.3"), "target.missed")).isEmpty();
    assertThat(Check.findings("report.html", page.formatted("1150", "93.1"), "target.missed"))
        .extracting(x -> x.subject(), x -> x.expected()).containsExactly(tuple("户厕改造数量", "≥1200户"), tuple("改厕验收合格率", "≥95%"));
  }

  /** An indicator written as a line of fields: its target and result, matched by the name field. */
  @Test
  void anIndicatorWrittenAsALineOfFields() {
    String line = "二、绩效指标完成情况\n2.指标名称：改造供水管网；年度指标值：≥28公里；实际完成值：%s公里；分值：15分；得分：13分。";
    assertThat(Check.findings(line.formatted("28.5"), "target.missed")).isEmpty();
    assertThat(Check.findings(line.formatted("26.5"), "target.missed")).singleElement()
        .satisfies(f -> assertThat(f.subject()).isEqualTo("改造供水管网"));
  }

  /** A field named before its colon, its target and result bare (——部门预算执行率：目标值≥95%，实际93.81%): the field is the indicator. */
  @Test
  void aFieldWhoseTargetAndResultAreBare() {
    String line = "四、绩效目标完成情况\n——部门预算执行率：目标值≥95%%，实际%s%%，未达到目标值；\n";
    assertThat(Check.findings(line.formatted("96.10"), "target.missed")).isEmpty();
    assertThat(Check.findings(line.formatted("93.81"), "target.missed")).singleElement()
        .satisfies(f -> assertThat(f.subject()).isEqualTo("部门预算执行率"));
  }

  /** What there was at the year's start (年初库存救生衣180件) is not what the target was met with (年末480件，为目标值450件的…). */
  @Test
  void theStockAtTheYearsStartIsNoResult() {
    String text = """
        二、绩效目标
        年末储备排涝泵不少于6台、救生衣不少于450件。
        四、绩效目标完成情况
        年初库存排涝泵2台，新购4台，年末6台；年初库存救生衣180件，新购300件，年末%s件。
        """;
    assertThat(Check.findings(text.formatted("480"), "target.missed")).isEmpty();
    assertThat(Check.findings(text.replace("年初库存救生衣", "库存救生衣").formatted("480"), "target.missed"))
        .as("a stock not said to be the year's start's is a result").singleElement()
        .satisfies(f -> assertThat(f.message()).contains("180件"));
  }

  /** A target of two things joined (创办农民合作社和家庭农场) is not the target of the last of them alone (家庭农场17个). */
  @Test
  void aTargetOfThingsJoinedIsNoneOfTheLastAlone() {
    String text = "二、绩效目标\n学员新领办、创办农民合作社和家庭农场不少于20个。\n三、绩效目标完成情况\n学员新领办、创办农民合作社9个、家庭农场17个，"
        + "合计26个。";
    assertThat(Check.findings(text, "target.missed")).isEmpty();
    assertThat(Check.findings(text.replace("和家庭农场不少于", "家庭农场不少于"), "target.missed")).as("the one thing named").hasSize(1);
  }

  /**
   * What was added in the year right before the year's end level (新购大流量移动排涝泵4台，年末6台), and an aside in parentheses (即帐篷12顶、
   * 棉被150床), are no results of a target of the stock (a township's emergency supplies).
   */
  @Test
  void whatWasAddedBeforeTheYearsEndAndAnAsideAreNoResults() {
    String text = """
        二、绩效目标
        年末储备救灾帐篷不少于80顶、棉被不少于750床、排涝泵不少于6台。
        四、绩效目标完成情况
        年初库存棉被520床，新购400床，年末库存770床；年初库存排涝泵2台，新购大流量移动排涝泵4台，年末6台。
        汛期调用和发放7.26万元（按购置单价计算，即帐篷12顶33,600元、棉被150床39,000元）。
        """;
    assertThat(Check.findings(text, "target.missed")).isEmpty();
    assertThat(Check.findings(text.replace("，年末6台", ""), "target.missed")).as("the year's end not stated").singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("4台"));
    assertThat(Check.findings(text.replace("（按购置单价计算，即", "，发放").replace("39,000元）", "39,000元"), "target.missed"))
        .as("no aside").singleElement().satisfies(f -> assertThat(f.stated()).isEqualTo("150床"));
  }

  /** So many for each place (按每处场所帐篷40顶、折叠床120床的标准) is a standard, no result of a target of the stock. */
  @Test
  void aStandardForEachIsNoResult() {
    String text = """
        一、绩效目标
        年末全县储备帐篷不少于260顶、折叠床不少于800床。
        三、绩效目标完成情况
        折叠床：年初库存240床，新购600床，年末库存840床，达到不少于800床的目标。
        新购帐篷、折叠床按每处场所帐篷40顶、折叠床120床的标准分配到位。
        """;
    assertThat(Check.findings(text, "target.missed")).isEmpty();
    assertThat(Check.findings(text.replace("年末库存840床，达到不少于800床的目标", "年末库存840床"), "target.missed"))
        .as("折叠床 a target's name, the words for each not").isEmpty();
  }

  /**
   * An indicator named for each unit (统防统治每亩补助标准, 每人份检测成本) states its result under the target's own name, in a table's row
   * or in prose: a cost held to its bound, not a standard for each.
   */
  @Test
  void anIndicatorNamedForEachUnitHasItsResult() {
    String row = "四、绩效指标完成情况\n| 一级指标 | 指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 扣分 |\n"
        + "| 成本指标 | 统防统治每亩补助标准 | ≤12元 | %s元 | 4 | 4 | 0 |\n";
    assertThat(Check.findings(row.formatted("12"), "target.missed")).isEmpty();
    assertThat(Check.findings(row.formatted("22"), "target.missed")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("22元"));
    String prose = "二、绩效目标\n每人份检测成本不高于20元。\n三、绩效目标完成情况\n每人份检测成本%s元，低于20元的上限。\n";
    assertThat(Check.findings(prose.formatted("18"), "target.missed")).isEmpty();
    assertThat(Check.findings(prose.formatted("28"), "target.missed")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("28元"));
  }

  /** A figure written full-width (９５％) is quoted as written, its unit not added again. */
  @Test
  void aFullWidthFigureIsQuotedAsWritten() {
    String text = "二、绩效目标\n群众满意度不低于９５％。\n三、绩效目标完成情况\n群众满意度９３．２％，未达到目标。\n";
    assertThat(Check.findings(text, "target.missed")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("目标为不低于９５％，实际完成９３．２％，").doesNotContain("％%"));
  }

  /** A percentage written in words (百分之九十五) is quoted as written, no % after it. */
  @Test
  void aPercentageInWordsIsQuotedAsWritten() {
    String text = "二、绩效目标\n学生家长满意度不低于百分之九十五。\n三、绩效目标完成情况\n学生家长满意度93.63%，未达到目标。\n";
    assertThat(Check.findings(text, "target.missed")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("目标为不低于百分之九十五，实际完成93.63%，"));
  }
}
