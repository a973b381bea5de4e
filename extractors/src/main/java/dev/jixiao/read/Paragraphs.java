package dev.jixiao.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a page's lines back into paragraphs. A PDF page or a scan has no paragraphs, only lines; a line continues
 * the one above when it looks like the next line of the same paragraph: same font size and weight,
 * the usual line pitch (paragraph spacing and headings break it), not indented (a first-line indent
 * starts a paragraph), and the line above ran to near the right edge (a short line ends one). The
 * allowance at the right edge is generous because a number or a closing punctuation mark cannot
 * start a line, so a full line often stops a few characters short.
 */
final class Paragraphs {
  /** How far short of the right edge, in font sizes, a line may stop and still be full. */
  static final float FULL_LINE_SLACK = 5f;
  /** A pitch this much above the usual one is paragraph spacing. */
  static final float PITCH_TOLERANCE = 1.2f;
  /** Fewer full lines than this ending at one x, and the text is taken as ragged. */
  static final int MIN_EDGE_LINES = 3;

  private Paragraphs() {}

  /** Lines of one PDF page (no table rows), top to bottom, joined into paragraphs. */
  static List<Paragraph> of(List<? extends TextLine> lines) {
    return of(lines, 0.6f, 0.5f);
  }

  /**
   * @param sizeTolerance how far two sizes may differ and still be one font size: tight for PDF
   *     font sizes, looser for the measured line heights of OCR
   * @param marginSlack how far right of the left margin, in font sizes, a line may start and still
   *     start at it: half a character in a PDF; a whole one in a scan, whose margin drifts with the
   *     page's skew (a first-line indent is two)
   */
  static List<Paragraph> of(List<? extends TextLine> lines, float sizeTolerance, float marginSlack) {
    List<Paragraph> paragraphs = new ArrayList<>();
    if (lines.isEmpty()) {
      return paragraphs;
    }
    float body = bodySize(lines);
    float left = Float.MAX_VALUE;
    for (TextLine l : lines) {
      if (Math.abs(l.size() - body) < sizeTolerance) {
        left = Math.min(left, l.left());
      }
    }
    float right = rightEdge(lines, body, sizeTolerance);
    float pitch = usualPitch(lines, right, sizeTolerance);
    TextLine prev = null;
    Paragraph current = null;
    for (TextLine line : lines) {
      if (prev != null && continues(prev, line, pitch, body, left, right, sizeTolerance, marginSlack)) {
        current.add(line);
      } else {
        current = new Paragraph(line, left, right, sizeTolerance, marginSlack);
        paragraphs.add(current);
      }
      prev = line;
    }
    return paragraphs;
  }

  private static boolean continues(TextLine prev, TextLine line, float pitch, float body, float left, float right, float sizeTolerance,
      float marginSlack) {
    float size = line.size();
    boolean sameStyle = Math.abs(prev.size() - size) < sizeTolerance && prev.bold() == line.bold();
    float step = line.baseline() - prev.baseline();
    float scaled = pitch * Math.max(1f, size / body); // a title's lines are further apart than the body's
    if (!sameStyle || step <= 0 || step > scaled * PITCH_TOLERANCE || !full(prev, right)) {
      return false;
    }
    if (opensItem(prev, line)) {
      return false;
    }
    // a flowing line starts at the margin; the wrapped rest of a centred title is centred
    return line.left() <= left + size * marginSlack || centred(line, left, right);
  }

  /**
   * Whether {@code line} opens a numbered item after a finished sentence: then {@code prev} only
   * happened to fill the width (list items often start at the margin, unlike indented paragraphs).
   */
  private static boolean opensItem(TextLine prev, TextLine line) {
    String before = prev.text().stripTrailing();
    return !before.isEmpty() && "。；;！!？?".indexOf(before.charAt(before.length() - 1)) >= 0
        && ItemNumber.of(line.text()) != null;
  }

  /**
   * Whether {@code next}, the first paragraph of a page, continues {@code last}, the last one of the
   * page before: the page broke a paragraph when its last line is full and the next page starts at
   * the margin in the same style. Pitch cannot be compared across a page break.
   */
  static boolean continuesOnNextPage(Paragraph last, Paragraph next) {
    TextLine a = last.lines.get(last.lines.size() - 1);
    TextLine b = next.lines.get(0);
    return Math.abs(a.size() - b.size()) < last.sizeTolerance
        && a.bold() == b.bold()
        && full(a, last.right)
        && b.left() <= next.left + b.size() * next.marginSlack
        && !opensItem(a, b);
  }

  private static boolean full(TextLine line, float right) {
    return line.right() >= right - line.size() * FULL_LINE_SLACK;
  }

  private static boolean centred(TextLine line, float left, float right) {
    float before = line.left() - left;
    float after = right - line.right();
    return before > line.size() && Math.abs(before - after) <= line.size();
  }

  /**
   * Where full lines end: in justified text most of them end at the same x, and that beats the
   * maximum, which a line with hanging punctuation overshoots. Ragged text falls back to the maximum.
   */
  private static float rightEdge(List<? extends TextLine> lines, float body, float sizeTolerance) {
    float max = 0;
    for (TextLine l : lines) {
      if (Math.abs(l.size() - body) < sizeTolerance) {
        max = Math.max(max, l.right());
      }
    }
    // only lines reaching near the maximum: a list of equally long items must not make an edge
    Map<Integer, Integer> counts = new HashMap<>();
    for (TextLine l : lines) {
      if (Math.abs(l.size() - body) < sizeTolerance && l.right() >= max - body * FULL_LINE_SLACK) {
        counts.merge(Math.round(l.right()), 1, Integer::sum);
      }
    }
    // neighbouring x values count together: a justified edge wobbles by a point
    int best = -1;
    int bestCount = 0;
    for (int x : counts.keySet()) {
      int c = counts.getOrDefault(x - 1, 0) + counts.get(x) + counts.getOrDefault(x + 1, 0);
      if (c > bestCount || c == bestCount && x > best) {
        best = x;
        bestCount = c;
      }
    }
    return bestCount >= MIN_EDGE_LINES ? best + 1 : max;
  }

  /** The font size of the body text: the median size, each line weighted by its length. */
  private static float bodySize(List<? extends TextLine> lines) {
    List<TextLine> bySize = new ArrayList<>(lines);
    bySize.sort(java.util.Comparator.comparingDouble(TextLine::size));
    int total = bySize.stream().mapToInt(l -> l.text().length()).sum();
    int seen = 0;
    for (TextLine l : bySize) {
      seen += l.text().length();
      if (seen * 2 >= total) {
        return l.size();
      }
    }
    return bySize.get(bySize.size() - 1).size();
  }

  /**
   * The pitch inside a paragraph: the most common baseline distance below a full line (a full line
   * is rarely a paragraph's last), between lines of one size. Distances are counted in half units.
   * A scan's baselines are measured, not set: one paragraph's pitch spreads over a few pixels,
   * while a line of digits alone sits a dozen pixels higher than a line of characters and makes a
   * single false pitch. So distances within the size tolerance's half of each other count together,
   * and the densest such window gives the pitch (in a PDF the window is one value).
   */
  private static float usualPitch(List<? extends TextLine> lines, float right, float sizeTolerance) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      TextLine a = lines.get(i - 1);
      TextLine b = lines.get(i);
      boolean full = a.right() >= right - a.size() * FULL_LINE_SLACK;
      if (full && Math.abs(a.size() - b.size()) < sizeTolerance && b.baseline() > a.baseline()) {
        counts.merge(Math.round((b.baseline() - a.baseline()) * 2), 1, Integer::sum);
      }
    }
    if (counts.isEmpty()) {
      return lines.get(0).size() * 1.5f;
    }
    int window = (int) (sizeTolerance / 2);
    // among equally dense windows, the smallest pitch is the in-paragraph one; within the window, its most common value
    int best = -1;
    int bestDensity = 0;
    for (int x : new java.util.TreeSet<>(counts.keySet())) {
      int density = 0;
      for (int d = -window; d <= window; d++) {
        density += counts.getOrDefault(x + d, 0);
      }
      if (density > bestDensity) {
        best = x;
        bestDensity = density;
      }
    }
    int mode = best;
    for (int d = -window; d <= window; d++) {
      if (counts.getOrDefault(best + d, 0) > counts.getOrDefault(mode, 0)) {
        mode = best + d;
      }
    }
    return mode / 2f;
  }

  /** Consecutive lines read as one paragraph, with the margins of the page it was found on. */
  static final class Paragraph {
    final List<TextLine> lines = new ArrayList<>();
    final float left;
    final float right;
    final float sizeTolerance;
    final float marginSlack;

    Paragraph(TextLine first, float left, float right, float sizeTolerance, float marginSlack) {
      lines.add(first);
      this.left = left;
      this.right = right;
      this.sizeTolerance = sizeTolerance;
      this.marginSlack = marginSlack;
    }

    void add(TextLine line) {
      lines.add(line);
    }

    float top() {
      return lines.get(0).baseline();
    }

    String text() {
      String joined = "";
      for (TextLine l : lines) {
        joined = Fragments.join(joined, l.text());
      }
      return ListBullets.strip(joined);
    }
  }
}
