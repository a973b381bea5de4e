package dev.jixiao.read;

import java.util.ArrayList;
import java.util.List;

/**
 * The tables of a plain text whose rows are lines of cells set apart by runs of spaces, as a report typed or laid out for
 * print has them (指标  分值  得分 over 项目决策  20分  18.5分, or a PDF's text kept in its columns): a run of two or more
 * lines that each hold three or more cells, two or more of them with text, and one at least a number. A cell ends at two or
 * more spaces (a full-width space counting as two), so the single spaces OCR leaves between a number and its unit (45.6 万元)
 * stay inside it. The text is not changed, so every cell's offsets are the file's. Lines with a tab or a pipe are the other
 * readers' ({@link TabTables}, {@link PipeTables}).
 */
final class SpaceTables {
  /** Fewer rows than this are a line that happens to hold wide spaces. */
  private static final int MIN_ROWS = 2;
  /** Fewer cells than this are a label and its value, or an indented line. */
  private static final int MIN_CELLS = 3;

  private SpaceTables() {}

  static List<Table> of(String text) {
    if (!text.contains("  ") && text.indexOf('\u3000') < 0) {
      return List.of(); // most texts: nothing to read
    }
    return LineTables.of(text, SpaceTables::cells, MIN_ROWS,
            rows -> rows.stream().anyMatch(r -> r.cells().stream().anyMatch(c -> hasDigit(c.text()))))
        .stream().map(t -> alignedUnderTheHeader(text, t)).toList();
  }

  /**
   * The table with each short row's cells under the header's columns they start below: a row whose first cells are blank
   * (a total row with no 序号, "      合计      1,140.00   1,099.53") would otherwise read its cells from the first column on.
   * Columns are told by where a cell starts on its line, a Chinese character as wide as two spaces, as the typist saw them.
   */
  private static Table alignedUnderTheHeader(String text, Table t) {
    TableRow header = t.rows().stream().filter(TableRow::header).findFirst().orElse(null);
    if (header == null) {
      return t;
    }
    List<Integer> columns = header.cells().stream().map(c -> column(text, c.start())).toList();
    List<TableRow> rows = new ArrayList<>();
    for (TableRow r : t.rows()) {
      int skipped = r.header() || r.cells().size() >= columns.size() ? 0 : nearest(columns, column(text, r.cells().get(0).start()));
      if (skipped == 0 || r.cells().size() + skipped > columns.size()) {
        rows.add(r);
        continue;
      }
      List<TableCell> cells = new ArrayList<>();
      int lineStart = text.lastIndexOf('\n', r.cells().get(0).start() - 1) + 1;
      for (int k = 0; k < skipped; k++) {
        cells.add(new TableCell("", lineStart, lineStart));
      }
      cells.addAll(r.cells());
      rows.add(new TableRow(cells, false));
    }
    return new Table(t.name(), rows);
  }

  /** The index of the column starting nearest to {@code at}, the first of two as near. */
  private static int nearest(List<Integer> columns, int at) {
    int best = 0;
    for (int k = 1; k < columns.size(); k++) {
      if (Math.abs(columns.get(k) - at) < Math.abs(columns.get(best) - at)) {
        best = k;
      }
    }
    return best;
  }

  /** Where a position stands on its line as typed: a Chinese character or a full-width form takes two places. */
  private static int column(String text, int pos) {
    int col = 0;
    for (int i = text.lastIndexOf('\n', pos - 1) + 1; i < pos; i++) {
      col += text.charAt(i) >= '\u2e80' ? 2 : 1;
    }
    return col;
  }

  /** The cells of a line split at wide spaces into three or more, trimmed; null for any other line. */
  private static List<TableCell> cells(String text, int start, int end) {
    List<TableCell> out = new ArrayList<>();
    int from = start;
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (c == '\t' || c == '|') {
        return null;
      }
      int gap = i;
      while (gap < end && (text.charAt(gap) == ' ' || text.charAt(gap) == '\u3000')) {
        gap++;
      }
      boolean wide = gap - i >= 2 || gap > i && text.charAt(i) == '\u3000';
      if (wide && i > start && gap < end) {
        addCell(out, text, from, i);
        from = gap;
      }
      i = gap > i ? gap : i + 1;
    }
    addCell(out, text, from, end);
    return out.size() >= MIN_CELLS ? out : null;
  }

  private static void addCell(List<TableCell> out, String text, int from, int to) {
    int[] cell = PipeTables.trimmed(text, from, to);
    if (cell[0] < cell[1]) {
      out.add(new TableCell(text.substring(cell[0], cell[1]), cell[0], cell[1]));
    }
  }

  private static boolean hasDigit(String s) {
    return s.chars().anyMatch(Character::isDigit);
  }
}
