package dev.jixiao.extract;

import dev.jixiao.read.Table;
import dev.jixiao.read.TableCell;
import dev.jixiao.read.TableRow;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.text.Quantity;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table cell's figure: a cell holds one number whose unit its column's header names (全年预算
 * (万元), 执行率(%)), so it is read whole, not by the sentence scanner, which needs the unit written
 * beside the number.
 */
public final class TableCells {
  private static final Pattern NUMBER = Pattern.compile("^-?\\d+(?:,\\d{3})*(?:\\.\\d+)?$");

  private TableCells() {}

  /** Where a table's text lies, [start, end) from its first row's first cell to its last row's last, or null when it has none. */
  public static int[] span(Table table) {
    List<TableRow> rows = table.rows();
    if (rows.isEmpty() || rows.get(0).cells().isEmpty()) {
      return null;
    }
    int start = rows.get(0).cells().get(0).start();
    List<TableCell> last = rows.get(rows.size() - 1).cells();
    return new int[] {start, last.isEmpty() ? start : last.get(last.size() - 1).end()};
  }

  /** The cell's normalised text, stripped. */
  public static String text(DocumentView v, TableCell cell) {
    return v.normalized(cell.start(), cell.end()).strip();
  }

  /** The cell at {@code column}, or null past the row's end. */
  public static TableCell at(TableRow row, int column) {
    return column >= 0 && column < row.cells().size() ? row.cell(column) : null;
  }

  /**
   * A cell's number as a quantity of the given kind and unit (MONEY needs a unit; PERCENT takes a %
   * written in the cell or not, and no other kind takes one); null for an empty or non-numeric cell.
   */
  public static Quantity number(DocumentView v, TableCell cell, MoneyUnit unit, Quantity.Kind kind) {
    if (cell == null || cell.isBlank() || kind == Quantity.Kind.MONEY && unit == null) {
      return null;
    }
    int[] span = trimmed(v, cell);
    String written = v.normalized(span[0], span[1]);
    if (kind != Quantity.Kind.PERCENT && written.contains("%")) {
      return null;
    }
    String text = written.replace("%", "").strip();
    if (kind == Quantity.Kind.SCORE && text.endsWith("分")) {
      text = text.substring(0, text.length() - 1).strip(); // a typed table writes its points with their word (18.5分)
    }
    if (!NUMBER.matcher(text).matches()) {
      return null;
    }
    BigDecimal value = new BigDecimal(text.replace(",", ""));
    String u = switch (kind) {
      case MONEY -> unit.symbol();
      case PERCENT -> "%";
      default -> null;
    };
    return new Quantity(span[0], span[1], span[0], span[1], value, u, kind, null);
  }

  /** A label cell's span without the white space around it and a colon after it (年度资金总额：). */
  public static int[] label(DocumentView v, TableCell c) {
    int[] span = trimmed(v, c);
    String t = v.text();
    while (span[1] > span[0] && isColonOrSpace(t.charAt(span[1] - 1))) {
      span[1]--;
    }
    return span;
  }

  private static boolean isColonOrSpace(char c) {
    return c == '：' || c == ':' || Character.isWhitespace(c);
  }

  /** The cell's span without the white space around its text. */
  public static int[] trimmed(DocumentView v, TableCell c) {
    int s = c.start();
    int e = c.end();
    String t = v.text();
    while (s < e && Character.isWhitespace(t.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
      e--;
    }
    return new int[] {s, e};
  }
}
