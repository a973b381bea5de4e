package dev.jixiao.text;

/** A sentence [start, end) of the normalised text, within line {@code line}. */
public record Sentence(int start, int end, int line) {
  public boolean contains(int pos) {
    return pos >= start && pos < end;
  }
}
