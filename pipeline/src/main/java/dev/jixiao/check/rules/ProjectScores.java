package dev.jixiao.check.rules;

import dev.jixiao.record.Project;
import dev.jixiao.record.Report;
import java.util.List;

/**
 * The projects whose score is their own: a document that is one 自评表 has the form's 总分 as the
 * report's score and as its project's, the same figure, which the score rules check once, as the
 * report's.
 */
final class ProjectScores {
  private ProjectScores() {}

  static List<Project> ownScores(Report report) {
    var reportScore = report.score() == null ? null : report.score().total();
    return report.projects().stream()
        .filter(p -> p.score() != null && (reportScore == null || !p.score().evidence().equals(reportScore.evidence())))
        .toList();
  }
}
