package dev.jixiao.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The record of one input document (contract {@value #SCHEMA}, see docs/record.md). Every input
 * gives exactly one, also when it fails. Immutable: each stage returns a new value.
 *
 * <p>{@code text} is the extracted text every evidence offset points into. It travels with the
 * record between stages (the index stores it) but is left out of printed JSON unless asked for.
 */
@JsonPropertyOrder({
  "schema", "source", "status", "errors", "title", "unit", "fiscalYear", "reportKind", "publishedDate",
  "totals", "score", "gradeDistribution", "projects", "figures", "findings", "text"
})
public record Report(
    String schema,
    Source source,
    Status status,
    List<RecordError> errors,
    String title,
    Unit unit,
    Integer fiscalYear,
    ReportKind reportKind,
    String publishedDate,
    Totals totals,
    Score score,
    List<GradeCount> gradeDistribution,
    List<Project> projects,
    List<Figure> figures,
    List<Finding> findings,
    @JsonInclude(JsonInclude.Include.NON_NULL) String text) {

  public static final String SCHEMA = "perf-report/1";

  public Report {
    errors = errors == null ? List.of() : List.copyOf(errors);
    totals = totals == null ? Totals.EMPTY : totals;
    reportKind = reportKind == null ? ReportKind.UNKNOWN : reportKind;
    gradeDistribution = gradeDistribution == null ? List.of() : List.copyOf(gradeDistribution);
    projects = projects == null ? List.of() : List.copyOf(projects);
    figures = figures == null ? List.of() : List.copyOf(figures);
    findings = findings == null ? List.of() : List.copyOf(findings);
  }

  /** The record of an input that gave no text. */
  public static Report failed(Source source, RecordError error) {
    return new Report(SCHEMA, source, Status.FAILED, List.of(error), null, null, null, ReportKind.UNKNOWN, null,
        Totals.EMPTY, null, List.of(), List.of(), List.of(), List.of(), null);
  }

  public Report withFindings(List<Finding> newFindings) {
    return new Report(schema, source, status, errors, title, unit, fiscalYear, reportKind, publishedDate, totals,
        score, gradeDistribution, projects, figures, newFindings, text);
  }

  public Report withoutText() {
    return text == null ? this : new Report(schema, source, status, errors, title, unit, fiscalYear, reportKind,
        publishedDate, totals, score, gradeDistribution, projects, figures, findings, null);
  }

  public Report withText(String newText) {
    return new Report(schema, source, status, errors, title, unit, fiscalYear, reportKind, publishedDate, totals, score,
        gradeDistribution, projects, figures, findings, newText);
  }

  public boolean hasErrorFinding() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }
}
