package dev.jixiao.read;

import java.util.List;

/**
 * One row of a {@link Table}, rendered on one line of the text with its cells separated by tabs.
 *
 * @param cells the cells left to right; a row of merged cells has fewer
 * @param header whether the row names the columns rather than holding data (see {@link TableHeaders})
 */
public record TableRow(List<TableCell> cells, boolean header) {
  public TableRow {
    cells = List.copyOf(cells);
  }

  /** The cell texts, left to right. */
  public List<String> texts() {
    return cells.stream().map(TableCell::text).toList();
  }

  public TableCell cell(int column) {
    return cells.get(column);
  }
}
