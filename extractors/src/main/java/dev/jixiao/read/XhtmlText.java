package dev.jixiao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Renders an {@link XhtmlNode} tree as the pipeline's text: one paragraph, heading or list item
 * per line, inline runs joined (Word splits digits into runs of their own), white space collapsed,
 * and each table row on one line with tab-separated cells recorded as a {@link Table}.
 */
final class XhtmlText {
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
      "section", "article", "main", "header", "footer", "nav", "aside", "center", "address", "figure", "figcaption",
      "form", "hr", "body", "html", "title", "caption", "tr", "td", "th");

  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  /** What the walk found, in order: a paragraph's line (a String) or a table. */
  private final List<Object> blocks = new ArrayList<>();
  private final StringBuilder line = new StringBuilder();
  private String pendingSheetName;

  private record PendingTable(String name, List<List<String>> rows) {}

  /**
   * Whether the tree is a web page's: its tables may lay the page out, and its cells' spans are written (rowspan, colspan), where a
   * document's (Tika's Word, OpenDocument and spreadsheet output) are read cell by cell as its forms have always been.
   */
  private final boolean webPage;

  private XhtmlText(boolean webPage) {
    this.webPage = webPage;
  }

  /** A document's tree as Tika gives it (Word, OpenDocument, RTF, spreadsheets, delimited text). */
  static void render(XhtmlNode root, TextAssembler out) throws ReadFailure {
    render(root, out, false);
  }

  /** A web page's tree: layout tables read as paragraphs, merged cells spread over the columns they cover. */
  static void renderPage(XhtmlNode root, TextAssembler out) throws ReadFailure {
    render(root, out, true);
  }

  private static void render(XhtmlNode root, TextAssembler out, boolean webPage) throws ReadFailure {
    XhtmlText renderer = new XhtmlText(webPage);
    renderer.walk(root);
    renderer.flush();
    renderer.write(out);
  }

  /**
   * Writes the blocks, joining lines that are the wrapped lines of one paragraph: a document made
   * by pasting a PDF's text into Word, or an OCR text into a web page, has a paragraph (or a
   * {@code <br>}) for every line of the page ({@link HardWraps}).
   */
  private void write(TextAssembler out) throws ReadFailure {
    String[] lines = blocks.stream().map(b -> b instanceof String s ? s : "\t").toArray(String[]::new);
    boolean[] wraps = lines.length == 0 ? null : HardWraps.wraps(lines);
    StringBuilder paragraph = new StringBuilder();
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof PendingTable t) {
        TextAssembler.TableWriter writer = out.table(t.name());
        for (List<String> row : t.rows()) {
          writer.row(row);
        }
        writer.end();
        continue;
      }
      paragraph.append(lines[i]);
      if (wraps != null && wraps[i]) {
        paragraph.append(HardWraps.glue(lines[i], lines[i + 1]));
      } else {
        out.line(paragraph.toString());
        paragraph.setLength(0);
      }
    }
  }

  private void walk(XhtmlNode node) {
    if (node.isText()) {
      line.append(node.text);
      return;
    }
    if (node.is("br")) {
      flush();
      return;
    }
    if (node.is("table") && !(webPage && forLayout(node))) {
      flush();
      table(node);
      return;
    }
    boolean block = BLOCKS.contains(node.name) || node.is("table");
    if (block) {
      flush();
    }
    if (node.is("div") && node.cssClass.equals("sheet")) {
      // Tika writes each spreadsheet sheet as <div class="sheet"><h1>name</h1><table>…
      XhtmlNode title = node.find(n -> n.is("h1"));
      pendingSheetName = title == null ? null : Fragments.collapseSpaces(title.allText()).strip();
    }
    boolean packageEntry = node.is("div") && node.cssClass.equals("package-entry");
    for (XhtmlNode child : node.children) {
      // Tika heads what a Word file embeds with its part's name ("image1.png"), which is no text of the
      // report; an embedded document's own text, when it has some, follows the heading and stays
      if (!(packageEntry && child.is("h1"))) {
        walk(child);
      }
    }
    if (block) {
      flush();
    }
  }

  private void flush() {
    if (line.length() == 0) {
      return;
    }
    String text = ListBullets.strip(Fragments.collapseSpaces(line).strip());
    line.setLength(0);
    if (!text.isEmpty()) {
      blocks.add(text);
    }
  }

  /**
   * The table's rows. On a web page they are a grid: a cell spanning rows or columns (rowspan, colspan, as Word's tables saved as a
   * web page merge their 一级指标 cells and 合计 labels) leaves an empty cell in each place it covers, so every row's cells stand
   * under their header. A document's tables are read cell by cell, as the form readers expect of Tika's Word and OpenDocument output.
   */
  private void table(XhtmlNode table) {
    List<List<String>> rows = new ArrayList<>();
    List<Integer> covered = new ArrayList<>(); // by column: how many rows below a cell above still covers
    for (XhtmlNode tr : rowsOf(table, new ArrayList<>())) {
      List<String> cells = new ArrayList<>();
      for (XhtmlNode cell : tr.children) {
        if (cell.is("td") || cell.is("th")) {
          skipCovered(cells, covered);
          int colspan = webPage ? cell.colspan : 1;
          for (int k = 0; k < colspan; k++) {
            cells.add(k == 0 ? cellText(cell) : "");
            setCovered(covered, cells.size() - 1, webPage ? cell.rowspan - 1 : 0);
          }
        }
      }
      skipCovered(cells, covered);
      for (int col = cells.size(); col < covered.size(); col++) {
        // covered past a gap after the row's last cell: nothing there to align, one row less to cover
        covered.set(col, Math.max(0, covered.get(col) - 1));
      }
      rows.add(cells);
    }
    blocks.add(new PendingTable(pendingSheetName, rows));
    pendingSheetName = null;
  }

  /** Empty cells for the columns next in the row that cells above still cover, each covering one row less. */
  private static void skipCovered(List<String> cells, List<Integer> covered) {
    while (cells.size() < covered.size() && covered.get(cells.size()) > 0) {
      covered.set(cells.size(), covered.get(cells.size()) - 1);
      cells.add("");
    }
  }

  private static void setCovered(List<Integer> covered, int col, int rows) {
    while (covered.size() <= col) {
      covered.add(0);
    }
    covered.set(col, rows);
  }

  /**
   * Whether a table lays out a page rather than holding data: a cell of its own holds a table or a heading (an old site's article
   * in a table, <h1> title, paragraphs and the report's own tables inside), or its only cell holds paragraphs. Its cells are
   * then read as the page's paragraphs, and the tables inside them as tables.
   */
  private static boolean forLayout(XhtmlNode table) {
    List<XhtmlNode> rows = rowsOf(table, new ArrayList<>());
    List<XhtmlNode> cells = new ArrayList<>();
    for (XhtmlNode tr : rows) {
      tr.children.stream().filter(c -> c.is("td") || c.is("th")).forEach(cells::add);
    }
    for (XhtmlNode cell : cells) {
      if (cell.find(n -> n != cell && (n.is("table") || HEADINGS.contains(n.name))) != null) {
        return true;
      }
    }
    return cells.size() == 1 && cells.get(0).find(n -> n.is("p") || n.is("div")) != null;
  }

  /** The rows of this table, not of tables nested in its cells. */
  private static List<XhtmlNode> rowsOf(XhtmlNode node, List<XhtmlNode> rows) {
    for (XhtmlNode child : node.children) {
      if (child.is("tr")) {
        rows.add(child);
      } else if (!child.isText() && !child.is("table")) {
        rowsOf(child, rows);
      }
    }
    return rows;
  }

  /** A cell's paragraphs joined into one line, since a row must stay on one line. */
  private static String cellText(XhtmlNode cell) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    collectCell(cell, parts, current);
    parts.add(current.toString());
    String joined = "";
    for (String part : parts) {
      joined = Fragments.join(joined, ListBullets.strip(Fragments.collapseSpaces(part).strip()));
    }
    return joined;
  }

  private static void collectCell(XhtmlNode node, List<String> parts, StringBuilder current) {
    if (node.isText()) {
      current.append(node.text);
      return;
    }
    boolean block = BLOCKS.contains(node.name) || node.is("br") || node.is("table");
    if (block) {
      parts.add(current.toString());
      current.setLength(0);
    }
    for (XhtmlNode child : node.children) {
      collectCell(child, parts, current);
    }
    if (block) {
      parts.add(current.toString());
      current.setLength(0);
    }
  }
}
