package dev.jixiao.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds every number-with-unit in normalised text: money (元/千元/万元/亿元), percentages (and permille, 7.81‰, as 0.781%), counts with
 * a measure word, and scores (分), in digits and in Chinese numerals ({@link ChineseQuantities}). A
 * space may stand between number and unit (PDF converters put one there). Years, dates, ordinals
 * and document numbers have no unit here and are skipped.
 */
public final class QuantityScanner {
  // PDF and OCR text wrap anywhere, also inside 万元 ("0.62万\n元")
  private static final String MONEY = "亿[ \\t]*\\n?[ \\t]*元|万[ \\t]*\\n?[ \\t]*元|千元|元";
  static final String COUNT = "人次|人·月|人月|人天|人日|万人次|万人|万亩|万户次|万户|户次|万吨|万平方米|万立方米|立方米|个工日|工日|个百分点|百分点|个|人|名|次|份|场次|场|期|亩|口|项|家次|家"
      + "|户|所|座|条|辆次|辆|台次|台|套|件次|件|起|处|笔|段|盏|棵|株|眼|栋|间|万公里|公里|万平方公里|平方公里|平方米|吨|千瓦时|千瓦|千米|米|例|批次|批|册"
      + "|万公顷|公顷|具|张|块|只|头|页|万头|万只|万羽|万页|万件|万份|万册|万株|万千瓦时|天|小时|学时|课时|公斤|千克|艘|顶|床|篇|卷|羽|枚|轮|周|盘|孔|宗|辑"
      + "|村次|剂次|车次|架次|班次|班";
  static final Pattern QUANTITY = Pattern.compile(
      "(?<![\\d.])(?<!\\d,)(-?)(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:[ \\t]{0,2}|[ \\t]*\\n[ \\t]*)("
          + MONEY + "|%|‰|" + COUNT + "|分)");
  /** Units of things counted whole, never in fractions (所, 个, 人次), unlike 亩, 公里 or 万人. */
  private static final Set<String> WHOLE_THINGS = Set.of("所", "个", "人", "名", "户", "家", "座", "台", "套", "件", "辆", "处", "间",
      "次", "场", "项", "条", "栋", "张", "头", "只", "艘", "床", "顶", "篇", "册", "份", "批", "期", "人次", "户次", "家次", "场次",
      "辆次", "台次", "件次", "批次", "村次", "车次", "架次", "班次");
  /** The first characters of {@link #QUANTITY}'s units. */
  private static final CharSet UNIT_STARTS =
      CharSet.of(Stream.of((MONEY + "|%|‰|" + COUNT + "|分").split("\\|")).mapToInt(unit -> unit.charAt(0)));
  /** What 约 ends as a word of its own (节约 saved, 制约, 签约), not as "about" before a figure. */
  public static final String WORDS_IN_约 = "节制签合条公预履违契";
  /**
   * A bound before a number (≥95%, 不低于90%), or a word that makes it approximate (约1280户, 近2000个, 接近95%): no exact
   * figure to hold a relation to. Not the 约 of a word (节约1.2万元, 合约) nor the 近 of one (附近).
   */
  private static final Pattern OP_BEFORE = Pattern.compile("(≥|≤|>=|<=|>|<|超过|不低于|不少于|不超过|不高于|高于|低于|大于|小于|大约|"
      + "(?<![" + WORDS_IN_约 + "])约|将近|接近|(?<![最附邻靠临亲])近)[ \\t]*$");
  /** The characters {@link #OP_BEFORE}'s words end with. */
  private static final CharSet BOUND_ENDS = CharSet.of("≥≤=><过于约近");
  private static final Pattern BLANK = Pattern.compile("\\s");
  private static final Pattern OP_AFTER = Pattern.compile("^[ \\t]*(以上|以下|以内|内(?![容部外地涵]))");
  /**
   * Digits right after a word and then a blank or a line's end before a number: one number OCR or a
   * converter broke apart (合计3 265.18万元, 结余152. 85万元, 总额4, 862.30万元, 下降1 7.71%; 实际支出3,198.|62万元
   * wrapped at a line's end), whose tail is not the figure. A flattened table's columns (383 238.17)
   * follow a blank, not a word.
   */
  private static final Pattern SPLIT_BEFORE = Pattern.compile("\\p{IsHan}\\d[\\d.,]{0,8}(?:[ \\t]{1,2}|[ \\t]*\\n[ \\t]*)$");
  /** What multiplies a rate's formula by 100% (×100%, *100%). */
  private static final Pattern FORMULA_FACTOR = Pattern.compile("[×*xX][ \\t]*$");
  /** Letters OCR reads for 1 and 0 (l3.65万元 for 13.65万元): the digits after them are a number's tail. */
  private static final String MISREAD_DIGITS = "lIOo";

  public List<Quantity> scan(String text) {
    return scan(text, 0, text.length());
  }

  /**
   * The quantities within {@code [from, to)}. The characters before {@code from} are seen:
   * a number that runs on from before it (…1|2.5万元) is not a quantity of its own.
   */
  public List<Quantity> scan(String text, int from, int to) {
    List<Quantity> out = new ArrayList<>();
    Matcher m = QUANTITY.matcher(text).useTransparentBounds(true);
    for (int at = from; find(m, text, at, to); at = m.end()) {
      String written = m.group(3);
      String unit = written.length() == 1 ? written : BLANK.matcher(written).replaceAll("");
      int end = m.end();
      if (!accept(text, m, unit, end)) {
        continue;
      }
      boolean negative = !m.group(1).isEmpty() && isSign(text, m.start());
      int numberStart = negative ? m.start(1) : m.start(2);
      String number = m.group(2);
      int marker = negative ? 0 : itemMarker(text, m.start(2), number, unit);
      if (marker > 0) {
        numberStart += marker; // "2.18所学校中有17所": item 2, 18 schools
        number = number.substring(marker);
      }
      BigDecimal value = Quantity.asPercent(Numbers.parse(number), unit);
      if (negative) {
        value = value.negate();
      }
      Quantity.Kind kind = Quantity.kindOf(unit);
      String op = op(text, numberStart, end);
      out.add(new Quantity(numberStart, end, numberStart, m.end(2), value, unit, kind, op));
    }
    List<Quantity> written = ChineseQuantities.scan(text, from, to).stream()
        .map(q -> new Quantity(q.start(), q.end(), q.numberStart(), q.numberEnd(), q.value(), q.unit(), q.kind(),
            op(text, q.start(), q.end())))
        .toList();
    if (!written.isEmpty()) {
      out.addAll(written);
      out.sort(Comparator.comparingInt(Quantity::start));
    }
    return out;
  }

  /**
   * The next match of {@link #QUANTITY} within {@code [from, to)}, as {@code find()} gives it, tried only where a quantity
   * can start ({@link AnchoredSearch}). {@code m} must have transparent bounds.
   */
  static boolean find(Matcher m, String text, int from, int to) {
    return AnchoredSearch.next(m, from, to, i -> mayStart(text, i));
  }

  /**
   * Whether a quantity can start at {@code i}: a digit or a minus sign that the pattern's lookbehinds allow, before a run of
   * digits, points and commas that a unit's first character follows (past blanks and line breaks). Years, dates and numbers
   * without a unit fail here, not after the pattern has tried each of its units at each length of the number.
   */
  private static boolean mayStart(String text, int i) {
    char c = text.charAt(i);
    return (isDigit(c) || c == '-') && !runsOn(text, i) && unitFollows(text, c == '-' ? i + 1 : i);
  }

  /** A digit as the pattern's {@code \d} reads one: ASCII only. */
  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether the character at {@code i} continues a number, which {@link #QUANTITY}'s lookbehinds refuse to start at. */
  private static boolean runsOn(String text, int i) {
    char p = i > 0 ? text.charAt(i - 1) : ' ';
    return isDigit(p) || p == '.' || p == ',' && i > 1 && isDigit(text.charAt(i - 2));
  }

  /** Whether a unit's first character follows the digits, points and commas from {@code i} and any blanks after them. */
  private static boolean unitFollows(String text, int i) {
    int k = i;
    if (k >= text.length() || !isDigit(text.charAt(k))) {
      return false;
    }
    while (k < text.length() && (isDigit(text.charAt(k)) || text.charAt(k) == '.' || text.charAt(k) == ',')) {
      k++;
    }
    while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\n')) {
      k++;
    }
    return k < text.length() && UNIT_STARTS.contains(text.charAt(k));
  }

  private static boolean accept(String text, Matcher m, String unit, int end) {
    char next = end < text.length() ? text.charAt(end) : ' ';
    if (unit.equals("个") && (next == '月' || text.startsWith("工作日", end))) {
      return false; // a duration (8 个月), not a count
    }
    if (unit.equals("分") && (next == '之' || next == '别' || next == '钟')) {
      return false; // 百分之, 分别, 分钟
    }
    if (unit.equals("起") && "草步始点到止码".indexOf(next) >= 0) {
      return false; // 起草, 起步, 起止: a word, not cases counted (火灾2起)
    }
    if (unit.equals("例") && next == '如') {
      return false; // 例如: an example follows, not cases counted (婴儿死亡2例)
    }
    if (unit.equals("天") && next == '然' || unit.equals("周") && "岁年边".indexOf(next) >= 0
        || unit.equals("班") && "子级组车长主".indexOf(next) >= 0) {
      return false; // 天然气, 90周岁 and 70周年, 班子 and 班车: words, not days, weeks or runs counted
    }
    if (unit.equals("%") && FORMULA_FACTOR.matcher(text).region(Math.max(0, m.start() - 3), m.start()).find()) {
      return false; // 实际支出÷预算数×100%: a formula's factor, no figure
    }
    if (next == '/' && end + 1 < text.length() && text.charAt(end + 1) < 0x3000 && Character.isLetter(text.charAt(end + 1))) {
      return false; // a measure per a unit of volume or length (CD4细胞计数低于200个/μl), no count of things
    }
    if (unit.equals("次") && next == '数') {
      return true;
    }
    int s = m.start();
    char prev = s > 0 ? text.charAt(s - 1) : ' ';
    if (MISREAD_DIGITS.indexOf(prev) >= 0 || isBlank(prev) && SPLIT_BEFORE.matcher(text).region(Math.max(0, s - 12), s).find()) {
      return false; // the tail of a number OCR broke or misread: no figure of its own, which would be invented
    }
    if ((prev == '\t' || text.startsWith("  ", Math.max(0, s - 2))) && text.substring(m.end(2), m.start(3)).indexOf('\n') >= 0) {
      return false; // a table's last cell (合计\t100\t92.0), and the next line's first word (项目自评…) no unit of it
    }
    if (prev == '/' && s >= 2 && Character.isDigit(text.charAt(s - 2))) {
      return false; // a fraction's whole (建成11/12个): the unit is of both numbers, and neither alone is what was done
    }
    return prev != '第'; // an ordinal
  }

  /**
   * The length of an item's number and its point opening a line before a count of whole things (2.18所学校, 3.12个村): no count
   * of such things has a fraction, so the digits before the point number the item; 0 where they do not.
   */
  private static int itemMarker(String text, int start, String number, String unit) {
    int point = number.indexOf('.');
    if (point < 1 || point > 2 || number.indexOf(',') >= 0 || !WHOLE_THINGS.contains(unit)) {
      return 0;
    }
    int k = start;
    while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
      k--;
    }
    return k == 0 || text.charAt(k - 1) == '\n' ? point + 1 : 0;
  }

  /** A minus is a sign only where no number or closing bracket precedes it (90(含)-100分 is a range). */
  private static boolean isSign(String text, int minusAt) {
    if (minusAt == 0) {
      return true;
    }
    char p = text.charAt(minusAt - 1);
    return !(Character.isDigit(p) || p == ')' || p == '）' || p == '~' || Character.isLetter(p) && p < 0x80);
  }

  /** A blank or line break: what {@link #SPLIT_BEFORE} ends with. */
  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || isLineBreak(c);
  }

  /** What Java's {@code $} can stand before at a text's end. */
  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static String op(String text, int start, int end) {
    // Most quantities have no bound; the patterns' tries at each of the characters around them cost more than the rest of a scan,
    // so each is tried only where the character it must end (or start) with is there.
    Matcher before = BOUND_ENDS.contains(lastBefore(text, start))
        ? OP_BEFORE.matcher(text).region(Math.max(0, start - 6), start).useTransparentBounds(true) : null;
    if (before != null && before.find()) {
      String op = before.group(1);
      return switch (op) {
        case ">=" -> "≥";
        case "<=" -> "≤";
        default -> op;
      };
    }
    int word = end;
    while (word < text.length() && (text.charAt(word) == ' ' || text.charAt(word) == '\t')) {
      word++;
    }
    boolean mayFollow = word < text.length() && (text.charAt(word) == '以' || text.charAt(word) == '内');
    Matcher after = mayFollow ? OP_AFTER.matcher(text).region(end, Math.min(text.length(), end + 4)) : null;
    if (after != null && after.find()) {
      return after.group(1).equals("内") ? "以内" : after.group(1); // 48小时内 is 48小时以内
    }
    return null;
  }

  /**
   * The character an {@link #OP_BEFORE} ending at {@code start} would end with: the last before it but blanks, and but one line
   * break, before which {@code $} matches too; {@code ' '} at the text's start.
   */
  private static char lastBefore(String text, int start) {
    int i = start;
    if (i >= 2 && text.startsWith("\r\n", i - 2)) {
      i -= 2;
    } else if (i >= 1 && isLineBreak(text.charAt(i - 1))) {
      i--;
    }
    while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
      i--;
    }
    return i > 0 ? text.charAt(i - 1) : ' ';
  }
}
