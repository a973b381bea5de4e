package dev.jixiao.check.rules;

import dev.jixiao.check.Figures;
import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Evidence;
import dev.jixiao.record.Finding;
import dev.jixiao.record.PlainNumber;
import dev.jixiao.record.Report;
import dev.jixiao.record.ScoreComponent;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The weights of a score's parts against the full mark: a 绩效自评 is scored out of 100, so when every part states the
 * most it can score (项目决策15分，得分14分；项目过程25分…) and their scores make up the total, the weights add up to
 * 100. A weight written wrong (项目过程27分 for 25) leaves the scores and the sum right and shows only here. A warning,
 * not an error: a template may score out of another mark, or add points beyond it (加分项). Only weights a sentence states
 * (with their 分) are held to it: a form's weights are bare cells, and no form in the samples gives every row its weight
 * (the test forms' random weights keep to no mark), so forms are left alone until real ones show the rule holds there.
 */
@RuleInfo(
    id = "score.fullmark",
    severity = Severity.WARNING,
    zh = "各部分分值合计不是满分100分",
    en = "the weights of a score's parts do not add up to the full mark of 100")
public final class ScoreFullMarkRule implements Rule {
  private static final BigDecimal FULL_MARK = BigDecimal.valueOf(100);

  @Override
  public List<Finding> check(Report report) {
    return ProjectScores.findInEach(report, this::check);
  }

  private void check(ProjectScores.Parts parts, List<Finding> out) {
    PlainNumber total = parts.total();
    List<ScoreComponent> cs = parts.components();
    if (total == null || cs.size() < 2 || cs.stream().anyMatch(c -> c.weight() == null || !c.weight().text().endsWith("分"))
        || total.value().compareTo(FULL_MARK) > 0) {
      return;
    }
    BigDecimal weights = BigDecimal.ZERO;
    Interval scores = Interval.exact(BigDecimal.ZERO);
    List<Evidence> evidence = new ArrayList<>();
    for (ScoreComponent c : cs) {
      weights = weights.add(c.weight().value());
      scores = scores.plus(Figures.of(c.score()));
      if (c.weight().evidence() != null) {
        evidence.add(c.weight().evidence());
      }
    }
    // parts whose scores fall short of the total are not all the parts: their weights need not make up the mark
    if (weights.compareTo(FULL_MARK) == 0 || !scores.intersects(Figures.of(total))) {
      return;
    }
    String sum = weights.stripTrailingZeros().toPlainString();
    out.add(FindingBuilder.of(this)
        .subject(parts.project() == null ? "分值" : parts.project())
        .message(parts.zh() + "各部分分值合计" + sum + "分，不是满分100分（各部分得分合计与总分" + total.text() + "相符）。",
            parts.en() + "the parts' weights add up to " + sum + ", not the full mark of 100 (their scores do make up the total "
                + total.text() + ").")
        .stated(sum + "分")
        .expected("100分")
        .evidence(evidence)
        .build());
  }
}
