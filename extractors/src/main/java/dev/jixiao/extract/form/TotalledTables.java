package dev.jixiao.extract.form;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.TableCells;
import dev.jixiao.extract.project.TableEntries;
import dev.jixiao.extract.statement.FigureStatement;
import dev.jixiao.read.Table;
import dev.jixiao.read.TableCell;
import dev.jixiao.read.TableRow;
import dev.jixiao.record.Figure;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.text.Line;
import dev.jixiao.text.Quantity;
import dev.jixiao.text.Spans;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table of money by rows with a 合计 row that totals its columns, neither projects nor a form (the “三公” table:
 * 项目 · 预算数 · 决算数 · 增减额 · 增减率 in 万元, as the line above it declares): its cells hold bare numbers, so
 * the sentence scanner reads none of them. Here each money cell is a figure under its row's and column's names
 * (公务接待费预算数), each rate cell too, and each money column's 合计 the whole of the rows above it
 * ({@link #linked}). A table whose rows nest (其中, 小计, 一、…) is left alone: its 合计 is not of every row.
 */
public final class TotalledTables {
  /** A row that nests under another: 其中, 小计 (or a kind's, 基本支出小计), 一、, （一）, 1. */
  private static final Pattern NESTED_ROW =
      Pattern.compile("^(?:其中|小计|[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\\d]+[)）]|\\d+[、.])|^\\p{IsHan}{1,12}小计$");
  private static final Pattern SUBTOTAL = Pattern.compile("小计|其中");
  private static final Pattern UNIT = Pattern.compile("[(（](亿元|万元|千元|元)[)）]");
  /** Column headers of money (预算数, 决算数, 增减额, 金额, 支出…) and of rates (增减率, 执行率, 占比). */
  private static final Pattern MONEY = Pattern.compile("数$|额$|金额|资金|支出|收入|经费|预算|决算");
  private static final Pattern RATE = Pattern.compile("率|%|占比|比例|比重");
  /** Column headers of an average per unit: 户均金额, 人均补助, 平均单价. */
  private static final Pattern AVERAGE = Pattern.compile("均");
  /** Column headers of a running total: 累计支出, 累计拨付. */
  private static final Pattern RUNNING = Pattern.compile("累计");

  private TotalledTables() {}

  /** A table read so: where its text lies, its figures, and each money column's total with the rows' amounts. */
  public record Found(int start, int end, List<Figure> figures, List<TableWholes.Whole> columns) {}

  /** The tables so read, of those no other reader takes ({@code taken}: the text other tables' readers hold). */
  public static List<Found> find(DocumentView v, List<SelfEvaluationForm> forms, Spans taken) {
    List<Found> out = new ArrayList<>();
    for (Table t : v.document().tables()) {
      List<TableRow> rows = t.rows();
      int[] span = TableCells.span(t);
      if (span == null || rows.size() < 3 || !rows.get(0).header()) {
        continue;
      }
      int start = span[0];
      int end = span[1];
      if (taken.overlapsAny(start, start + 1) || forms.stream().anyMatch(f -> f.contains(start) || f.contains(end - 1))
          || TableEntries.readsAsProjects(v, t)) {
        continue;
      }
      Found found = read(v, t, TableEntries.declaredAbove(v, t), start, end);
      if (found != null) {
        out.add(found);
      }
    }
    return out;
  }

  /** The figures with each money column's 合计 the whole of the rows' amounts above it. */
  public static List<Figure> linked(List<Found> tables, List<Figure> figures) {
    return TableWholes.linked(tables.stream().flatMap(t -> t.columns().stream()).toList(), figures);
  }

  private static Found read(DocumentView v, Table t, MoneyUnit declared, int start, int end) {
    List<TableRow> rows = t.rows();
    List<String> headers = rows.get(0).cells().stream().map(c -> TableCells.text(v, c).replaceAll("\\s", "")).toList();
    List<TableRow> data = t.dataRows();
    int totalRow = -1;
    // rows are set in against the first; a table set in as a whole nests nothing
    boolean firstIndented = !data.isEmpty() && indented(v, data.get(0));
    for (int r = 0; r < data.size(); r++) {
      String name = name(v, data.get(r));
      // (a row's name after its number, in the second cell where the first numbers the rows: | | 其中：等保三级测评 | …)
      String named = SEQUENCE.matcher(name).matches() ? secondCell(v, data.get(r)) : name;
      if (NESTED_ROW.matcher(named).lookingAt() || !firstIndented && indented(v, data.get(r)) || subtotalInALaterNameCell(v, data.get(r))) {
        return null;
      }
      if (TableWholes.TOTAL_ROW.matcher(name).matches()) {
        totalRow = r;
        break;
      }
    }
    if (totalRow < 2) {
      return null; // no 合计, or one row above it: nothing is added up
    }
    List<Figure> figures = new ArrayList<>();
    List<TableWholes.Whole> columns = new ArrayList<>();
    List<String> rowNames = rowNames(v, data);
    for (int col = 1; col < headers.size(); col++) {
      String header = headers.get(col);
      Matcher unitInHeader = UNIT.matcher(header);
      MoneyUnit unit = unitInHeader.find() ? MoneyUnit.of(unitInHeader.group(1)) : declared;
      boolean rate = RATE.matcher(header).find();
      boolean money = !rate && unit != null && MONEY.matcher(UNIT.matcher(header).replaceAll("")).find();
      if (!rate && !money) {
        continue;
      }
      List<Figure> parts = new ArrayList<>();
      Figure total = null;
      boolean whole = true;
      for (int r = 0; r <= totalRow; r++) {
        TableRow row = data.get(r);
        Quantity q = TableCells.number(v, TableCells.at(row, col), unit, rate ? Quantity.Kind.PERCENT : Quantity.Kind.MONEY);
        if (q == null) {
          whole &= rate;
          continue;
        }
        Figure f = FigureStatement.figure(v, q, rowNames.get(r) + header.replaceAll("[(（][^()（）]*[)）]", ""), null);
        figures.add(f);
        if (r == totalRow) {
          total = f;
        } else {
          parts.add(f);
        }
      }
      // a column of averages (户均金额) holds each row's rate, and one of running totals (累计支出) each row's sum so far: their 合计 row
      // adds up neither
      boolean averages = AVERAGE.matcher(header).find() || RUNNING.matcher(header).find();
      if (money && whole && total != null && !averages) {
        columns.add(new TableWholes.Whole(total, parts));
      }
    }
    return columns.isEmpty() ? null : new Found(start, end, figures, columns);
  }

  /**
   * Whether a name cell after the first says the row sums those of its group (| 勐朗镇 | 小计 | | 2,740,000 |, under rows of 勐朗镇's
   * villages): a 合计 below adds the groups, not every row.
   */
  private static boolean subtotalInALaterNameCell(DocumentView v, TableRow row) {
    for (int col = 1; col < row.cells().size(); col++) {
      String text = TableCells.text(v, TableCells.at(row, col)).replaceAll("\\s", "");
      if (SUBTOTAL.matcher(text).matches()) {
        return true;
      }
      if (!text.isEmpty() && !text.chars().anyMatch(Character::isIdeographic)) {
        return false; // the figures begin
      }
    }
    return false;
  }

  /** A first cell that only numbers its row, or is empty: 1, 2, 3. */
  private static final Pattern SEQUENCE = Pattern.compile("\\d{0,3}");

  /** The words of the row's second cell, blanks aside. */
  private static String secondCell(DocumentView v, TableRow row) {
    TableCell c = TableCells.at(row, 1);
    return c == null ? "" : TableCells.text(v, c).replaceAll("\\s", "");
  }

  /** Each row's name as written, with its second cell's words where other rows share its name. */
  private static List<String> rowNames(DocumentView v, List<TableRow> rows) {
    Map<String, Integer> named = new HashMap<>();
    rows.forEach(row -> named.merge(name(v, row), 1, Integer::sum));
    return rows.stream().map(row -> written(v, row) + (named.get(name(v, row)) > 1 ? secondName(v, row) : "")).toList();
  }

  /**
   * The words of the row's second cell, for a name several rows share (口蹄疫O型-A型二价灭活疫苗 | 猪 | …, then | 牛羊 | …): what tells
   * them apart, in parentheses after the name; none where that cell holds no words.
   */
  private static String secondName(DocumentView v, TableRow row) {
    TableCell c = TableCells.at(row, 1);
    String words = c == null ? "" : TableCells.text(v, c).replaceAll("\\s", "");
    return words.chars().anyMatch(Character::isIdeographic) ? "（" + words + "）" : "";
  }

  /** The row's name as the document writes it, for a label. */
  private static String written(DocumentView v, TableRow row) {
    TableCell c = TableCells.at(row, 0);
    if (c == null) {
      return "";
    }
    int[] span = TableCells.label(v, c);
    return v.name(span[0], span[1]).replaceAll("\\s", "");
  }

  /** A row whose name is set in (　　人员经费 under 基本支出): a part of the row above, which the 合计 does not add again. */
  private static boolean indented(DocumentView v, TableRow row) {
    TableCell c = TableCells.at(row, 0);
    if (c == null) {
      return false;
    }
    Line line = v.layout().lineAt(c.start());
    return c.start() > line.start() && v.text().substring(line.start(), c.start()).isBlank();
  }

  private static String name(DocumentView v, TableRow row) {
    TableCell c = TableCells.at(row, 0);
    return c == null ? "" : TableCells.text(v, c).replaceAll("\\s", "");
  }
}
