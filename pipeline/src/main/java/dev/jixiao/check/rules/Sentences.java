package dev.jixiao.check.rules;

import dev.jixiao.record.Evidence;
import dev.jixiao.record.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether figures a rule relates stand in one sentence of the report's text. A full stop or a
 * semicolon ends a sentence, and so does a line break that ends a paragraph; a line break inside a
 * sentence is where a text was wrapped at its width (占支\n出总预算10.73%，同比增加…), as PDF
 * converters and crawlers leave it.
 */
final class Sentences {
  /** Words that sum up the counts or amounts before them: 共, 合计, 累计, 总计. */
  static final Pattern SUMMED = Pattern.compile("共|合计|累计|总计");
  /** Between a whole and the first of the parts it picks out: ，其中. */
  static final Pattern WHICH = Pattern.compile("^[，,]\\s*其中");
  /**
   * A count's or an amount's words that make it by how much the work fell short of or went beyond another (比目标少2个村, 较目标值
   * 12,000人多300人, 少114人次): a difference, neither what was done nor what it was held to.
   */
  static final Pattern SHORT_OR_BEYOND = Pattern.compile("(?:多|少|超出|超过|增加|减少)了?$|(?:比|较)[^,，]{0,8}?(?:多|少)");
  /** A numbered item's marker: （一）, (1), 1., 2、, 一、, 一是. */
  static final String ITEM_MARKER = "(?:[(（][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}[、是])";

  private Sentences() {}

  /**
   * Whether the figure is a factor of a multiplication written out (全年共计1,500元×19人×12个月＝34.20万元): a sign of it right after
   * the figure; no total of its own.
   */
  static boolean aFactor(String text, Figure f) {
    int k = f.evidence().end();
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    return k < text.length() && "×xX*＊".indexOf(text.charAt(k)) >= 0;
  }

  /** Whether the figure stands in parentheses opened before it on its line: an aside (…（即帐篷12顶、棉被150床…）). */
  static boolean inParentheses(String text, Figure f) {
    int depth = 0;
    for (int k = f.evidence().start() - 1; text != null && k >= 0 && text.charAt(k) != '\n'; k--) {
      char c = text.charAt(k);
      if (c == ')' || c == '）') {
        depth--;
      } else if ((c == '(' || c == '（') && ++depth > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The position of the nearest figure at or before k that stands in no parentheses: the amount an aside after it belongs to
   * (人员经费280.12万元（工资福利支出246.37万元、…），占基本支出的87.04%), past the aside's figures; -1 when all before are in them.
   */
  static int outsideTheAsides(List<Figure> fs, int k, String text) {
    int j = k;
    while (j >= 0 && inParentheses(text, fs.get(j))) {
      j--;
    }
    return j;
  }

  /** Where the parenthesis opened at {@code open} closes on its line, nested ones counted; -1 when it does not. */
  static int closingOf(String text, int open) {
    int depth = 0;
    for (int k = open; k < text.length() && text.charAt(k) != '\n'; k++) {
      char c = text.charAt(k);
      if (c == '（' || c == '(') {
        depth++;
      } else if ((c == '）' || c == ')') && --depth == 0) {
        return k;
      }
    }
    return -1;
  }

  /** A line's words, [start, end) of the text, its trailing blanks left out. */
  record Line(int start, int end) {
    boolean holds(Figure f) {
      return start <= f.evidence().start() && f.evidence().end() <= end;
    }
  }

  /** The line before the one that starts at {@code lineStart}, past blank lines; null at the text's start. */
  static Line lineBefore(String text, int lineStart) {
    int end = lineStart - 1; // the line break before the line
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end <= 0 ? null : new Line(text.lastIndexOf('\n', end - 1) + 1, end);
  }

  /** Where the text's sentence or line holding {@code at} starts: after the last full stop or line break before it. */
  static int start(String text, int at) {
    return Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('\n', at - 1)) + 1;
  }

  /** The text between two figures as written; a character no pattern matches when they stand out of the text's order. */
  static String between(String text, Figure a, Figure b) {
    int from = a.evidence().end();
    int to = b.evidence().start();
    return from <= to ? text.substring(from, to) : "\u0000";
  }

  /** The text between two figures without blanks, as {@link #between} gives it: a mark no pattern matches when out of order. */
  static String wordsBetween(String text, Figure a, Figure b) {
    String between = between(text, a, b);
    return withoutBlanks(between, 0, between.length());
  }

  /** The words of the figure's clause before it, back to the last comma, colon, semicolon, full stop or line break. */
  static String clauseBefore(String text, Figure f) {
    return clauseBefore(text, f.evidence().start());
  }

  /** The words of the clause before {@code end}, back to the last comma, colon, semicolon, full stop or line break. */
  static String clauseBefore(String text, int end) {
    int start = end;
    while (start > 0 && ",，;；。:：\n".indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    return text.substring(start, end);
  }

  /** The words of the figure's clause before it ({@link #clauseBefore}), blanks left out: what most rules match their words on. */
  static String clauseWords(String text, Figure f) {
    String clause = clauseBefore(text, f);
    return withoutBlanks(clause, 0, clause.length());
  }

  /**
   * The text from {@code from} to {@code to} without blanks (what {@code \\s} matches), as rules
   * compare the words before a figure. Without a regex: rules ask it of nearly every figure.
   */
  static String withoutBlanks(String text, int from, int to) {
    StringBuilder out = null;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      boolean blank = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (blank && out == null) {
        out = new StringBuilder(to - from).append(text, from, k);
      } else if (!blank && out != null) {
        out.append(c);
      }
    }
    return out == null ? text.substring(from, to) : out.toString();
  }

  /**
   * Whether no sentence ends between the two figures, in whichever order the text has them (a
   * form's figures follow the text's in the record but stand before them in the text).
   */
  static boolean together(String text, Figure a, Figure b) {
    return together(text, a.evidence(), b.evidence());
  }

  /**
   * The counts before the rate at i in its clause, nearest first: back to its sentence's start or the
   * rate before it, which closes a clause of its own (完成改厕560户，计划500户，完成率112%；新建道路…).
   */
  static List<Figure> countsBefore(List<Figure> fs, int i, String text) {
    List<Figure> out = new ArrayList<>();
    for (int k = i - 1; k >= 0; k--) {
      Figure f = fs.get(k);
      if (Figure.PERCENT.equals(f.kind()) || !together(text, f, fs.get(i))) {
        break;
      }
      if (Figure.COUNT.equals(f.kind()) && f.op() == null && f.unit() != null) {
        out.add(f);
      }
    }
    return out;
  }

  /** Whether no sentence ends between the two places, in either order. */
  static boolean together(String text, Evidence a, Evidence b) {
    return !endsBetween(text, a, b, true);
  }

  /** Whether the two figures stand in one sentence ended by a full stop, its clauses parted by semicolons or not. */
  static boolean oneStatement(String text, Figure a, Figure b) {
    return !endsBetween(text, a.evidence(), b.evidence(), false);
  }

  /**
   * Whether a sentence ends between the two places: a full stop, a semicolon when {@code semicolons},
   * or a paragraph's end. The text between is read in place and only up to the first end, since
   * a rule may ask this of figures far apart (total.sum of every figure against the projects' count).
   */
  private static boolean endsBetween(String text, Evidence a, Evidence b, boolean semicolons) {
    int from = Math.min(a.end(), b.end());
    int to = Math.max(from, Math.max(a.start(), b.start()));
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '。' || semicolons && (c == '；' || c == ';') || c == '\n' && paragraphEndsAt(text, from, k, to)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a line break in the text ends a paragraph: a blank line after it, or a colon before it. */
  static boolean paragraphBreak(String between) {
    for (int k = between.indexOf('\n'); k >= 0; k = between.indexOf('\n', k + 1)) {
      if (paragraphEndsAt(between, 0, k, between.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the line break at {@code k}, of the span [from, to), ends a paragraph: a colon before
   * it, or after it a line of nothing but spaces, or nothing but blanks to the span's end.
   */
  private static boolean paragraphEndsAt(String s, int from, int k, int to) {
    int before = k;
    while (before > from && Character.isWhitespace(s.charAt(before - 1))) {
      before--;
    }
    if (before > from && (s.charAt(before - 1) == ':' || s.charAt(before - 1) == '：')) {
      return true;
    }
    // a table's row ends at its line's end: no sentence runs on from its cells into the words below
    if (s.lastIndexOf('\t', k) > s.lastIndexOf('\n', k - 1)) {
      return true;
    }
    int after = k + 1;
    while (after < to && (s.charAt(after) == ' ' || s.charAt(after) == '\t' || s.charAt(after) == '\u3000')) {
      after++;
    }
    if (after < to && (s.charAt(after) == '\n' || s.charAt(after) == '\r' && after + 1 < to && s.charAt(after + 1) == '\n')) {
      return true; // a blank line
    }
    while (after < to && Character.isWhitespace(s.charAt(after))) {
      after++;
    }
    return after == to;
  }
}
