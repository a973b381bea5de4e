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
 * 4,224,000元, a sum of them (52户×3.5万元+134户×1.5万元=383.00万元) (months, days and times are factors too, though no figures:
 * 1,400元×12个月×141人), the result named by what was paid at it (960元×5243人发放扶助资金503.3280万元; 1,126人×1,000元，计1,126,000元), or
 * the amount first and how it was reckoned after it (补助小计10,080,400元，按每亩80元×126,005亩计算; 22.40万元，占总支出的6.06%，为640亩×350元). The report multiplies before the reader's eyes, so
 * the factors are taken as written, exactly (a count written in 万 keeps its rounding), and the result is held to their product
 * within its own rounding. One factor is an amount of money, the others counts; the result is money.
 */
final class WrittenProducts {
  /** A rate's unit after its amount: 18000元/辆, 110元/吨·年. */
  private static final String PER_UNIT = "(?:/\\p{IsHan}{1,2}(?:·\\p{IsHan})?)";
  /** Factors of time, which are no figures: ×12个月, ×2个季度. */
  private static final String TIMES_OF_TIME = "((?:\\s*[×*xX]\\s*\\d+\\s*(?:个月|月|个季度|季度|天|日|年|次|期))*)";
  /**
   * Between two factors: the times sign, after a rate's unit (18000元/辆×) or a count's noun (2条线×), perhaps with factors of time
   * between (1,400元×12个月×141人).
   */
  private static final Pattern TIMES = Pattern.compile("^\\s*(?:" + PER_UNIT + "|\\p{IsHan}{1,2})?\\s*[×*xX]\\s*"
      + "((?:\\d+\\s*(?:个月|月|个季度|季度|天|日|年)\\s*[×*xX]\\s*)*)$");
  /** Between one product and the next of a sum: the plus sign, after a rate's unit (3.5万元/户+). */
  private static final Pattern PLUS = Pattern.compile("^\\s*" + PER_UNIT + "?\\s*[+＋]\\s*$");
  /** Between the last factor and the result: the equals sign, after factors of time that are no figures (×12个月=). */
  private static final Pattern IS = Pattern.compile("^\\s*" + PER_UNIT + "?" + TIMES_OF_TIME + "\\s*[=＝]\\s*$");
  /**
   * Between the last factor and the result, in words: what was paid out at it (960元×5243人发放扶助资金503.3280万元; ×141人计发2,368,800元),
   * or 计 after a comma (1,126人×1,000元，计1,126,000元).
   */
  private static final Pattern PAID_AS = Pattern.compile("^\\s*" + PER_UNIT + "?" + TIMES_OF_TIME
      + "\\s*(?:[，,]\\s*(?:计|共计|合计)|(?:计发|发放|拨付|兑付|支付)(?:\\p{IsHan}{0,4}?(?:资金|经费|补助|补贴))?)\\s*$");
  /** A comma alone between an amount and a product after it. */
  private static final Pattern BARE_COMMA = Pattern.compile("^\\s*[,，]\\s*$");
  /** The words closing a reckoning: 计算, 测算, 核算. */
  private static final Pattern RECKONING_WORD = Pattern.compile("^\\s*(?:计算|测算|核算)");
  private static final Pattern TIME_FACTOR = Pattern.compile("\\d+");
  /** Between an amount and the reckoning after it: 按 or 即, in parentheses or after a comma, and a rate's 每亩. */
  private static final Pattern RECKONED_AS = Pattern.compile("^\\s*[,，(（]\\s*(?:按|按照|即)?\\s*(?:每\\p{IsHan}{1,2})?\\s*$");
  /**
   * Or the words of the reckoning before its first factor, after 按, 即 or 为 (（按计划1,120户×3,500元测算）; ，为640亩×350元; ，按每个基层团组织每年
   * 1,500元×148个拨付), the amount's share perhaps between (22.20万元（17.39%），按…).
   */
  private static final Pattern RECKONED_IN_WORDS = Pattern.compile("^\\s*[)）]?\\s*[,，(（]\\s*(?:按照|按|即|为)[^,，。；;：:()（）×=＝+＋]{0,16}$");
  /** Between an amount and its share before the reckoning: the bracket's opening, or 占 after a comma (，占总支出的). */
  private static final Pattern ITS_SHARE = Pattern.compile("^\\s*(?:[(（]|[,，]\\s*占\\p{IsHan}{0,8})\\s*$");
  /** After the reckoning's last factor: 计算, what was paid at it (拨付, 计发), or the close of its bracket or clause. */
  private static final Pattern RECKONING_ENDS = Pattern.compile("^\\s*" + PER_UNIT + "?" + TIMES_OF_TIME
      + "\\s*(?:标准)?(?:计算|测算|核算|核定|计发|发放|拨付|据实兑付|兑付|[)）；;。\\n]|$)");

  private WrittenProducts() {}

  static List<Finding> check(Rule rule, List<Figure> fs, String text) {
    List<Finding> out = new ArrayList<>();
    // every product here is written with its sign (×, *, x): a report without one has none, and its figures need not be walked
    if (text.indexOf('×') < 0 && text.indexOf('*') < 0 && text.indexOf('x') < 0 && text.indexOf('X') < 0) {
      return out;
    }
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
      // factors of time between the figures (1,400元×12个月×141人) multiply the one product they stand in
      BigDecimal times = BigDecimal.ONE;
      for (int k = i; k < last; k++) {
        Matcher between = TIMES.matcher(Sentences.between(text, fs.get(k), fs.get(k + 1)));
        times = between.matches() ? times.multiply(timeFactors(between.group(1))) : times;
      }
      boolean timesInside = times.compareTo(BigDecimal.ONE) != 0;
      Figure result = null;
      String after = last + 1 < fs.size() ? Sentences.between(text, fs.get(last), fs.get(last + 1)) : "\u0000";
      Matcher is = IS.matcher(after);
      Matcher paid = PAID_AS.matcher(after);
      Matcher ends = RECKONING_ENDS.matcher(text.substring(fs.get(last).evidence().end()));
      if (is.matches()) {
        result = fs.get(last + 1);
        times = times.multiply(timeFactors(is.group(1)));
      } else if (terms.size() == 1 && paid.matches() && !perUnit(fs.get(last + 1))) {
        result = fs.get(last + 1);
        times = times.multiply(timeFactors(paid.group(1)));
      } else if (i > 0 && terms.size() == 1 && ends.lookingAt()) {
        // (after a bare comma, only a reckoning closed by its words: 计算, 测算)
        boolean bare = BARE_COMMA.matcher(Sentences.between(text, fs.get(i - 1), fs.get(i))).matches();
        result = !bare || RECKONING_WORD.matcher(text.substring(ends.end(1))).lookingAt() ? reckonedBefore(fs, i, text) : null;
        times = times.multiply(timeFactors(ends.group(1)));
      }
      // (a sum's last term cut short of the equals sign, which the times after it belong to, is left alone)
      if (result != null && (terms.size() == 1 || times.compareTo(BigDecimal.ONE) == 0 && !timesInside)) {
        check(rule, terms, times, result).ifPresent(out::add);
      }
      i = last;
    }
    return out;
  }

  /** Whether an amount is written per a unit (每人每年21,600元): a rate, no result. */
  private static boolean perUnit(Figure f) {
    return f.label() != null && f.label().contains("每");
  }

  /** The product of the factors of time in {@code written} (×12个月×2个季度: 24). */
  private static BigDecimal timeFactors(String written) {
    BigDecimal times = BigDecimal.ONE;
    for (Matcher t = TIME_FACTOR.matcher(written == null ? "" : written); t.find(); ) {
      times = times.multiply(new BigDecimal(t.group()));
    }
    return times;
  }

  /**
   * The amount a reckoning starting at the figure at i is of, stated before it: right before (补助小计10,080,400元，按每亩80元×…), or before
   * the share between (22.20万元（17.39%），按…; 22.40万元，占总支出的6.06%，为640亩×350元); else null.
   */
  private static Figure reckonedBefore(List<Figure> fs, int i, String text) {
    Figure before = fs.get(i - 1);
    String into = Sentences.between(text, before, fs.get(i));
    if (RECKONED_AS.matcher(into).matches() || RECKONED_IN_WORDS.matcher(into).matches() && !Figure.PERCENT.equals(before.kind())) {
      return before;
    }
    if (i > 1 && Figure.PERCENT.equals(before.kind()) && RECKONED_IN_WORDS.matcher(into).matches()
        && ITS_SHARE.matcher(Sentences.between(text, fs.get(i - 2), before)).matches()) {
      return fs.get(i - 2);
    }
    return null;
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
