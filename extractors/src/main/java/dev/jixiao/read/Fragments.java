package dev.jixiao.read;

import java.util.regex.Pattern;

/** Joins pieces of one paragraph or cell that the layout broke apart, the way the language would. */
final class Fragments {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");

  private Fragments() {}

  /**
   * Chinese has no spaces between words, so a line broken between two Han characters (or next to
   * full-width punctuation) joins with nothing; Latin words and numbers join with one space, and a
   * hyphen at the break is kept and joined directly ({@code 90（含）-} + {@code 100}).
   */
  static String join(String left, String right) {
    if (left.isEmpty()) {
      return right;
    }
    if (right.isEmpty()) {
      return left;
    }
    char a = left.charAt(left.length() - 1);
    char b = right.charAt(0);
    if (isWide(a) || isWide(b) || a == '-' || a == '/' || Character.isWhitespace(a) || Character.isWhitespace(b)) {
      return left + right;
    }
    return left + " " + right;
  }

  /** Han characters, kana, full-width forms and CJK punctuation. */
  static boolean isWide(char c) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || block == Character.UnicodeBlock.GENERAL_PUNCTUATION && (c == '“' || c == '”' || c == '‘' || c == '’' || c == '…' || c == '—')
        || block == Character.UnicodeBlock.HIRAGANA
        || block == Character.UnicodeBlock.KATAKANA;
  }

  /** Runs of white space (including the ideographic space) become one ASCII space. */
  static String collapseSpaces(CharSequence s) {
    return SPACES.matcher(s).replaceAll(" ");
  }
}
