package dev.jixiao.index;

import static dev.jixiao.index.Fields.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * What an index had committed when a batch started: for each input key, the sha256 it was indexed
 * with and its stored record. A resumed batch asks it which inputs are done already; since it is a
 * point-in-time view, it never waits for the writer's uncommitted changes (each key comes once in a
 * batch, so the start is all it needs to know).
 */
public final class IndexedFiles implements Closeable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One indexed input: its bytes' sha256 and its report's id. */
  public record Entry(String key, String sha256, String reportId) {}

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  private IndexedFiles(Directory directory, DirectoryReader reader) {
    this.directory = directory;
    this.reader = reader;
    this.searcher = reader == null ? null : new IndexSearcher(reader);
  }

  /** The committed state of the index in {@code dir} (empty when there is none yet). */
  public static IndexedFiles open(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return new IndexedFiles(null, null);
    }
    Directory d = FSDirectory.open(dir);
    if (!DirectoryReader.indexExists(d)) {
      d.close();
      return new IndexedFiles(null, null);
    }
    return new IndexedFiles(d, DirectoryReader.open(d));
  }

  public Optional<Entry> get(String key) throws IOException {
    Document d = first(new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TYPE, TYPE_FILE)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(FILE_KEY, key)), BooleanClause.Occur.FILTER)
        .build());
    return d == null ? Optional.empty() : Optional.of(new Entry(key, d.get(SHA256), d.get(REPORT_ID)));
  }

  /** Whether a report with this id was committed. */
  public boolean hasReport(String reportId) throws IOException {
    return searcher != null && searcher.count(new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TYPE, TYPE_REPORT)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(ID, reportId)), BooleanClause.Occur.FILTER)
        .build()) > 0;
  }

  /** The record stored for a report (without its text), or empty. */
  public Optional<JsonNode> record(String reportId) throws IOException {
    Document d = first(new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TYPE, TYPE_REPORT)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(ID, reportId)), BooleanClause.Occur.FILTER)
        .build());
    BytesRef stored = d == null ? null : d.getBinaryValue(RECORD);
    if (stored == null) {
      return Optional.empty();
    }
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(stored.bytes, stored.offset, stored.length))) {
      return Optional.of(JSON.readTree(in));
    }
  }

  private Document first(BooleanQuery q) throws IOException {
    if (searcher == null) {
      return null;
    }
    TopDocs top = searcher.search(q, 1);
    return top.scoreDocs.length == 0 ? null : searcher.storedFields().document(top.scoreDocs[0].doc);
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      reader.close();
      directory.close();
    }
  }
}
