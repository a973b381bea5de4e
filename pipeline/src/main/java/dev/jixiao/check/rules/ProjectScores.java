package dev.jixiao.check.rules;

import dev.jixiao.record.Finding;
import dev.jixiao.record.PlainNumber;
import dev.jixiao.record.Project;
import dev.jixiao.record.Report;
import dev.jixiao.record.ScoreComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

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

  /** The parts of a score, the report's ({@code project} null) or a project's own, to check one by one, and its total. */
  record Parts(String project, List<ScoreComponent> components, PlainNumber total) {
    /** What a Chinese sentence about a part starts with: “project”中, or nothing for the report's. */
    String zh() {
      return project == null ? "" : "“" + project + "”中";
    }

    /** What an English sentence about a part starts with: "project: ", or nothing for the report's. */
    String en() {
      return project == null ? "" : project + ": ";
    }
  }

  /** What {@code check} adds to the findings for each of the report's score parts ({@link #parts}). */
  static List<Finding> findInEach(Report report, BiConsumer<Parts, List<Finding>> check) {
    List<Finding> out = new ArrayList<>();
    for (Parts p : parts(report)) {
      check.accept(p, out);
    }
    return out;
  }

  /** The report's score parts, then those of each project whose score is its own. */
  static List<Parts> parts(Report report) {
    List<Parts> out = new ArrayList<>();
    if (report.score() != null) {
      out.add(new Parts(null, report.score().components(), report.score().total()));
    }
    for (Project p : ownScores(report)) {
      out.add(new Parts(p.name(), p.scoreComponents(), p.score()));
    }
    return out;
  }
}
