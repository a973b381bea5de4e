package dev.jixiao.text;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a normalised text with their numbering and heading levels. A numbered line is a
 * heading when it is short and carries no sentence; "1、项目立项：项目的申请…" is a numbered body
 * line, and so is one that ends with a semicolon (an item of a list); "3、 部门绩效目标" a heading.
 */
public final class Layout {
  private static final Pattern CN_NUM = Pattern.compile("^([一二三四五六七八九十]{1,3})[、.]");
  private static final Pattern CN_PAREN = Pattern.compile("^\\(([一二三四五六七八九十]{1,3})\\)");
  private static final Pattern AR_NUM = Pattern.compile("^(\\d{1,2})(?:[.、](?!\\d)|\\.(?=\\d{4}年))");
  private static final Pattern AR_PAREN = Pattern.compile("^\\((\\d{1,2})\\)");
  private static final Pattern CIRCLED = Pattern.compile("^([①②③④⑤⑥⑦⑧⑨⑩])");
  private static final int MAX_HEADING_CHARS = 40;

  private final String text;
  private final List<Line> lines;
  /**
   * For each line, the innermost heading before it that still encloses it, or -1; for a heading,
   * also what enclosed it ({@link #outer}). Walked once here, as a report of many thousand lines
   * asked for each figure's headings from the top took minutes.
   */
  private final int[] enclosing;
  private final int[] outer;

  public Layout(String normalized) {
    this.text = normalized;
    this.lines = split(normalized);
    this.enclosing = new int[lines.size()];
    this.outer = new int[lines.size()];
    int top = -1;
    for (Line l : lines) {
      enclosing[l.index()] = top;
      if (l.isHeading()) {
        while (top >= 0 && lines.get(top).heading() >= l.heading()) {
          top = outer[top];
        }
        outer[l.index()] = top;
        top = l.index();
      }
    }
  }

  public List<Line> lines() {
    return lines;
  }

  /** Sentences: each line cut after 。；！？ (normalised ; ! ?), blanks trimmed, empty ones dropped. */
  public List<Sentence> sentences() {
    List<Sentence> out = new ArrayList<>();
    for (Line line : lines) {
      int s = line.contentStart();
      for (int i = line.contentStart(); i < line.contentEnd(); i++) {
        char c = text.charAt(i);
        if (c == '。' || c == ';' || c == '!' || c == '?') {
          add(out, line, s, i + 1);
          s = i + 1;
        }
      }
      add(out, line, s, line.contentEnd());
    }
    return out;
  }

  private void add(List<Sentence> out, Line line, int s, int e) {
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    if (s < e) {
      out.add(new Sentence(s, e, line.index()));
    }
  }

  public String text() {
    return text;
  }

  public String content(Line line) {
    return text.substring(line.contentStart(), line.contentEnd());
  }

  /** The line holding offset {@code pos}. */
  public Line lineAt(int pos) {
    int lo = 0;
    int hi = lines.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lines.get(mid).start() <= pos) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lines.get(lo);
  }

  /** Headings enclosing {@code line}, innermost first. */
  public List<Line> ancestors(Line line) {
    List<Line> innermostFirst = new ArrayList<>(4);
    for (int h = enclosing[line.index()]; h >= 0; h = outer[h]) {
      innermostFirst.add(lines.get(h));
    }
    return innermostFirst;
  }

  private static List<Line> split(String text) {
    List<Line> out = new ArrayList<>();
    int start = 0;
    int index = 0;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      out.add(line(text, index++, start, end));
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return out;
  }

  private static Line line(String text, int index, int start, int end) {
    int cs = start;
    int ce = end;
    while (cs < ce && Character.isWhitespace(text.charAt(cs))) {
      cs++;
    }
    while (ce > cs && Character.isWhitespace(text.charAt(ce - 1))) {
      ce--;
    }
    // a web page's table saved a cell a line closes each cell with a pipe (项目名称 |); a row of a
    // pipe table holds two or more
    if (ce > cs && text.charAt(ce - 1) == '|' && text.lastIndexOf('|', ce - 2) < cs) {
      ce--;
      while (ce > cs && Character.isWhitespace(text.charAt(ce - 1))) {
        ce--;
      }
    }
    String content = text.substring(cs, ce);
    int level = 0;
    String marker = null;
    Integer number = null;
    int markerEnd = cs;
    Matcher m;
    if ((m = CN_NUM.matcher(content)).find()) {
      level = 1;
    } else if ((m = CN_PAREN.matcher(content)).find()) {
      level = 2;
    } else if ((m = AR_NUM.matcher(content)).find()) {
      level = 3;
    } else if ((m = AR_PAREN.matcher(content)).find()) {
      level = 4;
    } else if ((m = CIRCLED.matcher(content)).find()) {
      level = 5;
    } else {
      m = null;
    }
    if (m != null) {
      marker = m.group();
      markerEnd = cs + m.end();
      number = numberOf(m.group(1));
    }
    boolean headingLike = m != null && content.length() <= MAX_HEADING_CHARS
        && !content.endsWith("。") && !content.endsWith(";") && !content.substring(m.end()).contains("。")
        && !hasClause(content.substring(m.end()));
    // "3、 部门绩效目标" is a top-level heading written with an Arabic numeral
    if (m != null && level == 3 && headingLike && content.charAt(m.end() - 1) == '、' && m.end() < content.length()
        && content.charAt(m.end()) == ' ') {
      level = 1;
    }
    return new Line(index, start, end, cs, ce, headingLike ? level : 0, marker, number, markerEnd);
  }

  /** A colon followed by more words makes a line an entry, not a heading. */
  private static boolean hasClause(String rest) {
    int colon = rest.indexOf(':');
    return colon >= 0 && colon < rest.length() - 1;
  }

  private static Integer numberOf(String s) {
    if (s.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(s);
    }
    if (s.length() == 1 && "①②③④⑤⑥⑦⑧⑨⑩".indexOf(s.charAt(0)) >= 0) {
      return "①②③④⑤⑥⑦⑧⑨⑩".indexOf(s.charAt(0)) + 1;
    }
    OptionalLong v = ChineseNumerals.parse(s);
    return v.isPresent() ? (int) v.getAsLong() : null;
  }
}
