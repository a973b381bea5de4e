package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Finding;
import dev.jixiao.record.PlainNumber;
import dev.jixiao.record.Report;
import dev.jixiao.record.ScoreComponent;
import dev.jixiao.record.Severity;
import java.util.List;

/**
 * A part of a score above the most it can score: a 自评表's 得分 against its 分值, in the report's
 * score and in each project's. A slip such as 28 for 18 in one indicator, carried into 总分, leaves
 * the sum right and only shows here. A document that is one form has the same parts in its score
 * and its project's; they are checked once.
 */
@RuleInfo(
    id = "score.weight",
    severity = Severity.ERROR,
    zh = "某项得分高于其分值",
    en = "a score component above its stated weight (得分 above 分值)")
public final class ScoreWeightRule implements Rule {

  @Override
  public List<Finding> check(Report report) {
    return ProjectScores.findInEach(report, this::check);
  }

  private void check(ProjectScores.Parts parts, List<Finding> out) {
    for (ScoreComponent c : parts.components()) {
      // a weight is set by the template, meant exactly as written: 21 is above 20
      if (c.weight() == null || Figures.of(c.score()).lo().compareTo(c.weight().value()) <= 0) {
        continue;
      }
      out.add(FindingBuilder.of(this)
          .subject(c.name())
          .message(parts.zh() + "“" + c.name() + "”得分" + Points.of(c.score()) + "，高于其分值" + Points.of(c.weight()) + "。",
              parts.en() + c.name() + " scores " + c.score().text() + ", above its weight of "
                  + c.weight().text() + ".")
          .stated(c.score().text())
          .expected("≤" + c.weight().text())
          .evidence(c.score().evidence(), c.weight().evidence())
          .build());
    }
  }
}
