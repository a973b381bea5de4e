package dev.jixiao.check.rules;

import dev.jixiao.record.Evidence;
import dev.jixiao.record.Figure;
import java.util.regex.Pattern;

/**
 * Whether figures a rule relates stand in one sentence of the report's text. A full stop or a
 * semicolon ends a sentence, and so does a line break that ends a paragraph; a line break inside a
 * sentence is where a text was wrapped at its width (占支\n出总预算10.73%，同比增加…), as PDF
 * converters and crawlers leave it.
 */
final class Sentences {
  /** A line of nothing but spaces, right after a line break: the paragraph has ended. */
  private static final Pattern BLANK_LINE = Pattern.compile("[ \\t\u3000]*\\r?\\n");

  private Sentences() {}

  /**
   * Whether no sentence ends between the two figures, in whichever order the text has them (a
   * form's figures follow the text's in the record but stand before them in the text).
   */
  static boolean together(String text, Figure a, Figure b) {
    return together(text, a.evidence(), b.evidence());
  }

  /** Whether no sentence ends between the two places, in either order. */
  static boolean together(String text, Evidence a, Evidence b) {
    String between = between(text, a, b);
    return between.indexOf('。') < 0 && !paragraphBreak(between) && between.indexOf('；') < 0 && between.indexOf(';') < 0;
  }

  /** Whether the two figures stand in one sentence ended by a full stop, its clauses parted by semicolons or not. */
  static boolean oneStatement(String text, Figure a, Figure b) {
    String between = between(text, a.evidence(), b.evidence());
    return between.indexOf('。') < 0 && !paragraphBreak(between);
  }

  private static String between(String text, Evidence a, Evidence b) {
    int from = Math.min(a.end(), b.end());
    int to = Math.max(from, Math.max(a.start(), b.start()));
    return text.substring(from, to);
  }

  /** Whether a line break in the text ends a paragraph: a blank line after it, or a colon before it. */
  static boolean paragraphBreak(String between) {
    for (int k = between.indexOf('\n'); k >= 0; k = between.indexOf('\n', k + 1)) {
      String before = between.substring(0, k).stripTrailing();
      String after = between.substring(k + 1);
      if (BLANK_LINE.matcher(after).lookingAt() || after.isBlank() || before.endsWith(":") || before.endsWith("：")) {
        return true;
      }
    }
    return false;
  }
}
