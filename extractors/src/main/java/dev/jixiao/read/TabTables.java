package dev.jixiao.read;

import java.util.ArrayList;
import java.util.List;

/**
 * The tables of a text whose rows are lines of tab-separated cells, as Word writes a table when a report is saved or
 * copied as plain text (项目名称⇥预算数⇥支出数⇥执行率 over 基本公共卫生服务⇥540.00⇥512.40⇥94.89%): a run of two or more lines
 * that each hold three or more cells. Cells are the spans between tabs, without the spaces around their text (two tabs
 * in a row are an empty cell, as Word writes one); the
 * text is not changed, so every cell's offsets are the file's. A line with a pipe is a pipe table's ({@link PipeTables}).
 */
final class TabTables {
  /** Fewer rows than this are a line that happens to hold tabs. */
  private static final int MIN_ROWS = 2;
  /** Fewer cells than this are a label and its value, or an indented line. */
  private static final int MIN_CELLS = 3;

  private TabTables() {}

  static List<Table> of(String text) {
    if (text.indexOf('\t') < 0) {
      return List.of(); // most texts: nothing to read
    }
    return LineTables.of(text, TabTables::cells, MIN_ROWS, rows -> true);
  }

  /** The cells of a line of three or more tab-separated cells, trimmed; null for any other line. */
  private static List<TableCell> cells(String text, int start, int end) {
    boolean tab = false;
    for (int i = start; i < end; i++) { // within the line: an indexOf from here would read on to the text's end, line by line
      char c = text.charAt(i);
      if (c == '|') {
        return null;
      }
      tab |= c == '\t';
    }
    if (!tab) {
      return null;
    }
    List<TableCell> out = new ArrayList<>();
    int from = start;
    for (int i = start; i <= end; i++) {
      if (i == end || text.charAt(i) == '\t') {
        int[] cell = PipeTables.trimmed(text, from, i);
        out.add(new TableCell(text.substring(cell[0], cell[1]), cell[0], cell[1])); // an empty cell keeps the columns after it in place
        from = i + 1;
      }
    }
    while (!out.isEmpty() && out.get(out.size() - 1).text().isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out.size() >= MIN_CELLS && out.stream().filter(c -> !c.text().isEmpty()).count() >= 2 ? out : null;
  }
}
