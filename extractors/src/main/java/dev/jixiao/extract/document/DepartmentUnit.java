package dev.jixiao.extract.document;

import dev.jixiao.unit.Resolution;
import dev.jixiao.unit.UnitResolver;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A county's or city's department named beside its report's title, at its head or signing it, whose text the place resolution
 * took for a township's: a water bureau's drinking-water project covers four townships, and the one named most is none of the
 * unit's. {@link UnitFinder} takes such a name only when it holds the place resolved; this says when the name is the unit all the
 * same, and where the unit then is: the name's own place, as the division list finds it, or the county it writes when the list
 * knows none.
 *
 * <p>A name is taken only when the text bears it out and nothing in it says the report is a township's: the report speaks of the
 * unit (我局, 本中心, or the unit's kind, 水利局, again), its title does not name the place resolved, and it does not speak of itself
 * as a township (我镇, 本乡).
 */
final class DepartmentUnit {
  /** How a township or subdistrict speaks of itself: its report's place is its own. */
  private static final List<String> TOWNSHIP_SELF = List.of("我镇", "我乡", "本镇", "本乡", "我街道", "本街道");
  /** How a unit speaks of itself, by the word its name ends with. */
  private static final Map<String, List<String>> SELF_BY_ENDING = Map.ofEntries(
      Map.entry("局", List.of("我局", "本局")),
      Map.entry("中心", List.of("我中心", "本中心")),
      Map.entry("办公室", List.of("我办", "本办")),
      Map.entry("委员会", List.of("我委", "本委", "我会", "本会")),
      Map.entry("委", List.of("我委", "本委")),
      Map.entry("联合会", List.of("我会", "本会")),
      Map.entry("工会", List.of("我会", "本会")),
      Map.entry("协会", List.of("我会", "本会")),
      Map.entry("处", List.of("我处", "本处")),
      Map.entry("所", List.of("我所", "本所")),
      Map.entry("站", List.of("我站", "本站")),
      Map.entry("院", List.of("我院", "本院")),
      Map.entry("馆", List.of("我馆", "本馆")),
      Map.entry("队", List.of("我队", "本队")),
      Map.entry("部", List.of("我部", "本部")),
      Map.entry("校", List.of("我校", "本校")),
      Map.entry("学", List.of("我校", "本校")),
      Map.entry("园", List.of("我园", "本园")),
      Map.entry("公司", List.of("我公司", "本公司")),
      Map.entry("社", List.of("我社", "本社")));
  /**
   * The place a name opens with, up to its county (青溪县水利局, 中共丰岭县委党校): what is left is the unit's kind. A province or city before
   * it holds no county of its own (not 苍屏县鹰嘴山省 before 级自然保护区 in 苍屏县鹰嘴山省级自然保护区管理中心).
   */
  private static final Pattern LEADING_PLACE =
      Pattern.compile("^(?:中共|共青团)?(?:[\\p{IsHan}&&[^县旗区]]{1,7}?[省市州盟])?(\\p{IsHan}{1,6}?[县旗区])");

  /** Where a report names its unit. */
  enum Where {
    /** At the head of its title, after its year if the year comes first. */
    TITLES_HEAD,
    /** Alone on the line above or below the title: there a county's government is a township's report's publisher. */
    BESIDE_TITLE,
    /** Alone on one of its last lines, above its date. */
    SIGNATURE,
    /** In a field of its own (单位名称：…, 填报单位：…), which says it is the unit without the text having to bear it out. */
    FIELD
  }

  /** What a unit's own report's title goes on with after the unit: its year, or 部门, 单位, 整体. */
  private static final Pattern UNITS_REPORT = Pattern.compile("\\s*(?:\\d{4}\\s*年|部门|单位|整体)");

  private DepartmentUnit() {}

  /**
   * Where the unit {@code name} is, when it is the report's unit though it does not hold {@code place}, the place the text was
   * resolved to (null when none was); null when it is not.
   *
   * @param text the report's normalized text, in which the name itself is written too
   * @param title the report's title, normalized, or null
   * @param where where the report names the unit
   */
  static Resolution placeOf(String name, Where where, String text, String title, String place, UnitResolver resolver) {
    if (where == Where.BESIDE_TITLE && (name.endsWith("人民政府") || name.endsWith("办事处")) || name.contains("网站")) {
      return null; // (nor a web page's site, 云溪县人民政府门户网站, above its title)
    }
    if (place != null && title != null && title.contains(place)) {
      return null;
    }
    for (String self : TOWNSHIP_SELF) {
      if (text.contains(self)) {
        return null;
      }
    }
    if (where != Where.FIELD && !spokenOf(name, text, where)) {
      return null;
    }
    Resolution own = resolver.resolve(name, null);
    if (own.township() != null) {
      return null;
    }
    String county = countyWritten(name);
    // the list's county must be the one the name opens with, not one inside it (丰县 in 祁丰县林业和草原局)
    boolean sameCounty = own.county() == null || county == null || county.equals(own.county());
    if ((own.found() || own.city() != null) && sameCounty) {
      return own.withoutSpan();
    }
    // a title's head may be a project's own name (乡镇综合文化站项目…): a unit there says where it is, or is followed by the year or
    // the words of a unit's own report (中国人民政治协商会议凤岭县委员会2023年度部门整体支出…)
    boolean aUnitsReport = title != null && title.startsWith(name) && UNITS_REPORT.matcher(title.substring(name.length())).lookingAt();
    return county == null && where == Where.TITLES_HEAD && !aUnitsReport ? null : Resolution.countyAsWritten(county);
  }

  /** Whether the text speaks of the unit besides naming it once: as 我局 or 本中心, by its kind or its name again, or of its county. */
  private static boolean spokenOf(String name, String text, Where where) {
    for (Map.Entry<String, List<String>> e : SELF_BY_ENDING.entrySet()) {
      if (name.endsWith(e.getKey()) && e.getValue().stream().anyMatch(text::contains)) {
        return true;
      }
    }
    String kind = kind(name);
    String county = countyWritten(name);
    // or of its county, which the text names again (临江县民政局… 2024年，临江县统筹安排…); not a finance bureau's beside the title,
    // which publishes the county's other units' reports under its name
    boolean publisher = where == Where.BESIDE_TITLE && name.endsWith("财政局");
    return kind != null && ReportKindClassifier.count(text, kind) >= 2
        || county != null && !publisher && ReportKindClassifier.count(text, county) >= 2;
  }

  /** The name without the place it opens with (水利局 of 青溪县水利局), or null when that leaves only a unit's ending (委员会). */
  static String kind(String name) {
    Matcher m = LEADING_PLACE.matcher(name);
    String kind = m.find() ? name.substring(m.end()) : name;
    for (String ending : SELF_BY_ENDING.keySet()) {
      if (kind.equals(ending)) {
        return null;
      }
    }
    return kind.length() >= 3 ? kind : null;
  }

  /** The county a name opens with (青溪县 of 青溪县水利局), or null. */
  static String countyWritten(String name) {
    Matcher m = LEADING_PLACE.matcher(name);
    return m.find() && CountyTitle.mayBeACounty(m.group(1)) ? m.group(1) : null;
  }
}
