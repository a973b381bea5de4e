package dev.jixiao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jixiao.gold.GoldComparator;
import dev.jixiao.gold.Samples;
import dev.jixiao.read.FormatDetector;
import dev.jixiao.read.ReadFailure;
import dev.jixiao.read.ReadLimits;
import dev.jixiao.read.Readers;
import dev.jixiao.record.ErrorCode;
import dev.jixiao.record.Report;
import dev.jixiao.record.Status;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFs whose fonts have no Unicode map: the pages print right, but the text layer gives each
 * glyph's code ("\u0001\u0002\u0003…", Latin-1 signs) instead of its character. Some converters
 * write them so; here the sample PDFs with their fonts' ToUnicode maps removed. Before, such a
 * report was garbage text and not-a-report; now its pages are rendered and read by OCR.
 */
class UnmappedFontsTest {
  private static final Pipeline PIPELINE = Pipelines.standard();
  @TempDir static Path tmp;

  @Test
  void withoutOcrAPdfOfUnmappedFontsSaysItsTextLayerIsUnreadable() throws IOException {
    byte[] pdf = Files.readAllBytes(unmapped("caohezhen-2023"));

    assertThatThrownBy(() -> Readers.standard(null).read(pdf, new FormatDetector().detect(pdf, "x.pdf"), ReadLimits.DEFAULTS))
        .isInstanceOfSatisfying(ReadFailure.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.EMPTY);
          assertThat(e.getMessage()).contains("no text layer", "pages 1–2 map their glyphs to no characters");
        });
  }

  @Test
  void aPdfOfUnmappedFontsIsReadFromItsRenderedPages() throws IOException {
    assumeTrue(new java.io.File("/usr/bin/tesseract").canExecute(), "tesseract is not installed (.ci/install-deps installs it)");
    String seed = "xinzaozhen-2024-ocr";

    Report r = PIPELINE.process(unmapped(seed));

    assertThat(r.status()).as(r.errors().toString()).isEqualTo(Status.OK);
    assertThat(r.source().ocr()).isTrue();
    assertThat(GoldComparator.compare(Samples.gold(seed), r, GoldComparator.CORE).misses()).isEmpty();
  }

  /**
   * A letterhead's logo (an inch square) on each page does not make the pages scans: they are read
   * as text, at the resolution of their fonts and without a scan's noise filter.
   */
  @Test
  void aPageOfUnmappedFontsWithALogoIsReadAsText() throws IOException {
    assumeTrue(new java.io.File("/usr/bin/tesseract").canExecute(), "tesseract is not installed (.ci/install-deps installs it)");
    String seed = "xinzaozhen-2024-ocr";

    Report r = PIPELINE.process(unmapped(seed, true));

    assertThat(r.status()).as(r.errors().toString()).isEqualTo(Status.OK);
    assertThat(GoldComparator.compare(Samples.gold(seed), r, GoldComparator.CORE).misses()).isEmpty();
  }

  private static Path unmapped(String seed) throws IOException {
    return unmapped(seed, false);
  }

  /** The sample PDF with the ToUnicode map of every font removed, and a logo in each page's corner. */
  private static Path unmapped(String seed, boolean logo) throws IOException {
    Path to = tmp.resolve(seed + (logo ? "-logo" : "") + "-unmapped.pdf");
    try (PDDocument doc = Loader.loadPDF(Samples.file("pdf/" + seed + ".pdf").toFile())) {
      for (PDPage page : doc.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          resources.getFont(name).getCOSObject().removeItem(COSName.TO_UNICODE);
        }
        if (logo) {
          BufferedImage image = new BufferedImage(100, 100, BufferedImage.TYPE_BYTE_GRAY);
          image.getGraphics().fillOval(10, 10, 80, 80);
          PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
          try (PDPageContentStream content = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            content.drawImage(xobject, 20, page.getMediaBox().getHeight() - 92, 72, 72);
          }
        }
      }
      doc.save(to.toFile());
    }
    return to;
  }
}
