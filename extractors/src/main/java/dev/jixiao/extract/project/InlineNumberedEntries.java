package dev.jixiao.extract.project;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.text.ChineseNumerals;
import dev.jixiao.text.Line;
import dev.jixiao.text.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Projects numbered inside one paragraph, each with its own budget: "分项目看：(1)河口至西岭段改造8.2公里，预算555.40万元，
 * 支出522.08万元，执行率94%；(2)东湾至柳林段改造6.1公里，预算413.20万元…", or counted as points (一是农村道路维修项目，预算资金…；
 * 二是…). The numbers run 1, 2, 3… in the
 * paragraph, each after a colon, a semicolon or a full stop; the name is what stands between the number and the
 * entry's first comma or figure. Every entry of the run must name a budget, or none is taken: a run of numbered
 * clauses that only some budgets stand in is a list of something else (measures, targets) that mentions money.
 */
public final class InlineNumberedEntries implements ProjectEntryExtractor {
  /** A number in brackets (normalised to half-width), a circled one or a count of points (一是, 二是), where a line or a clause starts. */
  private static final Pattern MARKER =
      Pattern.compile("(?<=[:;。\n]|^)[ ]*(?:\\((\\d{1,2}|[一二三四五六七八九十]{1,3})\\)|([①-⑳])|([一二三四五六七八九十]{1,2})是)[ ]*");
  /** A name of a project or works, as a point's must be (农村道路维修项目, 河道清淤工程, 网格化管理经费). */
  private static final Pattern NAMES_WORKS = Pattern.compile("(?:项目|工程|经费)$");
  /** The words of a budget in an entry, right before its amount. */
  private static final Pattern BUDGET = Pattern.compile("(?:预算|安排资金|下达资金|投资)(?:金额|资金|数)?[ ]*(?:为|是|:)?[ ]*(?=\\d)");
  /** Where a name ends: the first comma, colon or figure. */
  private static final Pattern NAME_END = Pattern.compile("[,:;。]|\\d");

  @Override
  public List<ProjectEntry> find(DocumentView v, Taken taken) {
    List<ProjectEntry> out = new ArrayList<>();
    String t = v.text();
    for (Line line : v.lines()) {
      // a cheap test first: most lines hold no run of two numbered clauses
      if (line.isBlank() || !mayHoldARun(t, line)
          || taken.overlaps(line.contentStart(), line.contentEnd())) {
        continue;
      }
      out.addAll(entries(v, line));
    }
    return out;
  }

  private static List<ProjectEntry> entries(DocumentView v, Line line) {
    List<int[]> markers = run(v.text(), line.start(), line.contentEnd());
    List<ProjectEntry> out = new ArrayList<>();
    for (int i = 0; i < markers.size(); i++) {
      int[] marker = markers.get(i);
      int end = i + 1 < markers.size() ? markers.get(i + 1)[0] : clauseEnd(v.text(), marker[1], line.contentEnd());
      ProjectEntry e = entry(v, marker, end);
      if (e == null) {
        return List.of();
      }
      out.add(e);
    }
    return out;
  }

  /** Whether a second number may stand in the line: a bracket, ② or 二是 after its start. */
  private static boolean mayHoldARun(String t, Line line) {
    for (int i = line.contentStart() + 1; i < line.contentEnd(); i++) {
      char c = t.charAt(i);
      if (c == '(' || c == '②' || c == '二' && i + 1 < line.contentEnd() && t.charAt(i + 1) == '是') {
        return true;
      }
    }
    return false;
  }

  /**
   * An entry from its number's [start, end, seq, counted as a point] to {@code end}; null when it names no budget or no plausible
   * name, or, counted as a point (一是), names no project or works: the points of a paragraph are as often measures (一是加大投入).
   */
  private static ProjectEntry entry(DocumentView v, int[] marker, int end) {
    String t = v.text();
    Matcher nameEnd = NAME_END.matcher(t).region(marker[1], end);
    if (!nameEnd.find() || nameEnd.start() - marker[1] < 2) {
      return null;
    }
    Matcher budgetWords = BUDGET.matcher(t).region(nameEnd.start(), end);
    Quantity budget = budgetWords.find() ? EntryFigures.moneyAt(v, budgetWords.end()) : null;
    String name = t.substring(marker[1], nameEnd.start()).strip();
    if (budget == null || budget.end() > end || !ProjectNames.plausible(name) || marker[3] == 1 && !NAMES_WORKS.matcher(name).find()) {
      return null;
    }
    // the name less the word 项目 it ends with, as the paragraphs' projects are named (农村道路维修项目，预算… → 农村道路维修)
    int nameStop = name.endsWith("项目") && name.length() > 4 ? t.lastIndexOf("项目", nameEnd.start()) : nameEnd.start();
    int[] span = ProjectNames.unquoted(t, marker[1], nameStop);
    return ProjectEntry.of(marker[0], end, marker[2], span[0], span[1], budget, EntryFigures.firstSpent(v, budget.end(), end),
        EntryFigures.firstRate(v, budget.end(), end), 1, EntryFigures.reason(v, budget.end(), end), "inline-numbered");
  }

  /** The numbers [start, end, seq, counted as a point] of the first run 1, 2, 3… of two or more in [from, to); empty when none. */
  private static List<int[]> run(String t, int from, int to) {
    List<int[]> run = new ArrayList<>();
    Matcher m = MARKER.matcher(t).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
    while (m.find()) {
      int n = number(m);
      if (n == run.size() + 1) {
        run.add(new int[] {m.start(), m.end(), n, m.group(3) != null ? 1 : 0});
      } else if (run.size() >= 2) {
        break;
      } else {
        run.clear();
        if (n == 1) {
          run.add(new int[] {m.start(), m.end(), 1, m.group(3) != null ? 1 : 0});
        }
      }
    }
    return run.size() >= 2 ? run : List.of();
  }

  private static int number(Matcher m) {
    if (m.group(2) != null) {
      return m.group(2).charAt(0) - '①' + 1;
    }
    String n = m.group(1) != null ? m.group(1) : m.group(3);
    return (int) ChineseNumerals.digitsOrNumerals(n).orElse(0);
  }

  /** Where the last entry's clause ends: its sentence's full stop, else the line's end. */
  private static int clauseEnd(String t, int from, int lineEnd) {
    int stop = t.indexOf('。', from);
    return stop < 0 || stop > lineEnd ? lineEnd : stop;
  }
}
