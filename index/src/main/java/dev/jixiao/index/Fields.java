package dev.jixiao.index;

import java.util.List;

/**
 * The index schema: every field name in one place. One Lucene document per report, one per
 * project (linked by {@link #REPORT_ID}, added as one block with the report last), and one small
 * {@code file} document per ingested path that records its sha256.
 */
public final class Fields {
  private Fields() {}

  // identity and bookkeeping
  public static final String ID = "id";
  public static final String TYPE = "type";
  public static final String REPORT_ID = "report_id";
  public static final String FILE = "file";
  /** File documents only: the input's key, the term a file document is replaced by. */
  public static final String FILE_KEY = "file_key";
  /** Report and project documents only: the report id, the term a block is replaced by. */
  public static final String BLOCK = "block";
  public static final String SHA256 = "sha256";
  public static final String STATUS = "status";
  /** Report documents: the record as JSON (without its text), gzip. */
  public static final String RECORD = "record";
  /** Project documents: where the project's paragraph starts in {@code Report.text()}. */
  public static final String TEXT_START = "text_start";
  public static final String SEQ = "seq";
  public static final String ORDINAL = "ordinal";
  public static final String RATE_DERIVED = "rate_derived";
  public static final String INDEXED_AT = "indexed_at";

  // analysed
  /** Reports: {@code Report.text()}; projects: their paragraph of it. Offsets in postings. */
  public static final String TEXT = "text";
  /** Project name (projects), title (reports). */
  public static final String NAME = "name";
  /** Unit names, title, year: so free text finds a project by its township. */
  public static final String META = "meta";

  // filters (exact keywords) and facets
  public static final String UNIT = "unit";
  public static final String TOWNSHIP = "township";
  public static final String COUNTY = "county";
  public static final String CITY = "city";
  public static final String PROVINCE = "province";
  public static final String DIVISION_CODE = "division_code";
  public static final String YEAR = "year";
  public static final String KIND = "kind";
  public static final String GRADE = "grade";
  public static final String RULE = "rule";
  public static final String SEVERITY = "severity";
  /** {@code rule/severity} pairs, so {@code rule:total.sum severity:error} means one finding. */
  public static final String RULE_SEVERITY = "rule_severity";

  // figures: 万元 for money, % for rates, points for scores
  public static final String BUDGET = "budget";
  public static final String EXPENDITURE = "expenditure";
  public static final String RATE = "rate";
  public static final String SCORE = "score";

  public static final String TYPE_REPORT = "report";
  public static final String TYPE_PROJECT = "project";
  public static final String TYPE_FILE = "file";

  /**
   * Marks a report or project document written with one doc-values field per facet dimension
   * ({@link #facetField}); documents of an index written before lack it and are counted from the
   * shared facet field alone.
   */
  public static final String FACET_FIELDS_MARK = "facet.fields";

  /**
   * The doc-values field a dimension's values are counted from (sorted; {@link #RULE}: sorted
   * set): one per dimension, so a dimension can be counted alone (drill sideways) without reading
   * the others' values.
   */
  public static String facetField(String dim) {
    return "facet." + dim;
  }

  /** Facet dimensions, in the order they are shown. */
  public static final List<String> FACETS = List.of(PROVINCE, CITY, COUNTY, YEAR, KIND, GRADE, RULE);
  /** Keyword fields a query can filter on. */
  public static final List<String> KEYWORDS =
      List.of(UNIT, TOWNSHIP, COUNTY, CITY, PROVINCE, YEAR, KIND, GRADE, RULE, SEVERITY, TYPE, STATUS, FILE, ID, REPORT_ID, DIVISION_CODE);
  /** Numeric fields a query can range over and sort by. */
  public static final List<String> FIGURES = List.of(BUDGET, EXPENDITURE, RATE, SCORE);
}
