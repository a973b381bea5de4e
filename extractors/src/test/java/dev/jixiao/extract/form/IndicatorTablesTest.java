package dev.jixiao.extract.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.jixiao.extract.EvidenceContract;
import dev.jixiao.extract.Extraction;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Report;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A report's table of indicators with merged level cells (a township's rural sanitation project,
 * written for this test): each row's target and result under the indicator's name, by the table's
 * columns, not by the heading above it.
 */
class IndicatorTablesTest {
  private static final String PAGE = """
      <html><head><meta charset="utf-8"><title>某镇2024年度农村人居环境整治项目绩效自评报告</title></head><body>
      <h1>某镇2024年度农村人居环境整治项目绩效自评报告</h1>
      <h2>一、项目基本情况</h2>
      <p>2024年，我镇农村人居环境整治项目年初预算260.00万元，全年实际支出248.30万元，预算执行率95.50%。</p>
      <h2>二、绩效指标完成情况</h2>
      <table border="1">
      <tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th><th>得分</th></tr>
      <tr><td rowspan="2">产出指标</td><td>数量指标</td><td>户厕改造数量</td><td>≥1200户</td><td>1235户</td><td>20</td><td>20</td></tr>
      <tr><td>质量指标</td><td>改厕验收合格率</td><td>≥95%</td><td>97.3%</td><td>15</td><td>15</td></tr>
      <tr><td>满意度指标</td><td>服务对象满意度</td><td>群众满意度</td><td>≥90%</td><td>93.5%</td><td>10</td><td>9.5</td></tr>
      <tr><td>预算执行率</td><td></td><td></td><td>100%</td><td>95.50%</td><td>10</td><td>9</td></tr>
      <tr><td colspan="5">合计</td><td>100</td><td>92.5</td></tr>
      </table>
      <h2>三、自评结论</h2>
      <p>经自评，项目总得分92.5分，自评等级为“优”。</p>
      </body></html>
      """;

  @Test
  void eachRowsTargetAndResultUnderItsName() {
    Report r = Extraction.of("report.html", PAGE.getBytes(StandardCharsets.UTF_8));
    EvidenceContract.assertEvidenceQuotesText(r);
    assertThat(r.figures()).filteredOn(f -> f.role() != null)
        .extracting(Figure::label, Figure::text, Figure::role, Figure::op)
        .containsExactly(
            tuple("户厕改造数量", "1200户", "target", "≥"), tuple("户厕改造数量", "1235户", "actual", null),
            tuple("改厕验收合格率", "95%", "target", "≥"), tuple("改厕验收合格率", "97.3%", "actual", null),
            tuple("群众满意度", "90%", "target", "≥"), tuple("群众满意度", "93.5%", "actual", null),
            tuple("预算执行率", "100%", "target", null), tuple("预算执行率", "95.50%", "actual", null));
    assertThat(r.score().total().text()).isEqualTo("92.5分");
  }

  /** The prose's figures are read as before; only the table's cells are read by column. */
  @Test
  void theProseAroundItIsReadAsSentences() {
    Report r = Extraction.of("report.html", PAGE.getBytes(StandardCharsets.UTF_8));
    assertThat(r.totals().budget().text()).isEqualTo("260.00万元");
    assertThat(r.figures()).filteredOn(f -> f.role() == null).extracting(Figure::label)
        .contains("全年实际支出", "预算执行率", "项目总得分");
  }

  /** Every indicator with its score and 分值, the 分值 adding up to the 合计 row's: the indicators are the score's parts. */
  @Test
  void theIndicatorsScoresAreTheScoresParts() {
    String whole = PAGE.replace("<td>100</td><td>92.5</td>", "<td>55</td><td>53.5</td>").replace("项目总得分92.5分", "项目总得分53.5分");
    Report r = Extraction.of("report.html", whole.getBytes(StandardCharsets.UTF_8));
    assertThat(r.score().total().text()).isEqualTo("53.5分");
    assertThat(r.score().components()).extracting(c -> c.name(), c -> c.score().text(), c -> c.weight().text())
        .containsExactly(tuple("户厕改造数量", "20", "20"), tuple("改厕验收合格率", "15", "15"), tuple("群众满意度", "9.5", "10"),
            tuple("预算执行率", "9", "10"));
  }

  /** A table of some of the indicators (分值 55 of the 合计's 100) is no breakdown of the score. */
  @Test
  void aTableOfSomeIndicatorsGivesNoParts() {
    Report r = Extraction.of("report.html", PAGE.getBytes(StandardCharsets.UTF_8));
    assertThat(r.score().total().text()).isEqualTo("92.5分");
    assertThat(r.score().components()).isEmpty();
  }

  /** A table without a 合计 row states no score: the prose's stands, and the record is made (it once failed here). */
  @Test
  void aTableWithoutATotalRow() {
    String noTotal = PAGE.replace("<tr><td colspan=\"5\">合计</td><td>100</td><td>92.5</td></tr>", "");
    Report r = Extraction.of("report.html", noTotal.getBytes(StandardCharsets.UTF_8));
    assertThat(r.errors()).isEmpty();
    assertThat(r.score().total().text()).isEqualTo("92.5分");
    assertThat(r.figures()).filteredOn(f -> "target".equals(f.role())).hasSize(4);
  }

  /**
   * A 扣分 column after 得分 (分值 | 得分 | 扣分): each row read by its columns, in a web page's table and in a pipe table typed without
   * the merged cells (a row two levels short ends in 扣分, as its last three numbers say).
   */
  @Test
  void aColumnOfPointsLostAfterTheScore() {
    String html = PAGE.replace("<th>得分</th>", "<th>得分</th><th>扣分</th>")
        .replace("<td>20</td><td>20</td>", "<td>20</td><td>20</td><td>0</td>")
        .replace("<td>15</td><td>15</td>", "<td>15</td><td>15</td><td>0</td>")
        .replace("<td>10</td><td>9.5</td>", "<td>10</td><td>9.5</td><td>0.5</td>")
        .replace("<td>10</td><td>9</td>", "<td>10</td><td>9</td><td>1</td>")
        .replace("<td>100</td><td>92.5</td>", "<td>100</td><td>92.5</td><td>7.5</td>");
    Report r = Extraction.of("report.html", html.getBytes(StandardCharsets.UTF_8));
    assertThat(r.figures()).filteredOn(f -> f.role() != null).extracting(Figure::label, Figure::text, Figure::role)
        .startsWith(tuple("户厕改造数量", "1200户", "target"), tuple("户厕改造数量", "1235户", "actual"), tuple("改厕验收合格率", "95%", "target"));
    String typed = """
        二、绩效指标完成情况
        | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 扣分 |
        |---|---|---|---|---|---|---|---|
        | 产出指标 | 数量指标 | 户厕改造数量 | ≥1200户 | 1235户 | 20 | 20 | 0 |
        | 上门服务人次 | ≥6.0万人次 | 5.72万人次 | 8 | 7.0 | 1.0 |
        """;
    Report t = Extraction.of("report.txt", typed.getBytes(StandardCharsets.UTF_8));
    assertThat(t.figures()).filteredOn(f -> f.role() != null).extracting(Figure::label, Figure::text, Figure::role)
        .containsExactly(tuple("户厕改造数量", "1200户", "target"), tuple("户厕改造数量", "1235户", "actual"),
            tuple("上门服务人次", "6.0万人次", "target"), tuple("上门服务人次", "5.72万人次", "actual"));
  }
}
