package dev.jixiao.read;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What a page carries besides the report: its number ("- 3 -", "第3页 共8页", "3/8") and a
 * running header or footer, repeated page after page. At the foot of one page and the head of the
 * next they stand inside a paragraph or a list the page break cut ("…2024年底完成项目的" /
 * "- 3 -" / "100%。"), so the paragraph could not be put together again. They are left out of the
 * text, as a reader skips them; the page itself still starts where it did.
 */
final class PageFurniture {
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "[-－–—‒―·•\\s]*(?:\\d{1,4}|第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*/\\s*\\d{1,4}"
          + "|(?i:page)\\s*\\d{1,4}(?:\\s*(?i:of)\\s*\\d{1,4})?)[-－–—‒―·•\\s]*");
  /** A line at a page's edge repeated on this share of the pages (and on three at least) is a running header or footer. */
  static final double RUNNING_SHARE = 0.5;
  static final int MIN_RUNNING_PAGES = 3;
  /** How many lines at each edge of a page can be furniture: a header over a page number, say. */
  static final int MAX_PER_EDGE = 2;

  private final Set<String> running;

  private PageFurniture(Set<String> running) {
    this.running = running;
  }

  /**
   * Learns the running headers and footers of a document from the lines of its pages (top to
   * bottom; a page without text is an empty list).
   */
  static PageFurniture of(List<? extends List<? extends TextLine>> pages) {
    return ofTexts(pages.stream().map(lines -> lines.stream().map(TextLine::text).toList()).toList());
  }

  /** As {@link #of}, from the lines' texts; blank lines are not counted. */
  static PageFurniture ofTexts(List<List<String>> pages) {
    Map<String, Integer> pagesWith = new HashMap<>();
    int withText = 0;
    for (List<String> page : pages) {
      List<String> lines = page.stream().filter(l -> !l.isBlank()).toList();
      if (lines.isEmpty()) {
        continue;
      }
      withText++;
      Set<String> edges = new HashSet<>();
      for (int i = 0; i < Math.min(MAX_PER_EDGE, lines.size()); i++) {
        edges.add(key(lines.get(i)));
        edges.add(key(lines.get(lines.size() - 1 - i)));
      }
      edges.forEach(k -> pagesWith.merge(k, 1, Integer::sum));
    }
    int needed = Math.max(MIN_RUNNING_PAGES, (int) Math.ceil(withText * RUNNING_SHARE));
    Set<String> running = new HashSet<>();
    pagesWith.forEach((k, n) -> {
      if (n >= needed && !k.isEmpty()) {
        running.add(k);
      }
    });
    return new PageFurniture(running);
  }

  /**
   * A text page's lines without its furniture and the blank lines around it: up to two lines at
   * each edge that are a page number or a running line. Plain text has no positions to tell a
   * running line set apart from the body, so a line repeated at the edge of half the pages goes.
   */
  List<String> stripTexts(List<String> lines) {
    return trimEdges(lines, String::isBlank, (line, body) -> isPageNumber(line) || running.contains(key(line)));
  }

  /**
   * The page's lines (top to bottom) without its furniture: up to two lines at each edge that are
   * a page number, or a running line set apart from the body by more than a line's spacing (a
   * table's header row repeated at the top of each page is not set apart).
   */
  List<TextLine> strip(List<? extends TextLine> lines) {
    return List.copyOf(trimEdges(lines, line -> false, (line, body) -> isPageNumber(line.text())
        || body != null && running.contains(key(line.text()))
            && Math.abs(line.baseline() - body.baseline()) > SET_APART * Math.max(line.size(), body.size())));
  }

  /**
   * {@code lines} without the blank lines and up to {@link #MAX_PER_EDGE} furniture lines at each
   * end; {@code furniture} is asked of a line and the line next to it towards the body (null: none).
   */
  private static <L> List<L> trimEdges(List<L> lines, Predicate<L> blank, BiPredicate<L, L> furniture) {
    int from = 0;
    int to = lines.size();
    for (int dropped = 0; from < to; from++) {
      L line = lines.get(from);
      if (!blank.test(line)) {
        if (dropped == MAX_PER_EDGE || !furniture.test(line, from + 1 < to ? lines.get(from + 1) : null)) {
          break;
        }
        dropped++;
      }
    }
    for (int dropped = 0; to > from; to--) {
      L line = lines.get(to - 1);
      if (!blank.test(line)) {
        if (dropped == MAX_PER_EDGE || !furniture.test(line, to - 2 >= from ? lines.get(to - 2) : null)) {
          break;
        }
        dropped++;
      }
    }
    return lines.subList(from, to);
  }

  /** Lines this many font sizes apart are further apart than a paragraph's lines (about 1.5). */
  static final float SET_APART = 2f;

  static boolean isPageNumber(String line) {
    return !line.isBlank() && PAGE_NUMBER.matcher(line).matches();
  }

  /** A running line compared without its digits (the page number in it changes) and blanks. */
  private static String key(String line) {
    return line.replaceAll("\\s+", "").replaceAll("\\d+", "#");
  }
}
