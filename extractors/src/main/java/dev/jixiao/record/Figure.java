package dev.jixiao.record;

import java.math.BigDecimal;

/**
 * Any other labelled quantity the extractor understood. {@code unit} is the unit as written
 * (万元, %, 个, 人, 分, …); {@code yuan} is set for money. {@code op} keeps a comparison the text
 * states (≥, ≤, 超过, 以上, 以下); {@code role} is {@code target} or {@code actual} for
 * performance indicators, null otherwise.
 */
public record Figure(
    String label,
    String kind,
    String text,
    BigDecimal value,
    String unit,
    BigDecimal yuan,
    String op,
    String role,
    Evidence evidence) {

  public static final String MONEY = "money";
  public static final String PERCENT = "percent";
  public static final String COUNT = "count";
  public static final String NUMBER = "number";
}
