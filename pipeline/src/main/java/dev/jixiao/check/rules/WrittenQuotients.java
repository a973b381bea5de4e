package dev.jixiao.check.rules;

import dev.jixiao.check.Figures;
import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.MoneyUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A division written out with its figures, for {@link ProductRule}: the amount per unit, then in brackets the amount and the units
 * it was divided by (农作物补偿户均1,093.49元（1,406,230元÷1,286户）), or the division first and its result after an equals sign
 * (实际公用经费862.45万元÷在校生3126人=2758.96元) or after the words of the reckoning (按工程建设费318.62万元除以改造面积4,860平方米计算，
 * 为655.60元/平方米). The words fix which figure is divided by which; the quotient is rounded as written, and so is the amount
 * divided (846.55万元 stands for 846.545 to 846.555万元), the units being exact unless written in 万 (126.5万页). Only money over a
 * count: money over money or a count over a count is a rate, which the shares' rules read.
 */
final class WrittenQuotients {
  /** From the quotient into its bracket, up to the amount divided: the bracket's opening, perhaps the amount's name (（实际支出). */
  private static final Pattern OPENS_THE_BRACKET = Pattern.compile("^\\s*[（(]\\s*\\p{IsHan}{0,8}\\s*$");
  /** Between the amount and the units: the sign of division, perhaps the units' name (÷在校生). */
  private static final Pattern DIVIDED_BY = Pattern.compile("^\\s*÷\\s*\\p{IsHan}{0,8}\\s*$");
  /** Right after the units in the bracket: its close, nothing else in it. */
  private static final Pattern CLOSES_THE_BRACKET = Pattern.compile("^\\s*[)）]");
  /** Between the units and the quotient after them: the equals sign. */
  private static final Pattern EQUALS = Pattern.compile("^\\s*[=＝]\\s*$");
  /** Between the amount and the units, in words: 除以, perhaps the units' name (除以改造面积). */
  private static final Pattern DIVIDED_BY_IN_WORDS = Pattern.compile("^\\s*除以\\p{IsHan}{0,8}\\s*$");
  /** Between the units and the quotient, in words: the reckoning closed, then the result (计算，为). */
  private static final Pattern RECKONED_AS = Pattern.compile("^\\s*(?:计算|核算|测算)[，,]?(?:为|是|得)?\\s*$");

  private WrittenQuotients() {}

  static List<Finding> check(Rule rule, List<Figure> fs, String text) {
    List<Finding> out = new ArrayList<>();
    // every reading needs ÷ or 除以 between the figures: most reports have neither, and their figures need not be walked
    if (text.indexOf('÷') < 0 && !text.contains("除以")) {
      return out;
    }
    for (int i = 0; i + 2 < fs.size(); i++) {
      Figure a = fs.get(i);
      Figure b = fs.get(i + 1);
      Figure c = fs.get(i + 2);
      // the quotient, then its amount and units in brackets
      if (OPENS_THE_BRACKET.matcher(Sentences.between(text, a, b)).matches()
          && DIVIDED_BY.matcher(Sentences.between(text, b, c)).matches()
          && CLOSES_THE_BRACKET.matcher(text.substring(c.evidence().end())).lookingAt()) {
        check(rule, b, c, a).ifPresent(out::add);
        continue;
      }
      // the division, then its quotient
      String over = Sentences.between(text, a, b);
      String is = Sentences.between(text, b, c);
      if (DIVIDED_BY.matcher(over).matches() && EQUALS.matcher(is).matches()
          || DIVIDED_BY_IN_WORDS.matcher(over).matches() && RECKONED_AS.matcher(is).matches()) {
        check(rule, a, b, c).ifPresent(out::add);
      }
    }
    return out;
  }

  private static Optional<Finding> check(Rule rule, Figure amount, Figure units, Figure quotient) {
    if (!Figures.isMoney(amount) || !Figures.isMoney(quotient) || !Figure.COUNT.equals(units.kind()) || amount.op() != null
        || units.op() != null || quotient.op() != null || units.value().signum() <= 0) {
      return Optional.empty();
    }
    Interval divided = Figures.yuan(amount).dividedBy(Figures.of(units));
    if (divided == null || divided.intersects(Figures.yuan(quotient))) {
      return Optional.empty();
    }
    BigDecimal exact = amount.yuan().divide(Figures.ones(units), 6, RoundingMode.HALF_UP);
    String expected = Figures.roundedMoney(exact, MoneyUnit.of(quotient.unit()), Math.max(0, quotient.value().scale()));
    String how = amount.text() + " ÷ " + units.text();
    return Optional.of(FindingBuilder.of(rule)
        .subject(quotient.label() == null || quotient.label().isBlank() ? "算式" : quotient.label().strip())
        .message(how + " 约为" + expected + "，报告写的是" + quotient.text() + "。",
            how + " is about " + expected + ", not the stated " + quotient.text() + ".")
        .stated(quotient.text())
        .expected(expected)
        .evidence(quotient.evidence(), amount.evidence(), units.evidence())
        .build());
  }
}
