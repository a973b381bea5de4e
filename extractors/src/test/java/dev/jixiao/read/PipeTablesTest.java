package dev.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown pipe tables as converters write them, read in place: every cell's offsets are the text's. */
class PipeTablesTest {
  private static void assertCellsAreTheirText(String text, List<Table> tables) {
    for (Table t : tables) {
      for (TableRow r : t.rows()) {
        for (TableCell c : r.cells()) {
          assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
        }
      }
    }
  }

  @Test
  void aTableWithItsDelimiterRowHasAHeaderAndBody() {
    String text = "自评结果如下：\n\n| 项目 | 预算（万元） | 执行率 |\n|:---|---:|:---:|\n| 保洁经费 | 41.60 | 96.63% |\n| 维修经费 | 12 | 100% |\n\n以上。\n";
    List<Table> tables = PipeTables.of(text);

    assertThat(tables).singleElement().satisfies(t -> {
      assertThat(t.headerRows()).extracting(TableRow::texts).containsExactly(List.of("项目", "预算（万元）", "执行率"));
      assertThat(t.dataRows()).extracting(TableRow::texts)
          .containsExactly(List.of("保洁经费", "41.60", "96.63%"), List.of("维修经费", "12", "100%"));
    });
    assertCellsAreTheirText(text, tables);
  }

  /** Covered cells are empty cells in their place; the padding after a row's last text is none, as a web page's row ends at its last cell. */
  @Test
  void emptyCellsStandWhereMergedOnesWereAndPaddingGoes() {
    String text = "| 总分 |  |  | 100 | 90.25 |  |  |\n|  | 产出指标 | 保洁公厕数量 | 20 | 20 |  |\n";
    List<Table> tables = PipeTables.of(text);

    assertThat(tables.get(0).rows()).extracting(TableRow::texts)
        .containsExactly(List.of("总分", "", "", "100", "90.25"), List.of("", "产出指标", "保洁公厕数量", "20", "20"));
    TableCell covered = tables.get(0).rows().get(0).cell(1);
    assertThat(covered.start()).isEqualTo(covered.end()).isBetween(text.indexOf("|  |") + 1, text.indexOf("|  |") + 3);
    assertCellsAreTheirText(text, tables);
  }

  @Test
  void anEscapedPipeIsTextAndARowMayLeaveOutItsClosingPipe() {
    String text = "| 指标 | 说明\n| 覆盖率 | 已覆盖 a\\|b 两类\n";
    assertThat(PipeTables.of(text).get(0).rows()).extracting(TableRow::texts)
        .containsExactly(List.of("指标", "说明"), List.of("覆盖率", "已覆盖 a\\|b 两类"));
  }

  /** One line that starts with a pipe, or pipes inside running text, make no table. */
  @Test
  void aLoneRowOrPipesInProseAreNoTable() {
    assertThat(PipeTables.of("| 备注 | 无 |\n\n正文里的 a | b 不是表格。\n正文 | 也不是\n")).isEmpty();
  }

  /**
   * A web page copied to text writes each row from its first cell and ends it with pipes, padding
   * merged cells (a county's project form as a crawler keeps it); a line with one pipe at its end
   * is a cell, not a row.
   */
  @Test
  void rowsThatEndWithPipesWithoutOpeningWithOne() {
    String text = "预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | ||\n"
        + "总额 | 0.00 | 3.36 | 3.36 | 100.00% | 10 | 10 | |||\n其他资金 | / | / | ||||||||\n";
    List<Table> tables = PipeTables.of(text);
    assertThat(tables).singleElement().satisfies(t -> assertThat(t.rows()).extracting(TableRow::texts).containsExactly(
        List.of("预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率"),
        List.of("总额", "0.00", "3.36", "3.36", "100.00%", "10", "10"), List.of("其他资金", "/", "/")));
    assertCellsAreTheirText(text, tables);
    assertThat(PipeTables.of("项目名称 |\n主管部门 |\n")).isEmpty();
  }

  @Test
  void twoTablesApartAreTwo() {
    String text = "| a | 1 |\n| b | 2 |\n\n说明\n\n| c | 3 |\n| d | 4 |\n";
    assertThat(PipeTables.of(text)).hasSize(2);
  }
}
