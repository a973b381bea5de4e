package dev.jixiao.check.rules;

import dev.jixiao.record.PlainNumber;
import java.math.BigDecimal;

/** Points as the score rules' findings write them: with their 分, and no trailing zeros where they are worked out. */
final class Points {
  private Points() {}

  /** Points worked out (100 − 88 = 12): 12分, 2.5分. */
  static String of(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString() + "分";
  }

  /** Points as written: a form's cell holds the bare number (18), a sentence the figure (18分). */
  static String of(PlainNumber n) {
    return n.text().endsWith("分") ? n.text() : n.text() + "分";
  }
}
