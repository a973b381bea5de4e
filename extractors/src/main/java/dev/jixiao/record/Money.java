package dev.jixiao.record;

import java.math.BigDecimal;

/**
 * An amount of money as written ({@code text}, {@code value} with the decimals written, {@code
 * unit}) and its exact amount in 元.
 */
public record Money(String text, BigDecimal value, MoneyUnit unit, BigDecimal yuan, Evidence evidence) {

  public static Money of(String text, BigDecimal value, MoneyUnit unit, Evidence evidence) {
    return new Money(text, value, unit, toYuan(value, unit), evidence);
  }

  /** The exact amount in 元, without trailing zeros ("238.17" 万元 → 2381700). */
  public static BigDecimal toYuan(BigDecimal value, MoneyUnit unit) {
    BigDecimal yuan = value.multiply(unit.factor());
    yuan = yuan.signum() == 0 ? BigDecimal.ZERO : yuan.stripTrailingZeros();
    return yuan.scale() < 0 ? yuan.setScale(0) : yuan;
  }
}
