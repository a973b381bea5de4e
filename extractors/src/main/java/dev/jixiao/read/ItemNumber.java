package dev.jixiao.read;

import dev.jixiao.text.ChineseNumerals;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering that opens a list item, as a line of a page starts with it: 1. 1、 (1) （一） 一、
 * 第一， ① …, and "15.2024年…" (a number, then a year), but not "2.5万元". Its style tells lists
 * apart ("1." and "1、" differ) and its value follows the item before. Reading puts lines back
 * into paragraphs with it ({@link Paragraphs}, {@link HardWraps}), before the text is normalised,
 * so it takes full-width brackets as written.
 */
record ItemNumber(String style, long value) {
  private static final Pattern NUMBERED = Pattern.compile(
      "\\s*(?:\\d{1,2}[.、．](?!\\d)|\\d{1,2}\\.(?=\\d{4}(?!\\d))|[(（][0-9一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.]"
          + "|第[一二三四五六七八九十]{1,3}[、,，:：]|[①-⑳])");

  /** The numbering {@code line} starts with, or null. */
  static ItemNumber of(String line) {
    Matcher m = NUMBERED.matcher(line);
    if (!m.lookingAt()) {
      return null;
    }
    String mark = m.group().strip();
    String digits = mark.replaceAll("[^0-9]", "");
    String chinese = mark.replaceAll("[^一二三四五六七八九十]", "");
    long value = !digits.isEmpty() ? Long.parseLong(digits)
        : !chinese.isEmpty() ? ChineseNumerals.parse(chinese).orElse(-1) : mark.charAt(0) - '①' + 1;
    String style = mark.replaceAll("[0-9]+", "9").replaceAll("[一二三四五六七八九十]+", "十").replaceAll("[①-⑳]", "①");
    return new ItemNumber(style, value);
  }

  /** Whether this item comes right after {@code previous} in the same list. */
  boolean follows(ItemNumber previous) {
    return previous != null && style.equals(previous.style) && value == previous.value + 1;
  }
}
