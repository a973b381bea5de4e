package dev.jixiao.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text with a form feed between its pages, as {@code pdftotext} writes a PDF: each page
 * keeps its start, so evidence has its page as in the PDF; the page numbers and running heads at
 * the pages' edges are left out ({@link PageFurniture}), with the blank lines around them; and
 * lines are joined where the text is wrapped ({@link HardWraps}), also across a page break that
 * cut a paragraph.
 */
final class PagedText {
  private PagedText() {}

  static boolean isPaged(String text) {
    return text.indexOf('\f') >= 0;
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
