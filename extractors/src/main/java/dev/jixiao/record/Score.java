package dev.jixiao.record;

import java.util.List;

/**
 * The report's own self-evaluation score. {@code total} is null when the report states only its
 * grade bands; the whole score is null when it states nothing of the kind.
 */
public record Score(PlainNumber total, String grade, List<ScoreComponent> components, List<GradeBand> bands, Evidence gradeEvidence) {
  public Score {
    components = components == null ? List.of() : List.copyOf(components);
    bands = bands == null ? List.of() : List.copyOf(bands);
  }
}
