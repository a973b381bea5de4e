package dev.jixiao.check.property;

import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleCatalog;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Runs the catalogue's rules one by one, so that a rule that throws fails the property instead of being skipped. */
final class Checks {
  private static final List<Rule> RULES = RuleCatalog.standard().rules();

  /** The rules whose relations the synthetic reports state. */
  static final Set<String> COVERED = Set.of("project.rate", "total.rate", "total.sum", "total.count", "grade.count", "grade.percent",
      "score.sum", "score.band", "breakdown.sum", "breakdown.share", "change.rate", "change.amount",
      "change.points", "list.mean", "share.named",
      "spending.rate", "plan.rate", "count.rate", "balance", "target.missed",
      "audit.reduction");

  private Checks() {}

  static List<Finding> run(Report report) {
    List<Finding> out = new ArrayList<>();
    for (Rule rule : RULES) {
      out.addAll(rule.check(report));
    }
    return out;
  }

  static Severity severity(String ruleId) {
    return RULES.stream().filter(r -> r.info().id().equals(ruleId)).findFirst().orElseThrow().info().severity();
  }
}
