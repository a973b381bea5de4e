package dev.jixiao.extract;

import dev.jixiao.text.Quantity;
import dev.jixiao.text.QuantityScanner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the words that name a quantity. A label runs back from the number to the nearest
 * punctuation or the previous quantity ("流动资产1320.99万元、非流动资产492.16万元" gives two
 * labels), but crosses a 、 that joins words ("禁毒、消防宣传活动发放资料"); right after a colon, it is
 * the words before the colon ("预算执行率：95%"). Connecting words (其中, 共计, 为, 达到…) are trimmed off.
 */
public final class Labels {
  /** Nothing, or only a bound the quantity's op keeps (≥, ≤, >, <, 不低于…). */
  private static final Pattern BOUND_ONLY = Pattern.compile("\\s*(?:≥|≤|>=|<=|>|<|不低于|不少于|不高于|不超过)?\\s*");
  /** What ends the clause a formula stands in (its parentheses do not). */
  private static final String FORMULA_ENDS = ",;:。\n";
  private static final String DELIMITERS = ",;:。\n()《》【】[]!?";
  /** One space between two Chinese characters: no word holds one. */
  private static final Pattern STRAY_SPACE = Pattern.compile("(?<=\\p{IsHan}) (?=\\p{IsHan})");
  private static final String[] LEADING = {"其中", "此外", "同时", "以及", "并且", "另", "并", "且", "和", "及", "按", "我镇", "我乡", "本镇", "我单位", "本单位", "“", "\""};
  private static final String[] TRAILING = {
    "共计", "共有", "都达到", "均达到", "均为", "均在", "均", "都", "达到", "为", "是", "达", "大约", "约", "将近", "接近", "共", "计", "在",
    "已", "仅", "按", "人民币",
    "超过", "不低于", "不少于", "不超过", "不高于", "≥", "≤", ">", "<", "=", "的"
  };
  /**
   * The last characters of {@link #TRAILING}'s words and the first of {@link #LEADING}'s: every figure's label is trimmed, and one
   * that ends and opens with none of them is not tried word by word.
   */
  private static final String TRAILING_ENDS = edges(TRAILING, true);
  private static final String LEADING_STARTS = edges(LEADING, false);
  private static final String[] NONE = {};

  /** A unit written in parentheses after a column's or a figure's name. */
  private static final Pattern UNIT_IN_PARENTHESES = Pattern.compile(".*元|[万亿]?[个人户次项名亩吨件份]|[万千]?米|公里|人次|万人次|平方米");

  /** What opens an aside in parentheses on what a name takes in or leaves out: （含满意度）, （包括运维）, （不含税）. */
  private static final Pattern ASIDE = Pattern.compile("含|包括|不含");
  private static final int MAX_ASIDE = 8;
  /** An aside on what a rate was reckoned by: （按调整后预算计算）, （按可用资金核算）. */
  private static final String RECKONED_WORDS = "按\\p{IsHan}{2,14}(?:计算|核算|测算)";
  private static final Pattern RECKONED_BY = Pattern.compile(RECKONED_WORDS);
  /** The same aside closing a normalised label. */
  private static final Pattern RECKONED_AT_END = Pattern.compile("\\(" + RECKONED_WORDS + "\\)$");
  private static final int RECKONED_ASIDE = 18;

  /** What makes a label's last 达 part of a verb of arriving (下达, 送达, 到达, 抵达), not "amounting to" (支出达120万元). */
  private static final String REACHED = "下送到抵";

  /** Units an average is per when 均 follows them (人均, 笔均, 亩均, 年均, 村均). */
  public static final String PER_UNIT = "人户生笔件亩年月日期场批次村";

  /** A year's number as reports write it, in figures or in Chinese digits (2023, 二〇二三): a regular expression, no group. */
  public static final String YEAR = "(?:(?:19|20)\\d{2}|[一二][〇零九][〇零一二三四五六七八九]{2})";

  /** An earlier year a label compares with (比上年, 较2023年度同期): a regular expression's alternation, for labels to end with. */
  public static final String EARLIER_YEAR = "(?:上年|去年|上一年|" + YEAR + "[ ]*年度?)(?:同期)?";

  /**
   * The words that open a classification of a whole (按项目类型分, 按资金来源划分, 从年龄看): a regular expression's alternation, for the
   * breakdowns that link its classes and the rules that must not take one class for the whole of another.
   */
  public static final String CLASSIFICATION = "按\\p{IsHan}{1,8}?(?:分|划分|分类|统计)|从\\p{IsHan}{1,6}?(?:上)?看";

  private Labels() {}

  /**
   * Whether {@code shortName} keeps the words of {@code fullName} in order, its last {@code tail} characters whole and at least two
   * of its own before them: 节能补助资金 of 农房节能改造补助资金, 冷藏保鲜项目 of 冷藏保鲜设施建设补助项目. How a report shortens the
   * name its title gives its subject.
   */
  public static boolean abbreviates(String shortName, String fullName, int tail) {
    if (shortName.length() < tail + 2) {
      return false;
    }
    int end = fullName.indexOf(shortName.substring(shortName.length() - tail));
    int k = 0;
    for (int i = 0; i < shortName.length() - tail && end >= 0; i++) {
      k = fullName.indexOf(shortName.charAt(i), k);
      if (k < 0 || k >= end) {
        return false;
      }
      k++;
    }
    return end >= 0;
  }

  /** Whether a label ends with a multiplication sign (84套×, 完成造林面积×): its figure is a factor of a product. */
  public static boolean endsWithAFactorSign(String label) {
    if (label == null) {
      return false;
    }
    int end = label.length();
    while (end > 0 && label.charAt(end - 1) == ' ') {
      end--;
    }
    return end > 0 && (label.charAt(end - 1) == '×' || label.charAt(end - 1) == '*');
  }

  /**
   * Whether {@code words} are only a connecting word or the writer's name for itself (其中, 和,
   * 我镇, 本单位): before a count whose noun follows ("其中3个行政部门"), they are no part of its label.
   */
  public static boolean isConnectingWord(String words) {
    return Arrays.asList(LEADING).contains(words);
  }

  /** The raw words before {@code q}, untrimmed (their exact wording matters to classifiers). */
  public static Label rawBefore(DocumentView v, Quantity q) {
    return rawBefore(v, q.start());
  }

  /** The raw words that end at {@code end}, as for a quantity starting there. */
  public static Label rawBefore(DocumentView v, int end) {
    String t = v.text();
    int pos = end;
    // a line's numbering (1、 2. （一）) is no part of the words after it
    int floor = Math.max(Math.max(0, end - 60), end > 0 ? Math.min(end, v.layout().lineAt(end - 1).markerEnd()) : 0);
    while (pos > floor) {
      char c = t.charAt(pos - 1);
      // a word in parentheses within a name, or closing it right before the figure (受益农户（组织）1,105户)
      int opening = c == ')' ? wordInsideParentheses(t, pos - 1, floor, pos == end) : -1;
      if (opening >= 0) {
        pos = opening;
        continue;
      }
      if (DELIMITERS.indexOf(c) >= 0 || v.quantityEndsAt(pos)) {
        break;
      }
      if (c == '、' && v.quantityEndsAt(pos - 1)) {
        break;
      }
      pos--;
    }
    return label(v, pos, end);
  }

  /**
   * The name of the formula whose result {@code q} is, the words before its first = (预算执行率 in
   * 预算执行率=实际支出÷调整后预算×100%=1250.00÷1300.00×100%=96.15%); null when no = stands right before it.
   * The formula's parentheses ((执行数/预算数)×100%) are part of it, not a clause's end.
   */
  private static Label formulaName(DocumentView v, Quantity q) {
    String t = v.text();
    int pos = q.start();
    while (pos > 0 && t.charAt(pos - 1) == ' ') {
      pos--;
    }
    if (pos == 0 || t.charAt(pos - 1) != '=') {
      return null;
    }
    int start = formulaClauseStart(v, pos - 1);
    while (start < pos && t.charAt(start) == ' ') {
      start++;
    }
    return label(v, start, t.indexOf('=', start));
  }

  /**
   * The name a formula's definition gives the operand {@code q} of its division (实际支出 for 1,250.00 and
   * 调整后预算 for 1,300.00 in 预算执行率=实际支出÷调整后预算×100%=1,250.00÷1,300.00×100%=96.15%); empty
   * when the formula defines no names (执行率=1250÷1300×100%=…); null when {@code q} is no such operand.
   */
  private static Label formulaOperand(DocumentView v, Quantity q) {
    String t = v.text();
    if (!besideADivision(t, q)) {
      return null; // most quantities: asked for their labels again and again, answered without a look back
    }
    int clause = formulaClauseStart(v, q.start());
    String before = t.substring(clause, q.start());
    int lastEq = before.lastIndexOf('=');
    String after = t.substring(q.end(), Math.min(t.length(), q.end() + 3)).strip();
    String segment = lastEq < 0 ? "" : before.substring(lastEq + 1).strip();
    boolean numerator = segment.replaceAll("[(（]", "").isEmpty() && !after.isEmpty() && "÷/".indexOf(after.charAt(0)) >= 0;
    boolean denominator = !segment.isEmpty() && "÷/".indexOf(segment.charAt(segment.length() - 1)) >= 0;
    if (lastEq < 0 || !numerator && !denominator) {
      return null;
    }
    int firstEq = before.indexOf('=');
    int secondEq = before.indexOf('=', firstEq + 1);
    String definition = secondEq < 0 ? "" : before.substring(firstEq + 1, secondEq);
    String[] names = definition.replaceAll("[(（)）]|[×*xX]\\s*100\\s*%", "").split("[÷/]");
    if (names.length != 2 || definition.chars().anyMatch(Character::isDigit) && !definition.contains("100")) {
      return label(v, q.start(), q.start());
    }
    String name = names[numerator ? 0 : 1].strip();
    int at = t.indexOf(name, clause + firstEq + 1);
    return at < 0 || name.isEmpty() ? label(v, q.start(), q.start()) : label(v, at, at + name.length());
  }

  /** Whether a division sign (÷ or /) stands right before or after the quantity, blanks aside. */
  private static boolean besideADivision(String t, Quantity q) {
    int before = q.start();
    while (before > 0 && t.charAt(before - 1) == ' ') {
      before--;
    }
    int after = q.end();
    while (after < t.length() && t.charAt(after) == ' ') {
      after++;
    }
    return before > 0 && "÷/".indexOf(t.charAt(before - 1)) >= 0 || after < t.length() && "÷/".indexOf(t.charAt(after)) >= 0;
  }

  private static int formulaClauseStart(DocumentView v, int pos) {
    String t = v.text();
    int floor = Math.max(Math.max(0, pos - 160), pos > 0 ? Math.min(pos, v.layout().lineAt(pos - 1).markerEnd()) : 0);
    int start = pos;
    while (start > floor && (FORMULA_ENDS.indexOf(t.charAt(start - 1)) < 0 || thousands(t, start - 1))) {
      start--;
    }
    return start;
  }

  /** A comma between digits, which separates thousands (1,300.00), not clauses. */
  private static boolean thousands(String t, int comma) {
    return t.charAt(comma) == ',' && comma > 0 && comma + 1 < t.length() && Character.isDigit(t.charAt(comma - 1))
        && Character.isDigit(t.charAt(comma + 1));
  }

  /**
   * Where a short word in parentheses inside a name opens (因公出国（境）费, 运行（维护）费), or ending it right before
   * the figure (受益农户（组织）): one or two Han characters after Han characters, or an aside (（含满意度）), which a name
   * continues across; else -1, for a
   * parenthesis that ends a clause or holds a unit, a number or a note (综合工作经费（超收分成）项目全年预算:
   * the label is what follows the name).
   */
  private static int wordInsideParentheses(String t, int closing, int floor, boolean beforeTheFigure) {
    if (!beforeTheFigure && (closing + 1 >= t.length() || !isHan(t.charAt(closing + 1)))) {
      return -1;
    }
    int k = closing - 1;
    while (k >= floor && closing - k <= RECKONED_ASIDE + 1 && isHan(t.charAt(k))) {
      k--;
    }
    // or an aside on what the name takes in (效益指标（含满意度）30分), or on what it was reckoned by (预算执行率（按调整后资金总额计算）为)
    boolean word = closing - k <= 3 || closing - k <= MAX_ASIDE + 1 && ASIDE.matcher(t).region(k + 1, closing).lookingAt()
        || RECKONED_BY.matcher(t).region(k + 1, closing).matches();
    boolean opens = k > floor && k < closing - 1 && word && t.charAt(k) == '(' && isHan(t.charAt(k - 1));
    // a column's unit (项目资金（万元）年初预算数) ends the name before it
    return opens && !UNIT_IN_PARENTHESES.matcher(t.substring(k + 1, closing)).matches() ? k : -1;
  }

  private static boolean isHan(char c) {
    return c >= 0x4E00 && c <= 0x9FFF;
  }

  /**
   * A normalised label without the aside closing it on what its figure was reckoned by (预算执行率(按调整后资金总额计算) is 预算执行率):
   * the label keeps it, the name of what it measures does not.
   */
  public static String withoutReckoning(String label) {
    return RECKONED_AT_END.matcher(label).replaceFirst("");
  }

  /** The label before {@code q}, connecting words trimmed. */
  public static Label before(DocumentView v, Quantity q) {
    Label formula = inAFormula(v, q);
    return formula != null ? formula : trim(v, beforeColon(v, rawBefore(v, q)));
  }

  /** The label of a formula's operand or result (its name), or null for a quantity in none. */
  private static Label inAFormula(DocumentView v, Quantity q) {
    Label operand = formulaOperand(v, q);
    if (operand != null) {
      return operand;
    }
    Label name = formulaName(v, q);
    return name == null || name.isEmpty() ? null : name;
  }

  /**
   * The words before a colon that {@code raw}, blank or a bound alone, follows: a label written as a field's
   * (预算执行率：95%, 2、支出：799.12万元, 年度指标值：≥5处), which the colon ends as it would end a clause before it.
   */
  private static Label beforeColon(DocumentView v, Label raw) {
    int colon = raw.start() - 1;
    if (!BOUND_ONLY.matcher(raw.normalized()).matches() || colon < 0 || v.text().charAt(colon) != ':') {
      return raw;
    }
    Label words = rawBefore(v, colon);
    return words.normalized().isBlank() ? raw : words;
  }

  /** The rest of {@code q}'s sentence after it, for a count whose noun and predicate follow ("12个项目…已经上交国库"). */
  public static Label clauseAfter(DocumentView v, Quantity q, int sentenceEnd) {
    String t = v.text();
    int end = Math.min(sentenceEnd, q.end() + 40);
    while (end > q.end() && "。;!?".indexOf(t.charAt(end - 1)) >= 0) {
      end--;
    }
    return trim(v, label(v, q.end(), end));
  }

  /** The words after {@code q} up to punctuation or the next quantity ("4个工作队" → 工作队). */
  public static Label after(DocumentView v, Quantity q) {
    String t = v.text();
    int pos = q.end();
    int ceiling = Math.min(t.length(), q.end() + 30);
    while (pos < ceiling) {
      char c = t.charAt(pos);
      if (DELIMITERS.indexOf(c) >= 0 || c == '、' || c == '/' || v.quantityStartingAt(pos) != null) {
        break;
      }
      pos++;
    }
    return trim(v, label(v, q.end(), pos));
  }

  /**
   * The labels that share one value: "A率，B率，C率均为100%" names three indicators. Returns just
   * the label before {@code q} when the value is not shared.
   */
  public static List<Label> sharing(DocumentView v, Quantity q) {
    Label formula = inAFormula(v, q);
    if (formula != null) {
      return List.of(formula);
    }
    Label raw = beforeColon(v, rawBefore(v, q));
    String n = raw.normalized().strip();
    if (!(n.endsWith("均为") || n.endsWith("均") || n.endsWith("均≥") || n.endsWith("均≤") || n.endsWith("均达到")) || perUnit(n)) {
      return List.of(trim(v, raw));
    }
    List<Label> labels = new ArrayList<>();
    labels.add(trim(v, raw));
    String t = v.text();
    int end = raw.start();
    while (end > 0 && (t.charAt(end - 1) == ',' || t.charAt(end - 1) == '，')) {
      int start = end - 1;
      while (start > 0 && ",;:。\n".indexOf(t.charAt(start - 1)) < 0 && !v.quantityEndsAt(start)) {
        start--;
      }
      if (start > 0 && v.quantityEndsAt(start)) {
        break;
      }
      Label l = trim(v, label(v, start, end - 1));
      if (l.isEmpty() || containsQuantity(v, start, end - 1)) {
        break;
      }
      labels.add(0, l);
      end = start;
    }
    return labels;
  }

  /** Whether the 均 is "per" a unit (人均, 户均, 笔均, 年均), not "each" of the labels before (A、B均为). */
  private static boolean perUnit(String label) {
    int at = label.lastIndexOf('均');
    return at > 0 && PER_UNIT.indexOf(label.charAt(at - 1)) >= 0;
  }

  static Label trim(DocumentView v, Label l) {
    int s = l.start();
    int e = l.end();
    String t = v.text();
    boolean changed = true;
    while (changed && s < e) {
      changed = false;
      while (s < e && Character.isWhitespace(t.charAt(s))) {
        s++;
        changed = true;
      }
      while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
        e--;
        changed = true;
      }
      for (String w : e > s && TRAILING_ENDS.indexOf(t.charAt(e - 1)) >= 0 ? TRAILING : NONE) {
        if (e - s > w.length() && t.startsWith(w, e - w.length()) && !(w.equals("计") && totalWordEndsAt(t, e))
            && !(w.equals("约") && QuantityScanner.WORDS_IN_约.indexOf(t.charAt(e - 2)) >= 0)
            && !(w.equals("均") && PER_UNIT.indexOf(t.charAt(e - 2)) >= 0)
            && !(w.equals("达") && REACHED.indexOf(t.charAt(e - 2)) >= 0)) {
          e -= w.length();
          changed = true;
          break;
        }
      }
      for (String w : e > s && LEADING_STARTS.indexOf(t.charAt(s)) >= 0 ? LEADING : NONE) {
        if (e - s > w.length() && t.startsWith(w, s)) {
          s += w.length();
          changed = true;
          break;
        }
      }
    }
    return label(v, s, e);
  }

  private static String edges(String[] words, boolean last) {
    StringBuilder chars = new StringBuilder();
    for (String w : words) {
      chars.append(last ? w.charAt(w.length() - 1) : w.charAt(0));
    }
    return chars.toString();
  }

  /** 合计, 总计, 累计 or 小计 ends at {@code e}: the 计 is the label's own word, not "counting" as in 资金计200万元. */
  private static boolean totalWordEndsAt(String t, int e) {
    return e >= 2 && "合总累小".indexOf(t.charAt(e - 2)) >= 0;
  }

  private static Label label(DocumentView v, int s, int e) {
    return new Label(s, e, v.original(s, e), withoutStraySpaces(v.normalized(s, e)));
  }

  /** One space between two Chinese characters, which no word holds, is a scan's or a typist's stray (预算执 行率为). */
  private static String withoutStraySpaces(String label) {
    return label.indexOf(' ') < 0 ? label : STRAY_SPACE.matcher(label).replaceAll("");
  }

  private static boolean containsQuantity(DocumentView v, int s, int e) {
    return !v.quantitiesIn(s, e).isEmpty();
  }
}
