package dev.jixiao.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.index.Fields;
import dev.jixiao.index.GoldRecords;
import dev.jixiao.index.RecordDocuments;
import dev.jixiao.index.analysis.JixiaoAnalyzer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facet counts come from one field per dimension and, with free text, one drill-sideways pass;
 * they must be what the searcher counted before: every hit counted for every dimension from the
 * shared facet field, and each dimension with a filter counted again over the hits of the query
 * run once more without that filter. Checked over the five sample reports for queries that
 * drill into none, one and several dimensions, with several values, exclusions, ranges, free
 * text and rule with severity; also over an index written before the per-dimension fields, and
 * over one that mixes such documents with new ones in one segment.
 */
class DrillSidewaysCountsTest {
  @TempDir static Path dir;
  @TempDir static Path oldDir;
  @TempDir static Path mixedDir;
  static ReportSearcher searcher;
  static DirectoryReader reader;

  static final List<String> QUERIES = List.of(
      "type:report",
      "乡村振兴",
      "county:烈山区",
      "type:report county:烈山区",
      "type:project county:烈山区 county:番禺区",
      "province:安徽省 year:2024",
      "province:安徽省 province:湖南省 kind:department_overall",
      "year:2023 -county:徐水区",
      "year:>=2024 county:烈山区 type:project",
      "rule:total.sum severity:error",
      "rule:amount.magnitude severity:warning type:report",
      "rule:project.duplicate type:project county:徐水区",
      "rule:total.sum rule:restated",
      "grade:优",
      "kind:project year:2023",
      "乡村振兴 city:淮北市 rate:<50",
      "驻村工作队 year:2023 type:project city:保定市",
      "人居环境 province:安徽省 province:湖南省",
      "\"驻村工作队\" -南屯镇 year:2023",
      "budget:>100 type:project grade:优 county:烈山区",
      "city:保定市 county:徐水区 province:河北省 year:2023 kind:special_fund grade:良 rule:total.sum",
      "county:没有的县");

  @BeforeAll
  static void index() throws IOException {
    GoldRecords.index(dir);
    searcher = ReportSearcher.open(dir);
    reader = DirectoryReader.open(FSDirectory.open(dir));
  }

  /**
   * The sample records as an index written before the per-dimension facet fields (all of them,
   * or every other record when {@code mixed}, merged into one segment with the new ones).
   */
  static void writeWithoutFacetFields(Path to, boolean mixed) throws IOException {
    RecordDocuments docs = new RecordDocuments(RecordDocuments.facetsConfig());
    try (IndexWriter w = new IndexWriter(FSDirectory.open(to), new IndexWriterConfig(JixiaoAnalyzer.forIndex()))) {
      int i = 0;
      for (var e : GoldRecords.all().entrySet()) {
        List<Document> block = docs.documents(e.getKey(), e.getValue());
        if (!mixed || i++ % 2 == 0) {
          for (Document d : block) {
            List<String> names = new ArrayList<>();
            for (IndexableField f : d.getFields()) {
              if (f.name().startsWith("facet.")) {
                names.add(f.name());
              }
            }
            names.forEach(d::removeFields);
          }
        }
        w.addDocuments(block);
        w.commit(); // a segment per record, merged below
      }
      w.forceMerge(1);
    }
  }

  @Test
  void anIndexWrittenBeforeThePerDimensionFieldsCountsTheSame() throws IOException {
    for (boolean mixed : new boolean[] {false, true}) {
      Path to = mixed ? mixedDir : oldDir;
      writeWithoutFacetFields(to, mixed);
      try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(to)); ReportSearcher old = ReportSearcher.open(to)) {
        assertThat(r.leaves()).hasSize(1);
        assertThat(FacetCounter.perDimensionFields(r)).isFalse();
        for (String q : QUERIES) {
          assertThat(old.search(SearchRequest.of(q).withLimit(0)).facets()).as(q)
              .isEqualTo(searcher.search(SearchRequest.of(q).withLimit(0)).facets());
        }
      }
    }
    assertThat(FacetCounter.perDimensionFields(reader)).isTrue();
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
    reader.close();
  }

  @Test
  void countsAreThoseOfOneQueryPerDrilledDimension() throws IOException {
    int drilled = 0;
    for (String q : QUERIES) {
      Map<String, Map<String, Long>> expected = reRunPerDimension(q);
      SearchResult r = searcher.search(SearchRequest.of(q).withLimit(0));
      assertThat(r.facets()).as(q).isEqualTo(expected);
      assertThat(r.facets().keySet()).as(q).containsExactlyElementsOf(Fields.FACETS);
      ParsedQuery pq = QuerySyntax.parse(q);
      drilled += (int) Fields.FACETS.stream().filter(pq.filters()::containsKey).count();
    }
    assertThat(drilled).isGreaterThan(20);
  }

  @Test
  void theDrilledDimensionKeepsItsOtherValues() throws IOException {
    Map<String, Map<String, Long>> f = searcher.search(SearchRequest.of("province:安徽省 year:2024")).facets();
    assertThat(f.get("province")).containsEntry("安徽省", 38L).containsKey("湖南省");
    // 安徽省's one report is of 2024: the year counted without its filter still shows only 2024
    assertThat(f.get("year")).containsExactly(Map.entry("2024", 38L));
  }

  /** The former way: the main hits for every dimension, then the query again per drilled one. */
  static Map<String, Map<String, Long>> reRunPerDimension(String query) throws IOException {
    ParsedQuery q = QuerySyntax.parse(query);
    QueryBuilder b = new QueryBuilder(JixiaoAnalyzer.forQuery(), JixiaoAnalyzer.forIndex());
    IndexSearcher s = new IndexSearcher(reader);
    SortedSetDocValuesReaderState st = new DefaultSortedSetDocValuesReaderState(reader, RecordDocuments.facetsConfig());
    FacetsCollector main = s.search(b.build(q, null), new FacetsCollectorManager());
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (String dim : Fields.FACETS) {
      FacetsCollector fc = q.filters().containsKey(dim) ? s.search(b.build(q, dim), new FacetsCollectorManager()) : main;
      out.put(dim, values(new SortedSetDocValuesFacetCounts(st, fc), dim));
    }
    return out;
  }

  static Map<String, Long> values(SortedSetDocValuesFacetCounts counts, String dim) throws IOException {
    FacetResult r;
    try {
      r = counts.getAllChildren(dim);
    } catch (IllegalArgumentException e) {
      r = null;
    }
    Map<String, Long> m = new LinkedHashMap<>();
    if (r == null) {
      return m;
    }
    List<LabelAndValue> lv = new ArrayList<>(Arrays.asList(r.labelValues));
    lv.removeIf(x -> x.value.longValue() == 0);
    lv.sort(Comparator.comparingLong((LabelAndValue x) -> -x.value.longValue()).thenComparing(x -> x.label));
    for (LabelAndValue x : lv.subList(0, Math.min(50, lv.size()))) {
      m.put(x.label, x.value.longValue());
    }
    return m;
  }
}
