package dev.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jixiao.record.ErrorCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;

/**
 * OCR of scanned pages. Only one page is recognised here (about 3 s); all 32 scanned pages are the
 * benchmark's job ({@code bench.ReadBenchmark}).
 */
class OcrTest {
  private static final MediaType PDF = MediaType.application("pdf");

  private static boolean tesseractInstalled() {
    try {
      new TesseractOcr().checkAvailable();
      return true;
    } catch (ReadFailure e) {
      return false;
    }
  }

  /** Page {@code page} of a sample PDF alone, as a PDF of its own. */
  private static byte[] onePage(String file, int page) throws IOException {
    try (PDDocument doc = Loader.loadPDF(Samples.bytes(file)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int i = doc.getNumberOfPages() - 1; i >= 0; i--) {
        if (i != page - 1) {
          doc.removePage(i);
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void aScannedPageIsReadByOcr() throws Exception {
    assumeTrue(tesseractInstalled(), "tesseract with chi_sim is not installed (.ci/install-deps installs it)");
    byte[] page = onePage("scanned/caohezhen-2023-scan.pdf", 1);

    TextDocument doc = Readers.standard().read(page, new FormatDetector().detect(page, "scan.pdf"), ReadLimits.DEFAULTS);

    assertThat(doc.ocr()).isTrue();
    assertThat(doc.pages()).isEqualTo(1);
    // 漕 itself is misread on every occurrence of this scan (潮/清/法/汪/渚河镇) by Tesseract 5.3's chi_sim
    assertThat(doc.text()).contains("1460.09", "保定市徐水区", "河镇", "绩效自评工作组织开展情况");
    assertThat(doc.warnings()).extracting(w -> w.code()).contains(PdfOcrFallback.OCR_UNCERTAIN);
  }

  @Test
  void onlyThePagesWithoutATextLayerAreRecognised() throws Exception {
    assumeTrue(tesseractInstalled(), "tesseract with chi_sim is not installed (.ci/install-deps installs it)");
    byte[] mixed;
    try (PDDocument text = Loader.loadPDF(Samples.bytes("pdf/xinzaozhen-2024-ocr.pdf"));
        PDDocument scan = Loader.loadPDF(Samples.bytes("scanned/caohezhen-2023-scan.pdf"));
        PDDocument both = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      both.importPage(text.getPage(0));
      both.importPage(scan.getPage(1));
      both.save(out);
      mixed = out.toByteArray();
    }
    TextDocument textLayer = Readers.standard(null).read(Samples.bytes("pdf/xinzaozhen-2024-ocr.pdf"), PDF, ReadLimits.DEFAULTS);
    String page1 = textLayer.text().substring(0, textLayer.pageStarts()[1]);

    TextDocument doc = Readers.standard().read(mixed, PDF, ReadLimits.DEFAULTS);

    assertThat(doc.pages()).isEqualTo(2);
    assertThat(doc.ocr()).isTrue();
    assertThat(doc.text()).startsWith(page1.substring(0, page1.length() - 40)); // the paragraph the page break split ends differently
    assertThat(doc.text().substring(doc.pageStarts()[1])).contains("调解员");
    assertThat(doc.warnings()).anySatisfy(w -> assertThat(w.message()).contains("page 2 read by OCR"));
  }

  @Test
  void withoutTesseractTheRecordSaysHowToInstallIt() throws Exception {
    byte[] page = onePage("scanned/caohezhen-2023-scan.pdf", 2);
    Readers readers = Readers.standard(new PdfOcrFallback(new TesseractOcr("/nonexistent/tesseract", "chi_sim"), 1, false));

    assertThatThrownBy(() -> readers.read(page, PDF, ReadLimits.DEFAULTS))
        .isInstanceOfSatisfying(ReadFailure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.OCR_UNAVAILABLE))
        .hasMessageContaining("apt-get install -y tesseract-ocr tesseract-ocr-chi-sim");
  }

  @Test
  void withoutTesseractAMixedDocumentKeepsItsTextPagesAndSaysWhatIsMissing() throws Exception {
    byte[] mixed;
    try (PDDocument text = Loader.loadPDF(Samples.bytes("pdf/xinzaozhen-2024-ocr.pdf"));
        PDDocument scan = Loader.loadPDF(Samples.bytes("scanned/caohezhen-2023-scan.pdf"));
        PDDocument both = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      both.importPage(text.getPage(0));
      both.importPage(scan.getPage(1));
      both.save(out);
      mixed = out.toByteArray();
    }
    Readers readers = Readers.standard(new PdfOcrFallback(new TesseractOcr("/nonexistent/tesseract", "chi_sim"), 1, false));

    TextDocument doc = readers.read(mixed, PDF, ReadLimits.DEFAULTS);

    assertThat(doc.ocr()).isFalse();
    assertThat(doc.text()).startsWith("部门整体支出债效面评表说明\n");
    assertThat(doc.warnings()).extracting(w -> w.code()).contains("empty", "ocr-unavailable");
  }

  @Test
  void missingLanguageDataIsOcrUnavailableToo() throws Exception {
    assumeTrue(tesseractInstalled(), "tesseract is not installed");
    byte[] page = onePage("scanned/caohezhen-2023-scan.pdf", 2);
    Readers readers = Readers.standard(new PdfOcrFallback(new TesseractOcr("tesseract", "no_such_lang"), 1, false));

    assertThatThrownBy(() -> readers.read(page, PDF, ReadLimits.DEFAULTS))
        .isInstanceOfSatisfying(ReadFailure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.OCR_UNAVAILABLE));
  }

  @Test
  void aBlankPageStaysEmptyEvenWhenOcrRunsOnIt() {
    assumeTrue(tesseractInstalled(), "tesseract is not installed");
    byte[] blank = Samples.bytes("bad/blank-page.pdf");
    Readers ocrEverything = Readers.standard(new PdfOcrFallback(new TesseractOcr(), 1, true));

    assertThatThrownBy(() -> ocrEverything.read(blank, PDF, ReadLimits.DEFAULTS))
        .isInstanceOfSatisfying(ReadFailure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.EMPTY))
        .hasMessageContaining("OCR found no text");
  }

  @Test
  void aBlankPageNeedsNoTesseract() {
    Readers noTesseract = Readers.standard(new PdfOcrFallback(new TesseractOcr("/nonexistent/tesseract", "chi_sim"), 1, false));

    assertThatThrownBy(() -> noTesseract.read(Samples.bytes("bad/blank-page.pdf"), PDF, ReadLimits.DEFAULTS))
        .isInstanceOfSatisfying(ReadFailure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.EMPTY));
  }

  @Test
  void ocrThatOverrunsItsBudgetIsAbandoned() throws Exception {
    assumeTrue(tesseractInstalled(), "tesseract is not installed");
    byte[] page = onePage("scanned/caohezhen-2023-scan.pdf", 2);
    ReadLimits limits = ReadLimits.DEFAULTS.withOcrTimeout(Duration.ofMillis(500));
    long start = System.nanoTime();

    assertThatThrownBy(() -> Readers.standard().read(page, PDF, limits))
        .isInstanceOfSatisfying(ReadFailure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.TIMEOUT));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }
}
