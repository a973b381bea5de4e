package dev.jixiao.index.search;

import static dev.jixiao.index.Fields.*;

import dev.jixiao.index.Fields;
import dev.jixiao.index.RecordDocuments;
import dev.jixiao.index.analysis.JixiaoAnalyzer;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Searches an index: hits with snippets, facet counts, stored records. Thread-safe; {@link
 * #refresh()} picks up commits made since it was opened (by another process, too).
 */
public final class ReportSearcher implements Closeable {
  private static final int FACET_VALUES = 50;
  private static final int SNIPPET_CHARS = 120;
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
  private final Analyzer indexAnalyzer;
  private final FacetsConfig facetsConfig = RecordDocuments.facetsConfig();
  private volatile StateHolder state;

  /**
   * What facet counting needs of one reader, built once per reader: the shared facet field's
   * state ({@code shared}; null for an index without any facet value), and whether every
   * document also has the per-dimension fields ({@code perDim}).
   */
  private record StateHolder(DirectoryReader reader, SortedSetDocValuesReaderState shared, boolean perDim) {}

  private ReportSearcher(Directory directory, Analyzer indexAnalyzer, Analyzer queryAnalyzer) throws IOException {
    this.directory = directory;
    this.manager = new SearcherManager(directory, new SearcherFactory());
    this.builder = indexAnalyzer instanceof JixiaoAnalyzer ? new QueryBuilder(queryAnalyzer, indexAnalyzer)
        : new QueryBuilder(queryAnalyzer);
    this.indexAnalyzer = indexAnalyzer;
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
        Pass pass = facetPass(s, q, query, text, n, sort);
        top = pass.top;
        total = pass.main.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
        exact = true;
        facets = facets(s, pass);
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
    String reportId = reportIdOf(id);
    IndexSearcher s = manager.acquire();
    try {
      Document d = reportDocument(s, reportId);
      if (d == null) {
        return Optional.empty();
      }
      String record = gunzip(d.getBinaryValue(RECORD));
      List<String> files = new ArrayList<>();
      Query fq = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(TYPE, TYPE_FILE)), Occur.FILTER)
          .add(new TermQuery(new Term(REPORT_ID, reportId)), Occur.FILTER)
          .build();
      StoredFields stored = s.storedFields();
      for (ScoreDoc sd : s.search(fq, 1000).scoreDocs) {
        files.add(stored.document(sd.doc).get(FILE_KEY));
      }
      files.sort(null);
      var json = dev.jixiao.record.RecordJson.mapper();
      var out = json.createObjectNode();
      out.put("id", reportId);
      out.put("file", d.get(FILE));
      out.set("files", json.valueToTree(files));
      out.set("record", json.readTree(record));
      if (withText) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) out.get("record")).put("text", d.get(TEXT));
      }
      return Optional.of(json.writeValueAsString(out));
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
      Document d = reportDocument(s, reportIdOf(id));
      if (d == null) {
        return Optional.empty();
      }
      String record = gunzip(d.getBinaryValue(RECORD));
      if (!withText) {
        return Optional.of(record);
      }
      var json = dev.jixiao.record.RecordJson.mapper();
      var tree = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(record);
      tree.put("text", d.get(TEXT));
      return Optional.of(json.writeValueAsString(tree));
    } finally {
      manager.release(s);
    }
  }

  private static String reportIdOf(String id) {
    return id.contains("-p") ? id.substring(0, id.indexOf("-p")) : id;
  }

  private static Document reportDocument(IndexSearcher s, String reportId) throws IOException {
    Query q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TYPE, TYPE_REPORT)), Occur.FILTER)
        .add(new TermQuery(new Term(ID, reportId.toLowerCase(Locale.ROOT))), Occur.FILTER)
        .build();
    TopDocs top = s.search(q, 1);
    return top.scoreDocs.length == 0 ? null : s.storedFields().document(top.scoreDocs[0].doc);
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
    Object[] textMarks = null;
    Object[] nameMarks = null;
    if (highlight) {
      int[] docIds = new int[page.length];
      for (int i = 0; i < page.length; i++) {
        docIds[i] = page[i].doc;
      }
      // one field at a time, each with its own clauses only: the highlighter builds and matches
      // its query once per document and field
      Highlighter h = highlighter(s, docs);
      textMarks = h.highlight(TEXT, QueryBuilder.highlightQuery(textQuery, TEXT), docIds, snippets);
      nameMarks = h.highlight(NAME, QueryBuilder.highlightQuery(textQuery, NAME), docIds, 1);
    }
    List<SearchResult.Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document d = docs.get(page[i].doc);
      List<SearchResult.Snippet> sn = new ArrayList<>();
      if (highlight) {
        int shift = d.getField(TEXT_START) == null ? 0 : d.getField(TEXT_START).numericValue().intValue();
        addSnippets(sn, nameMarks[i], NAME, 0);
        addSnippets(sn, textMarks[i], TEXT, shift);
      }
      hits.add(hit(d, Float.isNaN(page[i].score) ? null : page[i].score, sn));
    }
    return hits;
  }

  @SuppressWarnings("unchecked")
  private static void addSnippets(List<SearchResult.Snippet> out, Object value, String field, int shift) {
    if (value == null) {
      return;
    }
    for (Raw r : (List<Raw>) value) {
      out.add(new SearchResult.Snippet(field, r.text, r.start + shift, r.end + shift, r.highlights));
    }
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

  /**
   * The page, every hit of the query for facet counting, and for each drilled facet dimension
   * its counts over the hits without its filter.
   */
  private record Pass(TopDocs top, FacetsCollector main, Map<String, Map<String, Long>> sideways) {}

  /**
   * One pass for the page and the facets. With filters on facet dimensions: when the query has
   * free text, Lucene's drill sideways in the same pass (the text is matched and scored once);
   * with filters only, each dimension's hits without its filter by a query of its own, which is
   * a conjunction of cached filters (drill sideways would walk every document of the index one
   * at a time). A drilled dimension is counted while its hits are collected, from its own field.
   */
  private Pass facetPass(IndexSearcher s, ParsedQuery q, Query query, Query text, int n, Sort sort)
      throws IOException {
    StateHolder st = facetState(s);
    QueryBuilder.DrillDown dd = builder.drillDown(q, text);
    if (dd.dims().isEmpty() || text == null) {
      FacetsCollectorManager.FacetsResult r = sort == null
          ? FacetsCollectorManager.search(s, query, n, new FacetsCollectorManager())
          : FacetsCollectorManager.search(s, query, n, sort, false, new FacetsCollectorManager());
      Map<String, Map<String, Long>> sideways = new LinkedHashMap<>();
      for (String dim : dd.dims().keySet()) {
        sideways.put(dim, s.search(builder.build(q, dim, text), sidewaysCounts(st, dim)));
      }
      return new Pass(r.topDocs(), r.facetsCollector(), sideways);
    }
    DrillDownQuery ddq = new DrillDownQuery(facetsConfig, dd.base());
    List<CollectorManager<?, Map<String, Long>>> managers = new ArrayList<>();
    for (Map.Entry<String, Query> e : dd.dims().entrySet()) {
      ddq.add(e.getKey(), e.getValue());
      managers.add(sidewaysCounts(st, e.getKey()));
    }
    CollectorManager<?, ? extends TopDocs> page = sort == null
        ? new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE, true)
        : new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE, true);
    @SuppressWarnings({"unchecked", "rawtypes"})
    DrillSideways.Result<Object[], Map<String, Long>> r = new DrillSideways(s, facetsConfig,
        (SortedSetDocValuesReaderState) null).search(ddq, new MultiCollectorManager(page, new FacetsCollectorManager()),
        (List) managers);
    Map<String, Map<String, Long>> sideways = new LinkedHashMap<>();
    int i = 0;
    for (String dim : dd.dims().keySet()) {
      sideways.put(dim, r.drillSidewaysResults().get(i++));
    }
    return new Pass((TopDocs) r.drillDownResult()[0], (FacetsCollector) r.drillDownResult()[1], sideways);
  }

  /** Counts {@code dim} over what it collects: from the dimension's own field if the index has it. */
  private CollectorManager<?, Map<String, Long>> sidewaysCounts(StateHolder st, String dim) {
    if (st.perDim) {
      return new DimCounts(facetField(dim));
    }
    // an index written before the per-dimension fields: from the shared field
    FacetsCollectorManager fcm = new FacetsCollectorManager();
    return new CollectorManager<FacetsCollector, Map<String, Long>>() {
      @Override
      public FacetsCollector newCollector() throws IOException {
        return fcm.newCollector();
      }

      @Override
      public Map<String, Long> reduce(java.util.Collection<FacetsCollector> collectors) throws IOException {
        FacetsCollector fc = fcm.reduce(collectors);
        return st.shared == null ? Map.of() : values(new SortedSetDocValuesFacetCounts(st.shared, fc), dim);
      }
    };
  }

  private Map<String, Map<String, Long>> facets(IndexSearcher s, Pass hits) throws IOException {
    StateHolder st = facetState(s);
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    // the hits counted for every dimension at once, from the shared field
    Facets counts = st.shared == null ? null : new SortedSetDocValuesFacetCounts(st.shared, hits.main);
    for (String dim : FACETS) {
      Map<String, Long> side = hits.sideways.get(dim);
      // drill sideways: a dimension with a filter counted as if its filter were not set
      out.put(dim, side != null ? top(side) : counts == null ? Map.of() : values(counts, dim));
    }
    return out;
  }

  /**
   * Counts one dimension's values, from its own doc-values field, over the documents collected:
   * no hit set is built, and no other dimension's values are read.
   */
  private static final class DimCounts implements CollectorManager<DimCounts.Counter, Map<String, Long>> {
    private final String field;

    DimCounts(String field) {
      this.field = field;
    }

    @Override
    public Counter newCollector() {
      return new Counter(field);
    }

    @Override
    public Map<String, Long> reduce(java.util.Collection<Counter> collectors) throws IOException {
      Map<String, Long> counts = new HashMap<>();
      for (Counter c : collectors) {
        for (Counter.Leaf leaf : c.leaves) {
          for (int ord = 0; ord < leaf.counts.length; ord++) {
            if (leaf.counts[ord] > 0) {
              counts.merge(leaf.values.lookupOrd(ord).utf8ToString(), (long) leaf.counts[ord], Long::sum);
            }
          }
        }
      }
      return counts;
    }

    static final class Counter implements Collector {
      private final String field;
      final List<Leaf> leaves = new ArrayList<>();

      Counter(String field) {
        this.field = field;
      }

      /** One segment's counts by its own ordinals; labels are looked up when reduced. */
      record Leaf(SortedSetDocValues values, int[] counts) {}

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }

      @Override
      public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        LeafReader reader = context.reader();
        SortedSetDocValues labels = DocValues.getSortedSet(reader, field);
        Leaf leaf = new Leaf(labels, new int[(int) labels.getValueCount()]);
        leaves.add(leaf);
        int[] counts = leaf.counts;
        return new LeafCollector() {
          SortedSetDocValues multi = DocValues.getSortedSet(reader, field);
          SortedDocValues single = DocValues.unwrapSingleton(multi);

          @Override
          public void setScorer(Scorable scorer) {}

          @Override
          public void collect(int doc) throws IOException {
            if (doc < multi.docID()) { // not in order: start over (doc values only go forward)
              multi = DocValues.getSortedSet(reader, field);
              single = DocValues.unwrapSingleton(multi);
            }
            if (single != null) {
              if (single.advanceExact(doc)) {
                counts[single.ordValue()]++;
              }
            } else if (multi.advanceExact(doc)) {
              for (int i = 0; i < multi.docValueCount(); i++) {
                counts[(int) multi.nextOrd()]++;
              }
            }
          }
        };
      }
    }
  }

  /** Values by count, then by name; at most FACET_VALUES of them. */
  private static Map<String, Long> top(Map<String, Long> counts) {
    List<Map.Entry<String, Long>> lv = new ArrayList<>(counts.entrySet());
    lv.removeIf(x -> x.getValue() == 0);
    lv.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    Map<String, Long> m = new LinkedHashMap<>();
    for (Map.Entry<String, Long> x : lv.subList(0, Math.min(FACET_VALUES, lv.size()))) {
      m.put(x.getKey(), x.getValue());
    }
    return m;
  }

  private static Map<String, Long> values(Facets facets, String dim) throws IOException {
    FacetResult r;
    try {
      r = facets.getAllChildren(dim);
    } catch (IllegalArgumentException e) {
      r = null; // no document has this dimension yet
    }
    Map<String, Long> m = new HashMap<>();
    if (r != null) {
      for (LabelAndValue x : r.labelValues) {
        m.merge(x.label, x.value.longValue(), Long::sum);
      }
    }
    return top(m);
  }

  private StateHolder facetState(IndexSearcher s) throws IOException {
    DirectoryReader reader = (DirectoryReader) s.getIndexReader();
    StateHolder h = state;
    if (h != null && h.reader == reader) {
      return h;
    }
    synchronized (this) {
      h = state;
      if (h != null && h.reader == reader) {
        return h;
      }
      SortedSetDocValuesReaderState st;
      try {
        st = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
      } catch (IllegalArgumentException e) {
        st = null; // an index without any facet value
      }
      h = new StateHolder(reader, st, perDimensionFields(reader));
      state = h;
      return h;
    }
  }

  /**
   * Whether every document with a facet value also has the per-dimension fields (it has the mark
   * {@link Fields#FACET_FIELDS_MARK}); not so for documents written before they were added, which
   * a later ingest may have merged into the same segments as new ones.
   */
  static boolean perDimensionFields(DirectoryReader reader) throws IOException {
    String shared = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedSetDocValues values = leaf.reader().getSortedSetDocValues(shared);
      if (values == null) {
        continue;
      }
      NumericDocValues mark = leaf.reader().getNumericDocValues(FACET_FIELDS_MARK);
      if (mark == null) {
        return false;
      }
      for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
        if (!mark.advanceExact(doc)) {
          return false;
        }
      }
    }
    return true;
  }

  private Highlighter highlighter(IndexSearcher s, Map<Integer, Document> docs) {
    return new Highlighter(UnifiedHighlighter.builder(s, indexAnalyzer)
        .withMaxLength(Integer.MAX_VALUE - 1)
        // a line ends a passage too: a table's rows and a heading have no sentence end, and the
        // JDK's sentence rules run across line breaks (a whole table was one snippet)
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            new SplittingBreakIterator(BreakIterator.getSentenceInstance(Locale.CHINA), '\n'), SNIPPET_CHARS, 0.5f))
        .withFormatter(new RawFormatter())
        .withMaxNoHighlightPassages(0), docs);
  }

  /**
   * Exposes the object form of the highlights (a list of {@link Raw} per document), and takes the
   * field values from the documents already read for the hits instead of reading them again.
   */
  private static final class Highlighter extends UnifiedHighlighter {
    private final Map<Integer, Document> docs;

    Highlighter(UnifiedHighlighter.Builder b, Map<Integer, Document> docs) {
      super(b);
      this.docs = docs;
    }

    /** One field's highlights, in the order of {@code docIds}; all null when {@code q} is. */
    Object[] highlight(String field, Query q, int[] docIds, int max) throws IOException {
      if (q == null) {
        return new Object[docIds.length];
      }
      return highlightFieldsAsObjects(new String[] {field}, q, docIds, new int[] {max}).get(field);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
        throws IOException {
      // as UnifiedHighlighter.loadFieldValues does it, from the documents at hand
      List<CharSequence[]> out = new ArrayList<>();
      int sumChars = 0;
      do {
        int docId = docIter.nextDoc();
        if (docId == DocIdSetIterator.NO_MORE_DOCS) {
          break;
        }
        Document d = docs.get(docId);
        if (d == null) {
          throw new IllegalStateException("doc " + docId + " was not read for the hits");
        }
        CharSequence[] values = new CharSequence[fields.length];
        for (int i = 0; i < fields.length; i++) {
          values[i] = d.get(fields[i]);
          sumChars += values[i] == null ? 0 : values[i].length();
        }
        out.add(values);
      } while (sumChars <= cacheCharsThreshold && cacheCharsThreshold != 0);
      return out;
    }
  }

  private record Raw(String text, int start, int end, List<int[]> highlights) {}

  /** Passages as offsets: no markup is put into the text. */
  private static final class RawFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<Raw> out = new ArrayList<>(passages.length);
      for (Passage p : passages) {
        int start = p.getStartOffset();
        int end = p.getEndOffset();
        // trim the line breaks and spaces a sentence break leaves at the ends
        while (start < end && Character.isWhitespace(content.charAt(start))) {
          start++;
        }
        while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
          end--;
        }
        List<int[]> hl = new ArrayList<>();
        int last = -1;
        for (int i = 0; i < p.getNumMatches(); i++) {
          int ms = Math.max(p.getMatchStarts()[i], start);
          int me = Math.min(p.getMatchEnds()[i], end);
          if (me <= ms) {
            continue;
          }
          if (ms < last) {
            // an overlapping match (a sub-word inside a word): extend the previous one
            int[] prev = hl.get(hl.size() - 1);
            prev[1] = Math.max(prev[1], me - start);
            last = Math.max(last, me);
            continue;
          }
          hl.add(new int[] {ms - start, me - start});
          last = me;
        }
        out.add(new Raw(content.substring(start, end), start, end, hl));
      }
      return out;
    }
  }

  private static java.util.Set<String> union(java.util.Set<String> a, String b) {
    java.util.Set<String> u = new java.util.HashSet<>(a);
    u.add(b);
    return java.util.Set.copyOf(u);
  }

  private static String gunzip(BytesRef stored) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(stored.bytes, stored.offset, stored.length))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
