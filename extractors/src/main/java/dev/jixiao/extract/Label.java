package dev.jixiao.extract;

/** The words that name a quantity, [start, end) in the text, as written and normalised. */
public record Label(int start, int end, String written, String normalized) {
  public boolean isEmpty() {
    return normalized.isEmpty();
  }
}
