package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Report;
import dev.jixiao.record.Score;
import dev.jixiao.record.ScoreComponent;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.List;

@RuleInfo(
    id = "score.sum",
    severity = Severity.ERROR,
    zh = "各项得分之和与总分不符",
    en = "score components against the total score")
public final class ScoreSumRule implements Rule {

  @Override
  public List<Finding> check(Report report) {
    Score s = report.score();
    if (s == null || s.total() == null || s.components().size() < 2) {
      return List.of();
    }
    Interval sum = Interval.exact(BigDecimal.ZERO);
    BigDecimal exact = BigDecimal.ZERO;
    for (ScoreComponent c : s.components()) {
      sum = sum.plus(Figures.of(c.score()));
      exact = exact.add(c.score().value());
    }
    if (sum.intersects(Figures.of(s.total()))) {
      return List.of();
    }
    return List.of(FindingBuilder.of(this)
        .subject("总分")
        .message("各项得分合计" + exact.toPlainString() + "分，与总分" + s.total().text() + "不符。",
            "The score components add up to " + exact.toPlainString() + ", not the total " + s.total().text() + ".")
        .stated(s.total().text())
        .expected(exact.toPlainString() + "分")
        .evidence(s.total().evidence())
        .evidence(s.components().stream().map(c -> c.score().evidence()).toList())
        .build());
  }
}
