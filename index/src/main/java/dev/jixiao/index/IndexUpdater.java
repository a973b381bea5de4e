package dev.jixiao.index;

import static dev.jixiao.index.Fields.*;

import dev.jixiao.index.analysis.JixiaoAnalyzer;
import dev.jixiao.record.Report;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The only writer of an index directory. Each change to one input is atomic in the index (the
 * documents of a record are one block; its file document is written with it) and becomes
 * durable at the next {@link #commit()}: a process killed between commits leaves the previous
 * commit, which opens and checks clean, and the files after it are simply ingested again.
 *
 * <p>Inputs are known by a key (the CLI uses the absolute path); each key has a file document
 * with its sha256 and report id. Reports are known by id (from the content's sha256), so two
 * paths with the same bytes share one report.
 */
public final class IndexUpdater implements Closeable {
  /** What {@link #put} did. */
  public enum Change { ADDED, REPLACED, UNCHANGED, ALIAS }

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager nrt;
  private final RecordDocuments documents = new RecordDocuments(RecordDocuments.facetsConfig());
  private boolean dirty;

  private IndexUpdater(Directory directory, Analyzer analyzer, double ramBufferMb) throws IOException {
    this.directory = directory;
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(ramBufferMb)
        .setCommitOnClose(true);
    this.writer = new IndexWriter(directory, config);
    this.nrt = new SearcherManager(writer, null);
  }

  /** Opens (creating if needed) the index in {@code dir} with the standard analyzer. */
  public static IndexUpdater open(Path dir) throws IOException {
    return open(dir, JixiaoAnalyzer.forIndex(), 64);
  }

  public static IndexUpdater open(Path dir, Analyzer analyzer, double ramBufferMb) throws IOException {
    Files.createDirectories(dir);
    return new IndexUpdater(FSDirectory.open(dir), analyzer, ramBufferMb);
  }

  /** The sha256 the index holds for {@code file}, including changes not yet committed. */
  public Optional<String> indexedSha256(String file) throws IOException {
    Document d = fileDocument(file);
    return d == null ? Optional.empty() : Optional.ofNullable(d.get(SHA256));
  }

  /**
   * Indexes a finished record under {@code file}: nothing when the file's sha256 is unchanged,
   * a new file document pointing at the existing report when the same bytes are already indexed
   * under another key, else the record's documents (replacing what {@code file} had before).
   */
  public Change put(String file, Report record) throws IOException {
    String sha = record.source().sha256();
    String id = RecordDocuments.reportId(sha);
    Document old = fileDocument(file);
    if (old != null && sha.equals(old.get(SHA256))) {
      return Change.UNCHANGED;
    }
    boolean reportExists = count(new TermQuery(new Term(BLOCK, id))) > 0;
    writer.updateDocument(fileTerm(file), RecordDocuments.fileDocument(file, sha, id));
    dirty = true;
    if (old != null) {
      dropIfOrphan(old.get(REPORT_ID), id);
    }
    if (reportExists) {
      return Change.ALIAS;
    }
    writer.updateDocuments(new Term(BLOCK, id), documents.documents(file, record));
    return old != null ? Change.REPLACED : Change.ADDED;
  }

  /**
   * Indexes the record of a key the caller knows is not in the index yet, without searching the
   * index (so without refreshing the near-real-time reader for every file, which made bulk loads
   * index-bound): {@code reportKnown} says whether a report with the same bytes is already indexed
   * or added in this session, which makes this key an alias of it. Atomic per key like {@link #put}.
   */
  public Change putNew(String file, Report record, boolean reportKnown) throws IOException {
    return putNew(file, record, null, reportKnown);
  }

  /**
   * {@link #putNew(String, Report, boolean)} with the record's stored form already written: {@code
   * recordJson} is {@code record} without its text in {@link dev.jixiao.record.RecordJson}'s form
   * (UTF-8), or null to have it written here.
   */
  public Change putNew(String file, Report record, byte[] recordJson, boolean reportKnown) throws IOException {
    String sha = record.source().sha256();
    String id = RecordDocuments.reportId(sha);
    writer.updateDocument(fileTerm(file), RecordDocuments.fileDocument(file, sha, id));
    dirty = true;
    if (reportKnown) {
      return Change.ALIAS;
    }
    writer.updateDocuments(new Term(BLOCK, id), documents.documents(file, record, recordJson));
    return Change.ADDED;
  }

  /**
   * Indexes {@code record} under {@code file} even when the file's sha256 is unchanged: a new
   * record of the same bytes (a retry of a file that timed out, or a re-extraction) replaces the
   * report's documents, which every key with these bytes shares.
   */
  public Change replace(String file, Report record) throws IOException {
    String sha = record.source().sha256();
    String id = RecordDocuments.reportId(sha);
    Document old = fileDocument(file);
    writer.updateDocument(fileTerm(file), RecordDocuments.fileDocument(file, sha, id));
    writer.updateDocuments(new Term(BLOCK, id), documents.documents(file, record));
    dirty = true;
    if (old != null) {
      dropIfOrphan(old.get(REPORT_ID), id);
    }
    return old != null ? Change.REPLACED : Change.ADDED;
  }

  /**
   * Adds a record known to be new (no lookups): for bulk loads into a fresh index, e.g. the
   * benchmark. Using it for a key the index already has leaves duplicates.
   */
  public void add(String file, Report record) throws IOException {
    String sha = record.source().sha256();
    String id = RecordDocuments.reportId(sha);
    writer.addDocuments(documents.documents(file, record));
    writer.addDocument(RecordDocuments.fileDocument(file, sha, id));
  }

  /** Removes {@code file}; its report goes too unless another key has the same bytes. */
  public boolean delete(String file) throws IOException {
    Document old = fileDocument(file);
    if (old == null) {
      return false;
    }
    writer.deleteDocuments(fileTerm(file));
    dirty = true;
    dropIfOrphan(old.get(REPORT_ID), null);
    return true;
  }

  /** The keys of every indexed input. */
  public List<String> files() throws IOException {
    refreshIfDirty();
    IndexSearcher s = nrt.acquire();
    try {
      TermQuery q = new TermQuery(new Term(TYPE, TYPE_FILE));
      TopDocs top = s.search(q, Math.max(1, s.getIndexReader().maxDoc()));
      List<String> files = new java.util.ArrayList<>();
      var stored = s.storedFields();
      for (var sd : top.scoreDocs) {
        files.add(stored.document(sd.doc).get(FILE_KEY));
      }
      files.sort(null);
      return files;
    } finally {
      nrt.release(s);
    }
  }

  /** Makes every change so far durable, atomically. */
  public void commit() throws IOException {
    writer.commit();
  }

  public void forceMerge(int segments) throws IOException {
    writer.forceMerge(segments);
  }

  /** The analyzer the writer indexes text with. */
  public Analyzer analyzer() {
    return writer.getAnalyzer();
  }

  public Directory directory() {
    return directory;
  }

  private void dropIfOrphan(String oldId, String keepId) throws IOException {
    if (oldId == null || oldId.equals(keepId)) {
      return;
    }
    refreshIfDirty();
    BooleanQuery others = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TYPE, TYPE_FILE)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(REPORT_ID, oldId)), BooleanClause.Occur.FILTER)
        .build();
    if (count(others) == 0) {
      writer.deleteDocuments(new Term(BLOCK, oldId));
      dirty = true;
    }
  }

  private Document fileDocument(String file) throws IOException {
    refreshIfDirty();
    IndexSearcher s = nrt.acquire();
    try {
      BooleanQuery q = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(TYPE, TYPE_FILE)), BooleanClause.Occur.FILTER)
          .add(new TermQuery(fileTerm(file)), BooleanClause.Occur.FILTER)
          .build();
      TopDocs top = s.search(q, 1);
      return top.scoreDocs.length == 0 ? null : s.storedFields().document(top.scoreDocs[0].doc);
    } finally {
      nrt.release(s);
    }
  }

  private int count(org.apache.lucene.search.Query q) throws IOException {
    refreshIfDirty();
    IndexSearcher s = nrt.acquire();
    try {
      return s.count(q);
    } finally {
      nrt.release(s);
    }
  }

  private void refreshIfDirty() throws IOException {
    if (dirty) {
      nrt.maybeRefreshBlocking();
      dirty = false;
    }
  }

  private static Term fileTerm(String file) {
    return new Term(FILE_KEY, file);
  }

  @Override
  public void close() throws IOException {
    try {
      nrt.close();
      writer.close();
    } finally {
      directory.close();
    }
  }
}
