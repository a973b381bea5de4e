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
 * Projects headed by a line of their own that numbers or names them, their figures on the lines after as labelled values, as a
 * self-evaluation form reads when flattened to text:
 *
 * <pre>
 * 项目一：社区网格化管理经费              项目名称：社区网格化管理经费
 * 项目预算：128.00万元；实际支出：…       项目预算：128.00万元
 *                                       实际支出：125.44万元
 * </pre>
 *
 * An entry runs to the next such heading, a blank line or a numbered heading; it must state a budget.
 */
public final class HeadedEntries implements ProjectEntryExtractor {
  private static final Pattern HEAD =
      Pattern.compile("^项目(?:([一二三四五六七八九十]{1,3}|\\d{1,2})|名称)[ ]*:[ ]*(?<name>[^:;。,\\n]{2,60}?)[ ]*$");
  /** A budget's label in the entry, right before its amount (项目预算：128.00万元, 年度预算资金为…). */
  private static final Pattern BUDGET = Pattern.compile("(?:项目)?(?:年度|全年|年初)?预算(?:金额|资金|数)?[ ]*(?:为|是)?[ ]*:?[ ]*(?=\\d)");
  /** The project's own score (自评得分：95分). */
  private static final Pattern SCORE = Pattern.compile("(?:自评)?得分[ ]*(?:为|是)?[ ]*:?[ ]*(?=\\d)");

  @Override
  public List<ProjectEntry> find(DocumentView v, Taken taken) {
    List<ProjectEntry> out = new ArrayList<>();
    String t = v.text();
    List<Line> lines = v.lines();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      // a cheap test first: the heading opens with 项目
      if (line.isBlank() || !t.startsWith("项目", line.contentStart())) {
        continue;
      }
      Matcher head = HEAD.matcher(t).region(line.contentStart(), line.contentEnd());
      if (!head.matches() || !ProjectNames.plausible(head.group("name"))) {
        continue;
      }
      int last = i;
      while (last + 1 < lines.size() && bodyGoesOn(t, lines.get(last + 1))) {
        last++;
      }
      int end = lines.get(last).contentEnd();
      if (last == i || taken.overlaps(line.contentStart(), end)) {
        continue;
      }
      ProjectEntry e = entry(v, head, lines.get(i + 1).contentStart(), end, line.contentStart());
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  /** Whether the line after an entry's heading is still its body: not blank, not numbered, no heading of the next. */
  private static boolean bodyGoesOn(String t, Line next) {
    return !next.isBlank() && !next.isHeading() && !HEAD.matcher(t).region(next.contentStart(), next.contentEnd()).matches();
  }

  private static ProjectEntry entry(DocumentView v, Matcher head, int from, int end, int start) {
    Matcher budgetWords = BUDGET.matcher(v.text()).region(from, end);
    Quantity budget = budgetWords.find() ? EntryFigures.moneyAt(v, budgetWords.end()) : null;
    if (budget == null) {
      return null;
    }
    int[] name = ProjectNames.unquoted(v.text(), head.start("name"), head.end("name"));
    Integer seq = head.group(1) == null ? null : (int) ChineseNumerals.digitsOrNumerals(head.group(1)).orElse(0);
    ProjectEntry e = ProjectEntry.of(start, end, seq, name[0], name[1], budget,
        EntryFigures.firstSpent(v, budget.end(), end), EntryFigures.firstRate(v, budget.end(), end), 1,
        EntryFigures.reason(v, budget.end(), end), "headed-entry");
    Matcher scoreWords = SCORE.matcher(v.text()).region(from, end);
    Quantity score = scoreWords.find() ? v.quantityStartingAt(scoreWords.end()) : null;
    return score != null && score.kind() == Quantity.Kind.SCORE ? e.withScore(score, List.of()) : e;
  }
}
