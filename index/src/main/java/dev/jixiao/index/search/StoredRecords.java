package dev.jixiao.index.search;

import static dev.jixiao.index.Fields.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/** A report's stored record, read from the index by the report's id or one of its projects' ids. */
final class StoredRecords {
  private StoredRecords() {}

  /** {@link ReportSearcher#report}, read with {@code s}. */
  static Optional<String> report(IndexSearcher s, String id, boolean withText) throws IOException {
    String reportId = reportIdOf(id);
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
  }

  /** {@link ReportSearcher#record}, read with {@code s}. */
  static Optional<String> record(IndexSearcher s, String id, boolean withText) throws IOException {
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

  private static String gunzip(BytesRef stored) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(stored.bytes, stored.offset, stored.length))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
