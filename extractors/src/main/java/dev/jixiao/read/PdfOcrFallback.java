package dev.jixiao.read;

import dev.jixiao.record.ErrorCode;
import dev.jixiao.record.RecordError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * OCR for the pages of a PDF that have no usable text layer: scans, and pages whose fonts map their
 * glyphs to no characters ({@link PageGlyphs}). Only pages that draw an image or show text are
 * recognised (a page with neither is blank, and stays so; with {@code ocrBlankPages} it is
 * recognised too). A scan is rendered in grey at its native resolution and cleaned of its noise, a
 * page of text at the resolution that makes its body text {@link #TEXT_PIXELS} high; each is read by
 * {@link TesseractOcr}, pages in parallel on a small pool (one single-threaded Tesseract per core by
 * default); pages with a text layer keep the text {@link PdfReader} read. Figures read by OCR are
 * uncertain: the document is flagged {@code ocr}.
 */
public final class PdfOcrFallback implements FallbackReader {
  /** A blank page's resolution, when OCR of blank pages is asked for. */
  static final int DEFAULT_DPI = 150;
  /**
   * A page drawn from fonts is rendered so that its body text stands this many pixels high: on the
   * sample reports with their fonts' Unicode maps removed, 12 pt text at 150, 180, 200 and 300 dpi
   * (25 to 50 pixels) gave 458, 480, 385 and 331 of 500 gold fields, smaller sizes reading better.
   */
  static final float TEXT_PIXELS = 30f;

  /** The warning code of a document whose text (some of it) came from OCR. */
  public static final String OCR_UNCERTAIN = ScannedPages.OCR_UNCERTAIN;

  private final PageOcr ocr;
  private final boolean ocrBlankPages;

  public PdfOcrFallback() {
    this(new TesseractOcr(), Runtime.getRuntime().availableProcessors(), false);
  }

  /**
   * @param threads how many pages are recognised at once
   * @param ocrBlankPages also recognise pages that draw no image
   */
  public PdfOcrFallback(TesseractOcr tesseract, int threads, boolean ocrBlankPages) {
    this(new PageOcr(tesseract, threads), ocrBlankPages);
  }

  PdfOcrFallback(PageOcr ocr, boolean ocrBlankPages) {
    this.ocr = ocr;
    this.ocrBlankPages = ocrBlankPages;
  }

  @Override
  public Set<String> mediaTypes() {
    return Set.of(PdfReader.PDF);
  }

  @Override
  public boolean wants(TextDocument first) {
    return first == null || !blankPages(first).isEmpty();
  }

  @Override
  public TextDocument complete(byte[] bytes, TextDocument first, ReadLimits limits) throws ReadFailure {
    try (PDDocument document = PdfReader.open(bytes)) {
      int pages = document.getNumberOfPages();
      List<Candidate> candidates = new ArrayList<>();
      List<Integer> blank = first == null ? allPages(pages) : blankPages(first);
      for (int page : blank) {
        PdfPageImages.Facts facts = PdfPageImages.of(document.getPage(page - 1), DEFAULT_DPI);
        if (facts.hasImages() || facts.showsText() || ocrBlankPages) {
          // a page of text with a logo or a stamp on it is a page of text, not a scan
          boolean scan = facts.hasImages() && (!facts.showsText() || facts.imageShare() >= PdfPageImages.SCAN_SHARE);
          candidates.add(new Candidate(page, scan || !facts.showsText() ? facts.nativeDpi() : textDpi(facts.textSize()), scan));
        }
      }
      if (candidates.isEmpty()) {
        return null;
      }
      ocr.checkAvailable();
      PDFRenderer renderer = new PDFRenderer(document);
      List<List<OcrLine>> recognised = ocr.recognise(candidates.size(), i -> {
        Candidate c = candidates.get(i);
        return new PageOcr.Page(renderer.renderImageWithDPI(c.page() - 1, c.dpi(), ImageType.GRAY), c.dpi(), c.scanned());
      }, limits);
      return merge(first, pages, candidates.stream().map(Candidate::page).toList(), recognised);
    } catch (IOException | RuntimeException e) {
      throw Failures.of(e);
    }
  }

  /** A page (numbered from 1) to recognise, the resolution to render it at, and whether it is a scan. */
  private record Candidate(int page, int dpi, boolean scanned) {}

  private static TextDocument merge(TextDocument first, int pages, List<Integer> ocrPages, List<List<OcrLine>> recognised) throws ReadFailure {
    PageWriter writer = new PageWriter(new TextAssembler(Long.MAX_VALUE));
    int[] oldStarts = first == null ? new int[0] : first.pageStarts();
    int[] delta = new int[pages];
    ScannedPages scanned = new ScannedPages(recognised);
    for (int page = 1; page <= pages; page++) {
      int k = ocrPages.indexOf(page);
      if (k >= 0) {
        writer.page(scanned.page(k));
      } else if (first != null && page - 1 < oldStarts.length) {
        int start = oldStarts[page - 1];
        int end = page < oldStarts.length ? oldStarts[page] : first.text().length();
        delta[page - 1] = writer.laidOutPage(first.text().substring(start, end)) - start;
      } else {
        writer.emptyPage();
      }
    }
    TextAssembler out = writer.finish();
    String text = out.text();
    if (text.isBlank()) {
      throw new ReadFailure(ErrorCode.EMPTY, "OCR found no text on the " + ocrPages.size() + " page"
          + (ocrPages.size() == 1 ? "" : "s") + " without a text layer");
    }
    List<Table> tables = first == null ? List.of() : shift(first, delta);
    List<RecordError> warnings = new ArrayList<>();
    if (first != null) {
      warnings.addAll(first.warnings().stream().filter(w -> !w.message().startsWith(PdfReader.NO_TEXT_LAYER)).toList());
    }
    warnings.add(ScannedPages.uncertain(ocrPages));
    return new TextDocument(text, out.pageStarts(), "pdf", null, true, warnings, tables);
  }

  /** Tables of the text-layer pages, their cell offsets moved to where those pages now start. */
  private static List<Table> shift(TextDocument first, int[] delta) {
    List<Table> shifted = new ArrayList<>();
    for (Table t : first.tables()) {
      List<TableRow> rows = new ArrayList<>();
      for (TableRow r : t.rows()) {
        List<TableCell> cells = new ArrayList<>();
        for (TableCell c : r.cells()) {
          Integer page = first.pageAt(c.start());
          int d = page == null ? 0 : delta[page - 1];
          cells.add(new TableCell(c.text(), c.start() + d, c.end() + d));
        }
        rows.add(new TableRow(cells, r.header()));
      }
      shifted.add(new Table(t.name(), rows));
    }
    return shifted;
  }

  /** The resolution at which text of this size in points is {@link #TEXT_PIXELS} high. */
  static int textDpi(float points) {
    return Math.round(Math.max(PdfPageImages.MIN_DPI, Math.min(PdfPageImages.MAX_DPI, TEXT_PIXELS * 72 / points)));
  }

  /** 1-based pages whose text in {@code doc} is blank. */
  static List<Integer> blankPages(TextDocument doc) {
    int[] starts = doc.pageStarts();
    List<Integer> blank = new ArrayList<>();
    for (int i = 0; i < starts.length; i++) {
      int end = i + 1 < starts.length ? starts[i + 1] : doc.text().length();
      if (doc.text().substring(starts[i], end).isBlank()) {
        blank.add(i + 1);
      }
    }
    return blank;
  }

  private static List<Integer> allPages(int pages) {
    List<Integer> all = new ArrayList<>();
    for (int i = 1; i <= pages; i++) {
      all.add(i);
    }
    return all;
  }
}
