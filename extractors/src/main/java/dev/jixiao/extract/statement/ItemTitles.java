package dev.jixiao.extract.statement;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.text.Line;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a position lies in a numbered item, or under a numbered heading, whose title says what its figures are of:
 * (一)一般公共预算。… ({@link SubBudgets}), (三)总体执行情况。… ({@link OverallItems}).
 */
final class ItemTitles {
  /** An item's number in parentheses, which a line opens with though the layout reads no heading there: (三), （3）. */
  private static final Pattern ITEM = Pattern.compile("[ ]*[(（][一二三四五六七八九十\\d]{1,3}[)）]");

  private ItemTitles() {}

  /** Whether the item or a heading around {@code pos} is titled as {@code title} reads from the title's start. */
  static boolean under(DocumentView v, int pos, Pattern title) {
    Line line = v.layout().lineAt(pos);
    if (line.marker() != null && titled(v, title, line.markerEnd(), line.contentEnd())) {
      return true;
    }
    Matcher item = ITEM.matcher(v.text()).region(line.contentStart(), line.contentEnd());
    if (line.marker() == null && item.lookingAt() && titled(v, title, item.end(), line.contentEnd())) {
      return true;
    }
    for (Line heading : v.layout().ancestors(line)) {
      if (heading.marker() != null && titled(v, title, heading.markerEnd(), heading.contentEnd())) {
        return true;
      }
    }
    return false;
  }

  private static boolean titled(DocumentView v, Pattern title, int from, int to) {
    return title.matcher(v.text()).region(from, to).lookingAt();
  }
}
