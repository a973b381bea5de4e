package dev.jixiao.extract.breakdown;

import dev.jixiao.record.Figure;
import dev.jixiao.text.LineWraps;
import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How many items the names after or before a count list (内设机构6个：A、B、C、D names 4). */
final class NamedItems {
  /** Words with a digit in them, all on one line (as String.matches(".*\\d.*") reads them, compiled once). */
  private static final Pattern A_DIGIT = Pattern.compile(".*\\d.*");
  /** A list of names after a count: after a colon to the clause's end, or in parentheses after the count or its noun. */
  private static final Pattern NAMED_LIST = Pattern.compile("[ ]*(?::([^;。\n]*)|\\p{IsHan}{0,8}\\(([^()\n]*)\\))");

  /** Deeds listed before what they were done to (新建、改扩建幼儿园5所): no names of the things counted. */
  private static final Pattern DEEDS_LISTED = Pattern.compile("(?:新建|改建|扩建|改扩建|新改扩建|改造|维修|修缮|新增|建成|提升|领办|创办|新办)、");

  /** What a sum is reckoned by, a standard and what it applies to, no names (按每人每日五百元标准、全年值班四百九十个人日计算). */
  private static final Pattern RECKONED_BY = Pattern.compile("按[^、]*标准、");
  /** A count said of what the clause describes (…、配套设施不完善的老旧小区共有31个): no names run up to it. */
  private static final Pattern COUNTED = Pattern.compile("(?:共有|共计|合计|总计|共|有|达)$");
  /** A share's words opening the clause, the count the whole it is of (占有条件、有需求村112个的72.32%): what they name describes it. */
  private static final Pattern SHARE_OF = Pattern.compile("^[ ]*(?:约)?占");
  /** Where something went, right before the count (按受灾户数、人数及房屋倒损情况分配至9个乡镇): no names run up to it. */
  private static final Pattern GONE_TO = Pattern.compile("(?:至|到|给)$");

  /** Measure words listed in parentheses after a count's own (243,278头（只、羽）次): the other units it counts in, no names. */
  private static final Pattern UNITS_LISTED = Pattern.compile("[ ]*[只羽头匹口条尾个台套件辆艘架株棵](?:[ ]*、[ ]*[只羽头匹口条尾个台套件辆艘架株棵])+[ ]*");

  /** The units a count of named institutions is in (3个内设机构, 2所学校). */
  private static final Set<String> INSTITUTIONS = Set.of("个", "家", "所");

  /** The years names hold (2023年, 2022年度). */
  private static final Pattern YEARS = Pattern.compile("(?:19|20)\\d{2}年度?");

  /** The item number a list may open with (1.2022年财政建设补助经费…). */
  private static final Pattern ITEM_NUMBER = Pattern.compile("^[ ]*\\d{1,2}[.、](?=\\D|(?:19|20)\\d{2}年)");

  /** The words that join a list's last item on. */
  private static final Pattern JOINER = Pattern.compile("[和及与]");
  /** What a count of towns counts (2个乡镇, 3个镇): the towns listed before it, not things in them. */
  private static final Pattern TOWNS = Pattern.compile("(?:乡镇|镇|乡|街道)");
  /** A joining word right before a count, which joins it on to the list as one more of it: …县妇幼保健院和14个乡镇卫生院. */
  private static final Pattern JOINED_ON = Pattern.compile("(?:和|及|与|以及)$");
  /** What opens an aside of the kinds a count includes or mostly is: （含…）, （主要为…）, （包括…）. */
  private static final Pattern KINDS_OF_IT = Pattern.compile("[ ]*(?:含|主要(?:为|是)|包括|其中主要)");
  /** Ways of doing listed after the word that announces them: 采取查阅…、调取…、. */
  private static final Pattern WAYS = Pattern.compile("(?:采取|采用|运用)[^、]*、");
  /** Names a count leaves out: 除梅岭乡、大洲乡外其余8个乡镇. */
  private static final Pattern LEFT_OUT = Pattern.compile("除.+外(?:的)?(?:其余|其他|其它)?$");
  /** A list of towns (柳泉镇、马营乡), which hold villages and anything else counted after them. */
  private static final Pattern TOWNS_LISTED = Pattern.compile("(?:镇|乡|街道)、");
  /** A count written in Chinese numerals (黄草滩乡九个村、白杨沟镇七个村): a list holding one is of figures, as one of digits is. */
  private static final Pattern CHINESE_COUNT = Pattern.compile("[一二两三四五六七八九十百]+(?:个|名|户|处|项|家|所|座|次|轮|批|期)");

  /** How many times more items than the names in parentheses after it a count holds for those to be kinds of it, no names. */
  private static final int KINDS_NOT_NAMES = 3;

  private NamedItems() {}

  /**
   * How many items are named for the count at i: after a colon ("内设机构6个：A、B、C、D；"), in
   * parentheses after it or its noun ("3个行政部门(人大、政府和党委)"), or right before it
   * ("下设A、B、C3个内设机构"). Null when none are named, or when
   * the list carries figures. Items are separated by 、, and 和, 及 or 与 joins the last one on; but
   * a name may hold such a word itself (平安法治和应急管理办公室), so a last item with one is read as
   * the count has it when either reading agrees: an ambiguous list is never read against what it
   * states. When neither does, it is two names only if the first is short (政府和党委) or ends as a
   * name of the list does (社会事务办和经济发展办 beside 党政办).
   */
  static Integer namedItems(String t, Figure f) {
    Matcher m = NAMED_LIST.matcher(t).region(f.evidence().end(), t.length());
    String list = m.lookingAt() ? (m.group(1) != null ? m.group(1) : m.group(2)) : listBefore(t, f);
    // an aside in parentheses with clauses of its own says something of the count (县级传承人37名（国家级、省级传承人补助由上级直接发放，
    // 不在本项目内）), no names, and so does one of the kinds it includes (56所中小学校（含特殊教育学校和村小、教学点）)
    // (未筛查280人（主要为转学、休学及因病缓检学生）)
    boolean aside = m.lookingAt() && m.group(2) != null && (list.contains(",") || list.contains("，") || KINDS_OF_IT.matcher(list).lookingAt());
    // a sample of them (1,126人（快递员、网约配送员、货车司机等）) names no count of items
    if (list == null || aside || list.isBlank() || A_DIGIT.matcher(withoutYearsAndNumber(list)).matches() || CHINESE_COUNT.matcher(list).find()
        || !list.contains("、")
        || list.strip().endsWith("等") || UNITS_LISTED.matcher(list).matches()) {
      return null;
    }
    String[] items = list.split("、");
    int n = items.length;
    // a few kinds in parentheses after a count many times theirs (36家造林主体（专业合作社、林业公司和家庭林场）) say what the count is
    // made of, no names of it
    boolean inParentheses = m.lookingAt() && m.group(2) != null;
    if (inParentheses && f.value().compareTo(BigDecimal.valueOf((long) (n + 1) * KINDS_NOT_NAMES)) >= 0) {
      return null;
    }
    String last = items[n - 1];
    Matcher joiner = JOINER.matcher(last);
    if (!joiner.find()) {
      return n;
    }
    for (int reading : new int[] {n, n + 1}) {
      if (f.value().compareTo(BigDecimal.valueOf(reading)) == 0) {
        return reading;
      }
    }
    // neither agrees: the word joins two names when what comes before it is short (政府和党委) or
    // ends as a name of the list does
    String before = last.substring(0, joiner.start());
    if (before.length() < 2) {
      return n;
    }
    String ending = before.substring(before.length() - 1);
    boolean twoNames = before.length() <= 3 || last.endsWith(ending);
    for (int k = 0; k < n - 1 && !twoNames; k++) {
      twoNames = items[k].endsWith(ending);
    }
    return twoNames ? n + 1 : n;
  }

  /**
   * A list as its names would be without the years they hold (2023年中央自然灾害救灾资金) and the item
   * number it opens with (1.): what is left of digits then is a figure, and a list with figures
   * names no items.
   */
  private static String withoutYearsAndNumber(String list) {
    return YEARS.matcher(ITEM_NUMBER.matcher(list).replaceFirst("")).replaceAll("");
  }

  /**
   * The names a count closes (下设综合办公室、党建办公室、城市管理办公室3个内设机构): the clause before
   * the count, when the last name runs right up to it and the count is of institutions; null when
   * the list is only a sample (…等3个), or the count is said of a description (…、配套设施不完善的老旧小区共有31个).
   * Brackets inside a name (专项工作经费(运转保障)) are the name's.
   */
  private static String listBefore(String t, Figure f) {
    int end = f.evidence().start();
    if (end == 0 || !Character.isIdeographic(t.charAt(end - 1)) || !INSTITUTIONS.contains(f.unit())) {
      return null;
    }
    int start = end;
    int depth = 0;
    while (start > 0 && (depth > 0 || ",，;；:：。\n(".indexOf(t.charAt(start - 1)) < 0 || LineWraps.wrapsWords(t, start - 1))) {
      char c = t.charAt(start - 1);
      // (a page's layout may break a name: …茶园村、枫林\n村、下洋村…6个村)
      if (c == '\n' && !LineWraps.wrapsWords(t, start - 1) || c == '。') {
        break;
      }
      depth += c == ')' ? 1 : c == '(' ? -1 : 0;
      start--;
    }
    String list = t.substring(start, end);
    // a count of each one the list names (柳溪乡、枫林乡各1个站点) counts none of them, nor does one the list joins on as one more
    // (县人民医院、县妇幼保健院和14个乡镇卫生院), nor one of those it leaves out (除梅岭乡、大洲乡外其余8个乡镇)
    // (nor one in the last of the ways the list names: 采取查阅…、调取…、实地抽查12个乡镇的…)
    if (list.endsWith("各") || JOINED_ON.matcher(list).find() || LEFT_OUT.matcher(list).find() || WAYS.matcher(list).find()) {
      return null;
    }
    // a count with no noun after it counts what the words before name, kinds not items (设临床、医技科室32个，)
    int after = f.evidence().end();
    if (after >= t.length() || !Character.isIdeographic(t.charAt(after))) {
      return null;
    }
    // the places the count's villages lie in (完成柳泉镇、马营乡5个村1,120户改造) are no villages, nor what else lies in them
    // (清水乡、东岭镇5个路段)
    boolean placesOfThem = TOWNS_LISTED.matcher(list).find() && !TOWNS.matcher(t).region(f.evidence().end(), t.length()).lookingAt();
    // qualities the things counted have (服务规模大、服务质量好、农户评价高的5家服务组织) are no names of them, nor what describes the whole a
    // share is of (占有条件、有需求村112个的72.32%)
    return list.contains("等") || list.endsWith("的") || placesOfThem || DEEDS_LISTED.matcher(list).find() || COUNTED.matcher(list).find()
        || GONE_TO.matcher(list).find() || RECKONED_BY.matcher(list).lookingAt() || SHARE_OF.matcher(list).lookingAt() ? null : list;
  }
}
