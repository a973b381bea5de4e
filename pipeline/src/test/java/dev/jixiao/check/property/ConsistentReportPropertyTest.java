package dev.jixiao.check.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.record.Finding;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Property 1 of the cross-check issue: reports whose figures are consistent, rounded the way
 * reports round them, give no error finding and no finding at all from the rules whose relations
 * they state. Every generated report states all eleven relations, so each try exercises every
 * rule.
 */
class ConsistentReportPropertyTest {

  @Provide
  Arbitrary<SyntheticReport> reports() {
    return ConsistentReports.reports();
  }

  @Property(tries = 2000)
  void consistentReportsRaiseNothing(@ForAll("reports") SyntheticReport r) {
    Map<String, Boolean> relations = Oracle.relations(r);
    assertThat(relations).as("the generator's own promise, by the test's interval arithmetic").doesNotContainValue(false);

    Report report = Renderer.render(r).report();
    List<Finding> findings = Checks.run(report);

    assertThat(findings)
        .as("errors, and any finding of the rules these reports exercise")
        .filteredOn(f -> f.severity() == Severity.ERROR || Checks.COVERED.contains(f.rule()))
        .isEmpty();

    Statistics.label("project rate decimals").collect(r.get(SyntheticReport.rate(0)).decimals());
    Statistics.label("project budget unit").collect(r.get(SyntheticReport.budget(0)).unit() + " " + r.get(SyntheticReport.budget(0)).decimals());
    Statistics.label("grade percents stated").collect(r.has(SyntheticReport.gradePercent(0)));
    Statistics.label("other rules' findings").collect(findings.stream().map(Finding::rule).distinct().sorted().toList());
  }
}
