package dev.jixiao.read;

/**
 * Takes out the spaces an OCR engine puts between Chinese characters ("预 算 金 额 24 万 元"):
 * Tesseract's plain-text output and tools built on it separate every character or short run of
 * characters, and a label or a name cut into letters matches nothing. Text is letter-spaced when
 * a good share of the neighbouring pairs of Han characters have a space between them; written
 * Chinese almost never has one (the samples: 0 to 1.5%, the last an OCR text corrected by hand).
 * Then a run of one or two spaces next to a Chinese character or full-width mark goes, as the
 * OCR reader joins Tesseract's words ({@link Fragments#join}); wider gaps align columns and stay.
 * Other text comes back as it was.
 */
final class LetterSpacing {
  /** The share of spaced pairs among neighbouring Han characters from which a text is letter-spaced. */
  static final double MIN_SPACED_SHARE = 0.3;
  /** Fewer neighbouring Han pairs than this, and there is too little Chinese to tell. */
  static final int MIN_PAIRS = 20;

  private LetterSpacing() {}

  static String close(String text) {
    if (!isLetterSpaced(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != ' ') {
        out.append(c);
        i++;
        continue;
      }
      int end = i;
      while (end < text.length() && text.charAt(end) == ' ') {
        end++;
      }
      boolean inLine = i > 0 && end < text.length() && text.charAt(i - 1) != '\n' && text.charAt(end) != '\n';
      if (!(inLine && end - i <= 2 && (Fragments.isWide(text.charAt(i - 1)) || Fragments.isWide(text.charAt(end))))) {
        out.append(text, i, end);
      }
      i = end;
    }
    return out.toString();
  }

  static boolean isLetterSpaced(String text) {
    int close = 0;
    int spaced = 0;
    for (int i = 0; i + 1 < text.length(); i++) {
      if (isHan(text.charAt(i))) {
        if (isHan(text.charAt(i + 1))) {
          close++;
        } else if (text.charAt(i + 1) == ' ' && i + 2 < text.length() && isHan(text.charAt(i + 2))) {
          spaced++;
        }
      }
    }
    return close + spaced >= MIN_PAIRS && spaced >= (close + spaced) * MIN_SPACED_SHARE;
  }

  private static boolean isHan(char c) {
    return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0xF900 && c <= 0xFAFF;
  }
}
