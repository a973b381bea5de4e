package dev.jixiao.record;

/**
 * One project entry as the report lists it. {@code groupSize} is 1 unless the entry says it
 * covers several projects (共计 4 个项目 → 4). {@code evidence} spans the whole entry.
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
    Evidence evidence) {

  public Project withSeq(Integer newSeq) {
    return new Project(newSeq, name, budget, expenditure, completionRate, score, grade, groupSize, deviationReason, nameEvidence, evidence);
  }
}
