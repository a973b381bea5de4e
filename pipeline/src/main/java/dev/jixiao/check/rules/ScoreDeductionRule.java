package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Evidence;
import dev.jixiao.record.Finding;
import dev.jixiao.record.PlainNumber;
import dev.jixiao.record.Report;
import dev.jixiao.record.Score;
import dev.jixiao.record.ScoreComponent;
import dev.jixiao.record.ScoreDeduction;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a 扣分说明 says the score lost against the points it did lose: a part's deduction against its weight less its score
 * (决策指标20分，得18分 … 决策指标扣2分), and the deductions in all against the full mark less the total (100 − 88 = 12 for
 * 合计扣12分). The full mark is what the parts' weights add up to where each states one, else 100. A passage without a total
 * may name only some of what was lost (主要扣分原因), so its deductions are held only to not exceeding it; a score above the
 * full mark (加分) is not checked in all.
 */
@RuleInfo(
    id = "score.deduction",
    severity = Severity.ERROR,
    zh = "扣分与分值、得分不符",
    en = "the points a 扣分说明 deducts against the weights and scores they were lost from")
public final class ScoreDeductionRule implements Rule {
  private static final BigDecimal FULL_MARK = BigDecimal.valueOf(100);

  @Override
  public List<Finding> check(Report report) {
    Score s = report.score();
    if (s == null || s.total() == null || s.deductions().isEmpty()) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    for (ScoreDeduction d : s.deductions()) {
      ScoreComponent c = partOf(s, d);
      if (c != null) {
        checkPart(d, c, out);
      }
    }
    checkInAll(s, out);
    return out;
  }

  /** The part of the score a deduction names, where the score states its weight. */
  private static ScoreComponent partOf(Score s, ScoreDeduction d) {
    String key = ScoreDeduction.partKey(d.name());
    if (key.isEmpty()) {
      return null;
    }
    List<ScoreComponent> named = s.components().stream()
        .filter(c -> c.weight() != null && ScoreDeduction.partKey(c.name()).equals(key)).toList();
    return named.size() == 1 ? named.get(0) : null;
  }

  private void checkPart(ScoreDeduction d, ScoreComponent c, List<Finding> out) {
    BigDecimal lost = c.weight().value().subtract(c.score().value());
    BigDecimal deducted = Deducted.points(d);
    if (Deducted.same(lost, deducted)) {
      return;
    }
    String stated = Points.of(deducted);
    out.add(FindingBuilder.of(this)
        .subject(c.name())
        .message("扣分说明中“" + d.name() + "”扣" + stated + "，而“" + c.name() + "”分值" + Points.of(c.weight()) + "、得分"
                + Points.of(c.score()) + "，失分" + Points.of(lost) + "。",
            "The 扣分说明 takes " + stated + " off " + d.name() + ", but " + c.name() + " scores " + c.score().text()
                + " of " + c.weight().text() + ", " + Points.of(lost) + " lost.")
        .stated(stated)
        .expected(Points.of(lost))
        .evidence(Deducted.figures(List.of(d)).stream().map(PlainNumber::evidence).toList())
        .evidence(c.weight().evidence(), c.score().evidence())
        .build());
  }

  private void checkInAll(Score s, List<Finding> out) {
    boolean weighed = !s.components().isEmpty() && s.components().stream().allMatch(c -> c.weight() != null);
    BigDecimal fullMark = weighed
        ? s.components().stream().map(c -> c.weight().value()).reduce(BigDecimal.ZERO, BigDecimal::add)
        : FULL_MARK;
    if (s.total().value().compareTo(fullMark) > 0) {
      return;
    }
    BigDecimal lost = fullMark.subtract(s.total().value());
    PlainNumber inAll = s.deducted();
    BigDecimal deducted;
    List<Evidence> evidence = new ArrayList<>();
    if (inAll != null) {
      deducted = inAll.value();
      evidence.add(inAll.evidence());
    } else {
      deducted = s.deductions().stream().map(Deducted::points).reduce(BigDecimal.ZERO, BigDecimal::add);
      Deducted.figures(s.deductions()).forEach(f -> evidence.add(f.evidence()));
      // deductions that name only some of what was lost fall short of it; only more than was lost contradicts the score
      if (deducted.compareTo(lost) <= 0) {
        return;
      }
    }
    if (Deducted.same(deducted, lost)) {
      return;
    }
    String mark = Points.of(fullMark);
    out.add(FindingBuilder.of(this)
        .subject("扣分合计")
        .message("扣分说明" + (inAll != null ? "合计扣" : "所列各项共扣") + Points.of(deducted) + "，而自评得分" + Points.of(s.total())
                + "，满分" + mark + "，失分" + Points.of(lost) + "。",
            "The 扣分说明 deducts " + Points.of(deducted) + " in all, but the score of " + s.total().text() + " out of " + mark
                + " lost " + Points.of(lost) + ".")
        .stated(Points.of(deducted))
        .expected(Points.of(lost))
        .evidence(evidence)
        .evidence(s.total().evidence())
        .build());
  }
}
