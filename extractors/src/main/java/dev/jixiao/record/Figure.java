package dev.jixiao.record;

import java.math.BigDecimal;

/**
 * Any other labelled quantity the extractor understood. {@code unit} is the unit as written
 * (万元, %, 个, 人, 分, …); {@code yuan} is set for money. {@code op} keeps a comparison the text
 * states (≥, ≤, 超过, 以上, 以下); {@code role} is {@code target} or {@code actual} for
 * performance indicators, null otherwise. {@code context} names what the figure is about when
 * the label alone does not: the project whose entry holds it, else the heading above it.
 */
public record Figure(
    String label,
    String context,
    String kind,
    String text,
    BigDecimal value,
    String unit,
    BigDecimal yuan,
    String op,
    String role,
    Evidence evidence) {

  public Figure withContext(String newContext) {
    return new Figure(label, newContext, kind, text, value, unit, yuan, op, role, evidence);
  }

  public static final String MONEY = "money";
  public static final String PERCENT = "percent";
  public static final String COUNT = "count";
  public static final String NUMBER = "number";
}
