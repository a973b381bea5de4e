package dev.jixiao.check.rules;

import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.record.Evidence;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.MoneyUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What is left of a budget (结余) against the parts the words list of it right after, each named what is left too, for
 * {@link BalanceRule}: in an aside right after it (结余6.59万元（人员经费结余3.75万元，公用经费结余2.84万元）), or after 其中 opening the clause
 * after it (结余6.73万元，其中…计结余1.00万元，…节约5.73万元) or the next sentence (结余20.52万元。其中：中央资金…结余18.00万元，…；县级…结余
 * 2.52万元), or in a next sentence that speaks of what is left (结余51.35万元。结余资金主要来自…，其中中央资金结余31.35万元…，县级资金结余
 * 20.00万元…). The list ends with its sentence, or at a 其中 of its own, which lists a part's parts. Amounts of the list named otherwise
 * (中央资金支出1,032.00万元) are what was spent of the parts, no part of what is left; a part carried over (结转) leaves the list unread, as a
 * balance with the carry-over (结转结余) is, since its parts may be either.
 */
final class LeftInParts {
  /** What is left named so, closing the label (结余, 结余资金, 较调整后预算结余, 节余). */
  private static final Pattern WHOLE = Pattern.compile("(?:结余|节余)(?:资金)?(?:为|是)?$");
  /** A part of what is left, named so (中央资金结余, 工作经费节余, 节约). */
  private static final Pattern PART = Pattern.compile("(?:结余|节余|节约)(?:资金)?(?:为|是)?$");
  /** Words of what is left of another year or with the carry-over (上年结余, 累计结余, 结转结余): not this year's balance alone. */
  private static final Pattern NOT_THIS_YEARS = Pattern.compile("上年|年初|累计|结转");
  /** A part carried over (结转下年, 结转资金), which a list of what is left may hold besides the parts named left. */
  private static final Pattern CARRIED = Pattern.compile("结转(?:资金)?(?:为|是)?$");
  private static final String WHICH = "其中";
  /**
   * Words by which the list is of some parts only: their sum, or their share of the whole (其中A结余27.14万元、B结余32.16万元，两个项目合计
   * 59.30万元，占结余资金的55.36%), or the main ones (其中主要是).
   */
  private static final Pattern SOME_ONLY = Pattern.compile("合计|共计|小计|累计|占|主要");

  private LeftInParts() {}

  static List<Finding> check(Rule rule, List<Figure> fs, String text) {
    List<Finding> out = new ArrayList<>();
    for (int i = 0; text != null && i + 2 < fs.size(); i++) {
      Figure whole = fs.get(i);
      // (most labels hold no 余: their clauses are not read at all)
      if (!Figures.isMoney(whole) || whole.op() != null || whole.yuan() == null || whole.label() == null
          || whole.label().indexOf('余') < 0) {
        continue;
      }
      String label = whole.label().strip();
      if (!WHOLE.matcher(label).find() || NOT_THIS_YEARS.matcher(label).find()) {
        continue;
      }
      List<Figure> parts = partsAfter(fs, i, text);
      if (parts.size() < 2) {
        continue;
      }
      Interval sum = parts.stream().map(Figures::yuan).reduce(Interval::plus).orElseThrow();
      if (sum.intersects(Figures.yuan(whole))) {
        continue;
      }
      BigDecimal exact = parts.stream().map(Figure::yuan).reduce(BigDecimal.ZERO, BigDecimal::add);
      String expected = Figures.money(exact, MoneyUnit.of(whole.unit()), Math.max(0, whole.value().scale()));
      List<Evidence> evidence = new ArrayList<>(List.of(whole.evidence()));
      parts.forEach(f -> evidence.add(f.evidence()));
      out.add(Reckoned.finding(rule, label, whole.text(), expected, "其中" + parts.size() + "项结余之和",
          "the sum of the " + parts.size() + " parts left", evidence.toArray(Evidence[]::new)));
    }
    return out;
  }

  /**
   * The parts listed of what is left at i: in the aside right after it, all of its amounts; or from the 其中 after it to the end of
   * that sentence, those named left outside the list's asides, up to a 其中 of the list's own. Empty where there is no such list, or a
   * part of it is carried over.
   */
  private static List<Figure> partsAfter(List<Figure> fs, int i, String text) {
    Figure whole = fs.get(i);
    int at = whole.evidence().end();
    while (at < text.length() && text.charAt(at) == ' ') {
      at++;
    }
    if (at < text.length() && (text.charAt(at) == '（' || text.charAt(at) == '(')) {
      int close = Sentences.closingOf(text, at);
      List<Figure> parts = new ArrayList<>();
      for (int k = i + 1; close > 0 && k < fs.size() && fs.get(k).evidence().start() < close; k++) {
        Figure f = fs.get(k);
        if (!Figures.isMoney(f)) {
          continue;
        }
        if (!named(f, PART)) {
          return List.of(); // (an aside of another amount: 结余6.59万元（含结转3.00万元）)
        }
        parts.add(f);
      }
      return parts;
    }
    int which = whichAfter(text, at);
    if (which < 0) {
      return List.of();
    }
    int end = which;
    while (end < text.length() && text.charAt(end) != '。' && text.charAt(end) != '\n') {
      end++;
    }
    int stop = text.indexOf(WHICH, which + WHICH.length());
    if (stop >= 0 && stop < end) {
      end = stop; // (a part's own parts: 县级资金…结余6.73万元，其中…)
    }
    if (SOME_ONLY.matcher(text.substring(which, end)).find()) {
      return List.of();
    }
    List<Figure> parts = new ArrayList<>();
    for (int k = i + 1; k < fs.size() && fs.get(k).evidence().start() < end; k++) {
      Figure f = fs.get(k);
      if (f.evidence().start() < which || !Figures.isMoney(f) || inAnAside(text, which, f)) {
        continue;
      }
      if (named(f, CARRIED)) {
        return List.of();
      }
      if (named(f, PART)) {
        if (f.op() != null || f.yuan() == null) {
          return List.of();
        }
        parts.add(f);
      }
    }
    return parts;
  }

  /**
   * Where the 其中 of a list of what is left stands, after the figure's end at {@code at}: opening the clause right after it, or the
   * next sentence on its line, or that sentence's first clause of its words alone that opens with what is left (结余资金主要来自…，其中);
   * no money stated between; -1 where none does.
   */
  private static int whichAfter(String text, int at) {
    int k = at;
    while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '，' || text.charAt(k) == ',')) {
      k++;
    }
    if (text.startsWith(WHICH, k)) {
      return k;
    }
    // the rest of the whole's sentence, holding no amount of money (…结余65.52万元，全年预算执行率为97.57%。其中：…)
    int stop = text.indexOf('。', at);
    int line = text.indexOf('\n', at);
    if (stop < 0 || line >= 0 && line < stop || text.substring(at, stop).contains("元")) {
      return -1;
    }
    k = stop + 1;
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    if (text.startsWith(WHICH, k)) {
      return k;
    }
    if (!text.startsWith("结余", k) && !text.startsWith("节余", k)) {
      return -1;
    }
    int which = text.indexOf("，" + WHICH, k);
    if (which < 0) {
      return -1;
    }
    String words = text.substring(k, which);
    return words.chars().anyMatch(c -> Character.isDigit(c) || "。；;\n，,".indexOf(c) >= 0) ? -1 : which + 1;
  }

  /** Whether the figure stands in parentheses opened after {@code from}: what a part of the list holds, not a part of it. */
  private static boolean inAnAside(String text, int from, Figure f) {
    int depth = 0;
    for (int k = from; k < f.evidence().start(); k++) {
      char c = text.charAt(k);
      depth += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
    }
    return depth > 0;
  }

  /** Whether the figure's label closes with the words, and names this year's money alone. */
  private static boolean named(Figure f, Pattern words) {
    String label = SpendingLabels.label(f);
    return words.matcher(label).find() && (words == CARRIED || !NOT_THIS_YEARS.matcher(label).find());
  }
}
