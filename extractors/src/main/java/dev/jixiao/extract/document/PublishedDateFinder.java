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
 * The date a report states for itself: its cover's date field (报告日期：2019年06月18日), anywhere in
 * its first lines, since a web page's header or a cover's other fields (评价方式, 评价机构) may come
 * first; else a line holding only a date, near the top (under the unit name) or at the end (above
 * or below the signature); else, on a web page, the date its page says it was published
 * (发布日期：2025-04-29, 发文日期). Dates inside sentences are events, not the report's date.
 */
public final class PublishedDateFinder {
  private static final String N = "[0-9〇零一二三四五六七八九十]";
  private static final String DATE = "(" + N + "{4})[ ]*年[ ]*(" + N + "{1,3})[ ]*月[ ]*(" + N + "{1,3})[ ]*日";
  private static final Pattern FIELD = Pattern.compile("^(?:报告|填报|编制|评价|出具)(?:日期|时间)[ ]*[:：][ ]*" + DATE + "$");
  private static final Pattern DATE_LINE = Pattern.compile("^" + DATE + "$");
  /** A web page's date of publication, in words or ISO (2020-07-27), perhaps with its time, among the page's other fields. */
  private static final Pattern PAGE_FIELD =
      Pattern.compile("(?:^|[\\s【\\[])(?:发布|发文|成文|公开)(?:日期|时间)[ ]*[:：][ ]*(?:" + DATE + "|(\\d{4})-(\\d{1,2})-(\\d{1,2}))(?![\\d-])");
  private static final int EDGE_LINES = 6;
  /** How far down a cover's or a page's date field may be. */
  private static final int FIELD_LINES = 30;

  static boolean isDateLine(String content) {
    return DATE_LINE.matcher(content).matches() || FIELD.matcher(content).matches();
  }

  public Optional<LocalDate> find(DocumentView v) {
    List<Line> nonBlank = v.lines().stream().filter(l -> !l.isBlank()).toList();
    List<String> top = nonBlank.stream().limit(FIELD_LINES).map(l -> v.layout().content(l)).toList();
    for (String line : top) {
      Matcher m = FIELD.matcher(line);
      Optional<LocalDate> date = m.matches() ? date(m.group(1), m.group(2), m.group(3)) : Optional.empty();
      if (date.isPresent()) {
        return date;
      }
    }
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
    for (String line : top) {
      // (the field's 日期 or 时间 looked for first: a find tries the field's opening at every character of a long line)
      if (!line.contains("日期") && !line.contains("时间")) {
        continue;
      }
      Matcher m = PAGE_FIELD.matcher(line);
      if (m.find()) {
        Optional<LocalDate> date = m.group(1) != null ? date(m.group(1), m.group(2), m.group(3)) : date(m.group(4), m.group(5), m.group(6));
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
    return ChineseNumerals.digitsOrNumerals(s);
  }
}
