package dev.jixiao.extract.project;

import dev.jixiao.text.Spans;
import java.util.List;

/**
 * The text the entries found so far cover, which a later extractor in the chain leaves alone. Each asks it of nearly every line;
 * a county's volume holds thousands of entries and tens of thousands of lines, so it is asked of sorted spans.
 */
public final class Taken {
  private final Spans spans;

  private Taken(Spans spans) {
    this.spans = spans;
  }

  public static Taken of(List<ProjectEntry> entries) {
    return new Taken(Spans.of(entries, ProjectEntry::start, ProjectEntry::end));
  }

  /** Whether any entry shares a character with [start, end). */
  public boolean overlaps(int start, int end) {
    return spans.overlapsAny(start, end);
  }
}
