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

  private final TextAssembler out;
  private final StringBuilder line = new StringBuilder();
  private String pendingSheetName;

  private XhtmlText(TextAssembler out) {
    this.out = out;
  }

  static void render(XhtmlNode root, TextAssembler out) throws ReadFailure {
    XhtmlText renderer = new XhtmlText(out);
    renderer.walk(root);
    renderer.flush();
  }

  private void walk(XhtmlNode node) throws ReadFailure {
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
    for (XhtmlNode child : node.children) {
      walk(child);
    }
    if (block) {
      flush();
    }
  }

  private void flush() throws ReadFailure {
    if (line.length() == 0) {
      return;
    }
    String text = ListBullets.strip(Fragments.collapseSpaces(line).strip());
    line.setLength(0);
    out.line(text);
  }

  private void table(XhtmlNode table) throws ReadFailure {
    TextAssembler.TableWriter writer = out.table(pendingSheetName);
    pendingSheetName = null;
    for (XhtmlNode tr : rowsOf(table, new ArrayList<>())) {
      List<String> cells = new ArrayList<>();
      for (XhtmlNode cell : tr.children) {
        if (cell.is("td") || cell.is("th")) {
          cells.add(cellText(cell));
        }
      }
      writer.row(cells);
    }
    writer.end();
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
