package dev.jixiao.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One project entry as the report lists it. {@code groupSize} is 1 unless the entry says it
 * covers several projects (共计 4 个项目 → 4). {@code evidence} spans the whole entry.
 * {@code scoreComponents} (beyond the contract) are the parts of {@code score} where the entry
 * states them, as a 项目支出绩效自评表 does; left out of the JSON when there are none.
 */
public record Project(
    Integer seq,
    String name,
    Money budget,
    Money expenditure,
    Percent completionRate,
    PlainNumber score,
    String grade,
    int groupSize,
    String deviationReason,
    Evidence nameEvidence,
    Evidence evidence,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ScoreComponent> scoreComponents) {

  public Project {
    scoreComponents = scoreComponents == null ? List.of() : List.copyOf(scoreComponents);
  }

  /** A project whose score, if any, is not broken down. */
  public Project(Integer seq, String name, Money budget, Money expenditure, Percent completionRate, PlainNumber score, String grade,
      int groupSize, String deviationReason, Evidence nameEvidence, Evidence evidence) {
    this(seq, name, budget, expenditure, completionRate, score, grade, groupSize, deviationReason, nameEvidence, evidence, List.of());
  }

  public Project withName(String newName) {
    return new Project(seq, newName, budget, expenditure, completionRate, score, grade, groupSize, deviationReason, nameEvidence, evidence,
        scoreComponents);
  }

  public Project withScore(PlainNumber newScore, String newGrade) {
    return new Project(seq, name, budget, expenditure, completionRate, newScore, newGrade, groupSize, deviationReason, nameEvidence,
        evidence, scoreComponents);
  }

  public Project withSeq(Integer newSeq) {
    return new Project(newSeq, name, budget, expenditure, completionRate, score, grade, groupSize, deviationReason, nameEvidence, evidence,
        scoreComponents);
  }
}
