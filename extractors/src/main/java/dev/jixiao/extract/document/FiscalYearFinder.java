package dev.jixiao.extract.document;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.read.Table;
import dev.jixiao.read.TableCell;
import dev.jixiao.read.TableRow;
import dev.jixiao.text.AnchoredSearch;
import dev.jixiao.text.Numbers;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year evaluated: the year in the title when it names one, else the year the text speaks of
 * most ("2024年度" counts double); a year may be written in Chinese numerals (二〇二四年度). Calendar
 * dates (2025年9月15日) are when something happened or was signed, not the year evaluated, and are
 * not counted; nor are plain years in a table's cells, which name funds (2022年禁烧以奖代补资金 in a
 * 2024 table): a bare project table has no year of its own. A cell's "2024年度" still counts: a
 * sheet's title is often its merged first row.
 */
public final class FiscalYearFinder {
  private static final Pattern YEAR = Pattern.compile(
      "(?<![\\d〇零一二三四五六七八九])(20\\d{2}|19\\d{2}|二[〇零][〇零一二三四五六七八九]{2}|一九[〇零一二三四五六七八九]{2})[ ]*年(度)?"
          + "(?![ ]*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[ ]*月)");

  public Optional<Integer> find(DocumentView v, String title) {
    if (title != null) {
      Matcher m = YEAR.matcher(title);
      if (m.find()) {
        return Optional.of(year(m));
      }
    }
    Map<Integer, Integer> votes = new TreeMap<>();
    Matcher m = YEAR.matcher(v.text()).useTransparentBounds(true);
    String t = v.text();
    for (int at = 0; AnchoredSearch.next(m, at, t.length(), i -> mayStartAYear(t.charAt(i))); at = m.end()) {
      if (m.group(2) == null && inTableCell(v, m.start())) {
        continue;
      }
      votes.merge(year(m), m.group(2) != null ? 2 : 1, Integer::sum);
    }
    return votes.entrySet().stream()
        .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey);
  }

  /** Where {@link #YEAR} can start: 19, 20, 一九, 二〇 or 二零. */
  private static boolean mayStartAYear(char c) {
    return c == '2' || c == '1' || c == '二' || c == '一';
  }

  /** 2024, or 二〇二四 as formal documents write it. */
  private static int year(Matcher m) {
    return Numbers.parse(m.group(1)).intValueExact();
  }

  private static boolean inTableCell(DocumentView v, int pos) {
    for (Table t : v.document().tables()) {
      for (TableRow row : t.rows()) {
        for (TableCell c : row.cells()) {
          if (pos >= c.start() && pos < c.end()) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
