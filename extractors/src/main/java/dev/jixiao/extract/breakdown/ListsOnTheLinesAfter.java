package dev.jixiao.extract.breakdown;

import static dev.jixiao.extract.breakdown.FigureWords.amount;
import static dev.jixiao.extract.breakdown.FigureWords.labelOf;
import static dev.jixiao.extract.breakdown.FigureWords.namesSpending;
import static dev.jixiao.extract.breakdown.FigureWords.spendingItIsAKindOf;
import static dev.jixiao.extract.breakdown.FigureWords.summable;
import static dev.jixiao.extract.breakdown.FigureWords.unitKey;
import static dev.jixiao.extract.breakdown.Gaps.containsAny;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.Labels;
import dev.jixiao.record.Figure;
import dev.jixiao.text.Line;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A total whose parts are listed on the lines after it, one paragraph each that opens with its label and figure
 * ("基本支出911000.39元，其中：" ending its line, then "人员经费809961.19元，主要包括…").
 */
final class ListsOnTheLinesAfter {
  /**
   * What follows a total that opens a list on the lines after it: ，其中： (or 。其中：, which opens the
   * list of the sentence's one amount, as does 。按建设内容分：, a classification of it) and the line's end.
   */
  private static final Pattern LIST_AT_LINE_END =
      Pattern.compile("[ ]*(?:(?:[,，]|(。))?[ ]*其中|(。)[ ]*(?:" + Labels.CLASSIFICATION + "))[ ]*[:：][ ]*");

  /** A comparison with an earlier year: 比上年的, 较2023年. */
  private static final Pattern COMPARED = Pattern.compile("(?:比|较)(?:上年|去年|上一年|(?:19|20)\\d{2}年)");

  /** The longest label a part listed on a line of its own opens with. */
  private static final int MAX_PART_LABEL = 24;

  private ListsOnTheLinesAfter() {}

  /**
   * "X，其中：" ending X's line: its parts are listed on the lines after it. So also after "。其中："
   * unless {@code notAfterAFullStop}: a sentence that opens with 其中 is of the sentence's one amount.
   */
  static boolean opensAListOnTheLinesAfter(DocumentView v, Figure f, boolean notAfterAFullStop) {
    int end = f.evidence().end();
    Line line = v.layout().lineAt(end - 1);
    int lineEnd = Math.max(end, line.contentEnd());
    // (asked of most figures, few of which end their line with a colon: the colon is looked for before the words)
    int last = lineEnd - 1;
    while (last >= end && v.text().charAt(last) == ' ') {
      last--;
    }
    if (last < end || v.text().charAt(last) != ':' && v.text().charAt(last) != '：') {
      return false;
    }
    Matcher m = LIST_AT_LINE_END.matcher(v.text()).region(end, lineEnd);
    return m.matches() && (m.group(1) == null && m.group(2) == null || !notAfterAFullStop);
  }

  /**
   * Links the parts listed on the lines after the figure at i to the total at {@code total} (i itself,
   * or the amount of i's sentence), and says how many: each a paragraph that opens with its label and
   * its figure (人员经费 809961.19 元，主要包括：…), in the total's unit.
   * A line that goes on with the paragraph before it (a hard wrap) is passed over; the list ends at
   * a heading, at a paragraph that opens otherwise, or at one numbered as the total's own line is.
   * Says none close it where a numbered item of the list has no amount read (5.缉毒办案27.39万，…, a number with no unit): the parts
   * are linked, the total left open.
   */
  static int listOnTheLinesAfter(DocumentView v, List<Figure> figures, int i, int total, String[] partOf) {
    return listOnTheLinesAfter(v, figures, i, total, partOf, v.layout().lineAt(figures.get(i).evidence().end() - 1).index() + 1);
  }

  /** The same from the line {@code fromLine} on (past a line that announces the list: 具体支出如下：). */
  static int listOnTheLinesAfter(DocumentView v, List<Figure> figures, int i, int total, String[] partOf, int fromLine) {
    Listed listed = partsOnTheLinesAfter(v, figures, i, total, fromLine);
    listed.parts().forEach(j -> partOf[j] = "f" + (total + 1));
    return listed.complete() ? listed.parts().size() : 0;
  }

  /** The parts on the lines after a total, and whether they are all of its list: no numbered item of it left unread. */
  private record Listed(List<Integer> parts, boolean complete) {}

  /**
   * The amount of the sentence ending at the figure at i that the list on the lines after it adds up to (实际支出1,162.35万元，…，结余
   * 27.25万元。其中：⏎基本支出842.17万元…⏎项目支出320.18万元…): the one it breaks down, of the sentence's several; or -1.
   */
  static int amountItAddsUpTo(DocumentView v, List<Figure> figures, int i, String[] partOf) {
    String t = v.text();
    int start = Gaps.sentenceStart(t, figures.get(i).evidence().start());
    for (int k = i; k >= 0 && figures.get(k).evidence().start() >= start; k--) {
      Figure whole = figures.get(k);
      if (!summable(whole) || partOf[k] != null) {
        continue;
      }
      List<Integer> parts =
          partsOnTheLinesAfter(v, figures, i, k, v.layout().lineAt(figures.get(i).evidence().end() - 1).index() + 1).parts();
      if (parts.size() >= 2 && FigureWords.sum(figures, parts).compareTo(amount(whole)) == 0) {
        return k;
      }
    }
    return theSpendingItsKindsBreakDown(v, figures, i, partOf, start);
  }

  /**
   * Where no amount of the sentence is the sum of the list after it: the sentence's one spending, when the list is of kinds of
   * spending alone (实际支出1,162.35万元，…，结余27.25万元。其中：⏎基本支出842.10万元…⏎项目支出320.18万元…, which no longer add up), so
   * that what does not add up is seen; or -1.
   */
  private static int theSpendingItsKindsBreakDown(DocumentView v, List<Figure> figures, int i, String[] partOf, int start) {
    int spending = -1;
    for (int k = i; k >= 0 && figures.get(k).evidence().start() >= start; k--) {
      Figure f = figures.get(k);
      if (namesSpending(f) && summable(f) && partOf[k] == null) {
        if (spending >= 0) {
          return -1; // two spendings: which one the list is of, only its sum could tell
        }
        spending = k;
      }
    }
    if (spending < 0) {
      return -1;
    }
    List<Integer> parts =
        partsOnTheLinesAfter(v, figures, i, spending, v.layout().lineAt(figures.get(i).evidence().end() - 1).index() + 1).parts();
    if (parts.size() >= 2 && parts.stream().allMatch(j -> "支出".equals(spendingItIsAKindOf(figures.get(j))))) {
      return spending;
    }
    // or the whole its parts' words name, of a sentence that states what was spent and what is left
    boolean numbered = parts.stream().allMatch(j -> v.layout().lineAt(figures.get(j).evidence().start()).marker() != null);
    Integer named = SpendingOrWhatIsLeft.whole(v.text(), figures, i, start, partOf, parts, numbered);
    return named == null ? -1 : named;
  }

  /** The parts {@link #listOnTheLinesAfter} would link, none linked yet. */
  private static Listed partsOnTheLinesAfter(DocumentView v, List<Figure> figures, int i, int total, int fromLine) {
    List<Line> lines = v.lines();
    String key = unitKey(figures.get(total));
    List<Integer> parts = new ArrayList<>();
    int j = i + 1;
    boolean paragraphStart = true;
    String totalsNumbering = shape(v.layout().lineAt(figures.get(total).evidence().start()).marker());
    Boolean numberedParts = null;
    String partsNumbering = null;
    for (int l = fromLine; l < lines.size(); l++) {
      Line line = lines.get(l);
      if (line.isBlank()) {
        continue;
      }
      if (line.isHeading()) {
        break;
      }
      boolean starts = paragraphStart;
      while (j < figures.size() && figures.get(j).evidence().start() < line.contentStart()) {
        j++;
      }
      boolean figureHere = j < figures.size() && figures.get(j).evidence().start() < line.contentEnd();
      paragraphStart = endsAParagraph(v, line, figures, j);
      if (!starts) {
        continue;
      }
      if (!figureHere || !opensWith(v, line, figures.get(j)) || !summable(figures.get(j)) || !unitKey(figures.get(j)).equals(key)
          || COMPARED.matcher(labelOf(figures.get(j))).find()) {
        // the next numbered item, its amount not read, leaves the list unfinished
        boolean nextItem = Boolean.TRUE.equals(numberedParts) && Objects.equals(shape(line.marker()), partsNumbering)
            && !Objects.equals(partsNumbering, totalsNumbering);
        return new Listed(parts, !nextItem);  // nor a paragraph that compares the year with the last (2024年支出比上年的…增长4.84%)
      }
      // "1. 基本支出…其中：" … "2. 项目支出…": the total's sibling, numbered as it is, ends its list, as
      // does a numbered line after parts that were not numbered, or the other way round
      String numbering = shape(line.marker());
      // "1. …其中：⏎（1）…⏎（2）…⏎2. …": a part's own items, numbered a level deeper, are none of the list's
      if (deeper(numbering, partsNumbering)) {
        continue;
      }
      if (numbering != null && numbering.equals(totalsNumbering)
          || numberedParts != null && numberedParts != (numbering != null)) {
        break;
      }
      numberedParts = numbering != null;
      partsNumbering = numbering;
      parts.add(j);
    }
    return new Listed(parts, true);
  }

  /** Whether a numbering in parentheses, （1）, stands under one without, 1. or 1、: the usual next level down. */
  private static boolean deeper(String numbering, String parts) {
    return numbering != null && parts != null && inParentheses(numbering) && !inParentheses(parts);
  }

  private static boolean inParentheses(String numbering) {
    return numbering.startsWith("(") || numbering.startsWith("（");
  }

  /** A numbering's form without its number: "2." and "1." are one form, "（1）" another; null for none. */
  private static String shape(String marker) {
    return marker == null ? null : marker.strip().replaceAll("[0-9一二三四五六七八九十]+", "#");
  }

  /** A line that opens with a label and then this figure: a short label, no punctuation before the figure. */
  private static boolean opensWith(DocumentView v, Line line, Figure f) {
    int from = Math.max(line.contentStart(), line.markerEnd());
    int to = f.evidence().start();
    return to >= from && to - from <= MAX_PART_LABEL && !containsAny(v.text().substring(from, to), "。,，;；:：");
  }

  /** Whether a line ends its paragraph: it ends a sentence, or ends with a figure (人员经费 809961.19 元). */
  private static boolean endsAParagraph(DocumentView v, Line line, List<Figure> figures, int first) {
    String content = v.layout().content(line).strip();
    if (!content.isEmpty() && "。;；!！?？".indexOf(content.charAt(content.length() - 1)) >= 0) {
      return true;
    }
    for (int k = first; k < figures.size() && figures.get(k).evidence().start() < line.contentEnd(); k++) {
      if (figures.get(k).evidence().end() >= line.contentEnd()) {
        return true;
      }
    }
    return false;
  }
}
