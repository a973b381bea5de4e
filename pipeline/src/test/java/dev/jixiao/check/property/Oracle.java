package dev.jixiao.check.property;

import static dev.jixiao.check.property.SyntheticReport.T_BUDGET;
import static dev.jixiao.check.property.SyntheticReport.T_COUNT;
import static dev.jixiao.check.property.SyntheticReport.T_RATE;
import static dev.jixiao.check.property.SyntheticReport.T_SPENT;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The spec's rounding rule, computed independently of the main code's {@code Interval}: a figure
 * written with k decimals stands for x ± 0.5·10⁻ᵏ (money in 元, counts exact), and a relation
 * holds when some values inside the inputs' ranges give a result inside the stated result's
 * range. Ratios are decided by cross-multiplying, so no division is ever rounded.
 */
final class Oracle {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  static final Set<String> AT_LEAST = Set.of("≥", "以上", "不低于", "不少于");
  static final Set<String> MORE_THAN = Set.of("超过", "大于", "高于", ">");
  static final Set<String> AT_MOST = Set.of("≤", "以下", "以内", "不超过", "不高于");
  static final Set<String> LESS_THAN = Set.of("小于", "低于", "<");
  static final Map<String, String> LONG = Map.of("优", "优秀", "良", "良好", "中", "中等", "差", "较差");

  private Oracle() {}

  /** The values a written figure stands for. */
  record Range(BigDecimal lo, BigDecimal hi) {
    static Range of(W w) {
      if (W.COUNT.equals(w.kind()) && w.value().scale() <= 0 && !w.unit().endsWith("百分点")) {
        return new Range(w.value(), w.value());
      }
      BigDecimal half = new BigDecimal("0.5").movePointLeft(w.decimals());
      Range r = new Range(w.value().subtract(half), w.value().add(half));
      return w.isMoney() ? new Range(r.lo.multiply(w.moneyUnit().factor()), r.hi.multiply(w.moneyUnit().factor())) : r;
    }

    static Range exact(BigDecimal v) {
      return new Range(v, v);
    }

    Range plus(Range o) {
      return new Range(lo.add(o.lo), hi.add(o.hi));
    }

    Range minus(Range o) {
      return new Range(lo.subtract(o.hi), hi.subtract(o.lo));
    }

    boolean intersects(Range o) {
      return lo.compareTo(o.hi) <= 0 && o.lo.compareTo(hi) <= 0;
    }

    boolean contains(BigDecimal v) {
      return lo.compareTo(v) <= 0 && v.compareTo(hi) <= 0;
    }
  }

  static Range range(SyntheticReport r, String key) {
    return Range.of(r.get(key));
  }

  /** Is 100·num ÷ den inside pct for some values of the ranges? Undecidable (so holding) when den may be 0. */
  static boolean ratio(Range num, Range den, Range pct) {
    if (den.lo.signum() <= 0) {
      return true;
    }
    // over den > 0 the ratio is monotone in each input: its least value takes num.lo, its greatest num.hi
    BigDecimal denForMin = num.lo.signum() >= 0 ? den.hi : den.lo;
    BigDecimal denForMax = num.hi.signum() >= 0 ? den.lo : den.hi;
    boolean minBelowTop = HUNDRED.multiply(num.lo).compareTo(pct.hi.multiply(denForMin)) <= 0;
    boolean maxAboveBottom = HUNDRED.multiply(num.hi).compareTo(pct.lo.multiply(denForMax)) >= 0;
    return minBelowTop && maxAboveBottom;
  }

  static Range sum(SyntheticReport r, List<String> keys) {
    Range s = Range.exact(BigDecimal.ZERO);
    for (String k : keys) {
      s = s.plus(range(r, k));
    }
    return s;
  }

  static boolean projectRate(SyntheticReport r, int i) {
    return ratio(range(r, SyntheticReport.spent(i)), range(r, SyntheticReport.budget(i)), range(r, SyntheticReport.rate(i)));
  }

  static boolean totalRate(SyntheticReport r) {
    return ratio(range(r, T_SPENT), range(r, T_BUDGET), range(r, T_RATE));
  }

  static boolean totalBudgetSum(SyntheticReport r) {
    return sum(r, keys(r.projects(), SyntheticReport::budget)).intersects(range(r, T_BUDGET));
  }

  static boolean totalSpentSum(SyntheticReport r) {
    return sum(r, keys(r.projects(), SyntheticReport::spent)).intersects(range(r, T_SPENT));
  }

  static boolean totalCount(SyntheticReport r) {
    return sum(r, keys(r.projects(), SyntheticReport::group)).lo().compareTo(r.get(T_COUNT).value()) == 0;
  }

  static boolean gradeCount(SyntheticReport r) {
    return sum(r, keys(r.gradeNames().size(), SyntheticReport::gradeCount)).lo().compareTo(r.get(T_COUNT).value()) == 0;
  }

  static boolean gradePercent(SyntheticReport r, int j) {
    if (!r.has(SyntheticReport.gradePercent(j))) {
      return true;
    }
    return ratio(range(r, SyntheticReport.gradeCount(j)), range(r, T_COUNT), range(r, SyntheticReport.gradePercent(j)));
  }

  static boolean gradePercentsAddUp(SyntheticReport r) {
    int k = r.gradeNames().size();
    if (k < 2 || !r.has(SyntheticReport.gradePercent(0))) {
      return true;
    }
    return sum(r, keys(k, SyntheticReport::gradePercent)).contains(HUNDRED);
  }

  static boolean scoreSum(SyntheticReport r) {
    List<String> parts = keys(r.componentNames().size(), SyntheticReport::component);
    // a score written in whole points throughout is scored in whole points: its parts add up exactly
    if (whole(r.get(SyntheticReport.S_TOTAL).value()) && parts.stream().allMatch(k -> whole(r.get(k).value()))) {
      return parts.stream().map(k -> r.get(k).value()).reduce(BigDecimal.ZERO, BigDecimal::add)
          .compareTo(r.get(SyntheticReport.S_TOTAL).value()) == 0;
    }
    return sum(r, parts).intersects(range(r, SyntheticReport.S_TOTAL));
  }

  private static boolean whole(BigDecimal v) {
    return v.scale() <= 0;
  }

  /** The stated grade's band against the written total, read exactly as written. */
  static boolean scoreBandAsWritten(SyntheticReport r) {
    Band b = bandOf(r, r.scoreGrade());
    return b == null || b.contains(r.get(SyntheticReport.S_TOTAL).value());
  }

  /** The stated grade's band holds none of the values the written total stands for. */
  static boolean scoreBandClearlyBroken(SyntheticReport r) {
    Band b = bandOf(r, r.scoreGrade());
    Range t = range(r, SyntheticReport.S_TOTAL);
    return b != null && !b.contains(t.lo) && !b.contains(t.hi) && !b.contains(r.get(SyntheticReport.S_TOTAL).value())
        && (b.min() == null || !t.contains(b.min())) && (b.max() == null || !t.contains(b.max()));
  }

  static Band bandOf(SyntheticReport r, String grade) {
    return r.bands().stream().filter(b -> canonical(b.grade()).equals(canonical(grade))).findFirst().orElse(null);
  }

  static String canonical(String grade) {
    return LONG.entrySet().stream().filter(e -> e.getValue().equals(grade)).map(Map.Entry::getKey).findFirst().orElse(grade);
  }

  /** A closed breakdown adds up; an open one (a selection of parts) does not exceed its total. */
  static boolean breakdown(SyntheticReport r, String totalKey) {
    FigureSpec total = r.figure(totalKey);
    List<String> parts = r.figures().stream().filter(f -> totalKey.equals(f.partOf())).map(FigureSpec::key).toList();
    Range sum = sum(r, parts);
    Range stated = range(r, totalKey);
    if (Boolean.TRUE.equals(total.partsClosed()) && parts.size() >= 2) {
      return sum.intersects(stated);
    }
    return sum.lo.compareTo(stated.hi) <= 0;
  }

  /** A part's stated share ("b0.share1") of its total, by the same ratio as a rate. */
  static boolean breakdownShare(SyntheticReport r, String shareKey) {
    String part = shareKey.replace(".share", ".part");
    return ratio(range(r, part), range(r, r.figure(part).partOf()), range(r, shareKey));
  }

  /** The change over the amount before it (the amount less an increase, plus a decrease) against the stated rate. */
  static boolean changeRate(SyntheticReport r, int i) {
    Range amount = range(r, SyntheticReport.changeAmount(i));
    Range change = range(r, SyntheticReport.change(i));
    boolean up = r.figure(SyntheticReport.change(i)).label().contains("增加");
    if (r.has(SyntheticReport.changeBase(i))) {
      // of the base stated; where the change does not meet the base and the amount, change.amount speaks alone
      return !changeAmount(r, i) || ratio(change, range(r, SyntheticReport.changeBase(i)), range(r, SyntheticReport.changeRate(i)));
    }
    return ratio(change, up ? amount.minus(change) : amount.plus(change), range(r, SyntheticReport.changeRate(i)));
  }

  /** The amount against the base stated and the change from it: the base plus an increase, less a decrease. */
  static boolean changeAmount(SyntheticReport r, int i) {
    if (!r.has(SyntheticReport.changeBase(i))) {
      return true;
    }
    Range base = range(r, SyntheticReport.changeBase(i));
    Range change = range(r, SyntheticReport.change(i));
    boolean up = r.figure(SyntheticReport.change(i)).label().contains("增加");
    return (up ? base.plus(change) : base.minus(change)).intersects(range(r, SyntheticReport.changeAmount(i)));
  }

  /** What was spent of a kind of spending's budget against the rate stated with them. */
  static boolean spendingRate(SyntheticReport r, int i) {
    return ratio(range(r, SyntheticReport.executionSpent(i)), range(r, SyntheticReport.executionBudget(i)),
        range(r, SyntheticReport.executionRate(i)));
  }

  /** Work done over its plan against the rate stated with them. */
  static boolean planRate(SyntheticReport r, int i) {
    return ratio(range(r, SyntheticReport.done(i)), range(r, SyntheticReport.planned(i)), range(r, SyntheticReport.planRate(i)));
  }

  /** The part of a count that passed over the count against the rate named for it. */
  static boolean countRate(SyntheticReport r, int i) {
    return ratio(range(r, SyntheticReport.passPart(i)), range(r, SyntheticReport.passWhole(i)), range(r, SyntheticReport.passRate(i)));
  }

  /**
   * An audit's amount submitted less the amount approved (or the other way, for an increase) against
   * its cut, and the cut over the submission against its rate.
   */
  static boolean auditReduction(SyntheticReport r, int i) {
    Range submitted = range(r, SyntheticReport.auditSubmitted(i));
    Range approved = range(r, SyntheticReport.auditApproved(i));
    boolean up = r.has(SyntheticReport.auditCut(i)) ? r.figure(SyntheticReport.auditCut(i)).label().contains("增")
        : r.figure(SyntheticReport.auditRate(i)).label().contains("增");
    Range difference = up ? approved.minus(submitted) : submitted.minus(approved);
    boolean holds = true;
    if (r.has(SyntheticReport.auditCut(i))) {
      holds = difference.intersects(range(r, SyntheticReport.auditCut(i)));
    }
    if (r.has(SyntheticReport.auditRate(i))) {
      Range cut = r.has(SyntheticReport.auditCut(i)) ? range(r, SyntheticReport.auditCut(i)) : difference;
      holds &= ratio(cut, submitted, range(r, SyntheticReport.auditRate(i)));
    }
    return holds;
  }

  /** A rate's move from one value to another against the points stated for it, in the direction its words give. */
  static boolean pointsChange(SyntheticReport r, int i) {
    Range from = range(r, SyntheticReport.rateFrom(i));
    Range to = range(r, SyntheticReport.rateTo(i));
    boolean up = r.figure(SyntheticReport.points(i)).label().equals("提高");
    return (up ? to.minus(from) : from.minus(to)).intersects(range(r, SyntheticReport.points(i)));
  }

  /** The listed values' sum against n times the stated average, some value of each range. */
  static boolean mean(SyntheticReport r, int i) {
    Range sum = Range.exact(BigDecimal.ZERO);
    int n = 0;
    for (int j = 0; r.has(SyntheticReport.listed(i, j)); j++) {
      sum = sum.plus(range(r, SyntheticReport.listed(i, j)));
      n++;
    }
    Range mean = range(r, SyntheticReport.mean(i));
    BigDecimal count = BigDecimal.valueOf(n);
    return sum.intersects(new Range(mean.lo.multiply(count), mean.hi.multiply(count)));
  }

  /** An amount over the total named in its share against that share. */
  static boolean namedShare(SyntheticReport r, int i) {
    return ratio(range(r, SyntheticReport.namedAmount(i)), range(r, SyntheticReport.namedTotal(i)), range(r, SyntheticReport.namedShare(i)));
  }

  static boolean balance(SyntheticReport r, String assets, String liabilities, String net) {
    return range(r, assets).minus(range(r, liabilities)).intersects(range(r, net));
  }

  /** A kind of spending's budget and spending against the difference stated with them, either way round. */
  static boolean spendingDifference(SyntheticReport r, int i) {
    Range budget = range(r, SyntheticReport.executionBudget(i));
    Range spent = range(r, SyntheticReport.executionSpent(i));
    Range diff = range(r, SyntheticReport.executionDifference(i));
    return budget.minus(spent).intersects(diff) || spent.minus(budget).intersects(diff);
  }

  /** The actual meets the target for some value it stands for (the target's bound is exact). */
  static boolean targetMet(SyntheticReport r, String target, String actual) {
    return !targetClearlyMissed(r, target, actual);
  }

  static boolean targetClearlyMissed(SyntheticReport r, String target, String actual) {
    String op = r.figure(target).op();
    BigDecimal bound = exactValue(r.get(target));
    Range a = range(r, actual);
    if (AT_LEAST.contains(op)) {
      return a.hi.compareTo(bound) < 0;
    }
    if (MORE_THAN.contains(op)) {
      return a.hi.compareTo(bound) <= 0;
    }
    if (AT_MOST.contains(op)) {
      return a.lo.compareTo(bound) > 0;
    }
    if (LESS_THAN.contains(op)) {
      return a.lo.compareTo(bound) >= 0;
    }
    throw new IllegalArgumentException(op);
  }

  static BigDecimal exactValue(W w) {
    return w.isMoney() ? w.yuan() : w.value();
  }

  static List<String> keys(int n, java.util.function.IntFunction<String> key) {
    return java.util.stream.IntStream.range(0, n).mapToObj(key).toList();
  }

  /** Every relation of the synthetic report, by rule: all must hold in a consistent report. */
  static Map<String, Boolean> relations(SyntheticReport r) {
    Map<String, Boolean> out = new java.util.LinkedHashMap<>();
    boolean rates = true;
    for (int i = 0; i < r.projects(); i++) {
      rates &= projectRate(r, i);
    }
    out.put("project.rate", rates);
    out.put("total.rate", totalRate(r));
    out.put("total.sum", totalBudgetSum(r) && totalSpentSum(r));
    out.put("total.count", totalCount(r));
    out.put("grade.count", gradeCount(r));
    boolean percents = gradePercentsAddUp(r);
    for (int j = 0; j < r.gradeNames().size(); j++) {
      percents &= gradePercent(r, j);
    }
    out.put("grade.percent", percents);
    out.put("score.sum", scoreSum(r));
    out.put("score.band", scoreBandAsWritten(r));
    boolean breakdowns = true;
    for (FigureSpec f : r.figures()) {
      if (r.figures().stream().anyMatch(p -> f.key().equals(p.partOf()))) {
        breakdowns &= breakdown(r, f.key());
      }
    }
    out.put("breakdown.sum", breakdowns);
    boolean shares = true;
    for (FigureSpec f : r.figures()) {
      if (SyntheticReport.SHARE_LABEL.equals(f.label())) {
        shares &= breakdownShare(r, f.key());
      }
    }
    out.put("breakdown.share", shares);
    boolean changes = true;
    for (int i = 0; r.has(SyntheticReport.change(i)); i++) {
      changes &= changeRate(r, i);
    }
    out.put("change.rate", changes);
    boolean amounts = true;
    for (int i = 0; r.has(SyntheticReport.change(i)); i++) {
      amounts &= changeAmount(r, i);
    }
    out.put("change.amount", amounts);
    boolean executions = true;
    boolean differences = true;
    for (int i = 0; r.has(SyntheticReport.executionRate(i)); i++) {
      executions &= spendingRate(r, i);
      differences &= !r.has(SyntheticReport.executionDifference(i)) || spendingDifference(r, i);
    }
    out.put("spending.rate", executions);
    boolean plans = true;
    for (int i = 0; r.has(SyntheticReport.planRate(i)); i++) {
      plans &= planRate(r, i);
    }
    out.put("plan.rate", plans);
    boolean passes = true;
    for (int i = 0; r.has(SyntheticReport.passRate(i)); i++) {
      passes &= countRate(r, i);
    }
    out.put("count.rate", passes);
    boolean audits = true;
    for (int i = 0; r.has(SyntheticReport.auditSubmitted(i)); i++) {
      audits &= auditReduction(r, i);
    }
    out.put("audit.reduction", audits);
    boolean points = true;
    for (int i = 0; r.has(SyntheticReport.points(i)); i++) {
      points &= pointsChange(r, i);
    }
    out.put("change.points", points);
    boolean means = true;
    for (int i = 0; r.has(SyntheticReport.mean(i)); i++) {
      means &= mean(r, i);
    }
    out.put("list.mean", means);
    boolean namedShares = true;
    for (int i = 0; r.has(SyntheticReport.namedShare(i)); i++) {
      namedShares &= namedShare(r, i);
    }
    out.put("share.named", namedShares);
    out.put("balance", balance(r, "bal.assets", "bal.liabilities", "bal.net") && differences);
    boolean targets = true;
    for (FigureSpec f : r.figures()) {
      if ("target".equals(f.role())) {
        targets &= targetMet(r, f.key(), actualOf(f.key()));
      }
    }
    out.put("target.missed", targets);
    return out;
  }

  /** The key of the actual reported for a target ("k0.target" → "k0.actual"). */
  static String actualOf(String targetKey) {
    return targetKey.replace(".target", ".actual");
  }
}
