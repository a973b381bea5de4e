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

  /** What the walk found, in order: a paragraph's line (a String) or a table. */
  private final List<Object> blocks = new ArrayList<>();
  private final StringBuilder line = new StringBuilder();
  private String pendingSheetName;

  private record PendingTable(String name, List<List<String>> rows) {}

  static void render(XhtmlNode root, TextAssembler out) throws ReadFailure {
    XhtmlText renderer = new XhtmlText();
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
    if (node.is("table")) {
      flush();
      table(node);
      return;
    }
    boolean block = BLOCKS.contains(node.name);
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

  private void table(XhtmlNode table) {
    List<List<String>> rows = new ArrayList<>();
    for (XhtmlNode tr : rowsOf(table, new ArrayList<>())) {
      List<String> cells = new ArrayList<>();
      for (XhtmlNode cell : tr.children) {
        if (cell.is("td") || cell.is("th")) {
          cells.add(cellText(cell));
        }
      }
      rows.add(cells);
    }
    blocks.add(new PendingTable(pendingSheetName, rows));
    pendingSheetName = null;
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
