package dev.jixiao.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;

/** The money units reports write, with their exact factor to 元. */
public enum MoneyUnit {
  YUAN("元", BigDecimal.ONE),
  // not in the record contract's list, which names the units it met; a report that keeps its books in 千元 is read as written
  QIAN_YUAN("千元", new BigDecimal("1000")),
  WAN_YUAN("万元", new BigDecimal("10000")),
  YI_YUAN("亿元", new BigDecimal("100000000"));

  private final String symbol;
  private final BigDecimal factor;

  MoneyUnit(String symbol, BigDecimal factor) {
    this.symbol = symbol;
    this.factor = factor;
  }

  @JsonValue
  public String symbol() {
    return symbol;
  }

  public BigDecimal factor() {
    return factor;
  }

  @JsonCreator
  public static MoneyUnit of(String symbol) {
    for (MoneyUnit u : values()) {
      if (u.symbol.equals(symbol)) {
        return u;
      }
    }
    throw new IllegalArgumentException("not a money unit: " + symbol);
  }
}
