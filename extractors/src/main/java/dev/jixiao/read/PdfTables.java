package dev.jixiao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.pdfbox.text.TextPosition;

/**
 * Finds ruled tables on a page and reads their cells by position. The borders give the grid:
 * horizontal rulings separate rows (so a cell whose text wraps, or is centred vertically beside a
 * wrapped neighbour, stays in its row), and in each row the vertical rulings crossing it separate
 * the cells (so merged cells come out as one). A glyph belongs to the cell its centre lies in; text
 * is never split at spaces.
 */
final class PdfTables {
  /** Rulings closer than this are one line (double borders, rounding). */
  static final float SNAP = 2f;
  static final int MAX_SEGMENTS = 4000;

  private PdfTables() {}

  /** A table on the page: its box and its rows of cell texts. */
  record Found(float left, float top, float right, float bottom, List<List<String>> rows) {
    boolean contains(TextPosition g) {
      float x = g.getXDirAdj() + g.getWidthDirAdj() / 2;
      float y = centreY(g);
      return x >= left && x <= right && y >= top && y <= bottom;
    }
  }

  static List<Found> find(List<PdfRulings.Segment> segments, List<TextPosition> glyphs) {
    List<Found> tables = new ArrayList<>();
    if (segments.size() > MAX_SEGMENTS || glyphs.isEmpty()) {
      return tables; // a drawing or outlined text, not a table grid; pairing its strokes would be quadratic
    }
    for (List<PdfRulings.Segment> grid : grids(segments)) {
      Found table = read(grid, glyphs);
      if (table != null) {
        tables.add(table);
      }
    }
    tables.sort((a, b) -> Float.compare(a.top(), b.top()));
    return tables;
  }

  /** Groups rulings that touch into grids (union–find over crossing segments). */
  private static List<List<PdfRulings.Segment>> grids(List<PdfRulings.Segment> segments) {
    int n = segments.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (touch(segments.get(i), segments.get(j))) {
          parent[root(parent, i)] = root(parent, j);
        }
      }
    }
    java.util.Map<Integer, List<PdfRulings.Segment>> groups = new java.util.LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(segments.get(i));
    }
    return new ArrayList<>(groups.values());
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static boolean touch(PdfRulings.Segment a, PdfRulings.Segment b) {
    return a.x0() <= b.x1() + SNAP && b.x0() <= a.x1() + SNAP && a.y0() <= b.y1() + SNAP && b.y0() <= a.y1() + SNAP;
  }

  private static Found read(List<PdfRulings.Segment> grid, List<TextPosition> glyphs) {
    TreeSet<Float> ys = new TreeSet<>();
    List<PdfRulings.Segment> verticals = new ArrayList<>();
    for (PdfRulings.Segment s : grid) {
      if (s.horizontal()) {
        snapAdd(ys, s.y0());
      } else {
        verticals.add(s);
      }
    }
    if (ys.size() < 2 || verticals.size() < 2) {
      return null;
    }
    float left = (float) grid.stream().mapToDouble(PdfRulings.Segment::x0).min().orElseThrow();
    float right = (float) grid.stream().mapToDouble(PdfRulings.Segment::x1).max().orElseThrow();
    List<List<String>> rows = new ArrayList<>();
    Float prev = null;
    for (Float y : ys) {
      if (prev != null) {
        List<String> row = row(prev, y, verticals, glyphs);
        if (row != null) {
          rows.add(row);
        }
      }
      prev = y;
    }
    if (rows.isEmpty() || rows.stream().allMatch(r -> r.size() < 2)) {
      return null; // a box around text, not a table
    }
    return new Found(left, ys.first(), right, ys.last(), rows);
  }

  private static List<String> row(float top, float bottom, List<PdfRulings.Segment> verticals, List<TextPosition> glyphs) {
    float middle = (top + bottom) / 2;
    TreeSet<Float> xs = new TreeSet<>();
    for (PdfRulings.Segment v : verticals) {
      if (v.y0() <= middle && v.y1() >= middle) {
        snapAdd(xs, v.x0());
      }
    }
    if (xs.size() < 2) {
      return null;
    }
    List<String> cells = new ArrayList<>();
    Float prev = null;
    for (Float x : xs) {
      if (prev != null) {
        cells.add(cellText(prev, top, x, bottom, glyphs));
      }
      prev = x;
    }
    return cells;
  }

  private static String cellText(float left, float top, float right, float bottom, List<TextPosition> glyphs) {
    List<TextPosition> inside = new ArrayList<>();
    for (TextPosition g : glyphs) {
      float x = g.getXDirAdj() + g.getWidthDirAdj() / 2;
      float y = centreY(g);
      if (x >= left && x < right && y >= top && y < bottom) {
        inside.add(g);
      }
    }
    String text = "";
    for (PdfLine line : PdfLine.of(inside)) {
      text = Fragments.join(text, line.text);
    }
    return text;
  }

  /** The middle of a glyph's body: its baseline is at the bottom, a third of the size above is the centre. */
  static float centreY(TextPosition g) {
    return g.getYDirAdj() - PdfLine.size(g) * 0.35f;
  }

  private static void snapAdd(TreeSet<Float> values, float v) {
    Float near = values.floor(v + SNAP);
    if (near != null && Math.abs(near - v) <= SNAP) {
      return;
    }
    values.add(v);
  }
}
