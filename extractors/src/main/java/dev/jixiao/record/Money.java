package dev.jixiao.record;

import java.math.BigDecimal;

/**
 * An amount of money as written ({@code text}, {@code value} with the decimals written, {@code
 * unit}) and its exact amount in 元.
 */
public record Money(String text, BigDecimal value, MoneyUnit unit, BigDecimal yuan, Evidence evidence) {

  public static Money of(String text, BigDecimal value, MoneyUnit unit, Evidence evidence) {
    BigDecimal yuan = value.multiply(unit.factor());
    yuan = yuan.signum() == 0 ? BigDecimal.ZERO : yuan.stripTrailingZeros();
    if (yuan.scale() < 0) {
      yuan = yuan.setScale(0);
    }
    return new Money(text, value, unit, yuan, evidence);
  }
}
