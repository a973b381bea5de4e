package dev.jixiao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A light tree of the XHTML a Tika parser emits: element names, the two attributes we select on
 * ({@code id}, {@code class}) and text. Built once per document so a reader can choose what to
 * render (HTML's article) before rendering it; text nodes carry their characters unchanged.
 */
final class XhtmlNode {
  final String name;
  final String id;
  final String cssClass;
  final String text;
  final List<XhtmlNode> children = new ArrayList<>();

  private XhtmlNode(String name, String id, String cssClass, String text) {
    this.name = name;
    this.id = id == null ? "" : id;
    this.cssClass = cssClass == null ? "" : cssClass;
    this.text = text;
  }

  static XhtmlNode element(String name, String id, String cssClass) {
    return new XhtmlNode(name.toLowerCase(Locale.ROOT), id, cssClass, null);
  }

  static XhtmlNode text(String text) {
    return new XhtmlNode("#text", null, null, text);
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
