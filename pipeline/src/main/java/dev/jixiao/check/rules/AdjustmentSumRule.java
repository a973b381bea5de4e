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
import dev.jixiao.record.Totals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A budget, what the year added to it and cut from it, and the budget after, all in one sentence: 该项目年初预算1,580.00万元，9月调增
 * 48.00万元，调整后预算1,628.00万元; 年初预算63.00万元，追加45.00万元后为108.00万元; 年初预算13,965.20万元，年中…追加1,128.60万元，…调减
 * 206.20万元，调整后预算…. The budget after must be the first plus the additions less the cuts. {@code balance} holds the unit's
 * budget so where the totals read all three; this rule reads the sentence alone, so a project's budget or one whose addition
 * the totals did not take (年中因开展“清源断流”专项行动追加24.00万元) is held too.
 *
 * <p>The sentence must say what each amount is: the budget by 年初 or 预算, each adjustment by 追加, 调增 or 调减 in its clause,
 * and the budget after by 调整后 or 后为. Any other amount between them, outside parentheses and not a part of one of them, and
 * the rule reads nothing: the sentence is then of something else too.
 */
@RuleInfo(
    id = "adjustment.sum",
    severity = Severity.ERROR,
    zh = "年初预算加减年中调整与调整后预算不符（年初预算63.00万元，追加45.00万元，调整后预算108.00万元）",
    en = "a budget, its in-year additions and cuts and the budget after them, stated in one sentence")
public final class AdjustmentSumRule implements Rule {
  /** The budget after: 调整后预算, 调整后的项目预算为, 调整后资金总额, 调整后全年预算. */
  private static final Pattern AFTER = Pattern.compile("调整后(?:的)?\\p{IsHan}{0,6}?(?:预算|资金总额)(?:总额|总数|数)?(?:为|是|达到|达)?$");
  /** Or right after the last adjustment: 追加45.00万元后为, 调减12.00万元后的预算为. */
  private static final Pattern RIGHT_AFTER = Pattern.compile("^后(?:的)?(?:预算)?(?:总额)?(?:为|是|达到|达)$");
  /**
   * An amount after some adjustment, or one adjustment's share or net, or all of them (共追加252.65万元, not 一般公共预算): none of the
   * additions and cuts themselves.
   */
  private static final Pattern NOT_ONE_ADJUSTMENT = Pattern.compile("后|净|合计|共计|累计|(?<!公)共|其中|占|比|较|各");
  /**
   * The budget first stated, named so at its clause's end: at the year's start (年初预算, 2024年年初一般公共预算, 年初安排), as first set
   * (原预算, 批复预算), or a budget plainly (项目预算); not a part of it (年初预算中中央补助资金).
   */
  private static final Pattern FIRST = Pattern.compile("(?:年初|原|批复|核定)(?:的)?(?:安排|\\p{IsHan}{0,6}?预算)(?:数|总额|资金)?(?:为|是)?$"
      + "|^\\p{IsHan}{0,10}?预算(?:数|总额)?(?:为|是)?$");

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    String text = report.text();
    List<Figure> fs = report.figures();
    if (text == null) {
      return out;
    }
    Set<Evidence> balanced = heldByBalance(report.totals());
    // whether each figure stands in an aside, answered by one walk along the text (asked of every amount, back and forth)
    boolean[] aside = new boolean[fs.size()];
    Asides walk = new Asides(text);
    for (int k = 0; k < fs.size(); k++) {
      aside[k] = walk.holds(fs.get(k));
    }
    for (int i = 2; i < fs.size(); i++) {
      Figure after = fs.get(i);
      if (!isPlainMoney(after) || aside[i]) {
        continue;
      }
      Figure previous = fs.get(i - 1);
      boolean rightAfter = isPlainMoney(previous) && RIGHT_AFTER.matcher(withoutBlanks(Sentences.between(text, previous, after))).matches();
      if (!rightAfter && !AFTER.matcher(clause(text, after)).find()) {
        continue;
      }
      Sum sum = sumBefore(fs, i, text, aside);
      if (sum == null || readByBalance(balanced, after, sum)) {
        continue;
      }
      if (sum.interval.intersects(Figures.yuan(after))) {
        continue;
      }
      int decimals = Math.max(0, after.value().scale());
      String expected = Figures.money(sum.exact, MoneyUnit.of(after.unit()), decimals);
      List<Evidence> evidence = new ArrayList<>();
      evidence.add(after.evidence());
      evidence.add(sum.first.evidence());
      sum.adjustments.forEach(a -> evidence.add(a.evidence()));
      out.add(FindingBuilder.of(this)
          .subject("调整后预算")
          .message("调整后预算写作" + after.text() + "，但" + sum.zh + "为" + expected + "。",
              "The budget after adjustment is stated as " + after.text() + ", but " + sum.en + " gives " + expected + ".")
          .stated(after.text())
          .expected(expected)
          .evidence(evidence.toArray(Evidence[]::new))
          .build());
    }
    return out;
  }

  /** The budget first stated and each adjustment, added up, as the sentence before the budget after states them. */
  private record Sum(Figure first, List<Figure> adjustments, Interval interval, BigDecimal exact, String zh, String en) {}

  /**
   * Back from the budget after, in its sentence: additions and cuts, asides and the parts of one of them passed by, up to the
   * budget first stated. Null when something else stands between, no adjustment does, or no such budget opens them.
   */
  private static Sum sumBefore(List<Figure> fs, int i, String text, boolean[] aside) {
    Figure after = fs.get(i);
    List<Figure> adjustments = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (int k = i - 1; k >= 0 && (Sentences.oneStatement(text, fs.get(k), after)
        || !adjustments.isEmpty() && inTheSentenceBefore(text, fs.get(k), adjustments.get(0))); k--) {
      Figure f = fs.get(k);
      if (aside[k] || f.partOf() != null && Figure.MONEY.equals(f.kind())) {
        continue; // an aside (（0.4万亩×150元/亩）), or a part of an adjustment (中央…286.00万元、省级…150.00万元)
      }
      if (!isPlainMoney(f)) {
        return null;
      }
      String clause = clause(text, f);
      Matcher added = BudgetMoves.ADDED.matcher(clause);
      Matcher cut = BudgetMoves.CUT.matcher(clause);
      boolean up = added.find();
      boolean down = cut.find();
      if (up != down) {
        if (NOT_ONE_ADJUSTMENT.matcher(clause).find()) {
          return null;
        }
        adjustments.add(0, f);
        words.add(0, up ? added.group() : cut.group());
        continue;
      }
      if (up || adjustments.isEmpty() || !FIRST.matcher(clause).find() || clause.contains("调整")) {
        return null;
      }
      Interval sum = Figures.yuan(f);
      BigDecimal exact = f.yuan();
      StringBuilder zh = new StringBuilder("预算" + f.text());
      StringBuilder en = new StringBuilder("the budget " + f.text());
      for (int a = 0; a < adjustments.size(); a++) {
        Figure adjustment = adjustments.get(a);
        boolean more = BudgetMoves.ADDED.matcher(words.get(a)).matches();
        sum = more ? sum.plus(Figures.yuan(adjustment)) : sum.minus(Figures.yuan(adjustment));
        exact = more ? exact.add(adjustment.yuan()) : exact.subtract(adjustment.yuan());
        zh.append(more ? "加" : "减").append(words.get(a)).append(adjustment.text());
        en.append(more ? " plus " : " less ").append(adjustment.text()).append(more ? " added" : " cut");
      }
      return new Sum(f, adjustments, sum, exact, zh.toString(), en.toString());
    }
    return null;
  }

  /**
   * Whether the figure stands in the sentence right before the first adjustment's, in its paragraph: the budget first stated may
   * close a sentence of its own, its parts after it (年初预算10,318.58万元。年中上级追加资金1,286.50万元，调减214.30万元，调整后预算为
   * 11,390.78万元), and the walk back past it still meets nothing but that budget and its parts.
   */
  private static boolean inTheSentenceBefore(String text, Figure f, Figure adjustment) {
    int from = f.evidence().end();
    int to = adjustment.evidence().start();
    int stop = text.indexOf('。', from);
    return stop >= 0 && stop < to && text.indexOf('。', stop + 1) >= to && text.substring(from, to).indexOf('\n') < 0;
  }

  /** The words of the figure's clause before it, blanks left out. */
  private static String clause(String text, Figure f) {
    return Sentences.clauseWords(text, f);
  }

  private static String withoutBlanks(String s) {
    return Sentences.withoutBlanks(s, 0, s.length());
  }

  private static boolean isPlainMoney(Figure f) {
    return Figures.isMoney(f) && f.op() == null;
  }

  /**
   * Whether balance reads the sentence's relation: the totals hold its budget after or first, and one of its adjustments. Where they
   * took the adjustment from another sentence (扣分说明：年中追加预算13.88万元, after …追加13.88万元，调整后预算为173.88万元), balance
   * holds those figures, and the sentence's own adjustment is read here.
   */
  private static boolean readByBalance(Set<Evidence> balanced, Figure after, Sum sum) {
    return (balanced.contains(after.evidence()) || balanced.contains(sum.first.evidence()))
        && sum.adjustments.stream().anyMatch(a -> balanced.contains(a.evidence()));
  }

  /** The budget, adjustment and budget after that balance checks where the unit's totals hold all three. */
  private static Set<Evidence> heldByBalance(Totals t) {
    Set<Evidence> held = new HashSet<>();
    if (t != null && t.budget() != null && t.others().get("budgetAdjustment") instanceof Money adjustment
        && t.others().get("adjustedBudget") instanceof Money adjusted) {
      held.add(t.budget().evidence());
      held.add(adjustment.evidence());
      held.add(adjusted.evidence());
    }
    return held;
  }
}
