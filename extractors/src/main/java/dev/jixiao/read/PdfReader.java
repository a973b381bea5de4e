package dev.jixiao.read;

import dev.jixiao.record.ErrorCode;
import dev.jixiao.record.RecordError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFs with a text layer, read with PDFBox directly: the text positions are needed for what Tika's
 * PDF parser does not give, paragraphs rebuilt from lines ({@link Paragraphs}) and tables read
 * from their ruled grid ({@link PdfTables}) or, without borders, from their columns of text
 * ({@link PdfColumns}). Every page starts a new line and its offset is kept,
 * so each evidence has its page. Pages without a text layer are left empty here and named in a
 * warning; the OCR fallback ({@link PdfOcrFallback}) reads them.
 */
public final class PdfReader implements DocumentReader {
  static final String PDF = "application/pdf";
  static final String NO_TEXT_LAYER = "no text layer";
  /** A page of text has far more characters than this; a stamp over a scan far fewer. */
  static final int STAMP_CHARS = 100;

  @Override
  public Set<String> mediaTypes() {
    return Set.of(PDF);
  }

  @Override
  public TextDocument read(byte[] bytes, String mediaType, ReadLimits limits) throws ReadFailure {
    if (bytes.length == 0) {
      throw new ReadFailure(ErrorCode.EMPTY, "the file is empty (0 bytes)");
    }
    try (PDDocument document = open(bytes)) {
      return read(document, limits);
    } catch (IOException | RuntimeException e) {
      throw Failures.of(e);
    }
  }

  /**
   * Opens a PDF with no password, its fonts kept from page to page ({@link PdfFontCache}): an
   * encrypted one that needs a password fails as {@code encrypted}.
   */
  static PDDocument open(byte[] bytes) throws ReadFailure {
    try {
      PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(bytes), "");
      document.setResourceCache(new PdfFontCache());
      return document;
    } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
      throw new ReadFailure(ErrorCode.ENCRYPTED, "the PDF is encrypted and needs a password to open", e);
    } catch (IOException | RuntimeException e) {
      throw new ReadFailure(ErrorCode.CORRUPT, "not a readable PDF: " + Failures.describe(e), e);
    }
  }

  private TextDocument read(PDDocument document, ReadLimits limits) throws IOException, ReadFailure {
    PdfGlyphs.Pages pages = PdfGlyphs.of(document);
    List<List<TextPosition>> glyphs = pages.glyphs();
    List<Integer> textless = new ArrayList<>();
    List<PageParts> parts = new ArrayList<>();
    List<Integer> garbled = new ArrayList<>();
    List<Integer> stamped = new ArrayList<>();
    for (int i = 0; i < glyphs.size(); i++) {
      List<TextPosition> page = glyphs.get(i);
      PageGlyphs census = PageGlyphs.of(page);
      if (census.blank()) {
        textless.add(i + 1);
        parts.add(null);
      } else if (census.unmapped()) {
        textless.add(i + 1);
        garbled.add(i + 1);
        parts.add(null);
      } else if (census.chars() < STAMP_CHARS && pages.imageShare()[i] >= PdfPageImages.SCAN_SHARE) {
        // a scan with a few words stamped over it (a website's address, 内部资料, a date): its text
        // layer is not its text; the scan is, and only OCR can read it
        textless.add(i + 1);
        stamped.add(i + 1);
        parts.add(null);
      } else {
        parts.add(parts(document.getPage(i), page, pages.drawPaths().get(i + 1)));
      }
    }
    // page numbers and running heads are known only from all the pages together
    PageFurniture furniture = PageFurniture.of(parts.stream().map(p -> p == null ? List.<PdfLine>of() : p.lines()).toList());
    PageWriter writer = new PageWriter(new TextAssembler(limits.maxChars()));
    for (PageParts page : parts) {
      if (page == null) {
        writer.emptyPage();
      } else {
        writer.page(layout(page, furniture));
      }
    }
    TextAssembler out = writer.finish();
    List<RecordError> warnings = new ArrayList<>();
    if (!textless.isEmpty() && textless.size() < glyphs.size()) {
      warnings.add(RecordError.of(ErrorCode.EMPTY, NO_TEXT_LAYER + " on page" + (textless.size() > 1 ? "s " : " ") + PageRanges.format(textless)
          + unmapped(garbled) + stampedOnly(stamped)));
    }
    String text = out.text();
    if (text.isBlank()) {
      throw new ReadFailure(ErrorCode.EMPTY, NO_TEXT_LAYER + " on any of the " + glyphs.size() + " page" + (glyphs.size() == 1 ? "" : "s")
          + unmapped(garbled) + stampedOnly(stamped));
    }
    return new TextDocument(text, out.pageStarts(), "pdf", null, false, warnings, out.tables());
  }

  private static String stampedOnly(List<Integer> pages) {
    return pages.isEmpty() ? "" : " (page" + (pages.size() > 1 ? "s " : " ") + PageRanges.format(pages)
        + (pages.size() > 1 ? " are scans" : " is a scan") + " with only a few words stamped over: only OCR can read them)";
  }

  /** Why the text of these pages is no text: their fonts have no Unicode map. */
  private static String unmapped(List<Integer> pages) {
    return pages.isEmpty() ? "" : " (the fonts of page" + (pages.size() > 1 ? "s " : " ") + PageRanges.format(pages)
        + " map their glyphs to no characters: only OCR can read them)";
  }

  /** A page's tables, top to bottom, and its lines outside them. */
  private record PageParts(List<PdfTables.Found> tables, List<PdfLine> lines) {}

  /** {@code drawsPaths}: whether the page can have rulings. */
  private static PageParts parts(PDPage page, List<TextPosition> glyphs, boolean drawsPaths) throws IOException {
    List<PdfRulings.Segment> rulings = drawsPaths ? PdfRulings.of(page) : List.of();
    List<PdfTables.Found> tables = new ArrayList<>(PdfTables.find(rulings, glyphs));
    List<TextPosition> outside = new ArrayList<>(glyphs);
    outside.removeIf(g -> tables.stream().anyMatch(t -> t.contains(g)));
    PdfColumns.Result unruled = PdfColumns.find(PdfLine.of(outside));
    tables.addAll(unruled.tables());
    tables.sort((a, b) -> Float.compare(a.top(), b.top()));
    return new PageParts(tables, unruled.rest());
  }

  /** A page's paragraphs (its furniture left out) and tables, top to bottom. */
  private static List<Object> layout(PageParts page, PageFurniture furniture) {
    List<PdfTables.Found> tables = page.tables();
    List<Paragraphs.Paragraph> paragraphs = Paragraphs.of(furniture.strip(page.lines()));
    List<Object> items = new ArrayList<>();
    int p = 0;
    for (PdfTables.Found table : tables) {
      while (p < paragraphs.size() && paragraphs.get(p).top() < table.top()) {
        items.add(paragraphs.get(p++));
      }
      items.add(table);
    }
    items.addAll(paragraphs.subList(p, paragraphs.size()));
    return items;
  }
}
