package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Money;
import dev.jixiao.record.Percent;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much the year moved a budget, as a rate of the budget at the year's start, where the sentence states the move or the budget
 * after it and the rate, and the year-start budget stands before: 共追加120.00万元，比年初预算增加18.18%; 调整后预算为132.00万元，较年初增加
 * 10.00%; 全年预算净减少30.00万元，比年初预算下降2.61%; 两项相抵净增加53.00万元，调整后预算为1,339.50万元，预算调整率4.12%. The rate is the move,
 * or the budget after less the year-start one, over the year-start budget. So too a share of the year-start or adjusted budget in the
 * clause right after the move (全年共追加36.50万元，占年初预算的4.33%; 追加…500.00万元，占调整后预算的11.44%).
 *
 * <p>The year-start budget is the last amount named so before (年初预算, 年初下达预算, 最初安排), or the unit's: where either gives the
 * rate, it holds. A move stated as a comparison (较年初增加36.00万元，预算调整率6.14%) is change.rate's, and the rate the unit's totals
 * take as their adjustment rate, with the adjustment, total.share's.
 */
@RuleInfo(
    id = "adjustment.rate",
    severity = Severity.ERROR,
    zh = "预算调整幅度与调整额、年初预算不符（共追加120.00万元，比年初预算增加18.18%）",
    en = "a budget's move in the year as a rate of the year-start budget (共追加120.00万元，比年初预算增加18.18%)")
public final class AdjustmentRateRule implements Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** The rate's words: of the year-start budget (比年初预算增加, 较年初增加, 比最初安排增加), or the adjustment's rate (预算调整率). */
  private static final Pattern RATE = Pattern.compile(
      "(?:比|较)(?:年初|最初|原)(?:预算|安排)?(?:数)?(?:增加|增长|上升|提高|减少|下降|降低)了?(?:幅度)?(?:为)?|(?:预算)?调整(?:率|幅度|比例)(?:为)?");
  /** The budget after the move, named so in its clause: 调整后预算为, 调整后抗旱资金总额为, 追加后全年预算为. */
  private static final Pattern AFTER = Pattern.compile("(?:调整|追加|调增|调减|追减)后");
  /** The move itself: what was added or cut, or both netted (共追加, 净减少, 调增). */
  private static final Pattern MOVE = Pattern.compile("追加|调增|调减|净增加|净减少|压减|核减");
  /** A comparison in the amount's clause: a change stated against something, change.rate's. */
  private static final Pattern COMPARED = Pattern.compile("比|较|与");
  /**
   * A share of the year-start or adjusted budget in the clause after a move (全年共追加36.50万元，占年初预算的…). Named for the move
   * (追加额占年初预算的) it is share.named's.
   */
  private static final Pattern SHARE = Pattern.compile("占(年初|调整后)的?(?:\\p{IsHan}{0,4}?)(?:预算|安排)(?:数|总额)?的?");
  /** The budget after the year's moves, named so at its clause's end: 调整后预算, 调整后全年预算为, 追加后预算. */
  private static final Pattern ADJUSTED = Pattern.compile("(?:调整|追加)后\\p{IsHan}{0,4}?预算(?:数|总额)?(?:为|是)?$");
  /** The budget at the year's start, named so at its clause's end: 年初预算, 年初下达预算, 抗旱资金最初安排, 原预算. */
  private static final Pattern START = Pattern.compile("(?:年初|最初|原)\\p{IsHan}{0,4}?(?:预算|安排)(?:数|资金|总额)?(?:为|是)?$");

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    String text = report.text();
    List<Figure> fs = report.figures();
    if (text == null) {
      return out;
    }
    Money unitStart = report.totals().budget();
    // the rate the totals take with their adjustment is total.share's to hold
    Object totalsRate = unitStart != null && report.totals().others().get("budgetAdjustment") instanceof Money
        ? report.totals().others().get("adjustmentRate") : null;
    Money unitAdjusted = report.totals().others().get("adjustedBudget") instanceof Money m ? m : null;
    for (int i = 1; i < fs.size(); i++) {
      Figure rate = fs.get(i);
      if (!Figure.PERCENT.equals(rate.kind()) || rate.op() != null
          || totalsRate instanceof Percent p && p.evidence().start() == rate.evidence().start()) {
        continue;
      }
      Figure amount = fs.get(i - 1);
      boolean after;
      boolean ofTheAdjusted = false;
      // every percentage of the report passes here: the cheap tests come first, the regexes after them
      if (plainMoney(amount) && Sentences.together(text, amount, rate) && RATE.matcher(wordsAfterComma(text, amount, rate)).matches()) {
        String clause = Sentences.clauseWords(text, amount);
        after = AFTER.matcher(clause).find();
        if (!after && !MOVE.matcher(clause).find() || COMPARED.matcher(clause).find()) {
          continue;
        }
      } else {
        Matcher share = SHARE.matcher(Sentences.clauseWords(text, rate));
        if (!share.matches()) {
          continue;
        }
        // a share of the year-start or adjusted budget, of the move stated right before in the clause before (全年共追加36.50万元，占…)
        amount = movedRightBefore(fs, i, text);
        if (amount == null) {
          continue;
        }
        after = false;
        ofTheAdjusted = share.group(1).equals("调整后");
      }
      List<Figure> bases = ofTheAdjusted ? adjustedBefore(fs, i, text) : startsBefore(fs, i - 1, text);
      Money unit = ofTheAdjusted ? unitAdjusted : unitStart;
      if (unit != null) {
        fs.stream().filter(f -> f.evidence().start() == unit.evidence().start() && f.op() == null).findFirst()
            .filter(f -> !bases.contains(f)).ifPresent(bases::add);
      }
      bases.remove(amount);
      if (bases.isEmpty()) {
        continue;
      }
      Interval stated = Figures.of(rate);
      boolean holds = false;
      for (Figure base : bases) {
        Interval moved = after ? Figures.of(amount).minus(Figures.of(base)) : Figures.of(amount);
        Interval r = moved.dividedBy(Figures.of(base));
        holds |= r == null || r.times(HUNDRED).intersects(stated) || r.times(HUNDRED).times(BigDecimal.ONE.negate()).intersects(stated);
      }
      if (holds) {
        continue;
      }
      Figure base = bases.get(0);
      BigDecimal move = after ? amount.yuan().subtract(base.yuan()).abs() : amount.yuan();
      String expected = move.multiply(HUNDRED).divide(base.yuan(), 2, RoundingMode.HALF_UP).toPlainString() + "%";
      String of = ofTheAdjusted ? "调整后预算" : "年初预算";
      String zhMove = after ? "调整后" + amount.text() + "较" + of + base.text() : "调整额" + amount.text() + "占" + of + base.text();
      out.add(FindingBuilder.of(this)
          .subject("预算调整幅度")
          .message(zhMove + "的幅度约为" + expected + "，报告写的是" + rate.text() + "。",
              (after ? "The budget after, " + amount.text() + ", against " : "The move of " + amount.text() + " over ")
                  + (ofTheAdjusted ? "the adjusted budget " : "the year-start budget ") + base.text() + " is about " + expected
                  + ", not the stated " + rate.text() + ".")
          .stated(rate.text())
          .expected(expected)
          .evidence(rate.evidence(), amount.evidence(), base.evidence())
          .build());
    }
    return out;
  }

  /** The amount right before the rate at i, in the clause before, when that clause names it a move (全年共追加36.50万元，占…); or null. */
  private static Figure movedRightBefore(List<Figure> fs, int i, String text) {
    Figure f = fs.get(i - 1);
    String clause = Sentences.clauseWords(text, f);
    int rateClause = clauseStart(text, fs.get(i));
    // a form's figures may stand out of the text's order
    boolean rightBefore = f.evidence().end() <= rateClause && Sentences.withoutBlanks(text, f.evidence().end(), rateClause).matches("[，,]");
    return plainMoney(f) && rightBefore && MOVE.matcher(clause).find() && !AFTER.matcher(clause).find() && !COMPARED.matcher(clause).find()
        ? f : null;
  }

  /** The last amount before the rate at i named as the budget after the year's moves (调整后预算4,369.00万元), as a list. */
  private static List<Figure> adjustedBefore(List<Figure> fs, int i, String text) {
    List<Figure> out = new ArrayList<>();
    for (int k = i - 1; k >= 0; k--) {
      Figure f = fs.get(k);
      String clause = Sentences.clauseWords(text, f);
      if (plainMoney(f) && f.partOf() == null && ADJUSTED.matcher(clause).find()) {
        out.add(f);
        break;
      }
    }
    return out;
  }

  private static boolean plainMoney(Figure f) {
    return Figures.isMoney(f) && f.op() == null;
  }

  /** The last amount before {@code upTo} named as the year-start budget, as a one-element list, or an empty one. */
  private static List<Figure> startsBefore(List<Figure> fs, int upTo, String text) {
    List<Figure> out = new ArrayList<>();
    for (int k = upTo - 1; k >= 0; k--) {
      Figure f = fs.get(k);
      if (Figures.isMoney(f) && f.op() == null && f.partOf() == null
          && START.matcher(Sentences.clauseWords(text, f)).find()) {
        out.add(f);
        break;
      }
    }
    return out;
  }


  /** The words between two figures, a comma opening them left out. */
  private static String wordsAfterComma(String text, Figure a, Figure b) {
    String words = Sentences.between(text, a, b);
    return words.startsWith("，") || words.startsWith(",") ? words.substring(1) : words;
  }

  private static int clauseStart(String text, Figure f) {
    return f.evidence().start() - Sentences.clauseBefore(text, f).length();
  }
}
