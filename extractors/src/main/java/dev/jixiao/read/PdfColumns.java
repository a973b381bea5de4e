package dev.jixiao.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;

/**
 * Tables without borders, found from where their text stands: a run of at least
 * {@value #MIN_ROWS} lines, each falling into {@value #MIN_COLUMNS} or more pieces separated by
 * wide gaps, whose pieces line up in columns. Columns are the x-ranges the pieces of all those
 * lines cover together (white space that runs down the whole block separates them); a line with
 * fewer pieces inside the run is the wrapped rest of the row above. Prose never has several lines
 * in a row with two wide gaps each, so it is left alone.
 */
final class PdfColumns {
  static final int MIN_ROWS = 3;
  static final int MIN_COLUMNS = 3;
  /** A gap between glyphs wider than this many font sizes separates cells. */
  static final float CELL_GAP = 1.5f;

  private PdfColumns() {}

  /** What was found: the tables, and the lines that are not in one. */
  record Result(List<PdfTables.Found> tables, List<PdfLine> rest) {}

  static Result find(List<PdfLine> lines) {
    List<PdfTables.Found> tables = new ArrayList<>();
    List<PdfLine> rest = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      int end = runEnd(lines, i);
      PdfTables.Found table = end - i >= MIN_ROWS ? table(lines.subList(i, end)) : null;
      if (table != null) {
        tables.add(table);
        i = end;
      } else {
        rest.add(lines.get(i++));
      }
    }
    return new Result(tables, rest);
  }

  /** The end of the run of row-like lines starting at {@code start} (continuation lines inside count). */
  private static int runEnd(List<PdfLine> lines, int start) {
    if (pieces(lines.get(start)).size() < MIN_COLUMNS) {
      return start;
    }
    int end = start + 1;
    int rows = 1;
    while (end < lines.size()) {
      if (pieces(lines.get(end)).size() >= MIN_COLUMNS) {
        rows++;
        end++;
      } else if (end + 1 < lines.size() && pieces(lines.get(end + 1)).size() >= MIN_COLUMNS) {
        end++; // a wrapped cell between two rows
      } else {
        break;
      }
    }
    return rows >= MIN_ROWS ? end : start;
  }

  private static PdfTables.Found table(List<PdfLine> block) {
    List<float[]> spans = new ArrayList<>();
    for (PdfLine line : block) {
      List<List<TextPosition>> pieces = pieces(line);
      if (pieces.size() >= MIN_COLUMNS) {
        for (List<TextPosition> piece : pieces) {
          spans.add(new float[] {left(piece), right(piece)});
        }
      }
    }
    List<float[]> columns = merge(spans, block.get(0).size() * 0.5f);
    if (columns.size() < MIN_COLUMNS) {
      return null;
    }
    List<List<String>> rows = new ArrayList<>();
    for (PdfLine line : block) {
      List<List<TextPosition>> pieces = pieces(line);
      boolean newRow = pieces.size() >= MIN_COLUMNS || rows.isEmpty();
      List<String> row = newRow ? new ArrayList<>(java.util.Collections.nCopies(columns.size(), "")) : rows.get(rows.size() - 1);
      for (List<TextPosition> piece : pieces) {
        int c = column(columns, piece);
        row.set(c, Fragments.join(row.get(c), PdfLine.spell(piece)));
      }
      if (newRow) {
        rows.add(row);
      }
    }
    PdfLine first = block.get(0);
    PdfLine last = block.get(block.size() - 1);
    return new PdfTables.Found(columns.get(0)[0], first.baseline - first.fontSize, columns.get(columns.size() - 1)[1], last.baseline, rows);
  }

  /** The line cut at wide gaps (drawn spaces count as gap, not as text). */
  static List<List<TextPosition>> pieces(PdfLine line) {
    List<List<TextPosition>> pieces = new ArrayList<>();
    List<TextPosition> current = new ArrayList<>();
    float end = Float.NaN;
    for (TextPosition g : line.glyphs) {
      if (g.getUnicode().isBlank()) {
        continue;
      }
      if (!current.isEmpty() && g.getXDirAdj() - end > PdfLine.size(g) * CELL_GAP) {
        pieces.add(current);
        current = new ArrayList<>();
      }
      current.add(g);
      end = g.getXDirAdj() + g.getWidthDirAdj();
    }
    if (!current.isEmpty()) {
      pieces.add(current);
    }
    return pieces;
  }

  private static List<float[]> merge(List<float[]> spans, float tolerance) {
    spans.sort(Comparator.comparingDouble(s -> s[0]));
    List<float[]> merged = new ArrayList<>();
    for (float[] s : spans) {
      float[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && s[0] <= last[1] + tolerance) {
        last[1] = Math.max(last[1], s[1]);
      } else {
        merged.add(new float[] {s[0], s[1]});
      }
    }
    return merged;
  }

  /** The column a piece overlaps most. */
  private static int column(List<float[]> columns, List<TextPosition> piece) {
    float l = left(piece);
    float r = right(piece);
    int best = 0;
    float bestOverlap = -Float.MAX_VALUE;
    for (int c = 0; c < columns.size(); c++) {
      float overlap = Math.min(r, columns.get(c)[1]) - Math.max(l, columns.get(c)[0]);
      if (overlap > bestOverlap) {
        best = c;
        bestOverlap = overlap;
      }
    }
    return best;
  }

  private static float left(List<TextPosition> piece) {
    return piece.get(0).getXDirAdj();
  }

  private static float right(List<TextPosition> piece) {
    TextPosition last = piece.get(piece.size() - 1);
    return last.getXDirAdj() + last.getWidthDirAdj();
  }
}
