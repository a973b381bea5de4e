package dev.jixiao.unit;

import dev.jixiao.unit.Division.Level;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which names of the division list may be read as a place mention in running text, and how. */
final class PlaceNames {

  /**
   * Names that stand for no particular place, or are everyday words, so a match in text says
   * nothing: the list's placeholders (市辖区, 县, …), the county-level districts named 城区,
   * 郊区, 矿区, 东区, 西区 (real districts, but the words occur in every report), and 分乡镇, a town
   * of 夷陵区 whose name is how reports say "by township" (资金分乡镇发放情况).
   */
  static final Set<String> GENERIC =
      Set.of(
          "市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "县直辖村级区划",
          "城区", "郊区", "矿区", "东区", "西区", "分乡镇");

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

  /** An autonomous prefecture's, county's or banner's name: the place, its peoples, 自治 and the level. */
  private static final Pattern AUTONOMOUS = Pattern.compile("(\\p{IsHan}+)自治(州|县|旗)");

  /**
   * The peoples whose names an autonomous division's name holds (红河哈尼族彝族自治州); those of two
   * characters or more may stand without 族 (伊犁哈萨克自治州), the others never do.
   */
  private static final List<String> PEOPLES = List.of(
      "柯尔克孜", "乌孜别克", "维吾尔", "哈萨克", "达斡尔", "鄂伦春", "鄂温克", "塔吉克", "塔塔尔", "蒙古", "土家", "哈尼", "布依",
      "朝鲜", "傈僳", "拉祜", "东乡", "纳西", "景颇", "仫佬", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "俄罗斯",
      "德昂", "保安", "裕固", "独龙", "赫哲", "门巴", "珞巴", "基诺", "高山", "回", "藏", "苗", "彝", "壮", "满", "侗", "瑶", "白",
      "傣", "黎", "佤", "畲", "水", "土", "羌", "怒", "京");

  private PlaceNames() {}

  /**
   * The short name an autonomous division goes by in reports and in the names of its offices: the
   * place and the level, its peoples left out (红河州 for 红河哈尼族彝族自治州, 长阳县 for
   * 长阳土家族自治县, 伊犁州 for 伊犁哈萨克自治州); null for any other name, or when nothing is left of
   * the place (鄂伦春自治旗).
   */
  static String autonomousShortName(String name) {
    Matcher m = AUTONOMOUS.matcher(name);
    if (!m.matches()) {
      return null;
    }
    String place = m.group(1);
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (String people : PEOPLES) {
        if (place.endsWith(people + "族")) {
          place = place.substring(0, place.length() - people.length() - 1);
          stripped = true;
          break;
        }
        if (people.length() >= 2 && place.endsWith(people)) {
          place = place.substring(0, place.length() - people.length());
          stripped = true;
          break;
        }
      }
    }
    return place.length() >= 2 && place.length() < m.group(1).length() ? place + m.group(2) : null;
  }

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
