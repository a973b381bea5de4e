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

  @Test
  void twoTablesApartAreTwo() {
    String text = "| a | 1 |\n| b | 2 |\n\n说明\n\n| c | 3 |\n| d | 4 |\n";
    assertThat(PipeTables.of(text)).hasSize(2);
  }
}
