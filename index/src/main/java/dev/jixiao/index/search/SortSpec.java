package dev.jixiao.index.search;

import java.util.Locale;

/** Sort by relevance, or by a figure ({@code budget}, {@code expenditure}, {@code rate}, {@code score}, {@code year}). */
public record SortSpec(String field, boolean descending) {
  public static final SortSpec RELEVANCE = new SortSpec("relevance", true);
  private static final java.util.Set<String> FIELDS =
      java.util.Set.of("relevance", "budget", "expenditure", "rate", "score", "year");

  /**
   * Reads {@code relevance}, {@code budget} (ascending), {@code -budget} (descending), or
   * {@code budget:desc} / {@code budget:asc}.
   */
  public static SortSpec parse(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT);
    boolean desc = false;
    if (t.startsWith("-")) {
      desc = true;
      t = t.substring(1);
    } else if (t.startsWith("+")) {
      t = t.substring(1);
    }
    int colon = t.indexOf(':');
    if (colon > 0) {
      String dir = t.substring(colon + 1);
      t = t.substring(0, colon);
      if (dir.equals("desc")) {
        desc = true;
      } else if (!dir.equals("asc")) {
        throw new QuerySyntaxException("sort direction must be asc or desc: " + s);
      }
    }
    if (!FIELDS.contains(t)) {
      throw new QuerySyntaxException("cannot sort by " + s + "; use relevance, budget, expenditure, rate, score or year (- for descending)");
    }
    return t.equals("relevance") ? RELEVANCE : new SortSpec(t, desc);
  }

  public boolean relevance() {
    return field.equals("relevance");
  }

  @Override
  public String toString() {
    return relevance() ? "relevance" : (descending ? "-" : "") + field;
  }
}
