package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Rule;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.MoneyUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An average per head held to the amount it divides and the count it divides by, for the readers that find the three in different
 * wordings ({@link CostPerHead}, {@link SpendingPerHead}, {@link OneAmountPerHead}): what counts as a count to divide by, and the
 * finding where the average times the count misses the amount.
 */
final class PerHead {
  private PerHead() {}

  /** Whether the figure is a whole count of what the average is per (16人 for 人均, 430盏 for 单盏), none bounded. */
  static boolean countFor(Figure count, Figure average) {
    return Figure.COUNT.equals(count.kind()) && count.op() == null && count.unit() != null && count.value().signum() > 0
        && Figures.ones(count).stripTrailingZeros().scale() <= 0 && ProductRule.sameMeasure(average.label(), count.unit());
  }

  /** The finding where the average times the count misses the amount, within their rounding: the amount over the count. */
  static Optional<Finding> offTheAmount(Rule rule, Figure average, Figure count, Figure amount) {
    if (Figures.of(average).times(Figures.of(count)).intersects(Figures.of(amount))) {
      return Optional.empty();
    }
    BigDecimal quotient = amount.yuan().divide(Figures.ones(count), 6, RoundingMode.HALF_UP);
    String expected = Figures.roundedMoney(quotient, MoneyUnit.of(average.unit()), Math.max(0, average.value().scale()));
    return Optional.of(FindingBuilder.of(rule)
        .subject(average.label().strip())
        .message(amount.text() + " ÷ " + count.text() + " 约为" + expected + "，报告写的是" + average.text() + "。",
            amount.text() + " over " + count.text() + " is about " + expected + ", not the stated " + average.text() + ".")
        .stated(average.text())
        .expected(expected)
        .evidence(average.evidence(), amount.evidence(), count.evidence())
        .build());
  }
}
