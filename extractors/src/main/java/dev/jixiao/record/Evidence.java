package dev.jixiao.record;

/**
 * Where a figure or finding was read: character offsets into the record's text (the text the
 * index stores), the 1-based page when the format has pages, and the quoted span.
 */
public record Evidence(int start, int end, Integer page, String quote) {
  public Evidence {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad evidence span " + start + ".." + end);
    }
  }
}
