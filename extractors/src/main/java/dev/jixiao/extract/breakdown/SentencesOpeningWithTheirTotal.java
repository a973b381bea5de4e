package dev.jixiao.extract.breakdown;

import static dev.jixiao.extract.breakdown.FigureWords.amount;
import static dev.jixiao.extract.breakdown.FigureWords.labelOf;
import static dev.jixiao.extract.breakdown.FigureWords.summable;
import static dev.jixiao.extract.breakdown.Gaps.between;
import static dev.jixiao.extract.breakdown.Gaps.clauseStart;
import static dev.jixiao.extract.breakdown.Gaps.depthChange;
import static dev.jixiao.extract.breakdown.Gaps.hasBreak;
import static dev.jixiao.extract.breakdown.Sections.headingBetween;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.record.Figure;
import dev.jixiao.text.Sentence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sentences that open naming the amount they break down (基本支出中，人员经费…，公用经费…。). */
final class SentencesOpeningWithTheirTotal {
  /** A sentence's or a clause's opening that names what it breaks down: 基本支出中， 实际支出中： 提升资金中，其中： */
  private static final Pattern NAMED_OPENING = Pattern.compile("[ ]*([“”\\p{IsHan}]{2,12}?)中[ ]*[,，:：](?:[ ]*其中[ ]*[,，:：]?)?");

  /** The words of an amount's name such an opening may name. */
  private static final Pattern MONEY_NAME = Pattern.compile("支出|收入|资金|经费|预算|拨款");

  /** Words for kinds of money: what a part says it is, where it says, must be what its whole is. */
  private static final Pattern KIND_OF_MONEY = Pattern.compile("结余|结转|支出|预算|收入|拨付");

  private SentencesOpeningWithTheirTotal() {}

  /**
   * Links the amounts of a sentence that opens with an amount's name and 中 (基本支出中，人员经费…，
   * 公用经费…。) to the last amount before it in its section whose label ends with that name (基本支出,
   * or 项目实际支出 for 实际支出中, 已拨付补助资金 for 已拨付的补助资金中), when none of them is a part already; two or
   * more are the whole.
   */
  static void link(DocumentView v, List<Figure> figures, String[] partOf, Boolean[] closed) {
    String t = v.text();
    for (int i = 0; i < figures.size(); i++) {
      Figure first = figures.get(i);
      // or the clause's after a semicolon (…；旅游基础设施提升资金中，其中：旅游公路520.00万元、…)
      int at = first.evidence().start();
      int start = clauseStart(t, at);
      // the sentence's first figure may be a count of what each amount was for (拨付的资金中，C级危房42户63.00万元，…)
      // (the opening's 中 is looked for before its words are matched: most clauses have none)
      if (i > 0 && figures.get(i - 1).evidence().end() > start || !Sentence.containsWord(t, start, at, "中") || !summable(first)) {
        continue;
      }
      Matcher m = NAMED_OPENING.matcher(t).region(start, first.evidence().start());
      if (!m.lookingAt() || !MONEY_NAME.matcher(m.group(1)).find()) {
        continue;
      }
      List<Integer> parts = new ArrayList<>();
      String kind = kindOfMoney(m.group(1));
      int depth = 0;
      for (int j = i; j < figures.size() && (j == i || !hasBreak(between(t, figures.get(j - 1), figures.get(j)))); j++) {
        if (j > i && opensAnotherClause(t, figures.get(j - 1), figures.get(j))) {
          break; // "财政奖补资金中，A、B、C；村自筹资金中，D、E": the next clause breaks down its own whole
        }
        depth += j > i ? depthChange(between(t, figures.get(j - 1), figures.get(j))) : 0;
        if (depth > 0) {
          continue; // an aside on a part (基本支出10,061.00万元（年初9,911.00万元）): no part itself
        }
        String partsKind = kindOfMoney(labelOf(figures.get(j)));
        // what an aside states of other money (结余资金中，A21.40万元为…尾款，设备改造实际支出258.60万元；…) is no part
        boolean otherMoney = partsKind != null && kind != null && !partsKind.equals(kind);
        if (summable(figures.get(j)) && Figure.MONEY.equals(figures.get(j).kind()) && !otherMoney) {
          parts.add(j);
        }
      }
      Integer total = parts.isEmpty() ? null : namedBefore(v, figures, i, m.group(1), parts);
      if (total == null || parts.stream().anyMatch(j -> partOf[j] != null)) {
        continue;
      }
      parts.forEach(j -> partOf[j] = "f" + (total + 1));
      // a whole named again past other paragraphs (a table: 结余资金中，A结余…，B结余…) may be given in a selection
      closed[total] = parts.size() >= 2 && adjacent(v, figures.get(total), first) ? Boolean.TRUE : null;
      i = parts.get(parts.size() - 1);
    }
  }

  /**
   * The last amount before the figure at i in its section (after the last heading) whose label, the year aside, ends with {@code name};
   * or, of those and of those named with 支出 after the name, the nearest that the parts add up to.
   */
  private static Integer namedBefore(DocumentView v, List<Figure> figures, int i, String name, List<Integer> parts) {
    // the name may join its words with 的 where the label did not (已拨付的补助资金中 for 已拨付补助资金)
    String bare = name.replaceAll("[“”的]", "");
    // and may add the word for money the label left out (旅游基础设施提升资金中 for 旅游基础设施提升980.00万元)
    String named = bare.replaceFirst("(?:资金|经费)$", "");
    // of those so named, the one the parts add up to, where another is nearer (县级结余19.74万元 … 结余28.54万元: 结余资金中，…)
    BigDecimal sum = FigureWords.sum(figures, parts);
    Integer last = null;
    for (int k = i - 1; k >= 0; k--) {
      Figure f = figures.get(k);
      if (v.layout().lineAt(f.evidence().start()).isHeading() || headingBetween(v, f, figures.get(i))) {
        return last;
      }
      String label = f.label() == null ? "" : f.label().strip().replaceAll("[“”的]", "");
      boolean namedSo = label.endsWith(bare) || named.length() >= 2 && label.endsWith(named);
      // or named with what was done with it (县级资金支出363.78万元 for 县级资金中，…), taken only where the parts add up to it
      boolean withItsDeed = !namedSo && label.endsWith(bare + "支出");
      if (Figure.MONEY.equals(f.kind()) && summable(f) && (namedSo || withItsDeed)) {
        if (amount(f).compareTo(sum) == 0) {
          return k;
        }
        // (Integer.valueOf: a bare k would make the ternary an int and unbox a null last)
        last = last == null && namedSo ? Integer.valueOf(k) : last;
      }
    }
    return last;
  }

  /** Whether the two figures stand in one paragraph or in two with none but blank lines between. */
  private static boolean adjacent(DocumentView v, Figure a, Figure b) {
    int from = v.layout().lineAt(a.evidence().start()).index();
    int to = v.layout().lineAt(b.evidence().start()).index();
    for (int line = from + 1; line < to; line++) {
      if (!v.lines().get(line).isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** Whether a clause that names the whole it breaks down opens between two figures (…；村自筹资金中，…). */
  private static boolean opensAnotherClause(String t, Figure a, Figure b) {
    int semicolon = b.evidence().start() - 1;
    while (semicolon >= a.evidence().end() && t.charAt(semicolon) != ';' && t.charAt(semicolon) != '；') {
      semicolon--;
    }
    return semicolon >= a.evidence().end() && NAMED_OPENING.matcher(t).region(semicolon + 1, b.evidence().start()).lookingAt();
  }

  /** The kind of money a name says (结余 of 结余资金, 支出 of 实际支出), or null when it says none. */
  private static String kindOfMoney(String name) {
    Matcher m = KIND_OF_MONEY.matcher(name);
    String kind = null;
    while (m.find()) {
      kind = m.group();
    }
    return kind;
  }
}
