package dev.jixiao.extract.project;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.text.Line;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a paragraph that starts on a line ends. PDF and OCR text may break a paragraph over
 * several lines ("…2024年底完成项目" / "的62.18%。"); the lines that follow belong to it until a
 * blank line, a heading, a numbered line, a line that opens a new entry, or a line before which
 * the text ended a sentence, unless that line speaks of the entry ("该项支出…").
 */
final class ParagraphSpan {
  /** How far into a line its opening words reach: a clause of circumstance and the subject. */
  private static final int OPENING_WORDS = 16;
  private static final Pattern BACK_REFERENCE = Pattern.compile("该项|此项|该笔|上述项目");

  private ParagraphSpan() {}

  /**
   * Whether the line's opening words speak of the entry before it ("根据支出进度表，该项支出…"):
   * then a sentence ended the line above, but not the entry.
   */
  static boolean refersBack(String text, Line line) {
    return BACK_REFERENCE.matcher(text).region(line.contentStart(), Math.min(line.contentEnd(), line.contentStart() + OPENING_WORDS)).find();
  }

  static int end(DocumentView v, Line line, Pattern opensEntry) {
    int end = line.contentEnd();
    List<Line> lines = v.lines();
    for (int i = line.index() + 1; i < lines.size(); i++) {
      Line next = lines.get(i);
      if (next.isBlank() || next.isHeading() || next.marker() != null || v.text().charAt(end - 1) == '。' && !refersBack(v.text(), next)
          || opensEntry != null && opensEntry.matcher(v.text()).region(next.contentStart(), next.contentEnd()).lookingAt()) {
        break;
      }
      end = next.contentEnd();
    }
    return end;
  }
}
