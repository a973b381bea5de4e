package dev.jixiao.check.property;

import dev.jixiao.record.MoneyUnit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generates internally consistent synthetic reports, figures rounded the way reports round them:
 * true amounts are exact decimals (to the 分), written in 元 (0 or 2 decimals) or 万元 (0–6
 * decimals) with half-up or half-even rounding; rates are rounded to 0–2 decimals from the true
 * amounts or from the written ones (both happen); totals are rounded from the true sum or add up
 * the written parts; grade percentages, score components and totals are rounded likewise.
 */
final class ConsistentReports {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final MathContext WIDE = new MathContext(40, RoundingMode.HALF_EVEN);
  private static final String[] CN = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

  private ConsistentReports() {}

  static Arbitrary<SyntheticReport> reports() {
    // no flatMap here: an arbitrary built anew for every try costs more than the whole try
    return Combinators.combine(project().list().ofMinSize(1).ofMaxSize(8), totals(), grades(), score(),
        breakdown().list().ofMinSize(1).ofMaxSize(3), balance(), target().list().ofMinSize(1).ofMaxSize(4), yearOnYear())
        .as((ps, t, g, s, b, bal, tg, y) -> {
          int n = ps.stream().mapToInt(ProjectDraft::group).sum();
          return assemble(ps, t.apply(ps), g.apply(n), s, b, bal, tg, y);
        });
  }

  // ---- how reports write figures ----

  /** How a report writes an amount: unit, decimals and rounding. */
  record MoneyStyle(MoneyUnit unit, int decimals, RoundingMode mode) {
    W write(BigDecimal yuan) {
      BigDecimal v = yuan.divide(unit.factor());
      int d = decimals;
      BigDecimal w = v.setScale(d, mode);
      int most = unit == MoneyUnit.YUAN ? 2 : 6;
      while (w.signum() == 0 && v.signum() != 0 && d < most) {
        d++; // nobody writes 3000元 as 0万元
        w = v.setScale(d, mode);
      }
      return W.money(w, unit);
    }
  }

  /** How a report writes a rate: decimals, rounding, and whether it divides the written amounts. */
  record RateStyle(int decimals, RoundingMode mode, boolean fromWritten) {
    W rate(BigDecimal part, BigDecimal whole, W partWritten, W wholeWritten) {
      BigDecimal n = part;
      BigDecimal d = whole;
      if (fromWritten && wholeWritten.yuan().signum() != 0) {
        n = partWritten.yuan();
        d = wholeWritten.yuan();
      }
      return W.percent(n.multiply(HUNDRED).divide(d, WIDE).setScale(decimals, mode));
    }
  }

  static Arbitrary<RoundingMode> modes() {
    return Arbitraries.frequency(Tuple.of(3, RoundingMode.HALF_UP), Tuple.of(1, RoundingMode.HALF_EVEN));
  }

  static Arbitrary<MoneyStyle> moneyStyles() {
    Arbitrary<MoneyUnit> unit = Arbitraries.frequency(Tuple.of(1, MoneyUnit.YUAN), Tuple.of(4, MoneyUnit.WAN_YUAN));
    Arbitrary<Integer> decimals = Arbitraries.frequency(Tuple.of(1, 0), Tuple.of(1, 1), Tuple.of(6, 2), Tuple.of(1, 3),
        Tuple.of(2, 4), Tuple.of(1, 5), Tuple.of(2, 6));
    // 元 are written to the 分 or in whole 元
    return Combinators.combine(unit, decimals, modes())
        .as((u, d, m) -> new MoneyStyle(u, u == MoneyUnit.YUAN ? (d == 0 || d == 1 ? 0 : 2) : d, m));
  }

  static Arbitrary<Integer> percentDecimals() {
    return Arbitraries.frequency(Tuple.of(1, 0), Tuple.of(1, 1), Tuple.of(4, 2));
  }

  static Arbitrary<RateStyle> rateStyles() {
    return Combinators.combine(percentDecimals(), modes(), Arbitraries.of(true, false)).as(RateStyle::new);
  }

  /** An exact amount in 元 of {@code minDigits}..{@code maxDigits} digits in 分 (log-uniform), sometimes a round sum. */
  static Arbitrary<BigDecimal> yuan(int minDigits, int maxDigits) {
    Arbitrary<Integer> digits = Arbitraries.integers().between(minDigits, maxDigits);
    Arbitrary<Long> mantissa = Arbitraries.longs().between(0, pow10(maxDigits) - 1);
    Arbitrary<Integer> roundTo = Arbitraries.frequency(Tuple.of(6, 0), Tuple.of(2, 2), Tuple.of(1, 4), Tuple.of(1, 6));
    return Combinators.combine(digits, mantissa, roundTo).as((d, m, r) -> {
      long low = pow10(d - 1);
      long c = low + m % (pow10(d) - low);
      long unit = pow10(Math.min(r, minDigits - 1));
      return BigDecimal.valueOf(Math.max(unit, c / unit * unit), 2);
    });
  }

  /** A decimal between {@code min} and {@code max} with four decimals. */
  static Arbitrary<BigDecimal> share(String min, String max) {
    return Arbitraries.integers().between(new BigDecimal(min).movePointRight(4).intValueExact(), new BigDecimal(max).movePointRight(4).intValueExact())
        .map(i -> BigDecimal.valueOf(i, 4));
  }

  private static long pow10(int k) {
    long p = 1;
    for (int i = 0; i < k; i++) {
      p *= 10;
    }
    return p;
  }

  // ---- projects and totals ----

  record ProjectDraft(BigDecimal budgetYuan, BigDecimal spentYuan, W budget, W spent, W rate, int group) {}

  static Arbitrary<ProjectDraft> project() {
    Arbitrary<BigDecimal> spentShare = Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(BigDecimal.ONE)),
        Tuple.of(1, Arbitraries.just(BigDecimal.ZERO)),
        Tuple.of(7, share("0", "1.2")));
    Arbitrary<Integer> group = Arbitraries.frequency(Tuple.of(8, 1), Tuple.of(1, 2), Tuple.of(1, 4));
    return Combinators.combine(yuan(6, 9), spentShare, moneyStyles(), moneyStyles(), Arbitraries.of(true, false), rateStyles(), group)
        .as((budget, share, budgetStyle, spentStyle, sameStyle, rateStyle, g) -> {
          BigDecimal spent = budget.multiply(share).setScale(2, RoundingMode.HALF_UP);
          W b = budgetStyle.write(budget);
          W s = (sameStyle ? budgetStyle : spentStyle).write(spent);
          return new ProjectDraft(budget, spent, b, s, rateStyle.rate(spent, budget, s, b), g);
        });
  }

  record TotalsDraft(W count, W budget, W spent, W rate) {}

  /** How the totals are written: styles, and whether a total adds up the written figures or the true ones. */
  record TotalsStyle(MoneyStyle budgetStyle, boolean addWrittenBudgets, MoneyStyle spentStyle, boolean addWrittenSpent, RateStyle rateStyle) {
    TotalsDraft apply(List<ProjectDraft> ps) {
      BigDecimal budget = ps.stream().map(ProjectDraft::budgetYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal spent = ps.stream().map(ProjectDraft::spentYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal budgetWritten = ps.stream().map(p -> p.budget().yuan()).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal spentWritten = ps.stream().map(p -> p.spent().yuan()).reduce(BigDecimal.ZERO, BigDecimal::add);
      int count = ps.stream().mapToInt(ProjectDraft::group).sum();
      // what each total stands for: the true sum, or the sum of the written figures
      BigDecimal budgetBasis = addWrittenBudgets ? budgetWritten : budget;
      BigDecimal spentBasis = addWrittenSpent ? spentWritten : spent;
      W b = budgetStyle.write(budgetBasis);
      W s = spentStyle.write(spentBasis);
      return new TotalsDraft(W.count(count, "个"), b, s, rateStyle.rate(spentBasis, budgetBasis, s, b));
    }
  }

  static Arbitrary<TotalsStyle> totals() {
    return Combinators.combine(moneyStyles(), Arbitraries.of(true, false), moneyStyles(), Arbitraries.of(true, false), rateStyles())
        .as(TotalsStyle::new);
  }

  // ---- grades ----

  record GradesDraft(List<String> names, List<W> counts, List<W> percents) {}

  /** How n projects split over k grades (cuts in ‰ of n), and how the percentages are written. */
  record GradesStyle(int k, List<Integer> cutsPermille, boolean withPercents, int decimals, RoundingMode mode) {
    GradesDraft apply(int n) {
      List<Integer> sorted = new ArrayList<>(cutsPermille.subList(0, k - 1).stream().map(c -> n * c / 1000).toList());
      sorted.sort(null);
      List<String> names = new ArrayList<>();
      List<W> counts = new ArrayList<>();
      List<W> percents = new ArrayList<>();
      int previous = 0;
      for (int j = 0; j < k; j++) {
        int upTo = j < k - 1 ? sorted.get(j) : n;
        int c = upTo - previous;
        previous = upTo;
        names.add(List.of("优", "良", "中", "差").get(j));
        counts.add(W.count(c, "个"));
        if (withPercents) {
          percents.add(W.percent(BigDecimal.valueOf(c).multiply(HUNDRED).divide(BigDecimal.valueOf(n), WIDE).setScale(decimals, mode)));
        }
      }
      return new GradesDraft(names, counts, percents);
    }
  }

  static Arbitrary<GradesStyle> grades() {
    return Combinators.combine(Arbitraries.integers().between(2, 4), Arbitraries.integers().between(0, 1000).list().ofSize(3),
        Arbitraries.frequency(Tuple.of(7, true), Tuple.of(3, false)), percentDecimals(), modes())
        .as(GradesStyle::new);
  }

  // ---- score ----

  record ScoreDraft(List<String> names, List<W> components, W total, String grade, List<Band> bands) {}

  private static final Map<Integer, List<Integer>> WEIGHTS = Map.of(2, List.of(50, 50), 3, List.of(30, 30, 40), 4, List.of(20, 25, 25, 30));
  private static final Map<Integer, List<String>> COMPONENTS = Map.of(
      2, List.of("履职效能", "管理效率"),
      3, List.of("决策", "过程", "产出效益"),
      4, List.of("决策", "过程", "产出", "效益"));

  static Arbitrary<ScoreDraft> score() {
    return Arbitraries.integers().between(2, 4).flatMap(m -> Combinators.combine(
        share("0.3", "1").list().ofSize(m),
        percentDecimals(), percentDecimals(), modes(), Arbitraries.of(true, false), bands(), Arbitraries.of(true, false))
        .as((shares, componentDecimals, totalDecimals, mode, addWritten, bands, longGrade) -> {
          List<W> components = new ArrayList<>();
          BigDecimal trueTotal = BigDecimal.ZERO;
          BigDecimal writtenTotal = BigDecimal.ZERO;
          for (int j = 0; j < m; j++) {
            BigDecimal c = shares.get(j).multiply(BigDecimal.valueOf(WEIGHTS.get(m).get(j)));
            W w = W.number(c.setScale(componentDecimals, mode));
            components.add(w);
            trueTotal = trueTotal.add(c);
            writtenTotal = writtenTotal.add(w.value());
          }
          // a score in whole points throughout is scored in whole points: its total is its written parts' sum
          boolean ofWritten = addWritten || componentDecimals == 0 && totalDecimals == 0;
          W total = W.number((ofWritten ? writtenTotal : trueTotal).setScale(totalDecimals, mode));
          String grade = bands.stream().filter(b -> b.contains(total.value())).findFirst().orElseThrow().grade();
          grade = Oracle.canonical(grade);
          return new ScoreDraft(COMPONENTS.get(m), components, total, longGrade ? Oracle.LONG.get(grade) : grade, bands);
        }));
  }

  /** 优/良/中/差 bands over 0–100 with the thresholds and the side each threshold belongs to as stated. */
  static Arbitrary<List<Band>> bands() {
    return Combinators.combine(Arbitraries.of(85, 90), Arbitraries.of(70, 75, 80), Arbitraries.of(50, 60),
        Arbitraries.of(true, false).list().ofSize(3), Arbitraries.of(true, false))
        .as((a, b, c, upperOwns, longNames) -> {
          BigDecimal[] t = {BigDecimal.valueOf(a), BigDecimal.valueOf(b), BigDecimal.valueOf(c)};
          List<String> g = List.of("优", "良", "中", "差");
          List<Band> out = new ArrayList<>();
          for (int j = 0; j < 4; j++) {
            BigDecimal min = j < 3 ? t[j] : null;
            BigDecimal max = j == 0 ? HUNDRED : t[j - 1];
            boolean minInclusive = j == 3 || upperOwns.get(j);
            boolean maxInclusive = j == 0 || !upperOwns.get(j - 1);
            out.add(new Band(longNames ? Oracle.LONG.get(g.get(j)) : g.get(j), min, minInclusive, max, maxInclusive));
          }
          return out;
        });
  }

  // ---- labelled figures: breakdowns, balance sheet, indicator targets ----

  /** A breakdown; {@code shares}, when not empty, gives each part's share of the total after it (，占27.52%). */
  record BreakdownDraft(W total, List<W> parts, Boolean partsClosed, List<W> shares) {}

  static Arbitrary<BreakdownDraft> breakdown() {
    Arbitrary<Boolean> closed = Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false));
    Arbitrary<Boolean> openFlag = Arbitraries.of(false, null);
    // shares are reckoned from the amounts as written (no share when the total is nothing)
    Arbitrary<RateStyle> shares = rateStyles().injectNull(0.5);
    Arbitrary<BreakdownDraft> money = Combinators.combine(closed, yuan(5, 9).list().ofMinSize(1).ofMaxSize(5), yuan(5, 9),
        moneyStyles(), moneyStyles(), Arbitraries.of(true, false), openFlag, shares)
        .as((isClosed, parts, hidden, partStyle, totalStyle, addWritten, open, shareStyle) -> {
          List<W> written = parts.stream().map(partStyle::write).toList();
          BigDecimal sum = addWritten ? written.stream().map(W::yuan).reduce(BigDecimal.ZERO, BigDecimal::add)
              : parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
          W total = totalStyle.write(isClosed ? sum : sum.add(hidden));
          List<W> stated = shareStyle == null || total.yuan().signum() == 0 ? List.of()
              : written.stream().map(p -> shareStyle.rate(p.yuan(), total.yuan(), p, total)).toList();
          return new BreakdownDraft(total, written, isClosed ? Boolean.TRUE : open, stated);
        });
    Arbitrary<BreakdownDraft> people = Combinators.combine(closed, Arbitraries.integers().between(0, 300).list().ofMinSize(1).ofMaxSize(5),
        Arbitraries.integers().between(0, 50), openFlag)
        .as((isClosed, parts, hidden, open) -> {
          int sum = parts.stream().mapToInt(Integer::intValue).sum() + (isClosed ? 0 : hidden);
          return new BreakdownDraft(W.count(sum, "人"), parts.stream().map(p -> W.count(p, "人")).toList(), isClosed ? Boolean.TRUE : open,
              List.of());
        });
    return Arbitraries.frequencyOf(Tuple.of(3, money), Tuple.of(1, people));
  }

  record BalanceDraft(String[] labels, W assets, List<W> assetParts, Boolean partsClosed, W liabilities, W net) {}

  static Arbitrary<BalanceDraft> balance() {
    Arbitrary<BigDecimal> share = share("0", "0.95");
    Arbitrary<BigDecimal> split = share("0.05", "0.95");
    Arbitrary<Boolean> partsClosed = Arbitraries.of(true, false, null);
    Arbitrary<String[]> labels = Combinators.combine(Arbitraries.of("资产总额", "单位资产总额", "资产合计"), Arbitraries.of("负债总额", "负债合计"),
        Arbitraries.of("净资产总额", "净资产", "净资产合计")).as((a, l, n) -> new String[] {a, l, n});
    Arbitrary<Object[]> parts = Combinators.combine(Arbitraries.of(true, false), split, partsClosed).as((w, s, c) -> new Object[] {w, s, c});
    return Combinators.combine(yuan(7, 10), share, moneyStyles(), moneyStyles(), moneyStyles(), Arbitraries.of(true, false), parts, labels)
        .as((assets, liabilityShare, assetStyle, liabilityStyle, netStyle, netFromWritten, p, l) -> {
          BigDecimal liabilities = assets.multiply(liabilityShare).setScale(2, RoundingMode.HALF_UP);
          W a = assetStyle.write(assets);
          W li = liabilityStyle.write(liabilities);
          W n = netStyle.write(netFromWritten ? a.yuan().subtract(li.yuan()) : assets.subtract(liabilities));
          List<W> assetParts = List.of();
          if ((Boolean) p[0]) {
            BigDecimal current = assets.multiply((BigDecimal) p[1]).setScale(2, RoundingMode.HALF_UP);
            assetParts = List.of(assetStyle.write(current), assetStyle.write(assets.subtract(current)));
          }
          return new BalanceDraft(l, a, assetParts, (Boolean) p[2], li, n);
        });
  }

  record TargetDraft(String type, String op, W target, W actual) {}

  static Arbitrary<TargetDraft> target() {
    return Combinators.combine(Arbitraries.of("percent", "count", "money"), Arbitraries.of(true, false), Arbitraries.integers().between(0, 3),
        Arbitraries.integers().between(0, 999), share("0", "1"),
        percentDecimals(), Arbitraries.of(true, false))
        .as(ConsistentReports::targetDraft);
  }

  private static final List<String> RAISE = List.of("≥", "以上", "不低于", "超过", "大于", "不少于", "高于");
  private static final List<String> CAP = List.of("≤", "以下", "不超过", "以内", "小于", "低于", "不高于");

  private static TargetDraft targetDraft(String type, boolean raise, int opIndex, int seed, BigDecimal spread, int decimals, boolean inYuan) {
    boolean atLeast = switch (type) {
      case "count" -> true;
      case "money" -> false;
      default -> raise;
    };
    String op = (atLeast ? RAISE : CAP).get((opIndex + seed) % 7);
    boolean strict = Oracle.MORE_THAN.contains(op) || Oracle.LESS_THAN.contains(op);
    W target;
    BigDecimal step;
    BigDecimal bound;
    switch (type) {
      case "percent" -> {
        List<String> levels = atLeast ? List.of("80", "85", "90", "92.5", "95", "98", "100") : List.of("100", "5", "3.5", "10");
        target = W.percent(new BigDecimal(levels.get(seed % levels.size())));
        step = BigDecimal.ONE.movePointLeft(decimals);
        bound = atLeast ? HUNDRED : BigDecimal.ZERO;
        if (strict && target.value().compareTo(bound) == 0) {
          op = atLeast ? "≥" : "≤";
          strict = false;
        }
      }
      case "count" -> {
        target = W.count(10 * (seed + 1), List.of("份", "次", "人次").get(opIndex % 3));
        step = BigDecimal.ONE;
        bound = target.value().multiply(new BigDecimal("1.5"));
      }
      default -> {
        target = W.money(BigDecimal.valueOf(seed + 1, 2).multiply(BigDecimal.TEN), MoneyUnit.WAN_YUAN); // ≤ 0.10万元 … 99.90万元
        step = inYuan ? new BigDecimal("0.01") : new BigDecimal("100");
        bound = BigDecimal.ZERO;
      }
    }
    BigDecimal t = Oracle.exactValue(target);
    BigDecimal lo;
    BigDecimal hi;
    if (atLeast) {
      lo = strict ? t.divide(step).setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE) : t.divide(step).setScale(0, RoundingMode.CEILING);
      hi = bound.divide(step).setScale(0, RoundingMode.FLOOR).max(lo);
    } else {
      hi = strict ? t.divide(step).setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE) : t.divide(step).setScale(0, RoundingMode.FLOOR);
      lo = BigDecimal.ZERO.min(hi);
    }
    BigDecimal k = lo.add(hi.subtract(lo).multiply(spread).setScale(0, RoundingMode.FLOOR));
    BigDecimal v = k.multiply(step);
    W actual = switch (type) {
      case "percent" -> W.percent(v.setScale(decimals, RoundingMode.UNNECESSARY));
      case "count" -> W.count(v.intValueExact(), target.unit());
      default -> inYuan ? W.money(v.setScale(2, RoundingMode.UNNECESSARY), MoneyUnit.YUAN)
          : W.money(v.divide(MoneyUnit.WAN_YUAN.factor()).setScale(2, RoundingMode.UNNECESSARY), MoneyUnit.WAN_YUAN);
    };
    return new TargetDraft(type, op, target, actual);
  }

  /**
   * An amount, its change (up or down) and the rate of that change, reckoned from the true amounts;
   * half of them state the base the change is of (比预算数…减少…), the others leave it to be reckoned
   * (较上年增加…).
   *
   * @param base the base as written, or null when the comparison does not state it
   */
  record ChangeDraft(W amount, W change, boolean up, W rate, W base) {}

  static Arbitrary<ChangeDraft> change() {
    return Combinators.combine(yuan(5, 9), share("0.0001", "0.9"), Arbitraries.of(true, false), moneyStyles(), moneyStyles(),
        percentDecimals(), modes(), moneyStyles().injectNull(0.5))
        .as((before, fraction, up, amountStyle, changeStyle, decimals, mode, baseStyle) -> {
          BigDecimal delta = before.multiply(fraction).setScale(2, RoundingMode.HALF_UP).max(new BigDecimal("0.01"));
          BigDecimal now = up ? before.add(delta) : before.subtract(delta);
          W rate = W.percent(delta.multiply(HUNDRED).divide(before, WIDE).setScale(decimals, mode));
          W base = baseStyle == null ? null : baseStyle.write(before);
          return new ChangeDraft(amountStyle.write(now), changeStyle.write(delta), up, rate, base);
        });
  }

  /**
   * A kind of spending's budget, what was spent of it and the rate stated with them (“三公”经费预算…，
   * 实际支出…，执行率…), and sometimes the difference of the two (，差额为…; null when not stated).
   */
  record ExecutionDraft(W budget, W spent, W rate, W difference) {}

  static Arbitrary<ExecutionDraft> execution() {
    Arbitrary<MoneyStyle> differenceStyle = moneyStyles().injectNull(0.5);
    return Combinators.combine(yuan(5, 8), share("0", "1.3"), moneyStyles(), moneyStyles(), Arbitraries.of(true, false), rateStyles(),
            differenceStyle)
        .as((budget, fraction, budgetStyle, spentStyle, sameStyle, rateStyle, diffStyle) -> {
          BigDecimal spent = budget.multiply(fraction).setScale(2, RoundingMode.HALF_UP);
          W b = budgetStyle.write(budget);
          W s = (sameStyle ? budgetStyle : spentStyle).write(spent);
          W d = diffStyle == null ? null : diffStyle.write(budget.subtract(spent).abs());
          return new ExecutionDraft(b, s, rateStyle.rate(spent, budget, s, b), d);
        });
  }

  /**
   * Work done against its plan, counted (完成…560户，计划500户，完成率112%), the plan stated first or
   * second, the rate rounded from the two counts.
   */
  record PlanDraft(W done, W plan, W rate, boolean planFirst) {}

  static Arbitrary<PlanDraft> plan() {
    return Combinators.combine(Arbitraries.integers().between(1, 100_000), share("0.3", "1.5"), Arbitraries.of("户", "人次", "个"),
            percentDecimals(), modes(), Arbitraries.of(true, false))
        .as((planned, fraction, measure, decimals, mode, planFirst) -> {
          int done = BigDecimal.valueOf(planned).multiply(fraction).setScale(0, RoundingMode.HALF_UP).intValueExact();
          W rate = W.percent(BigDecimal.valueOf(done).multiply(HUNDRED).divide(BigDecimal.valueOf(planned), WIDE).setScale(decimals, mode));
          return new PlanDraft(W.count(done, measure), W.count(planned, measure), rate, planFirst);
        });
  }

  /**
   * Some of a count that did a thing (考核136人，合格132人) and the rate named for it (合格率97.06%),
   * rounded from the two counts.
   */
  record PassDraft(W whole, W part, W rate) {}

  static Arbitrary<PassDraft> pass() {
    return Combinators.combine(Arbitraries.integers().between(1, 100_000), share("0", "1"), Arbitraries.of("人", "户", "份", "个"),
            percentDecimals(), modes())
        .as((whole, fraction, measure, decimals, mode) -> {
          int part = BigDecimal.valueOf(whole).multiply(fraction).setScale(0, RoundingMode.HALF_UP).intValueExact();
          W rate = W.percent(BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), WIDE).setScale(decimals, mode));
          return new PassDraft(W.count(whole, measure), W.count(part, measure), rate);
        });
  }

  /**
   * An audited settlement: the amount submitted, the amount approved (below it, or above it: an
   * increase), the cut or increase of the two amounts as they are, and its rate over the amount
   * submitted; the cut or the rate may go unstated, and a rate without a cut is reckoned from the
   * amounts as they are.
   */
  record AuditDraft(W submitted, W approved, W cut, W rate, boolean up) {}

  static Arbitrary<AuditDraft> audit() {
    Arbitrary<Integer> shown = Arbitraries.of(0, 1, 2); // the cut, the rate, or both
    return Combinators.combine(yuan(5, 9), share("0.6", "1.1"), moneyStyles(), moneyStyles(), moneyStyles(), rateStyles(), shown)
        .as((submitted, fraction, submittedStyle, approvedStyle, cutStyle, rateStyle, show) -> {
          BigDecimal approved = submitted.multiply(fraction).setScale(2, RoundingMode.HALF_UP);
          BigDecimal cut = submitted.subtract(approved).abs();
          W s = submittedStyle.write(submitted);
          W a = approvedStyle.write(approved);
          W c = show == 1 ? null : cutStyle.write(cut);
          RateStyle style = c == null ? new RateStyle(rateStyle.decimals(), rateStyle.mode(), false) : rateStyle;
          W rate = show == 0 ? null : style.rate(cut, submitted, c == null ? s : c, s);
          return new AuditDraft(s, a, c, rate, approved.compareTo(submitted) > 0);
        });
  }

  /**
   * A rate's move from one value to another (由88.5%提高到93.2%) and the percentage points of it,
   * rounded from the true rates or the difference of the written ones.
   */
  record PointsDraft(W from, W to, W points, boolean up) {}

  static Arbitrary<PointsDraft> points() {
    return Combinators.combine(share("0", "1"), share("0", "1"), percentDecimals(), percentDecimals(), modes(), Arbitraries.of(true, false))
        .as((a, b, decimals, pointDecimals, mode, fromWritten) -> {
          BigDecimal from = a.multiply(HUNDRED);
          BigDecimal to = b.multiply(HUNDRED);
          W fromW = W.percent(from.setScale(decimals, mode));
          W toW = W.percent(to.setScale(decimals, mode));
          BigDecimal moved = (fromWritten ? toW.value().subtract(fromW.value()) : to.subtract(from)).abs();
          return new PointsDraft(fromW, toW, new W(W.COUNT, moved.setScale(pointDecimals, mode), "个百分点"), to.compareTo(from) >= 0);
        });
  }

  /**
   * Values listed with 分别 (scores or rates) and their average after them, each value rounded as
   * written, the average rounded from the true values or from the written ones.
   */
  record MeanDraft(List<W> values, W mean) {}

  static Arbitrary<MeanDraft> mean() {
    return Combinators.combine(share("0.3", "1").list().ofMinSize(2).ofMaxSize(5), Arbitraries.of(true, false), percentDecimals(),
            percentDecimals(), modes(), Arbitraries.of(true, false))
        .as((shares, scores, decimals, meanDecimals, mode, fromWritten) -> {
          List<W> values = new ArrayList<>();
          BigDecimal trueSum = BigDecimal.ZERO;
          BigDecimal writtenSum = BigDecimal.ZERO;
          for (BigDecimal share : shares) {
            BigDecimal v = share.multiply(HUNDRED);
            W w = scores ? W.number(v.setScale(decimals, mode)) : W.percent(v.setScale(decimals, mode));
            values.add(w);
            trueSum = trueSum.add(v);
            writtenSum = writtenSum.add(w.value());
          }
          BigDecimal mean = (fromWritten ? writtenSum : trueSum).divide(BigDecimal.valueOf(shares.size()), WIDE).setScale(meanDecimals, mode);
          return new MeanDraft(values, scores ? W.number(mean) : W.percent(mean));
        });
  }

  /** A total, in a sentence of its own, and later an amount with its share of the total by the total's name. */
  record NamedShareDraft(W total, W amount, W share) {}

  static Arbitrary<NamedShareDraft> namedShare() {
    return Combinators.combine(yuan(6, 9), share("0", "1"), moneyStyles(), moneyStyles(), rateStyles())
        .as((total, fraction, totalStyle, amountStyle, rateStyle) -> {
          BigDecimal amount = total.multiply(fraction).setScale(2, RoundingMode.HALF_UP);
          W t = totalStyle.write(total);
          W a = amountStyle.write(amount);
          return new NamedShareDraft(t, a, rateStyle.rate(amount, total, a, t));
        });
  }

  /**
   * The year's changes from the year before, the kinds of spending with their rates, the work done
   * against its plans, the rates moved by points, the averages of listed values, the shares of
   * totals by name and the rates of counts: one arbitrary, as combine takes eight.
   */
  record YearDrafts(List<ChangeDraft> changes, List<ExecutionDraft> executions, List<PlanDraft> plans, List<PointsDraft> moves,
      List<MeanDraft> means, List<NamedShareDraft> namedShares, List<PassDraft> passes,
      List<AuditDraft> audits) {}

  static Arbitrary<YearDrafts> yearOnYear() {
    return Combinators.combine(change().list().ofMaxSize(2), execution().list().ofMaxSize(2), plan().list().ofMaxSize(2),
            points().list().ofMaxSize(2), mean().list().ofMaxSize(2), namedShare().list().ofMaxSize(2), pass().list().ofMaxSize(2),
            audit().list().ofMaxSize(2))
        .as(YearDrafts::new);
  }

  // ---- putting it together ----

  static SyntheticReport assemble(List<ProjectDraft> ps, TotalsDraft t, GradesDraft g, ScoreDraft s, List<BreakdownDraft> bs,
      BalanceDraft bal, List<TargetDraft> ts, YearDrafts year) {
    List<ChangeDraft> cs = year.changes();
    List<ExecutionDraft> es = year.executions();
    Map<String, W> v = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < ps.size(); i++) {
      ProjectDraft p = ps.get(i);
      names.add("第" + (i + 1) + "号民生工程项目经费");
      v.put(SyntheticReport.budget(i), p.budget());
      v.put(SyntheticReport.spent(i), p.spent());
      v.put(SyntheticReport.rate(i), p.rate());
      v.put(SyntheticReport.group(i), W.count(p.group(), "个"));
    }
    v.put(SyntheticReport.T_COUNT, t.count());
    v.put(SyntheticReport.T_BUDGET, t.budget());
    v.put(SyntheticReport.T_SPENT, t.spent());
    v.put(SyntheticReport.T_RATE, t.rate());
    for (int j = 0; j < g.names().size(); j++) {
      v.put(SyntheticReport.gradeCount(j), g.counts().get(j));
      if (!g.percents().isEmpty()) {
        v.put(SyntheticReport.gradePercent(j), g.percents().get(j));
      }
    }
    for (int j = 0; j < s.components().size(); j++) {
      v.put(SyntheticReport.component(j), s.components().get(j));
    }
    v.put(SyntheticReport.S_TOTAL, s.total());

    List<FigureSpec> figures = new ArrayList<>();
    for (int i = 0; i < bs.size(); i++) {
      BreakdownDraft b = bs.get(i);
      String total = "b" + i + ".total";
      figures.add(new FigureSpec(total, "分项统计" + CN[i] + "合计", null, null, null, b.partsClosed()));
      v.put(total, b.total());
      for (int j = 0; j < b.parts().size(); j++) {
        String part = "b" + i + ".part" + j;
        figures.add(new FigureSpec(part, "分项统计" + CN[i] + "之" + CN[j], null, null, total, null));
        v.put(part, b.parts().get(j));
        if (!b.shares().isEmpty()) {
          figures.add(new FigureSpec(SyntheticReport.share(i, j), SyntheticReport.SHARE_LABEL, null, null, null, null));
          v.put(SyntheticReport.share(i, j), b.shares().get(j));
        }
      }
    }
    for (int i = 0; i < cs.size(); i++) {
      ChangeDraft c = cs.get(i);
      figures.add(new FigureSpec(SyntheticReport.changeAmount(i), "第" + CN[i] + "类支出决算", null, null, null, null));
      v.put(SyntheticReport.changeAmount(i), c.amount());
      if (c.base() != null) {
        figures.add(new FigureSpec(SyntheticReport.changeBase(i), i % 2 == 0 ? "比预算数" : "较年初", null, null, null, null));
        v.put(SyntheticReport.changeBase(i), c.base());
      }
      String direction = c.up() ? "增加" : "减少";
      figures.add(new FigureSpec(SyntheticReport.change(i), c.base() != null ? direction : c.up() ? "较上年增加" : "比上年减少",
          null, null, null, null));
      v.put(SyntheticReport.change(i), c.change());
      figures.add(new FigureSpec(SyntheticReport.changeRate(i), c.up() ? "增长" : "下降", null, null, null, null));
      v.put(SyntheticReport.changeRate(i), c.rate());
    }
    for (int i = 0; i < es.size(); i++) {
      ExecutionDraft e = es.get(i);
      figures.add(new FigureSpec(SyntheticReport.executionBudget(i), "第" + CN[i] + "类经费预算", null, null, null, null));
      v.put(SyntheticReport.executionBudget(i), e.budget());
      figures.add(new FigureSpec(SyntheticReport.executionSpent(i), "实际支出", null, null, null, null));
      v.put(SyntheticReport.executionSpent(i), e.spent());
      figures.add(new FigureSpec(SyntheticReport.executionRate(i), "执行率", null, null, null, null));
      v.put(SyntheticReport.executionRate(i), e.rate());
      if (e.difference() != null) {
        figures.add(new FigureSpec(SyntheticReport.executionDifference(i), "差额为", null, null, null, null));
        v.put(SyntheticReport.executionDifference(i), e.difference());
      }
    }
    for (int i = 0; i < year.plans().size(); i++) {
      PlanDraft d = year.plans().get(i);
      String work = "第" + CN[i] + "类工作";
      if (d.planFirst()) {
        figures.add(new FigureSpec(SyntheticReport.planned(i), "计划" + work, null, null, null, null));
        figures.add(new FigureSpec(SyntheticReport.done(i), SyntheticReport.DONE_LABEL, null, null, null, null));
      } else {
        figures.add(new FigureSpec(SyntheticReport.done(i), "完成" + work, null, null, null, null));
        figures.add(new FigureSpec(SyntheticReport.planned(i), SyntheticReport.PLAN_LABEL, null, null, null, null));
      }
      figures.add(new FigureSpec(SyntheticReport.planRate(i), "完成率", null, null, null, null));
      v.put(SyntheticReport.done(i), d.done());
      v.put(SyntheticReport.planned(i), d.plan());
      v.put(SyntheticReport.planRate(i), d.rate());
    }
    for (int i = 0; i < year.moves().size(); i++) {
      PointsDraft d = year.moves().get(i);
      figures.add(new FigureSpec(SyntheticReport.rateFrom(i), "第" + CN[i] + "项比率由", null, null, null, null));
      figures.add(new FigureSpec(SyntheticReport.rateTo(i), d.up() ? "提高到" : "下降到", null, null, null, null));
      figures.add(new FigureSpec(SyntheticReport.points(i), d.up() ? "提高" : "下降", null, null, null, null));
      v.put(SyntheticReport.rateFrom(i), d.from());
      v.put(SyntheticReport.rateTo(i), d.to());
      v.put(SyntheticReport.points(i), d.points());
    }
    for (int i = 0; i < year.means().size(); i++) {
      MeanDraft d = year.means().get(i);
      for (int j = 0; j < d.values().size(); j++) {
        figures.add(new FigureSpec(SyntheticReport.listed(i, j), j == 0 ? "第" + CN[i] + "组各项分别为" : "", null, null, null, null));
        v.put(SyntheticReport.listed(i, j), d.values().get(j));
      }
      figures.add(new FigureSpec(SyntheticReport.mean(i), "第" + CN[i] + "组平均", null, null, null, null));
      v.put(SyntheticReport.mean(i), d.mean());
    }
    for (int i = 0; i < year.namedShares().size(); i++) {
      NamedShareDraft d = year.namedShares().get(i);
      String total = "第" + CN[i] + "类款项总额";
      figures.add(new FigureSpec(SyntheticReport.namedTotal(i), total, null, null, null, null));
      figures.add(new FigureSpec(SyntheticReport.namedAmount(i), "第" + CN[i] + "类款项中的拨款", null, null, null, null));
      figures.add(new FigureSpec(SyntheticReport.namedShare(i), "占" + total + "的", null, null, null, null));
      v.put(SyntheticReport.namedTotal(i), d.total());
      v.put(SyntheticReport.namedAmount(i), d.amount());
      v.put(SyntheticReport.namedShare(i), d.share());
    }
    for (int i = 0; i < year.passes().size(); i++) {
      PassDraft d = year.passes().get(i);
      figures.add(new FigureSpec(SyntheticReport.passWhole(i), "第" + CN[i] + "批参加考核", null, null, null, null));
      figures.add(new FigureSpec(SyntheticReport.passPart(i), "第" + CN[i] + "批考核合格", null, null, null, null));
      figures.add(new FigureSpec(SyntheticReport.passRate(i), "第" + CN[i] + "批考核合格率", null, null, null, null));
      v.put(SyntheticReport.passWhole(i), d.whole());
      v.put(SyntheticReport.passPart(i), d.part());
      v.put(SyntheticReport.passRate(i), d.rate());
    }
    for (int i = 0; i < year.audits().size(); i++) {
      AuditDraft d = year.audits().get(i);
      figures.add(new FigureSpec(SyntheticReport.auditSubmitted(i), "第" + CN[i] + "项工程结算送审金额", null, null, null, null));
      figures.add(new FigureSpec(SyntheticReport.auditApproved(i), "审定金额", null, null, null, null));
      v.put(SyntheticReport.auditSubmitted(i), d.submitted());
      v.put(SyntheticReport.auditApproved(i), d.approved());
      if (d.cut() != null) {
        figures.add(new FigureSpec(SyntheticReport.auditCut(i), d.up() ? "审增金额" : "审减金额", null, null, null, null));
        v.put(SyntheticReport.auditCut(i), d.cut());
      }
      if (d.rate() != null) {
        figures.add(new FigureSpec(SyntheticReport.auditRate(i), d.up() ? "审增率" : "审减率", null, null, null, null));
        v.put(SyntheticReport.auditRate(i), d.rate());
      }
    }
    figures.add(new FigureSpec("bal.assets", bal.labels()[0], null, null, null, bal.assetParts().isEmpty() ? null : bal.partsClosed()));
    v.put("bal.assets", bal.assets());
    for (int j = 0; j < bal.assetParts().size(); j++) {
      figures.add(new FigureSpec("bal.assets.part" + j, j == 0 ? "流动资产" : "非流动资产", null, null, "bal.assets", null));
      v.put("bal.assets.part" + j, bal.assetParts().get(j));
    }
    figures.add(new FigureSpec("bal.liabilities", bal.labels()[1], null, null, null, null));
    v.put("bal.liabilities", bal.liabilities());
    figures.add(new FigureSpec("bal.net", bal.labels()[2], null, null, null, null));
    v.put("bal.net", bal.net());
    List<String> indicators = new ArrayList<>();
    for (int i = 0; i < ts.size(); i++) {
      TargetDraft d = ts.get(i);
      String label = "第" + CN[i] + "项指标" + switch (d.type()) {
        case "percent" -> "达标率";
        case "count" -> "发放宣传资料";
        default -> "成本控制额";
      };
      indicators.add(label);
      figures.add(new FigureSpec("k" + i + ".target", label, d.op(), "target", null, null));
      v.put("k" + i + ".target", d.target());
    }
    for (int i = 0; i < ts.size(); i++) {
      figures.add(new FigureSpec("k" + i + ".actual", indicators.get(i), null, "actual", null, null));
      v.put("k" + i + ".actual", ts.get(i).actual());
    }
    return new SyntheticReport(names, g.names(), s.names(), s.grade(), s.bands(), figures, v);
  }
}
