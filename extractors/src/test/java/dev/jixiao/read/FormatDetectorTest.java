package dev.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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
   * The signature shortcut (PDF, zip and OLE2 containers) names every sample as Tika's full
   * detection does, and so does it for damaged containers and a plain zip.
   */
  @Test
  void theSignatureShortcutAgreesWithTikasFullDetection() throws IOException {
    FormatDetector full = new FormatDetector(false);
    List<Path> files;
    try (var walk = Files.walk(Samples.dir())) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(40);
    int shortcut = 0;
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      for (byte[] b : List.of(bytes, Arrays.copyOf(bytes, Math.min(bytes.length, 600)))) {
        assertThat(detector.detect(b, null)).as(f + " (" + b.length + " bytes)").isEqualTo(full.detect(b, null));
      }
      shortcut += startsWith(bytes, "%PDF-") || startsWith(bytes, "PK") || (bytes.length > 0 && bytes[0] == (byte) 0xD0) ? 1 : 0;
    }
    assertThat(shortcut).as("samples the shortcut names").isGreaterThan(25);
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

  @Test
  void aTextNameRefinesTextBytes() {
    byte[] text = "项目名称,预算\n道路修缮,60\n".getBytes(StandardCharsets.UTF_8);
    assertThat(detector.detect(text, "projects.csv").getBaseType().toString()).isEqualTo("text/csv");
    assertThat(detector.detect(text, "README.md").getBaseType().toString()).isEqualTo("text/x-web-markdown");
    assertThat(detector.detect(text, "report.txt").getBaseType().toString()).isEqualTo("text/plain");
    assertThat(detector.detect(text, null).getBaseType().toString()).isEqualTo("text/plain");
  }

  @Test
  void aNameNeverTurnsTextIntoSomethingElse() {
    byte[] text = "某镇2024年度项目支出绩效自评报告\n".getBytes(StandardCharsets.UTF_8);
    assertThat(detector.detect(text, "report.docx").getBaseType().toString()).isEqualTo("text/plain");
    assertThat(detector.detect(text, "report.pdf").getBaseType().toString()).isEqualTo("text/plain");
    assertThat(detector.detect(text, "report.xml").getBaseType().toString()).isEqualTo("text/plain");
  }
}
