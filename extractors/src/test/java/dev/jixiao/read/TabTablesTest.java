package dev.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.extract.Extraction;
import dev.jixiao.record.Project;
import dev.jixiao.record.Report;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Word table saved as text, rows of tab-separated cells, read in place: every cell's offsets are the text's. */
class TabTablesTest {
  private static final String HEALTH = "重点项目支出情况如下：\n项目名称\t预算数（万元）\t支出数（万元）\t执行率\n"
      + "基本公共卫生服务\t540.00\t512.40\t94.89%\n家庭医生签约服务\t250.00\t\t98.12%\n合计\t790.00\t757.70\t95.91%\n\n三、其他\n";

  @Test
  void rowsOfTabSeparatedCellsAreATableWithItsHeader() {
    List<Table> tables = TabTables.of(HEALTH);
    assertThat(tables).singleElement().satisfies(t -> {
      assertThat(t.headerRows()).extracting(TableRow::texts).containsExactly(List.of("项目名称", "预算数（万元）", "支出数（万元）", "执行率"));
      assertThat(t.dataRows()).extracting(TableRow::texts).containsExactly(List.of("基本公共卫生服务", "540.00", "512.40", "94.89%"),
          List.of("家庭医生签约服务", "250.00", "", "98.12%"), List.of("合计", "790.00", "757.70", "95.91%"));
      for (TableRow r : t.rows()) {
        for (TableCell c : r.cells()) {
          assertThat(HEALTH.substring(c.start(), c.end())).isEqualTo(c.text());
        }
      }
    });
  }

  /** A label and its value parted by a tab, a single line of cells, or a pipe table are no tab table. */
  @Test
  void whatIsNoTabTable() {
    assertThat(TabTables.of("预算数\t540.00\n支出数\t512.40\n")).as("two cells a line").isEmpty();
    assertThat(TabTables.of("项目名称\t预算数\t支出数\n以上。\n")).as("one line").isEmpty();
    assertThat(TabTables.of("| 项目\t| 预算 | 支出 |\n| 甲\t| 1 | 2 |\n")).as("a pipe table's").isEmpty();
  }

  /** A text report's projects come from such a table as from a Word one. */
  @Test
  void aTextReportsProjectsFromItsTabTable() {
    Report r = Extraction.of("report.txt", ("某某县卫生健康局2024年度部门整体支出绩效自评报告\n二、预算执行情况\n" + HEALTH)
        .getBytes(StandardCharsets.UTF_8));
    assertThat(r.projects()).extracting(Project::name).containsExactly("基本公共卫生服务", "家庭医生签约服务");
    assertThat(r.projects().get(0).budget().text()).isEqualTo("540.00");
    assertThat(r.projects().get(0).budget().yuan()).isEqualByComparingTo("5400000");
  }
}
