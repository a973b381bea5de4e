package dev.jixiao.extract.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.jixiao.extract.EvidenceContract;
import dev.jixiao.extract.Extraction;
import dev.jixiao.record.Report;
import dev.jixiao.record.ScoreComponent;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A table of the score by its parts (a county transport bureau's report, written for this test). */
class ScoreTablesTest {
  private static final String PAGE = """
      <html><head><meta charset="utf-8"><title>某县交通运输局2024年度部门整体支出绩效自评报告</title></head><body>
      <h1>某县交通运输局2024年度部门整体支出绩效自评报告</h1>
      <p>一、部门基本情况</p>
      <p>2024年部门年初预算4,286.50万元，全年实际支出4,102.37万元，预算执行率95.70%%。</p>
      <p>二、自评得分情况</p>
      <table border="1">
      <tr><td>一级指标</td><td>分值</td><td>自评得分</td><td>得分率</td></tr>
      <tr><td>决策</td><td>20</td><td>18.50</td><td>92.50%%</td></tr>
      <tr><td>过程</td><td>20</td><td>17.80</td><td>89.00%%</td></tr>
      <tr><td>产出</td><td>40</td><td>37.20</td><td>93.00%%</td></tr>
      <tr><td>效益</td><td>20</td><td>18.60</td><td>93.00%%</td></tr>
      <tr><td>合计</td><td>100</td><td>92.10</td><td>92.10%%</td></tr>
      </table>
      %s
      </body></html>
      """;

  private static Report extract(String html) {
    Report r = Extraction.of("report.html", html.getBytes(StandardCharsets.UTF_8));
    EvidenceContract.assertEvidenceQuotesText(r);
    return r;
  }

  @Test
  void thePartsOfTheScoreTheProseStates() {
    Report r = extract(PAGE.formatted("<p>三、自评结论</p><p>综上，我局2024年度部门整体支出绩效自评得分92.10分，评价等级为“优”。</p>"));
    assertThat(r.score().total().text()).isEqualTo("92.10分");
    assertThat(r.score().grade()).isEqualTo("优");
    assertThat(r.score().components()).extracting(ScoreComponent::name, c -> c.score().text(), c -> c.weight().text())
        .containsExactly(tuple("决策", "18.50", "20"), tuple("过程", "17.80", "20"), tuple("产出", "37.20", "40"), tuple("效益", "18.60", "20"));
  }

  @Test
  void theTablesTotalWhereTheProseStatesNone() {
    Report r = extract(PAGE.formatted("<p>三、自评结论</p><p>综上，评价等级为“优”。</p>"));
    assertThat(r.score().total().text()).isEqualTo("92.10");
    assertThat(r.score().components()).hasSize(4);
  }

  /** Another total in the prose: the table is of something else, and its parts are not the score's. */
  @Test
  void aTableOfAnotherTotalGivesNoParts() {
    Report r = extract(PAGE.formatted("<p>三、自评结论</p><p>综上，我局2024年度部门整体支出绩效自评得分95分。</p>"));
    assertThat(r.score().total().text()).isEqualTo("95分");
    assertThat(r.score().components()).isEmpty();
  }

  /** A project table's 自评得分 column scores projects: without the weights' column the table gives no parts. */
  @Test
  void aProjectTableWithScoresGivesNoParts() {
    String page = PAGE.replace("<td>一级指标</td><td>分值</td>", "<td>项目</td><td>预算（万元）</td>").formatted("<p>三、自评结论</p><p>自评得分92.10分。</p>");
    assertThat(extract(page).score().components()).isEmpty();
  }

  /** A row without its score, or of another shape, and the table is not read: its parts would not be all. */
  @Test
  void aTableWithARowShortOfItsScoreIsNotRead() {
    String page = PAGE.replace("<td>17.80</td>", "<td></td>").formatted("<p>三、自评结论</p><p>自评得分92.10分。</p>");
    assertThat(extract(page).score().components()).isEmpty();
  }

  /**
   * A table whose rows are indicators under their levels (一级指标 | 二级指标 | 三级指标 | … | 分值 | 得分) is no score by its parts:
   * the 一级指标 column names a level many rows share, not a part. Its indicators are the parts, by their own names (a typed text
   * table, as the probe indicators.txt has one).
   */
  @Test
  void aTableOfIndicatorsUnderTheirLevelsIsNoTableOfParts() {
    String text = String.join("\n", "某镇2024年度农村饮水安全巩固提升工程绩效自评报告", "四、绩效指标完成及评分情况",
        "一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分",
        "产出指标  数量指标  新建集中供水工程  3处  3处  40  40",
        "产出指标  时效指标  工程按期完工率  100%  91.67%  30  26.5",
        "满意度指标  服务对象满意度指标  受益群众满意度  ≥95%  93.5%  30  27",
        "合计  —  —  —  —  100  93.5", "五、自评结论", "本项目自评得分93.5分，评价等级为“优”。");
    Report r = Extraction.of("report.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(r.score().components()).extracting(ScoreComponent::name, c -> c.score().value().toPlainString())
        .containsExactly(tuple("新建集中供水工程", "40"), tuple("工程按期完工率", "26.5"), tuple("受益群众满意度", "27"));
  }

  /** A header naming the parts' column 指标类别 (| 指标类别 | 权重 | 得分 | 扣分 |) names the parts; a column of another kind (支出类别) does not. */
  @Test
  void aColumnOfIndicatorKindsNamesTheParts() {
    String text = String.join("\n", "某县2024年新生儿疾病筛查项目绩效自评报告", "三、自评结果", "", "| %s | 权重 | 得分 | 扣分 |", "|---|---|---|---|",
        "| 预算执行率 | 10 | 9.27 | 0.73 |", "| 产出指标 | 50 | 48 | 2 |", "| 效益指标 | 30 | 28.5 | 1.5 |", "| 满意度指标 | 10 | 10 | 0 |",
        "| 合计 | 100 | 95.77 | 4.23 |", "", "自评总得分95.77分，自评等级为“优”。");
    assertThat(Extraction.of("report.txt", text.formatted("指标类别").getBytes(StandardCharsets.UTF_8)).score().components())
        .extracting(ScoreComponent::name, c -> c.score().text(), c -> c.weight().text())
        .containsExactly(tuple("预算执行率", "9.27", "10"), tuple("产出指标", "48", "50"), tuple("效益指标", "28.5", "30"), tuple("满意度指标", "10", "10"));
    assertThat(Extraction.of("report.txt", text.formatted("支出类别").getBytes(StandardCharsets.UTF_8)).score().components()).isEmpty();
  }

  /** A table of indicators under two levels gives its 小计 rows (| 决策 | 小计 | 15 | 13.5 | 1.5 |) as the parts, named by the first level. */
  @Test
  void theSubtotalsOfATwoLevelTableAreItsParts() {
    String text = String.join("\n", "桐岭县残疾人联合会2024年度部门整体支出绩效自评报告", "三、自评结果",
        "经自评，县残联2024年度部门整体支出绩效得分88分，评价等级为\"良\"。评分明细见下表：", "",
        "| 一级指标 | 二级指标     | 权重 | 得分 | 扣分 |",
        "| 决策     | 项目立项     | 5    | 5    | 0    |", "| 决策     | 绩效目标     | 10   | 8.5  | 1.5  |",
        "| 决策     | 小计         | 15   | 13.5 | 1.5  |",
        "| 过程     | 资金管理     | 15   | 12.5 | 2.5  |", "| 过程     | 组织实施     | 10   | 9    | 1    |",
        "| 过程     | 小计         | 25   | 21.5 | 3.5  |",
        "| 产出     | 产出数量     | 20   | 17.5 | 2.5  |", "| 产出     | 产出质量     | 15   | 13.5 | 1.5  |",
        "| 产出     | 小计         | 35   | 31   | 4    |",
        "| 效益     | 社会效益     | 19   | 17.5 | 1.5  |", "| 效益     | 服务对象满意度 | 6  | 4.5  | 1.5  |",
        "| 效益     | 小计         | 25   | 22   | 3    |",
        "| 合计     |              | 100  | 88   | 12   |");
    Report r = Extraction.of("report.txt", text.getBytes(StandardCharsets.UTF_8));
    assertThat(r.score().total().text()).isEqualTo("88分");
    assertThat(r.score().components()).extracting(ScoreComponent::name, c -> c.score().text(), c -> c.weight().text())
        .containsExactly(tuple("决策", "13.5", "15"), tuple("过程", "21.5", "25"), tuple("产出", "31", "35"), tuple("效益", "22", "25"));
    String withoutSubtotals = text.lines().filter(l -> !l.contains("小计")).collect(java.util.stream.Collectors.joining("\n"));
    assertThat(Extraction.of("report.txt", withoutSubtotals.getBytes(StandardCharsets.UTF_8)).score().components()).isEmpty();
  }
}
