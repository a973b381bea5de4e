package dev.jixiao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.pdfbox.text.TextPosition;

/**
 * Finds ruled tables on a page and reads their cells by position. The borders give the grid:
 * horizontal rulings separate rows (so a cell whose text wraps, or is centred vertically beside a
 * wrapped neighbour, stays in its row), and in each row the vertical rulings crossing it separate
 * the cells (so merged cells come out as one). A cell with no ruling under it runs on into the rows
 * below (项目资金（万元） down the side of a 自评表's funds rows): its text, wrapped or centred anywhere
 * in it, is the cell of its first row, and the rows it covers have an empty cell there, as Word
 * keeps them. A glyph belongs to the cell its centre lies in; text is never split at spaces.
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
    List<PdfRulings.Segment> horizontals = new ArrayList<>();
    for (PdfRulings.Segment s : grid) {
      if (s.horizontal()) {
        snapAdd(ys, s.y0());
        horizontals.add(s);
      } else {
        verticals.add(s);
      }
    }
    if (ys.size() < 2 || verticals.size() < 2) {
      return null;
    }
    float left = (float) grid.stream().mapToDouble(PdfRulings.Segment::x0).min().orElseThrow();
    float right = (float) grid.stream().mapToDouble(PdfRulings.Segment::x1).max().orElseThrow();
    List<Float> bands = new ArrayList<>(ys);
    List<float[]> running = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (int b = 0; b + 1 < bands.size(); b++) {
      List<String> row = row(b, bands, verticals, horizontals, glyphs, running);
      if (row != null) {
        rows.add(row);
      }
    }
    if (rows.isEmpty() || rows.stream().allMatch(r -> r.size() < 2)) {
      return null; // a box around text, not a table
    }
    return new Found(left, ys.first(), right, ys.last(), rows);
  }

  /**
   * The cells of the row between {@code bands[b]} and {@code bands[b + 1]}. {@code running} holds
   * the cells that began in a row above and have no ruling under them yet ({x0, x1, bottom}).
   */
  private static List<String> row(int b, List<Float> bands, List<PdfRulings.Segment> verticals, List<PdfRulings.Segment> horizontals,
      List<TextPosition> glyphs, List<float[]> running) {
    float top = bands.get(b);
    float middle = (top + bands.get(b + 1)) / 2;
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
        float x0 = prev;
        if (running.stream().anyMatch(c -> near(c[0], x0) && near(c[1], x) && c[2] > top + SNAP)) {
          cells.add("");
        } else {
          int end = b + 1;
          while (end + 1 < bands.size() && !ruledUnder(horizontals, x0, x, bands.get(end))) {
            end++;
          }
          if (end > b + 1) {
            running.add(new float[] {x0, x, bands.get(end)});
          }
          cells.add(cellText(x0, top, x, bands.get(end), glyphs));
        }
      }
      prev = x;
    }
    return cells;
  }

  /** Whether rulings at height {@code y} cover most of [x0, x1]: the cell above ends there. */
  private static boolean ruledUnder(List<PdfRulings.Segment> horizontals, float x0, float x1, float y) {
    List<float[]> spans = new ArrayList<>();
    for (PdfRulings.Segment h : horizontals) {
      if (Math.abs(h.y0() - y) <= SNAP && h.x1() > x0 && h.x0() < x1) {
        spans.add(new float[] {Math.max(x0, h.x0()), Math.min(x1, h.x1())});
      }
    }
    spans.sort((a, c) -> Float.compare(a[0], c[0]));
    float covered = 0;
    float reach = x0;
    for (float[] span : spans) {
      if (span[1] > reach) {
        covered += span[1] - Math.max(reach, span[0]);
        reach = span[1];
      }
    }
    return covered >= (x1 - x0) / 2;
  }

  private static boolean near(float a, float b) {
    return Math.abs(a - b) <= SNAP;
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
