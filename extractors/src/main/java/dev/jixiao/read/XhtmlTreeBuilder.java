package dev.jixiao.read;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Receives a parser's XHTML events and builds an {@link XhtmlNode} tree of the body. Counting
 * characters here, while the parser still runs, is what stops a decompression bomb before its text
 * fills the heap: past {@code maxChars} the parse is aborted with {@link TextLimitReached}.
 */
final class XhtmlTreeBuilder extends DefaultHandler {
  /** Elements whose content is never document text. */
  private static final Set<String> SKIPPED = Set.of("head", "script", "style", "noscript", "template");
  /** A style that hides its element: CSS's, or Word's for text it keeps off the screen (a TOC's page numbers). */
  private static final Pattern HIDING_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden|mso-hide\\s*:\\s*(?:all|screen)", Pattern.CASE_INSENSITIVE);

  private final long maxChars;
  /** The most rows or columns one cell is taken to span: a span of thousands is a page's error, not a table. */
  private static final int MAX_SPAN = 100;
  private final XhtmlNode root = XhtmlNode.element("root", null, null);
  private final Deque<XhtmlNode> open = new ArrayDeque<>();
  private final StringBuilder pendingText = new StringBuilder();
  private long chars;
  private int skipping;

  XhtmlTreeBuilder(long maxChars) {
    this.maxChars = maxChars;
    open.push(root);
  }

  XhtmlNode root() {
    flushText();
    return root;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    String name = localName == null || localName.isEmpty() ? qName : localName;
    if (skipping > 0 || SKIPPED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
      skipping++;
      return;
    }
    flushText();
    String style = atts.getValue("style");
    boolean hidden = atts.getValue("hidden") != null || style != null && HIDING_STYLE.matcher(style).find();
    XhtmlNode node = XhtmlNode.element(name, atts.getValue("id"), atts.getValue("class"), hidden, span(atts.getValue("rowspan")),
        span(atts.getValue("colspan")));
    open.peek().children.add(node);
    open.push(node);
  }

  /** A cell's span as written (rowspan="3"), 1 where it is absent or not a number; at most a page's worth. */
  private static int span(String written) {
    if (written == null) {
      return 1;
    }
    try {
      return Math.min(MAX_SPAN, Math.max(1, Integer.parseInt(written.strip())));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    if (skipping > 0) {
      skipping--;
      return;
    }
    flushText();
    if (open.size() > 1) {
      open.pop();
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (skipping > 0) {
      return;
    }
    chars += length;
    if (chars > maxChars) {
      throw new TextLimitReached(maxChars);
    }
    pendingText.append(ch, start, length);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    characters(ch, start, length);
  }

  private void flushText() {
    if (pendingText.length() > 0) {
      open.peek().children.add(XhtmlNode.text(pendingText.toString()));
      pendingText.setLength(0);
    }
  }

  /** The document's text outgrew {@link ReadLimits#maxChars()}. */
  static final class TextLimitReached extends SAXException {
    final long limit;

    TextLimitReached(long limit) {
      super("the text exceeds the limit of " + limit + " characters");
      this.limit = limit;
    }
  }
}
