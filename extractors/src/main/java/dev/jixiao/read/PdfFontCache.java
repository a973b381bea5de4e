package dev.jixiao.read;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A document's resource cache that keeps its fonts from one page to the next. PDFBox 3's text
 * stripper drops a page's resources from the document's cache when it has read the page (so that
 * a huge document does not hold them all), and a font set on every page is then loaded again on
 * every page: its ToUnicode map parsed, its glyph map and font program read. That was nearly a
 * third of reading the generated three-page reports and a sixth of reading the shared corpus's
 * (two to twelve pages, three to five fonts each).
 *
 * <p>A report has a handful of fonts. The {@value #MAX_FONTS} used last are kept, so a document
 * that brings a new font on each of thousands of pages is still read in bounded memory (a
 * Chinese font's glyph map alone can be 256 KB). Other resources (images, colour spaces) are
 * dropped per page as PDFBox does.
 */
final class PdfFontCache extends DefaultResourceCache {
  static final int MAX_FONTS = 32;

  private final Map<COSObject, PDFont> fonts = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<COSObject, PDFont> eldest) {
      return size() > MAX_FONTS;
    }
  };

  @Override
  public PDFont getFont(COSObject indirect) {
    return fonts.get(indirect);
  }

  @Override
  public void put(COSObject indirect, PDFont font) {
    fonts.put(indirect, font);
  }

  /** Kept: the next page most likely sets the same font. */
  @Override
  public PDFont removeFont(COSObject indirect) {
    return null;
  }

  int fontCount() {
    return fonts.size();
  }
}
