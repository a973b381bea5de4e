package dev.jixiao.check.rules;

import dev.jixiao.record.PlainNumber;
import dev.jixiao.record.ScoreDeduction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Points as a 扣分说明 states them, added up. Points are taken off in steps (1分, 0.5分, 0.04分 of a rate's row), never rounded
 * from a quotient, so their sums and differences are exact: 1 + 1.5 is 2.5, not anything from 2.4 to 2.6.
 */
final class Deducted {
  private Deducted() {}

  static BigDecimal sum(List<PlainNumber> numbers) {
    return numbers.stream().map(PlainNumber::value).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The points a deduction stands for: as stated, or what it lists where it states none. */
  static BigDecimal points(ScoreDeduction d) {
    return d.points() != null ? d.points().value() : sum(d.parts());
  }

  /** Every figure of the deductions, the stated ones and what they list. */
  static List<PlainNumber> figures(List<ScoreDeduction> deductions) {
    List<PlainNumber> out = new ArrayList<>();
    for (ScoreDeduction d : deductions) {
      if (d.points() != null) {
        out.add(d.points());
      }
      out.addAll(d.parts());
    }
    return out;
  }

  static boolean same(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) == 0;
  }
}
