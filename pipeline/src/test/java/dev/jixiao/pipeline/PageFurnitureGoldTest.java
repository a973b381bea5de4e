package dev.jixiao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.gold.GoldComparator;
import dev.jixiao.gold.Samples;
import dev.jixiao.record.Report;
import dev.jixiao.record.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Government PDFs print a page number at the foot of every page ("- 3 -") and often a running
 * head. The sample PDFs stamped with both give the gold record and the findings of the unstamped
 * PDF. (Before the PDF reader left them out, the page number stood inside every paragraph and
 * list a page break cut: the guraozhen sample lost 24 of its 204 gold fields and nantunzhen one.)
 */
class PageFurnitureGoldTest {
  private static final Pipeline PIPELINE = Pipelines.standard();
  @TempDir static Path tmp;

  static Stream<String> seeds() {
    return Samples.seeds().stream().filter(seed -> Files.exists(Samples.file("pdf/" + seed + ".pdf")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void aPdfWithPageNumbersAndARunningHeadGivesTheGoldRecord(String seed) throws IOException {
    Path original = Samples.file("pdf/" + seed + ".pdf");
    Path stamped = tmp.resolve(seed + ".pdf");
    int pages = stamp(original, stamped);

    Report r = PIPELINE.process(stamped);
    assertThat(r.status()).as(r.errors().toString()).isEqualTo(Status.OK);
    assertThat(r.source().pages()).isEqualTo(pages);
    GoldComparator.Tally t = GoldComparator.compare(Samples.gold(seed), r, GoldComparator.CORE);
    assertThat(t.misses()).as(seed + " fields").isEmpty();
    assertThat(FormatVariantsGoldTest.signature(r.findings())).isEqualTo(FormatVariantsGoldTest.signature(PIPELINE.process(original).findings()));
  }

  /** Writes {@code from} with "- n -" under each page and a running head over it; returns the page count. */
  private static int stamp(Path from, Path to) throws IOException {
    try (PDDocument doc = Loader.loadPDF(from.toFile())) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      int n = 0;
      for (PDPage page : doc.getPages()) {
        n++;
        PDRectangle box = page.getMediaBox();
        try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
          cs.beginText();
          cs.setFont(font, 10);
          cs.newLineAtOffset(box.getWidth() / 2 - 12, 30);
          cs.showText("- " + n + " -");
          cs.endText();
          cs.beginText();
          cs.setFont(font, 9);
          cs.newLineAtOffset(72, box.getHeight() - 40);
          cs.showText("Performance self-evaluation report");
          cs.endText();
        }
      }
      doc.save(to.toFile());
      return n;
    }
  }
}
