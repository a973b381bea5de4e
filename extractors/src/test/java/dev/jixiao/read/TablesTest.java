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

/** The project table, as a spreadsheet, a Word table, a ruled PDF table and the CSV itself, gives the CSV's rows. */
class TablesTest {
  private static final Readers READERS = Readers.standard(null);

  static List<List<String>> csv() {
    return Samples.text("tables/guraozhen-2024-projects.csv").lines()
        .map(l -> Arrays.asList(l.split(",", -1)))
        .toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "docx", "pdf", "csv"})
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
  @ValueSource(strings = {"xlsx", "docx", "pdf", "csv"})
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

  /**
   * A 自评表 printed to PDF: 项目资金（万元） wraps down the side of five funds rows and 产出指标 of
   * three indicator rows, with no ruling under them until their block ends. Each is whole in its
   * block's first row, with an empty cell in the rows below, as Word writes a merged cell.
   */
  @Test
  void aCellWithNoRulingUnderItRunsIntoTheRowsBelow() throws ReadFailure {
    byte[] pdf = dev.jixiao.extract.form.FormFixture.pdf(List.of(dev.jixiao.extract.form.FormFixture.ofSampleProject("医保筹资运行经费")));

    TextDocument doc = Readers.standard().read(pdf, MediaType.application("pdf"), ReadLimits.DEFAULTS);

    List<TableRow> rows = doc.tables().get(0).rows();
    assertThat(rows.get(2).texts()).startsWith("项目资金（万元）", "", "年初预算数");
    assertThat(rows.get(3).texts()).startsWith("", "年度资金总额", "4.68");
    assertThat(rows.get(7).texts()).containsExactly("年度总体目标", "预期目标", "实际完成情况");
    assertThat(rows.get(8).texts().get(0)).isEmpty();
    assertThat(rows.subList(10, 13)).extracting(r -> r.texts().get(1)).containsExactly("产出指标", "", "");
    assertThat(rows.get(15).texts()).containsExactly("总分", "100", "97.01", "");
  }

  @Test
  void aTableWithoutBordersIsReadFromItsColumns() throws IOException, ReadFailure {
    byte[] pdf;
    try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
      doc.addPage(page);
      org.apache.pdfbox.pdmodel.font.PDType1Font font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
          org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
      String[][] lines = {
          {"Projects of 2024"},
          {"Project", "Budget", "Spent", "Rate"},
          {"Roads", "383", "238.17", "62.18"},
          {"Rural", "60", "13.53", "22.54"},
          {"roads"},
          {"Water supply", "80", "80", "100"},
          {"All figures in ten thousand yuan, as the ledger states them."}};
      float[] xs = {72, 250, 350, 450};
      try (org.apache.pdfbox.pdmodel.PDPageContentStream cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
        float y = 700;
        for (String[] line : lines) {
          for (int c = 0; c < line.length; c++) {
            cs.beginText();
            cs.setFont(font, 11);
            cs.newLineAtOffset(xs[c], y);
            cs.showText(line[c]);
            cs.endText();
          }
          y -= 16;
        }
      }
      doc.save(out);
      pdf = out.toByteArray();
    }

    TextDocument doc = READERS.read(pdf, MediaType.application("pdf"), ReadLimits.DEFAULTS);

    assertThat(doc.tables()).hasSize(1);
    Table table = doc.tables().get(0);
    assertThat(table.headerRows()).extracting(TableRow::texts).containsExactly(List.of("Project", "Budget", "Spent", "Rate"));
    assertThat(table.dataRows()).extracting(TableRow::texts).containsExactly(
        List.of("Roads", "383", "238.17", "62.18"),
        List.of("Rural roads", "60", "13.53", "22.54"),
        List.of("Water supply", "80", "80", "100"));
    assertThat(doc.text().lines().toList()).startsWith("Projects of 2024", "Project\tBudget\tSpent\tRate")
        .endsWith("All figures in ten thousand yuan, as the ledger states them.");
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

  /**
   * Only a page that builds a path can draw a table's borders, so only such a page gets the
   * rulings pass: a page of text alone does not, a page that strokes a line does, and the ruled
   * sample's table page does.
   */
  @Test
  void onlyPagesThatBuildPathsAreSearchedForRulings() throws Exception {
    try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
      for (boolean ruled : new boolean[] {false, true}) {
        var page = new org.apache.pdfbox.pdmodel.PDPage();
        doc.addPage(page);
        try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, 12);
          cs.newLineAtOffset(72, 700);
          cs.showText("Budget 12.50");
          cs.endText();
          if (ruled) {
            cs.moveTo(72, 690);
            cs.lineTo(300, 690);
            cs.stroke();
          }
        }
      }
      PdfGlyphs.Pages pages = PdfGlyphs.of(doc);
      assertThat(pages.glyphs()).hasSize(2).allSatisfy(g -> assertThat(g).isNotEmpty());
      assertThat(pages.drawPaths().stream().boxed().toList()).containsExactly(2);
    }
    try (var ruled = PdfReader.open(Samples.bytes("tables/guraozhen-2024-projects.pdf"))) {
      assertThat(PdfGlyphs.of(ruled).drawPaths().get(1)).isTrue();
    }
  }
}
