package dev.jixiao.text;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Spans of a text, [start, end) each, asked whether any overlaps a given span. Each sentence of a report is asked
 * against all its project entries; a county's volume holds thousands of both, so the spans are sorted once and each
 * question is a binary search, not a walk through them all.
 */
public final class Spans {
  private final int[] starts;
  /** The furthest end of the spans up to each, in the order of their starts. */
  private final int[] furthestEnds;

  private Spans(int[] starts, int[] furthestEnds) {
    this.starts = starts;
    this.furthestEnds = furthestEnds;
  }

  public static <T> Spans of(List<T> items, ToIntFunction<T> start, ToIntFunction<T> end) {
    int[][] spans = items.stream().map(t -> new int[] {start.applyAsInt(t), end.applyAsInt(t)})
        .sorted(Comparator.comparingInt(s -> s[0])).toArray(int[][]::new);
    int[] starts = new int[spans.length];
    int[] furthest = new int[spans.length];
    for (int i = 0; i < spans.length; i++) {
      starts[i] = spans[i][0];
      furthest[i] = i == 0 ? spans[i][1] : Math.max(furthest[i - 1], spans[i][1]);
    }
    return new Spans(starts, furthest);
  }

  /** Whether any span shares a character with [s, e): one starting before e that ends after s. */
  public boolean overlapsAny(int s, int e) {
    // the last span starting before e; those after it start too late
    int i = Arrays.binarySearch(starts, e);
    int last = i >= 0 ? lowest(i, e) - 1 : -i - 2;
    return last >= 0 && furthestEnds[last] > s;
  }

  private int lowest(int i, int value) {
    while (i > 0 && starts[i - 1] == value) {
      i--;
    }
    return i;
  }
}
