package dev.jixiao.read;

import java.util.List;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a page's text layer holds, counted in one pass over its glyphs: its visible characters, and
 * how many of them are glyph codes rather than characters. A font embedded without a Unicode map
 * (no ToUnicode, glyphs without standard names) leaves PDFBox each glyph's code to give as if it
 * were a character: control characters, Latin-1 signs, private-use code points. The page prints
 * right and its text layer is garbage that no rule could read; its rendering can be, by OCR.
 */
record PageGlyphs(int chars, int codes) {
  /**
   * More codes than this share of a page's characters, and the page has no usable text. A font's
   * codes run from 1 in the order its glyphs first appear, so unmapped Chinese text is a third or
   * more controls; a real page has none, and only a symbol or two mapped to private use.
   */
  static final double MAX_CODE_SHARE = 0.1;

  static PageGlyphs of(List<TextPosition> page) {
    int chars = 0;
    int codes = 0;
    for (TextPosition glyph : page) {
      String unicode = glyph.getUnicode();
      if (unicode == null) {
        continue;
      }
      for (int i = 0; i < unicode.length(); i++) {
        char c = unicode.charAt(i);
        if (!Character.isWhitespace(c)) {
          chars++;
          if (isCode(c)) {
            codes++;
          }
        }
      }
    }
    return new PageGlyphs(chars, codes);
  }

  boolean blank() {
    return chars == 0;
  }

  /** Whether the fonts map the page's glyphs to no characters. */
  boolean unmapped() {
    return codes > 0 && codes >= chars * MAX_CODE_SHARE;
  }

  private static boolean isCode(char c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.PRIVATE_USE || type == Character.UNASSIGNED || c == '\uFFFD';
  }
}
