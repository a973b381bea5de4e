package dev.jixiao.text;

/**
 * Where a page laid out line by line (OCR, a PDF's text, a report typed to a width) broke a line inside its words: a break
 * there joins what a reader would read as one word (枫林\n村, 满\n意度指标), where an author's own break ends a heading or an item.
 */
public final class LineWraps {
  /** The shortest line a layout wraps: shorter ones end where their author ended them. */
  private static final int WRAPPED_LINE = 24;

  private LineWraps() {}

  /**
   * Whether the line break at {@code nl} wraps Chinese words: a long line that ends in the middle of them, no mark closing it,
   * and the next line goes on with them.
   */
  public static boolean wrapsWords(String text, int nl) {
    if (nl <= 0 || nl + 1 >= text.length() || text.charAt(nl) != '\n'
        || !Character.isIdeographic(text.charAt(nl - 1)) || !Character.isIdeographic(text.charAt(nl + 1))) {
      return false;
    }
    int lineStart = text.lastIndexOf('\n', nl - 1) + 1;
    return nl - lineStart >= WRAPPED_LINE;
  }
}
