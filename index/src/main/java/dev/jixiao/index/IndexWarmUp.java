package dev.jixiao.index;

import dev.jixiao.text.SampleReport;
import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Indexes one short report-like text into a throwaway index in memory, so that HanLP's
 * dictionaries and Lucene's indexing classes are loaded before the first record arrives. A bulk
 * ingest does it while it waits for its worker processes to start (it has hashed ahead all it may
 * and has nothing else to do: 0.0–0.2 of a core for about a second); otherwise the first record
 * pays for the loading (0.2 CPU-s for the analyzer alone), when both cores are busy.
 */
public final class IndexWarmUp {
  private IndexWarmUp() {}

  /** Indexes {@link SampleReport#TEXT} as a report's text is indexed; the number of its terms in the text field. */
  public static long run(Analyzer analyzer) throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
        Document d = new Document();
        d.add(new StringField(Fields.ID, "warm-up", Field.Store.YES));
        d.add(new Field(Fields.TEXT, SampleReport.TEXT, RecordDocuments.TEXT_WITH_OFFSETS));
        w.updateDocument(new Term(Fields.ID, "warm-up"), d);
        w.commit();
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        return r.getSumTotalTermFreq(Fields.TEXT);
      }
    }
  }
}
