package dev.jixiao.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.index.search.ReportSearcher;
import dev.jixiao.index.search.SearchRequest;
import dev.jixiao.record.RecordJson;
import dev.jixiao.record.Report;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-ingest, replace, delete and same-bytes-under-two-paths, at the updater level. */
class IndexUpdaterTest {
  @TempDir Path tmp;

  @Test
  void unchangedReplacedAliasDeleted() throws Exception {
    Report gurao = GoldRecords.record("guraozhen-2024");
    Report zheng = GoldRecords.record("zhengjiayizhen-2024");
    Path dir = tmp.resolve("idx");
    try (IndexUpdater u = IndexUpdater.open(dir)) {
      assertThat(u.put("/a.txt", gurao)).isEqualTo(IndexUpdater.Change.ADDED);
      assertThat(u.put("/a.txt", gurao)).isEqualTo(IndexUpdater.Change.UNCHANGED);
      assertThat(u.put("/copy.txt", gurao)).isEqualTo(IndexUpdater.Change.ALIAS);
      assertThat(u.indexedSha256("/a.txt")).hasValue(gurao.source().sha256());
      u.commit();
    }
    try (ReportSearcher s = ReportSearcher.open(dir)) {
      assertThat(s.counts()).containsExactly(1, 37, 2);
      assertThat(s.report(GoldRecords.id("guraozhen-2024"), false).orElseThrow()).contains("\"files\":[\"/a.txt\",\"/copy.txt\"]");
    }
    try (IndexUpdater u = IndexUpdater.open(dir)) {
      // /a.txt now holds other bytes: its old report stays for /copy.txt
      assertThat(u.put("/a.txt", zheng)).isEqualTo(IndexUpdater.Change.REPLACED);
      u.commit();
    }
    try (ReportSearcher s = ReportSearcher.open(dir)) {
      assertThat(s.counts()).containsExactly(2, 37, 2);
    }
    try (IndexUpdater u = IndexUpdater.open(dir)) {
      assertThat(u.delete("/copy.txt")).isTrue();
      assertThat(u.delete("/copy.txt")).isFalse();
      u.commit();
      assertThat(u.files()).containsExactly("/a.txt");
    }
    try (ReportSearcher s = ReportSearcher.open(dir)) {
      assertThat(s.counts()).containsExactly(1, 0, 1);
      assertThat(s.search(SearchRequest.of("古饶镇")).total()).isZero();
      assertThat(s.search(SearchRequest.of("郑家驿镇")).total()).isEqualTo(1);
    }
    assertThat(Files.exists(dir.resolve("write.lock"))).isTrue(); // Lucene's lock file stays; its OS lock does not
  }

  /**
   * The record's stored form, when the caller has it already (a worker process wrote it), is kept
   * byte for byte; without it, the updater writes it. Pretty-printed bytes tell the two apart.
   */
  @Test
  void aRecordsStoredFormIsKeptAsGivenOrWrittenWhenNotGiven() throws Exception {
    Report gurao = GoldRecords.record("guraozhen-2024");
    Report zheng = GoldRecords.record("zhengjiayizhen-2024");
    String given = RecordJson.toJson(gurao.withoutText(), true);
    Path dir = tmp.resolve("idx");
    try (IndexUpdater u = IndexUpdater.open(dir)) {
      u.putNew("/a.txt", gurao, given.getBytes(StandardCharsets.UTF_8), false);
      u.putNew("/b.txt", zheng, null, false);
      u.commit();
    }
    assertThat(storedRecord(dir, gurao)).isEqualTo(given);
    assertThat(storedRecord(dir, zheng)).isEqualTo(RecordJson.toJson(zheng.withoutText(), false));
  }

  private static String storedRecord(Path dir, Report r) throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Query q = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_REPORT)), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(Fields.ID, RecordDocuments.reportId(r.source().sha256()))), BooleanClause.Occur.FILTER)
          .build();
      ScoreDoc[] hits = searcher.search(q, 2).scoreDocs;
      assertThat(hits).hasSize(1);
      BytesRef stored = searcher.storedFields().document(hits[0].doc).getBinaryValue(Fields.RECORD);
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(stored.bytes, stored.offset, stored.length))) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }

  /**
   * Every document, file documents included, has a norm for each text field, so that norms are
   * stored dense (a sparse list made the postings writer scan it for every term, a tenth of an
   * ingest); the empty fields that give them add no term.
   */
  @Test
  void everyDocumentHasANormForEachTextField() throws Exception {
    Path dir = tmp.resolve("idx");
    try (IndexUpdater u = IndexUpdater.open(dir)) {
      u.put("/a.txt", GoldRecords.record("guraozhen-2024"));
      u.put("/b.txt", GoldRecords.record("zhengjiayizhen-2024"));
      u.commit();
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      int all = searcher.count(new MatchAllDocsQuery());
      assertThat(all).isGreaterThan(2 + 2); // two files, two reports, their projects
      for (String field : new String[] {Fields.TEXT, Fields.NAME, Fields.META}) {
        int withTerms = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
          NumericDocValues norms = leaf.reader().getNormValues(field);
          assertThat(norms).as(field).isNotNull();
          int withNorm = 0;
          while (norms.nextDoc() != NumericDocValues.NO_MORE_DOCS) {
            withNorm++;
          }
          assertThat(withNorm).as(field + " norms").isEqualTo(leaf.reader().maxDoc());
          withTerms += leaf.reader().getDocCount(field);
        }
        // the file documents' empty fields hold no term
        assertThat(withTerms).as(field + " documents with terms").isLessThanOrEqualTo(all - 2);
      }
    }
  }
}
