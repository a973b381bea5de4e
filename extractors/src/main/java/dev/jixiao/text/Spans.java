package dev.jixiao.text;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.ToIntFunction;

/**
 * Spans of a text, [start, end) each, asked whether any overlaps a given span. Each sentence of a report is asked
 * against all its project entries; a county's volume holds thousands of both, so the spans are sorted once and each
 * question is a binary search, not a walk through them all.
 */
public final class Spans {
  private final int[] starts;
  private final int[] ends;
  /** The furthest end of the spans up to each, in the order of their starts. */
  private final int[] furthestEnds;
  /** Where each span's item stood in the list the spans were made of. */
  private final int[] items;

  private Spans(int[] starts, int[] ends, int[] furthestEnds, int[] items) {
    this.starts = starts;
    this.ends = ends;
    this.furthestEnds = furthestEnds;
    this.items = items;
  }

  public static <T> Spans of(List<T> items, ToIntFunction<T> start, ToIntFunction<T> end) {
    int[][] spans = new int[items.size()][];
    for (int i = 0; i < spans.length; i++) {
      spans[i] = new int[] {start.applyAsInt(items.get(i)), end.applyAsInt(items.get(i)), i};
    }
    Arrays.sort(spans, Comparator.comparingInt(s -> s[0]));
    int[] starts = new int[spans.length];
    int[] ends = new int[spans.length];
    int[] furthest = new int[spans.length];
    int[] order = new int[spans.length];
    for (int i = 0; i < spans.length; i++) {
      starts[i] = spans[i][0];
      ends[i] = spans[i][1];
      furthest[i] = i == 0 ? spans[i][1] : Math.max(furthest[i - 1], spans[i][1]);
      order[i] = spans[i][2];
    }
    return new Spans(starts, ends, furthest, order);
  }

  /** Whether any span shares a character with [s, e): one starting before e that ends after s. */
  public boolean overlapsAny(int s, int e) {
    // the last span starting before e; those after it start too late
    int i = Arrays.binarySearch(starts, e);
    int last = i >= 0 ? lowest(i, e) - 1 : -i - 2;
    return last >= 0 && furthestEnds[last] > s;
  }

  /**
   * Of the spans holding {@code pos} whose items {@code accept} takes (by their place in the list the spans were made of), the
   * first in that list; -1 when there is none.
   */
  public int firstHolding(int pos, IntPredicate accept) {
    int i = Arrays.binarySearch(starts, pos + 1);
    int first = -1;
    // back from the last span starting at or before pos, while any span so far reaches past it
    for (int k = i >= 0 ? lowest(i, pos + 1) - 1 : -i - 2; k >= 0 && furthestEnds[k] > pos; k--) {
      if (ends[k] > pos && (first < 0 || items[k] < first) && accept.test(items[k])) {
        first = items[k];
      }
    }
    return first;
  }

  private int lowest(int i, int value) {
    while (i > 0 && starts[i - 1] == value) {
      i--;
    }
    return i;
  }
}
