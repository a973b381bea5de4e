package dev.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The project table, as a spreadsheet, a Word table and a ruled PDF table, gives the CSV's rows. */
class TablesTest {
  private static final Readers READERS = Readers.standard(null);

  static List<List<String>> csv() {
    return Samples.text("tables/guraozhen-2024-projects.csv").lines()
        .map(l -> Arrays.asList(l.split(",", -1)))
        .toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "docx", "pdf"})
  void thirtySevenRowsAsWritten(String format) throws ReadFailure {
    List<List<String>> expected = csv();

    TextDocument doc = Samples.read(READERS, "tables/guraozhen-2024-projects." + format, ReadLimits.DEFAULTS);

    assertThat(doc.tables()).hasSize(1);
    Table table = doc.tables().get(0);
    assertThat(table.headerRows()).isNotEmpty().allSatisfy(h -> assertThat(h.texts()).isEqualTo(expected.get(0)));
    List<List<String>> data = table.dataRows().stream().map(TableRow::texts).toList();
    assertThat(data).hasSize(37).containsExactlyElementsOf(expected.subList(1, expected.size()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "docx", "pdf"})
  void cellsPointAtTheirTextAndRowsAreLines(String format) throws ReadFailure {
    TextDocument doc = Samples.read(READERS, "tables/guraozhen-2024-projects." + format, ReadLimits.DEFAULTS);

    for (TableRow row : doc.tables().get(0).rows()) {
      for (TableCell cell : row.cells()) {
        assertThat(doc.text().substring(cell.start(), cell.end())).isEqualTo(cell.text());
      }
      int start = row.cells().get(0).start();
      int end = row.cells().get(row.cells().size() - 1).end();
      assertThat(doc.text().substring(start, end)).isEqualTo(String.join("\t", row.texts()));
      assertThat(start == 0 || doc.text().charAt(start - 1) == '\n').isTrue();
    }
  }

  @Test
  void theSheetNameNamesTheTable() throws ReadFailure {
    TextDocument doc = Samples.read(READERS, "tables/guraozhen-2024-projects.xlsx", ReadLimits.DEFAULTS);

    assertThat(doc.tables().get(0).name()).isEqualTo("项目支出绩效自评表");
  }

  @Test
  void theRepeatedPdfHeaderIsAHeaderAndPagesAreKept() throws ReadFailure {
    TextDocument doc = Samples.read(READERS, "tables/guraozhen-2024-projects.pdf", ReadLimits.DEFAULTS);

    Table table = doc.tables().get(0);
    assertThat(table.headerRows()).hasSize(2);
    assertThat(doc.pages()).isEqualTo(2);
    TableRow last = table.rows().get(table.rows().size() - 1);
    assertThat(doc.pageAt(last.cell(0).start())).isEqualTo(2);
    assertThat(doc.text()).startsWith("古饶镇2024年度项目支出绩效自评表\n");
  }

  @Test
  void legacyXlsNumbersKeepTheirFormat() throws IOException, ReadFailure {
    byte[] xls;
    try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("表1");
      CellStyle twoDecimals = wb.createCellStyle();
      twoDecimals.setDataFormat(wb.createDataFormat().getFormat("0.00"));
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("项目名称");
      header.createCell(1).setCellValue("全年预算（万元）");
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue("计生办补助经费(上级补助)");
      row.createCell(1).setCellValue(5.0);
      row.getCell(1).setCellStyle(twoDecimals);
      wb.write(out);
      xls = out.toByteArray();
    }

    MediaType type = new FormatDetector().detect(xls, "any.name");
    TextDocument doc = READERS.read(xls, type, ReadLimits.DEFAULTS);

    assertThat(doc.format()).isEqualTo("xls");
    assertThat(doc.tables().get(0).dataRows().get(0).texts()).containsExactly("计生办补助经费(上级补助)", "5.00");
  }
}
