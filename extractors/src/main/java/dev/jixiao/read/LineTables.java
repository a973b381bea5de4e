package dev.jixiao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Tables whose rows are a text's lines: each run of consecutive lines that a reader splits into cells ({@link TabTables},
 * {@link SpaceTables}), its header rows told by {@link TableHeaders} (the rows before the first that holds a number).
 */
final class LineTables {
  /** The cells of the line [start, end), or null when it is no row. */
  interface RowReader {
    List<TableCell> cells(String text, int start, int end);
  }

  private LineTables() {}

  /** The runs of at least {@code minRows} rows that {@code accept} takes, as tables. */
  static List<Table> of(String text, RowReader reader, int minRows, Predicate<List<TableRow>> accept) {
    List<Table> out = new ArrayList<>();
    List<TableRow> rows = new ArrayList<>();
    int pos = 0;
    while (pos <= text.length()) {
      int end = text.indexOf('\n', pos);
      if (end < 0) {
        end = text.length();
      }
      List<TableCell> cells = reader.cells(text, pos, end);
      if (cells == null) {
        add(out, rows, minRows, accept);
        rows = new ArrayList<>();
      } else {
        rows.add(new TableRow(cells, false));
      }
      pos = end + 1;
    }
    add(out, rows, minRows, accept);
    return out;
  }

  private static void add(List<Table> out, List<TableRow> rows, int minRows, Predicate<List<TableRow>> accept) {
    if (rows.size() < minRows || !accept.test(rows)) {
      return;
    }
    boolean[] header = TableHeaders.mark(rows.stream().map(r -> r.cells().stream().map(TableCell::text).toList()).toList());
    List<TableRow> marked = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      marked.add(new TableRow(rows.get(i).cells(), header[i]));
    }
    out.add(new Table(null, marked));
  }
}
