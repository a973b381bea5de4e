package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Evidence;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Money;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spending quarter by quarter in one paragraph, with what it adds up to so far and each quarter's share of the year: 第一季度186.30万元；
 * 第二季度402.75万元，上半年累计589.05万元…；第三季度468.20万元，前三季度累计1057.25万元…；第四季度535.87万元。四个季度合计1593.12万元，一至四季度分别占全年
 * 支出的11.69%、25.28%、29.39%、33.64%; 一季度支出86,200元，占全年支出的9.78%；二季度支出215,640元，占24.46%…. Reports show 序时进度 so.
 *
 * <p>An amount so far (累计, 上半年, 前三季度, 全年, 四个季度合计) must be the sum of the quarters up to it, where the paragraph states each
 * of them. A quarter's share of the year (占全年支出的, and 占 after it in the paragraph; or 分别占 in turn for 一至四季度) must be the
 * quarter over the year's spending: the paragraph's sum for the year, the four quarters added, or the unit's; flagged only when none
 * gives it. A quarter named twice, or an amount planned (应发, 预算, 计划), and the paragraph is not read.
 */
@RuleInfo(
    id = "progress.quarters",
    severity = Severity.ERROR,
    zh = "分季度支出的累计数、占全年比例与各季度支出不符（一季度186.30万元、二季度402.75万元，上半年累计589.05万元）",
    en = "spending by quarter against its running sums and each quarter's share of the year (186.30 + 402.75 = 上半年累计 589.05)")
public final class QuarterlyProgressRule implements Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final String DIGITS = "一二三四";
  /** A quarter named right before its amount: 第一季度, 二季度支出, 第三季度实际支付. */
  private static final Pattern QUARTER = Pattern.compile("(?<![每个])第?([一二三四])季度(?:实际)?(?:支出|支付|拨付)?(?:资金)?(?:为|了)?$");
  /** An amount so far, with the quarter it reaches when it names one: 上半年累计, 前三季度累计, 全年累计, 四个季度合计, 累计. */
  private static final Pattern SO_FAR = Pattern.compile("(上半年|前三季度|全年|四个季度)?(?:累计|合计)(?:支出|支付|拨付)?(?:资金)?(?:为|了|达)?$"
      + "|(上半年|前三季度|全年)(?:实际)?(?:支出|支付|拨付)(?:资金)?(?:为|了)?$");
  /** Words that make a quarter's amount something other than spent: planned, owed, left. */
  private static final Pattern NOT_SPENT = Pattern.compile("应|预算|计划|目标|结余|结转|预计|下达|到位");
  /** A share of the year's spending: 占全年支出的, 占全年的; bare 占 after one in the paragraph. */
  private static final Pattern OF_THE_YEAR = Pattern.compile("^占全年(?:支出|实际支出|总支出)?的?$");
  private static final Pattern BARE_SHARE = Pattern.compile("^占$");
  /** Shares in turn for the four quarters: 一至四季度分别占全年支出的. */
  private static final Pattern IN_TURN = Pattern.compile("一至四季度(?:支出)?分别占全年(?:支出|实际支出|总支出)?的?$");

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    String text = report.text();
    if (text == null) {
      return out;
    }
    // most reports tell no quarter: their lines need not be read
    if (!text.contains("季度")) {
      return out;
    }
    List<Figure> fs = report.figures();
    Money unitSpent = report.totals().expenditure();
    int i = 0;
    while (i < fs.size()) {
      int end = text.indexOf('\n', fs.get(i).evidence().start());
      int lineEnd = end < 0 ? text.length() : end;
      int j = i;
      while (j < fs.size() && fs.get(j).evidence().start() < lineEnd && fs.get(j).evidence().start() >= fs.get(i).evidence().start()) {
        j++;
      }
      if (j == i) {
        j = i + 1; // a form's figure out of the text's order: its own passage
      }
      int lineStart = text.lastIndexOf('\n', Math.max(0, fs.get(i).evidence().start() - 1)) + 1;
      int quarter = text.indexOf("季度", lineStart);
      Passage p = quarter < 0 || quarter >= lineEnd ? null : Passage.read(fs.subList(i, j), text);
      if (p != null) {
        checkSums(out, p);
        checkShares(out, p, unitSpent);
      }
      i = j;
    }
    return out;
  }

  /** One paragraph's quarters, amounts so far and shares. */
  private record Passage(Figure[] quarters, List<SoFar> soFar, List<Share> shares) {
    static Passage read(List<Figure> line, String text) {
      Figure[] quarters = new Figure[4];
      List<SoFar> soFar = new ArrayList<>();
      List<Share> shares = new ArrayList<>();
      int reached = 0;
      int named = 0;
      boolean ofTheYear = false;
      Figure last = null;
      for (int k = 0; k < line.size(); k++) {
        Figure f = line.get(k);
        String clause = clause(text, f);
        if (Figures.isMoney(f) && f.op() == null) {
          Matcher q = QUARTER.matcher(clause);
          if (q.find()) {
            int quarter = DIGITS.indexOf(q.group(1));
            if (quarters[quarter] != null || NOT_SPENT.matcher(clause).find()) {
              return null;
            }
            quarters[quarter] = f;
            reached = Math.max(reached, quarter + 1);
            named++;
            last = f;
            continue;
          }
          Matcher s = SO_FAR.matcher(clause);
          if (s.find() && !NOT_SPENT.matcher(clause).find()) {
            String period = s.group(1) != null ? s.group(1) : s.group(2);
            // 累计 alone reaches the last quarter named before it
            int to = period == null ? reached : switch (period) {
              case "上半年" -> 2;
              case "前三季度" -> 3;
              default -> 4;
            };
            if (to > 0) {
              soFar.add(new SoFar(f, to));
            }
          }
          last = null;
        } else if (Figure.PERCENT.equals(f.kind()) && f.op() == null) {
          if (IN_TURN.matcher(clause).find()) {
            // 一至四季度分别占全年支出的11.69%、25.28%…: the rates in turn, for the quarters in order
            for (int n = 0; n < 4 && k + n < line.size(); n++) {
              Figure rate = line.get(k + n);
              if (!Figure.PERCENT.equals(rate.kind()) || n > 0 && !Sentences.wordsBetween(text, line.get(k + n - 1), rate).matches("[、,，和及]")) {
                break;
              }
              shares.add(new Share(rate, n));
            }
            ofTheYear = true;
          } else if (last != null && line.get(k - 1) == last) {
            // right after a quarter's amount: 占全年支出的, or 占 alone once the paragraph has said of what
            String words = Sentences.wordsBetween(text, last, f).replaceFirst("^[，,；;]", "");
            if (OF_THE_YEAR.matcher(words).matches() || ofTheYear && BARE_SHARE.matcher(words).matches()) {
              ofTheYear = true;
              shares.add(new Share(f, indexOf(quarters, last)));
            }
          }
          last = null;
        }
      }
      return named >= 2 && (!soFar.isEmpty() || !shares.isEmpty()) ? new Passage(quarters, soFar, shares) : null;
    }
  }

  /** An amount so far, and the number of quarters it reaches. */
  private record SoFar(Figure amount, int quarters) {}

  /** A share of the year's spending, and the quarter (0 to 3) it is of. */
  private record Share(Figure rate, int quarter) {}

  private void checkSums(List<Finding> out, Passage p) {
    for (SoFar s : p.soFar()) {
      List<Figure> added = firstQuarters(p.quarters(), s.quarters());
      Figure amount = s.amount();
      if (added == null || sum(added).intersects(Figures.of(amount))) {
        continue;
      }
      String expected = Figures.money(exactSum(added), MoneyUnit.of(amount.unit()), Math.max(0, amount.value().scale()));
      String quarters = s.quarters() == 1 ? "第一季度" : "第一至第" + DIGITS.charAt(s.quarters() - 1) + "季度";
      List<Evidence> evidence = new ArrayList<>();
      evidence.add(amount.evidence());
      added.forEach(f -> evidence.add(f.evidence()));
      out.add(FindingBuilder.of(this)
          .subject(quarters + "累计支出")
          .message(quarters + "累计支出写作" + amount.text() + "，但各季度支出之和为" + expected + "。",
              "Spending to quarter " + s.quarters() + " is stated as " + amount.text() + ", but the quarters add up to " + expected + ".")
          .stated(amount.text())
          .expected(expected)
          .evidence(evidence)
          .build());
    }
  }

  /** A year's spending a share may be of, as written and exactly. */
  private record Year(Interval written, BigDecimal exact) {}

  private void checkShares(List<Finding> out, Passage p, Money unitSpent) {
    if (p.shares().isEmpty()) {
      return;
    }
    List<Year> years = new ArrayList<>();
    for (SoFar s : p.soFar()) {
      if (s.quarters() == 4) {
        years.add(new Year(Figures.of(s.amount()), s.amount().yuan()));
      }
    }
    List<Figure> all = firstQuarters(p.quarters(), 4);
    if (all != null) {
      years.add(new Year(sum(all), exactSum(all)));
    }
    if (unitSpent != null) {
      years.add(new Year(Figures.yuan(unitSpent), unitSpent.value().multiply(unitSpent.unit().factor())));
    }
    if (years.isEmpty()) {
      return;
    }
    for (Share s : p.shares()) {
      Figure quarter = p.quarters()[s.quarter()];
      if (quarter == null) {
        continue;
      }
      boolean holds = false;
      for (Year year : years) {
        Interval r = Figures.of(quarter).dividedBy(year.written());
        holds |= r == null || r.times(HUNDRED).intersects(Figures.of(s.rate()));
      }
      if (holds) {
        continue;
      }
      String expected = Figures.percent(quarter.yuan(), years.get(0).exact());
      String name = "第" + DIGITS.charAt(s.quarter()) + "季度";
      out.add(FindingBuilder.of(this)
          .subject(name + "支出占全年比例")
          .message(name + "支出" + quarter.text() + "占全年支出约为" + expected + "，报告写的是" + s.rate().text() + "。",
              "Quarter " + (s.quarter() + 1) + "'s " + quarter.text() + " is about " + expected + " of the year's spending, not the stated "
                  + s.rate().text() + ".")
          .stated(s.rate().text())
          .expected(expected)
          .evidence(s.rate().evidence(), quarter.evidence())
          .build());
    }
  }

  /** The first n quarters' amounts, or null where the paragraph does not state one of them. */
  private static List<Figure> firstQuarters(Figure[] quarters, int n) {
    List<Figure> out = new ArrayList<>();
    for (int q = 0; q < n; q++) {
      if (quarters[q] == null) {
        return null;
      }
      out.add(quarters[q]);
    }
    return out;
  }

  private static Interval sum(List<Figure> fs) {
    Interval sum = Interval.exact(BigDecimal.ZERO);
    for (Figure f : fs) {
      sum = sum.plus(Figures.of(f));
    }
    return sum;
  }

  private static BigDecimal exactSum(List<Figure> fs) {
    return fs.stream().map(Figure::yuan).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static int indexOf(Figure[] quarters, Figure f) {
    for (int q = 0; q < quarters.length; q++) {
      if (quarters[q] == f) {
        return q;
      }
    }
    return -1;
  }

  /** The words of the figure's clause before it, blanks left out, from the last 、 (第一季度16.93万元、第二季度29.47万元). */
  private static String clause(String text, Figure f) {
    String words = Sentences.clauseWords(text, f);
    return words.substring(words.lastIndexOf('、') + 1);
  }
}
