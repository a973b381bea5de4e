package dev.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bytes decide the format; the name only says which kind of text a text file is. */
class FormatDetectorTest {
  private final FormatDetector detector = new FormatDetector();

  @ParameterizedTest
  @CsvSource({
      "text/guraozhen-2024.txt, text/plain",
      "text/nantunzhen-2023.md, text/x-web-markdown",
      "gbk/guraozhen-2024.gbk.txt, text/plain",
      "odd/big5-fragment.txt, text/plain",
      "html/caohezhen-2023.html, text/html",
      "docx/caohezhen-2023.docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "doc/caohezhen-2023.doc, application/msword",
      "pdf/caohezhen-2023.pdf, application/pdf",
      "odd/pdf-named.docx, application/pdf",
      "bad/not-really.docx, application/octet-stream",
      "bad/binary.txt, application/octet-stream",
  })
  void samples(String sample, String type) {
    byte[] bytes = Samples.bytes(sample);
    String name = sample.substring(sample.lastIndexOf('/') + 1);
    assertThat(detector.detect(bytes, name).getBaseType().toString()).isEqualTo(type);
  }

  /**
   * The shortcuts (PDF, zip and OLE2 containers, text that opens with prose) name every sample as
   * Tika's full detection does, whole and cut short, damaged containers and a plain zip included.
   */
  @Test
  void theShortcutsAgreeWithTikasFullDetection() throws IOException {
    FormatDetector full = new FormatDetector(false);
    List<Path> files;
    try (var walk = Files.walk(Samples.dir())) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(40);
    int shortcut = 0;
    int prose = 0;
    int pages = 0;
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      for (byte[] b : List.of(bytes, Arrays.copyOf(bytes, Math.min(bytes.length, 600)))) {
        assertThat(detector.detect(b, null).getBaseType()).as(f + " (" + b.length + " bytes)")
            .isEqualTo(full.detect(b, null).getBaseType());
      }
      shortcut += startsWith(bytes, "%PDF-") || startsWith(bytes, "PK") || (bytes.length > 0 && bytes[0] == (byte) 0xD0) ? 1 : 0;
      prose += FormatDetector.opensWithProse(bytes) && TextDecoder.isText(bytes) ? 1 : 0;
      pages += FormatDetector.opensWithDoctype(bytes) ? 1 : 0;
    }
    assertThat(shortcut).as("samples the container shortcut names").isGreaterThan(25);
    assertThat(prose).as("samples the text shortcut names").isGreaterThan(5);
    assertThat(pages).as("samples the web-page shortcut names").isGreaterThanOrEqualTo(5);
    byte[] zip = plainZip();
    assertThat(detector.detect(zip, null)).isEqualTo(full.detect(zip, null)).hasToString("application/zip");
  }

  private static boolean startsWith(byte[] bytes, String prefix) {
    return new String(bytes, 0, Math.min(bytes.length, prefix.length()), StandardCharsets.ISO_8859_1).equals(prefix);
  }

  private static byte[] plainZip() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("notes.txt"));
      zip.write("某镇预算说明".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  /**
   * Text that opens with prose is text, whatever it quotes further on; markup, a UTF-16 mark or
   * an ASCII opening leave the question to Tika.
   */
  @Test
  void proseIsTextAndEverythingElseIsTikas() {
    FormatDetector full = new FormatDetector(false);
    String title = "某镇2023年度部门整体支出绩效自评报告\n一、基本情况\n";
    for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
      // Tika's table calls these a PDF and a robots.txt for what they quote
      for (String quoting : List.of("附件格式为%PDF-1.4。\n", "\nuser-agent: *\ndisallow: /\n")) {
        byte[] b = (title + quoting + "正文。").getBytes(cs);
        assertThat(full.detect(b, null)).as(quoting + " in " + cs).isNotEqualTo(MediaType.TEXT_PLAIN);
        assertThat(detector.detect(b, null).getBaseType()).as(quoting + " in " + cs).isEqualTo(MediaType.TEXT_PLAIN);
      }
      for (String other : List.of(title + "<html><body>正文</body></html>", "\uFEFF" + title, "  \n" + title,
          "Report " + title, "%PDF-1.4 " + title, "<?xml version=\"1.0\"?><r>" + title + "</r>")) {
        byte[] b = other.getBytes(cs);
        assertThat(detector.detect(b, null).getBaseType()).as(other + " in " + cs).isEqualTo(full.detect(b, null).getBaseType());
      }
    }
    assertThat(FormatDetector.opensWithProse(("\uFEFF \n" + title).getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(FormatDetector.opensWithProse((title + "<p>").getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(FormatDetector.opensWithProse(("x".repeat(FormatDetector.MARKUP_WINDOW) + "<p>").replaceFirst("x", "镇")
        .getBytes(StandardCharsets.UTF_8))).as("markup beyond the window Tika looks at").isTrue();
    assertThat(FormatDetector.opensWithProse(("\uFEFF" + title).getBytes(StandardCharsets.UTF_16))).isFalse();
    assertThat(FormatDetector.opensWithProse("Report".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(FormatDetector.opensWithProse(new byte[0])).isFalse();
  }

  /**
   * Text named by decoding it carries the charset that decoded it, which the text readers take instead of running the
   * statistical detector again; they read the same text with it as without, and pass over a charset that fails the bytes.
   */
  @Test
  void decodedTextCarriesItsCharset() throws ReadFailure {
    Readers readers = Readers.standard(null);
    Map<String, String> written = Map.of("gbk/guraozhen-2024.gbk.txt", "GB18030", "odd/big5-fragment.txt", "Big5",
        "text/guraozhen-2024.txt", "UTF-8");
    for (String sample : written.keySet()) {
      byte[] bytes = Samples.bytes(sample);
      MediaType type = detector.detect(bytes, sample.substring(sample.lastIndexOf('/') + 1));
      assertThat(type.getParameters()).as(sample).containsEntry("charset", written.get(sample));
      TextDocument read = readers.read(bytes, type, ReadLimits.DEFAULTS);
      TextDocument again = readers.read(bytes, type.getBaseType(), ReadLimits.DEFAULTS);
      assertThat(read.text()).as(sample).isEqualTo(again.text());
      assertThat(read.charset()).as(sample).isEqualTo(again.charset());
    }
    byte[] gbk = Samples.bytes("gbk/guraozhen-2024.gbk.txt");
    assertThat(TextDecoder.charsetOf(gbk)).isNotEqualTo("UTF-8");
    TextDocument misnamed = readers.read(gbk, new MediaType(MediaType.TEXT_PLAIN, Map.of("charset", "UTF-8")), ReadLimits.DEFAULTS);
    assertThat(misnamed.text()).isEqualTo(readers.read(gbk, MediaType.TEXT_PLAIN, ReadLimits.DEFAULTS).text());
  }

  /**
   * A page that opens with a doctype Tika's table spells is HTML to both; a namespace (XHTML), a
   * doctype in a spelling the table lacks or too far in, an XML prolog, leave it to Tika.
   */
  @Test
  void webPagesThatOpenWithTheirDoctypeAreHtml() {
    FormatDetector full = new FormatDetector(false);
    String page = "<html lang=\"zh-CN\"><head><meta charset=\"%s\"><title>某镇2024年度绩效自评报告</title></head>\n"
        + "<body><h1>某镇2024年度部门整体支出绩效自评报告</h1><p>全年预算3232.37万元。</p></body></html>\n";
    for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
      String body = page.formatted(cs.name());
      for (String doctype : List.of("<!DOCTYPE html>\n", "<!doctype html>", "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">\n",
          "<!doctype HTML>", "\uFEFF<!DOCTYPE html>", "\n\n  <!DOCTYPE html>\r\n",
          " ".repeat(FormatDetector.DOCTYPE_REACH - 1) + "<!DOCTYPE html>")) {
        byte[] b = (doctype + body).getBytes(cs);
        // a byte-order mark is skipped in UTF-8 only (GB18030 writes it as four other bytes)
        boolean markInGb = doctype.startsWith("\uFEFF") && cs != StandardCharsets.UTF_8;
        assertThat(FormatDetector.opensWithDoctype(b)).as(doctype + " in " + cs).isEqualTo(!markInGb);
        assertThat(detector.detect(b, "page.html")).as(doctype + " in " + cs).isEqualTo(full.detect(b, "page.html"))
            .isEqualTo(MediaType.TEXT_HTML);
      }
      String xhtml = "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n"
          + body.replace("<html lang", "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang");
      for (String other : List.of(xhtml, "<!DocType html>" + body, " ".repeat(FormatDetector.DOCTYPE_REACH) + "<!DOCTYPE html>" + body,
          "<?xml version=\"1.0\"?>\n<!DOCTYPE html>" + body, "<!-- saved from url -->\n<!DOCTYPE html>" + body, body)) {
        byte[] b = other.getBytes(cs);
        assertThat(FormatDetector.opensWithDoctype(b)).as(other + " in " + cs).isFalse();
        assertThat(detector.detect(b, "page.html")).as(other + " in " + cs).isEqualTo(full.detect(b, "page.html"));
      }
      assertThat(full.detect(xhtml.getBytes(cs), null).toString()).isEqualTo("application/xhtml+xml");
    }
  }

  @Test
  void aTextNameRefinesTextBytes() {
    byte[] text = "项目名称,预算\n道路修缮,60\n".getBytes(StandardCharsets.UTF_8);
    assertThat(detector.detect(text, "projects.csv").getBaseType().toString()).isEqualTo("text/csv");
    assertThat(detector.detect(text, "README.md").getBaseType().toString()).isEqualTo("text/x-web-markdown");
    assertThat(detector.detect(text, "report.txt").getBaseType().toString()).isEqualTo("text/plain");
    assertThat(detector.detect(text, null).getBaseType().toString()).isEqualTo("text/plain");
  }

  /** Tika has no magic for JSON; a whole JSON value is data, whatever its name, and prose in brackets is not. */
  @Test
  void jsonIsToldFromItsContent() {
    byte[] record = "\uFEFF\n{\"title\": \"某镇2024年度绩效自评报告\", \"budget\": \"3232.37\", \"projects\": [1, 2]}\n"
        .getBytes(StandardCharsets.UTF_8);
    assertThat(detector.detect(record, "report.json")).isEqualTo(FormatDetector.JSON);
    assertThat(detector.detect(record, "report.txt")).isEqualTo(FormatDetector.JSON);
    assertThat(detector.detect("[1, 2, 3]".getBytes(StandardCharsets.UTF_8), null)).isEqualTo(FormatDetector.JSON);

    byte[] bracketed = "[附件1] 某镇2024年度项目支出绩效自评报告\n全年预算3232.37万元。\n".getBytes(StandardCharsets.UTF_8);
    assertThat(detector.detect(bracketed, "report.txt").getBaseType()).isEqualTo(MediaType.TEXT_PLAIN);
    byte[] cut = "{\"title\": \"某镇2024年度".getBytes(StandardCharsets.UTF_8);
    assertThat(detector.detect(cut, "report.json").getBaseType()).isEqualTo(MediaType.TEXT_PLAIN);
    byte[] trailing = "{\"a\": 1} 以上为附表".getBytes(StandardCharsets.UTF_8);
    assertThat(FormatDetector.isJson(trailing)).isFalse();
  }

  @Test
  void aNameNeverTurnsTextIntoSomethingElse() {
    byte[] text = "某镇2024年度项目支出绩效自评报告\n".getBytes(StandardCharsets.UTF_8);
    assertThat(detector.detect(text, "report.docx").getBaseType().toString()).isEqualTo("text/plain");
    assertThat(detector.detect(text, "report.pdf").getBaseType().toString()).isEqualTo("text/plain");
    assertThat(detector.detect(text, "report.xml").getBaseType().toString()).isEqualTo("text/plain");
  }
}
