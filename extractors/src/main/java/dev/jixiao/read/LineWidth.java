package dev.jixiao.read;

/**
 * How a wrapping program measured a line, with the bounds that go with the measure. A page
 * rendered to text (a PDF viewer, an OCR engine) breaks lines at a width on the page, which the
 * columns of a monospaced rendering follow: a Chinese character takes two, a digit one. A plain
 * wrapping tool counts characters, and cuts numbers where the count runs out.
 */
enum LineWidth {
  COLUMNS(40, 160, 4, 2),
  CHARACTERS(20, 80, 2, 1);

  /** Narrower than this, and lines of equal width are more likely a list than a wrapped page. */
  final int min;
  /** Wider than this (80 Chinese characters), and lines of like width are paragraphs of like length, not a page. */
  final int max;
  /**
   * How close to the width a line must end to count as full when deciding whether a text is
   * wrapped: a wrapped text's full lines pile up at its width, while paragraphs of like length
   * spread out below the longest one.
   */
  final int edge;
  /** How far a measured line may fall short of the page's width and still have been full. */
  final int fit;

  LineWidth(int min, int max, int edge, int fit) {
    this.min = min;
    this.max = max;
    this.edge = edge;
    this.fit = fit;
  }

  /** The width of {@code line}, trailing blanks left out. */
  int of(String line) {
    int end = line.length();
    while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    if (this == CHARACTERS) {
      return end;
    }
    int n = 0;
    for (int i = 0; i < end; i++) {
      n += isWide(line.charAt(i)) ? 2 : 1;
    }
    return n;
  }

  /** East Asian wide and full-width characters: Hangul Jamo, CJK and its punctuation, Hangul, compatibility and full-width forms. */
  private static boolean isWide(char c) {
    return c >= 0x1100 && (c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
        || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6);
  }
}
