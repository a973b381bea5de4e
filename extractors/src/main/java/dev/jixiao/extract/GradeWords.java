package dev.jixiao.extract;

/** The words reports grade with, for the patterns that read a grade: longer words first, so 优秀 is taken whole, not its 优. */
public final class GradeWords {
  /** 优秀, 良好, 中等, 不合格, 较差, 优, 良, 中, 合格, 差 as a regex alternation. */
  public static final String ALTERNATIVES = "优秀|良好|中等|不合格|较差|优|良|中|合格|差";
  /** Projects named by their grades in quotes (等级为“优”和“良”的, 评为“优”“良”的): some of them, not all, as a regex. */
  public static final String SOME_BY_GRADE = "(?:等级|等次|评为|评定为)[^,，;；。]{0,3}[\"“](?:" + ALTERNATIVES + ")[\"”]";
  /** Projects named by a score they are below or above (低于80分, 80分以下, 90分（含）以上): some of them, as a regex. */
  public static final String SOME_BY_SCORE =
      "(?:低于|高于|不足|不到|超过|达到)[ ]*\\d+(?:\\.\\d+)?[ ]*分|\\d+(?:\\.\\d+)?[ ]*分(?:及|[(（]含[)）])?(?:以上|以下)";

  private GradeWords() {}
}
