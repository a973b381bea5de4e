package dev.jixiao.read;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The positioned characters of each page, as PDFBox's text stripper decodes them (ToUnicode maps,
 * duplicate overlapping glyphs of fake bold removed). Layout is left to {@link PdfLines}: the
 * stripper's own line and paragraph guesses know nothing of tables or Chinese line breaking.
 */
final class PdfGlyphs extends PDFTextStripper {
  private final Map<Integer, List<TextPosition>> byPage = new HashMap<>();

  private PdfGlyphs() throws IOException {
    setSortByPosition(true);
    setSuppressDuplicateOverlappingText(true);
  }

  /** Glyphs per page, index 0 for page 1; an empty list for a page without text. */
  static List<List<TextPosition>> of(PDDocument document) throws IOException {
    PdfGlyphs stripper = new PdfGlyphs();
    stripper.writeText(document, new StringWriter());
    List<List<TextPosition>> pages = new ArrayList<>();
    for (int i = 1; i <= document.getNumberOfPages(); i++) {
      pages.add(stripper.byPage.getOrDefault(i, List.of()));
    }
    return pages;
  }

  @Override
  protected void writePage() {
    List<TextPosition> glyphs = new ArrayList<>();
    for (List<TextPosition> article : getCharactersByArticle()) {
      glyphs.addAll(article);
    }
    byPage.put(getCurrentPageNo(), glyphs);
  }
}
