package dev.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class PdfFontCacheTest {
  @Test
  void aFontSetOnEveryPageIsLoadedOnceForTheDocument() throws Exception {
    try (PDDocument document = PdfReader.open(Samples.bytes("pdf/nantunzhen-2023.pdf"))) {
      PdfGlyphs.Pages pages = PdfGlyphs.of(document);
      assertThat(pages.glyphs()).hasSizeGreaterThan(5);
      // PDFBox's own cache, emptied after each page, gives each page a font of its own
      Map<COSDictionary, Set<PDFont>> loaded = new IdentityHashMap<>();
      for (List<TextPosition> page : pages.glyphs()) {
        for (TextPosition glyph : page) {
          loaded.computeIfAbsent(glyph.getFont().getCOSObject(), d -> Collections.newSetFromMap(new IdentityHashMap<>()))
              .add(glyph.getFont());
        }
      }
      assertThat(loaded).hasSizeGreaterThan(1);
      assertThat(loaded.values()).allSatisfy(fonts -> assertThat(fonts).hasSize(1));
    }
  }

  @Test
  void keepsTheFontsUsedLastWhenADocumentBringsMoreThanItHolds() {
    PdfFontCache cache = new PdfFontCache();
    List<COSObject> keys = new ArrayList<>();
    for (int i = 0; i <= PdfFontCache.MAX_FONTS; i++) {
      COSObject key = new COSObject(new COSDictionary());
      keys.add(key);
      cache.put(key, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
      if (i == 1) {
        cache.getFont(keys.get(0));
      }
    }
    assertThat(cache.fontCount()).isEqualTo(PdfFontCache.MAX_FONTS);
    assertThat(cache.getFont(keys.get(0))).as("used again, so kept").isNotNull();
    assertThat(cache.getFont(keys.get(1))).as("the least recently used").isNull();
    assertThat(cache.removeFont(keys.get(2))).isNull();
    assertThat(cache.getFont(keys.get(2))).as("kept past its page").isNotNull();
  }
}
