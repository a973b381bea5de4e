package dev.jixiao.check.mutation;

import dev.jixiao.record.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The detection table of a mutation run, per rule and per sample, with every miss spelled out. */
final class MutationReport {
  private static final List<String> ORDER = List.of("project.rate", "total.rate", "total.share", "total.sum", "total.count",
      "grade.count", "grade.percent", "score.sum", "score.band", "breakdown.sum", "balance", "target.missed", ArithmeticInText.SUM,
      ArithmeticInText.SHARE, ArithmeticInText.PRODUCT);

  private final String title;
  private final List<MutationRun.Result> results;

  MutationReport(String title, List<MutationRun.Result> results) {
    this.title = title;
    this.results = List.copyOf(results);
  }

  /**
   * Mutations, breaking ones, those the broken rule caught, those only another rule's finding names (a restatement of the
   * figure, a share of it), and non-breaking ones flagged anyway.
   */
  record Row(int mutations, int breaking, int caught, int caughtByOthers, int flaggedNotBreaking) {
    static final Row ZERO = new Row(0, 0, 0, 0, 0);

    Row plus(MutationRun.Verdict v) {
      boolean byOthers = v.breaking() && !v.isCaught() && !v.caughtByOthers().isEmpty();
      return plus(new Row(1, v.breaking() ? 1 : 0, v.breaking() && v.isCaught() ? 1 : 0, byOthers ? 1 : 0,
          !v.breaking() && v.isCaught() ? 1 : 0));
    }

    Row plus(Row o) {
      return new Row(mutations + o.mutations, breaking + o.breaking, caught + o.caught, caughtByOthers + o.caughtByOthers,
          flaggedNotBreaking + o.flaggedNotBreaking);
    }

    String rate() {
      return breaking == 0 ? "–" : String.format("%.1f%%", 100.0 * caught / breaking);
    }

    String anyRate() {
      return breaking == 0 ? "–" : String.format("%.1f%%", 100.0 * (caught + caughtByOthers) / breaking);
    }

    String cells() {
      return mutations + " | " + breaking + " | " + caught + " | " + rate() + " | " + caughtByOthers + " | " + anyRate() + " | "
          + flaggedNotBreaking;
    }
  }

  Map<String, Row> byRule(Predicate<MutationRun.Outcome> which) {
    Map<String, Row> rows = new LinkedHashMap<>();
    ORDER.forEach(r -> rows.put(r, Row.ZERO));
    for (MutationRun.Result result : results) {
      for (MutationRun.Outcome o : result.outcomes()) {
        if (which.test(o)) {
          o.byRule().forEach((rule, v) -> rows.merge(rule, Row.ZERO.plus(v), Row::plus));
        }
      }
    }
    return rows;
  }

  /** Every breaking mutation no finding of the broken rule names, spelled out. */
  List<String> misses() {
    List<String> out = new ArrayList<>();
    eachMiss((result, o, rule, v) -> out.add(result.sample() + ": " + o.mutation() + " breaks " + rule + " " + v.broken()
        + "; the rule's findings: " + v.ruleFindings().stream().map(MutationReport::brief).toList()
        + (v.caughtByOthers().isEmpty() ? "; named by no other rule" : "; named by other rules: " + v.caughtByOthers().stream().map(f -> f.rule() + " " + brief(f)).toList())));
    return out;
  }

  /** Every breaking mutation no finding of the broken rule names, as "sample quote@offset → replacement rule". */
  List<String> missKeys() {
    List<String> out = new ArrayList<>();
    eachMiss((result, o, rule, v) -> out.add(key(result, o, rule)));
    return out;
  }

  /** Every breaking mutation of a relation of {@code rules} that no finding of any rule names, as {@link #missKeys} writes them. */
  List<String> silentMissKeys(Predicate<String> rules) {
    List<String> out = new ArrayList<>();
    eachMiss((result, o, rule, v) -> {
      if (rules.test(rule) && v.caughtByOthers().isEmpty()) {
        out.add(key(result, o, rule));
      }
    });
    return out;
  }

  /** The figures of {@link #silentMissKeys}, each once per rule: "sample quote@offset rule". */
  List<String> silentFigures(Predicate<String> rules) {
    Set<String> out = new LinkedHashSet<>();
    eachMiss((result, o, rule, v) -> {
      if (rules.test(rule) && v.caughtByOthers().isEmpty()) {
        out.add(result.sample() + " " + o.mutation().at().quote() + "@" + o.mutation().start() + " " + rule);
      }
    });
    return List.copyOf(out);
  }

  private static String key(MutationRun.Result result, MutationRun.Outcome o, String rule) {
    return result.sample() + " " + o.mutation().at().quote() + "@" + o.mutation().start() + " → " + o.mutation().replacement() + " " + rule;
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
    md.append("# ").append(title).append("\n\n");
    md.append("Each figure a rule uses is changed in the extracted text (leading digit ±1, last digit ±1, money 万元↔元, a count +1 and +2), ")
        .append("and extract + check run again: ").append(runs).append(" mutated texts. A mutation is *breaking* for a rule when one of the ")
        .append("rule's relations held before and fails after it under the rounding rule; it is *caught* when the rule gives a new error ")
        .append("or warning whose evidence overlaps the mutated span. A mutation counts once for every rule that uses the figure.\n\n")
        .append("Rows text.sum, text.share and text.product are no rule's: they are arithmetic found in a paragraph by the figures' ")
        .append("values alone (an amount the sum of two or three others, a percentage one amount of another, an amount another times ")
        .append("a count), where no relation a rule reads holds the same figures; no rule catches them as its own, so only the column ")
        .append("*by any rule* counts. Most are stated relations (35 of 40 read by hand), some hold by chance.\n\n");
    md.append("## Detection rate per rule\n\n");
    md.append("| rule | mutations | breaking | caught | detection rate | named by another rule only | by any rule | flagged, not breaking |\n"
        + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
    Row total = Row.ZERO;
    Row found = Row.ZERO;
    for (Map.Entry<String, Row> e : byRule(o -> true).entrySet()) {
      Row r = e.getValue();
      if (r.mutations == 0) {
        continue;
      }
      md.append("| ").append(e.getKey()).append(" | ").append(r.cells()).append(" |\n");
      if (e.getKey().startsWith("text.")) {
        found = found.plus(r);
      } else {
        total = total.plus(r);
      }
    }
    md.append("| **all relations the rules read** | ").append(total.cells()).append(" |\n");
    if (found.mutations > 0) {
      md.append("| **all arithmetic found in the text** | ").append(found.cells()).append(" |\n");
    }
    md.append('\n');

    md.append("## Per sample\n\n| sample | rule | mutations | breaking | caught | detection rate | named by another rule only | by any rule "
        + "| flagged, not breaking |\n").append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
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
