package dev.jixiao.index.search;

import static dev.jixiao.index.Fields.*;

import dev.jixiao.index.analysis.JixiaoAnalyzer;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches an index: hits with snippets, facet counts, stored records. Thread-safe; {@link
 * #refresh()} picks up commits made since it was opened (by another process, too). The facets
 * are counted by {@code FacetCounter}, the snippets made by {@code HitSnippets}, and stored
 * records read by {@code StoredRecords}.
 */
public final class ReportSearcher implements Closeable {
  /**
   * Without facets, hits are counted exactly up to this many; beyond, {@code total} is a lower
   * bound ({@code totalExact: false}) and Lucene skips hits that cannot reach the page.
   */
  public static final int EXACT_TOTAL_UP_TO = 1_000;
  /** The stored fields a hit shows (not the text or the record, which are large). */
  private static final java.util.Set<String> HIT_FIELDS = java.util.Set.of(ID, TYPE, FILE, REPORT_ID, UNIT, TOWNSHIP,
      COUNTY, CITY, PROVINCE, YEAR, KIND, STATUS, NAME, SEQ, BUDGET, EXPENDITURE, RATE, RATE_DERIVED, SCORE, GRADE, RULE,
      TEXT_START);
  private static final java.util.Set<String> HIT_AND_TEXT_FIELDS = union(HIT_FIELDS, TEXT);

  private final Directory directory;
  private final SearcherManager manager;
  private final QueryBuilder builder;
  private final FacetCounter facetCounter;
  private final HitSnippets hitSnippets;

  private ReportSearcher(Directory directory, Analyzer indexAnalyzer, Analyzer queryAnalyzer) throws IOException {
    this.directory = directory;
    this.manager = new SearcherManager(directory, new SearcherFactory());
    this.builder = indexAnalyzer instanceof JixiaoAnalyzer ? new QueryBuilder(queryAnalyzer, indexAnalyzer)
        : new QueryBuilder(queryAnalyzer);
    this.facetCounter = new FacetCounter(builder);
    this.hitSnippets = new HitSnippets(indexAnalyzer);
  }

  /** Opens the index in {@code dir} read-only; fails if there is no index there. */
  public static ReportSearcher open(Path dir) throws IOException {
    return open(dir, JixiaoAnalyzer.forIndex(), JixiaoAnalyzer.forQuery());
  }

  public static ReportSearcher open(Path dir, Analyzer indexAnalyzer, Analyzer queryAnalyzer) throws IOException {
    if (!Files.isDirectory(dir) || !DirectoryReader.indexExists(FSDirectory.open(dir))) {
      throw new IOException("no index in " + dir + " (run jixiao ingest first)");
    }
    return new ReportSearcher(FSDirectory.open(dir), indexAnalyzer, queryAnalyzer);
  }

  /** Sees the latest commit. */
  public void refresh() throws IOException {
    manager.maybeRefresh();
  }

  public QueryBuilder queryBuilder() {
    return builder;
  }

  public SearchResult search(SearchRequest request) throws IOException {
    ParsedQuery q = QuerySyntax.parse(request.query());
    SortSpec sortSpec = sortSpec(q, request.sort());
    Query text = builder.textQuery(q);
    Query query = builder.build(q, null, text);
    IndexSearcher s = manager.acquire();
    try {
      int n = Math.max(1, request.offset() + request.limit());
      Sort sort = sort(sortSpec);
      TopDocs top;
      long total;
      boolean exact;
      Map<String, Map<String, Long>> facets = Map.of();
      if (request.facets()) {
        // facets need every hit, so the page is collected in the same pass and the total is exact
        FacetCounter.Pass pass = facetCounter.facetPass(s, q, query, text, n, sort);
        top = pass.top();
        total = pass.main().getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
        exact = true;
        facets = facetCounter.facets(s, pass);
      } else {
        // past EXACT_TOTAL_UP_TO counted hits Lucene may skip those that cannot reach the page
        top = sort == null
            ? s.search(query, new TopScoreDocCollectorManager(n, null, EXACT_TOTAL_UP_TO, true))
            : s.search(query, new TopFieldCollectorManager(sort, n, null, EXACT_TOTAL_UP_TO, true));
        total = top.totalHits.value;
        exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
      }
      ScoreDoc[] page = request.limit() == 0 ? new ScoreDoc[0] : Arrays.copyOfRange(top.scoreDocs,
          Math.min(request.offset(), top.scoreDocs.length), Math.min(n, top.scoreDocs.length));
      List<SearchResult.Hit> hits = hits(s, page, text, request.snippets());
      return new SearchResult(request.query(), total, exact, request.offset(),
          sortSpec == null ? "-year" : sortSpec.toString(), hits, facets);
    } finally {
      manager.release(s);
    }
  }

  /**
   * Every hit of a query, in the order {@link #search} gives them, without snippets or facets:
   * for exports, which want all rows, not a page (a search's depth is bounded for the HTTP API).
   */
  public List<SearchResult.Hit> every(String query, SortSpec requested) throws IOException {
    ParsedQuery q = QuerySyntax.parse(query);
    Query text = builder.textQuery(q);
    Query built = builder.build(q, null, text);
    Sort sort = sort(sortSpec(q, requested));
    IndexSearcher s = manager.acquire();
    try {
      int n = Math.max(1, s.count(built));
      TopDocs top = sort == null ? s.search(built, n) : s.search(built, n, sort);
      return hits(s, top.scoreDocs, text, 0);
    } finally {
      manager.release(s);
    }
  }

  /** The sort asked for, else the query's own, else relevance for free text and null (newest first) for filters only. */
  private static SortSpec sortSpec(ParsedQuery q, SortSpec requested) {
    return requested != null ? requested : q.sort() != null ? q.sort() : q.hasText() ? SortSpec.RELEVANCE : null;
  }

  /** Facet counts alone (the {@code /api/facets} call). */
  public Map<String, Map<String, Long>> facets(String query) throws IOException {
    return search(new SearchRequest(query, null, 0, 0, true, 0)).facets();
  }

  /**
   * The stored record of a report (by report id, or by one of its projects' ids), as JSON, with
   * the index's bookkeeping: {@code {id, file, files, sha256, record}}; the text only when asked.
   */
  public Optional<String> report(String id, boolean withText) throws IOException {
    IndexSearcher s = manager.acquire();
    try {
      return StoredRecords.report(s, id, withText);
    } finally {
      manager.release(s);
    }
  }

  /**
   * The stored record of a report (by report id, or by one of its projects' ids) alone, the JSON
   * {@code extract} prints for its file: as stored, or with its text when asked.
   */
  public Optional<String> record(String id, boolean withText) throws IOException {
    IndexSearcher s = manager.acquire();
    try {
      return StoredRecords.record(s, id, withText);
    } finally {
      manager.release(s);
    }
  }

  /** How many report and project documents the index holds. */
  public long[] counts() throws IOException {
    IndexSearcher s = manager.acquire();
    try {
      return new long[] {
        s.count(new TermQuery(new Term(TYPE, TYPE_REPORT))),
        s.count(new TermQuery(new Term(TYPE, TYPE_PROJECT))),
        s.count(new TermQuery(new Term(TYPE, TYPE_FILE)))
      };
    } finally {
      manager.release(s);
    }
  }

  private static Sort sort(SortSpec spec) {
    if (spec == null) {
      return new Sort(yearField(true), new SortField(ID, SortField.Type.STRING));
    }
    if (spec.relevance()) {
      return null;
    }
    if (spec.field().equals(YEAR)) {
      return new Sort(yearField(spec.descending()), new SortField(ID, SortField.Type.STRING));
    }
    SortField f = new SortField(spec.field(), SortField.Type.DOUBLE, spec.descending());
    f.setMissingValue(spec.descending() ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
    return new Sort(f, new SortField(ID, SortField.Type.STRING));
  }

  private static SortField yearField(boolean desc) {
    SortField f = new SortField(YEAR, SortField.Type.INT, desc);
    f.setMissingValue(desc ? Integer.MIN_VALUE : Integer.MAX_VALUE);
    return f;
  }

  private List<SearchResult.Hit> hits(IndexSearcher s, ScoreDoc[] page, Query textQuery, int snippets)
      throws IOException {
    boolean highlight = textQuery != null && snippets > 0 && page.length > 0;
    // each hit's stored fields read once: what it shows, and the text the highlighter marks
    StoredFields stored = s.storedFields();
    Map<Integer, Document> docs = new HashMap<>();
    for (ScoreDoc sd : page) {
      docs.put(sd.doc, stored.document(sd.doc, highlight ? HIT_AND_TEXT_FIELDS : HIT_FIELDS));
    }
    List<List<SearchResult.Snippet>> marked =
        highlight ? hitSnippets.snippets(s, page, docs, textQuery, snippets) : null;
    List<SearchResult.Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document d = docs.get(page[i].doc);
      List<SearchResult.Snippet> sn = highlight ? marked.get(i) : new ArrayList<>();
      hits.add(hit(d, Float.isNaN(page[i].score) ? null : page[i].score, sn));
    }
    return hits;
  }

  private static SearchResult.Hit hit(Document d, Float relevance, List<SearchResult.Snippet> snippets) {
    String type = d.get(TYPE);
    boolean project = TYPE_PROJECT.equals(type);
    List<String> rules = Arrays.stream(d.getValues(RULE)).toList();
    IndexableField year = d.getField(YEAR);
    IndexableField seq = d.getField(SEQ);
    return new SearchResult.Hit(
        d.get(ID), type, d.get(FILE), d.get(REPORT_ID),
        new SearchResult.UnitRef(d.get(UNIT), d.get(TOWNSHIP), d.get(COUNTY), d.get(CITY), d.get(PROVINCE)),
        year == null ? null : year.numericValue().intValue(),
        d.get(KIND), d.get(STATUS),
        project ? null : d.get(NAME),
        project ? d.get(NAME) : null,
        seq == null ? null : seq.numericValue().intValue(),
        d.get(BUDGET), d.get(EXPENDITURE), d.get(RATE), d.getField(RATE_DERIVED) != null, d.get(SCORE),
        d.get(GRADE), rules, relevance, snippets);
  }

  private static java.util.Set<String> union(java.util.Set<String> a, String b) {
    java.util.Set<String> u = new java.util.HashSet<>(a);
    u.add(b);
    return java.util.Set.copyOf(u);
  }

  @Override
  public void close() throws IOException {
    try {
      manager.close();
    } finally {
      directory.close();
    }
  }
}
