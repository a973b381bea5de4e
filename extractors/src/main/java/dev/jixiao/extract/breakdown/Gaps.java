package dev.jixiao.extract.breakdown;

import static dev.jixiao.extract.breakdown.FigureWords.summable;
import static dev.jixiao.extract.breakdown.FigureWords.unitKey;

import dev.jixiao.record.Figure;
import java.util.List;

/** Reading the text between figures: where a clause or sentence ends, parentheses, enumerations. */
final class Gaps {
  /** What numbers or marks an item of a list before its label: 1. 2、 （1） 一、 ——. */
  static final String ITEM_MARK = "\\d+[.、]|[(（]\\d+[)）]|[一二三四五六七八九十]+、|[—－-]+";

  private Gaps() {}

  /** Whether the sentence of the figure at i, starting at {@code start}, opens right after the full stop ending the figure before. */
  static boolean opensAfterAFullStop(String t, List<Figure> figures, int i, int start) {
    int before = figures.get(i - 1).evidence().end();
    return before <= start && t.substring(before, start).strip().equals("。");
  }

  /**
   * Whether the sentence starting at {@code start} follows the one holding the figure before i, which may end in words after
   * that figure (…结余36,343.62元，已按规定收回县财政统筹使用。).
   */
  static boolean opensTheNextSentence(String t, List<Figure> figures, int i, int start) {
    int before = figures.get(i - 1).evidence().end();
    String gap = before <= start ? t.substring(before, start).strip() : "";
    return gap.endsWith("。") && gap.indexOf('。') == gap.length() - 1;
  }

  /** Where the sentence holding {@code pos} starts: after the last 。 or line break before it. */
  static int sentenceStart(String t, int pos) {
    return startAfter(t, pos, false);
  }

  /** Where the clause holding {@code pos} starts: after the last semicolon, 。 or line break before it. */
  static int clauseStart(String t, int pos) {
    return startAfter(t, pos, true);
  }

  /**
   * Just after the last 。 or line break (or semicolon, with {@code semicolons}) before {@code pos}, or 0. One scan back that
   * stops at the nearest: a search for each mark on its own runs to the start of the text when that mark is not in it, for every
   * figure of a compiled volume. The marks are compared one by one, as a search of a string of them for each character cost a
   * call on every character.
   */
  private static int startAfter(String t, int pos, boolean semicolons) {
    int k = Math.min(pos, t.length()) - 1;
    for (; k >= 0; k--) {
      char c = t.charAt(k);
      if (c == '。' || c == '\n' || semicolons && (c == ';' || c == '；')) {
        break;
      }
    }
    return k + 1;
  }

  /** How many more parentheses a gap opens than it closes. */
  static int depthChange(String gap) {
    int d = 0;
    for (int k = 0; k < gap.length(); k++) {
      char c = gap.charAt(k);
      d += c == '(' || c == '（' ? 1 : c == ')' || c == '）' ? -1 : 0;
    }
    return d;
  }

  /** Whether no figure before the one at i in its sentence can be summed with it (of its measure: 人均89元 and 52.36万人 not with 4660.04万元). */
  static boolean aloneInItsSentence(String t, List<Figure> figures, int i) {
    for (int k = i - 1; k >= 0 && !hasBreak(between(t, figures.get(k), figures.get(k + 1))); k--) {
      if (summable(figures.get(k)) && unitKey(figures.get(k)).equals(unitKey(figures.get(i)))) {
        return false;
      }
    }
    return true;
  }

  static String between(String t, Figure a, Figure b) {
    int s = a.evidence().end();
    int e = b.evidence().start();
    return s <= e ? t.substring(s, e) : "";
  }

  static boolean hasBreak(String gap) {
    return containsAny(gap, "。\n");
  }

  /**
   * Whether the parts after the total at i, up to j, are an enumeration (行政编制30人、事业编制28人):
   * two or more, each after the one before with an enumeration comma, which names them all before
   * the clause ends.
   */
  static boolean enumeratedUpTo(String t, List<Figure> figures, int i, int j) {
    if (j < i + 3) {
      return false;
    }
    for (int k = i + 2; k < j; k++) {
      if (between(t, figures.get(k - 1), figures.get(k)).indexOf('、') < 0) {
        return false;
      }
    }
    return true;
  }

  static boolean clauseEndsAt(String t, int pos, String ends) {
    while (pos < t.length() && t.charAt(pos) == ' ') {
      pos++;
    }
    return pos >= t.length() || ends.indexOf(t.charAt(pos)) >= 0;
  }

  static boolean containsAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
