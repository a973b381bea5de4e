package dev.jixiao.extract.breakdown;

import static dev.jixiao.extract.breakdown.FigureWords.summable;
import static dev.jixiao.extract.breakdown.ListsAsFollows.AS_FOLLOWS_ALONE;
import static dev.jixiao.extract.breakdown.ListsOnTheLinesAfter.listOnTheLinesAfter;
import static dev.jixiao.extract.breakdown.Sections.previousLine;
import static dev.jixiao.extract.breakdown.Sections.sectionStart;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.Labels;
import dev.jixiao.record.Figure;
import dev.jixiao.text.Line;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists announced on a line of their own under a heading (二、项目资金使用情况 / 资金使用明细如下：) that break down an
 * amount the section before states.
 */
final class ListsUnderAHeading {
  /** Labels of an amount spent and of one budgeted, for a list that says which it breaks down (资金使用明细如下). */
  private static final Pattern SPENT_TOTAL = Pattern.compile("支出|使用|执行数|执行金额|决算");

  private static final Pattern BUDGETED_TOTAL = Pattern.compile("预算|安排|分配|下达");

  private ListsUnderAHeading() {}

  /**
   * "二、项目资金使用情况" / "资金使用明细如下：" / "1.设备购置48.60万元；…": a list announced on a line of its own
   * right under a heading breaks down the amount of its kind (使用 and 支出: the amount spent; 分配 and 安排:
   * the amount budgeted) that the section before states, when it states just one such amount and nothing
   * is broken down under it yet.
   */
  static void link(DocumentView v, List<Figure> figures, String[] partOf, Boolean[] closed) {
    int i = -1;
    for (Line line : v.lines()) {
      while (i + 1 < figures.size() && figures.get(i + 1).evidence().start() < line.contentStart()) {
        i++;
      }
      boolean figureOnIt = i + 1 < figures.size() && figures.get(i + 1).evidence().start() < line.contentEnd();
      Matcher follows = line.isBlank() || line.isHeading() || figureOnIt ? null
          : AS_FOLLOWS_ALONE.matcher(v.layout().content(line).strip());
      Line heading = follows != null && follows.matches() ? previousLine(v, line) : null;
      Line before = heading != null && heading.isHeading() ? previousLine(v, heading) : null;
      if (before == null || before.isHeading()) {
        continue;
      }
      Pattern kind = Set.of("使用", "支出").contains(follows.group(1)) ? SPENT_TOTAL : BUDGETED_TOTAL;
      int sectionStart = sectionStart(v, before, heading.heading());
      Integer total = null;
      for (int k = i; k >= 0 && figures.get(k).evidence().start() >= sectionStart; k--) {
        Figure f = figures.get(k);
        if (summable(f) && Figure.MONEY.equals(f.kind()) && f.label() != null && kind.matcher(f.label()).find() && partOf[k] == null) {
          if (total != null) {
            total = null; // two such amounts: which the list is of is not said
            break;
          }
          total = k;
        }
      }
      if (total != null && closed[total] == null && !LinkedParts.hasParts(partOf, total)) {
        closed[total] = listOnTheLinesAfter(v, figures, i, total, partOf, line.index() + 1) >= 2 ? Boolean.TRUE : null;
      }
    }
  }
}
