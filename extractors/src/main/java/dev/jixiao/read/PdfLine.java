package dev.jixiao.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
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

  private PdfLine(List<TextPosition> glyphs, Map<PDFont, Boolean> boldFonts) {
    this.glyphs = glyphs;
    this.text = spell(glyphs);
    TextPosition first = glyphs.get(0);
    TextPosition last = glyphs.get(glyphs.size() - 1);
    this.left = first.getXDirAdj();
    this.right = last.getXDirAdj() + last.getWidthDirAdj();
    this.baseline = (float) glyphs.stream().mapToDouble(TextPosition::getYDirAdj).average().orElse(first.getYDirAdj());
    int boldCount = 0;
    for (TextPosition g : glyphs) {
      if (g.getFont() != null && boldFonts.computeIfAbsent(g.getFont(), PdfLine::isBold)) {
        boldCount++;
      }
    }
    this.fontSize = mostCommonSize(glyphs);
    this.bold = boldCount * 2 > glyphs.size();
  }

  /** A glyph with its position read once: PDFBox computes it on every call, and sorting calls it often. */
  private record Placed(TextPosition glyph, float x, float y) {
    static Placed of(TextPosition g) {
      return new Placed(g, g.getXDirAdj(), g.getYDirAdj());
    }
  }

  /** Groups glyphs into lines: same baseline within a third of the font size, top to bottom. */
  static List<PdfLine> of(List<TextPosition> glyphs) {
    List<Placed> sorted = new ArrayList<>(glyphs.size());
    for (TextPosition g : glyphs) {
      if (g.getUnicode() != null && !g.getUnicode().isEmpty()) {
        sorted.add(Placed.of(g));
      }
    }
    sorted.sort((a, b) -> {
      int byY = Float.compare(a.y(), b.y());
      return byY != 0 ? byY : Float.compare(a.x(), b.x());
    });
    Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
    List<PdfLine> lines = new ArrayList<>();
    List<Placed> current = new ArrayList<>();
    float y = Float.NaN;
    for (Placed p : sorted) {
      float tolerance = Math.max(1.5f, size(p.glyph()) * 0.35f);
      if (!current.isEmpty() && Math.abs(p.y() - y) > tolerance) {
        addLine(lines, current, boldFonts);
        current = new ArrayList<>();
      }
      if (current.isEmpty()) {
        y = p.y();
      }
      current.add(p);
    }
    addLine(lines, current, boldFonts);
    return lines;
  }

  private static void addLine(List<PdfLine> lines, List<Placed> placed, Map<PDFont, Boolean> boldFonts) {
    placed.sort((a, b) -> Float.compare(a.x(), b.x()));
    List<TextPosition> glyphs = new ArrayList<>(placed.size());
    boolean ink = false;
    for (Placed p : placed) {
      glyphs.add(p.glyph());
      ink |= !p.glyph().getUnicode().isBlank();
    }
    if (ink) {
      lines.add(new PdfLine(glyphs, boldFonts));
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
    Map<Integer, Integer> counts = new HashMap<>();
    for (TextPosition g : glyphs) {
      counts.merge(Math.round(size(g) * 2), 1, Integer::sum);
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey() / 2f;
  }

  /** Whether a font is a bold face: asked once per font for a set of lines, not for every glyph. */
  private static boolean isBold(PDFont font) {
    String name = String.valueOf(font.getName());
    if (name.contains("Bold") || name.contains("Heavy") || name.contains("Black")) {
      return true;
    }
    var descriptor = font.getFontDescriptor();
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
