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
        rows -> rows.stream().anyMatch(r -> r.cells().stream().anyMatch(c -> hasDigit(c.text()))));
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
