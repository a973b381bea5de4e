package dev.jixiao.extract.project;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.text.Line;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a paragraph that starts on a line ends. PDF and OCR text may break a paragraph over
 * several lines ("…2024年底完成项目" / "的62.18%。"); the lines that follow belong to it until a
 * blank line, a heading, a numbered line, a line that opens a new entry, or a line before which
 * the text ended a sentence.
 */
final class ParagraphSpan {
  private ParagraphSpan() {}

  static int end(DocumentView v, Line line, Pattern opensEntry) {
    int end = line.contentEnd();
    List<Line> lines = v.lines();
    for (int i = line.index() + 1; i < lines.size(); i++) {
      Line next = lines.get(i);
      if (next.isBlank() || next.isHeading() || next.marker() != null || v.text().charAt(end - 1) == '。'
          || opensEntry != null && opensEntry.matcher(v.text()).region(next.contentStart(), next.contentEnd()).lookingAt()) {
        break;
      }
      end = next.contentEnd();
    }
    return end;
  }
}
