package dev.jixiao.check.mutation;

import dev.jixiao.record.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The detection table of a mutation run, per rule and per sample, with every miss spelled out. */
final class MutationReport {
  private static final List<String> ORDER = List.of("project.rate", "total.rate", "total.share", "total.sum", "total.count",
      "grade.count", "grade.percent", "score.sum", "score.band", "breakdown.sum", "balance", "target.missed");

  private final List<MutationRun.Result> results;

  MutationReport(List<MutationRun.Result> results) {
    this.results = List.copyOf(results);
  }

  /** Mutations, breaking ones, caught breaking ones, and non-breaking ones flagged anyway. */
  record Row(int mutations, int breaking, int caught, int flaggedNotBreaking) {
    Row plus(MutationRun.Verdict v) {
      return new Row(mutations + 1, breaking + (v.breaking() ? 1 : 0), caught + (v.breaking() && v.isCaught() ? 1 : 0),
          flaggedNotBreaking + (!v.breaking() && v.isCaught() ? 1 : 0));
    }

    String rate() {
      return breaking == 0 ? "–" : String.format("%.1f%%", 100.0 * caught / breaking);
    }

    String cells() {
      return mutations + " | " + breaking + " | " + caught + " | " + rate() + " | " + flaggedNotBreaking;
    }
  }

  Map<String, Row> byRule(Predicate<MutationRun.Outcome> which) {
    Map<String, Row> rows = new LinkedHashMap<>();
    ORDER.forEach(r -> rows.put(r, new Row(0, 0, 0, 0)));
    for (MutationRun.Result result : results) {
      for (MutationRun.Outcome o : result.outcomes()) {
        if (which.test(o)) {
          o.byRule().forEach((rule, v) -> rows.merge(rule, new Row(0, 0, 0, 0).plus(v), (a, b) -> new Row(a.mutations + b.mutations,
              a.breaking + b.breaking, a.caught + b.caught, a.flaggedNotBreaking + b.flaggedNotBreaking)));
        }
      }
    }
    return rows;
  }

  /** Every breaking mutation no finding of the broken rule names, spelled out. */
  List<String> misses() {
    List<String> out = new ArrayList<>();
    eachMiss((result, o, rule, v) -> out.add(result.sample() + ": " + o.mutation() + " breaks " + rule + " " + v.broken()
        + "; the rule's findings: " + v.ruleFindings().stream().map(MutationReport::brief).toList()));
    return out;
  }

  /** Every breaking mutation no finding of the broken rule names, as "sample quote@offset → replacement rule". */
  List<String> missKeys() {
    List<String> out = new ArrayList<>();
    eachMiss((result, o, rule, v) -> out.add(result.sample() + " " + o.mutation().at().quote() + "@" + o.mutation().start() + " → "
        + o.mutation().replacement() + " " + rule));
    return out;
  }

  private interface MissVisitor {
    void visit(MutationRun.Result result, MutationRun.Outcome o, String rule, MutationRun.Verdict v);
  }

  private void eachMiss(MissVisitor visitor) {
    for (MutationRun.Result result : results) {
      for (MutationRun.Outcome o : result.outcomes()) {
        o.byRule().forEach((rule, v) -> {
          if (v.breaking() && !v.isCaught()) {
            visitor.visit(result, o, rule, v);
          }
        });
      }
    }
  }

  private static String brief(Finding f) {
    return f.severity().id() + " " + f.subject() + " stated " + f.stated() + " expected " + f.expected();
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    int runs = results.stream().mapToInt(r -> r.outcomes().size()).sum();
    md.append("# Mutation test over the five text samples\n\n");
    md.append("Each figure a rule uses is changed in the extracted text (leading digit ±1, last digit ±1, money 万元↔元, a count +1 and +2), ")
        .append("and extract + check run again: ").append(runs).append(" mutated texts. A mutation is *breaking* for a rule when one of the ")
        .append("rule's relations held before and fails after it under the rounding rule; it is *caught* when the rule gives a new error ")
        .append("or warning whose evidence overlaps the mutated span. A mutation counts once for every rule that uses the figure.\n\n");
    md.append("## Detection rate per rule\n\n");
    md.append("| rule | mutations | breaking | caught | detection rate | flagged, not breaking |\n|---|---:|---:|---:|---:|---:|\n");
    Row total = new Row(0, 0, 0, 0);
    for (Map.Entry<String, Row> e : byRule(o -> true).entrySet()) {
      Row r = e.getValue();
      md.append("| ").append(e.getKey()).append(" | ").append(r.cells()).append(" |\n");
      total = new Row(total.mutations + r.mutations, total.breaking + r.breaking, total.caught + r.caught,
          total.flaggedNotBreaking + r.flaggedNotBreaking);
    }
    md.append("| **all** | ").append(total.cells()).append(" |\n\n");

    md.append("## Per sample\n\n| sample | rule | mutations | breaking | caught | detection rate | flagged, not breaking |\n")
        .append("|---|---|---:|---:|---:|---:|---:|\n");
    for (MutationRun.Result result : results) {
      byRule(o -> o.sample().equals(result.sample())).forEach((rule, r) -> {
        if (r.mutations > 0) {
          md.append("| ").append(result.sample()).append(" | ").append(rule).append(" | ").append(r.cells()).append(" |\n");
        }
      });
    }

    md.append("\n## Relations that already fail in the samples (their mutations are counted, not asserted)\n\n");
    for (MutationRun.Result result : results) {
      result.relations().stream().filter(r -> !r.holds().test(Values.ORIGINAL))
          .forEach(r -> md.append("- ").append(result.sample()).append(": ").append(r.rule()).append(" ").append(r.about()).append('\n'));
    }

    List<String> misses = misses();
    md.append("\n## Breaking mutations not caught: ").append(misses.size()).append("\n\n");
    md.append("A finding of the rule may exist, but none names the mutated figure in its evidence.\n\n");
    misses.forEach(m -> md.append("- ").append(m).append('\n'));

    md.append("\n## Flagged although not breaking\n\n");
    md.append("The rule gave a new error or warning naming the span, but no relation of the rule went from holding to failing under the ")
        .append("rounding rule. Where a relation using the figure failed already, the mutations are only counted here; any other is ")
        .append("listed (the rule is stricter than the rounding rule there).\n\n");
    for (MutationRun.Result result : results) {
      Map<String, Integer> already = new LinkedHashMap<>();
      for (MutationRun.Outcome o : result.outcomes()) {
        o.byRule().forEach((rule, v) -> {
          if (v.breaking() || !v.isCaught()) {
            return;
          }
          List<String> failing = result.relations().stream()
              .filter(r -> r.rule().equals(rule) && r.uses(o.mutation().at()) && !r.holds().test(Values.ORIGINAL))
              .map(Relation::about).toList();
          boolean paired = rule.equals("breakdown.sum") && v.caught().stream().anyMatch(f -> result.original().findings().stream()
              .anyMatch(g -> g.rule().equals(rule) && g.subject().equals(f.subject())));
          if (!failing.isEmpty() || paired) {
            already.merge(rule + " " + (failing.isEmpty() ? v.caught().get(0).subject() : failing), 1, Integer::sum);
          } else {
            md.append("- ").append(result.sample()).append(": ").append(o.mutation()).append(" → ").append(rule).append(": ")
                .append(v.caught().stream().map(MutationReport::brief).toList()).append('\n');
          }
        });
      }
      already.forEach((what, n) -> md.append("- ").append(result.sample()).append(": ").append(n).append(" mutations of figures in ")
          .append(what).append(", which the sample already fails\n"));
    }
    return md.toString();
  }
}
