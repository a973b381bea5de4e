package dev.jixiao.check.mutation;

import dev.jixiao.record.Evidence;
import java.util.List;
import java.util.function.Predicate;

/**
 * One relation a record states and a rule checks: which rule, what it is about, the figures it
 * uses (their evidence and kind), and whether it holds under the spec's rounding rule for given
 * values of those figures.
 */
record Relation(String rule, String about, List<Use> uses, Predicate<Values> holds) {

  /** A figure a relation uses: where it was read and what kind of quantity it is. */
  record Use(Evidence evidence, String kind) {}

  boolean uses(Evidence e) {
    return uses.stream().anyMatch(u -> u.evidence().start() == e.start() && u.evidence().end() == e.end());
  }
}
