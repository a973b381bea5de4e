package dev.jixiao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells header rows from data rows, without knowing what the columns mean (mapping columns to
 * budget, expenditure… is extraction's job). A header is one of the first rows before any row
 * holds a number (at most {@value #MAX_LEADING}; only the first when no row holds a number), or a
 * later row identical to one of those: the header a table repeats on each PDF page.
 */
final class TableHeaders {
  static final int MAX_LEADING = 5;
  private static final Pattern NUMBER = Pattern.compile("[-+−]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)?(?:\\.\\d+)?[%％]?");
  private static final Pattern WHITE = Pattern.compile("\\s+");

  private TableHeaders() {}

  static boolean[] mark(List<List<String>> rows) {
    boolean[] header = new boolean[rows.size()];
    int firstData = -1;
    for (int i = 0; i < rows.size(); i++) {
      if (hasNumber(rows.get(i))) {
        firstData = i;
        break;
      }
    }
    int leading = firstData < 0 ? Math.min(1, rows.size()) : Math.min(firstData, MAX_LEADING);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < leading; i++) {
      header[i] = true;
      keys.add(key(rows.get(i)));
    }
    for (int i = leading; i < rows.size(); i++) {
      header[i] = keys.contains(key(rows.get(i)));
    }
    return header;
  }

  static boolean hasNumber(List<String> row) {
    for (String cell : row) {
      String s = cell.strip();
      if (!s.isEmpty() && s.chars().anyMatch(Character::isDigit) && NUMBER.matcher(s).matches()) {
        return true;
      }
    }
    return false;
  }

  private static String key(List<String> row) {
    return WHITE.matcher(String.join("\t", row)).replaceAll("");
  }
}
