package dev.jixiao.read;

import java.util.List;

/**
 * Writes a paged document's text page by page, holding back the last paragraph and table of each
 * page until the next page shows whether it goes on there: a paragraph broken by the page is one
 * line of text (the page starts inside it), and a table continued on the next page is one table.
 * PDF pages and OCR pages both need it: a page break cuts a sentence wherever it falls
 * ("…完成项目的" / "100%。"), and a figure cut from its words is not read.
 */
final class PageWriter {
  private final TextAssembler out;
  private Paragraphs.Paragraph pending;
  private Table openTable;

  PageWriter(TextAssembler out) {
    this.out = out;
  }

  void emptyPage() throws ReadFailure {
    flush();
    openTable = null;
    out.startPage();
  }

  /**
   * A page another reader laid out already (a text-layer page among scanned ones), written as it
   * is: nothing carries over into it or out of it.
   *
   * @return where the page starts in the text
   */
  int laidOutPage(String lines) throws ReadFailure {
    emptyPage();
    int start = out.length();
    out.raw(lines);
    return start;
  }

  /** A page's paragraphs and tables ({@link PdfTables.Found}), top to bottom. */
  void page(List<Object> items) throws ReadFailure {
    int first = 0;
    if (pending != null && !items.isEmpty() && items.get(0) instanceof Paragraphs.Paragraph next
        && Paragraphs.continuesOnNextPage(pending, next)) {
      String before = pending.text();
      String joined = Fragments.join(before, next.text());
      out.startPage(out.length() + joined.length() - next.text().length());
      out.line(joined);
      pending = null;
      first = 1;
    } else {
      flush();
      out.startPage();
    }
    Table continuing = openTable;
    openTable = null;
    for (int i = first; i < items.size(); i++) {
      Object item = items.get(i);
      boolean last = i == items.size() - 1;
      if (item instanceof Paragraphs.Paragraph paragraph) {
        if (last) {
          pending = paragraph;
        } else {
          out.line(paragraph.text());
        }
      } else {
        PdfTables.Found found = (PdfTables.Found) item;
        boolean continues = i == 0 && continuing != null && columns(continuing) == found.rows().get(0).size();
        TextAssembler.TableWriter table = continues ? out.continueTable(continuing) : out.table(null);
        for (List<String> row : found.rows()) {
          table.row(row);
        }
        Table written = table.end();
        openTable = last ? written : null;
      }
    }
  }

  TextAssembler finish() throws ReadFailure {
    flush();
    return out;
  }

  private void flush() throws ReadFailure {
    if (pending != null) {
      out.line(pending.text());
      pending = null;
    }
  }

  private static int columns(Table table) {
    return table.rows().isEmpty() ? 0 : table.rows().get(table.rows().size() - 1).cells().size();
  }
}
