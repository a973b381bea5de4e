package dev.jixiao.text;

/**
 * Normalises text for extraction without moving any character: full-width digits, letters and
 * punctuation become ASCII (３２．５％ → 32.5%), the ideographic space and converter bullets become
 * spaces, a zero circled between Chinese digits becomes 〇 (二○二四), and traditional characters become
 * simplified ({@link ScriptConverter}).
 */
public final class TextNormalizer {
  /** What a zero between Chinese digits is written as besides 〇: circles, a letter O, a digit 0. */
  private static final String ZERO_LIKE = "\u25CB\u25EFOo0";
  private static final String CHINESE_DIGITS = "一二三四五六七八九〇";
  private final ScriptConverter scripts;

  public TextNormalizer(ScriptConverter scripts) {
    this.scripts = scripts;
  }

  public NormalizedText normalize(String original) {
    char[] out = original.toCharArray();
    for (int i = 0; i < out.length; i++) {
      out[i] = halfWidth(out[i]);
    }
    chineseZeros(out);
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

  /**
   * A zero written between Chinese digits with a circle or a letter (二○二四年, ◯, O or 0 as typists
   * and OCR write it) is 〇: the year and the numeral it is part of are read as such.
   */
  private static void chineseZeros(char[] out) {
    for (int i = 1; i < out.length; i++) {
      if (ZERO_LIKE.indexOf(out[i]) < 0 || CHINESE_DIGITS.indexOf(out[i - 1]) < 0) {
        continue;
      }
      int next = i + 1;
      while (next < out.length && ZERO_LIKE.indexOf(out[next]) >= 0 && next - i < 3) {
        next++;
      }
      if (next < out.length && CHINESE_DIGITS.indexOf(out[next]) >= 0) {
        for (int k = i; k < next; k++) {
          out[k] = '〇';
        }
        i = next - 1;
      }
    }
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
