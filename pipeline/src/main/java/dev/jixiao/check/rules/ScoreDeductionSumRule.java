package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Evidence;
import dev.jixiao.record.Finding;
import dev.jixiao.record.PlainNumber;
import dev.jixiao.record.Report;
import dev.jixiao.record.Score;
import dev.jixiao.record.ScoreDeduction;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A 扣分说明 against its own sums: a part's deduction against what it lists (过程指标扣3分，其中…扣1分、…扣2分), and the
 * points it says were lost in all (合计扣12分) against its deductions. What the deductions owe the score itself is
 * {@link ScoreDeductionRule}'s.
 */
@RuleInfo(
    id = "score.deduction.sum",
    severity = Severity.ERROR,
    zh = "扣分说明中各项扣分之和与所述合计不符",
    en = "the deductions a 扣分说明 lists against the sums it states")
public final class ScoreDeductionSumRule implements Rule {

  @Override
  public List<Finding> check(Report report) {
    Score s = report.score();
    if (s == null || s.deductions().isEmpty()) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    for (ScoreDeduction d : s.deductions()) {
      if (d.points() == null || d.parts().isEmpty()) {
        continue;
      }
      BigDecimal sum = Deducted.sum(d.parts());
      if (Deducted.same(sum, d.points().value())) {
        continue;
      }
      String name = d.name() == null ? "一项" : "“" + d.name() + "”";
      out.add(FindingBuilder.of(this)
          .subject(d.name() == null ? "扣分" : d.name())
          .message("扣分说明中" + name + "扣" + d.points().text() + "，其所列各项扣分合计" + Points.of(sum) + "。",
              "The 扣分说明 takes " + d.points().text() + " off " + (d.name() == null ? "a part" : d.name())
                  + ", but what it lists adds up to " + Points.of(sum) + ".")
          .stated(d.points().text())
          .expected(Points.of(sum))
          .evidence(d.points().evidence())
          .evidence(d.parts().stream().map(PlainNumber::evidence).toList())
          .build());
    }
    PlainNumber inAll = s.deducted();
    if (inAll != null) {
      BigDecimal exact = BigDecimal.ZERO;
      List<Evidence> evidence = new ArrayList<>();
      for (ScoreDeduction d : s.deductions()) {
        exact = exact.add(Deducted.points(d));
        if (d.points() != null) {
          evidence.add(d.points().evidence());
        } else {
          d.parts().forEach(p -> evidence.add(p.evidence()));
        }
      }
      if (!Deducted.same(exact, inAll.value())) {
        out.add(FindingBuilder.of(this)
            .subject("扣分合计")
            .message("扣分说明所列各项扣分合计" + Points.of(exact) + "，与所述合计扣" + inAll.text() + "不符。",
                "The deductions listed add up to " + Points.of(exact) + ", not the " + inAll.text() + " stated in all.")
            .stated(inAll.text())
            .expected(Points.of(exact))
            .evidence(inAll.evidence())
            .evidence(evidence)
            .build());
      }
    }
    return out;
  }
}
