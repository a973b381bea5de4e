package dev.jixiao.index.search;

/**
 * One search: the query in the search syntax, the sort (overrides {@code sort:} in the query when
 * not null), the page, and whether to compute facets and snippets.
 */
public record SearchRequest(String query, SortSpec sort, int offset, int limit, boolean facets, int snippets) {
  /** Most hits on one page. */
  public static final int MAX_LIMIT = 1000;
  /** Deepest offset served. */
  public static final int MAX_OFFSET = 10_000;

  public SearchRequest {
    if (limit < 0 || limit > MAX_LIMIT) {
      throw new QuerySyntaxException("limit must be 0.." + MAX_LIMIT + ": " + limit);
    }
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new QuerySyntaxException("offset must be 0.." + MAX_OFFSET + ": " + offset);
    }
    if (snippets < 0 || snippets > 10) {
      throw new QuerySyntaxException("snippets must be 0..10: " + snippets);
    }
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, 0, 10, true, 2);
  }

  public SearchRequest withLimit(int newLimit) {
    return new SearchRequest(query, sort, offset, newLimit, facets, snippets);
  }

  public SearchRequest withSort(SortSpec newSort) {
    return new SearchRequest(query, newSort, offset, limit, facets, snippets);
  }

  public SearchRequest withFacets(boolean on) {
    return new SearchRequest(query, sort, offset, limit, on, snippets);
  }

  public SearchRequest withSnippets(int n) {
    return new SearchRequest(query, sort, offset, limit, facets, n);
  }
}
