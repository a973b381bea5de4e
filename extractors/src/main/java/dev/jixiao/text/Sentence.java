package dev.jixiao.text;

/** A sentence [start, end) of the normalised text, within line {@code line}. */
public record Sentence(int start, int end, int line) {
  public boolean contains(int pos) {
    return pos >= start && pos < end;
  }

  /** The index of the first of {@code sentences} (in the text's order) that starts at {@code pos} or after it; their size if none. */
  public static int firstFrom(java.util.List<Sentence> sentences, int pos) {
    int lo = 0;
    int hi = sentences.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).start() < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Whether {@code word} occurs wholly inside this sentence of {@code text}. Statements ask it
   * before running patterns that need the word: a pattern's leading alternation fails slowly at
   * every position of every sentence.
   */
  public boolean containsWord(String text, String word) {
    return containsWord(text, start, end, word);
  }

  /** Whether {@code word} occurs wholly inside {@code [from, to)} of {@code text} (a line and its wrap, say). */
  public static boolean containsWord(String text, int from, int to, String word) {
    char first = word.charAt(0);
    for (int i = from; i + word.length() <= to; i++) {
      if (text.charAt(i) == first && text.startsWith(word, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether any of {@code words} occurs wholly inside {@code [from, to)} of {@code text}: one walk for them all. */
  public static boolean containsAnyWord(String text, int from, int to, String... words) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      for (String word : words) {
        if (c == word.charAt(0) && i + word.length() <= to && text.startsWith(word, i)) {
          return true;
        }
      }
    }
    return false;
  }
}
