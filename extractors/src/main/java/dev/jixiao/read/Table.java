package dev.jixiao.read;

import java.util.List;

/**
 * A table as the document lays it out (a Word table, a spreadsheet sheet, a ruled table on a PDF
 * page), kept as rows of cells so extraction can map columns by their header instead of parsing
 * the rendered line. A table that continues on the next PDF page is one table; the header row the
 * page repeats stays in it, marked as a header.
 *
 * @param name the sheet name for spreadsheets, else null
 * @param rows header and data rows in document order
 */
public record Table(String name, List<TableRow> rows) {
  public Table {
    rows = List.copyOf(rows);
  }

  public List<TableRow> headerRows() {
    return rows.stream().filter(TableRow::header).toList();
  }

  public List<TableRow> dataRows() {
    return rows.stream().filter(r -> !r.header()).toList();
  }
}
