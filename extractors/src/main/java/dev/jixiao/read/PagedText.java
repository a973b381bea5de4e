package dev.jixiao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain text with a form feed between its pages, as {@code pdftotext} writes a PDF: each page
 * keeps its start, so evidence has its page as in the PDF; the page numbers and running heads at
 * the pages' edges are left out ({@link PageFurniture}), with the blank lines around them; and
 * lines are joined where the text is wrapped ({@link HardWraps}), also across a page break that
 * cut a paragraph.
 */
final class PagedText {
  private PagedText() {}

  /**
   * A line that can only be a page's number: set between dashes (— 2 —, - 2 -) or written 第2页 (第2页 共5页). A bare number
   * on a line of its own is not one: a table flattened into lines has many.
   */
  private static final Pattern DECORATED_PAGE_NUMBER = Pattern.compile(
      "[ \\t]*(?:[-－–—‒―]+[ \\t]*\\d{1,4}[ \\t]*[-－–—‒―]+|第[ \\t]*\\d{1,4}[ \\t]*页(?:[ \\t]*[,，/]?[ \\t]*共[ \\t]*\\d{1,4}[ \\t]*页)?)[ \\t]*");

  static boolean isPaged(String text) {
    return text.indexOf('\f') >= 0;
  }

  /**
   * The text with a page break after each line that is a page's number, as a text copied from a paged document keeps
   * them ("…惠及农户4.82" / "" / "— 2 —" / "" / "万户。自评得分98分…"): read as pages, the number goes and the paragraph it
   * cut is one again. The text itself when it has no such line.
   */
  static String withPageBreaks(String text) {
    String[] lines = text.split("\n", -1);
    StringBuilder out = null;
    for (int i = 0; i < lines.length; i++) {
      boolean number = DECORATED_PAGE_NUMBER.matcher(lines[i]).matches();
      if (number && out == null) {
        out = new StringBuilder(text.length() + 16);
        for (int k = 0; k < i; k++) {
          out.append(lines[k]).append('\n');
        }
      }
      if (out != null) {
        out.append(lines[i]).append(i + 1 < lines.length ? (number ? "\n\f" : "\n") : "");
      }
    }
    return out == null ? text : out.toString();
  }

  /** The text ({@code \n} line ends) as a document of its pages. */
  static TextDocument read(String text, String format, String charset) {
    List<List<String>> pages = new ArrayList<>();
    for (String page : text.split("\f", -1)) {
      pages.add(List.of(page.split("\n", -1)));
    }
    if (pages.size() > 1 && pages.get(pages.size() - 1).stream().allMatch(String::isBlank)) {
      pages.remove(pages.size() - 1); // pdftotext ends the last page with a form feed too
    }
    PageFurniture furniture = PageFurniture.ofTexts(pages);
    List<String> lines = new ArrayList<>();
    int[] firstLine = new int[pages.size()];
    for (int p = 0; p < pages.size(); p++) {
      firstLine[p] = lines.size();
      lines.addAll(furniture.stripTexts(pages.get(p)));
    }
    String[] all = lines.toArray(String[]::new);
    boolean[] wraps = all.length == 0 ? null : HardWraps.wraps(all);
    StringBuilder out = new StringBuilder(text.length());
    int[] lineStarts = new int[all.length + 1];
    for (int i = 0; i < all.length; i++) {
      lineStarts[i] = out.length();
      out.append(all[i]);
      if (i + 1 < all.length) {
        out.append(wraps != null && wraps[i] ? HardWraps.glue(all[i], all[i + 1]) : "\n");
      }
    }
    lineStarts[all.length] = out.length();
    int[] pageStarts = new int[pages.size()];
    for (int p = 0; p < pages.size(); p++) {
      pageStarts[p] = lineStarts[firstLine[p]];
    }
    return new TextDocument(out.toString(), pageStarts, format, charset, false, List.of());
  }
}
