package dev.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jixiao.record.ErrorCode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;

/**
 * CSV and TSV files as Excel and county sites write them: GB18030 or UTF-8 with a byte-order mark,
 * quoted cells, and files that are only named {@code .csv}. Read through {@link Readers} from the
 * type {@link FormatDetector} gives the bytes and the name, as the pipeline does.
 */
class DelimitedTextReaderTest {
  private static final Readers READERS = Readers.standard(null);

  private static TextDocument read(byte[] bytes, String name) throws ReadFailure {
    MediaType type = new FormatDetector().detect(bytes, name);
    return READERS.read(bytes, type, ReadLimits.DEFAULTS);
  }

  private static List<List<String>> rows(TextDocument doc) {
    assertThat(doc.tables()).hasSize(1);
    return doc.tables().get(0).rows().stream().map(TableRow::texts).toList();
  }

  @Test
  void gb18030FromAChineseExcelWithQuotedCells() throws ReadFailure {
    String csv = "序号,项目名称,全年预算（万元）,执行数（万元）\r\n"
        + "1,\"道路硬化,二期\",41.60,41.60\r\n"
        + "2,\"路灯\"\"亮化\"\"工程\",5.00,4.50\r\n";
    TextDocument doc = read(csv.getBytes(Charset.forName("GB18030")), "项目表.csv");

    assertThat(doc.format()).isEqualTo("csv");
    assertThat(doc.charset()).isEqualTo("GB18030");
    assertThat(rows(doc)).containsExactly(
        List.of("序号", "项目名称", "全年预算（万元）", "执行数（万元）"),
        List.of("1", "道路硬化,二期", "41.60", "41.60"),
        List.of("2", "路灯\"亮化\"工程", "5.00", "4.50"));
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstCell() throws ReadFailure {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "项目名称,预算\n村道修缮,12.50\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(body, 0, bytes, bom.length, body.length);

    TextDocument doc = read(bytes, "table.csv");

    assertThat(rows(doc).get(0)).containsExactly("项目名称", "预算");
    assertThat(doc.text()).startsWith("项目名称\t预算");
  }

  @Test
  void tabSeparatedValues() throws ReadFailure {
    TextDocument doc = read("项目名称\t预算\t执行率\n村道修缮\t12.50\t96.5%\n".getBytes(StandardCharsets.UTF_8), "table.tsv");

    assertThat(doc.format()).isEqualTo("tsv");
    assertThat(rows(doc)).containsExactly(List.of("项目名称", "预算", "执行率"), List.of("村道修缮", "12.50", "96.5%"));
  }

  @Test
  void cellsPointAtTheirTextInTheDocument() throws ReadFailure {
    TextDocument doc = read("项目名称,预算\n\"村道,修缮\",12.50\n".getBytes(StandardCharsets.UTF_8), "table.csv");

    for (TableRow row : doc.tables().get(0).rows()) {
      for (TableCell cell : row.cells()) {
        assertThat(doc.text().substring(cell.start(), cell.end())).isEqualTo(cell.text());
      }
    }
  }

  @Test
  void proseNamedCsvIsReadAsTheTextItIs() throws ReadFailure {
    String prose = "古饶镇2024年度部门整体支出绩效自评报告\n一、部门基本情况\n全年预算收入3029.24万元，支出2988.01万元。\n";
    TextDocument doc = read(prose.getBytes(StandardCharsets.UTF_8), "report.csv");

    assertThat(doc.tables()).isEmpty();
    assertThat(doc.format()).isEqualTo("txt");
    assertThat(doc.text()).isEqualTo(prose);
  }

  @Test
  void bytesNoCharsetExplainsAreNotACsv() {
    byte[] bytes = new byte[256];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) i;
    }
    assertThatThrownBy(() -> new DelimitedTextReader().read(bytes, DelimitedTextReader.CSV, ReadLimits.DEFAULTS))
        .isInstanceOfSatisfying(ReadFailure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.UNSUPPORTED_FORMAT));
  }
}
