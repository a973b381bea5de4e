package dev.jixiao.read;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Puts hard-wrapped plain text back into paragraphs. Text saved from a PDF viewer, an OCR engine
 * or a mail client breaks every paragraph at one width ("…自评项目总金额共计3232.37万" / "元，…"),
 * and a sentence cut in two hides its figures from extraction, which reads a sentence within its
 * line. A line break is a wrap when the text as a whole is wrapped (enough lines end near one
 * width, and almost none run past it) and the line before the break reaches that width. As in a
 * PDF's paragraphs ({@link Paragraphs}), a blank line, an indented line, a numbered item and a
 * table row start anew, and a short line ends its paragraph. Text that is not wrapped comes back
 * as it was, so the offsets of an unwrapped text file stay the offsets of the file. The text
 * readers unwrap their text; the Word and HTML readers ask {@link #wraps} of their paragraphs,
 * since pasting wrapped text into Word or a web page makes each line a paragraph.
 */
final class HardWraps {
  /** Lines at the width needed to call a text wrapped: a few, and a fair share of the long lines. */
  static final int MIN_FULL_LINES = 5;
  static final double MIN_FULL_SHARE = 0.2;
  private static final String CLOSING = "，。、；：？！）》」』”’,.;:?!)%";
  /** A paragraph's first-line indent: two spaces or more, or a full-width one (a wrap can leave one space between words). */
  private static final Pattern INDENT = Pattern.compile("(?: {2}|\t|\u3000)");
  /** A markdown heading, quote or bullet. */
  private static final Pattern MARKUP = Pattern.compile("[#>*+-] ");
  /** The marks a sentence goes on after: a line ending in one was broken inside its sentence. */
  private static final String MID_CLAUSE = "，、,";
  private static final String SENTENCE_END = "。；;！!？?：:";
  /**
   * In a wrapped text, a line this close to the width that ends no sentence was cut by the wrap too: a page scanned in a
   * proportional font fits fewer digits and Latin letters to a line than their columns say, so its full lines end anywhere
   * from about nine tenths of the width.
   */
  private static final double NEARLY_FULL = 0.85;
  /** How short of the width a wrapped paragraph's line may stop inside a word and still not end it ({@link #endsInAWord}). */
  private static final double UNFINISHED = 0.6;

  private HardWraps() {}

  /** {@code text} (LF line ends) with its wrapped lines joined, or {@code text} itself when it is not wrapped. */
  static String unwrap(String text) {
    String[] lines = text.split("\n", -1);
    boolean[] wraps = wraps(lines);
    if (wraps == null) {
      wraps = midClauseBreaks(lines);
    }
    if (wraps == null) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < lines.length; i++) {
      out.append(lines[i]);
      if (i + 1 < lines.length) {
        out.append(wraps[i] ? glue(lines[i], lines[i + 1]) : "\n");
      }
    }
    return out.toString();
  }

  /**
   * Which line breaks are wraps: {@code [i]} is true when line {@code i} goes on in line {@code i + 1}.
   * Null when the text is not wrapped at all. A line that is no running text (a table row, or
   * whatever a caller puts a tab in to stand for one) is never joined to anything.
   */
  static boolean[] wraps(String[] lines) {
    // the measure the wrapping program used is the one at which most lines end at the width
    Edge best = null;
    for (LineWidth measure : LineWidth.values()) {
      Edge edge = edge(lines, measure);
      if (edge != null && (best == null || edge.fullLines() > best.fullLines())) {
        best = edge;
      }
    }
    return best == null ? null : breaks(lines, best);
  }

  /**
   * The breaks of a text wrapped at no one width, where a line ends inside its sentence, after a comma or an enumeration mark
   * (…服务人口41500人（…金竹镇8640人），⏎平均每处水源地服务1804人。): no paragraph ends so, and the next line, when it goes on as running
   * text, is the rest of that sentence. Null when there is none.
   */
  static boolean[] midClauseBreaks(String[] lines) {
    boolean[] wraps = breaksWhere(lines, (i, goesOn) -> isProse(lines[i]) && endsMidClause(lines[i]));
    for (boolean wrap : wraps) {
      if (wrap) {
        return wraps;
      }
    }
    return null;
  }

  /**
   * What takes the place of the line break between {@code before} and {@code after} when they are one line: a space between Latin
   * words, else nothing.
   */
  static String glue(String before, String after) {
    return !before.isEmpty() && !after.isEmpty() && isLatinLetter(before.charAt(before.length() - 1)) && isLatinLetter(after.charAt(0))
        ? " " : "";
  }

  /**
   * Where a text is wrapped: at {@code width} by {@code measure}, with {@code fullLines} ending
   * there; {@code widths} are its lines' widths by that measure (-1: no running text).
   */
  record Edge(LineWidth measure, int width, long fullLines, int[] widths) {}

  /**
   * A break is a wrap where the next line's first word would not have fitted on the line (a number
   * is not split and a closing mark cannot start a line, so a full line often stops several
   * columns short) and the next line goes on with its paragraph.
   */
  private static boolean[] breaks(String[] lines, Edge edge) {
    int width = usualWidth(edge);
    LineWidth measure = edge.measure();
    return breaksWhere(lines, (i, goesOn) -> edge.widths()[i] >= 0
        && (edge.widths()[i] + measure.of(firstWord(lines[i + 1])) > width - measure.fit
            || endsMidClause(lines[i])
            || edge.widths()[i] >= width * NEARLY_FULL && !endsSentence(lines[i]) && !numberThenNumber(lines[i], lines[i + 1])
            || goesOn && edge.widths()[i] >= width * UNFINISHED && endsInAWord(lines[i])));
  }

  /**
   * Whether a line stops on a Chinese character: inside a word or a sentence (…预算执行 / 率95.74%), where a paragraph that went on
   * from the line before cannot have ended. A proportional font puts fewer characters to a line where it has many digits and
   * brackets, so such a line may stop well short of the width.
   */
  private static boolean endsInAWord(String line) {
    String s = line.stripTrailing();
    return !s.isEmpty() && Character.UnicodeScript.of(s.charAt(s.length() - 1)) == Character.UnicodeScript.HAN;
  }

  /**
   * A line that ends in a figure before one that opens with a number: rows of a table typed with single spaces (01 农饮水提升 486.00
   * 478.35 98.43% 95.6), which a wrap that fell short of the width did not make.
   */
  private static boolean numberThenNumber(String line, String next) {
    String s = line.stripTrailing();
    char last = s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
    return (last == '%' || last < 0x80 && Character.isDigit(last)) && !next.isEmpty() && next.charAt(0) < 0x80 && Character.isDigit(next.charAt(0));
  }

  private static boolean endsMidClause(String line) {
    String s = line.stripTrailing();
    return !s.isEmpty() && MID_CLAUSE.indexOf(s.charAt(s.length() - 1)) >= 0;
  }

  private static boolean endsSentence(String line) {
    String s = line.stripTrailing();
    return s.isEmpty() || SENTENCE_END.indexOf(s.charAt(s.length() - 1)) >= 0;
  }

  /** Whether the break after line {@code i} may be a wrap; {@code goesOn}: line {@code i} itself goes on from the line before. */
  @FunctionalInterface
  private interface MayGoOn {
    boolean test(int i, boolean goesOn);
  }

  /**
   * The breaks after the lines {@code mayGoOn} takes where the next line goes on with the paragraph ({@link #startsContinuation}),
   * the paragraph's numbering carried from break to break.
   */
  private static boolean[] breaksWhere(String[] lines, MayGoOn mayGoOn) {
    boolean[] wraps = new boolean[lines.length];
    ItemNumber opened = lines.length == 0 ? null : ItemNumber.of(lines[0]);
    for (int i = 0; i + 1 < lines.length; i++) {
      wraps[i] = mayGoOn.test(i, i > 0 && wraps[i - 1]) && startsContinuation(lines[i], lines[i + 1], opened);
      if (!wraps[i]) {
        opened = ItemNumber.of(lines[i + 1]);
      }
    }
    return wraps;
  }

  /**
   * Where the text is wrapped by {@code measure}, or null when it is not. The width is the longest
   * line's, or the next one's where a few lines (one in fifty) overrun it, say a long web address;
   * it counts only when enough lines end at it.
   */
  static Edge edge(String[] lines, LineWidth measure) {
    int[] all = Arrays.stream(lines).mapToInt(line -> isProse(line) ? measure.of(line) : -1).toArray();
    int[] widths = Arrays.stream(all).filter(w -> w >= 0).toArray();
    long longLines = Arrays.stream(widths).filter(w -> w >= measure.min).count();
    if (longLines < MIN_FULL_LINES) {
      return null;
    }
    int[] descending = Arrays.stream(widths).boxed().sorted((a, b) -> b - a).mapToInt(Integer::intValue).toArray();
    int overruns = widths.length / 50;
    for (int k = 0; k <= overruns && k < descending.length; k++) {
      int width = descending[k];
      if (width < measure.min) {
        return null;
      }
      if (width > measure.max) {
        continue;
      }
      long atEdge = Arrays.stream(widths).filter(w -> w >= width - measure.edge && w <= width).count();
      if (atEdge >= MIN_FULL_LINES && atEdge >= longLines * MIN_FULL_SHARE) {
        return new Edge(measure, width, atEdge, all);
      }
    }
    return null;
  }

  /**
   * The width most full lines end at: the longest ones may overhang it by a closing mark that
   * a line could not start with.
   */
  private static int usualWidth(Edge edge) {
    int[] counts = new int[edge.measure().edge + 1];
    for (int w : edge.widths()) {
      if (w >= 0 && w <= edge.width() && w >= edge.width() - edge.measure().edge) {
        counts[edge.width() - w]++;
      }
    }
    int best = 0;
    for (int d = 1; d < counts.length; d++) {
      if (counts[d] > counts[best]) {
        best = d;
      }
    }
    return edge.width() - best;
  }

  /**
   * What a wrap could not have split from the start of {@code line}: a run of Latin letters and digits, or one character, with the
   * closing marks after it.
   */
  static String firstWord(String line) {
    int i = 0;
    while (i < line.length() && isWordChar(line.charAt(i))) {
      i++;
    }
    i = Math.max(i, 1);
    while (i < line.length() && CLOSING.indexOf(line.charAt(i)) >= 0) {
      i++;
    }
    return line.substring(0, Math.min(i, line.length()));
  }

  private static boolean isWordChar(char c) {
    return c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == ',' || c == '%');
  }

  /**
   * Whether {@code line} could be the rest of the paragraph {@code before} is in, which opened
   * with {@code opened} (null: no numbering): text at the margin, not markup, and not the next
   * numbered item. A wrap may well put a number first ("…根据" / "1、省委办公厅《关于…》"), so a
   * number opens an item only after a finished sentence or when it follows the paragraph's own
   * ("13.古饶镇退役军人专项岗位工资及基础绩效奖" / "14.山水林田湖草…", both as long as the width).
   */
  private static boolean startsContinuation(String before, String line, ItemNumber opened) {
    if (!isProse(line) || isIndented(line) || MARKUP.matcher(line).lookingAt()) {
      return false;
    }
    ItemNumber numbering = ItemNumber.of(line);
    if (numbering == null) {
      return true;
    }
    String b = before.stripTrailing();
    return SENTENCE_END.indexOf(b.charAt(b.length() - 1)) < 0 && !numbering.follows(opened);
  }

  private static boolean isIndented(String line) {
    return INDENT.matcher(line).lookingAt();
  }

  /**
   * A line of running text: not blank, not a table row (markdown pipes, tabs, or columns aligned with spaces: three spaces, or
   * three cells or more set apart by two, a {@link SpaceTables} row's least: 乡镇  村数  加固长度(公里)).
   */
  static boolean isProse(String line) {
    String s = line.strip();
    return !s.isEmpty() && s.charAt(0) != '|' && line.indexOf('\t') < 0 && !s.contains("   ") && !threeCells(s);
  }

  private static boolean threeCells(String s) {
    int first = s.indexOf("  ");
    return first >= 0 && s.indexOf("  ", first + 2) >= 0;
  }

  private static boolean isLatinLetter(char c) {
    return c < 0x250 && Character.isLetter(c);
  }
}
