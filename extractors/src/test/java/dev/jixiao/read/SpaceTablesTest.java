package dev.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.jixiao.extract.Extraction;
import dev.jixiao.record.Report;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A table typed with its columns set apart by spaces, read in place: every cell's offsets are the text's. */
class SpaceTablesTest {
  private static final String SCORES = "四、自评结论\n按照项目绩效评价指标体系，自评得分情况如下：\n指标  分值  得分\n项目决策  20分  18.5分\n"
      + "项目过程  20分  15分\n项目产出　40分　29.6分\n项目效益  20分  15.5分\n合计  100分  78.6分\n自评总分78.6分，评价等级为“中”。\n";

  @Test
  void rowsOfCellsApartByWideSpacesAreATableWithItsHeader() {
    List<Table> tables = SpaceTables.of(SCORES);
    assertThat(tables).singleElement().satisfies(t -> {
      assertThat(t.headerRows()).extracting(TableRow::texts).containsExactly(List.of("指标", "分值", "得分"));
      assertThat(t.dataRows()).extracting(TableRow::texts).containsExactly(List.of("项目决策", "20分", "18.5分"),
          List.of("项目过程", "20分", "15分"), List.of("项目产出", "40分", "29.6分"), List.of("项目效益", "20分", "15.5分"),
          List.of("合计", "100分", "78.6分"));
      for (TableRow r : t.rows()) {
        for (TableCell c : r.cells()) {
          assertThat(SCORES.substring(c.start(), c.end())).isEqualTo(c.text());
        }
      }
    });
  }

  /** Single spaces (OCR's 45.6 万元), two cells a line, a single row, rows without a number, or tab rows are no such table. */
  @Test
  void whatIsNoSpaceTable() {
    assertThat(SpaceTables.of("支出 45.6 万元 ，执行率 96 %\n结余 1.2 万元 ，结转 下年\n")).as("single spaces").isEmpty();
    assertThat(SpaceTables.of("预算数  540.00\n支出数  512.40\n")).as("two cells a line").isEmpty();
    assertThat(SpaceTables.of("指标  分值  得分\n以上。\n")).as("one line").isEmpty();
    assertThat(SpaceTables.of("一、  基本情况  概述\n二、  目标  完成\n")).as("no number").isEmpty();
    assertThat(SpaceTables.of("项目\t预算  支出  执行\n甲\t1  2  3\n")).as("a tab table's").isEmpty();
  }

  /** A text report's score parts and their weights come from such a table as from a Word one. */
  @Test
  void aTextReportsScorePartsFromItsSpacedTable() {
    Report r = Extraction.of("report.txt", ("某镇2023年度村级组织活动场所建设项目绩效自评报告\n" + SCORES).getBytes(StandardCharsets.UTF_8));
    assertThat(r.score().total().text()).isEqualTo("78.6分");
    assertThat(r.score().components())
        .extracting(c -> c.name(), c -> c.score().value().toPlainString(), c -> c.weight().value().toPlainString())
        .containsExactly(tuple("项目决策", "18.5", "20"), tuple("项目过程", "15", "20"), tuple("项目产出", "29.6", "40"),
            tuple("项目效益", "15.5", "20"));
  }

  /** A short row with blank first cells (an indented 合计 row) has its cells under the header's columns: 合计 under 项目名称, not 序号. */
  @Test
  void aShortRowWithBlankFirstCellsIsAlignedUnderTheHeader() {
    String text = "2.项目支出1,099.53万元，执行率96.45%。分项目情况如下（单位：万元）：\n\n"
        + "序号  项目名称                        调整后预算  实际支出  执行率   结余\n"
        + "1     残疾儿童康复救助                 286.00     281.40    98.39%   4.60\n"
        + "2     残疾人辅助器具适配               96.00      93.18     97.06%   2.82\n"
        + "3     残疾人文体活动及宣传             46.00      34.34     74.65%\n"
        + "      合计                             428.00     408.92    95.54%   7.42\n";
    assertThat(SpaceTables.of(text)).singleElement().satisfies(t -> {
      assertThat(t.dataRows()).extracting(TableRow::texts).containsExactly(
          List.of("1", "残疾儿童康复救助", "286.00", "281.40", "98.39%", "4.60"), List.of("2", "残疾人辅助器具适配", "96.00", "93.18", "97.06%", "2.82"),
          List.of("3", "残疾人文体活动及宣传", "46.00", "34.34", "74.65%"), List.of("", "合计", "428.00", "408.92", "95.54%", "7.42"));
      for (TableRow r : t.rows()) {
        for (TableCell c : r.cells()) {
          assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
        }
      }
    });
  }
}
