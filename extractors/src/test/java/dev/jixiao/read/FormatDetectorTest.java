package dev.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
