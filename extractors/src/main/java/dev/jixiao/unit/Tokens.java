package dev.jixiao.unit;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * HanLP's segmentation of the parts of a text around dictionary matches. A dictionary match is
 * only a place mention when the segmenter agrees that a word starts and ends where the name does:
 * 成县 in 完成县委 straddles 完成 and 县委, 古饶镇 in 古饶镇路 ends inside 镇路 (a street), 漕河镇 in
 * 漕河镇村村委会 ends inside 镇村 (a village). Only windows around the matches are segmented,
 * which keeps a long report cheap.
 */
final class Tokens {

  /**
   * How far a window reaches before a match: far enough for the names written before it (新疆维吾尔自治区伊犁哈萨克自治州
   * 察布查尔锡伯自治县, 25 characters, before a township's name).
   */
  static final int REACH_BEFORE = 40;

  /**
   * How far a window reaches after a match: the segmenter's choice at a name's end turns on the few words after it (古饶镇路,
   * 漕河镇村村委会, 漕河镇人民政府), and its cost on every character of the window.
   */
  static final int REACH_AFTER = 16;

  /** Longer than any word HanLP's dictionaries or recognisers produce around place names. */
  private static final int LONGEST_WORD = 16;

  private record Word(String text, String nature) {}

  private final BitSet boundaries = new BitSet();
  private final Map<Integer, Word> byStart = new HashMap<>();

  private Tokens() {}

  /** Segments the windows around {@code spans} (pairs of start, end offsets into {@code text}). */
  static Tokens around(Segment segment, String text, List<int[]> spans) {
    Tokens tokens = new Tokens();
    for (int[] window : windows(text, spans)) {
      tokens.add(segment, text, window[0], window[1]);
    }
    return tokens;
  }

  /** Whether a word starts or ends at {@code pos}; false outside the segmented windows. */
  boolean isBoundary(int pos) {
    return boundaries.get(pos);
  }

  /**
   * Whether a word boundary at {@code pos} is missing only because HanLP's person-name recognition
   * glued characters across it (古饶镇徐龙英 comes out as 古/饶镇徐/龙/英): such a word says nothing
   * about where a place name ends.
   */
  boolean insidePersonName(int pos) {
    for (int start = pos - 1; start >= 0 && start >= pos - LONGEST_WORD; start--) {
      Word w = byStart.get(start);
      if (w != null) {
        return start + w.text().length() > pos && w.nature().startsWith("nr");
      }
    }
    return false;
  }

  /** The word starting at {@code pos}, or null. */
  String wordAt(int pos) {
    Word w = byStart.get(pos);
    return w == null ? null : w.text();
  }

  /** Whether {@code [start, end)} is one word that the segmenter's place recognition tags ns. */
  boolean isPlaceWord(int start, int end) {
    Word w = byStart.get(start);
    return w != null && w.text().length() == end - start && w.nature().startsWith("ns");
  }

  private void add(Segment segment, String text, int from, int to) {
    String window = text.substring(from, to);
    int pos = 0;
    for (Term term : segment.seg(window)) {
      // Offsets are recomputed rather than trusted, so a segment configured without
      // enableOffset(true) (or one that drops characters) cannot shift them.
      int at = window.startsWith(term.word, pos) ? pos : window.indexOf(term.word, pos);
      if (at < 0 || term.word.isEmpty()) {
        continue;
      }
      int start = from + at;
      byStart.put(start, new Word(term.word, term.nature == null ? "" : term.nature.toString()));
      boundaries.set(start);
      boundaries.set(start + term.word.length());
      pos = at + term.word.length();
    }
    boundaries.set(from);
    boundaries.set(to);
  }

  /**
   * Windows of {@link #REACH_BEFORE} characters before each span and {@link #REACH_AFTER} after it, cut at sentence ends (which
   * are word boundaries anyway) and merged where they overlap.
   */
  private static List<int[]> windows(String text, List<int[]> spans) {
    List<int[]> sorted = new ArrayList<>(spans);
    sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<int[]> out = new ArrayList<>();
    for (int[] span : sorted) {
      int from = Math.max(0, span[0] - REACH_BEFORE);
      for (int i = span[0] - 1; i >= from; i--) {
        if (isSentenceEnd(text.charAt(i))) {
          from = i + 1;
          break;
        }
      }
      int to = Math.min(text.length(), span[1] + REACH_AFTER);
      for (int i = span[1]; i < to; i++) {
        if (isSentenceEnd(text.charAt(i))) {
          to = i;
          break;
        }
      }
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && from <= last[1]) {
        last[1] = Math.max(last[1], to);
      } else {
        out.add(new int[] {from, to});
      }
    }
    return out;
  }

  private static boolean isSentenceEnd(char c) {
    return c == '\n' || c == '\r' || c == '。' || c == '；' || c == ';' || c == '！' || c == '!' || c == '？'
        || c == '?';
  }
}
