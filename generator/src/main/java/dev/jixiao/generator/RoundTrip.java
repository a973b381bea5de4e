package dev.jixiao.generator;

import dev.jixiao.record.Finding;
import dev.jixiao.record.GradeCount;
import dev.jixiao.record.Money;
import dev.jixiao.record.Percent;
import dev.jixiao.record.PlainNumber;
import dev.jixiao.record.Project;
import dev.jixiao.record.Report;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Compares records with the ground truth of generated reports: per field, how often the record
 * has the stated value; per planted inconsistency, whether a finding of its rule was raised; and
 * which rules fired on reports with nothing planted (false alarms). Keeps one example per missed
 * field, so a person can see which style is not read.
 *
 * <p>A planted sum or grade count in a report whose stated project count was changed too is
 * <em>masked</em> when missed: total.sum does not add up a list that does not account for the
 * stated count (it cannot tell a missing project from a wrong total), and the changed grade
 * count may add up to the changed project count (grade.percent then names the figure). Masked
 * misses are counted apart, so that every other miss stands out as a defect.
 */
public final class RoundTrip {
  private final Map<String, int[]> fields = new TreeMap<>(); // field -> {matched, total}
  private final Map<String, int[]> planted = new TreeMap<>(); // rule -> {detected, planted, masked misses}
  private final Map<String, Integer> falseAlarms = new TreeMap<>();
  private final Map<String, String> examples = new TreeMap<>();
  private static final java.util.Set<String> MASKED_BY_COUNT = java.util.Set.of("total.sum", "grade.count");
  private int reports;
  private int cleanReports;

  public void add(Report r, Truth t) {
    reports++;
    field("fiscalYear", t, Objects.equals(r.fiscalYear(), t.fiscalYear()), r.fiscalYear());
    field("unit.township", t, r.unit() != null && t.unit().township().equals(r.unit().township()), r.unit() == null ? null : r.unit().township());
    field("unit.county", t, r.unit() != null && t.unit().county().equals(r.unit().county()), r.unit() == null ? null : r.unit().county());
    field("totals.projectCount", t, r.totals().projectCount() != null && r.totals().projectCount().value() == t.totals().projectCount(),
        r.totals().projectCount());
    field("totals.budget", t, money(r.totals().budget(), t.totals().budget()), r.totals().budget());
    field("totals.expenditure", t, money(r.totals().expenditure(), t.totals().expenditure()), r.totals().expenditure());
    field("totals.executionRate", t, percent(r.totals().executionRate(), t.totals().executionRate()), r.totals().executionRate());
    field("projects.count", t, r.projects().size() == t.projects().size(), r.projects().size());
    for (int i = 0; i < t.projects().size(); i++) {
      Truth.Project tp = t.projects().get(i);
      Project rp = i < r.projects().size() ? r.projects().get(i) : null;
      field("project.name", t, rp != null && tp.name().equals(rp.name()), rp == null ? null : rp.name());
      field("project.budget", t, rp != null && money(rp.budget(), tp.budget()), rp == null ? null : rp.budget());
      field("project.expenditure", t, rp != null && money(rp.expenditure(), tp.expenditure()), rp == null ? null : rp.expenditure());
      field("project.completionRate", t, rp != null && percent(rp.completionRate(), tp.completionRate()), rp == null ? null : rp.completionRate());
    }
    PlainNumber total = r.score() == null ? null : r.score().total();
    field("score.total", t, total != null && number(total.value(), t.score().total()), total);
    field("score.grade", t, r.score() != null && t.score().grade().equals(r.score().grade()), r.score() == null ? null : r.score().grade());
    for (Truth.Component c : t.score().components()) {
      boolean found = r.score() != null && r.score().components().stream()
          .anyMatch(rc -> rc.name().contains(c.name()) && number(rc.score().value(), c.score()));
      field("score.component", t, found, r.score() == null ? null : r.score().components());
    }
    for (Truth.GradeCount g : t.gradeDistribution()) {
      boolean found = r.gradeDistribution().stream().anyMatch(rg -> g.grade().equals(rg.grade()) && rg.count() != null
          && rg.count().value() == g.count());
      field("grade.count", t, found, r.gradeDistribution().stream().map(GradeCount::grade).toList());
    }
    List<String> rules = r.findings().stream().map(Finding::rule).toList();
    boolean countChanged = t.planted().stream().anyMatch(p -> p.rule().equals("total.count"));
    for (Truth.Planted p : t.planted()) {
      int[] c = planted.computeIfAbsent(p.rule(), k -> new int[3]);
      c[1]++;
      if (rules.contains(p.rule())) {
        c[0]++;
      } else if (countChanged && MASKED_BY_COUNT.contains(p.rule())) {
        c[2]++;
        examples.putIfAbsent("masked " + p.rule(), t.file() + ": " + p.detail());
      } else {
        examples.putIfAbsent("missed " + p.rule(), t.file() + ": " + p.detail());
      }
    }
    if (t.planted().isEmpty()) {
      cleanReports++;
      for (Finding f : r.findings()) {
        falseAlarms.merge(f.rule() + "/" + f.severity().id(), 1, Integer::sum);
        examples.putIfAbsent("false alarm " + f.rule(), t.file() + ": " + f.message());
      }
    }
  }

  private void field(String name, Truth t, boolean ok, Object got) {
    int[] c = fields.computeIfAbsent(name, k -> new int[2]);
    c[1]++;
    if (ok) {
      c[0]++;
    } else {
      examples.putIfAbsent("field " + name + " (" + t.format() + "/" + t.style() + ")", t.file() + ": got " + got);
    }
  }

  private static boolean money(Money m, Truth.Amount a) {
    return m != null && m.yuan().compareTo(new BigDecimal(a.yuan())) == 0;
  }

  private static boolean percent(Percent p, String value) {
    return p != null && p.value().compareTo(new BigDecimal(value)) == 0;
  }

  private static boolean number(BigDecimal v, String value) {
    return v != null && v.compareTo(new BigDecimal(value)) == 0;
  }

  /** Matched ÷ total over every field. */
  public double fieldAccuracy() {
    long ok = 0, all = 0;
    for (int[] c : fields.values()) {
      ok += c[0];
      all += c[1];
    }
    return all == 0 ? 1 : (double) ok / all;
  }

  public double fieldAccuracy(String field) {
    int[] c = fields.get(field);
    return c == null || c[1] == 0 ? 1 : (double) c[0] / c[1];
  }

  /** Detected ÷ planted over every planted inconsistency. */
  public double detectionRate() {
    long[] t = plantedTotals();
    return t[1] == 0 ? 1 : (double) t[0] / t[1];
  }

  /** Detected ÷ planted, leaving out the masked misses (see the class comment). */
  public double unmaskedDetectionRate() {
    long[] t = plantedTotals();
    return t[1] - t[2] == 0 ? 1 : (double) t[0] / (t[1] - t[2]);
  }

  /** Masked misses ÷ planted. */
  public double maskedShare() {
    long[] t = plantedTotals();
    return t[1] == 0 ? 0 : (double) t[2] / t[1];
  }

  /** Detected, planted and masked, over every rule. */
  private long[] plantedTotals() {
    long[] t = new long[3];
    for (int[] c : planted.values()) {
      for (int i = 0; i < 3; i++) {
        t[i] += c[i];
      }
    }
    return t;
  }

  public String report() {
    StringBuilder b = new StringBuilder();
    b.append(String.format("round trip over %d reports: field accuracy %.2f%%, planted-error detection %.2f%% "
        + "(%.2f%% of those not masked by a changed project count)%n", reports, 100 * fieldAccuracy(), 100 * detectionRate(),
        100 * unmaskedDetectionRate()));
    fields.forEach((k, c) -> b.append(String.format("  field %-24s %6d / %-6d %7.2f%%%n", k, c[0], c[1], 100.0 * c[0] / c[1])));
    planted.forEach((k, c) -> b.append(String.format("  planted %-22s %6d / %-6d %7.2f%% detected%s%n", k, c[0], c[1],
        100.0 * c[0] / c[1], c[2] == 0 ? "" : String.format(" (%d masked: the project count was changed too)", c[2]))));
    b.append(String.format("  findings on the %d reports with nothing planted: %s%n", cleanReports, falseAlarms.isEmpty() ? "none" : falseAlarms));
    List<String> ex = new ArrayList<>();
    examples.forEach((k, v) -> ex.add("  e.g. " + k + " — " + v));
    ex.stream().limit(40).forEach(l -> b.append(l).append('\n'));
    return b.toString();
  }
}
