package dev.jixiao.extract.form;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.form.SelfEvaluationForm.Labelled;
import dev.jixiao.extract.form.SelfEvaluationForm.Split;
import dev.jixiao.read.TableCell;
import dev.jixiao.read.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The breakdowns a department's form writes under its 年度资金总额 row as cells of a label and a
 * figure, one breakdown a column (Hunan's template): the row right under it opens each with
 * 按收入性质分：2030.12, and each later cell in the same column is one of its parts, 其中：一般公共预算：
 * 1325.68, 政府性基金拨款：118.82. The block ends at the first row with a cell of another kind.
 * Columns are told apart by a cell's position in its row, which a merged label column to the left
 * shifts alike in every row of the block.
 */
final class FundSplits {
  /** A label, its colon and a figure or nothing, in normalised text (其中 dropped: it says "of which"). */
  private static final Pattern LABELLED =
      Pattern.compile("^\\s*(?:其中\\s*:\\s*)?(\\D{2,20}?)\\s*:\\s*(\\d+(?:,\\d{3})*(?:\\.\\d+)?)?\\s*$");
  /** 按收入性质分, 按支出性质分, 按资金来源分: a label that opens a breakdown. */
  private static final Pattern OPENS = Pattern.compile("^按\\S{1,8}分$");
  /** How many rows of parts a breakdown may have (Hunan's: four sources of income). */
  private static final int MAX_ROWS = 8;

  private FundSplits() {}

  /** The breakdowns under the funds row {@code fundsRow} of {@code rows}; none when the row under it opens none. */
  static List<Split> under(DocumentView v, List<TableRow> rows, int fundsRow) {
    int first = fundsRow + 1;
    if (first >= rows.size()) {
      return List.of();
    }
    TreeMap<Integer, Labelled> totals = new TreeMap<>();
    List<TableCell> cells = rows.get(first).cells();
    for (int c = 0; c < cells.size(); c++) {
      Labelled l = labelled(v, cells.get(c));
      if (l != null && l.figure() != null && OPENS.matcher(v.normalized(l.label().start(), l.label().end())).matches()) {
        totals.put(c, l);
      }
    }
    if (totals.isEmpty()) {
      return List.of();
    }
    Map<Integer, List<Labelled>> parts = new TreeMap<>();
    totals.keySet().forEach(c -> parts.put(c, new ArrayList<>()));
    for (int r = first + 1; r < rows.size() && r <= first + MAX_ROWS && block(v, rows.get(r), totals); r++) {
      List<TableCell> row = rows.get(r).cells();
      for (int c = 0; c < row.size(); c++) {
        Labelled l = row.get(c).isBlank() ? null : labelled(v, row.get(c));
        if (l != null && l.figure() != null) {
          parts.get(totals.floorKey(c)).add(l);
        }
      }
    }
    List<Split> out = new ArrayList<>();
    totals.forEach((c, total) -> out.add(new Split(total, parts.get(c))));
    return out;
  }

  /** Whether a row belongs to the block: each of its cells is blank or a label with its colon, in a breakdown's column. */
  private static boolean block(DocumentView v, TableRow row, TreeMap<Integer, Labelled> totals) {
    List<TableCell> cells = row.cells();
    boolean any = false;
    for (int c = 0; c < cells.size(); c++) {
      if (cells.get(c).isBlank()) {
        continue;
      }
      if (labelled(v, cells.get(c)) == null || totals.floorKey(c) == null) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** The cell as a label and its figure, or null when it is not written so. */
  private static Labelled labelled(DocumentView v, TableCell cell) {
    Matcher m = LABELLED.matcher(v.normalized(cell.start(), cell.end()));
    if (!m.matches()) {
      return null;
    }
    TableCell figure = m.group(2) == null ? null : span(v, cell.start() + m.start(2), cell.start() + m.end(2));
    return new Labelled(span(v, cell.start() + m.start(1), cell.start() + m.end(1)), figure);
  }

  private static TableCell span(DocumentView v, int start, int end) {
    return new TableCell(v.document().text().substring(start, end), start, end);
  }
}
