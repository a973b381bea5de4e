package dev.jixiao.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The report's own self-evaluation score. {@code total} is null when the report states only its
 * grade bands; the whole score is null when it states nothing of the kind. Beyond the contract, and
 * left out of the JSON when the report states none: {@code deductions}, what its 扣分说明 says the
 * score lost points for, and {@code deducted}, the points it says were lost in all (合计扣12分).
 */
public record Score(
    PlainNumber total,
    String grade,
    List<ScoreComponent> components,
    List<GradeBand> bands,
    Evidence gradeEvidence,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ScoreDeduction> deductions,
    @JsonInclude(JsonInclude.Include.NON_NULL) PlainNumber deducted) {
  public Score {
    components = components == null ? List.of() : List.copyOf(components);
    bands = bands == null ? List.of() : List.copyOf(bands);
    deductions = deductions == null ? List.of() : List.copyOf(deductions);
  }

  /** A score whose report states no deductions. */
  public Score(PlainNumber total, String grade, List<ScoreComponent> components, List<GradeBand> bands, Evidence gradeEvidence) {
    this(total, grade, components, bands, gradeEvidence, List.of(), null);
  }

  /** The same score with what its report says it lost points for. */
  public Score withDeductions(List<ScoreDeduction> deductions, PlainNumber deducted) {
    return new Score(total, grade, components, bands, gradeEvidence, deductions, deducted);
  }
}
