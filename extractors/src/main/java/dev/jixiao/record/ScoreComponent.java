package dev.jixiao.record;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One part of a total score, e.g. 履职效能 49.37. Beyond the contract, and left out of the JSON when
 * unknown: {@code weight} is the most the part can score, where the report states it (a 自评表's
 * 分值 beside its 得分); {@code rate} is the rate the part is scored by, where the form scores it
 * so (its funds row: 得分 = 分值 × 执行率).
 */
public record ScoreComponent(
    String name,
    PlainNumber score,
    @JsonInclude(JsonInclude.Include.NON_NULL) PlainNumber weight,
    @JsonInclude(JsonInclude.Include.NON_NULL) Percent rate) {
  /** A part whose weight the report does not state. */
  public ScoreComponent(String name, PlainNumber score) {
    this(name, score, null, null);
  }
}
