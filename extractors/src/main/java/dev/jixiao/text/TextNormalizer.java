package dev.jixiao.text;

/**
 * Normalises text for extraction without moving any character: full-width digits, letters and
 * punctuation become ASCII (３２．５％ → 32.5%), the ideographic space and converter bullets become
 * spaces, and traditional characters become simplified ({@link ScriptConverter}).
 */
public final class TextNormalizer {
  private final ScriptConverter scripts;

  public TextNormalizer(ScriptConverter scripts) {
    this.scripts = scripts;
  }

  public NormalizedText normalize(String original) {
    char[] out = original.toCharArray();
    for (int i = 0; i < out.length; i++) {
      out[i] = halfWidth(out[i]);
    }
    String simplified = scripts.toSimplified(new String(out));
    return new NormalizedText(original, simplified);
  }

  /**
   * {@code s} with its full-width digits and Latin letters in ASCII (２０２３年 → 2023年), and
   * nothing else changed. For names the record gives as written, such as a project's: the same
   * project typed with a full-width input method is the same name, while its full-width brackets
   * (（数字财政）) are how Chinese is written.
   */
  public static String asciiDigitsAndLetters(String s) {
    char[] out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A') {
        if (out == null) {
          out = s.toCharArray();
        }
        out[i] = (char) (c - 0xFEE0);
      }
    }
    return out == null ? s : new String(out);
  }

  static char halfWidth(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0);
    }
    return switch (c) {
      case '\u3000', '\u00A0', '\uF0B7', '\u2022', '\u25CF' -> ' ';
      case '\u2013', '\u2014', '\u2212', '\uFE63' -> '-';
      case '\u3007' -> '〇';
      default -> c;
    };
  }
}
