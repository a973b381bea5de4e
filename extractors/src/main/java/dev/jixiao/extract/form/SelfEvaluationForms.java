package dev.jixiao.extract.form;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.TableCells;
import dev.jixiao.extract.form.SelfEvaluationForm.FundColumn;
import dev.jixiao.extract.form.SelfEvaluationForm.Indicator;
import dev.jixiao.extract.form.SelfEvaluationForm.Kind;
import dev.jixiao.read.Table;
import dev.jixiao.read.TableCell;
import dev.jixiao.read.TableRow;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.text.Quantity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Finds the 项目支出绩效自评表 (and the department's 整体支出绩效自评表) among a document's tables and
 * reads which cell is which.
 *
 * <p>A row of such a form has fewer cells than the header above it wherever a block of cells is
 * merged, and which ones depends on the format: a web page leaves out the cells a block covers,
 * Word keeps an empty one where a block continues down, a sheet keeps every column. So cells are
 * matched to their header by a fixed point of the row: a funds row by its label (its figures follow
 * it in the header's order), an indicator row by its end (the merged 一级指标 and 二级指标 blocks are
 * on its left). A row may leave out its empty last cell (偏差原因); then it ends in its 得分.
 */
public final class SelfEvaluationForms {
  private static final Pattern WHITE = Pattern.compile("\\s+");
  private static final Pattern UNIT_NAME = Pattern.compile(FormWords.UNIT_NAME);
  /** The indicators' header: 年度指标值 (or 目标值) and 实际完成值 (实际值, 完成值). */
  private static final Pattern TARGET_WORDS = Pattern.compile("指标值|目标值");
  private static final Pattern ACTUAL_WORDS = Pattern.compile("实际|完成值");
  private static final Pattern TOTAL_ROW = Pattern.compile(FormWords.TOTAL_SCORE);
  private static final Pattern FUNDS_TOTAL = Pattern.compile(FormWords.FUNDS_TOTAL + "|^合计$|^总计$|^总额$");
  private static final Pattern UNIT = Pattern.compile("[(（][^)）]{0,6}?(亿元|万元|千元|元)[)）]|单位[:：]?(亿元|万元|千元|元)");
  private static final Pattern DASH = Pattern.compile("[-—–/－]+|无");
  /** How many rows under 年度资金总额 may break it down. */
  private static final int MAX_PARTS = 5;
  /** How many rows below the funds header its 年度资金总额 row may be. */
  private static final int FUNDS_ROW_WITHIN = 3;
  /** How far above a table its unit line (单位：万元) may be, in characters. */
  private static final int ABOVE = 200;

  private SelfEvaluationForms() {}

  /**
   * The forms in the document's tables, then those written as lines outside them (a scan's OCR,
   * {@link FormLines}) and those written a cell a line ({@link FormCellLines}).
   */
  public static List<SelfEvaluationForm> find(DocumentView v) {
    List<SelfEvaluationForm> out = new ArrayList<>();
    for (Table t : v.document().tables()) {
      int from = 0;
      for (Found f; (f = read(v, t.rows(), from)) != null; from = f.end()) {
        out.add(f.form());
      }
    }
    out.addAll(FormLines.find(v, v.document().tables()));
    out.addAll(FormCellLines.find(v, v.document().tables()));
    return out;
  }

  /** A form and the index of the row after it. */
  private record Found(SelfEvaluationForm form, int end) {}

  /**
   * The funds: the header's row and cells by column, the 年度资金总额 row's index, label and cells,
   * and the rows under it that break it down.
   */
  private record Funds(int header, Map<FundColumn, TableCell> headers, int row, TableCell label, Map<FundColumn, TableCell> cells,
      List<SelfEvaluationForm.FundsRow> parts) {}

  /**
   * The first form in {@code rows} from {@code from} on, with the rows above it (a sheet's title
   * rows); null when there is none. A sheet may stack several forms: each ends at its 总分, or
   * where the next one names its project.
   */
  private static Found read(DocumentView v, List<TableRow> rows, int from) {
    int start = from;
    for (int nameRow = from; nameRow < rows.size(); nameRow++) {
      Named name = name(v, rows.get(nameRow));
      if (name == null) {
        continue;
      }
      int next = nameRow + 1;
      while (next < rows.size() && name(v, rows.get(next)) == null) {
        next++;
      }
      List<TableRow> own = rows.subList(nameRow, next);
      Funds funds = funds(v, own);
      if (funds == null) {
        start = next; // a project's name over something else: not a form, and not part of the next one
        nameRow = next - 1;
        continue;
      }
      Indicators indicators = indicators(v, own, funds.row() + 1);
      int total = indicators.total();
      // a row of its own after the 总分 that states the grade (自评等级 | 优) is the form's too
      int formRows = total + 1 < own.size() && FormGrade.in(v, own.get(total + 1)) ? total + 2 : total + 1;
      int end = nameRow + Math.min(formRows, own.size());
      MoneyUnit unit = unit(v, own.get(funds.header()), rows.get(start));
      TableCell totalScore = total < own.size() ? totalScore(v, own.get(total), indicators) : null;
      SelfEvaluationForm form = new SelfEvaluationForm(name.kind(), rows.subList(start, end), name.cell(),
          new SelfEvaluationForm.FundsRow(funds.label(), funds.cells()), funds.headers(), funds.parts(),
          FundSplits.under(v, own, funds.row()), unit, indicators.rows(), totalScore);
      return new Found(form, end);
    }
    return null;
  }

  /**
   * The 年度资金总额 row under the funds header (年初预算数 … 执行率 … 得分), its figures matched to the
   * header's columns from the label on: they follow it in the header's order. The header is below
   * the name's row: a list of units or projects whose header row has 单位名称 or 项目名称 beside 执行数
   * and 执行率 is no form.
   */
  private static Funds funds(DocumentView v, List<TableRow> rows) {
    for (int h = 1; h < rows.size(); h++) {
      if (!has(v, rows.get(h), "执行数") || !has(v, rows.get(h), "执行率")) {
        continue;
      }
      Map<Integer, FundColumn> columns = fundColumns(v, rows.get(h));
      int firstColumn = columns.keySet().stream().min(Integer::compare).orElse(-1);
      for (int r = h + 1; r < rows.size() && r <= h + FUNDS_ROW_WITHIN; r++) {
        List<TableCell> cells = rows.get(r).cells();
        for (int c = 0; c < cells.size(); c++) {
          if (!FUNDS_TOTAL.matcher(norm(v, cells.get(c))).find()) {
            continue;
          }
          Map<FundColumn, TableCell> funds = cellsUnder(rows.get(r), c, columns, firstColumn);
          boolean figures = number(v, funds.get(FundColumn.SPENT)) != null || number(v, funds.get(FundColumn.BUDGET)) != null;
          if (!figures) {
            return null;
          }
          Map<FundColumn, TableCell> headers = new EnumMap<>(FundColumn.class);
          for (Map.Entry<Integer, FundColumn> e : columns.entrySet()) {
            headers.put(e.getValue(), rows.get(h).cell(e.getKey()));
          }
          return new Funds(h, headers, r, cells.get(c), funds, parts(v, rows, r, c, columns, firstColumn));
        }
      }
      return null;
    }
    return null;
  }

  /** A funds row's cells from its label at {@code label} on, by the header's columns. */
  private static Map<FundColumn, TableCell> cellsUnder(TableRow row, int label, Map<Integer, FundColumn> columns, int firstColumn) {
    Map<FundColumn, TableCell> out = new EnumMap<>(FundColumn.class);
    for (Map.Entry<Integer, FundColumn> e : columns.entrySet()) {
      TableCell cell = TableCells.at(row, label + 1 + e.getKey() - firstColumn);
      if (cell != null) {
        out.put(e.getValue(), cell);
      }
    }
    return out;
  }

  /**
   * The rows right under 年度资金总额 whose label stands where its label does and whose budget and
   * spending cells hold a figure, a dash or nothing: 其中：当年财政拨款, 上年结转资金, 其他资金.
   */
  private static List<SelfEvaluationForm.FundsRow> parts(DocumentView v, List<TableRow> rows, int total, int label,
      Map<Integer, FundColumn> columns, int firstColumn) {
    List<SelfEvaluationForm.FundsRow> out = new ArrayList<>();
    for (int r = total + 1; r < rows.size() && r <= total + MAX_PARTS; r++) {
      TableCell name = TableCells.at(rows.get(r), label);
      Map<FundColumn, TableCell> cells = cellsUnder(rows.get(r), label, columns, firstColumn);
      boolean figures = cells.containsKey(FundColumn.BUDGET) && cells.containsKey(FundColumn.SPENT)
          && figureOrNone(v, cells.get(FundColumn.BUDGET)) && figureOrNone(v, cells.get(FundColumn.SPENT));
      if (name == null || name.isBlank() || number(v, name) != null || !figures) {
        break;
      }
      out.add(new SelfEvaluationForm.FundsRow(name, cells));
    }
    return out;
  }

  private static boolean figureOrNone(DocumentView v, TableCell c) {
    return numberOrBlank(v, c) || DASH.matcher(norm(v, c)).matches();
  }

  /**
   * The indicator rows; the index of the 总分 row ({@code rows.size()} when the form has none); the
   * indicators' header's columns ({@link #indicatorColumns}, null when there is no header) and how
   * many cells it has.
   */
  private record Indicators(List<Indicator> rows, int total, int[] header, int headerSize) {}

  /** The indicator rows of a table that is no form, under their header: a report's table of indicators. */
  static List<Indicator> indicatorRows(DocumentView v, List<TableRow> rows) {
    return indicators(v, rows, 0).rows();
  }

  /** The score of such a table's 合计 (or 总分) row under its indicators, read as a form's; null when it has none. */
  static TableCell totalScoreOf(DocumentView v, List<TableRow> rows) {
    Indicators indicators = indicators(v, rows, 0);
    return indicators.total() < rows.size() ? totalScore(v, rows.get(indicators.total()), indicators) : null;
  }

  /** Whether a row heads indicators: it names both their targets (年度指标值) and what was achieved (实际完成值). */
  static boolean headsIndicators(DocumentView v, TableRow row) {
    return has(v, row, TARGET_WORDS) && has(v, row, ACTUAL_WORDS);
  }

  /** Reads the indicator rows under their header, from {@code from} on, to the 总分 row (or 合计 under the indicators). */
  private static Indicators indicators(DocumentView v, List<TableRow> rows, int from) {
    List<Indicator> out = new ArrayList<>();
    int[] header = null;
    int headerSize = 0;
    for (int r = from; r < rows.size(); r++) {
      TableRow row = rows.get(r);
      String first = firstText(v, row);
      if (TOTAL_ROW.matcher(first).matches() || first.equals("合计") && header != null) {
        return new Indicators(out, r, header, headerSize);
      }
      if (header == null) {
        if (headsIndicators(v, row)) {
          header = indicatorColumns(v, row);
          headerSize = row.cells().size();
        }
        continue;
      }
      Indicator i = indicator(v, row, header, headerSize);
      if (i != null) {
        out.add(i);
      }
    }
    return new Indicators(out, rows.size(), header, headerSize);
  }

  /**
   * The 总分 row's score. Under an indicators' header with 分值 and 得分 the row is read from its end
   * as an indicator row is, so that a 合计 row that adds up the weights (100) and leaves its 得分
   * empty gives none; otherwise, or when that cell is no number, the row's last number.
   */
  private static TableCell totalScore(DocumentView v, TableRow row, Indicators indicators) {
    int[] header = indicators.header();
    List<TableCell> cells = row.cells();
    if (header != null && header[3] >= 0 && header[4] >= 0 && cells.size() > 1) {
      int shift = shift(v, cells, header, indicators.headerSize());
      TableCell score = cell(row, header[4], shift);
      TableCell weight = cell(row, header[3], shift);
      if (score != null && score.start() > cells.get(0).end() && numberOrBlank(v, score) && numberOrBlank(v, weight)) {
        return number(v, score) == null ? null : score;
      }
    }
    return lastNumber(v, row);
  }

  /** The name a form's first row gives: the cell after its label, and whose form it is. */
  private record Named(TableCell cell, Kind kind) {}

  /** The cell after 项目名称 (or 部门（单位）名称) in a row, or null when the row names no project or unit. */
  private static Named name(DocumentView v, TableRow row) {
    List<TableCell> cells = row.cells();
    for (int c = 0; c < cells.size(); c++) {
      String label = norm(v, cells.get(c));
      Kind kind = label.equals(FormWords.PROJECT_NAME) ? Kind.PROJECT : UNIT_NAME.matcher(label).matches() ? Kind.DEPARTMENT : null;
      if (kind != null) {
        for (int n = c + 1; n < cells.size(); n++) {
          if (!cells.get(n).isBlank()) {
            return new Named(cells.get(n), kind);
          }
        }
      }
    }
    return null;
  }

  /** The funds header's columns by position ({@link FundColumn#inHeader}: of two budget headers the later). */
  private static Map<Integer, FundColumn> fundColumns(DocumentView v, TableRow header) {
    List<Integer> positions = IntStream.range(0, header.cells().size()).boxed().toList();
    Map<Integer, FundColumn> out = new TreeMap<>();
    FundColumn.inHeader(positions, c -> norm(v, header.cells().get(c))).forEach((column, c) -> out.put(c, column));
    return out;
  }

  /**
   * Header positions of name, target, actual, weight, score, the target's bound (指标性质), its
   * unit (度量单位) and the points lost (扣分); -1 where the header has none.
   */
  private static int[] indicatorColumns(DocumentView v, TableRow header) {
    int[] at = {-1, -1, -1, -1, -1, -1, -1, -1};
    List<TableCell> cells = header.cells();
    for (int c = 0; c < cells.size(); c++) {
      String h = norm(v, cells.get(c));
      if (h.contains("三级指标") || h.equals("指标名称")) {
        at[0] = c;
      } else if (ACTUAL_WORDS.matcher(h).find()) {
        at[2] = c;
      } else if (TARGET_WORDS.matcher(h).find()) {
        at[1] = c;
      } else if (h.contains("分值") || h.contains("权重")) {
        at[3] = c;
      } else if (h.contains("扣分") || h.contains("失分")) {
        at[7] = c;
      } else if (h.contains("得分")) {
        at[4] = c;
      } else if (h.contains("指标性质")) {
        at[5] = c;
      } else if (h.contains("度量单位") || h.contains("计量单位") || h.equals("单位")) {
        at[6] = c;
      }
    }
    if (at[0] < 0 && at[1] > 0) {
      at[0] = at[1] - 1;
    }
    return at;
  }

  /**
   * An indicator row, read from its end: its last cell is under the header's last column (偏差原因),
   * unless it is a number, which makes it the 得分 of a row that left out its empty last cell.
   */
  private static Indicator indicator(DocumentView v, TableRow row, int[] header, int headerSize) {
    List<TableCell> cells = row.cells();
    if (cells.isEmpty()) {
      return null;
    }
    int shift = shift(v, cells, header, headerSize);
    TableCell name = named(row, cell(row, header[0], shift));
    TableCell weight = cell(row, header[3], shift);
    TableCell score = cell(row, header[4], shift);
    if (name == null || name.isBlank() || number(v, name) != null || !numberOrBlank(v, weight) || !numberOrBlank(v, score)) {
      return null;
    }
    return new Indicator(name, cell(row, header[1], shift), cell(row, header[2], shift), weight, score, cell(row, header[5], shift),
        cell(row, header[6], shift));
  }

  /**
   * The indicator's name: its column's cell, or when that is blank the nearest cell left of it that is
   * not, as a row of one level (预算执行率 | | | 100% | 95.50%) leaves the levels below it empty.
   */
  private static TableCell named(TableRow row, TableCell name) {
    if (name == null || !name.isBlank()) {
      return name;
    }
    List<TableCell> cells = row.cells();
    for (int c = cells.indexOf(name) - 1; c >= 0; c--) {
      if (!cells.get(c).isBlank()) {
        return cells.get(c);
      }
    }
    return name;
  }

  /**
   * How many columns left of the header's a row's cells stand: none for a row with a cell under every column (a Word table's merged
   * cells left empty); else the row is read from its end, which is its score (得分) when it ends in a number, or the points lost
   * after it (扣分) where the header has that column and the row's last three numbers are 分值, 得分 and their difference; else the
   * header's last column.
   */
  private static int shift(DocumentView v, List<TableCell> cells, int[] header, int headerSize) {
    int last = cells.size() - 1;
    if (cells.size() == headerSize) {
      return 0;
    }
    if (header[4] < 0 || number(v, cells.get(last)) == null) {
      return headerSize - 1 - last;
    }
    boolean lost = header[7] > header[4] && last >= 2 && header[3] == header[4] - 1 && header[7] == header[4] + 1
        && differenceOf(v, cells.get(last - 2), cells.get(last - 1), cells.get(last));
    return (lost ? header[7] : header[4]) - last;
  }

  /** Whether three cells hold numbers, the last the first less the second (分值 10, 得分 7.0, 扣分 3.0). */
  private static boolean differenceOf(DocumentView v, TableCell weight, TableCell score, TableCell lost) {
    Quantity w = number(v, weight);
    Quantity s = number(v, score);
    Quantity d = number(v, lost);
    return w != null && s != null && d != null && w.value().subtract(s.value()).compareTo(d.value()) == 0;
  }

  private static TableCell cell(TableRow row, int headerColumn, int shift) {
    return headerColumn < 0 ? null : TableCells.at(row, headerColumn - shift);
  }

  private static boolean numberOrBlank(DocumentView v, TableCell c) {
    return c == null || c.isBlank() || number(v, c) != null;
  }

  private static Quantity number(DocumentView v, TableCell c) {
    return TableCells.number(v, c, null, Quantity.Kind.SCORE);
  }

  private static TableCell lastNumber(DocumentView v, TableRow row) {
    TableCell last = null;
    for (TableCell c : row.cells().subList(1, row.cells().size())) {
      if (number(v, c) != null) {
        last = c;
      }
    }
    return last;
  }

  /** The funds' unit: in the header's labels (项目资金（万元）, 全年预算数（万元）), else in the lines just above the form. */
  private static MoneyUnit unit(DocumentView v, TableRow header, TableRow first) {
    for (TableCell c : header.cells()) {
      MoneyUnit u = unit(norm(v, c));
      if (u != null) {
        return u;
      }
    }
    int start = first.cells().get(0).start();
    return unit(WHITE.matcher(v.text().substring(Math.max(0, start - ABOVE), start)).replaceAll(""));
  }

  private static MoneyUnit unit(String text) {
    Matcher m = UNIT.matcher(text);
    MoneyUnit last = null;
    while (m.find()) {
      last = MoneyUnit.of(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return last;
  }

  private static boolean has(DocumentView v, TableRow row, String word) {
    return row.cells().stream().anyMatch(c -> norm(v, c).contains(word));
  }

  private static boolean has(DocumentView v, TableRow row, Pattern words) {
    return row.cells().stream().anyMatch(c -> words.matcher(norm(v, c)).find());
  }

  private static String firstText(DocumentView v, TableRow row) {
    return row.cells().stream().filter(c -> !c.isBlank()).findFirst().map(c -> norm(v, c)).orElse("");
  }

  private static String norm(DocumentView v, TableCell c) {
    return WHITE.matcher(v.normalized(c.start(), c.end())).replaceAll("");
  }
}
