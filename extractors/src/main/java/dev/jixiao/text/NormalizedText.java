package dev.jixiao.text;

/**
 * A document's text and its normalised twin of the same length: position {@code i} of one is
 * position {@code i} of the other, so anything found in the normalised text is quoted, and
 * located, in the original.
 */
public record NormalizedText(String original, String normalized) {
  public NormalizedText {
    if (original.length() != normalized.length()) {
      throw new IllegalArgumentException("normalisation must keep the length");
    }
  }

  public int length() {
    return original.length();
  }
}
