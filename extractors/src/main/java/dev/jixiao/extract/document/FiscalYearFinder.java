package dev.jixiao.extract.document;

import dev.jixiao.extract.DocumentView;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year evaluated: the year in the title when it names one, else the year the text speaks of
 * most ("2024年度" counts double). Calendar dates (2025年9月15日) are when something happened or
 * was signed, not the year evaluated, and are not counted.
 */
public final class FiscalYearFinder {
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d{2}|19\\d{2})[ ]*年(度)?(?![ ]*\\d{1,2}[ ]*月)");

  public Optional<Integer> find(DocumentView v, String title) {
    if (title != null) {
      Matcher m = YEAR.matcher(title);
      if (m.find()) {
        return Optional.of(Integer.parseInt(m.group(1)));
      }
    }
    Map<Integer, Integer> votes = new TreeMap<>();
    Matcher m = YEAR.matcher(v.text());
    while (m.find()) {
      votes.merge(Integer.parseInt(m.group(1)), m.group(2) != null ? 2 : 1, Integer::sum);
    }
    return votes.entrySet().stream()
        .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey);
  }
}
