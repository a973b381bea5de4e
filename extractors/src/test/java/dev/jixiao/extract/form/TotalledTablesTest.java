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
 * A street office's “三公” table (项目 · 预算数 · 决算数 · 增减额 · 增减率, in the 万元 the line above declares; written
 * for this test): its rows are kinds of spending, no projects, and each money column's 合计 is the whole of its rows.
 */
class TotalledTablesTest {
  static final String PAGE = """
      <html><head><meta charset="utf-8"><title>某区东湖街道办事处2024年度部门整体支出绩效自评报告</title></head><body>
      <h1>某区东湖街道办事处2024年度部门整体支出绩效自评报告</h1>
      <h2>二、部门预算及执行情况</h2>
      <p>2024年部门收入预算2450.00万元，全年支出2376.52万元，预算执行率97.00%。</p>
      <p>“三公”经费预决算情况如下表（单位：万元）：</p>
      <table border="1">
      <tr><th>项目</th><th>预算数</th><th>决算数</th><th>增减额</th><th>增减率</th></tr>
      <tr><td>因公出国（境）费</td><td>0</td><td>0</td><td>0</td><td>—</td></tr>
      <tr><td>公务接待费</td><td>3.50</td><td>2.86</td><td>-0.64</td><td>-18.29%</td></tr>
      <tr><td>公务用车购置及运行维护费</td><td>12.00</td><td>10.95</td><td>-1.05</td><td>-8.75%</td></tr>
      <tr><td>合计</td><td>15.50</td><td>13.81</td><td>-1.69</td><td>-10.90%</td></tr>
      </table>
      </body></html>
      """;

  @Test
  void eachCellUnderItsRowAndColumnAndNoProjects() {
    Report r = Extraction.of("report.html", PAGE.getBytes(StandardCharsets.UTF_8));
    EvidenceContract.assertEvidenceQuotesText(r);
    assertThat(r.projects()).as("kinds of spending are no projects").isEmpty();
    assertThat(r.figures()).filteredOn(f -> f.label().startsWith("公务接待费"))
        .extracting(Figure::label, Figure::text, Figure::unit)
        .containsExactly(tuple("公务接待费预算数", "3.50", "万元"), tuple("公务接待费决算数", "2.86", "万元"),
            tuple("公务接待费增减额", "-0.64", "万元"), tuple("公务接待费增减率", "-18.29%", "%"));
  }

  @Test
  void eachMoneyColumnsTotalIsTheWholeOfItsRows() {
    Report r = Extraction.of("report.html", PAGE.getBytes(StandardCharsets.UTF_8));
    Figure budget = r.figures().stream().filter(f -> f.label().equals("合计预算数")).findFirst().orElseThrow();
    assertThat(budget.partsClosed()).isTrue();
    assertThat(r.figures()).filteredOn(f -> budget.id().equals(f.partOf())).extracting(Figure::label)
        .containsExactly("因公出国（境）费预算数", "公务接待费预算数", "公务用车购置及运行维护费预算数");
    // the report's own totals are still the prose's
    assertThat(r.totals().budget().text()).isEqualTo("2450.00万元");
  }

  /** Rows that nest (其中, 小计, numbered kinds) total no column whole; a table without a 合计 row adds nothing up. */
  @Test
  void nestedRowsOrNoTotalRowLeaveTheTableAlone() {
    String nested = PAGE.replace("<td>公务接待费</td>", "<td>其中：公务接待费</td>");
    assertThat(Extraction.of("report.html", nested.getBytes(StandardCharsets.UTF_8)).figures()).extracting(Figure::label)
        .doesNotContain("合计预算数");
    String noTotal = PAGE.replace("<tr><td>合计</td><td>15.50</td><td>13.81</td><td>-1.69</td><td>-10.90%</td></tr>", "");
    assertThat(Extraction.of("report.html", noTotal.getBytes(StandardCharsets.UTF_8)).figures()).extracting(Figure::label)
        .doesNotContain("公务接待费预算数");
  }

  /** A column of running totals (累计支出(万元): 18.40, 70.76, …, 209.46) is not what its 合计 row sums up; the column of each quarter's is. */
  @Test
  void aColumnOfRunningTotalsIsNotSummedByItsTotalRow() {
    Report r = Extraction.of("report.txt", String.join("\n", "一、项目概况", "分季度支出进度如下：", "", "| 季度 | 支出(万元) | 累计支出(万元) |",
        "|---|---|---|", "| 1季度 | 18.40 | 18.40 |", "| 2季度 | 52.36 | 70.76 |", "| 3季度 | 86.25 | 157.01 |", "| 4季度 | 52.45 | 209.46 |",
        "| 合计 | 209.46 | 209.46 |").getBytes(StandardCharsets.UTF_8));
    assertThat(r.figures()).filteredOn(f -> f.label().contains("累计支出")).extracting(Figure::partOf).containsOnlyNulls();
    assertThat(r.figures()).filteredOn(f -> f.label().equals("合计累计支出")).extracting(Figure::partsClosed).containsExactly((Boolean) null);
    assertThat(r.figures()).filteredOn(f -> f.label().equals("合计支出")).extracting(Figure::partsClosed).containsExactly(true);
  }

  /**
   * A pipe table grouped by township, each group closed by a 小计 row in the second name column (| 勐朗镇 | 小计 | …): its 合计 adds
   * the groups, not every row, and the table is left alone.
   */
  @Test
  void subtotalsInTheSecondNameColumnLeaveTheTableAlone() {
    Report r = Extraction.of("report.txt", String.join("\n", "三、项目实施范围", "各村资金安排及支出如下（单位：元）：", "",
        "| 乡镇 | 村 | 安排资金 | 实际支出 |", "|---|---|---|---|", "| 勐朗镇 | 帕良村 | 620,000 | 620,000 |", "| 勐朗镇 | 曼岗村 | 545,000 | 502,400 |",
        "| 勐朗镇 | 小计 | 1,165,000 | 1,122,400 |", "| 南腊乡 | 南腊村 | 608,000 | 608,000 |", "| 南腊乡 | 那赛村 | 496,000 | 496,000 |",
        "| 南腊乡 | 小计 | 1,104,000 | 1,104,000 |", "| 合计 | | 2,269,000 | 2,226,400 |").getBytes(StandardCharsets.UTF_8));
    EvidenceContract.assertEvidenceQuotesText(r);
    assertThat(r.figures()).extracting(Figure::label).noneMatch(label -> label.startsWith("合计"));
    assertThat(r.figures()).filteredOn(f -> f.partOf() != null || Boolean.TRUE.equals(f.partsClosed())).isEmpty();
  }

  /** Rows sharing a first cell (口蹄疫疫苗 | 猪 | …, then | 牛羊 | …) are told apart by the second cell's words in their labels. */
  @Test
  void rowsSharingANameAreToldApartByTheNextCell() {
    Report r = Extraction.of("report.txt", String.join("\n", "1．疫苗采购。明细如下：", "", "| 疫苗品种 | 免疫对象 | 采购量（头份） | 金额（元） |",
        "|---|---|---|---|", "| 口蹄疫O型-A型二价灭活疫苗 | 猪 | 624000 | 374400.00 |", "| 口蹄疫O型-A型二价灭活疫苗 | 牛羊 | 186500 | 149200.00 |",
        "| 小反刍兽疫活疫苗 | 羊 | 84240 | 42120.00 |", "| 合计 | — | — | 565720.00 |").getBytes(StandardCharsets.UTF_8));
    EvidenceContract.assertEvidenceQuotesText(r);
    assertThat(r.figures()).extracting(Figure::label, Figure::text).containsExactly(tuple("口蹄疫O型-A型二价灭活疫苗（猪）金额", "374400.00"),
        tuple("口蹄疫O型-A型二价灭活疫苗（牛羊）金额", "149200.00"), tuple("小反刍兽疫活疫苗金额", "42120.00"), tuple("合计金额", "565720.00"));
  }
}
