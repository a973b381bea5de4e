package dev.jixiao.index.search;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * What a search returns; {@code --json} and {@code /api/search} print it as is. Field names are
 * an interface (scripts read them): add, never rename.
 *
 * @param total the number of hits; exact when {@code totalExact} (always with facets), else a lower bound
 * @param facets dimension → value → count, values by count (then name); a dimension with a
 *     filter in the query is counted without that filter (drill sideways)
 */
@JsonPropertyOrder({"query", "total", "totalExact", "offset", "sort", "hits", "facets"})
public record SearchResult(
    String query, long total, boolean totalExact, int offset, String sort, List<Hit> hits, Map<String, Map<String, Long>> facets) {

  /** One report or project found. Figures are decimal strings: money in 万元, rates in %. */
  @JsonPropertyOrder({"id", "type", "file", "reportId", "unit", "year", "kind", "status", "title", "name", "seq",
      "budget", "expenditure", "rate", "rateDerived", "score", "grade", "rules", "relevance", "snippets"})
  public record Hit(
      String id,
      String type,
      String file,
      String reportId,
      UnitRef unit,
      Integer year,
      String kind,
      String status,
      String title,
      String name,
      Integer seq,
      String budget,
      String expenditure,
      String rate,
      boolean rateDerived,
      String score,
      String grade,
      List<String> rules,
      Float relevance,
      List<Snippet> snippets) {}

  public record UnitRef(String name, String township, String county, String city, String province) {}

  /**
   * A passage of the text with the matched words: {@code start}/{@code end} are offsets into the
   * report's extracted text ({@code Report.text()}), {@code highlights} are offsets into
   * {@code text}. For a name, {@code field} is {@code name} and offsets are into the name.
   */
  public record Snippet(String field, String text, int start, int end, List<int[]> highlights) {
    /** The snippet with each match in 【】, for people. */
    public String marked() {
      StringBuilder s = new StringBuilder();
      int at = 0;
      for (int[] h : highlights) {
        s.append(text, at, h[0]).append('【').append(text, h[0], h[1]).append('】');
        at = h[1];
      }
      return s.append(text.substring(at)).toString();
    }
  }
}
