package dev.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jixiao.record.ErrorCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * .odt through Tika's OpenDocumentParser: paragraphs as lines, tables as tables; a document whose
 * few compressed bytes expand to more text than the limit is too-large, refused as it expands.
 * (The five samples saved as .odt and as .rtf give their gold records: FormatVariantsGoldTest.)
 */
class OdtRtfReaderTest {
  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
      + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
      + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" office:version=\"1.2\"><office:body><office:text>";
  private static final String TAIL = "</office:text></office:body></office:document-content>";

  /** An .odt of {@code body} (the content of office:text): mimetype stored first, as the format asks. */
  static byte[] odt(String body) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      byte[] mime = OdtRtfReader.ODT.getBytes(StandardCharsets.US_ASCII);
      ZipEntry m = new ZipEntry("mimetype");
      m.setMethod(ZipEntry.STORED);
      m.setSize(mime.length);
      CRC32 crc = new CRC32();
      crc.update(mime);
      m.setCrc(crc.getValue());
      zip.putNextEntry(m);
      zip.write(mime);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write((HEAD + body + TAIL).getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  @Test
  void paragraphsAreLinesAndATableIsATable() throws Exception {
    byte[] file = odt("<text:p>古饶镇2024年度项目支出绩效自评报告</text:p><text:p>全年预算3232.37万元。</text:p>"
        + "<table:table><table:table-row><table:table-cell><text:p>项目名称</text:p></table:table-cell>"
        + "<table:table-cell><text:p>预算（万元）</text:p></table:table-cell></table:table-row>"
        + "<table:table-row><table:table-cell><text:p>保洁经费</text:p></table:table-cell>"
        + "<table:table-cell><text:p>41.60</text:p></table:table-cell></table:table-row></table:table>");

    TextDocument d = new OdtRtfReader().read(file, OdtRtfReader.ODT, ReadLimits.DEFAULTS);

    assertThat(d.format()).isEqualTo("odt");
    assertThat(d.text()).contains("古饶镇2024年度项目支出绩效自评报告\n", "全年预算3232.37万元。");
    assertThat(d.tables()).singleElement().satisfies(t -> assertThat(t.rows()).extracting(TableRow::texts)
        .containsExactly(List.of("项目名称", "预算（万元）"), List.of("保洁经费", "41.60")));
  }

  @Test
  void textExpandingPastTheLimitIsTooLarge() throws Exception {
    String paragraph = "<text:p>" + "预算".repeat(1000) + "</text:p>";
    byte[] file = odt(paragraph.repeat(20_000)); // 40 million characters from about 400 KB
    assertThat(file.length).isLessThan(2_000_000);

    assertThatThrownBy(() -> new OdtRtfReader().read(file, OdtRtfReader.ODT, ReadLimits.DEFAULTS))
        .isInstanceOfSatisfying(ReadFailure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.TOO_LARGE));
  }

  @Test
  void notAnOpenDocumentIsAFailureWithItsCode() {
    assertThatThrownBy(() -> new OdtRtfReader().read("不是压缩包".getBytes(StandardCharsets.UTF_8), OdtRtfReader.ODT, ReadLimits.DEFAULTS))
        .isInstanceOf(ReadFailure.class);
  }
}
