package dev.jixiao.extract.form;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.form.SelfEvaluationForm.FundColumn;
import dev.jixiao.extract.form.SelfEvaluationForm.Kind;
import dev.jixiao.read.Table;
import dev.jixiao.read.TableCell;
import dev.jixiao.read.TableRow;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.text.Line;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A self-evaluation form that reached the text as lines, not as a table: a scanned form read by
 * OCR, which gives each row of the form as a line ("年度资金总额 | 60 60 13.53 10 22.54% | 2.25"), or
 * a form pasted as text. What such lines keep is the funds: the header's words in their order, the
 * 年度资金总额 line's figures in the same order, the name after 项目名称 and the 总分 (Sichuan's 合计). They are read
 * only when the figures are as many as the header's columns: a figure OCR lost would shift the
 * others into the wrong columns. The indicators' rows are not read from lines: OCR runs their
 * cells together (有效改善 beside 20 20), so which figure is which is not known.
 */
final class FormLines {
  private static final Pattern NAME =
      Pattern.compile("^(" + FormWords.PROJECT_NAME + "|" + FormWords.UNIT_NAME + ")[\\s:|!\"“”]*(.+)$");
  private static final Pattern COLUMN = Pattern.compile(FormWords.FUNDS_HEADER);
  /** 年度资金总额, or Sichuan's 总额 as a word of its own. */
  private static final Pattern FUNDS_TOTAL = Pattern.compile(FormWords.FUNDS_TOTAL + "|(?<!\\p{IsHan})总额");
  private static final Pattern FIGURE = Pattern.compile("(?<![\\d.])\\d+(?:,\\d{3})*(?:\\.\\d+)?%?");
  private static final Pattern TOTAL = Pattern.compile("^" + FormWords.TOTAL_SCORE);
  private static final Pattern SUM = Pattern.compile("^合\\s*计");
  /** 万元 or 亿元 whole, or 元 in its parentheses: OCR reads a wrapped "（万" / "元）" as "!" / "人元)", which is no unit. */
  private static final Pattern UNIT = Pattern.compile("(亿元|万元|千元)|\\((元)\\)");
  /** How many lines the name may be above the funds header, the total below it. */
  private static final int NAME_ABOVE = 6;
  private static final int TOTAL_BELOW = 40;

  private FormLines() {}

  /** The forms written as lines outside the document's tables. */
  static List<SelfEvaluationForm> find(DocumentView v, List<Table> tables) {
    List<SelfEvaluationForm> out = new ArrayList<>();
    if (!v.text().contains("执行数")) {
      return out; // most reports: no funds header anywhere
    }
    List<Line> lines = v.lines();
    for (int h = 0; h < lines.size(); h++) {
      String header = v.layout().content(lines.get(h));
      if (!header.contains("执行数") || !header.contains("执行率") || inTable(lines.get(h), tables)) {
        continue;
      }
      SelfEvaluationForm f = read(v, lines, h, tables);
      if (f != null) {
        out.add(f);
        h = v.layout().lineAt(f.end() - 1).index();
      }
    }
    return out;
  }

  private static SelfEvaluationForm read(DocumentView v, List<Line> lines, int h, List<Table> tables) {
    int nameLine = -1;
    Matcher name = null;
    for (int i = h - 1; i >= Math.max(0, h - NAME_ABOVE) && nameLine < 0; i--) {
      Matcher m = NAME.matcher(v.layout().content(lines.get(i)));
      if (m.find() && !m.group(2).isBlank()) {
        nameLine = i;
        name = m;
      }
    }
    if (nameLine < 0) {
      return null;
    }
    Map<FundColumn, TableCell> headers = headers(v, lines.get(h));
    List<FundColumn> columns = new ArrayList<>(headers.keySet());
    for (int r = h + 1; r < lines.size() && r <= h + 3; r++) {
      Line row = lines.get(r);
      String text = v.layout().content(row);
      Matcher label = FUNDS_TOTAL.matcher(text);
      if (!label.find() || inTable(row, tables)) {
        continue;
      }
      List<TableCell> figures = figures(v, row, label.end());
      if (figures.size() != columns.size()) {
        return null;
      }
      Map<FundColumn, TableCell> funds = new EnumMap<>(FundColumn.class);
      for (int c = 0; c < columns.size(); c++) {
        funds.put(columns.get(c), figures.get(c));
      }
      int total = total(v, lines, r);
      List<TableRow> rows = new ArrayList<>();
      for (int i = nameLine; i <= (total >= 0 ? total : r); i++) {
        rows.add(new TableRow(List.of(cell(v, lines.get(i).contentStart(), lines.get(i).contentEnd())), false));
      }
      Line first = lines.get(nameLine);
      TableCell nameCell = cell(v, first.contentStart() + name.start(2), first.contentEnd());
      TableCell labelCell = cell(v, row.contentStart() + label.start(), row.contentStart() + label.end());
      TableCell totalScore = total < 0 ? null : last(figures(v, lines.get(total), 0));
      return new SelfEvaluationForm(name.group(1).equals(FormWords.PROJECT_NAME) ? Kind.PROJECT : Kind.DEPARTMENT, rows, nameCell,
          new SelfEvaluationForm.FundsRow(labelCell, funds), headers, List.of(), List.of(), unit(v, lines, h), List.of(), totalScore);
    }
    return null;
  }

  /** The header's words by their column, in the order they come ({@link FundColumn#inHeader}: of two budget words the later). */
  private static Map<FundColumn, TableCell> headers(DocumentView v, Line header) {
    List<TableCell> words = new ArrayList<>();
    Matcher m = COLUMN.matcher(v.layout().content(header));
    while (m.find()) {
      words.add(cell(v, header.contentStart() + m.start(), header.contentStart() + m.end()));
    }
    return FundColumn.inHeader(words, c -> v.normalized(c.start(), c.end()));
  }

  /** The figures of a line from {@code from} (relative to its content) on, each as a cell of its own. */
  private static List<TableCell> figures(DocumentView v, Line line, int from) {
    List<TableCell> out = new ArrayList<>();
    Matcher m = FIGURE.matcher(v.layout().content(line));
    m.region(from, line.contentEnd() - line.contentStart());
    while (m.find()) {
      out.add(cell(v, line.contentStart() + m.start(), line.contentStart() + m.end()));
    }
    return out;
  }

  /**
   * The 总分 line below the funds; or Sichuan's 合计 line when it holds the weights' 100 and one
   * figure more, the score (a 合计 of the 100 alone has none).
   */
  private static int total(DocumentView v, List<Line> lines, int from) {
    for (int i = from + 1; i < lines.size() && i <= from + TOTAL_BELOW; i++) {
      String text = v.layout().content(lines.get(i));
      if (TOTAL.matcher(text).find() || SUM.matcher(text).find() && weightsAndScore(v, lines.get(i))) {
        return i;
      }
      if (NAME.matcher(text).find()) {
        return -1; // the next form begins
      }
    }
    return -1;
  }

  private static boolean weightsAndScore(DocumentView v, Line line) {
    List<TableCell> figures = figures(v, line, 0);
    return figures.size() == 2 && v.normalized(figures.get(0).start(), figures.get(0).end()).equals("100");
  }

  private static MoneyUnit unit(DocumentView v, List<Line> lines, int h) {
    for (int i = h; i <= Math.min(lines.size() - 1, h + 1); i++) {
      Matcher m = UNIT.matcher(v.layout().content(lines.get(i)));
      if (m.find()) {
        return MoneyUnit.of(m.group(1) != null ? m.group(1) : m.group(2));
      }
    }
    return null;
  }

  static TableCell cell(DocumentView v, int start, int end) {
    return new TableCell(v.document().text().substring(start, end), start, end);
  }

  private static TableCell last(List<TableCell> cells) {
    return cells.isEmpty() ? null : cells.get(cells.size() - 1);
  }

  static boolean inTable(Line line, List<Table> tables) {
    for (Table t : tables) {
      List<TableRow> rows = t.rows();
      int start = rows.get(0).cells().get(0).start();
      List<TableCell> last = rows.get(rows.size() - 1).cells();
      if (line.contentStart() >= start && line.contentStart() < last.get(last.size() - 1).end()) {
        return true;
      }
    }
    return false;
  }
}
