package dev.jixiao.index.search;

import java.util.List;
import java.util.Map;

/**
 * A search as {@link QuerySyntax} reads it: free-text parts, keyword filters, figure ranges,
 * the document type and the sort.
 *
 * @param text free-text parts; a quoted part is a phrase
 * @param filters keyword field → accepted values (values of one field are alternatives)
 * @param excluded keyword field → excluded values
 * @param ranges figure ranges (all must hold)
 * @param sort the sort asked for in the query ({@code sort:…}), or null
 */
public record ParsedQuery(
    List<TextPart> text,
    Map<String, List<String>> filters,
    Map<String, List<String>> excluded,
    List<Range> ranges,
    SortSpec sort) {

  /** A free-text part: words, or a phrase when quoted; {@code negated} with a leading '-'. */
  public record TextPart(String text, boolean phrase, boolean negated) {}

  /**
   * A range over a figure field: bounds in the field's unit (万元, %, points, year), null when
   * open.
   */
  public record Range(String field, Double min, boolean minInclusive, Double max, boolean maxInclusive) {}

  public boolean hasText() {
    return text.stream().anyMatch(t -> !t.negated());
  }
}
