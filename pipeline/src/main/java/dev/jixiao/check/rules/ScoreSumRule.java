package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Finding;
import dev.jixiao.record.PlainNumber;
import dev.jixiao.record.Project;
import dev.jixiao.record.Report;
import dev.jixiao.record.Score;
import dev.jixiao.record.ScoreComponent;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A total score against the parts stated beside it: the report's own score, and each project's
 * where its entry breaks it down (a 项目支出绩效自评表's 总分 and its rows' 得分). A document that is
 * one form has the same score as the report's and as its project's; it is checked once.
 */
@RuleInfo(
    id = "score.sum",
    severity = Severity.ERROR,
    zh = "各项得分之和与总分不符",
    en = "score components against the total score")
public final class ScoreSumRule implements Rule {

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    Score s = report.score();
    if (s != null && s.total() != null) {
      check(s.total(), s.components(), "总分").ifPresent(out::add);
    }
    for (Project p : ProjectScores.ownScores(report)) {
      check(p.score(), p.scoreComponents(), p.name()).ifPresent(out::add);
    }
    return out;
  }

  private Optional<Finding> check(PlainNumber total, List<ScoreComponent> components, String subject) {
    if (components.size() < 2) {
      return Optional.empty();
    }
    // Scores are given in steps (0.5, 0.1), and a list of them is written to one precision with
    // trailing zeros dropped: in 18.5分、25分、30分 the 25 is 25.0, not anything from 24.5 to 25.5.
    int scale = components.stream().mapToInt(c -> c.score().value().scale()).max().orElse(0);
    Interval sum = Interval.exact(BigDecimal.ZERO);
    BigDecimal exact = BigDecimal.ZERO;
    for (ScoreComponent c : components) {
      BigDecimal value = c.score().value();
      sum = sum.plus(value.scale() < scale ? Interval.written(value.setScale(scale)) : Figures.of(c.score()));
      exact = exact.add(value);
    }
    // A score whose every part and total is written whole is scored in whole points (18分, 37分 of 92分): its
    // parts were not rounded from halves, so they add up exactly, and 19+18+37+19 is not 92.
    boolean whole = scale <= 0 && total.value().scale() <= 0;
    if (whole ? exact.compareTo(total.value()) == 0 : sum.intersects(Figures.of(total))) {
      return Optional.empty();
    }
    String whose = subject.equals("总分") ? "" : "“" + subject + "”";
    return Optional.of(FindingBuilder.of(this)
        .subject(subject)
        .message(whose + "各项得分合计" + exact.toPlainString() + "分，与总分" + total.text() + "不符。",
            (whose.isEmpty() ? "The" : subject + ": the") + " score components add up to " + exact.toPlainString() + ", not the total " + total.text() + ".")
        .stated(total.text())
        .expected(exact.toPlainString() + "分")
        .evidence(total.evidence())
        .evidence(components.stream().map(c -> c.score().evidence()).toList())
        .build());
  }
}
