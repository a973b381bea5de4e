package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An amount as a share of another written inside the share's own words: “三公”经费支出5.12万元，为预算6.80万元的75.29%;
 * 基本药物采购金额212.40万元，占药品采购总额298.60万元的71.13%; 追缴违纪违法资金1,046.38万元，为目标值800万元的130.80%. The words say which two
 * figures the percentage is of, so no reading of the report's structure is needed: the amount is the one that ends the clause
 * before, or the one before an aside about it or its change on the year before that end it (“三公”经费支出4.26万元，较上年的4.83万元减少
 * 0.57万元，下降11.80%，为“三公”经费预算5.00万元的85.20%), the base the one right before 的. Other rules hold a share whose base is
 * named and stated elsewhere (share.named, spending.rate); none read the base where the share writes it.
 */
@RuleInfo(
    id = "share.inline",
    severity = Severity.ERROR,
    zh = "“为（占）某数的百分之几”与两数之比不符（支出5.12万元，为预算6.80万元的75.29%）",
    en = "an amount as a share of a base written in the share's words (5.12万元，为预算6.80万元的75.29%) against the two")
public final class StatedBaseShareRule implements Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** The share's clause up to its base: the verb opening it, then what the base is (为预算, 占药品采购总额, 为2023年度…年平均工资). */
  private static final Pattern OPENS = Pattern.compile("^(?:占|为|相当于|约为|达到|达)(?:\\d{4}年度?)?[\\p{IsHan}“”\"（）()]{0,20}$");
  /** From the base to the percentage: 的, and at most the word for a share. */
  private static final Pattern OF = Pattern.compile("^[ ]*的(?:比例|比重)?(?:为|是)?[ ]*$");
  /** Where the clause before the share's ends: the amount must end it. */
  private static final Pattern CLAUSE_END = Pattern.compile("^[ ]*[，,][ ]*$");

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    String text = report.text();
    List<Figure> fs = report.figures();
    Map<String, Figure> byId = new HashMap<>();
    fs.forEach(f -> byId.put(f.id(), f));
    List<StatedBase> comparisons = null;
    for (int i = 2; text != null && i < fs.size(); i++) {
      Figure share = fs.get(i);
      Figure base = fs.get(i - 1);
      if (!Figure.PERCENT.equals(share.kind()) || share.op() != null || base.op() != null || Figure.PERCENT.equals(base.kind())
          || !OF.matcher(Sentences.between(text, base, share)).matches()) {
        continue;
      }
      // the clause before may end with an aside after the amount, or with the amount's change (…4.26万元，较上年的4.83万元减少0.57万元，
      // 下降11.80%，为“三公”经费预算5.00万元的85.20%): the amount is the one before them
      Figure last = fs.get(i - 2);
      Figure amount = last;
      if (Sentences.inParentheses(text, last) && !Sentences.inParentheses(text, base)) {
        int before = Sentences.outsideTheAsides(fs, i - 2, text);
        amount = before >= 0 ? fs.get(before) : null;
        last = amount;
      } else if (Figure.PERCENT.equals(last.kind()) || !Figures.sameMeasure(last, base)) {
        comparisons = comparisons == null ? StatedBase.in(fs, text) : comparisons;
        amount = comparedEndingWith(comparisons, last);
      }
      if (amount == null || amount.op() != null || !Figures.sameMeasure(amount, base) || !stated(text, amount, last, base, share)) {
        continue;
      }
      // the last part of a list after its whole (完成4,810人次，其中：…县级3,050人次，为年度目标4,500人次的106.9%): the share may be the
      // whole's, which the words leave as open as the part's; a finding names the whole
      Figure whole = amount.partOf() == null ? null : byId.get(amount.partOf());
      boolean ofTheWhole = whole != null && Sentences.together(text, whole, share) && whole.kind().equals(base.kind());
      if (gives(amount, base, share) || ofTheWhole && gives(whole, base, share)) {
        continue;
      }
      amount = ofTheWhole ? whole : amount;
      String expected = Figures.percent(Figures.written(amount), Figures.written(base));
      String subject = Figures.labelAt(report, amount.evidence(), amount.text());
      out.add(FindingBuilder.of(this)
          .subject(subject)
          .message("“" + subject + "”" + amount.text() + " ÷ " + base.text() + " 约为" + expected + "，报告写的是" + share.text() + "。",
              subject + ": " + amount.text() + " / " + base.text() + " is about " + expected + ", not the stated " + share.text() + ".")
          .stated(share.text())
          .expected(expected)
          .evidence(share.evidence(), amount.evidence(), base.evidence())
          .build());
    }
    return out;
  }

  /** Whether the amount over the base meets the share, or the base may be nothing. */
  private static boolean gives(Figure amount, Figure base, Figure share) {
    Interval ratio = Figures.of(amount).dividedBy(Figures.of(base));
    return ratio == null || ratio.times(HUNDRED).intersects(Figures.of(share));
  }

  /**
   * Whether the words around the three are "amount，为 … base 的 share", in that order, in one sentence; the amount's clause closing
   * with {@code last}, the amount or the last figure of its change, and an aside after it.
   */
  private static boolean stated(String text, Figure amount, Figure last, Figure base, Figure share) {
    int amountEnd = last.evidence().end();
    int baseStart = base.evidence().start();
    int baseEnd = base.evidence().end();
    int shareStart = share.evidence().start();
    if (amount.evidence().end() > amountEnd || amountEnd > baseStart || baseEnd > shareStart || shareStart > text.length()
        || !Sentences.together(text, amount, share)) {
      return false;
    }
    int clause = baseStart - Sentences.clauseBefore(text, base).length();
    int afterAside = asideClosed(text, amountEnd, clause);
    return clause > amountEnd && CLAUSE_END.matcher(text.substring(afterAside, clause)).matches()
        && OPENS.matcher(text.substring(clause, baseStart).strip()).matches()
        && OF.matcher(text.substring(baseEnd, shareStart)).matches();
  }

  /** Past an aside in parentheses right after {@code from} and closing before {@code to}: where it closes, else {@code from}. */
  private static int asideClosed(String text, int from, int to) {
    int k = from;
    while (k < to && text.charAt(k) == ' ') {
      k++;
    }
    if (k >= to || text.charAt(k) != '（' && text.charAt(k) != '(') {
      return from;
    }
    int close = Sentences.closingOf(text, k);
    return close > 0 && close < to ? close + 1 : from;
  }

  /** The amount of the comparison whose last figure, its rate or else its change, is {@code last}; null when none ends so. */
  private static Figure comparedEndingWith(List<StatedBase> comparisons, Figure last) {
    for (StatedBase c : comparisons) {
      if (c.rate() == last || c.rate() == null && c.change() == last) {
        return c.amount();
      }
    }
    return null;
  }
}
