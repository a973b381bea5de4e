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
 * A table of what a fitness project built (建设内容 | 数量 | 单价（万元） | 金额（万元）, written for this test after
 * a sports bureau's report): each row's quantity, price and amount under the item's name, in the header's units,
 * and the 合计 row's amount the whole of the rows'.
 */
class ItemTablesTest {
  static final String PAGE = """
      <html><head><meta charset="utf-8"><title>某县文化体育和旅游局2024年度全民健身设施建设项目绩效自评报告</title></head><body>
      <h1>某县文化体育和旅游局2024年度全民健身设施建设项目绩效自评报告</h1>
      <h2>二、项目资金使用情况</h2>
      <p>全年实际支出800.00万元，预算执行率98.46%。主要建设内容及资金支出如下表：</p>
      <table border="1">
      <tr><th>建设内容</th><th>数量</th><th>单价（万元）</th><th>金额（万元）</th></tr>
      <tr><td>健身路径</td><td>35套</td><td>3.80</td><td>133.00</td></tr>
      <tr><td>笼式足球场</td><td>4个</td><td>45.00</td><td>180.00</td></tr>
      <tr><td>社区多功能运动场</td><td>6个</td><td>72.00</td><td>432.00</td></tr>
      <tr><td>设备安装及监理</td><td>—</td><td>—</td><td>55.00</td></tr>
      <tr><td>合计</td><td></td><td></td><td>800.00</td></tr>
      </table>
      </body></html>
      """;

  @Test
  void eachRowsQuantityPriceAndAmountUnderItsName() {
    Report r = Extraction.of("report.html", PAGE.getBytes(StandardCharsets.UTF_8));
    EvidenceContract.assertEvidenceQuotesText(r);
    assertThat(r.figures()).filteredOn(f -> f.label().startsWith("健身路径"))
        .extracting(Figure::label, Figure::text, Figure::unit, Figure::yuan)
        .containsExactly(tuple("健身路径", "35套", "套", null), tuple("健身路径单价", "3.80", "万元", new java.math.BigDecimal("38000")),
            tuple("健身路径金额", "133.00", "万元", new java.math.BigDecimal("1330000")));
  }

  @Test
  void theTotalRowsAmountIsTheWholeOfTheRows() {
    Report r = Extraction.of("report.html", PAGE.getBytes(StandardCharsets.UTF_8));
    Figure total = r.figures().stream().filter(f -> f.label().equals("合计")).findFirst().orElseThrow();
    assertThat(total.text()).isEqualTo("800.00");
    assertThat(total.partsClosed()).isTrue();
    assertThat(r.figures()).filteredOn(f -> total.id().equals(f.partOf())).extracting(Figure::label)
        .containsExactly("健身路径金额", "笼式足球场金额", "社区多功能运动场金额", "设备安装及监理金额");
    // the sentence before the table is read as before
    assertThat(r.totals().expenditure().text()).isEqualTo("800.00万元");
  }

  /** A table without a unit price column, or without the units of its prices, is no table of items. */
  @Test
  void aTableWithoutPricesOrTheirUnitsHasNoItems() {
    Report noUnit = Extraction.of("report.html", PAGE.replace("单价（万元）", "单价").getBytes(StandardCharsets.UTF_8));
    assertThat(noUnit.figures()).extracting(Figure::label).doesNotContain("健身路径单价", "合计");
    // without prices it is a table whose 合计 totals its amounts (TotalledTables), no quantity times a price
    Report noPrice = Extraction.of("report.html", PAGE.replace("单价（万元）", "备注").getBytes(StandardCharsets.UTF_8));
    assertThat(noPrice.figures()).extracting(Figure::label).doesNotContain("健身路径单价", "健身路径").contains("健身路径金额", "合计金额");
  }

  /**
   * A table whose rows give the item's kind before its name (类别 | 品名), its unit in a column of its own and a 小计 after each
   * kind, as a stockpile's purchase list does: each row under the item's name, each 小计 under its kind and the whole of its rows,
   * the 合计 the whole of the 小计s.
   */
  @Test
  void itemsByKindWithTheirUnitsAndSubtotals() {
    String text = """
        某县2024年度公共卫生应急物资储备项目绩效自评报告
        二、资金使用情况
        | 类别 | 品名 | 单位 | 单价（元） | 数量 | 金额（元） |
        | 防护用品 | 医用防护服 | 套 | 38.50 | 6,200 | 238,700.00 |
        | 防护用品 | 护目镜 | 个 | 9.60 | 5,000 | 48,000.00 |
        | 小计 | — | — | — | — | 286,700.00 |
        | 消杀用品 | 背负式电动喷雾器 | 台 | 685.00 | 60 | 41,100.00 |
        | 消杀用品 | 含氯消毒泡腾片 | 瓶 | 16.50 | 4,000 | 66,000.00 |
        | 小计 | — | — | — | — | 107,100.00 |
        | 合计 | — | — | — | — | 393,800.00 |
        """;
    Report r = Extraction.of("report.txt", text.getBytes(StandardCharsets.UTF_8));
    EvidenceContract.assertEvidenceQuotesText(r);
    assertThat(r.figures()).filteredOn(f -> f.label().startsWith("医用防护服"))
        .extracting(Figure::label, Figure::text, Figure::unit)
        .containsExactly(tuple("医用防护服单价", "38.50", "元"), tuple("医用防护服", "6,200", "套"), tuple("医用防护服金额", "238,700.00", "元"));
    Figure protective = r.figures().stream().filter(f -> f.label().equals("防护用品小计")).findFirst().orElseThrow();
    Figure disinfecting = r.figures().stream().filter(f -> f.label().equals("消杀用品小计")).findFirst().orElseThrow();
    Figure total = r.figures().stream().filter(f -> f.label().equals("合计")).findFirst().orElseThrow();
    assertThat(r.figures()).filteredOn(f -> protective.id().equals(f.partOf())).extracting(Figure::label)
        .containsExactly("医用防护服金额", "护目镜金额");
    assertThat(r.figures()).filteredOn(f -> total.id().equals(f.partOf())).extracting(Figure::text)
        .containsExactly("286,700.00", "107,100.00");
    assertThat(disinfecting.partOf()).isEqualTo(total.id());
  }
}
