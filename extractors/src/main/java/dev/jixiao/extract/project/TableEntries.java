package dev.jixiao.extract.project;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.GradeWords;
import dev.jixiao.extract.TableCells;
import dev.jixiao.read.Table;
import dev.jixiao.read.TableCell;
import dev.jixiao.read.TableRow;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.text.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows of a project table (项目支出绩效自评表 in Word, a spreadsheet or a PDF) as project entries:
 * columns are found by their header ({@link TableColumns}), figures are read from the cells with
 * the unit the header names, and evidence points at the cell text. Total rows (合计) are not
 * projects: {@link #totalRow} reads what they say the projects add up to.
 */
public final class TableEntries implements ProjectEntryExtractor {
  private static final Pattern TABLE_UNIT = Pattern.compile("单位[ ]*:[ ]*(亿元|万元|千元|元)");
  private static final Pattern TOTAL_ROW = Pattern.compile("^(合计|总计|小计|总额)$");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  /** A part's number: 一、, （二）. */
  private static final Pattern PART_NUMBER = Pattern.compile("(?:[一二三四五六七八九十]{1,3}、|\\([一二三四五六七八九十]{1,3}\\))");
  /** An item's number within a part: 1., 2、, (3). */
  private static final Pattern ITEM_NUMBER = Pattern.compile("(?:\\d{1,2}[.、]|\\(\\d{1,2}\\))(?!\\d)");
  private static final Pattern GRADE = Pattern.compile(GradeWords.ALTERNATIVES);
  /** A name cell of a total row: blank, a dash (—, -, /) or the count of the projects (11个项目, 共18项, 六个项目). */
  private static final Pattern NO_NAME =
      Pattern.compile("^(?:[—\\-－/／]*|共?[ ]*(?:\\d{1,4}|[一二两三四五六七八九十百]{1,4})[ ]*(?:个|项)(?:项目)?)$");

  @Override
  public List<ProjectEntry> find(DocumentView v, Taken taken) {
    List<ProjectEntry> out = new ArrayList<>();
    for (Table table : v.document().tables()) {
      TableColumns cols = columns(v, table);
      if (cols == null) {
        continue;
      }
      List<TableRow> rows = table.dataRows();
      for (int i = 0; i < rows.size(); i++) {
        if (i + 1 < rows.size() && headsAGroup(v, rows.get(i), rows.get(i + 1), cols)) {
          continue;
        }
        ProjectEntry e = entry(v, rows.get(i), cols);
        if (e != null && !taken.overlaps(e.start(), e.end())) {
          out.add(e);
        }
      }
    }
    return out;
  }

  /**
   * The columns the first header row that names them gives: a sheet often has its title in a
   * merged first row (古饶镇2024年度项目支出绩效自评表) above the row that names the columns. Header
   * rows under that one name its columns more closely (预算执行情况 over 全年预算, 执行数, 执行率):
   * each column's header is then its texts in those rows, top to bottom.
   */
  private static TableColumns columns(DocumentView v, Table table) {
    TableColumns found = headerColumns(v, table);
    if (found == null) {
      return null;
    }
    // the “三公” table (因公出国（境）费 · 公务接待费 · 公务用车…, 预算数 · 决算数) has the same columns, but its rows are
    // kinds of spending, not projects
    for (TableRow row : table.dataRows()) {
      TableCell name = TableCells.at(row, found.name());
      if (name != null && ProjectNames.namesExpenseCategory(TableCells.text(v, name))) {
        return null;
      }
    }
    return found;
  }

  private static TableColumns headerColumns(DocumentView v, Table table) {
    List<TableRow> rows = table.rows();
    int leading = 0;
    while (leading < rows.size() && rows.get(leading).header()) {
      leading++;
    }
    if (leading == 0 && !rows.isEmpty() && texts(v, rows.get(0)).stream().noneMatch(t -> DIGIT.matcher(t).find())) {
      leading = 1; // a pipe table typed without its delimiter row (| 项目名称 | 预算数 | 实际支出 |): its first row names the columns
    }
    for (int k = 0; k < leading; k++) {
      TableRow header = rows.get(k);
      MoneyUnit unit = unitAbove(v, header.cells().get(0).start());
      List<String> texts = texts(v, header);
      TableColumns alone = TableColumns.of(texts, unit);
      if (alone == null) {
        continue;
      }
      for (int below = k + 1; below < leading; below++) {
        List<String> more = texts(v, rows.get(below));
        for (int i = 0; i < more.size(); i++) {
          if (i < texts.size()) {
            texts.set(i, texts.get(i) + more.get(i));
          } else {
            texts.add(more.get(i)); // a row ends at its last filled cell: the columns a merged cell spans
          }
        }
      }
      TableColumns combined = TableColumns.of(texts, unit);
      return combined != null ? combined : alone;
    }
    return null;
  }

  private static List<String> texts(DocumentView v, TableRow row) {
    return new ArrayList<>(row.cells().stream().map(c -> v.normalized(c.start(), c.end())).toList());
  }

  /**
   * The amounts of the first project table's total row (| | 合计 | 1142.30 | 1099.36 |): what the table
   * says its projects add up to, the budget and the spending, either null when its cell is blank.
   * Empty when no project table has such a row.
   */
  public static Optional<RowTotals> totalRow(DocumentView v) {
    for (Table table : v.document().tables()) {
      TableColumns cols = columns(v, table);
      if (cols == null) {
        continue;
      }
      // the whole's row (合计), not a group's (小计) where the table sums its groups too; a 小计 alone may be the whole's
      List<RowTotals> subtotals = new ArrayList<>();
      for (TableRow row : table.dataRows()) {
        String word = totalWord(v, row, cols);
        if (word != null) {
          Quantity budget = TableCells.number(v, TableCells.at(row, cols.budget()), cols.budgetUnit(), Quantity.Kind.MONEY);
          Quantity spent = TableCells.number(v, TableCells.at(row, cols.expenditure()), cols.expenditureUnit(), Quantity.Kind.MONEY);
          if (budget == null && spent == null) {
            continue;
          }
          if (!word.equals("小计")) {
            return Optional.of(new RowTotals(budget, spent));
          }
          subtotals.add(new RowTotals(budget, spent));
        }
      }
      return subtotals.size() == 1 ? Optional.of(subtotals.get(0)) : Optional.empty();
    }
    return Optional.empty();
  }

  /** Whether the table's rows are read as projects, by its header's columns. */
  public static boolean readsAsProjects(DocumentView v, Table table) {
    return columns(v, table) != null;
  }

  /** The money unit a line within the text before the table declares (单位：万元), or null. */
  public static MoneyUnit declaredAbove(DocumentView v, Table table) {
    int[] span = TableCells.span(table);
    return span == null ? null : unitAbove(v, span[0]);
  }

  /** A total row's budget and spending, as read from its cells. */
  public record RowTotals(Quantity budget, Quantity spent) {}

  private static ProjectEntry entry(DocumentView v, TableRow row, TableColumns cols) {
    TableCell name = TableCells.at(row, cols.name());
    if (name == null || name.isBlank() || totalWord(v, row, cols) != null) {
      return null;
    }
    Quantity budget = TableCells.number(v, TableCells.at(row, cols.budget()), cols.budgetUnit(), Quantity.Kind.MONEY);
    Quantity spent = TableCells.number(v, TableCells.at(row, cols.expenditure()), cols.expenditureUnit(), Quantity.Kind.MONEY);
    Quantity rate = TableCells.number(v, TableCells.at(row, cols.rate()), null, Quantity.Kind.PERCENT);
    Integer seq = null;
    TableCell seqCell = TableCells.at(row, cols.seq());
    if (seqCell != null && v.normalized(seqCell.start(), seqCell.end()).strip().matches("\\d{1,4}")) {
      seq = Integer.parseInt(v.normalized(seqCell.start(), seqCell.end()).strip());
    }
    int start = row.cells().get(0).start();
    int end = row.cells().get(row.cells().size() - 1).end();
    int[] n = TableCells.trimmed(v, name);
    Quantity score = TableCells.number(v, TableCells.at(row, cols.score()), null, Quantity.Kind.SCORE);
    if (budget == null && spent == null && rate == null && score == null && seq == null) {
      return null; // a heading of the rows below it (| （一） | 社区治理类 | | |): a kind of project, no project
    }
    return ProjectEntry.of(start, Math.max(end, start), seq, n[0], n[1], budget, spent, rate, 1, null, "table-row")
        .withScore(score, List.of())
        .withGrade(grade(v, TableCells.at(row, cols.grade())));
  }

  /**
   * The word of a row that states a total (合计, 小计…), or null: in its name's cell, or in its number's or first cell with the
   * name's left blank, a dash or the projects' count (| 合计 | — | 5,137.51 |, | 合计 | 11个项目 | 1,400.32 |).
   */
  private static String totalWord(DocumentView v, TableRow row, TableColumns cols) {
    TableCell name = TableCells.at(row, cols.name());
    String word = said(v, name, TOTAL_ROW);
    if (word != null || name != null && said(v, name, NO_NAME) == null) {
      return word;
    }
    word = said(v, TableCells.at(row, cols.seq()), TOTAL_ROW);
    return word != null ? word : said(v, row.cells().get(0), TOTAL_ROW);
  }

  /**
   * Whether a row numbered as a part (一、基本支出) stands over rows numbered within it (1.人员经费): the group's heading, its amounts
   * the sum of theirs, no project of its own.
   */
  private static boolean headsAGroup(DocumentView v, TableRow row, TableRow next, TableColumns cols) {
    TableCell name = TableCells.at(row, cols.name());
    TableCell below = TableCells.at(next, cols.name());
    return name != null && below != null && PART_NUMBER.matcher(TableCells.text(v, name)).lookingAt()
        && ITEM_NUMBER.matcher(TableCells.text(v, below)).lookingAt();
  }

  /** The cell's text where it is all the words say (stripped, and closed up where its characters are spaced: 合 计), else null. */
  private static String said(DocumentView v, TableCell cell, Pattern words) {
    if (cell == null) {
      return null;
    }
    String text = v.normalized(cell.start(), cell.end()).strip();
    if (words.matcher(text).matches()) {
      return text;
    }
    String closed = text.replace(" ", "");
    return closed.length() < text.length() && words.matcher(closed).matches() ? closed : null;
  }

  /** A grade cell's grade (优, 良好…), or null for anything else a cell may hold there. */
  private static String grade(DocumentView v, TableCell cell) {
    if (cell == null || cell.isBlank()) {
      return null;
    }
    String written = v.normalized(cell.start(), cell.end()).strip().replaceAll("[\"“”]", "");
    return GRADE.matcher(written).matches() ? written : null;
  }

  private static MoneyUnit unitAbove(DocumentView v, int tableStart) {
    Matcher m = TABLE_UNIT.matcher(v.text()).region(Math.max(0, tableStart - 200), tableStart);
    MoneyUnit unit = null;
    while (m.find()) {
      unit = MoneyUnit.of(m.group(1));
    }
    return unit;
  }
}
