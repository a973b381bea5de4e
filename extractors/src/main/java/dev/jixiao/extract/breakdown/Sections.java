package dev.jixiao.extract.breakdown;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.record.Figure;
import dev.jixiao.text.Line;
import java.util.List;

/** Walking the layout's lines: the lines next to one, the section a line is in, headings between two figures. */
final class Sections {
  private Sections() {}

  static boolean headingBetween(DocumentView v, Figure a, Figure b) {
    int from = v.layout().lineAt(a.evidence().start()).index();
    int to = v.layout().lineAt(b.evidence().start()).index();
    for (int l = from + 1; l < to; l++) {
      if (v.lines().get(l).isHeading()) {
        return true;
      }
    }
    return false;
  }

  /** Where the section holding {@code line} begins: at its heading of at most {@code level}, or the text's start. */
  static int sectionStart(DocumentView v, Line line, int level) {
    List<Line> lines = v.lines();
    for (int l = line.index(); l >= 0; l--) {
      if (lines.get(l).isHeading() && lines.get(l).heading() <= level) {
        return lines.get(l).contentStart();
      }
    }
    return 0;
  }

  /** The line before with something on it, or null. */
  static Line previousLine(DocumentView v, Line line) {
    List<Line> lines = v.lines();
    for (int l = line.index() - 1; l >= 0; l--) {
      if (!lines.get(l).isBlank()) {
        return lines.get(l);
      }
    }
    return null;
  }

  /** The next line with something on it, or null. */
  static Line nextLine(DocumentView v, Line line) {
    List<Line> lines = v.lines();
    for (int l = line.index() + 1; l < lines.size(); l++) {
      if (!lines.get(l).isBlank()) {
        return lines.get(l);
      }
    }
    return null;
  }
}
