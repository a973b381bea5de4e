package dev.jixiao.extract.breakdown;

import static dev.jixiao.extract.breakdown.FigureWords.summable;
import static dev.jixiao.extract.breakdown.ListsOnTheLinesAfter.listOnTheLinesAfter;
import static dev.jixiao.extract.breakdown.Sections.nextLine;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.record.Figure;
import dev.jixiao.text.Line;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lists announced at the end of a line (…实际支出1786.35万元。具体支出如下：), on the lines after it. */
final class ListsAsFollows {
  /** A sentence that ends its line announcing the list on the lines after it, and what it is of: 具体支出如下：. */
  private static final Pattern AS_FOLLOWS = Pattern.compile("[。][ ]*(?:具体|主要|各项)?(?:资金)?(支出|使用|分配|安排)(?:情况|明细)?如下[ ]*[:：][ ]*$");

  /** The same announcement as a line of its own: 具体支出如下：. */
  static final Pattern AS_FOLLOWS_ALONE = Pattern.compile("(?:具体|主要|各项)?(?:资金)?(支出|使用|分配|安排)(?:情况|明细)?如下[ ]*[:：]");

  /**
   * One level of government's money (县级资金支出6.00万元, 中央财政资金支出…): one source among the others stated beside it, not
   * what a list announced after them is of.
   */
  private static final Pattern ONE_SOURCE = Pattern.compile("^(?:中央|自治区|省|市|州|县|区|乡|镇)级?(?:本级)?(?:财政)?(?:补助|配套)?资金");

  private ListsAsFollows() {}

  /**
   * "…实际支出1786.35万元，预算执行率96.56%，结余63.65万元。具体支出如下：" ending a line: the paragraphs
   * after it list the parts of the amount before whose label holds the word the list is of (支出), the
   * last such on the line that is no one source's, when nothing is broken down under it yet.
   */
  static void link(DocumentView v, List<Figure> figures, String[] partOf, Boolean[] closed) {
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      Line line = v.layout().lineAt(f.evidence().end() - 1);
      boolean lastOnItsLine = i + 1 == figures.size() || figures.get(i + 1).evidence().start() >= line.contentEnd();
      Matcher follows = AS_FOLLOWS.matcher(v.text()).region(f.evidence().end(), Math.max(f.evidence().end(), line.contentEnd()));
      int listFrom = line.index() + 1;
      if (lastOnItsLine && !follows.find()) {
        // or the announcement on a line of its own after the amount's (…实际支出1786.35万元。 / 具体支出如下：)
        Line next = nextLine(v, line);
        follows = next == null ? follows : AS_FOLLOWS_ALONE.matcher(v.layout().content(next).strip());
        listFrom = next == null ? listFrom : next.index() + 1;
        boolean sentenceEnds = v.normalized(f.evidence().end(), line.contentEnd()).strip().matches("[^\\d]{0,20}[。;]");
        if (next == null || !follows.matches() || !sentenceEnds) {
          continue;
        }
      } else if (!lastOnItsLine) {
        continue;
      }
      String word = follows.group(1);
      Integer total = null;
      for (int k = i; k >= 0 && figures.get(k).evidence().start() >= line.contentStart(); k--) {
        Figure candidate = figures.get(k);
        if (summable(candidate) && candidate.label() != null && candidate.label().contains(word) && partOf[k] == null
            && !ONE_SOURCE.matcher(candidate.label()).lookingAt()) {
          total = k;
          break;
        }
      }
      if (total != null && closed[total] == null && !LinkedParts.hasParts(partOf, total)) {
        closed[total] = listOnTheLinesAfter(v, figures, i, total, partOf, listFrom) >= 2 ? Boolean.TRUE : null;
      }
    }
  }
}
