package dev.jixiao.check.mutation;

import dev.jixiao.check.Interval;
import dev.jixiao.record.Count;
import dev.jixiao.record.Figure;
import dev.jixiao.record.GradeBand;
import dev.jixiao.record.GradeCount;
import dev.jixiao.record.Money;
import dev.jixiao.record.Percent;
import dev.jixiao.record.Project;
import dev.jixiao.record.Report;
import dev.jixiao.record.Score;
import dev.jixiao.record.ScoreComponent;
import dev.jixiao.record.Totals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The relations a record states, one per rule instance, read from the record the way the rules
 * read it (which figures form a relation), but judged here under the spec's rounding rule: a
 * relation holds when some values inside the figures' intervals satisfy it. Score bands and
 * indicator targets are judged the same way: a grade holds when its band meets the total's
 * interval, a target is missed only when the actual's whole interval lies on the wrong side.
 */
final class Relations {
  static final String MONEY = Figure.MONEY;
  static final String PERCENT = Figure.PERCENT;
  static final String COUNT = Figure.COUNT;
  static final String NUMBER = Figure.NUMBER;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Pattern ASSETS = Pattern.compile("(?<!净|流动)资产总额$|(?<!净|流动)资产合计$");
  private static final Pattern LIABILITIES = Pattern.compile("负债总额$|负债合计$");
  private static final Pattern NET = Pattern.compile("净资产(总额|合计)?$");
  private static final Pattern SURPLUS = Pattern.compile("结余$|结余资金$");
  private static final Set<String> AT_LEAST = Set.of("≥", "以上", "不低于", "不少于");
  private static final Set<String> MORE_THAN = Set.of("超过", "大于", "高于", ">");
  private static final Set<String> AT_MOST = Set.of("≤", "以下", "以内", "不超过", "不高于");
  private static final Set<String> LESS_THAN = Set.of("小于", "低于", "<");
  private static final Map<String, String> SHORT = Map.of("优秀", "优", "良好", "良", "中等", "中", "较差", "差");
  private static final List<GradeBand> USUAL = List.of(
      new GradeBand("优", new BigDecimal(90), true, new BigDecimal(100), true, null),
      new GradeBand("良", new BigDecimal(80), true, new BigDecimal(90), false, null),
      new GradeBand("中", new BigDecimal(60), true, new BigDecimal(80), false, null),
      new GradeBand("差", null, true, new BigDecimal(60), false, null));

  private Relations() {}

  static List<Relation> of(Report r) {
    List<Relation> out = new ArrayList<>();
    projectRates(r, out);
    totals(r, out);
    grades(r, out);
    score(r, out);
    breakdowns(r, out);
    balances(r, out);
    targets(r, out);
    return out;
  }

  private static Relation.Use use(Money m) {
    return new Relation.Use(m.evidence(), MONEY);
  }

  private static Relation.Use use(Percent p) {
    return new Relation.Use(p.evidence(), PERCENT);
  }

  private static Relation.Use use(Count c) {
    return new Relation.Use(c.evidence(), COUNT);
  }

  private static Relation.Use use(Figure f) {
    return new Relation.Use(f.evidence(), f.kind());
  }

  /** 100·part ÷ whole meets the stated percentage; nothing can be concluded when whole may be 0. */
  static boolean rate(Interval part, Interval whole, Interval stated) {
    Interval q = part.dividedBy(whole);
    return q == null || q.times(HUNDRED).intersects(stated);
  }

  private static void projectRates(Report r, List<Relation> out) {
    for (Project p : r.projects()) {
      Money b = p.budget();
      Money e = p.expenditure();
      Percent c = p.completionRate();
      if (b != null && e != null && c != null) {
        out.add(new Relation("project.rate", p.name(), List.of(use(b), use(e), use(c)),
            v -> rate(v.money(e), v.money(b), v.percent(c))));
      }
    }
  }

  private static boolean fullList(Report r) {
    return !r.projects().isEmpty() && r.projects().stream().allMatch(p -> p.budget() != null);
  }

  private static void totals(Report r, List<Relation> out) {
    Totals t = r.totals();
    Money budget = t.budget();
    Money spent = t.expenditure();
    Percent rate = t.executionRate();
    Money adjustment = t.others().get("budgetAdjustment") instanceof Money m ? m : null;
    if (budget != null && spent != null && rate != null) {
      List<Relation.Use> uses = new ArrayList<>(List.of(use(budget), use(spent), use(rate)));
      if (adjustment != null) {
        uses.add(use(adjustment));
      }
      // a rate measured against the adjusted budget is stated correctly too (the rule notes it as info)
      out.add(new Relation("total.rate", "预算执行率", uses, v -> rate(v.money(spent), v.money(budget), v.percent(rate))
          || adjustment != null && rate(v.money(spent), v.money(budget).plus(v.money(adjustment)), v.percent(rate))));
    }
    if (budget != null && t.others().get("fiscalExpenditure") instanceof Money fiscal && t.others().get("shareOfFiscal") instanceof Percent share) {
      out.add(new Relation("total.share", "占财政支出比例", List.of(use(budget), use(fiscal), use(share)),
          v -> rate(v.money(budget), v.money(fiscal), v.percent(share))));
    }
    if (budget != null && adjustment != null && t.others().get("adjustmentRate") instanceof Percent share) {
      out.add(new Relation("total.share", "预算调整率", List.of(use(adjustment), use(budget), use(share)),
          v -> rate(v.money(adjustment), v.money(budget), v.percent(share))));
    }
    if (fullList(r) && budget != null) {
      List<Money> budgets = r.projects().stream().map(Project::budget).toList();
      out.add(sum("total.sum", "项目预算合计", budgets, budget));
    }
    if (fullList(r) && spent != null && r.projects().stream().allMatch(p -> p.expenditure() != null)) {
      out.add(sum("total.sum", "项目支出合计", r.projects().stream().map(Project::expenditure).toList(), spent));
    }
    Count count = t.projectCount();
    if (count != null && fullList(r)) {
      int listed = listed(r.projects());
      out.add(new Relation("total.count", "项目个数", List.of(use(count)), v -> v.count(count) == listed));
    }
  }

  private static Relation sum(String rule, String about, List<Money> parts, Money total) {
    List<Relation.Use> uses = new ArrayList<>();
    uses.add(use(total));
    parts.forEach(p -> uses.add(use(p)));
    return new Relation(rule, about, uses, v -> {
      Interval s = Interval.exact(BigDecimal.ZERO);
      for (Money p : parts) {
        s = s.plus(v.money(p));
      }
      return s.intersects(v.money(total));
    });
  }

  /** Projects listed, each group counted by its size, a paragraph repeated under one list number once. */
  private static int listed(List<Project> projects) {
    Set<Integer> seqs = new HashSet<>();
    int n = 0;
    for (Project p : projects) {
      if (p.seq() == null || seqs.add(p.seq())) {
        n += p.groupSize();
      }
    }
    return n;
  }

  private static void grades(Report r, List<Relation> out) {
    Count total = r.totals().projectCount();
    List<GradeCount> grades = r.gradeDistribution();
    if (total != null && grades.size() >= 2) {
      List<Relation.Use> uses = new ArrayList<>(List.of(use(total)));
      grades.forEach(g -> uses.add(use(g.count())));
      out.add(new Relation("grade.count", "等级分布", uses, v -> grades.stream().mapToInt(g -> v.count(g.count())).sum() == v.count(total)));
    }
    if (total != null && total.value() > 0) {
      for (GradeCount g : grades) {
        if (g.percent() != null) {
          out.add(new Relation("grade.percent", g.grade(), List.of(use(g.percent()), use(g.count()), use(total)),
              v -> rate(v.countInterval(g.count()), v.countInterval(total), v.percent(g.percent()))));
        }
      }
    }
    if (grades.size() >= 2 && grades.stream().allMatch(g -> g.percent() != null)) {
      out.add(new Relation("grade.percent", "等级百分比合计", grades.stream().map(g -> use(g.percent())).toList(), v -> {
        Interval s = Interval.exact(BigDecimal.ZERO);
        for (GradeCount g : grades) {
          s = s.plus(v.percent(g.percent()));
        }
        return s.contains(HUNDRED);
      }));
    }
  }

  private static void score(Report r, List<Relation> out) {
    Score s = r.score();
    if (s == null || s.total() == null) {
      return;
    }
    Relation.Use total = new Relation.Use(s.total().evidence(), NUMBER);
    if (s.components().size() >= 2) {
      List<Relation.Use> uses = new ArrayList<>(List.of(total));
      s.components().forEach(c -> uses.add(new Relation.Use(c.score().evidence(), NUMBER)));
      out.add(new Relation("score.sum", "总分", uses, v -> {
        Interval sum = Interval.exact(BigDecimal.ZERO);
        for (ScoreComponent c : s.components()) {
          sum = sum.plus(v.number(c.score()));
        }
        return sum.intersects(v.number(s.total()));
      }));
    }
    if (s.grade() != null) {
      List<GradeBand> bands = s.bands().isEmpty() ? USUAL : s.bands();
      String grade = SHORT.getOrDefault(s.grade(), s.grade());
      List<GradeBand> own = bands.stream().filter(b -> SHORT.getOrDefault(b.grade(), b.grade()).equals(grade)).toList();
      if (!own.isEmpty()) {
        out.add(new Relation("score.band", "评价等级" + (s.bands().isEmpty() ? "（通常分档）" : ""), List.of(total),
            v -> own.stream().anyMatch(b -> meets(b, v.number(s.total())))));
      }
    }
  }

  /** Some value of the interval lies in the band. */
  private static boolean meets(GradeBand b, Interval t) {
    if (b.contains(t.lo()) || b.contains(t.hi())) {
      return true;
    }
    return b.min() != null && t.contains(b.min()) || b.max() != null && t.contains(b.max());
  }

  private static void breakdowns(Report r, List<Relation> out) {
    for (Figure total : r.figures()) {
      List<Figure> parts = r.figures().stream().filter(f -> total.id() != null && total.id().equals(f.partOf())).toList();
      if (parts.isEmpty()) {
        continue;
      }
      boolean whole = Boolean.TRUE.equals(total.partsClosed()) && parts.size() >= 2;
      List<Relation.Use> uses = new ArrayList<>(List.of(use(total)));
      parts.forEach(p -> uses.add(use(p)));
      out.add(new Relation("breakdown.sum", total.label() + (whole ? "" : "（不超过）"), uses, v -> {
        Interval s = Interval.exact(BigDecimal.ZERO);
        for (Figure p : parts) {
          s = s.plus(v.figure(p));
        }
        Interval stated = v.figure(total);
        return whole ? s.intersects(stated) : s.lo().compareTo(stated.hi()) <= 0;
      }));
    }
  }

  private static Optional<Figure> money(Report r, Pattern label) {
    return r.figures().stream().filter(f -> MONEY.equals(f.kind()) && f.op() == null && label.matcher(f.label().strip()).find()).findFirst();
  }

  private static void balances(Report r, List<Relation> out) {
    Optional<Figure> assets = money(r, ASSETS);
    Optional<Figure> liabilities = money(r, LIABILITIES);
    Optional<Figure> net = money(r, NET);
    if (assets.isPresent() && liabilities.isPresent() && net.isPresent()) {
      Figure a = assets.get();
      Figure l = liabilities.get();
      Figure n = net.get();
      out.add(new Relation("balance", "净资产", List.of(use(a), use(l), use(n)), v -> v.figure(a).minus(v.figure(l)).intersects(v.figure(n))));
    }
    Totals t = r.totals();
    if (t.budget() != null && t.expenditure() != null && t.others().get("yearEndBudgetBalance") instanceof Money balance) {
      Money adjustment = t.others().get("budgetAdjustment") instanceof Money m ? m : null;
      List<Relation.Use> uses = new ArrayList<>(List.of(use(t.budget()), use(t.expenditure()), use(balance)));
      if (adjustment != null) {
        uses.add(use(adjustment));
      }
      out.add(new Relation("balance", "年底预算结余", uses, v -> {
        Interval budget = adjustment == null ? v.money(t.budget()) : v.money(t.budget()).plus(v.money(adjustment));
        return budget.minus(v.money(t.expenditure())).intersects(v.money(balance));
      }));
    }
    for (Project p : r.projects()) {
      if (p.budget() == null || p.expenditure() == null) {
        continue;
      }
      for (Figure f : r.figures()) {
        if (p.name().equals(f.context()) && MONEY.equals(f.kind()) && SURPLUS.matcher(f.label()).find()) {
          out.add(new Relation("balance", p.name() + " 结余", List.of(use(p.budget()), use(p.expenditure()), use(f)),
              v -> v.money(p.budget()).minus(v.money(p.expenditure())).intersects(v.figure(f))));
        }
      }
    }
  }

  private static void targets(Report r, List<Relation> out) {
    for (Figure target : r.figures()) {
      if (!"target".equals(target.role()) || target.op() == null) {
        continue;
      }
      r.figures().stream().filter(a -> "actual".equals(a.role()) && same(target, a)).findFirst().ifPresent(actual ->
          out.add(new Relation("target.missed", target.label(), List.of(use(actual), use(target)),
              v -> !clearlyMissed(target.op(), v.figure(actual), v.bound(target)))));
    }
  }

  private static boolean same(Figure target, Figure actual) {
    boolean bothMoney = MONEY.equals(target.kind()) && MONEY.equals(actual.kind());
    return norm(target.label()).equals(norm(actual.label())) && (bothMoney || target.unit().equals(actual.unit()));
  }

  private static String norm(String s) {
    return s == null ? "" : s.replaceAll("\\s", "");
  }

  /** The actual's whole interval lies on the wrong side of the target's bound. */
  static boolean clearlyMissed(String op, Interval actual, BigDecimal bound) {
    if (AT_LEAST.contains(op)) {
      return actual.hi().compareTo(bound) < 0;
    }
    if (MORE_THAN.contains(op)) {
      return actual.hi().compareTo(bound) <= 0;
    }
    if (AT_MOST.contains(op)) {
      return actual.lo().compareTo(bound) > 0;
    }
    if (LESS_THAN.contains(op)) {
      return actual.lo().compareTo(bound) >= 0;
    }
    return false;
  }
}
