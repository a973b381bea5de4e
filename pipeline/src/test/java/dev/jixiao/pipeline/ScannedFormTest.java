package dev.jixiao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jixiao.extract.form.FormFixture;
import dev.jixiao.record.Project;
import dev.jixiao.record.Report;
import dev.jixiao.record.Status;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 项目支出绩效自评表 scanned (FormFixture's PDF of one of guraozhen-2024's projects, as a 200 dpi
 * grey JPEG page): OCR gives its rows as lines, and the form is read from them.
 */
class ScannedFormTest {
  @BeforeAll
  static void tesseractIsInstalled() {
    assumeTrue(new java.io.File("/usr/bin/tesseract").canExecute(), "tesseract is not installed (.ci/install-deps installs it)");
  }

  @Test
  void aScannedFormIsItsProjectAsFarAsOcrReadsIt() throws IOException {
    byte[] scan = scanned(FormFixture.pdf(List.of(FormFixture.ofSampleProject("信访工作经费七(超收分成)"))), 200);

    Report r = Pipelines.standard().process("form-scan.pdf", scan);

    assertThat(r.status()).isEqualTo(Status.OK);
    assertThat(r.errors()).extracting(e -> e.code()).containsExactly("ocr-uncertain");
    Project p = r.projects().get(0);
    assertThat(r.projects()).hasSize(1);
    assertThat(p.name()).isEqualTo("信访工作经费七(超收分成)");
    assertThat(p.completionRate().value()).isEqualTo(new BigDecimal("22.54"));
    assertThat(p.score().value()).isEqualTo(new BigDecimal("90.25"));
    assertThat(r.score().total().value()).isEqualTo(new BigDecimal("90.25"));
    // 项目资金（万元） wraps in its cell and OCR reads the two halves as "项目资金!" and "人元)": no unit
    // was read, so the amounts are not given one
    assertThat(p.budget()).isNull();
    assertThat(p.expenditure()).isNull();
  }

  /** Each page rendered grey at {@code dpi} and stored as a JPEG on a page of its own, as a scanner writes a PDF. */
  static byte[] scanned(byte[] pdf, int dpi) throws IOException {
    try (PDDocument source = Loader.loadPDF(pdf); PDDocument out = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      PDFRenderer renderer = new PDFRenderer(source);
      for (int i = 0; i < source.getNumberOfPages(); i++) {
        BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
        PDPage page = new PDPage(PDRectangle.A4);
        out.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(out, page)) {
          cs.drawImage(JPEGFactory.createFromImage(out, image, 0.85f), 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
      }
      out.save(bytes);
      return bytes.toByteArray();
    }
  }
}
