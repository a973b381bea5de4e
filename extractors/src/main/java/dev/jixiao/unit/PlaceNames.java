package dev.jixiao.unit;

import dev.jixiao.unit.Division.Level;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Which names of the division list may be read as a place mention in running text, and how. */
final class PlaceNames {

  /**
   * Names that stand for no particular place, or are everyday words, so a match in text says
   * nothing: the list's placeholders (市辖区, 县, …) and the county-level districts named 城区,
   * 郊区, 矿区, 东区, 西区 (real districts, but the words occur in every report).
   */
  static final Set<String> GENERIC =
      Set.of(
          "市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "县直辖村级区划",
          "城区", "郊区", "矿区", "东区", "西区");

  /**
   * Township names count as mentions only with one of these endings and a proper name before
   * it. The other township-level rows (农场, 林场, 开发区, 监狱, 管委会, …) are not township
   * governments that publish self-evaluations, and many of their names are generic
   * (经济开发区 exists 15 times, 良种场 8 times).
   */
  private static final List<String> TOWNSHIP_ENDINGS = List.of("办事处", "街道", "苏木", "镇", "乡");

  /**
   * What may follow a shortened name (桃源 for 桃源县, 湖北 for 湖北省, 长阳 for
   * 长阳土家族自治县): an administrative ending, possibly after the ethnic part of an
   * autonomous division's name.
   */
  private static final Pattern SHORTENED_TAIL =
      Pattern.compile("(?:\\p{IsHan}*自治)?(?:省|市|县|区|旗|州|盟|地区|特区|林区)");

  private PlaceNames() {}

  /** Whether a name of this level is matched when it occurs in text. */
  static boolean mentionable(Level level, String name) {
    if (name.length() < 2 || GENERIC.contains(name)) {
      return false;
    }
    if (level != Level.TOWNSHIP) {
      return true;
    }
    for (String ending : TOWNSHIP_ENDINGS) {
      if (name.endsWith(ending)) {
        return name.length() > ending.length();
      }
    }
    return false;
  }

  /**
   * Whether {@code prefix} (at least two characters) is {@code name} shortened by dropping its
   * administrative ending, as reports write 桃源郑家驿镇 for 桃源县郑家驿镇.
   */
  static boolean isShortened(String prefix, String name) {
    return prefix.length() >= 2
        && prefix.length() < name.length()
        && name.startsWith(prefix)
        && !GENERIC.contains(name)
        && SHORTENED_TAIL.matcher(name.substring(prefix.length())).matches();
  }
}
