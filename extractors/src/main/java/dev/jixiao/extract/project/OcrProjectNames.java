package dev.jixiao.extract.project;

import dev.jixiao.record.DivisionRef;
import dev.jixiao.record.Unit;
import dev.jixiao.unit.Division;
import dev.jixiao.unit.DivisionIndex;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * For OCR text only: what Tesseract misreads in projects' names, put right so that a search finds
 * them as the report wrote them. The evidence keeps the text as OCR read it.
 * <ul>
 *   <li>The report's own township (南电镇信访稳定经费 and 南吼镇… in 南屯镇's report, 古馈镇… in 古饶镇's):
 *       a place in a name as long as the township, ending as it does (镇, 乡), one character apart
 *       from it and no township of the unit's own county. A neighbour one character apart (西坪镇
 *       beside 东坪镇) stays as written.
 *   <li>Brackets read in the wrong shape or width (专项工作经费〈运转保障) for 专项工作经费（运转保障）): a
 *       closing bracket takes the width of the one it closes, and 〈 closed by a round bracket is a
 *       round one. 〈…〉 stays.
 * </ul>
 */
public final class OcrProjectNames {
  /** The digits of a division code that name its county. */
  private static final int COUNTY_CODE = 6;
  private final DivisionIndex divisions;

  public OcrProjectNames(DivisionIndex divisions) {
    this.divisions = divisions;
  }

  /**
   * Each name to put right, with its correction. The township is put right only where the unit's
   * township and county are known; a township of several counties' (南屯镇 of 涞源县 and of 铁门关市)
   * is of each.
   */
  public Map<String, String> corrections(List<String> names, Unit unit) {
    String own = unit == null || unit.township() == null || unit.township().length() < 2 ? null : unit.township();
    List<String> counties = unit == null ? List.of() : unit.divisionCode() != null ? List.of(unit.divisionCode())
        : unit.candidates().stream().map(DivisionRef::divisionCode).filter(Objects::nonNull).toList();
    counties = counties.stream().filter(code -> code.length() >= COUNTY_CODE).map(code -> code.substring(0, COUNTY_CODE)).toList();
    Map<String, String> out = new LinkedHashMap<>();
    for (String name : names) {
      String corrected = brackets(name);
      if (own != null && !counties.isEmpty()) {
        corrected = township(corrected, own, counties);
      }
      if (!corrected.equals(name)) {
        out.put(name, corrected);
      }
    }
    return out;
  }

  private String township(String name, String own, List<String> counties) {
    char kind = own.charAt(own.length() - 1);
    StringBuilder out = new StringBuilder(name);
    for (int end = own.length(); end <= name.length(); end++) {
      String place = out.substring(end - own.length(), end);
      if (place.charAt(place.length() - 1) == kind && oneCharApart(place, own) && !inCounties(place, counties)) {
        out.replace(end - own.length(), end, own);
      }
    }
    return out.toString();
  }

  /** The name with each bracket pair in one shape: the opening's, or round and full-width for 〈 closed by a round one. */
  static String brackets(String name) {
    char[] c = name.toCharArray();
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < c.length; i++) {
      if (c[i] == '(' || c[i] == '（' || c[i] == '〈') {
        open.push(i);
      } else if ((c[i] == ')' || c[i] == '）') && !open.isEmpty()) {
        int o = open.pop();
        if (c[o] == '〈') {
          c[o] = '（';
        }
        c[i] = c[o] == '（' ? '）' : ')';
      } else if (c[i] == '〉' && !open.isEmpty()) {
        open.pop();
      }
    }
    return new String(c);
  }

  private boolean inCounties(String township, List<String> counties) {
    return divisions.townships(township).stream().map(Division::code).anyMatch(code -> counties.stream().anyMatch(code::startsWith));
  }

  private static boolean oneCharApart(String a, String b) {
    int diff = 0;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i) && ++diff > 1) {
        return false;
      }
    }
    return diff == 1;
  }
}
