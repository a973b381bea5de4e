package dev.jixiao.generator;

import java.util.List;

/**
 * The ground truth beside a generated report: the record it should give (the fields a generated
 * report states) and the inconsistencies planted in it. Money is in the unit written ({@code
 * unit}), as a decimal string; {@code yuan} is the exact amount in 元.
 */
public record Truth(
    String file,
    String format,
    String style,
    Place unit,
    int fiscalYear,
    Totals totals,
    List<Project> projects,
    Score score,
    List<GradeCount> gradeDistribution,
    List<Planted> planted) {

  public record Place(String province, String city, String county, String township, String divisionCode) {}

  public record Amount(String value, String unit, String yuan) {}

  public record Totals(int projectCount, Amount budget, Amount expenditure, String executionRate) {}

  public record Project(int seq, String name, Amount budget, Amount expenditure, String completionRate) {}

  public record Component(String name, String score) {}

  public record Score(String total, String grade, List<Component> components) {}

  public record GradeCount(String grade, int count, String percent) {}

  /** An inconsistency written into the report on purpose, and the rule that should find it. */
  public record Planted(String rule, String detail) {}

  public Truth withFile(String newFile, String newFormat) {
    return new Truth(newFile, newFormat, style, unit, fiscalYear, totals, projects, score, gradeDistribution, planted);
  }
}
