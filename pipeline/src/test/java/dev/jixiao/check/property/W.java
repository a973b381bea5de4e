package dev.jixiao.check.property;

import dev.jixiao.record.Money;
import dev.jixiao.record.MoneyUnit;
import java.math.BigDecimal;

/**
 * One quantity as a synthetic report writes it: {@code value} with the decimals written, and its
 * unit (元/万元/亿元 for money, % for percentages, a measure word for counts, 分 for scores).
 */
record W(String kind, BigDecimal value, String unit) {
  static final String MONEY = "money";
  static final String PERCENT = "percent";
  static final String COUNT = "count";
  static final String NUMBER = "number";

  static W money(BigDecimal value, MoneyUnit unit) {
    return new W(MONEY, value, unit.symbol());
  }

  static W percent(BigDecimal value) {
    return new W(PERCENT, value, "%");
  }

  static W count(int value, String measure) {
    return new W(COUNT, BigDecimal.valueOf(value), measure);
  }

  static W number(BigDecimal value) {
    return new W(NUMBER, value, "分");
  }

  String text() {
    return value.toPlainString() + unit;
  }

  int decimals() {
    return Math.max(0, value.scale());
  }

  boolean isMoney() {
    return MONEY.equals(kind);
  }

  MoneyUnit moneyUnit() {
    return MoneyUnit.of(unit);
  }

  /** The exact amount in 元 the written money stands for (its midpoint). */
  BigDecimal yuan() {
    return Money.toYuan(value, moneyUnit());
  }

  W withValue(BigDecimal newValue) {
    return new W(kind, newValue, unit);
  }

  @Override
  public String toString() {
    return text();
  }
}
