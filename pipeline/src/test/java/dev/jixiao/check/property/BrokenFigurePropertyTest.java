package dev.jixiao.check.property;

import static dev.jixiao.check.property.SyntheticReport.S_GRADE;
import static dev.jixiao.check.property.SyntheticReport.S_TOTAL;
import static dev.jixiao.check.property.SyntheticReport.T_BUDGET;
import static dev.jixiao.check.property.SyntheticReport.T_COUNT;
import static dev.jixiao.check.property.SyntheticReport.T_RATE;
import static dev.jixiao.check.property.SyntheticReport.T_SPENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.record.Evidence;
import dev.jixiao.record.Finding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Property 2 of the cross-check issue: change exactly one figure of a consistent report by more
 * than its rounding allows (see {@link Perturb}; whether the relation now fails is decided by the
 * test's own {@link Oracle}), and the matching rule must produce a finding of its severity whose
 * evidence includes that figure's evidence. {@code pick} chooses the figure; when no change of
 * that figure can break the relation (a budget under 0% spent, an open breakdown whose parts are
 * all 0), the next figure of the relation is changed instead.
 */
class BrokenFigurePropertyTest {
  private static final int TRIES = 1000;

  @Provide
  Arbitrary<SyntheticReport> reports() {
    return ConsistentReports.reports();
  }

  @Provide
  Arbitrary<SyntheticReport> reportsWithShares() {
    return ConsistentReports.reports().filter(r -> r.figures().stream().anyMatch(f -> SyntheticReport.SHARE_LABEL.equals(f.label())));
  }

  @Provide
  Arbitrary<SyntheticReport> reportsWithChanges() {
    return ConsistentReports.reports().filter(r -> r.has(SyntheticReport.change(0)));
  }

  @Provide
  Arbitrary<SyntheticReport> reportsWithStatedBases() {
    return ConsistentReports.reports().filter(r -> r.has(SyntheticReport.changeBase(0)) || r.has(SyntheticReport.changeBase(1)));
  }

  @Provide
  Arbitrary<SyntheticReport> reportsWithExecutions() {
    return ConsistentReports.reports().filter(r -> r.has(SyntheticReport.executionRate(0)));
  }

  @Provide
  Arbitrary<SyntheticReport> reportsWithPlans() {
    return ConsistentReports.reports().filter(r -> r.has(SyntheticReport.planRate(0)));
  }

  @Provide
  Arbitrary<SyntheticReport> reportsWithPasses() {
    return ConsistentReports.reports().filter(r -> r.has(SyntheticReport.passRate(0)));
  }

  @Provide
  Arbitrary<SyntheticReport> reportsWithAudits() {
    return ConsistentReports.reports().filter(r -> r.has(SyntheticReport.auditSubmitted(0)));
  }

  @Provide
  Arbitrary<SyntheticReport> reportsWithPoints() {
    return ConsistentReports.reports().filter(r -> r.has(SyntheticReport.points(0)));
  }

  @Provide
  Arbitrary<SyntheticReport> reportsWithMeans() {
    return ConsistentReports.reports().filter(r -> r.has(SyntheticReport.mean(0)));
  }

  @Provide
  Arbitrary<SyntheticReport> reportsWithNamedShares() {
    return ConsistentReports.reports().filter(r -> r.has(SyntheticReport.namedShare(0)));
  }

  @Provide
  Arbitrary<SyntheticReport> reportsWithDifferences() {
    return ConsistentReports.reports().filter(r -> r.figures().stream().anyMatch(f -> f.key().matches("e\\d+\\.diff")));
  }

  @Provide
  Arbitrary<SyntheticReport> reportsWithGradePercents() {
    return ConsistentReports.reports().filter(r -> r.has(SyntheticReport.gradePercent(0)));
  }

  @Property(tries = TRIES)
  void projectRate(@ForAll("reports") SyntheticReport r, @ForAll @IntRange(max = 9999) int pick, @ForAll boolean up) {
    int i = pick % r.projects();
    List<String> keys = rotate(List.of(SyntheticReport.budget(i), SyntheticReport.spent(i), SyntheticReport.rate(i)), pick / 10);
    flagged(r, "project.rate", keys, up, true, s -> !Oracle.projectRate(s, i));
  }

  @Property(tries = TRIES)
  void totalRate(@ForAll("reports") SyntheticReport r, @ForAll @IntRange(max = 9999) int pick, @ForAll boolean up) {
    flagged(r, "total.rate", rotate(List.of(T_BUDGET, T_SPENT, T_RATE), pick), up, true, s -> !Oracle.totalRate(s));
  }

  @Property(tries = TRIES)
  void totalSum(@ForAll("reports") SyntheticReport r, @ForAll @IntRange(max = 9999) int pick, @ForAll boolean up) {
    int i = pick / 4 % r.projects();
    String key = List.of(T_BUDGET, T_SPENT, SyntheticReport.budget(i), SyntheticReport.spent(i)).get(pick % 4);
    boolean budgets = key.equals(T_BUDGET) || key.endsWith(".budget");
    flagged(r, "total.sum", List.of(key), up, true, s -> budgets ? !Oracle.totalBudgetSum(s) : !Oracle.totalSpentSum(s));
  }

  /** The stated count, or the size of a group entry ("共计4个项目"), whose evidence is the entry's name. */
  @Property(tries = TRIES)
  void totalCount(@ForAll("reports") SyntheticReport r, @ForAll @IntRange(max = 9999) int pick, @ForAll boolean up) {
    int i = pick / 2 % r.projects();
    boolean stated = pick % 2 == 0;
    String key = stated ? T_COUNT : SyntheticReport.group(i);
    // a group shrinks to no fewer than one project: groups only grow
    flagged(r, "total.count", List.of(key), stated ? up : true, true, s -> !Oracle.totalCount(s));
  }

  @Property(tries = TRIES)
  void gradeCount(@ForAll("reports") SyntheticReport r, @ForAll @IntRange(max = 9999) int pick, @ForAll boolean up) {
    int j = pick % r.gradeNames().size();
    String key = pick / 10 % 3 == 0 ? T_COUNT : SyntheticReport.gradeCount(j);
    flagged(r, "grade.count", List.of(key), up, true, s -> !Oracle.gradeCount(s));
  }

  @Property(tries = TRIES)
  void gradePercent(@ForAll("reportsWithGradePercents") SyntheticReport r, @ForAll @IntRange(max = 9999) int pick, @ForAll boolean up) {
    int j = pick % r.gradeNames().size();
    String key = pick / 10 % 3 == 0 ? SyntheticReport.gradeCount(j) : SyntheticReport.gradePercent(j);
    flagged(r, "grade.percent", List.of(key), up, true, s -> !Oracle.gradePercent(s, j) || !Oracle.gradePercentsAddUp(s));
  }

  @Property(tries = TRIES)
  void scoreSum(@ForAll("reports") SyntheticReport r, @ForAll @IntRange(max = 9999) int pick, @ForAll boolean up) {
    int j = pick % (r.componentNames().size() + 1);
    String key = j == r.componentNames().size() ? S_TOTAL : SyntheticReport.component(j);
    flagged(r, "score.sum", List.of(key), up, true, s -> !Oracle.scoreSum(s));
  }

  /**
   * The total moved to the middle of another band, or the grade replaced by another band's grade
   * (one that none of the values the total stands for falls in: 50分 is not clearly 较差 under
   * "50分以下为较差", since it stands for 49.5–50.5).
   */
  @Property(tries = TRIES)
  void scoreBand(@ForAll("reports") SyntheticReport r, @ForAll @IntRange(max = 9999) int pick) {
    Band stated = Oracle.bandOf(r, r.scoreGrade());
    List<Map.Entry<SyntheticReport, String>> changes = new ArrayList<>();
    for (Band other : r.bands()) {
      if (other == stated) {
        continue;
      }
      BigDecimal middle = other.min() == null ? other.max().subtract(BigDecimal.TEN) : other.min().add(other.max()).divide(BigDecimal.valueOf(2));
      W total = r.get(S_TOTAL);
      changes.add(Map.entry(r.with(S_TOTAL, total.withValue(middle.setScale(total.value().scale(), RoundingMode.HALF_UP))), S_TOTAL));
      SyntheticReport regraded = r.withGrade(other.grade());
      if (Oracle.scoreBandClearlyBroken(regraded)) {
        changes.add(Map.entry(regraded, S_GRADE));
      }
    }
    Map.Entry<SyntheticReport, String> change = changes.get(pick % changes.size());
    assertThat(Oracle.scoreBandClearlyBroken(change.getKey())).as("the grade's band holds none of the total's values").isTrue();
    Statistics.label("figure changed").collect(change.getValue());
    assertFlagged(change.getKey(), "score.band", change.getValue());
  }

  /** A closed breakdown's total or part moves either way; parts that may be a selection fail only by exceeding their total. */
  @Property(tries = TRIES)
  void breakdownSum(@ForAll("reports") SyntheticReport r, @ForAll @IntRange(max = 9999) int pick, @ForAll boolean up) {
    List<FigureSpec> totals = r.figures().stream().filter(f -> r.figures().stream().anyMatch(p -> f.key().equals(p.partOf()))).toList();
    String total = totals.get(pick % totals.size()).key();
    List<String> parts = r.figures().stream().filter(p -> total.equals(p.partOf())).map(FigureSpec::key).toList();
    List<String> involved = new ArrayList<>(parts);
    involved.add(total);
    List<String> keys = rotate(involved, pick / 10);
    boolean whole = Boolean.TRUE.equals(r.figure(total).partsClosed()) && parts.size() >= 2;
    if (whole) {
      flagged(r, "breakdown.sum", keys, up, true, s -> !Oracle.breakdown(s, total));
    } else {
      Predicate<SyntheticReport> exceeds = s -> !Oracle.breakdown(s, total);
      String key = keys.stream().filter(k -> Perturb.beyondRounding(r, k, !k.equals(total), false, exceeds).isPresent()).findFirst().orElse(total);
      flagged(r, "breakdown.sum", List.of(key), !key.equals(total), false, exceeds);
    }
  }

  /** A part, its total or its stated share moves: the share no longer is the part's of the total. */
  @Property(tries = TRIES)
  void breakdownShare(@ForAll("reportsWithShares") SyntheticReport r, @ForAll @IntRange(max = 9999) int pick, @ForAll boolean up) {
    List<String> shares = r.figures().stream().filter(f -> SyntheticReport.SHARE_LABEL.equals(f.label())).map(FigureSpec::key).toList();
    String share = shares.get(pick % shares.size());
    String part = share.replace(".share", ".part");
    List<String> keys = rotate(List.of(share, part, r.figure(part).partOf()), pick / 10);
    flagged(r, "breakdown.share", keys, up, true, s -> !Oracle.breakdownShare(s, share));
  }

  /** An amount, its change or the change's rate moves: the rate is no longer the change over what came before. */
  @Property(tries = TRIES)
  void changeRate(@ForAll("reportsWithChanges") SyntheticReport r, @ForAll @IntRange(max = 9999) int pick, @ForAll boolean up) {
    int n = (int) r.figures().stream().filter(f -> f.key().endsWith(".change")).count();
    int i = pick % n;
    List<String> keys = rotate(List.of(SyntheticReport.changeRate(i), SyntheticReport.change(i), SyntheticReport.changeAmount(i)), pick / 10);
    flagged(r, "change.rate", keys, up, true, s -> !Oracle.changeRate(s, i));
  }

  /** An amount, the base it is compared with or the change between them moves: the amount is no longer the base ∓ the change. */
  @Property(tries = TRIES)
  void changeAmount(@ForAll("reportsWithStatedBases") SyntheticReport r, @ForAll @IntRange(max = 9999) int pick, @ForAll boolean up) {
    List<Integer> stated = new ArrayList<>();
    for (int i = 0; r.has(SyntheticReport.change(i)); i++) {
      if (r.has(SyntheticReport.changeBase(i))) {
        stated.add(i);
      }
    }
    int i = stated.get(pick % stated.size());
    List<String> keys = rotate(List.of(SyntheticReport.changeAmount(i), SyntheticReport.changeBase(i), SyntheticReport.change(i)),
        pick / 10);
    flagged(r, "change.amount", keys, up, true, s -> !Oracle.changeAmount(s, i));
  }

  /** A kind of spending's budget, its spending or their rate moves: the rate is no longer the one over the other. */
  @Property(tries = TRIES)
  void spendingRate(@ForAll("reportsWithExecutions") SyntheticReport r, @ForAll @IntRange(max = 9999) int pick, @ForAll boolean up) {
    int n = (int) r.figures().stream().filter(f -> f.key().matches("e\\d+\\.rate")).count();
    int i = pick % n;
    List<String> keys = rotate(List.of(SyntheticReport.executionRate(i), SyntheticReport.executionSpent(i), SyntheticReport.executionBudget(i)),
        pick / 10);
    flagged(r, "spending.rate", keys, up, true, s -> !Oracle.spendingRate(s, i));
  }

  /** The work done, its plan or their rate moves: the rate is no longer the one over the other. */
  @Property(tries = TRIES)
  void planRate(@ForAll("reportsWithPlans") SyntheticReport r, @ForAll @IntRange(max = 9999) int pick, @ForAll boolean up) {
    int n = (int) r.figures().stream().filter(f -> f.key().matches("w\\d+\\.rate")).count();
    int i = pick % n;
    List<String> keys = rotate(List.of(SyntheticReport.planRate(i), SyntheticReport.done(i), SyntheticReport.planned(i)), pick / 10);
    flagged(r, "plan.rate", keys, up, true, s -> !Oracle.planRate(s, i));
  }

  /** A count, the part of it that passed or their rate moves: the rate is no longer the one over the other. */
  @Property(tries = TRIES)
  void countRate(@ForAll("reportsWithPasses") SyntheticReport r, @ForAll @IntRange(max = 9999) int pick, @ForAll boolean up) {
    int n = (int) r.figures().stream().filter(f -> f.key().matches("q\\d+\\.rate")).count();
    int i = pick % n;
    List<String> keys = rotate(List.of(SyntheticReport.passRate(i), SyntheticReport.passPart(i), SyntheticReport.passWhole(i)), pick / 10);
    flagged(r, "count.rate", keys, up, true, s -> !Oracle.countRate(s, i));
  }

  /** An audit's submission, approval, cut or rate moves: the cut is no longer their difference, or the rate its share. */
  @Property(tries = TRIES)
  void auditReduction(@ForAll("reportsWithAudits") SyntheticReport r, @ForAll @IntRange(max = 9999) int pick, @ForAll boolean up) {
    int n = (int) r.figures().stream().filter(f -> f.key().matches("u\\d+\\.submitted")).count();
    int i = pick % n;
    List<String> keys = new ArrayList<>();
    for (String key : List.of(SyntheticReport.auditRate(i), SyntheticReport.auditCut(i), SyntheticReport.auditApproved(i),
        SyntheticReport.auditSubmitted(i))) {
      if (r.has(key)) {
        keys.add(key);
      }
    }
    flagged(r, "audit.reduction", rotate(keys, pick / 10), up, true, s -> !Oracle.auditReduction(s, i));
  }

  /** A rate's earlier or later value or the points between them moves: the points are no longer the difference. */
  @Property(tries = TRIES)
  void pointsChange(@ForAll("reportsWithPoints") SyntheticReport r, @ForAll @IntRange(max = 9999) int pick, @ForAll boolean up) {
    int n = (int) r.figures().stream().filter(f -> f.key().matches("r\\d+\\.points")).count();
    int i = pick % n;
    List<String> keys = rotate(List.of(SyntheticReport.points(i), SyntheticReport.rateTo(i), SyntheticReport.rateFrom(i)), pick / 10);
    flagged(r, "change.points", keys, up, true, s -> !Oracle.pointsChange(s, i));
  }

  /** A listed value or the average moves: the average is no longer theirs. */
  @Property(tries = TRIES)
  void mean(@ForAll("reportsWithMeans") SyntheticReport r, @ForAll @IntRange(max = 9999) int pick, @ForAll boolean up) {
    int n = (int) r.figures().stream().filter(f -> f.key().matches("m\\d+\\.mean")).count();
    int i = pick % n;
    int values = (int) r.figures().stream().filter(f -> f.key().startsWith("m" + i + ".v")).count();
    int j = pick / 10 % (values + 1);
    String key = j == values ? SyntheticReport.mean(i) : SyntheticReport.listed(i, j);
    flagged(r, "list.mean", List.of(key), up, true, s -> !Oracle.mean(s, i));
  }

  /** The total, the amount or its share by the total's name moves: the share is no longer the one over the other. */
  @Property(tries = TRIES)
  void namedShare(@ForAll("reportsWithNamedShares") SyntheticReport r, @ForAll @IntRange(max = 9999) int pick, @ForAll boolean up) {
    int n = (int) r.figures().stream().filter(f -> f.key().matches("n\\d+\\.share")).count();
    int i = pick % n;
    List<String> keys = rotate(List.of(SyntheticReport.namedShare(i), SyntheticReport.namedAmount(i), SyntheticReport.namedTotal(i)),
        pick / 10);
    flagged(r, "share.named", keys, up, true, s -> !Oracle.namedShare(s, i));
  }

  /** A kind of spending's budget, its spending or their stated difference moves: the difference no longer holds. */
  @Property(tries = TRIES)
  void spendingDifference(@ForAll("reportsWithDifferences") SyntheticReport r, @ForAll @IntRange(max = 9999) int pick, @ForAll boolean up) {
    List<Integer> stated = r.figures().stream().filter(f -> f.key().matches("e\\d+\\.diff"))
        .map(f -> Integer.parseInt(f.key().substring(1, f.key().indexOf('.')))).toList();
    int i = stated.get(pick % stated.size());
    List<String> keys = rotate(List.of(SyntheticReport.executionDifference(i), SyntheticReport.executionSpent(i),
        SyntheticReport.executionBudget(i)), pick / 10);
    flagged(r, "balance", keys, up, true, s -> !Oracle.spendingDifference(s, i));
  }

  @Property(tries = TRIES)
  void balance(@ForAll("reports") SyntheticReport r, @ForAll @IntRange(max = 9999) int pick, @ForAll boolean up) {
    String key = List.of("bal.assets", "bal.liabilities", "bal.net").get(pick % 3);
    flagged(r, "balance", List.of(key), up, true, s -> !Oracle.balance(s, "bal.assets", "bal.liabilities", "bal.net"));
  }

  /** The actual moved to the wrong side of its target (two tries in three), or the target past the actual. */
  @Property(tries = TRIES)
  void targetMissed(@ForAll("reports") SyntheticReport r, @ForAll @IntRange(max = 9999) int pick) {
    List<FigureSpec> targets = r.figures().stream().filter(f -> "target".equals(f.role())).toList();
    FigureSpec target = targets.get(pick % targets.size());
    String actual = Oracle.actualOf(target.key());
    boolean raise = Oracle.AT_LEAST.contains(target.op()) || Oracle.MORE_THAN.contains(target.op());
    Predicate<SyntheticReport> missed = s -> Oracle.targetClearlyMissed(s, target.key(), actual);
    boolean moveActual = pick / 10 % 3 != 0 || Perturb.beyondRounding(r, target.key(), !raise, false, missed).isEmpty();
    String key = moveActual ? actual : target.key();
    flagged(r, "target.missed", List.of(key), moveActual != raise, false, missed);
  }

  private static List<String> rotate(List<String> keys, int by) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < keys.size(); k++) {
      out.add(keys.get((k + by) % keys.size()));
    }
    return out;
  }

  /** Changes the first of {@code keys} that can break the relation, and asserts the rule names it. */
  private static void flagged(SyntheticReport r, String rule, List<String> keys, boolean up, boolean mayTurn, Predicate<SyntheticReport> broken) {
    assertThat(broken.test(r)).as("the consistent report already breaks " + rule).isFalse();
    for (String key : keys) {
      Optional<SyntheticReport> changed = Perturb.beyondRounding(r, key, up, mayTurn, broken);
      if (changed.isPresent()) {
        Statistics.label("figure changed").collect(key.replaceAll("\\d+", "#"));
        assertFlagged(changed.get(), rule, key.endsWith(".group") ? key.replace(".group", ".name") : key);
        return;
      }
    }
    Assume.that(false);
  }

  private static void assertFlagged(SyntheticReport changed, String rule, String evidenceKey) {
    Renderer.Rendered rendered = Renderer.render(changed);
    Evidence evidence = rendered.of(evidenceKey);
    List<Finding> findings = Checks.run(rendered.report()).stream().filter(f -> f.rule().equals(rule)).toList();
    assertThat(findings)
        .as(rule + " must name the changed figure " + evidence.quote() + " at " + evidence.start())
        .anySatisfy(f -> {
          assertThat(f.evidence()).contains(evidence);
          assertThat(f.severity()).isEqualTo(Checks.severity(rule));
        });
  }
}
