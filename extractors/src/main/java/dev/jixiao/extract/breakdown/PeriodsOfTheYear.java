package dev.jixiao.extract.breakdown;

import static dev.jixiao.extract.breakdown.FigureWords.labelOf;
import static dev.jixiao.extract.breakdown.Gaps.between;
import static dev.jixiao.extract.breakdown.Gaps.containsAny;
import static dev.jixiao.extract.breakdown.Sections.previousLine;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.record.Figure;
import dev.jixiao.text.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The year's quarters or halves, as parts of the year's amount of the same deed. */
final class PeriodsOfTheYear {
  /** An amount of a period of the year: its quarter (第一季度支出) or half (上半年拨付), and the deed. */
  private static final Pattern PERIOD_OF_THE_YEAR = Pattern.compile("^第?([一二三四1-4]季度|[上下]半年)(?:度)?(?:累计|实际|共)?(支出|拨付|支付|完成)$");

  /** A line's opening that says its amounts go by the periods of the year: 分季度看，, 按季度： */
  private static final Pattern BY_PERIOD = Pattern.compile("(?:分|按)(?:季度|半年)(?:看|来看|统计)?[ ]*[,，:：]");

  private static final List<String> QUARTERS = List.of("一季度", "二季度", "三季度", "四季度");

  private static final List<String> HALVES = List.of("上半年", "下半年");

  private PeriodsOfTheYear() {}

  /**
   * Links the year's four quarters (第一季度支出120.50万元，…，第四季度支出289.20万元) or its two halves (上半年…，下半年…), named
   * for one deed, to the amount of that deed stated last before them on their line (全年实际支出800.00万元): all the year's
   * periods are all of it. Rates between them (预算执行率98.46%) are passed over; any other amount leaves them unlinked.
   */
  static void link(DocumentView v, List<Figure> figures, String[] partOf, Boolean[] closed) {
    String t = v.text();
    for (int i = 0; i < figures.size(); i++) {
      if (partOf[i] != null || !Figure.MONEY.equals(figures.get(i).kind())) {
        continue;
      }
      Matcher first = PERIOD_OF_THE_YEAR.matcher(labelOf(figures.get(i)));
      if (!first.matches()) {
        continue;
      }
      String deed = first.group(2);
      List<String> periods = new ArrayList<>();
      int j = i;
      while (j < figures.size() && partOf[j] == null && (j == i || !containsAny(between(t, figures.get(j - 1), figures.get(j)), "\n"))) {
        String period = periodOf(figures.get(j), deed);
        if (period == null) {
          break;
        }
        periods.add(period);
        j++;
      }
      boolean all = periods.equals(QUARTERS) || periods.equals(HALVES);
      Integer total = all ? deedStatedBefore(t, figures, i, deed, partOf, closed) : null;
      Line line = v.layout().lineAt(figures.get(i).evidence().start());
      if (all && total == null && BY_PERIOD.matcher(t).region(line.contentStart(), line.contentEnd()).lookingAt()) {
        total = deedOfTheParagraphBefore(v, figures, i, deed, partOf, closed);
      }
      if (total != null) {
        for (int k = i; k < j; k++) {
          partOf[k] = "f" + (total + 1);
        }
        closed[total] = Boolean.TRUE;
      }
      i = j - 1;
    }
  }

  /**
   * The amount of the deed the paragraph before states last (…支出补贴资金223.20万元，预算执行率98.41%。结余资金3.60万元…), for
   * periods on a line that opens saying it goes by them (分季度看，第一季度支出…); null when it states none, or none free (a total
   * broken down already, 从支出构成看，工程建设费…, keeps that breakdown).
   */
  private static Integer deedOfTheParagraphBefore(DocumentView v, List<Figure> figures, int i, String deed, String[] partOf,
      Boolean[] closed) {
    Line line = v.layout().lineAt(figures.get(i).evidence().start());
    Line before = previousLine(v, line);
    for (int k = i - 1; k >= 0 && before != null && figures.get(k).evidence().start() >= before.start(); k--) {
      Figure f = figures.get(k);
      if (f.evidence().start() < line.start() && Figure.MONEY.equals(f.kind()) && f.op() == null && labelOf(f).contains(deed)
          && !labelOf(f).contains("季度") && !labelOf(f).contains("半年")) {
        return partOf[k] == null && closed[k] == null && !LinkedParts.hasParts(partOf, k) ? k : null;
      }
    }
    return null;
  }

  /** The period of the year an amount names for the deed (一季度 for 第1季度支出, 上半年), or null. */
  private static String periodOf(Figure f, String deed) {
    Matcher m = PERIOD_OF_THE_YEAR.matcher(labelOf(f));
    if (!Figure.MONEY.equals(f.kind()) || !m.matches() || !m.group(2).equals(deed)) {
      return null;
    }
    return m.group(1).replace('1', '一').replace('2', '二').replace('3', '三').replace('4', '四');
  }

  /** The amount right before the figure at i on its line, rates aside, when its label ends with the deed (全年实际支出 for 支出). */
  private static Integer deedStatedBefore(String t, List<Figure> figures, int i, String deed, String[] partOf, Boolean[] closed) {
    for (int k = i - 1; k >= 0 && !containsAny(between(t, figures.get(k), figures.get(i)), "\n"); k--) {
      Figure f = figures.get(k);
      if (Figure.PERCENT.equals(f.kind())) {
        continue;
      }
      boolean named = Figure.MONEY.equals(f.kind()) && f.op() == null && labelOf(f).endsWith(deed) && !labelOf(f).contains("季度");
      return named && partOf[k] == null && closed[k] == null && !LinkedParts.hasParts(partOf, k) ? k : null;
    }
    return null;
  }
}
