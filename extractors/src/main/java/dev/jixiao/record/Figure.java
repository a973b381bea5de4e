package dev.jixiao.record;

import java.math.BigDecimal;

/**
 * Any other labelled quantity the extractor understood. {@code unit} is the unit as written
 * (万元, %, 个, 人, 分, …); {@code yuan} is set for money. {@code op} keeps a comparison the text
 * states (≥, ≤, 超过, 以上, 以下); {@code role} is {@code target} or {@code actual} for
 * performance indicators, null otherwise. {@code context} names what the figure is about when
 * the label alone does not: the project whose entry holds it, else the heading above it.
 *
 * <p>{@code id} names the figure within its record ("f12"). {@code partOf} is the id of the total
 * this figure is a stated part of ("资产总额1813.15万元，其中：流动资产1320.99万元" — the second is part
 * of the first); {@code partsClosed} on a total says its list of parts ends the sentence, so the
 * parts claim to be all of it. {@code listed} on a count is how many items the text names for it
 * ("内设机构6个：A、B、C、D" → 4).
 */
public record Figure(
    String id,
    String label,
    String context,
    String kind,
    String text,
    BigDecimal value,
    String unit,
    BigDecimal yuan,
    String op,
    String role,
    Evidence evidence,
    String partOf,
    Boolean partsClosed,
    Integer listed) {

  public Figure withContext(String newContext) {
    return new Figure(id, label, newContext, kind, text, value, unit, yuan, op, role, evidence, partOf, partsClosed, listed);
  }

  public Figure withStructure(String newId, String newPartOf, Boolean closed, Integer newListed) {
    return new Figure(newId, label, context, kind, text, value, unit, yuan, op, role, evidence, newPartOf, closed, newListed);
  }

  public static final String MONEY = "money";
  public static final String PERCENT = "percent";
  public static final String COUNT = "count";
  public static final String NUMBER = "number";
}
