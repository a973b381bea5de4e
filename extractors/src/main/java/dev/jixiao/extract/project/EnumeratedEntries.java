package dev.jixiao.extract.project;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.Labels;
import dev.jixiao.text.ChineseNumerals;
import dev.jixiao.text.Line;
import dev.jixiao.text.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Projects named in a run of 、-separated names whose number the same sentence states: "抽查项目3个，
 * 分别是A、B、C" or "A、B、…、L12个项目". The stated count must equal the names listed, which is
 * what tells such a list from an example ("综合工作经费、人居环境等项目"). When the text goes on to
 * describe them as 项目一, 项目二…, those are their seq, and each description gives the budget.
 */
public final class EnumeratedEntries implements ProjectEntryExtractor {
  private static final String N = "(\\d{1,3}|[一二两三四五六七八九十]{1,3})";
  private static final Pattern COUNT_THEN_LIST = Pattern.compile(
      "项目[ ]*" + N + "[ ]*个[ ]*,?[ ]*(?:分别是|分别为|包括|即|如下|为)[ ]*:?[ ]*([^。;\\n]+)");
  private static final Pattern LIST_THEN_COUNT = Pattern.compile(N + "[ ]*个项目");
  private static final Pattern LEADING_MARKER = Pattern.compile("^[ ]*(?:\\d{1,2}[.、](?!\\d)|\\d{1,2}\\.(?=(?:19|20)\\d{2}年))[ ]*");
  private static final Pattern DESCRIBED = Pattern.compile("项目([一二三四五六七八九十]{1,2})(?=基本情况|情况|:|是)");
  private static final Pattern TOTAL_WORDS = Pattern.compile("共|合计|总|需|申请|预算|资金");

  @Override
  public List<ProjectEntry> find(DocumentView v, Taken taken) {
    List<ProjectEntry> out = new ArrayList<>();
    String t = v.text();
    Matcher a = COUNT_THEN_LIST.matcher(t);
    // the pattern opens with 项目: tried where the word stands, as a search would find it, not at every character
    for (int at = t.indexOf("项目"); at >= 0; ) {
      if (!a.region(at, t.length()).lookingAt()) {
        at = t.indexOf("项目", at + 1);
        continue;
      }
      List<int[]> names = split(v, a.start(2), a.end(2));
      if (names.size() >= 2 && names.size() == count(a.group(1)) && !anyTaken(taken, names)) {
        out.addAll(described(v, names, a.end()));
      }
      at = t.indexOf("项目", a.end());
    }
    // the pattern opens with a number, which a search tries at every character: look for its words first
    Matcher b = LIST_THEN_COUNT.matcher(t.contains("个项目") ? t : "");
    while (b.find()) {
      int start = b.start();
      while (start > 0 && ",;:。\n".indexOf(t.charAt(start - 1)) < 0) {
        start--;
      }
      Matcher marker = LEADING_MARKER.matcher(t).region(start, b.start());
      if (marker.lookingAt()) {
        start = marker.end();
      }
      List<int[]> names = split(v, start, b.start());
      if (names.size() >= 2 && names.size() == count(b.group(1)) && !anyTaken(taken, names) && !anyTaken(Taken.of(out), names)) {
        for (int[] n : names) {
          out.add(entry(n, null, null));
        }
      }
    }
    return out;
  }

  /** The sampled projects, with seq and budget when the text describes them as 项目一, 项目二…. */
  private static List<ProjectEntry> described(DocumentView v, List<int[]> names, int after) {
    Line line = v.layout().lineAt(after);
    int paragraphEnd = ParagraphSpan.end(v, line, null);
    Matcher m = DESCRIBED.matcher(v.text()).region(after, paragraphEnd);
    List<int[]> marks = new ArrayList<>();
    while (m.find() && marks.size() < names.size()) {
      int number = (int) ChineseNumerals.parse(m.group(1)).orElse(0);
      if (number == marks.size() + 1) {
        marks.add(new int[] {m.start(), m.end()});
      }
    }
    List<ProjectEntry> out = new ArrayList<>();
    boolean numbered = marks.size() == names.size();
    for (int i = 0; i < names.size(); i++) {
      int[] name = names.get(i);
      if (numbered) {
        int segStart = marks.get(i)[0];
        int segEnd = i + 1 < marks.size() ? marks.get(i + 1)[0] : paragraphEnd;
        out.add(new ProjectEntry(name[0], name[1], i + 1, name[0], name[1], budgetOf(v, marks.get(i)[1], segEnd), null, null, 1,
            -1, -1, segStart, segEnd, "enumerated", null, List.of(), null));
      } else {
        out.add(entry(name, null, null));
      }
    }
    return out;
  }

  /** The amount a description asks for: per-head or per-unit rates (每人每月…) are not it; a total is. */
  private static Quantity budgetOf(DocumentView v, int from, int to) {
    List<Quantity> amounts = new ArrayList<>();
    for (Quantity q : v.quantitiesIn(from, to)) {
      String label = Labels.rawBefore(v, q).normalized();
      if (q.isMoney() && !label.contains("每")) {
        amounts.add(q);
      }
    }
    List<Quantity> totals = amounts.stream().filter(q -> TOTAL_WORDS.matcher(Labels.rawBefore(v, q).normalized()).find()).toList();
    if (!totals.isEmpty()) {
      return totals.get(totals.size() - 1);
    }
    return amounts.size() == 1 ? amounts.get(0) : null;
  }

  private static ProjectEntry entry(int[] name, Integer seq, Quantity budget) {
    return ProjectEntry.of(name[0], name[1], seq, name[0], name[1], budget, null, null, 1, null, "enumerated");
  }

  private static List<int[]> split(DocumentView v, int from, int to) {
    String t = v.text();
    List<int[]> names = new ArrayList<>();
    int s = from;
    for (int i = from; i <= to; i++) {
      if (i == to || t.charAt(i) == '、') {
        int[] span = trim(t, s, i);
        if (span[1] > span[0]) {
          if (!ProjectNames.plausible(t.substring(span[0], span[1])) || !v.quantitiesIn(span[0], span[1]).isEmpty()) {
            return List.of();
          }
          names.add(span);
        }
        s = i + 1;
      }
    }
    return names;
  }

  private static int[] trim(String t, int s, int e) {
    while (s < e && (Character.isWhitespace(t.charAt(s)) || t.charAt(s) == '《')) {
      s++;
    }
    while (e > s && (Character.isWhitespace(t.charAt(e - 1)) || t.charAt(e - 1) == '等' || t.charAt(e - 1) == '》')) {
      e--;
    }
    return new int[] {s, e};
  }

  private static int count(String n) {
    return (int) ChineseNumerals.digitsOrNumerals(n).orElse(-1);
  }

  private static boolean anyTaken(Taken taken, List<int[]> names) {
    return names.stream().anyMatch(n -> taken.overlaps(n[0], n[1]));
  }
}
