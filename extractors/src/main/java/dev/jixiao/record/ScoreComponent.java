package dev.jixiao.record;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One part of a total score, e.g. 履职效能 49.37. {@code weight} (beyond the contract, left out of
 * the JSON when unknown) is the most the part can score, where the report states it: a 自评表's
 * 分值 beside its 得分.
 */
public record ScoreComponent(String name, PlainNumber score, @JsonInclude(JsonInclude.Include.NON_NULL) PlainNumber weight) {
  /** A part whose weight the report does not state. */
  public ScoreComponent(String name, PlainNumber score) {
    this(name, score, null);
  }
}
