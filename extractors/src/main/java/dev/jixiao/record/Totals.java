package dev.jixiao.record;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Report-level figures. Besides the four fixed ones, {@code others} holds whatever further totals
 * the report states (fiscalExpenditure, shareOfFiscal, budgetAdjustment, …); they are written as
 * fields of the same JSON object.
 */
public record Totals(
    Count projectCount,
    Money budget,
    Money expenditure,
    Percent executionRate,
    @JsonIgnore Map<String, Object> others) {

  public static final Totals EMPTY = new Totals(null, null, null, null, Map.of());
  /** What a project table's total row (合计) says the listed projects' budgets add up to. */
  public static final String LISTED_BUDGET = "listedBudget";
  /** What a project table's total row says the listed projects spent. */
  public static final String LISTED_EXPENDITURE = "listedExpenditure";

  public Totals {
    others = others == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(others));
  }

  @JsonAnyGetter
  public Map<String, Object> jsonOthers() {
    return others;
  }
}
