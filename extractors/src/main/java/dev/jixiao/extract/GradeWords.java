package dev.jixiao.extract;

/** The words reports grade with, for the patterns that read a grade: longer words first, so 优秀 is taken whole, not its 优. */
public final class GradeWords {
  /** 优秀, 良好, 中等, 不合格, 较差, 优, 良, 中, 合格, 差 as a regex alternation. */
  public static final String ALTERNATIVES = "优秀|良好|中等|不合格|较差|优|良|中|合格|差";

  private GradeWords() {}
}
