package dev.jixiao.check.mutation;

import dev.jixiao.record.Evidence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One change of a report's text at a figure's evidence span: {@code replacement} takes the place
 * of the quoted span, and the figure then reads {@code value} in {@code unit} (null: unchanged).
 * The mutated span in the changed text is {@code [start, start + replacement.length())}.
 */
record Mutation(Evidence at, String kind, String figureKind, String replacement, BigDecimal value, String unit) {
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
  private static final String PER_MILLE = "‰";

  int start() {
    return at.start();
  }

  int end() {
    return at.start() + replacement.length();
  }

  String apply(String text) {
    if (!text.substring(at.start(), at.end()).equals(at.quote())) {
      throw new IllegalStateException("evidence " + at + " does not quote the text");
    }
    return text.substring(0, at.start()) + replacement + text.substring(at.end());
  }

  /** A finding's evidence overlaps the mutated span (in the changed text). */
  boolean overlaps(Evidence e) {
    return e.start() < end() && e.end() > start();
  }

  @Override
  public String toString() {
    return at.quote() + "@" + at.start() + " → " + replacement + " (" + kind + ")";
  }

  /**
   * The mutations of one figure: its leading digit and its last digit changed (the value moves by
   * at least one unit of its last written place, i.e. beyond its rounding), money moved between
   * 万元 and 元, a count raised by one and by two. Figures written without Arabic digits (三十六个) get
   * only the unit change.
   */
  static List<Mutation> of(Evidence at, String figureKind) {
    Map<String, Mutation> out = new LinkedHashMap<>();
    String q = at.quote();
    Matcher m = NUMBER.matcher(q);
    if (m.find()) {
      String number = m.group();
      int first = 0;
      int last = number.length() - 1;
      while (!Character.isDigit(number.charAt(last))) {
        last--;
      }
      List<String[]> numbers = new ArrayList<>();
      numbers.add(new String[] {"digit-lead", replaceDigit(number, first)});
      if (Relations.COUNT.equals(figureKind) && !number.contains(".")) {
        BigDecimal v = new BigDecimal(number.replace(",", ""));
        numbers.add(new String[] {"count+1", v.add(BigDecimal.ONE).toPlainString()});
        numbers.add(new String[] {"count+2", v.add(BigDecimal.valueOf(2)).toPlainString()});
      } else {
        numbers.add(new String[] {"digit-last", replaceDigit(number, last)});
      }
      for (String[] n : numbers) {
        String replacement = q.substring(0, m.start()) + n[1] + q.substring(m.end());
        out.putIfAbsent(replacement, new Mutation(at, n[0], figureKind, replacement, read(n[1], q), null));
      }
    }
    if (Relations.MONEY.equals(figureKind)) {
      BigDecimal value = m.find(0) ? new BigDecimal(m.group().replace(",", "")) : null;
      String[][] swaps = {{"万元", "元"}, {"亿元", "万元"}, {"元", "万元"}};
      for (String[] s : swaps) {
        int i = q.lastIndexOf(s[0]);
        if (i >= 0 && value != null) {
          String replacement = q.substring(0, i) + s[1] + q.substring(i + s[0].length());
          out.putIfAbsent(replacement, new Mutation(at, "unit " + s[0] + "→" + s[1], figureKind, replacement, value, s[1]));
          break;
        }
      }
    }
    return List.copyOf(out.values());
  }

  /** The value a figure reads from the number written: a rate per mille (0.22‰) is read in percent, as the extractor reads it. */
  private static BigDecimal read(String number, String quote) {
    BigDecimal written = new BigDecimal(number.replace(",", ""));
    return quote.contains(PER_MILLE) ? written.movePointLeft(1) : written;
  }

  /** The digit at {@code i} raised by one (9 lowered to 8). */
  private static String replaceDigit(String number, int i) {
    int d = number.charAt(i) - '0';
    int changed = d == 9 ? 8 : d + 1;
    return number.substring(0, i) + changed + number.substring(i + 1);
  }
}
