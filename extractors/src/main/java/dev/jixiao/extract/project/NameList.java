package dev.jixiao.extract.project;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.text.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numbered list of bare names (no figures, no sentence): "项目内容为：1.非税收入项目资金 2.聘用人员
 * 经费六(超收分成) …". Reports often list their projects this way and give the figures in
 * paragraphs further on; the list supplies each paragraph's seq.
 *
 * @param items the list's entries in order
 * @param introducesProjects whether the line before the list speaks of projects (项目内容为：)
 */
public record NameList(List<Item> items, boolean introducesProjects) {

  /** One list entry: its number and the name span. */
  public record Item(int seq, int start, int end, String name) {}

  private static final Pattern DIGIT_AFTER_DOT = Pattern.compile("(\\d{1,2})\\.(?=\\d)");
  private static final int MIN_ITEMS = 3;
  private static final int MAX_NAME = 60;

  /** Every run of at least three consecutively numbered bare names, in document order. */
  public static List<NameList> find(DocumentView v) {
    List<NameList> lists = new ArrayList<>();
    List<Item> run = new ArrayList<>();
    Line intro = null;
    Line previous = null;
    for (Line line : v.lines()) {
      if (line.isBlank()) {
        continue;
      }
      Item item = item(v, line, run.size() + 1);
      if (item != null) {
        if (run.isEmpty()) {
          intro = previous;
        }
        run.add(item);
      } else {
        close(v, lists, run, intro);
        run = new ArrayList<>();
        Item first = item(v, line, 1);
        if (first != null) {
          intro = previous;
          run.add(first);
        }
      }
      previous = line;
    }
    close(v, lists, run, intro);
    return lists;
  }

  private static Item item(DocumentView v, Line line, int expected) {
    int markerEnd = line.markerEnd();
    if (line.marker() == null) {
      // inside a list, "15.2024_村级支出" is item 15 even though "15.2024" could be a decimal
      Matcher m = DIGIT_AFTER_DOT.matcher(v.layout().content(line));
      if (expected == 1 || !m.lookingAt() || Integer.parseInt(m.group(1)) != expected) {
        return null;
      }
      markerEnd = line.contentStart() + m.end();
    } else if (line.number() == null || line.number() != expected || line.heading() == 1 || line.heading() == 2) {
      return null;
    }
    String name = v.normalized(markerEnd, line.contentEnd()).strip();
    if (name.isEmpty() || name.length() > MAX_NAME || name.contains(":") || name.contains("。")
        || !v.quantitiesIn(markerEnd, line.contentEnd()).isEmpty()) {
      return null;
    }
    int s = markerEnd;
    while (s < line.contentEnd() && Character.isWhitespace(v.text().charAt(s))) {
      s++;
    }
    return new Item(expected, s, line.contentEnd(), v.original(s, line.contentEnd()));
  }

  private static void close(DocumentView v, List<NameList> lists, List<Item> run, Line intro) {
    if (run.size() >= MIN_ITEMS) {
      String introText = intro == null ? "" : v.layout().content(intro);
      lists.add(new NameList(List.copyOf(run), introText.contains("项目") && !introText.contains("附件")));
    }
  }
}
