package dev.jixiao.read;

import dev.jixiao.record.ErrorCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a document's text one line at a time, remembering where pages start and where each table
 * cell landed, so offsets are exact by construction rather than searched for afterwards. Lines are
 * paragraphs (or table rows); blank lines are not written.
 */
final class TextAssembler {
  private final StringBuilder out = new StringBuilder();
  private final List<Integer> pageStarts = new ArrayList<>();
  private final List<Table> tables = new ArrayList<>();
  private final long maxChars;

  TextAssembler(long maxChars) {
    this.maxChars = maxChars;
  }

  void startPage() {
    pageStarts.add(out.length());
  }

  /** A page that starts inside the line about to be written (a paragraph the page break split). */
  void startPage(int offset) {
    pageStarts.add(offset);
  }

  /** Appends one paragraph as a line; a blank one is dropped. */
  void line(String text) throws ReadFailure {
    String s = text.strip();
    if (s.isEmpty()) {
      return;
    }
    out.append(s).append('\n');
    checkSize();
  }

  /** Appends text already laid out as lines (a page another reader wrote), newline-terminated. */
  void raw(String lines) throws ReadFailure {
    if (lines.isEmpty()) {
      return;
    }
    out.append(lines);
    if (out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
    checkSize();
  }

  TableWriter table(String name) {
    return new TableWriter(name);
  }

  /** Tables read so far (a PDF table may still grow when the next page continues it). */
  List<Table> tables() {
    return tables;
  }

  int length() {
    return out.length();
  }

  /** The text, without the newline after the last line. */
  String text() {
    int end = out.length();
    return end > 0 && out.charAt(end - 1) == '\n' ? out.substring(0, end - 1) : out.toString();
  }

  int[] pageStarts() {
    int textLength = text().length();
    return pageStarts.stream().mapToInt(i -> Math.min(i, textLength)).toArray();
  }

  private void checkSize() throws ReadFailure {
    if (out.length() > maxChars) {
      throw new ReadFailure(ErrorCode.TOO_LARGE, "the text exceeds the limit of " + maxChars + " characters");
    }
  }

  /** Writes the rows of one table, each on its own line with tab-separated cells. */
  final class TableWriter {
    private final String name;
    private final List<List<TableCell>> rows = new ArrayList<>();
    private final Table continued;

    private TableWriter(String name) {
      this.name = name;
      this.continued = null;
    }

    private TableWriter(Table continued) {
      this.name = continued.name();
      this.continued = continued;
      for (TableRow row : continued.rows()) {
        rows.add(row.cells());
      }
    }

    /** Appends a row; cell texts must be single-line. A row of blank cells is dropped. */
    void row(List<String> cells) throws ReadFailure {
      if (cells.stream().allMatch(String::isBlank)) {
        return;
      }
      List<TableCell> row = new ArrayList<>(cells.size());
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          out.append('\t');
        }
        String text = cells.get(i).strip();
        int start = out.length();
        out.append(text);
        row.add(new TableCell(text, start, out.length()));
      }
      out.append('\n');
      rows.add(row);
      checkSize();
    }

    int columns() {
      return rows.isEmpty() ? 0 : rows.get(rows.size() - 1).size();
    }

    /** Finishes the table: marks its header rows and adds it to the document (if it has rows). */
    Table end() {
      if (continued != null) {
        tables.remove(continued);
      }
      if (rows.isEmpty()) {
        return null;
      }
      List<List<String>> texts = rows.stream().map(r -> r.stream().map(TableCell::text).toList()).toList();
      boolean[] header = TableHeaders.mark(texts);
      List<TableRow> tableRows = new ArrayList<>(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        tableRows.add(new TableRow(rows.get(i), header[i]));
      }
      Table table = new Table(name, tableRows);
      tables.add(table);
      return table;
    }
  }

  /** Reopens {@code table} (the last one written) to add the rows a following page continues it with. */
  TableWriter continueTable(Table table) {
    return new TableWriter(table);
  }
}
