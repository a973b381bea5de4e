package dev.jixiao.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds quantities written in Chinese numerals, as older and more formal reports write them:
 * counts (七百零二户, 三千四百五十人, 八点六公里), money (一百二十六万元, 一百二十万零五千元, 一点二亿元),
 * percentages (百分之九十五点六三, 百分之百, 千分之八) and scores (九十二分, 扣一分). A number must say it is one: a
 * bare digit before a measure word (三个方面, 二元结构) is prose, 十分 means "very", 十三五 is a
 * plan's name (two digits side by side, which no number written with 十, 百 or 千 has), and a
 * numeral after 第 is an ordinal.
 */
final class ChineseQuantities {
  private static final String DIGITS = "零〇一二两三四五六七八九";
  private static final String MULTIPLIERS = "十百千万亿";
  /** {@link #DIGITS} and {@link #MULTIPLIERS}, which every character of a text is looked up in. */
  private static final CharSet NUMERALS = CharSet.of(DIGITS + MULTIPLIERS);
  /** Digits a count may be written with alone where its sentence counts so already; not 一 (一名班主任 is "a"). */
  private static final String SINGLE_DIGITS = "二两三四五六七八九";
  /** Measure words of prose as much as of counts (三个方面, 两项制度): a count in digits before does not make a digit after one. */
  private static final Set<String> PROSE_UNITS = Set.of("个", "项");
  private static final Pattern TWO_DIGITS = Pattern.compile("[一二两三四五六七八九]{2}");
  private static final Pattern HAS_DIGIT = Pattern.compile("[" + DIGITS + "]");
  private static final String PERCENT_WORD = "百分之";
  private static final String PERMILLE_WORD = "千分之";
  private static final List<String> COUNT_UNITS = List.of(QuantityScanner.COUNT.split("\\|"));
  /**
   * The characters a unit after a numeral starts with: 元, 分, each count unit's first, and a 万 unit's second (三万人 is 3 万人).
   * Numeral characters are common words' too (统一, 一是, 万元's 万), and most are followed by none of these.
   */
  private static final CharSet UNIT_STARTS = unitStarts();

  private ChineseQuantities() {}

  /** The quantities starting within {@code [from, to)}, in order. */
  static List<Quantity> scan(String text, int from, int to) {
    List<Quantity> out = new ArrayList<>();
    for (int at = from; at < to; at++) {
      char c = text.charAt(at);
      if (!isNumeral(c) || at > 0 && isNumeral(text.charAt(at - 1))) {
        continue;
      }
      Optional<Quantity> q = text.startsWith(PERCENT_WORD, at) ? percent(text, at, PERCENT_WORD, "%")
          : text.startsWith(PERMILLE_WORD, at) ? percent(text, at, PERMILLE_WORD, "‰") : quantity(text, at);
      if (q.isPresent()) {
        out.add(q.get());
        at = q.get().end() - 1;
      }
    }
    return out;
  }

  private static Optional<Quantity> percent(String text, int at, String word, String unit) {
    int from = at + word.length();
    int end = numeralEnd(text, from);
    String numeral = text.substring(from, end);
    if (numeral.isEmpty() || numeral.endsWith("万") || numeral.endsWith("亿")) {
      return Optional.empty();
    }
    return ChineseNumerals.parseDecimal(numeral)
        .map(v -> new Quantity(at, end, from, end, Quantity.asPercent(v, unit), unit, Quantity.Kind.PERCENT, null));
  }

  private static Optional<Quantity> quantity(String text, int at) {
    if (at > 0 && text.charAt(at - 1) == '第') {
      return Optional.empty();
    }
    int end = numeralEnd(text, at);
    if (end >= text.length() || !UNIT_STARTS.contains(text.charAt(end))) {
      return Optional.empty();
    }
    String numeral = text.substring(at, end);
    if (numeral.isEmpty() || TWO_DIGITS.matcher(numeral).find()) {
      return Optional.empty();
    }
    // 二十五万元 is 25 万元 and 三万人 3 万人, as the same written in digits reads; 一亿二千万元 is all numeral
    boolean tenThousands = numeral.endsWith("万") && numeral.indexOf('亿') < 0;
    String head = tenThousands || numeral.endsWith("亿") ? numeral.substring(0, numeral.length() - 1) : numeral;
    String tail = numeral.substring(head.length());
    if (text.startsWith("元", end)) {
      String unit = tail.isEmpty() ? "元" : tail + "元";
      return HAS_DIGIT.matcher(numeral).find() && isMultiplied(numeral)
          ? make(text, at, head, end + 1, unit, Quantity.Kind.MONEY)
          : Optional.empty();
    }
    if (text.startsWith("分", end) && numeral.indexOf('万') < 0) {
      return isScore(text, at, numeral, end + 1) ? make(text, at, numeral, end + 1, "分", Quantity.Kind.SCORE) : Optional.empty();
    }
    for (String unit : COUNT_UNITS) {
      if (tenThousands && unit.startsWith("万") && text.startsWith(unit.substring(1), end)) {
        return count(text, at, head, end + unit.length() - 1, unit, true);
      }
    }
    for (String unit : COUNT_UNITS) {
      if (!unit.startsWith("万") && text.startsWith(unit, end)) {
        return count(text, at, numeral, end + unit.length(), unit, false);
      }
    }
    return Optional.empty();
  }

  /** 七百零二户, 十项, 八点六公里, 三万人次 (3 万人次); not 三个 (prose) nor 千家万户 (no number). */
  private static Optional<Quantity> count(String text, int at, String numeral, int end, String unit, boolean inTenThousands) {
    boolean written = HAS_DIGIT.matcher(numeral).find() && (inTenThousands || isMultiplied(numeral) || numeral.contains("点"))
        || numeral.startsWith("十")
        // a single digit after counts of its unit written out in its sentence (专家十二名，骨干二十二名，带头人八名) is one of them
        || numeral.length() == 1 && SINGLE_DIGITS.indexOf(numeral.charAt(0)) >= 0 && countedBefore(text, at, unit);
    return written ? make(text, at, numeral, end, unit, Quantity.Kind.COUNT) : Optional.empty();
  }

  /** 九十二分 and 八十五点五分 are scores; 十分 ("very"), 二十分钟, 八点三十分 are not. */
  private static boolean isScore(String text, int at, String numeral, int end) {
    char prev = at > 0 ? text.charAt(at - 1) : ' ';
    char next = end < text.length() ? text.charAt(end) : ' ';
    boolean proseAfter = Character.UnicodeScript.of(next) == Character.UnicodeScript.HAN && next != '以';
    // a single digit is a score where points are taken off (扣一分, 扣两分, 扣零点五分), else prose (一分为二, 三分天下)
    boolean deducted = text.startsWith("扣", at - 1) || at >= 2 && text.startsWith("扣除", at - 2);
    return HAS_DIGIT.matcher(numeral).find() && (numeral.contains("十") || numeral.contains("百") || deducted)
        && prev != '点' && prev != '时' && !proseAfter;
  }

  private static Optional<Quantity> make(String text, int at, String numeral, int end, String unit, Quantity.Kind kind) {
    return ChineseNumerals.parseDecimal(numeral)
        .map(v -> new Quantity(at, end, at, at + numeral.length(), v, unit, kind, null));
  }

  /**
   * Whether the sentence before {@code at} counts in {@code unit} with a numeral of two characters or more (二十二名), or, for a
   * unit of counts alone, in digits (五星级民宿3家，…；四星级民宿八家).
   */
  private static boolean countedBefore(String text, int at, String unit) {
    int start = Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('\n', at - 1)) + 1;
    for (int u = text.indexOf(unit, start); u >= 0 && u < at; u = text.indexOf(unit, u + 1)) {
      if (u - 2 >= start && isNumeral(text.charAt(u - 1)) && isNumeral(text.charAt(u - 2))
          || u - 1 >= start && Character.isDigit(text.charAt(u - 1)) && !PROSE_UNITS.contains(unit)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isMultiplied(String numeral) {
    return numeral.chars().anyMatch(c -> MULTIPLIERS.indexOf(c) >= 0);
  }

  /** Where the numeral starting at {@code from} ends: digits and multipliers, a decimal part (点六), then 万 or 亿. */
  private static CharSet unitStarts() {
    StringBuilder starts = new StringBuilder("元分");
    for (String unit : COUNT_UNITS) {
      starts.append(unit.charAt(0));
      if (unit.startsWith("万") && unit.length() > 1) {
        starts.append(unit.charAt(1));
      }
    }
    return CharSet.of(starts);
  }

    private static int numeralEnd(String text, int from) {
    int i = from;
    while (i < text.length() && isNumeral(text.charAt(i))) {
      i++;
    }
    if (i > from && i + 1 < text.length() && text.charAt(i) == '点' && DIGITS.indexOf(text.charAt(i + 1)) >= 0) {
      i++;
      while (i < text.length() && DIGITS.indexOf(text.charAt(i)) >= 0) {
        i++;
      }
      if (i < text.length() && (text.charAt(i) == '万' || text.charAt(i) == '亿')) {
        i++;
      }
    }
    return i;
  }

  private static boolean isNumeral(char c) {
    return NUMERALS.contains(c);
  }
}
