package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableChangeRuleTest {
  /** A “三公” table read by its columns (单位：万元): each row's 增减额 is 决算数 − 预算数, its 增减率 that over 预算数. */
  private static final String PAGE = """
      <html><head><meta charset="utf-8"></head><body><h1>某区东湖街道办事处2024年度部门整体支出绩效自评报告</h1>
      <p>2024年部门收入预算2450.00万元，全年支出2376.52万元，预算执行率97.00%%。</p>
      <p>“三公”经费预决算情况如下表（单位：万元）：</p>
      <table border="1"><tr><th>项目</th><th>预算数</th><th>决算数</th><th>增减额</th><th>增减率</th></tr>
      <tr><td>因公出国（境）费</td><td>0</td><td>0</td><td>0</td><td>—</td></tr>
      <tr><td>公务接待费</td><td>3.50</td><td>2.86</td><td>%s</td><td>%s</td></tr>
      <tr><td>公务用车购置及运行维护费</td><td>12.00</td><td>10.95</td><td>-1.05</td><td>-8.75%%</td></tr>
      <tr><td>合计</td><td>15.50</td><td>13.81</td><td>-1.69</td><td>-10.90%%</td></tr></table></body></html>
      """;

  @Test
  void eachRowsChangeAndRate() {
    assertThat(Check.findings("report.html", PAGE.formatted("-0.64", "-18.29%"), "table.change")).isEmpty();
    assertThat(Check.findings("report.html", PAGE.formatted("-0.46", "-18.29%"), "table.change")).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("公务接待费");
      assertThat(f.stated()).isEqualTo("-0.46");
      assertThat(f.expected()).isEqualTo("-0.64");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("-0.46", "2.86", "3.50");
    });
    assertThat(Check.findings("report.html", PAGE.formatted("-0.64", "-16.29%"), "table.change")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("-18.29%"));
  }

  /** The 合计 row is a row as any other: 13.81 − 15.50 is −1.69, −10.90% of 15.50; a base of nothing has no rate to hold. */
  @Test
  void theTotalRowAndABaseOfNothing() {
    String wrongTotal = PAGE.formatted("-0.64", "-18.29%").replace("<td>-10.90%</td>", "<td>-12.90%</td>");
    assertThat(Check.findings("report.html", wrongTotal, "table.change")).singleElement()
        .satisfies(f -> assertThat(f.subject()).isEqualTo("合计"));
  }

  /** Columns named otherwise are read as the same columns, whatever their names end with (额, 数, 率). */
  @ParameterizedTest
  @CsvSource({"上年金额,本年金额,增减金额,增减率", "年初预算数,执行数,增减额,变动率", "上年数,本年数,增减数,增长率"})
  void columnsNamedOtherwise(String base, String now, String change, String rate) {
    String page = PAGE.replace("<th>预算数</th><th>决算数</th><th>增减额</th><th>增减率</th>",
        "<th>" + base + "</th><th>" + now + "</th><th>" + change + "</th><th>" + rate + "</th>");
    assertThat(Check.findings("report.html", page.formatted("-0.64", "-18.29%"), "table.change")).isEmpty();
    assertThat(Check.findings("report.html", page.formatted("-0.46", "-18.29%"), "table.change")).singleElement()
        .satisfies(f -> assertThat(f.subject()).isEqualTo("公务接待费"));
    assertThat(Check.findings("report.html", page.formatted("-0.64", "-16.29%"), "table.change")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("-18.29%"));
  }

  /**
   * Two tables' 合计 rows are two rows: the first's 预算数 and 执行数 are no base and change of the second's 增长率 (a table of output
   * values by village after a table of funds).
   */
  @Test
  void twoTablesTotalRows() {
    String page = """
        <html><head><meta charset="utf-8"></head><body><h1>某县2023年度一村一品示范村镇奖补资金绩效自评报告</h1>
        <p>表1　奖补资金来源及执行情况（单位：万元）</p>
        <table border="1"><tr><td>资金来源</td><td>预算数</td><td>执行数</td><td>结余</td><td>执行率</td></tr>
        <tr><td>省级资金</td><td>150.00</td><td>150.00</td><td>0.00</td><td>100.00%%</td></tr>
        <tr><td>县级资金</td><td>110.00</td><td>102.00</td><td>8.00</td><td>92.73%%</td></tr>
        <tr><td>合计</td><td>260.00</td><td>252.00</td><td>8.00</td><td>96.92%%</td></tr></table>
        <p>各示范村镇产值情况如下表（单位：万元）：</p>
        <table border="1"><tr><th>项目</th><th>上年数</th><th>本年数</th><th>增减数</th><th>增长率</th></tr>
        <tr><td>茶埂村</td><td>2,104.60</td><td>2,386.40</td><td>281.80</td><td>13.39%%</td></tr>
        <tr><td>杏塘村</td><td>1,488.20</td><td>1,652.80</td><td>164.60</td><td>11.06%%</td></tr>
        <tr><td>合计</td><td>3,592.80</td><td>4,039.20</td><td>446.40</td><td>%s</td></tr></table></body></html>
        """;
    assertThat(Check.findings("report.html", page.formatted("12.42%"), "table.change")).isEmpty();
    assertThat(Check.findings("report.html", page.formatted("13.42%"), "table.change")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("12.42%"));
  }
}
