package dev.jixiao.check.mutation;

import dev.jixiao.pipeline.Pipeline;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Mutates one sample's text at every figure a rule uses and re-runs extract + check on each
 * mutated text. For each rule that uses the figure it records whether the mutation breaks one of
 * that rule's relations beyond rounding (it held before and fails now, by {@link Relations}) and
 * whether the rule caught it: a new error or warning of that rule whose evidence overlaps the
 * mutated span (in the mutated text, where the span may have changed length).
 */
final class MutationRun {
  private MutationRun() {}

  /** What one mutation did, per rule that uses the mutated figure. */
  record Outcome(String sample, Mutation mutation, Map<String, Verdict> byRule) {}

  /** {@code broken}: the relations of the rule the mutation breaks; {@code caught}: the rule's new findings naming the span. */
  record Verdict(List<String> broken, List<Finding> caught, List<Finding> ruleFindings, List<Finding> caughtByOthers) {
    boolean breaking() {
      return !broken.isEmpty();
    }

    boolean isCaught() {
      return !caught.isEmpty();
    }
  }

  record Result(String sample, Report original, List<Relation> relations, List<Outcome> outcomes) {}

  /** Changes the file's bytes as a mutation changes the text read from them, or null where it cannot be placed in them. */
  interface Placement {
    byte[] place(Mutation m, String text);
  }

  /** A text read as itself (a .txt file): the mutated text is the file. */
  static Result run(Pipeline pipeline, String sample, String fileName, String text) {
    return run(pipeline, sample, fileName, text.getBytes(StandardCharsets.UTF_8), (m, read) -> m.apply(read).getBytes(StandardCharsets.UTF_8));
  }

  static Result run(Pipeline pipeline, String sample, String fileName, byte[] bytes, Placement placement) {
    return run(pipeline, sample, fileName, bytes, placement, Relations::of);
  }

  /** As above, with the relations to break found by {@code relationsOf} rather than read as the rules read them. */
  static Result run(Pipeline pipeline, String sample, String fileName, byte[] bytes, Placement placement,
      Function<Report, List<Relation>> relationsOf) {
    Report original = pipeline.process(fileName, bytes);
    String text = original.text();
    List<Relation> relations = relationsOf.apply(original);
    Set<String> before = new LinkedHashSet<>();
    original.findings().forEach(f -> before.add(key(f)));

    Map<Long, Relation.Use> spans = new LinkedHashMap<>();
    relations.stream().flatMap(r -> r.uses().stream())
        .sorted((a, b) -> Integer.compare(a.evidence().start(), b.evidence().start()))
        .forEach(u -> spans.putIfAbsent(((long) u.evidence().start() << 32) | u.evidence().end(), u));

    List<Outcome> outcomes = new ArrayList<>();
    for (Relation.Use use : spans.values()) {
      List<Relation> using = relations.stream().filter(r -> r.uses(use.evidence())).toList();
      for (Mutation m : Mutation.of(use.evidence(), use.kind())) {
        byte[] placed = placement.place(m, text);
        if (placed == null) {
          continue;
        }
        Values changed = Values.changed(m.at(), m.value(), m.unit());
        Report mutated = pipeline.process(fileName, placed);
        Map<String, Verdict> byRule = new LinkedHashMap<>();
        for (String rule : using.stream().map(Relation::rule).distinct().toList()) {
          List<String> broken = using.stream()
              .filter(r -> r.rule().equals(rule) && r.holds().test(Values.ORIGINAL) && !r.holds().test(changed))
              .map(Relation::about)
              .toList();
          List<Finding> ruleFindings = mutated.findings().stream().filter(f -> f.rule().equals(rule)).toList();
          List<Finding> caught = ruleFindings.stream()
              .filter(f -> f.severity() != Severity.INFO && !before.contains(key(f)) && f.evidence().stream().anyMatch(m::overlaps))
              .toList();
          List<Finding> others = mutated.findings().stream()
              .filter(f -> !f.rule().equals(rule) && f.severity() != Severity.INFO && !before.contains(key(f))
                  && f.evidence().stream().anyMatch(m::overlaps))
              .toList();
          byRule.put(rule, new Verdict(broken, caught, ruleFindings, others));
        }
        outcomes.add(new Outcome(sample, m, byRule));
      }
    }
    return new Result(sample, original, relations, outcomes);
  }

  private static String key(Finding f) {
    return f.rule() + "|" + f.severity() + "|" + f.subject() + "|" + f.stated() + "|" + f.expected();
  }
}
