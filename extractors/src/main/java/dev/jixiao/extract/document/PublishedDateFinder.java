package dev.jixiao.extract.document;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.text.ChineseNumerals;
import dev.jixiao.text.Line;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a report states for itself: a line holding only a date, or the date of a cover's field
 * (报告日期：2019年06月18日), near the top (under the unit name) or at the end (above or below the
 * signature). Dates inside sentences are events, not the report's date.
 */
public final class PublishedDateFinder {
  private static final String N = "[0-9〇零一二三四五六七八九十]";
  private static final Pattern DATE_LINE = Pattern.compile(
      "^(?:(?:报告|填报|编制|评价|出具)(?:日期|时间)[ ]*[:：][ ]*)?(" + N + "{4})[ ]*年[ ]*(" + N + "{1,3})[ ]*月[ ]*(" + N + "{1,3})[ ]*日$");
  private static final int EDGE_LINES = 6;

  static boolean isDateLine(String content) {
    return DATE_LINE.matcher(content).matches();
  }

  public Optional<LocalDate> find(DocumentView v) {
    List<Line> nonBlank = v.lines().stream().filter(l -> !l.isBlank()).toList();
    for (int i = 0; i < nonBlank.size(); i++) {
      if (i >= EDGE_LINES && i < nonBlank.size() - EDGE_LINES) {
        continue;
      }
      Matcher m = DATE_LINE.matcher(v.layout().content(nonBlank.get(i)));
      if (m.matches()) {
        Optional<LocalDate> date = date(m.group(1), m.group(2), m.group(3));
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> date(String y, String mo, String d) {
    OptionalLong year = read(y);
    OptionalLong month = read(mo);
    OptionalLong day = read(d);
    if (year.isEmpty() || month.isEmpty() || day.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of((int) year.getAsLong(), (int) month.getAsLong(), (int) day.getAsLong()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static OptionalLong read(String s) {
    return s.chars().allMatch(Character::isDigit) ? OptionalLong.of(Long.parseLong(s)) : ChineseNumerals.parse(s);
  }
}
