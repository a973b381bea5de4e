package dev.jixiao.check.rules;

import dev.jixiao.check.Figures;
import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.record.Evidence;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.MoneyUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A multiplication written out with its figures, for {@link ProductRule}: 86辆×18000元/辆=154.80万元, 320人×1,100元×12个月=
 * 4,224,000元, a sum of them (52户×3.5万元+134户×1.5万元=383.00万元) (months, days and times before the equals sign are factors too, though no figures), or the amount first and how
 * it was reckoned after it (补助小计10,080,400元，按每亩80元×126,005亩计算). The report multiplies before the reader's eyes, so
 * the factors are taken as written, exactly (a count written in 万 keeps its rounding), and the result is held to their product
 * within its own rounding. One factor is an amount of money, the others counts; the result is money.
 */
final class WrittenProducts {
  /** Between two factors: the times sign, after a rate's unit (18000元/辆×) or a count's noun (2条线×). */
  private static final Pattern TIMES = Pattern.compile("^\\s*(?:/\\p{IsHan}{1,2}|\\p{IsHan}{1,2})?\\s*[×*xX]\\s*$");
  /** Between one product and the next of a sum: the plus sign, after a rate's unit (3.5万元/户+). */
  private static final Pattern PLUS = Pattern.compile("^\\s*(?:/\\p{IsHan}{1,2})?\\s*[+＋]\\s*$");
  /** Between the last factor and the result: the equals sign, after factors of time that are no figures (×12个月=). */
  private static final Pattern IS =
      Pattern.compile("^\\s*(?:/\\p{IsHan}{1,2})?((?:\\s*[×*xX]\\s*\\d+\\s*(?:个月|月|天|日|年|次|期))*)\\s*[=＝]\\s*$");
  private static final Pattern TIME_FACTOR = Pattern.compile("\\d+");
  /** Between an amount and the reckoning after it: 按 or 即, in parentheses or after a comma, and a rate's 每亩. */
  private static final Pattern RECKONED_AS = Pattern.compile("^\\s*[,，(（]\\s*(?:按|按照|即)?\\s*(?:每\\p{IsHan}{1,2})?\\s*$");
  /** After the reckoning's last factor: 计算, or the closing parenthesis. */
  private static final Pattern RECKONING_ENDS = Pattern.compile("^\\s*(?:/\\p{IsHan}{1,2})?\\s*(?:计算|测算|核算|[)）])");

  private WrittenProducts() {}

  static List<Finding> check(Rule rule, List<Figure> fs, String text) {
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i + 1 < fs.size(); i++) {
      // the products, and the sum of them written out (52户×3.5万元+134户×1.5万元=383.00万元)
      List<List<Figure>> terms = new ArrayList<>();
      int first = i;
      int last = i;
      while (true) {
        last = first;
        while (last + 1 < fs.size() && TIMES.matcher(Sentences.between(text, fs.get(last), fs.get(last + 1))).matches()) {
          last++;
        }
        if (last == first) {
          break;
        }
        terms.add(fs.subList(first, last + 1));
        if (last + 1 < fs.size() && PLUS.matcher(Sentences.between(text, fs.get(last), fs.get(last + 1))).matches()) {
          first = last + 1;
        } else {
          break;
        }
      }
      if (terms.isEmpty()) {
        continue;
      }
      last = i + terms.stream().mapToInt(List::size).sum() - 1;
      Figure result = null;
      BigDecimal times = BigDecimal.ONE;
      Matcher is = last + 1 < fs.size() ? IS.matcher(Sentences.between(text, fs.get(last), fs.get(last + 1))) : null;
      if (is != null && is.matches()) {
        result = fs.get(last + 1);
        for (Matcher t = TIME_FACTOR.matcher(is.group(1)); t.find(); ) {
          times = times.multiply(new BigDecimal(t.group()));
        }
      } else if (i > 0 && terms.size() == 1 && RECKONED_AS.matcher(Sentences.between(text, fs.get(i - 1), fs.get(i))).matches()
          && RECKONING_ENDS.matcher(text.substring(fs.get(last).evidence().end())).lookingAt()) {
        result = fs.get(i - 1);
      }
      // (a sum's last term cut short of the equals sign, which the times after it belong to, is left alone)
      if (result != null && (terms.size() == 1 || times.compareTo(BigDecimal.ONE) == 0)) {
        check(rule, terms, times, result).ifPresent(out::add);
      }
      i = last;
    }
    return out;
  }

  private static Optional<Finding> check(Rule rule, List<List<Figure>> terms, BigDecimal times, Figure result) {
    if (!Figures.isMoney(result) || result.op() != null) {
      return Optional.empty();
    }
    Interval sum = Interval.exact(BigDecimal.ZERO);
    BigDecimal exact = BigDecimal.ZERO;
    List<String> how = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(result.evidence());
    for (List<Figure> factors : terms) {
      List<Figure> money = factors.stream().filter(Figures::isMoney).toList();
      if (money.size() != 1 || factors.stream().anyMatch(f -> f.op() != null || !Figures.isMoney(f) && !Figure.COUNT.equals(f.kind()))) {
        return Optional.empty();
      }
      Interval product = Interval.exact(money.get(0).yuan().multiply(times));
      BigDecimal term = money.get(0).yuan().multiply(times);
      for (Figure f : factors) {
        if (!Figures.isMoney(f)) {
          product = product.times(Figures.of(f));
          term = term.multiply(Figures.ones(f));
        }
      }
      sum = sum.plus(product);
      exact = exact.add(term);
      how.add(String.join(" × ", factors.stream().map(Figure::text).toList())
          + (times.compareTo(BigDecimal.ONE) == 0 ? "" : " × " + times.toPlainString()));
      factors.forEach(f -> evidence.add(f.evidence()));
    }
    if (sum.intersects(Figures.yuan(result))) {
      return Optional.empty();
    }
    String expected = Figures.roundedMoney(exact, MoneyUnit.of(result.unit()), Math.max(0, result.value().scale()));
    String written = String.join(" + ", how);
    return Optional.of(FindingBuilder.of(rule)
        .subject(SpendingLabels.label(result).isEmpty() ? "算式" : SpendingLabels.label(result))
        .message(written + " 应为" + expected + "，报告写的是" + result.text() + "。",
            written + " is " + expected + ", not the stated " + result.text() + ".")
        .stated(result.text())
        .expected(expected)
        .evidence(evidence)
        .build());
  }
}
