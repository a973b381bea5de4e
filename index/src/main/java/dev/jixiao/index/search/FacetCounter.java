package dev.jixiao.index.search;

import static dev.jixiao.index.Fields.*;

import dev.jixiao.index.Fields;
import dev.jixiao.index.RecordDocuments;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Counts a search's hits by facet dimension ({@link Fields#FACETS}) in the pass that collects
 * its page. One per {@link ReportSearcher}, whose searches share it: thread-safe.
 */
final class FacetCounter {
  private static final int FACET_VALUES = 50;

  private final QueryBuilder builder;
  private final FacetsConfig facetsConfig = RecordDocuments.facetsConfig();
  // volatile: searches on other threads read it without the lock (facetState builds it under it)
  private volatile StateHolder state;

  /**
   * What facet counting needs of one reader, built once per reader: the shared facet field's
   * state ({@code shared}; null for an index without any facet value), and whether every
   * document also has the per-dimension fields ({@code perDim}).
   */
  private record StateHolder(DirectoryReader reader, SortedSetDocValuesReaderState shared, boolean perDim) {}

  FacetCounter(QueryBuilder builder) {
    this.builder = builder;
  }

  /**
   * The page, every hit of the query for facet counting, and for each drilled facet dimension
   * its counts over the hits without its filter.
   */
  record Pass(TopDocs top, FacetsCollector main, Map<String, Map<String, Long>> sideways) {}

  /**
   * One pass for the page and the facets. With filters on facet dimensions: when the query has
   * free text, Lucene's drill sideways in the same pass (the text is matched and scored once);
   * with filters only, each dimension's hits without its filter by a query of its own, which is
   * a conjunction of cached filters (drill sideways would walk every document of the index one
   * at a time). A drilled dimension is counted while its hits are collected, from its own field.
   */
  Pass facetPass(IndexSearcher s, ParsedQuery q, Query query, Query text, int n, Sort sort)
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

  /** Each dimension's values by count, in the order of {@link Fields#FACETS}. */
  Map<String, Map<String, Long>> facets(IndexSearcher s, Pass hits) throws IOException {
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
}
