package dev.jixiao.extract.breakdown;

import static dev.jixiao.extract.breakdown.FigureWords.isBase;
import static dev.jixiao.extract.breakdown.FigureWords.isChange;
import static dev.jixiao.extract.breakdown.FigureWords.labelOf;
import static dev.jixiao.extract.breakdown.FigureWords.perUnit;
import static dev.jixiao.extract.breakdown.FigureWords.role;
import static dev.jixiao.extract.breakdown.FigureWords.summable;
import static dev.jixiao.extract.breakdown.FigureWords.unitKey;
import static dev.jixiao.extract.breakdown.Gaps.between;
import static dev.jixiao.extract.breakdown.Gaps.containsAny;
import static dev.jixiao.extract.breakdown.Gaps.depthChange;
import static dev.jixiao.extract.breakdown.Gaps.hasBreak;

import dev.jixiao.extract.project.AmountRole;
import dev.jixiao.record.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which amount a 其中 breaks down when the figure right before it is no total itself: a rate, a change, a parenthesis
 * that reckons an amount, or the end of a sentence that states one amount among rates and counts.
 */
final class AmountBrokenDown {
  /** A parenthesis right after an amount, or after the noun it counts (中小学校（). */
  private static final Pattern OPENS_RIGHT_AFTER = Pattern.compile("\\p{IsHan}{0,6}[(（]");

  private AmountBrokenDown() {}

  /**
   * The amount of money the change at i is of, right before it in its sentence, past the base it is compared with (实际支出
   * 15.26万元，比预算18.00万元减少2.74万元): what a 其中 after the change breaks down when its parts name no change. None when
   * that amount is a change itself, or already a part or a total.
   */
  static Integer amountBeforeItsChange(String t, List<Figure> figures, int i, String[] partOf, Boolean[] closed) {
    int k = i - 1;
    if (k > 0 && isBase(figures.get(k))) {
      k--;
    }
    Integer amount = k < 0 ? null : freeAmountInTheSentence(t, figures, k, i, partOf, closed, Figure.MONEY, false);
    return amount == null || isChange(figures.get(amount)) ? null : amount;
  }

  /**
   * The amount of money right before the rate at i in its sentence, which a 其中 after the rate breaks down (支出合计1.18亿元，
   * 较上年增长9.26%，其中基本支出…): no part is of a rate. None when that figure is a change (增加5人，增长7.35%，其中…
   * may break down the change) or already a part or a total.
   */
  static Integer amountRightBefore(String t, List<Figure> figures, int i, String[] partOf, Boolean[] closed) {
    if (i == 0) {
      return null;
    }
    int k = i - 1;
    // past its comparison with the year before (“三公”经费支出4.20万元，较上年5.40万元减少1.20万元，下降22.22%，其中…)
    if (k > 0 && isChange(figures.get(k))) {
      k--;
      if (k > 0 && isBase(figures.get(k))) {
        k--;
      }
    }
    // past the shares it is split by, listed with 、 (预算504.0000万元，按中央60%、省级12%、县级28%的比例分担，其中：…)
    while (k > 0 && Figure.PERCENT.equals(figures.get(k).kind()) && between(t, figures.get(k), figures.get(k + 1)).contains("、")) {
      k--;
    }
    // money, or a count whose parts are listed (完成改厕1545户，完成率103%，其中新建1236户，占80%；改造309户，占20%; 其中C级42户、D级16户):
    // one count picked out after its rate (回收问卷760份，回收率95.00%，其中满意740份) is count.rate's
    String kind = partsListed(t, figures, k, i) ? Figure.COUNT : Figure.MONEY;
    // (or a part of a list on the lines after its total that opens its own line, a whole of its own: 从支出结构看：⏎基本支出1,126.38万元，
    // 占总支出的47.10%，其中：人员经费1,012.74万元，公用经费113.64万元；⏎项目支出…)
    boolean opensItsLine = k > 0 && hasBreak(between(t, figures.get(k - 1), figures.get(k)));
    return freeAmountInTheSentence(t, figures, k, i, partOf, closed, kind, opensItsLine);
  }

  /**
   * Whether the figure after the rate at i is a part in the count at k's measure, with its share of it (占…) right after it or
   * another such part after an enumeration comma.
   */
  private static boolean partsListed(String t, List<Figure> figures, int k, int i) {
    if (i + 2 >= figures.size() || !Figure.COUNT.equals(figures.get(k).kind()) || anotherCountBefore(t, figures, k)) {
      return false;
    }
    Figure part = figures.get(i + 1);
    Figure next = figures.get(i + 2);
    String unit = unitKey(figures.get(k));
    boolean share = Figure.PERCENT.equals(next.kind()) && labelOf(next).startsWith("占");
    boolean another = Figure.COUNT.equals(next.kind()) && unitKey(next).equals(unit) && between(t, part, next).contains("、");
    return Figure.COUNT.equals(part.kind()) && unitKey(part).equals(unit) && (share || another);
  }

  /**
   * Whether the count at k follows another of its measure in its sentence (共安排项目168个，已完工163个，完工率97.02%；其中…): the
   * parts after the rate may be of either.
   */
  private static boolean anotherCountBefore(String t, List<Figure> figures, int k) {
    for (int j = k - 1; j >= 0 && !containsAny(between(t, figures.get(j), figures.get(j + 1)), "。;；\n"); j--) {
      if (Figure.COUNT.equals(figures.get(j).kind()) && unitKey(figures.get(j)).equals(unitKey(figures.get(k)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code k} when the figure there is an amount of the kind, no part (unless it {@code mayBeAPart}) nor total yet, in the clause of
   * the figure at i; else null.
   */
  private static Integer freeAmountInTheSentence(String t, List<Figure> figures, int k, int i, String[] partOf, Boolean[] closed,
      String kind, boolean mayBeAPart) {
    Figure amount = figures.get(k);
    boolean free = (mayBeAPart || partOf[k] == null) && closed[k] == null;
    boolean inItsSentence = !containsAny(between(t, amount, figures.get(i)), ";；。\n");
    return free && summable(amount) && kind.equals(amount.kind()) && inItsSentence ? k : null;
  }

  /**
   * The amount right before the parenthesis that the figure at i closes (163.14万元 in 结余163.14万元（收入…减支出3,382.16万元）),
   * when it is summable and no part of another yet; else null.
   */
  static Integer explainedBefore(String t, List<Figure> figures, int i) {
    int depth = 0;
    for (int k = i; k > 0; k--) {
      depth += depthChange(between(t, figures.get(k - 1), figures.get(k)));
      if (depth > 0) {
        Figure before = figures.get(k - 1);
        String gap = between(t, before, figures.get(k));
        // (or after the noun it counts: 十八所中小学校（初中4所、…），其中城关镇5所…)
        boolean rightBefore = OPENS_RIGHT_AFTER.matcher(gap.strip()).lookingAt();
        return rightBefore && summable(before) ? k - 1 : null;
      }
      if (hasBreak(between(t, figures.get(k - 1), figures.get(k)))) {
        return null;
      }
    }
    return null;
  }

  /**
   * The one amount of money in the sentence that ends with the rate, share or change at i, when all
   * its other figures are rates, shares or changes from the year before (“三公”经费支出决算为12.86万元，
   * 完成预算的85.73%，较上年减少1.94万元，下降13.11%), amounts per unit or counts (建设高标准农田3.2万亩，
   * 项目总投资6400.00万元，亩均投资2000元), or the base a change is compared with (支出合计2098.51万元，比上年的
   * 2251.40万元减少152.89万元); else null.
   */
  static Integer loneAmountBefore(String t, List<Figure> figures, int i) {
    Integer amount = null;
    for (int k = i; k >= 0 && (k == i || !hasBreak(between(t, figures.get(k), figures.get(k + 1)))); k--) {
      Figure f = figures.get(k);
      if (summable(f) && Figure.MONEY.equals(f.kind()) && !isBase(f)) {
        if (amount != null) {
          return null;
        }
        amount = k;
      } else if (!Figure.PERCENT.equals(f.kind()) && !(Figure.MONEY.equals(f.kind()) && isChange(f)) && !perUnit(f)
          && !Figure.COUNT.equals(f.kind()) && !isBase(f)) {
        return null;
      }
    }
    return amount;
  }

  /**
   * The one amount of money of the clause that ends with the rates or shares at i, no part nor total yet (基本支出842.17万元，占总支出的
   * 72.45%，执行率98.09%，包括…: what the list after 包括 breaks down), back to the clause's start (；) or sentence's; else null. It may
   * be a part itself (…其中：⏎基本支出842.17万元，…，包括人员经费…): what it includes is a level below, not the list it is in.
   */
  static Integer loneAmountOfTheClause(String t, List<Figure> figures, int i, Boolean[] closed) {
    Integer amount = null;
    for (int k = i; k >= 0 && (k == i || !containsAny(between(t, figures.get(k), figures.get(k + 1)), ";；。\n")); k--) {
      Figure f = figures.get(k);
      if (Figure.MONEY.equals(f.kind()) && summable(f)) {
        if (amount != null) {
          return null;
        }
        amount = k;
      } else if (!Figure.PERCENT.equals(f.kind())) {
        return null;
      }
    }
    return amount == null || closed[amount] != null ? null : amount;
  }

  /** The one count of the sentence the figure at i ends, or null when it has none or several. */
  static Integer loneCountBefore(String t, List<Figure> figures, int i) {
    Integer count = null;
    for (int k = i; k >= 0 && (k == i || !hasBreak(between(t, figures.get(k), figures.get(k + 1)))); k--) {
      if (Figure.COUNT.equals(figures.get(k).kind()) && summable(figures.get(k))) {
        if (count != null) {
          return null;
        }
        count = k;
      }
    }
    return count;
  }

  /**
   * The amount spent of a sentence that states a budget and then what was spent of it, ended by
   * rates or changes (“三公”经费预算12.50万元，实际支出10.86万元，执行率86.88%，较上年减少1.24万元), perhaps after a count (全年实施
   * 项目18个，预算资金…，实际支出…), or the
   * spending and then the budget it is compared with (决算数8.64万元，比预算数10.00万元减少1.36万元): a
   * breakdown in the next sentence (其中：公务接待费…) is read as of the spending, and breakdown.sum also
   * takes it as of the budget where the parts add up to that. Null for any other sentence.
   */
  static Integer spentAfterItsBudget(String t, List<Figure> figures, int i) {
    List<Integer> amounts = new ArrayList<>();
    for (int k = i; k >= 0 && (k == i || !hasBreak(between(t, figures.get(k), figures.get(k + 1)))); k--) {
      Figure f = figures.get(k);
      if (summable(f) && Figure.MONEY.equals(f.kind())) {
        amounts.add(0, k);
      } else if (!Figure.PERCENT.equals(f.kind()) && !(Figure.MONEY.equals(f.kind()) && isChange(f)) && !Figure.COUNT.equals(f.kind())) {
        return null;
      }
    }
    if (amounts.size() != 2) {
      return null;
    }
    // either order: 预算…，实际支出… or 决算数…，比预算数…减少…
    AmountRole first = role(figures.get(amounts.get(0)));
    AmountRole second = role(figures.get(amounts.get(1)));
    if (first == AmountRole.BUDGET && second == AmountRole.EXPENDITURE) {
      return amounts.get(1);
    }
    return first == AmountRole.EXPENDITURE && second == AmountRole.BUDGET ? amounts.get(0) : null;
  }
}
