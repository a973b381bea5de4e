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
