package dev.jixiao.text;

import java.util.OptionalLong;

/** Reads Chinese numerals as reports write counts: 三十六 → 36, 两 → 2, 一百零五 → 105, 二〇二四 → 2024. */
public final class ChineseNumerals {
  public static final String CHARS = "零〇一二两三四五六七八九十百千万";

  private ChineseNumerals() {}

  public static OptionalLong parse(String s) {
    if (s == null || s.isEmpty()) {
      return OptionalLong.empty();
    }
    boolean positional = s.chars().noneMatch(c -> c == '十' || c == '百' || c == '千' || c == '万');
    if (positional) {
      long v = 0;
      for (char c : s.toCharArray()) {
        int d = digit(c);
        if (d < 0) {
          return OptionalLong.empty();
        }
        v = v * 10 + d;
      }
      return OptionalLong.of(v);
    }
    long total = 0;
    long section = 0;
    long pending = -1;
    for (char c : s.toCharArray()) {
      int d = digit(c);
      if (d >= 0) {
        pending = d;
        continue;
      }
      long unit = switch (c) {
        case '十' -> 10;
        case '百' -> 100;
        case '千' -> 1000;
        case '万' -> 10000;
        default -> -1;
      };
      if (unit < 0) {
        return OptionalLong.empty();
      }
      if (unit == 10000) {
        section += Math.max(pending, 0);
        total += (section == 0 ? 1 : section) * unit;
        section = 0;
      } else {
        section += (pending < 0 ? 1 : pending) * unit; // 十二: a bare 十 means 一十
      }
      pending = -1;
    }
    if (pending > 0) {
      section += pending;
    }
    return OptionalLong.of(total + section);
  }

  static int digit(char c) {
    return switch (c) {
      case '零', '〇' -> 0;
      case '一' -> 1;
      case '二', '两' -> 2;
      case '三' -> 3;
      case '四' -> 4;
      case '五' -> 5;
      case '六' -> 6;
      case '七' -> 7;
      case '八' -> 8;
      case '九' -> 9;
      default -> -1;
    };
  }
}
