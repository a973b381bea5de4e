package dev.jixiao.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;

/**
 * One printed line: glyphs sharing a baseline, left to right, with the text they spell. Positions
 * are PDFBox's direction-adjusted ones (origin top left, y growing downwards).
 */
final class PdfLine implements TextLine {
  final List<TextPosition> glyphs;
  final String text;
  final float left;
  final float right;
  final float baseline;
  final float fontSize;
  final boolean bold;

  private PdfLine(List<TextPosition> glyphs) {
    this.glyphs = glyphs;
    this.text = spell(glyphs);
    TextPosition first = glyphs.get(0);
    TextPosition last = glyphs.get(glyphs.size() - 1);
    this.left = first.getXDirAdj();
    this.right = last.getXDirAdj() + last.getWidthDirAdj();
    this.baseline = (float) glyphs.stream().mapToDouble(TextPosition::getYDirAdj).average().orElse(first.getYDirAdj());
    this.fontSize = mostCommonSize(glyphs);
    this.bold = glyphs.stream().filter(PdfLine::isBold).count() * 2 > glyphs.size();
  }

  /** Groups glyphs into lines: same baseline within a third of the font size, top to bottom. */
  static List<PdfLine> of(List<TextPosition> glyphs) {
    List<TextPosition> sorted = new ArrayList<>(glyphs);
    sorted.removeIf(g -> g.getUnicode() == null || g.getUnicode().isEmpty());
    sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
    List<PdfLine> lines = new ArrayList<>();
    List<TextPosition> current = new ArrayList<>();
    float y = Float.NaN;
    for (TextPosition g : sorted) {
      float tolerance = Math.max(1.5f, size(g) * 0.35f);
      if (!current.isEmpty() && Math.abs(g.getYDirAdj() - y) > tolerance) {
        addLine(lines, current);
        current = new ArrayList<>();
      }
      if (current.isEmpty()) {
        y = g.getYDirAdj();
      }
      current.add(g);
    }
    addLine(lines, current);
    return lines;
  }

  private static void addLine(List<PdfLine> lines, List<TextPosition> glyphs) {
    glyphs.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
    if (glyphs.stream().anyMatch(g -> !g.getUnicode().isBlank())) {
      lines.add(new PdfLine(glyphs));
    }
  }

  /**
   * The glyphs' text, with a space where the gap between two glyphs is wider than a quarter of
   * the font size and the PDF did not draw a space itself.
   */
  static String spell(List<TextPosition> glyphs) {
    StringBuilder sb = new StringBuilder();
    TextPosition prev = null;
    for (TextPosition g : glyphs) {
      if (prev != null) {
        float gap = g.getXDirAdj() - (prev.getXDirAdj() + prev.getWidthDirAdj());
        boolean spaced = sb.length() > 0 && Character.isWhitespace(sb.charAt(sb.length() - 1)) || g.getUnicode().isBlank();
        if (!spaced && gap > size(g) * 0.25f) {
          sb.append(' ');
        }
      }
      sb.append(g.getUnicode());
      prev = g;
    }
    return Fragments.collapseSpaces(sb).strip();
  }

  static float size(TextPosition g) {
    float s = g.getFontSizeInPt();
    return s > 0 ? s : Math.max(1f, g.getHeightDir());
  }

  private static float mostCommonSize(List<TextPosition> glyphs) {
    java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
    for (TextPosition g : glyphs) {
      counts.merge(Math.round(size(g) * 2), 1, Integer::sum);
    }
    return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey() / 2f;
  }

  private static boolean isBold(TextPosition g) {
    if (g.getFont() == null) {
      return false;
    }
    String name = String.valueOf(g.getFont().getName());
    if (name.contains("Bold") || name.contains("Heavy") || name.contains("Black")) {
      return true;
    }
    var descriptor = g.getFont().getFontDescriptor();
    return descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public float left() {
    return left;
  }

  @Override
  public float right() {
    return right;
  }

  @Override
  public float baseline() {
    return baseline;
  }

  @Override
  public float size() {
    return fontSize;
  }

  @Override
  public boolean bold() {
    return bold;
  }

  @Override
  public String toString() {
    return String.format("[y=%.1f x=%.1f..%.1f %s%.1f] %s", baseline, left, right, bold ? "b" : "", fontSize, text);
  }
}
