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
 * A self-evaluation form whose cells reached the text one a line: a web page's tables as a crawler
 * or a copy from some browsers writes them (年初预算数 / 全年预算数 / … / 年度资金总额 / 861.10 /
 * 2030.12 / …). The funds header is a run of lines that are each one header word; the line after it
 * is the 年度资金总额 label, and the lines after that its figures, one a column. As with a form's
 * lines ({@link FormLines}), the figures are read only when they are as many as the columns: an
 * empty cell leaves no line, and the figures after it would shift into the wrong columns. The name
 * is the line after 项目名称 (or 部门（单位）名称) above; the 总分 is read only as the weights' 100 and
 * one figure more.
 */
final class FormCellLines {
  /** A cell that is one funds header: the word (全年执行数, 预算执行率, 自评得分…) and what a header adds to it ((万元), （A）, (B/A)). */
  private static final Pattern HEADER_CELL =
      Pattern.compile("^(?:全年|预算|自评)?(?:" + FormWords.FUNDS_HEADER + ")\\s*(?:\\([^)]{0,8}\\))?$");
  private static final Pattern FUNDS_LABEL = Pattern.compile("^(?:年度资金总额|资金总额|总额)\\s*:?$");
  private static final Pattern FIGURE = Pattern.compile("^\\d+(?:,\\d{3})*(?:\\.\\d+)?%?$");
  private static final Pattern NAME_LABEL = Pattern.compile("^(" + FormWords.PROJECT_NAME + "|" + FormWords.UNIT_NAME + ")\\s*:?\\s*(.*)$");
  private static final Pattern TOTAL = Pattern.compile("^" + FormWords.TOTAL_SCORE + "$");
  private static final Pattern UNIT = Pattern.compile("(亿元|万元)|\\((元)\\)");
  private static final int MIN_COLUMNS = 4;
  /** How many non-blank lines above the header the name's label, and the unit, may be. */
  private static final int NAME_ABOVE = 12;
  private static final int UNIT_ABOVE = 3;
  /** How many non-blank lines below the funds the 总分 may be. */
  private static final int TOTAL_BELOW = 120;

  private FormCellLines() {}

  /** The forms written a cell a line, outside the document's tables. */
  static List<SelfEvaluationForm> find(DocumentView v, List<Table> tables) {
    List<SelfEvaluationForm> out = new ArrayList<>();
    if (!v.text().contains("执行数")) {
      return out;
    }
    List<Line> lines = v.lines().stream().filter(l -> !l.isBlank()).toList();
    for (int h = 0; h < lines.size(); h++) {
      if (!HEADER_CELL.matcher(content(v, lines.get(h))).matches() || FormLines.inTable(lines.get(h), tables)) {
        continue;
      }
      int run = h;
      while (run < lines.size() && HEADER_CELL.matcher(content(v, lines.get(run))).matches()) {
        run++;
      }
      SelfEvaluationForm f = read(v, lines, h, run);
      if (f != null) {
        out.add(f);
        int end = f.end();
        while (run < lines.size() && lines.get(run).contentStart() < end) {
          run++;
        }
      }
      h = run - 1;
    }
    return out;
  }

  /** The form whose funds header is the non-blank lines [{@code h}, {@code run}), or null. */
  private static SelfEvaluationForm read(DocumentView v, List<Line> lines, int h, int run) {
    List<TableCell> headerCells = new ArrayList<>();
    for (int i = h; i < run; i++) {
      headerCells.add(cell(v, lines.get(i)));
    }
    Map<FundColumn, TableCell> headers = FundColumn.inHeader(headerCells, c -> v.normalized(c.start(), c.end()));
    List<FundColumn> columns = new ArrayList<>(headers.keySet());
    if (columns.size() < MIN_COLUMNS || !headers.containsKey(FundColumn.SPENT) || !headers.containsKey(FundColumn.RATE)
        || run + columns.size() >= lines.size() || !FUNDS_LABEL.matcher(content(v, lines.get(run))).matches()) {
      return null;
    }
    Map<FundColumn, TableCell> funds = new EnumMap<>(FundColumn.class);
    for (int c = 0; c < columns.size(); c++) {
      Line figure = lines.get(run + 1 + c);
      if (!FIGURE.matcher(content(v, figure)).matches()) {
        return null;
      }
      funds.put(columns.get(c), cell(v, figure));
    }
    Named name = name(v, lines, h);
    if (name == null) {
      return null;
    }
    int fundsEnd = run + columns.size();
    int total = total(v, lines, fundsEnd);
    List<TableRow> rows = new ArrayList<>();
    for (int i = name.label(); i <= (total >= 0 ? total + 2 : fundsEnd); i++) {
      rows.add(new TableRow(List.of(cell(v, lines.get(i))), false));
    }
    TableCell totalScore = total >= 0 ? cell(v, lines.get(total + 2)) : null;
    return new SelfEvaluationForm(name.kind(), rows, cell(v, lines.get(name.label() + 1)),
        new SelfEvaluationForm.FundsRow(cell(v, lines.get(run)), funds), headers, List.of(), List.of(), unit(v, lines, h), List.of(),
        totalScore);
  }

  /** The line of the name's label (the name is the line after it) and whose form it names. */
  private record Named(int label, Kind kind) {}

  /**
   * The name's label above the header, looking up from it, when the name is the line after the
   * label; null when there is none (a name beside its label on one line is a form of lines,
   * {@link FormLines}' to read).
   */
  private static Named name(DocumentView v, List<Line> lines, int h) {
    for (int i = h - 1; i >= Math.max(0, h - NAME_ABOVE); i--) {
      Matcher m = NAME_LABEL.matcher(content(v, lines.get(i)));
      if (m.matches()) {
        boolean nameBelow = m.group(2).isBlank() && i + 1 < h;
        return nameBelow ? new Named(i, m.group(1).equals(FormWords.PROJECT_NAME) ? Kind.PROJECT : Kind.DEPARTMENT) : null;
      }
    }
    return null;
  }

  /** The line of 总分 when the two lines after it are the weights' 100 and a figure, the score; else -1. */
  private static int total(DocumentView v, List<Line> lines, int from) {
    for (int i = from + 1; i < lines.size() && i <= from + TOTAL_BELOW; i++) {
      if (NAME_LABEL.matcher(content(v, lines.get(i))).matches()) {
        return -1; // the next form begins
      }
      if (TOTAL.matcher(content(v, lines.get(i))).matches()) {
        boolean weightsThenScore = i + 2 < lines.size() && content(v, lines.get(i + 1)).equals("100")
            && FIGURE.matcher(content(v, lines.get(i + 2))).matches();
        return weightsThenScore ? i : -1;
      }
    }
    return -1;
  }

  private static MoneyUnit unit(DocumentView v, List<Line> lines, int h) {
    for (int i = h - 1; i >= Math.max(0, h - UNIT_ABOVE); i--) {
      Matcher m = UNIT.matcher(content(v, lines.get(i)));
      if (m.find()) {
        return MoneyUnit.of(m.group(1) != null ? m.group(1) : m.group(2));
      }
    }
    return null;
  }

  private static String content(DocumentView v, Line line) {
    return v.layout().content(line).strip();
  }

  private static TableCell cell(DocumentView v, Line line) {
    return FormLines.cell(v, line.contentStart(), line.contentEnd());
  }
}
