package dev.jixiao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The pipe tables of markdown, as PDF and Word converters write a document's tables (| 总额 | 4.68 |
 * 4.21 |), and of web pages copied to text, whose rows open with their first cell (总额 | 4.68 |
 * 4.21 |): a run of two or more lines that each start with a pipe, or end with one, is a table,
 * its cells the spans
 * between the pipes without the spaces around their text, an empty cell where a merged one was
 * (but none after a row's last text: converters pad short rows). A delimiter row (|---|:--:|)
 * marks the rows above it as the header and is no row itself. The text is not changed: the rows
 * keep their pipes, and every cell's offsets are the file's.
 */
final class PipeTables {
  private static final Pattern DELIMITER_CELL = Pattern.compile("\\s*:?-{3,}:?\\s*");
  /** Fewer rows than this are a line that happens to start with a pipe. */
  private static final int MIN_ROWS = 2;

  private PipeTables() {}

  static List<Table> of(String text) {
    List<Table> out = new ArrayList<>();
    List<TableRow> rows = new ArrayList<>();
    int headerRows = 0;
    int pos = 0;
    while (pos <= text.length()) {
      int end = text.indexOf('\n', pos);
      if (end < 0) {
        end = text.length();
      }
      List<int[]> cells = cells(text, pos, end);
      if (cells == null) {
        if (!rows.isEmpty()) { // most lines of most texts: nothing to close, nothing to allocate
          add(out, rows, headerRows);
          rows = new ArrayList<>();
          headerRows = 0;
        }
      } else if (isDelimiter(text, cells)) {
        headerRows = rows.size();
      } else {
        List<TableCell> row = new ArrayList<>();
        for (int[] c : cells) {
          row.add(new TableCell(text.substring(c[0], c[1]), c[0], c[1]));
        }
        rows.add(new TableRow(row, false));
      }
      pos = end + 1;
    }
    add(out, rows, headerRows);
    return out;
  }

  private static void add(List<Table> out, List<TableRow> rows, int headerRows) {
    if (rows.size() < MIN_ROWS) {
      return;
    }
    List<TableRow> marked = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      marked.add(i < headerRows ? new TableRow(rows.get(i).cells(), true) : rows.get(i));
    }
    out.add(new Table(null, marked));
  }

  /**
   * The spans of a line's cells, trimmed; null when the line is no table row. A row starts with a
   * pipe and has a second one, or, as web pages copied to text write their tables (合计 | 100 |
   * ||||), ends with a pipe and has two or more. A pipe escaped as \| is text.
   */
  private static List<int[]> cells(String text, int start, int end) {
    int s = start;
    while (s < end && (text.charAt(s) == ' ' || text.charAt(s) == '\t')) {
      s++;
    }
    if (s >= end) {
      return null;
    }
    boolean leading = text.charAt(s) == '|';
    if (!leading && !endsWithPipes(text, s, end)) {
      return null;
    }
    List<int[]> out = new ArrayList<>();
    int from = leading ? s + 1 : s;
    for (int i = s + 1; i < end; i++) {
      if (text.charAt(i) == '|' && text.charAt(i - 1) != '\\') {
        out.add(trimmed(text, from, i));
        from = i + 1;
      }
    }
    if (out.isEmpty()) {
      return null;
    }
    if (!text.substring(from, end).isBlank()) {
      out.add(trimmed(text, from, end)); // a row may leave out its closing pipe
    }
    // converters pad a short row with empty cells (| 合计 | 100 | 97.00 |||||); a row of a web page or
    // a Word table ends at its last cell, and the form reader aligns rows by their end
    while (out.size() > 1 && out.get(out.size() - 1)[0] == out.get(out.size() - 1)[1]) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /** Whether a line that does not start with a pipe ends with one and holds two or more. */
  private static boolean endsWithPipes(String text, int start, int end) {
    int e = end;
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e == start || text.charAt(e - 1) != '|') {
      return false;
    }
    int pipes = 0;
    for (int i = start; i < e && pipes < 2; i++) {
      if (text.charAt(i) == '|' && (i == start || text.charAt(i - 1) != '\\')) {
        pipes++;
      }
    }
    return pipes >= 2;
  }

  /** The span [start, end) without the white space around its text, as {start, end}; a cell's, here and in {@link TabTables}. */
  static int[] trimmed(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new int[] {start, end};
  }

  private static boolean isDelimiter(String text, List<int[]> cells) {
    for (int[] c : cells) {
      if (!DELIMITER_CELL.matcher(text.substring(c[0], c[1])).matches()) {
        return false;
      }
    }
    return true;
  }
}
