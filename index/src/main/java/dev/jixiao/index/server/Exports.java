package dev.jixiao.index.server;

import dev.jixiao.index.search.ReportSearcher;
import dev.jixiao.index.search.SearchRequest;
import dev.jixiao.index.search.SearchResult;
import dev.jixiao.index.search.SearchResult.Hit;
import dev.jixiao.index.search.SortSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A result set as a table, for the page's export links and {@code jixiao export}: one row per
 * report, or one per project, as CSV (UTF-8 with a byte order mark, so Excel reads the Chinese) or
 * XLSX (POI, streamed). The page's exports hold at most {@link #MAX_ROWS} rows. Text that a spreadsheet would take for a
 * formula ({@code =}, {@code +}, {@code -}, {@code @} first) is written with a leading apostrophe in
 * CSV; XLSX cells are typed, so text is never a formula there.
 */
public final class Exports {
  /** Most rows in one export (the deepest page the searcher serves, plus one page). */
  static final int MAX_ROWS = SearchRequest.MAX_OFFSET;
  private static final int PAGE = SearchRequest.MAX_LIMIT;

  private static final Map<String, String> KINDS = Map.of(
      "department_overall", "部门整体支出", "project", "项目支出", "special_fund", "专项资金", "unknown", "未识别");

  /** A column: its header, its value for a hit, and whether the value is a number. */
  record Column(String header, Function<Hit, Object> value, boolean numeric) {}

  /** What was exported: the rows, and how many hits the query has in all. */
  record Rows(List<Hit> hits, long total, boolean totalExact) {
    boolean truncated() {
      return total > hits.size();
    }
  }

  private Exports() {}

  static List<Column> columns(String type) {
    List<Column> c = new ArrayList<>();
    c.add(new Column("编号", Hit::id, false));
    if (type.equals("project")) {
      c.add(new Column("报告编号", Hit::reportId, false));
      c.add(new Column("序号", Hit::seq, true));
      c.add(new Column("项目名称", Hit::name, false));
    } else {
      c.add(new Column("标题", Hit::title, false));
    }
    c.add(new Column("单位", h -> h.unit().name(), false));
    c.add(new Column("省", h -> h.unit().province(), false));
    c.add(new Column("市", h -> h.unit().city(), false));
    c.add(new Column("县区", h -> h.unit().county(), false));
    c.add(new Column("乡镇", h -> h.unit().township(), false));
    c.add(new Column("年度", Hit::year, true));
    c.add(new Column("报告类型", h -> h.kind() == null ? null : KINDS.getOrDefault(h.kind(), h.kind()), false));
    c.add(new Column("预算(万元)", Hit::budget, true));
    c.add(new Column("支出(万元)", Hit::expenditure, true));
    c.add(new Column(type.equals("project") ? "完成率(%)" : "执行率(%)", Hit::rate, true));
    c.add(new Column("推算", h -> h.rate() == null ? null : h.rateDerived() ? "是" : "否", false));
    c.add(new Column("得分", Hit::score, true));
    c.add(new Column("等级", Hit::grade, false));
    c.add(new Column("发现规则", h -> String.join(";", h.rules()), false));
    c.add(new Column("状态", Hit::status, false));
    c.add(new Column("文件", Hit::file, false));
    return c;
  }

  /** The hits of {@code query} restricted to {@code type}, page by page, up to {@link #MAX_ROWS}. */
  static Rows collect(ReportSearcher searcher, String query, String type, SortSpec sort) throws IOException {
    String q = QueryParts.and(QueryParts.without(query, "type"), "type:" + type);
    List<Hit> hits = new ArrayList<>();
    long total = 0;
    boolean exact = true;
    for (int offset = 0; offset < MAX_ROWS; offset += PAGE) {
      SearchResult r = searcher.search(new SearchRequest(q, sort, offset, PAGE, false, 0));
      total = r.total();
      exact = r.totalExact();
      hits.addAll(r.hits());
      if (r.hits().size() < PAGE) {
        break;
      }
    }
    return new Rows(hits, total, exact);
  }

  /** Every hit of {@code query} restricted to {@code type}, however many (the CLI's export; the page's is bounded). */
  public static List<Hit> all(ReportSearcher searcher, String query, String type, SortSpec sort) throws IOException {
    return searcher.every(QueryParts.and(QueryParts.without(query, "type"), "type:" + type), sort);
  }

  public static byte[] csv(List<Hit> hits, String type) {
    return csvText(hits, type).getBytes(StandardCharsets.UTF_8);
  }

  /** The CSV as text, byte order mark first, for a writer that encodes it as UTF-8. */
  public static String csvText(List<Hit> hits, String type) {
    List<Column> cols = columns(type);
    StringBuilder s = new StringBuilder("\uFEFF");
    for (int i = 0; i < cols.size(); i++) {
      s.append(i == 0 ? "" : ",").append(field(cols.get(i).header(), false));
    }
    s.append("\r\n");
    for (Hit h : hits) {
      for (int i = 0; i < cols.size(); i++) {
        Object v = cols.get(i).value().apply(h);
        s.append(i == 0 ? "" : ",").append(v == null ? "" : field(v.toString(), !cols.get(i).numeric()));
      }
      s.append("\r\n");
    }
    return s.toString();
  }

  /** One CSV field (RFC 4180 quoting); text that starts like a formula gets a leading apostrophe. */
  static String field(String v, boolean text) {
    String t = v;
    if (text && !t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0) {
      t = "'" + t;
    }
    if (t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0) {
      return '"' + t.replace("\"", "\"\"") + '"';
    }
    return t;
  }

  public static void xlsx(List<Hit> hits, String type, OutputStream out) throws IOException {
    List<Column> cols = columns(type);
    SXSSFWorkbook wb = new SXSSFWorkbook(200);
    try {
      Sheet sheet = wb.createSheet(type.equals("project") ? "项目" : "报告");
      CellStyle bold = wb.createCellStyle();
      Font f = wb.createFont();
      f.setBold(true);
      bold.setFont(f);
      Row head = sheet.createRow(0);
      for (int i = 0; i < cols.size(); i++) {
        Cell c = head.createCell(i);
        c.setCellValue(cols.get(i).header());
        c.setCellStyle(bold);
      }
      int r = 1;
      for (Hit h : hits) {
        Row row = sheet.createRow(r++);
        for (int i = 0; i < cols.size(); i++) {
          Object v = cols.get(i).value().apply(h);
          if (v == null) {
            continue;
          }
          Cell c = row.createCell(i);
          if (cols.get(i).numeric()) {
            c.setCellValue(v instanceof Number n ? n.doubleValue() : new BigDecimal(v.toString()).doubleValue());
          } else {
            c.setCellValue(v.toString());
          }
        }
      }
      sheet.createFreezePane(0, 1);
      wb.write(out);
    } finally {
      wb.close(); // also deletes the temporary sheet files (dispose() is deprecated for it)
    }
  }
}
