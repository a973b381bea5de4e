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
 * 2030.12 / …). The funds header is a run of lines that are each one header word (and perhaps a
 * remarks column's, 原因, as Sichuan's form has); the line after it is the 年度资金总额 label, and the
 * lines after that its figures, one a column. An empty cell leaves no line, so the figures after it
 * would shift into the wrong columns: they are read when they are as many as the columns, or, when
 * fewer, up to the 执行率 if that is where its % falls (no cell before it is then missing; which one
 * after it is, is not known). The name is the line after 项目名称 (or 部门（单位）名称) above; the 总分
 * is read only as the weights' 100 and one figure more.
 */
final class FormCellLines {
  /** A cell that is one funds header: the word (全年执行数, 预算执行率, 自评得分…) and what a header adds to it ((万元), （A）, (B/A)). */
  private static final Pattern HEADER_CELL =
      Pattern.compile("^(?:全年|预算|自评)?(?:" + FormWords.FUNDS_HEADER + ")\\s*(?:\\([^)]{0,8}\\))?$");
  /** What a funds header may open with on a line of its own, its word on the next (年初 / 预算数, 全年 / 执行数). */
  private static final Pattern QUALIFIER = Pattern.compile("^(?:年初|全年|调整后|预算|自评)$");
  /** A remarks column's header beside the funds' (Sichuan's 原因): no figure of the funds is under it. */
  private static final Pattern REMARKS_CELL = Pattern.compile("^(?:未完成|偏差)?(?:原因|备注|说明)(?:分析|说明)?$");
  private static final Pattern FUNDS_LABEL = Pattern.compile("^(?:年度资金总额|资金总额|总额)\\s*:?$");
  private static final Pattern FIGURE = Pattern.compile("^\\d+(?:,\\d{3})*(?:\\.\\d+)?%?$");
  private static final Pattern NAME_LABEL = Pattern.compile("^(" + FormWords.PROJECT_NAME + "|" + FormWords.UNIT_NAME + ")\\s*:?\\s*(.*)$");
  private static final Pattern TOTAL = Pattern.compile("^" + FormWords.TOTAL_SCORE + "$");
  private static final Pattern UNIT = Pattern.compile("(亿元|万元|千元)|\\((元)\\)");
  private static final int MIN_COLUMNS = 4;
  /**
   * How many non-blank lines above the header the name's label may be: Sichuan's form puts its
   * 主管部门, 实施单位 and the year's target (in six cells) between them.
   */
  private static final int NAME_ABOVE = 20;
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
      if (headerCellAt(v, lines, h) == 0 || FormLines.inTable(lines.get(h), tables)) {
        continue;
      }
      int run = h;
      for (int taken = headerCellAt(v, lines, run); taken > 0; taken = headerCellAt(v, lines, run)) {
        run += taken;
      }
      int label = run;
      while (label < lines.size() && label < run + 2 && REMARKS_CELL.matcher(content(v, lines.get(label))).matches()) {
        label++;
      }
      SelfEvaluationForm f = read(v, lines, h, run, label);
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

  /**
   * The form whose funds header is the non-blank lines [{@code h}, {@code run}) and whose funds
   * label is the line {@code label}, or null.
   */
  private static SelfEvaluationForm read(DocumentView v, List<Line> lines, int h, int run, int label) {
    List<TableCell> headerCells = new ArrayList<>();
    for (int i = h, taken; i < run; i += taken) {
      taken = headerCellAt(v, lines, i);
      headerCells.add(FormLines.cell(v, lines.get(i).contentStart(), lines.get(i + taken - 1).contentEnd()));
    }
    Map<FundColumn, TableCell> headers = FundColumn.inHeader(headerCells, c -> v.normalized(c.start(), c.end()).replaceAll("\\s+", ""));
    List<FundColumn> columns = new ArrayList<>(headers.keySet());
    if (columns.size() < MIN_COLUMNS || !headers.containsKey(FundColumn.SPENT) || !headers.containsKey(FundColumn.RATE)
        || label >= lines.size() || !FUNDS_LABEL.matcher(content(v, lines.get(label))).matches()) {
      return null;
    }
    List<Line> figures = new ArrayList<>();
    for (int i = label + 1; i < lines.size() && figures.size() < columns.size() && FIGURE.matcher(content(v, lines.get(i))).matches(); i++) {
      figures.add(lines.get(i));
    }
    int aligned = figures.size() == columns.size() ? figures.size() : alignedUpToTheRate(v, figures, columns);
    if (aligned == 0) {
      return null;
    }
    Map<FundColumn, TableCell> funds = new EnumMap<>(FundColumn.class);
    for (int c = 0; c < aligned; c++) {
      funds.put(columns.get(c), cell(v, figures.get(c)));
    }
    Named name = name(v, lines, h);
    if (name == null) {
      return null;
    }
    int fundsEnd = label + figures.size();
    int total = total(v, lines, fundsEnd);
    List<TableRow> rows = new ArrayList<>();
    for (int i = name.label(); i <= (total >= 0 ? total + 2 : fundsEnd); i++) {
      rows.add(new TableRow(List.of(cell(v, lines.get(i))), false));
    }
    TableCell totalScore = total >= 0 ? cell(v, lines.get(total + 2)) : null;
    return new SelfEvaluationForm(name.kind(), rows, cell(v, lines.get(name.label() + 1)),
        new SelfEvaluationForm.FundsRow(cell(v, lines.get(label)), funds), headers, List.of(), List.of(), unit(v, lines, h), List.of(),
        totalScore);
  }

  /**
   * How many lines the funds header's cell at line {@code i} takes: one, two for a word set in two
   * lines after its qualifier (全年 / 执行数, as a cell wraps), none when there is no header cell there.
   */
  private static int headerCellAt(DocumentView v, List<Line> lines, int i) {
    if (i >= lines.size()) {
      return 0;
    }
    String words = content(v, lines.get(i));
    if (HEADER_CELL.matcher(words).matches()) {
      return 1;
    }
    boolean split = QUALIFIER.matcher(words).matches() && i + 1 < lines.size()
        && HEADER_CELL.matcher(words + content(v, lines.get(i + 1))).matches();
    return split ? 2 : 0;
  }

  /**
   * How many of the figures, fewer than the columns, are surely under their columns: those up to
   * and including the 执行率 when the one figure with a % is in the rate's column; else none.
   */
  private static int alignedUpToTheRate(DocumentView v, List<Line> figures, List<FundColumn> columns) {
    int rate = columns.indexOf(FundColumn.RATE);
    int percent = -1;
    for (int i = 0; i < figures.size(); i++) {
      if (content(v, figures.get(i)).endsWith("%")) {
        if (percent >= 0) {
          return 0;
        }
        percent = i;
      }
    }
    return percent == rate ? rate + 1 : 0;
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
