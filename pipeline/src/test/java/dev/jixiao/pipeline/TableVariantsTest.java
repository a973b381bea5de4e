package dev.jixiao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.gold.Samples;
import dev.jixiao.record.Project;
import dev.jixiao.record.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The project table of guraozhen-2024 as xlsx, docx, PDF, CSV and markdown: 37 projects with the figures exactly as written (the CSV). */
class TableVariantsTest {
  @ParameterizedTest
  @ValueSource(strings = {"tables/guraozhen-2024-projects.xlsx", "tables/guraozhen-2024-projects.docx", "tables/guraozhen-2024-projects.pdf",
      "tables/guraozhen-2024-projects.csv"})
  void tableRowsAreTheProjects(String file) throws IOException {
    assertProjectsAreTheCsvRows(Pipelines.standard().process(Samples.file(file)));
  }

  /** The table as a PDF or Word converter writes it in markdown, also saved as plain text: a pipe table, read in place. */
  @ParameterizedTest
  @ValueSource(strings = {"md", "txt"})
  void aPipeTable(String format, @TempDir Path dir) throws IOException {
    List<String> lines = Files.readAllLines(Samples.file("tables/guraozhen-2024-projects.csv")).stream().filter(l -> !l.isBlank()).toList();
    List<String> md = new java.util.ArrayList<>(List.of("# 古饶镇项目支出执行情况", ""));
    for (int i = 0; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",");
      md.add("| " + String.join(" | ", cells) + " |");
      if (i == 0) {
        md.add("|" + "---|".repeat(cells.length));
      }
    }
    Path file = dir.resolve("projects." + format);
    Files.write(file, md);
    Report r = Pipelines.standard().process(file);
    assertThat(r.source().format()).isEqualTo(format);
    assertProjectsAreTheCsvRows(r);
  }

  private static void assertProjectsAreTheCsvRows(Report r) throws IOException {
    List<String> csv = Files.readAllLines(Samples.file("tables/guraozhen-2024-projects.csv")).stream().skip(1).filter(l -> !l.isBlank()).toList();
    List<Project> projects = r.projects();
    assertThat(projects).hasSize(37).hasSize(csv.size());
    for (int i = 0; i < csv.size(); i++) {
      String[] c = csv.get(i).split(",");
      Project p = projects.get(i);
      assertThat(p.seq()).isEqualTo(Integer.parseInt(c[0]));
      assertThat(p.name()).isEqualTo(c[1]);
      assertThat(p.budget().value().toPlainString()).isEqualTo(c[2]);
      assertThat(p.budget().unit().symbol()).isEqualTo("万元");
      assertThat(p.expenditure().value().toPlainString()).isEqualTo(c[3]);
      assertThat(p.completionRate().value().toPlainString()).isEqualTo(c[4]);
      assertThat(p.budget().evidence().quote()).isEqualTo(c[2]);
      assertThat(r.text().substring(p.budget().evidence().start(), p.budget().evidence().end())).isEqualTo(c[2]);
    }
    assertThat(r.findings()).extracting(f -> f.rule()).doesNotContain("project.rate");
  }

  /**
   * A sheet with its title in a merged first row above the column names, as Chinese Excel sheets
   * are often laid out, as xlsx and as the CSV Excel saves of it (the title in the first cell of
   * an otherwise empty row): the same 37 projects, and the year from the title.
   */
  @Test
  void aTitleRowAboveTheColumnNames(@TempDir Path dir) throws IOException {
    String title = "古饶镇2024年度项目支出绩效自评表";
    List<String> lines = Files.readAllLines(Samples.file("tables/guraozhen-2024-projects.csv")).stream().filter(l -> !l.isBlank()).toList();
    Path csv = dir.resolve("titled.csv");
    Files.write(csv, java.util.stream.Stream.concat(java.util.stream.Stream.of(title + ",,,,"), lines.stream()).toList());
    Path xlsx = dir.resolve("titled.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
      Sheet sheet = book.createSheet("Sheet1");
      sheet.createRow(0).createCell(0).setCellValue(title);
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
      for (int i = 0; i < lines.size(); i++) {
        Row row = sheet.createRow(i + 1);
        String[] cells = lines.get(i).split(",");
        for (int c = 0; c < cells.length; c++) {
          row.createCell(c).setCellValue(cells[c]);
        }
      }
      book.write(out);
    }
    for (Path file : List.of(csv, xlsx)) {
      Report r = Pipelines.standard().process(file);
      assertThat(r.projects()).as(file.toString()).hasSize(37);
      assertThat(r.projects().get(11).name()).isEqualTo("古饶镇退役军人专项岗位工资及基础绩效奖");
      assertThat(r.projects().get(11).budget().value().toPlainString()).isEqualTo("49.11");
      assertThat(r.fiscalYear()).isEqualTo(2024);
    }
  }

  /**
   * The layout of many county sheets: a merged title row, a row with the unit that fills it in and
   * the money unit, and a two-row header whose top row groups the figures (预算执行情况 over 全年预算,
   * 执行数, 执行率), its 序号 and 项目名称 merged down both rows; the figures are numeric cells.
   */
  @Test
  void aTwoRowHeaderUnderATitleAndAUnitLine(@TempDir Path dir) throws IOException {
    List<String> lines = Files.readAllLines(Samples.file("tables/guraozhen-2024-projects.csv")).stream().filter(l -> !l.isBlank()).toList();
    Path xlsx = dir.resolve("county-layout.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
      Sheet sheet = book.createSheet("项目支出绩效自评表");
      sheet.createRow(0).createCell(0).setCellValue("古饶镇2024年度项目支出绩效自评表");
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
      Row filler = sheet.createRow(1);
      filler.createCell(0).setCellValue("填报单位：古饶镇人民政府");
      filler.createCell(4).setCellValue("单位：万元");
      Row top = sheet.createRow(2);
      top.createCell(0).setCellValue("序号");
      top.createCell(1).setCellValue("项目名称");
      top.createCell(2).setCellValue("预算执行情况");
      sheet.addMergedRegion(new CellRangeAddress(2, 2, 2, 4));
      sheet.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
      sheet.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
      Row sub = sheet.createRow(3);
      sub.createCell(2).setCellValue("全年预算");
      sub.createCell(3).setCellValue("执行数");
      sub.createCell(4).setCellValue("执行率（%）");
      for (int i = 1; i < lines.size(); i++) {
        String[] c = lines.get(i).split(",");
        Row row = sheet.createRow(i + 3);
        row.createCell(0).setCellValue(Integer.parseInt(c[0]));
        row.createCell(1).setCellValue(c[1]);
        for (int k = 2; k < 5; k++) {
          row.createCell(k).setCellValue(Double.parseDouble(c[k]));
        }
      }
      book.write(out);
    }

    Report r = Pipelines.standard().process(xlsx);

    assertThat(r.title()).as("the merged title row, not the sheet's name").isEqualTo("古饶镇2024年度项目支出绩效自评表");
    assertThat(r.fiscalYear()).isEqualTo(2024);
    assertThat(r.projects()).hasSize(37);
    Project p = r.projects().get(11);
    assertThat(p.seq()).isEqualTo(12);
    assertThat(p.name()).isEqualTo("古饶镇退役军人专项岗位工资及基础绩效奖");
    assertThat(p.budget().value()).isEqualByComparingTo("49.11");
    assertThat(p.budget().unit().symbol()).isEqualTo("万元");
    assertThat(p.expenditure().value()).isEqualByComparingTo("38.84");
    assertThat(p.completionRate().value()).isEqualByComparingTo("79.09");
    assertThat(r.findings()).extracting(f -> f.rule()).doesNotContain("project.rate");
  }

  /**
   * The Word and PDF tables have a title, 古饶镇2024年度项目支出绩效自评表; the sheet and the CSV
   * only the table, whose years name funds (2022年禁烧以奖代补资金, 2023年计生专项经费): no year.
   */
  @ParameterizedTest
  @CsvSource({"tables/guraozhen-2024-projects.docx, 2024", "tables/guraozhen-2024-projects.pdf, 2024",
      "tables/guraozhen-2024-projects.xlsx, ", "tables/guraozhen-2024-projects.csv, "})
  void theYearIsTheTitlesNotAFundsName(String file, Integer year) throws IOException {
    assertThat(Pipelines.standard().process(Samples.file(file)).fiscalYear()).isEqualTo(year);
  }
}
