package dev.jixiao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A light tree of the XHTML a Tika parser emits: element names, the two attributes we select on
 * ({@code id}, {@code class}), whether the page hides the element, and text. Built once per
 * document so a reader can choose what to render (HTML's article) before rendering it; text nodes
 * carry their characters unchanged.
 */
final class XhtmlNode {
  final String name;
  final String id;
  final String cssClass;
  /** Not shown by the page ({@code hidden}, {@code display:none}; Word's {@code mso-hide}). */
  final boolean hidden;
  final String text;
  /** The rows and columns a table cell spans (1 for any other node). */
  final int rowspan;
  final int colspan;
  final List<XhtmlNode> children = new ArrayList<>();

  private XhtmlNode(String name, String id, String cssClass, boolean hidden, String text, int rowspan, int colspan) {
    this.name = name;
    this.id = id == null ? "" : id;
    this.cssClass = cssClass == null ? "" : cssClass;
    this.hidden = hidden;
    this.text = text;
    this.rowspan = rowspan;
    this.colspan = colspan;
  }

  static XhtmlNode element(String name, String id, String cssClass) {
    return element(name, id, cssClass, false);
  }

  static XhtmlNode element(String name, String id, String cssClass, boolean hidden) {
    return element(name, id, cssClass, hidden, 1, 1);
  }

  /** An element with the rows and columns it spans, when it is a table's cell ({@code td}, {@code th}); else 1 and 1. */
  static XhtmlNode element(String name, String id, String cssClass, boolean hidden, int rowspan, int colspan) {
    return new XhtmlNode(name.toLowerCase(Locale.ROOT), id, cssClass, hidden, null, Math.max(1, rowspan), Math.max(1, colspan));
  }

  static XhtmlNode text(String text) {
    return new XhtmlNode("#text", null, null, false, text, 1, 1);
  }

  /** This tree without what the page hides; the same node when it hides nothing. */
  XhtmlNode shown() {
    if (isText()) {
      return this;
    }
    List<XhtmlNode> kept = new ArrayList<>(children.size());
    boolean changed = false;
    for (XhtmlNode child : children) {
      XhtmlNode shown = child.hidden ? null : child.shown();
      changed |= shown != child;
      if (shown != null) {
        kept.add(shown);
      }
    }
    if (!changed) {
      return this;
    }
    XhtmlNode copy = new XhtmlNode(name, id, cssClass, false, null, rowspan, colspan);
    copy.children.addAll(kept);
    return copy;
  }

  boolean isText() {
    return text != null;
  }

  boolean is(String elementName) {
    return name.equals(elementName);
  }

  /** All text below this node, as the parser gave it. */
  String allText() {
    StringBuilder sb = new StringBuilder();
    appendText(sb);
    return sb.toString();
  }

  private void appendText(StringBuilder sb) {
    if (isText()) {
      sb.append(text);
    }
    for (XhtmlNode child : children) {
      child.appendText(sb);
    }
  }

  /** The first node, in document order, below or at this one that matches. */
  XhtmlNode find(java.util.function.Predicate<XhtmlNode> test) {
    if (test.test(this)) {
      return this;
    }
    for (XhtmlNode child : children) {
      XhtmlNode found = child.find(test);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return isText() ? "\"" + text + "\"" : "<" + name + (id.isEmpty() ? "" : "#" + id) + ">" + children;
  }
}
