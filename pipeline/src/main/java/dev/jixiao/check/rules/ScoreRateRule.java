package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Report;
import dev.jixiao.record.ScoreComponent;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.List;

/**
 * A part of a score that is reckoned from a rate: a 自评表's funds row scores its 分值 × 执行率 (the
 * template's way; some forms write it in the header, 得分（20分*执行率）). A rate above 100% scores
 * the whole 分值. A warning, not an error: the relation is the template's convention, not a sum the
 * document states, and a province may score spending in bands instead.
 */
@RuleInfo(
    id = "score.rate",
    severity = Severity.WARNING,
    zh = "资金执行得分与 分值 × 执行率 不符",
    en = "a funds row's score against its weight × execution rate (得分 = 分值 × 执行率)")
public final class ScoreRateRule implements Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public List<Finding> check(Report report) {
    return ProjectScores.findInEach(report, this::check);
  }

  private void check(ProjectScores.Parts parts, List<Finding> out) {
    for (ScoreComponent c : parts.components()) {
      if (c.weight() == null || c.rate() == null) {
        continue;
      }
      // the weight is the template's, exact; the rate keeps its rounding, and past 100% it is 100%
      Interval rate = Figures.of(c.rate());
      Interval capped = new Interval(rate.lo().min(HUNDRED), rate.hi().min(HUNDRED));
      Interval expected = capped.times(c.weight().value()).times(BigDecimal.ONE.movePointLeft(2));
      if (expected.intersects(Figures.of(c.score()))) {
        continue;
      }
      String value = expected.mid(2).stripTrailingZeros().toPlainString();
      out.add(FindingBuilder.of(this)
          .subject(c.name())
          .message(parts.zh() + "“" + c.name() + "”分值" + c.weight().text() + "分、执行率" + c.rate().text() + "，得分应约为" + value
                  + "分，表中写的是" + c.score().text() + "分。",
              parts.en() + c.name() + " weighs " + c.weight().text() + " at an execution rate of "
                  + c.rate().text() + ", so it scores about " + value + ", not the stated " + c.score().text() + ".")
          .stated(c.score().text())
          .expected(value)
          .evidence(c.score().evidence(), c.weight().evidence(), c.rate().evidence())
          .build());
    }
  }
}
