package dev.jixiao.read;

import java.util.List;

/** Page lists as people write them: 1–3, 5. */
final class PageRanges {
  private PageRanges() {}

  static String format(List<Integer> pages) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < pages.size()) {
      int j = i;
      while (j + 1 < pages.size() && pages.get(j + 1) == pages.get(j) + 1) {
        j++;
      }
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(pages.get(i));
      if (j > i) {
        sb.append('–').append(pages.get(j));
      }
      i = j + 1;
    }
    return sb.toString();
  }
}
