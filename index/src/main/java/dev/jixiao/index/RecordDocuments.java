package dev.jixiao.index;

import static dev.jixiao.index.Fields.*;

import dev.jixiao.record.Evidence;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Money;
import dev.jixiao.record.Percent;
import dev.jixiao.record.PlainNumber;
import dev.jixiao.record.Project;
import dev.jixiao.record.RecordJson;
import dev.jixiao.record.Report;
import dev.jixiao.record.Unit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * A finished record as Lucene documents: its projects (in document order), then the report, as
 * one block. Reads the record only; never extracts. Money is indexed in 万元, rates in %.
 */
public final class RecordDocuments {
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  /** Analysed, stored, with offsets in the postings (for the highlighter). */
  static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
  private static final FieldType EMPTY_TEXT = emptyText();

  private final FacetsConfig facets;

  public RecordDocuments(FacetsConfig facets) {
    this.facets = facets;
  }

  /** The standard facet configuration: one doc-values field, {@code rule} multi-valued. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig c = new FacetsConfig();
    c.setMultiValued(RULE, true);
    for (String dim : FACETS) {
      c.setRequireDimCount(dim, false);
    }
    return c;
  }

  /** The stable report id: the first 16 hex digits of the file's sha256. */
  public static String reportId(String sha256) {
    if (sha256 == null || sha256.length() < 16) {
      throw new IllegalArgumentException("a record needs its sha256: " + sha256);
    }
    return sha256.substring(0, 16);
  }

  /** A project's id: the report's id, {@code -p}, its 1-based place in the record's list. */
  public static String projectId(String reportId, int ordinal) {
    return reportId + "-p" + ordinal;
  }

  /** The block for one record; {@code file} is the key the index knows the input by. */
  public List<Document> documents(String file, Report r) {
    return documents(file, r, null);
  }

  /**
   * The block for one record whose stored form is already written: {@code recordJson} is {@code
   * r} without its text in {@link RecordJson}'s form, UTF-8 (as a worker process sends it), or null
   * to write it here. Writing it again was a tenth of a bulk ingest's indexing thread.
   */
  public List<Document> documents(String file, Report r, byte[] recordJson) {
    String id = reportId(r.source().sha256());
    String text = r.text() == null ? "" : r.text();
    List<Document> docs = new ArrayList<>(r.projects().size() + 1);
    for (int i = 0; i < r.projects().size(); i++) {
      docs.add(project(file, id, r, r.projects().get(i), i + 1, text));
    }
    docs.add(report(file, id, r, text,
        recordJson != null ? recordJson : RecordJson.toJson(r.withoutText(), false).getBytes(StandardCharsets.UTF_8)));
    return docs;
  }

  /** The bookkeeping document of one ingested path. */
  public static Document fileDocument(String file, String sha256, String reportId) {
    Document d = new Document();
    d.add(new StringField(TYPE, TYPE_FILE, Field.Store.YES));
    d.add(new StringField(FILE_KEY, file, Field.Store.YES));
    d.add(new StringField(SHA256, sha256, Field.Store.YES));
    d.add(new StringField(REPORT_ID, reportId, Field.Store.YES));
    d.add(new StoredField(INDEXED_AT, System.currentTimeMillis()));
    return withEveryNormedField(d);
  }

  private Document report(String file, String id, Report r, String text, byte[] recordJson) {
    Document d = new Document();
    common(d, file, id, r, TYPE_REPORT);
    id(d, id);
    if (r.title() != null) {
      d.add(new TextField(NAME, r.title(), Field.Store.YES));
    }
    d.add(new Field(TEXT, text, TEXT_WITH_OFFSETS));
    d.add(new StoredField(RECORD, gzip(recordJson)));
    if (r.score() != null && r.score().grade() != null) {
      keyword(d, GRADE, r.score().grade(), true);
    }
    Set<String> rules = new LinkedHashSet<>();
    for (Finding f : r.findings()) {
      finding(d, f, rules);
    }
    money(d, BUDGET, r.totals().budget());
    money(d, EXPENDITURE, r.totals().expenditure());
    rate(d, r.totals().executionRate(), r.totals().budget(), r.totals().expenditure());
    PlainNumber score = r.score() == null ? null : r.score().total();
    if (score != null) {
      figure(d, SCORE, score.value());
    }
    return build(withEveryNormedField(d));
  }

  private Document project(String file, String reportId, Report r, Project p, int ordinal, String text) {
    Document d = new Document();
    common(d, file, reportId, r, TYPE_PROJECT);
    id(d, projectId(reportId, ordinal));
    d.add(new StoredField(ORDINAL, ordinal));
    if (p.seq() != null) {
      d.add(new StoredField(SEQ, p.seq()));
    }
    String name = p.name() == null ? "" : p.name();
    d.add(new TextField(NAME, name, Field.Store.YES));
    Evidence ev = p.evidence();
    if (ev != null && ev.end() <= text.length()) {
      d.add(new Field(TEXT, text.substring(ev.start(), ev.end()), TEXT_WITH_OFFSETS));
      d.add(new StoredField(TEXT_START, ev.start()));
    } else {
      d.add(new Field(TEXT, name, TEXT_WITH_OFFSETS));
    }
    if (p.grade() != null) {
      keyword(d, GRADE, p.grade(), true);
    }
    Set<String> rules = new LinkedHashSet<>();
    for (Finding f : r.findings()) {
      if (concerns(f, p)) {
        finding(d, f, rules);
      }
    }
    money(d, BUDGET, p.budget());
    money(d, EXPENDITURE, p.expenditure());
    rate(d, p.completionRate(), p.budget(), p.expenditure());
    if (p.score() != null) {
      figure(d, SCORE, p.score().value());
    }
    return build(withEveryNormedField(d));
  }

  /** Fields a report and each of its projects share: where it came from, unit, year, kind. */
  private void common(Document d, String file, String reportId, Report r, String type) {
    d.add(new StringField(TYPE, type, Field.Store.YES));
    d.add(new NumericDocValuesField(FACET_FIELDS_MARK, 1));
    d.add(new StringField(REPORT_ID, reportId, Field.Store.YES));
    d.add(new StringField(BLOCK, reportId, Field.Store.NO));
    d.add(new StringField(FILE, file, Field.Store.YES));
    d.add(new StringField(STATUS, r.status().id(), Field.Store.YES));
    StringBuilder meta = new StringBuilder();
    Unit u = r.unit();
    if (u != null) {
      keyword(d, UNIT, u.name(), false);
      keyword(d, TOWNSHIP, u.township(), false);
      keyword(d, COUNTY, u.county(), true);
      keyword(d, CITY, u.city(), true);
      keyword(d, PROVINCE, u.province(), true);
      keyword(d, DIVISION_CODE, u.divisionCode(), false);
      for (String s : new String[] {u.name(), u.township(), u.county(), u.city(), u.province()}) {
        if (s != null) {
          meta.append(s).append('\n');
        }
      }
      // a unit the document leaves open: its candidate places are searchable, never facets
      for (var c : u.candidates()) {
        for (String s : new String[] {c.county(), c.city(), c.province()}) {
          if (s != null) {
            meta.append(s).append('\n');
          }
        }
      }
    }
    if (r.title() != null) {
      meta.append(r.title()).append('\n');
    }
    if (r.fiscalYear() != null) {
      int y = r.fiscalYear();
      d.add(new IntPoint(YEAR, y));
      d.add(new StoredField(YEAR, y));
      d.add(new NumericDocValuesField(YEAR, y));
      d.add(new SortedSetDocValuesFacetField(YEAR, Integer.toString(y)));
      d.add(new SortedDocValuesField(facetField(YEAR), new BytesRef(Integer.toString(y))));
      meta.append(y).append("年\n");
    }
    keyword(d, KIND, r.reportKind().id(), true);
    if (meta.length() > 0) {
      d.add(new TextField(META, meta.toString(), Field.Store.NO));
    }
  }

  private static void id(Document d, String id) {
    d.add(new StringField(ID, id, Field.Store.YES));
    d.add(new SortedDocValuesField(ID, new BytesRef(id))); // the tie-breaker of every sort
  }

  private static boolean concerns(Finding f, Project p) {
    if (p.name() != null && p.name().equals(f.subject())) {
      return true;
    }
    Evidence pe = p.evidence();
    if (pe == null) {
      return false;
    }
    for (Evidence e : f.evidence()) {
      if (e.start() >= pe.start() && e.end() <= pe.end()) {
        return true;
      }
    }
    return false;
  }

  private static void finding(Document d, Finding f, Set<String> seenRules) {
    String rule = f.rule();
    String sev = f.severity() == null ? "info" : f.severity().id();
    if (rule == null) {
      return;
    }
    if (seenRules.add(rule)) {
      d.add(new StringField(RULE, rule, Field.Store.YES));
      d.add(new SortedSetDocValuesFacetField(RULE, rule));
      d.add(new SortedSetDocValuesField(facetField(RULE), new BytesRef(rule)));
    }
    d.add(new StringField(SEVERITY, sev, Field.Store.NO));
    d.add(new StringField(RULE_SEVERITY, rule + "/" + sev, Field.Store.NO));
  }

  private static void keyword(Document d, String field, String value, boolean facet) {
    if (value == null || value.isBlank()) {
      return;
    }
    d.add(new StringField(field, value, Field.Store.YES));
    if (facet) {
      d.add(new SortedSetDocValuesFacetField(field, value));
      d.add(new SortedDocValuesField(facetField(field), new BytesRef(value)));
    }
  }

  private static void money(Document d, String field, Money m) {
    if (m != null && m.yuan() != null) {
      // 万元, the unit the reports and searches use: a shift of the decimal point, not a division
      // (an exact BigDecimal division searches for its scale, 2% of the indexing thread)
      figure(d, field, m.yuan().movePointLeft(4));
    }
  }

  private static void rate(Document d, Percent stated, Money budget, Money expenditure) {
    if (stated != null && stated.value() != null) {
      figure(d, RATE, stated.value());
    } else if (budget != null && expenditure != null && budget.yuan() != null && expenditure.yuan() != null
        && budget.yuan().signum() > 0) {
      figure(d, RATE, expenditure.yuan().multiply(HUNDRED).divide(budget.yuan(), 2, RoundingMode.HALF_UP));
      d.add(new StoredField(RATE_DERIVED, 1));
    }
  }

  private static void figure(Document d, String field, BigDecimal value) {
    double v = value.doubleValue();
    d.add(new DoublePoint(field, v));
    d.add(new DoubleDocValuesField(field, v));
    d.add(new StoredField(field, plain(value)));
  }

  static String plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  private Document build(Document d) {
    try {
      return facets.build(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] gzip(byte[] json) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(json.length / 4 + 64);
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Gives a document that lacks a text field with norms an empty one, so that every document of
   * a segment has a norm for it (0: no tokens). Norms that only some documents have are stored
   * sparse, and the postings writer looks a document's norm up for every posting of every term it
   * writes (for the impacts), each term scanning the sparse list from its start: that was 70% of
   * a commit and a tenth of the ingest process, against a direct read when every document has
   * one. An empty field adds no term, so no query matches it and BM25's statistics stay as they
   * were (they count documents with terms).
   */
  private static Document withEveryNormedField(Document d) {
    for (String field : new String[] {NAME, META}) {
      if (d.getField(field) == null) {
        d.add(new TextField(field, "", Field.Store.NO));
      }
    }
    if (d.getField(TEXT) == null) {
      d.add(new Field(TEXT, "", EMPTY_TEXT));
    }
    return d;
  }

  private static FieldType emptyText() {
    FieldType t = new FieldType(TEXT_WITH_OFFSETS);
    t.setStored(false);
    t.freeze();
    return t;
  }

  private static FieldType textWithOffsets() {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }
}
