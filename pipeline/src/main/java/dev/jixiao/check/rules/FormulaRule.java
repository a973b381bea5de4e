package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A rate's formula written out with its figures: 预算执行率=实际支出÷调整后预算×100%=1,250.00÷1,300.00×100%=96.15%
 * (or 8.50万元/10.00万元×100%=85.00%), or the division put in brackets right after the rate it gives
 * (培训经费执行率93.87%（176.85万元÷188.40万元）, 免疫率97.40%（12,156头÷12,480头）). The report does the division before the
 * reader's eyes, so its result is held to it: the two figures divided, times 100, within their rounding.
 */
@RuleInfo(
    id = "formula",
    severity = Severity.ERROR,
    zh = "算式的结果与所列数字计算不符（1,250.00÷1,300.00×100%=96.15%）",
    en = "a rate's formula written out with its figures (1,250.00÷1,300.00×100%=96.15%) against the division it states")
public final class FormulaRule implements Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Pattern DIVIDED_BY = Pattern.compile("^\\s*[÷/]\\s*$");
  private static final Pattern TIMES_HUNDRED_IS = Pattern.compile("^\\s*[)）]?\\s*[×*xX]\\s*100\\s*%\\s*=\\s*$");
  /** A bracket opening right after a rate, and the name of what is divided at most (（到位480,000元÷…). */
  private static final Pattern OPENS_ITS_DIVISION = Pattern.compile("^\\s*[(（]\\p{IsHan}{0,6}$");
  /** The sign between the two figures of a division in brackets, and the name of the divisor at most (÷预算). */
  private static final Pattern DIVIDED_BY_NAMED = Pattern.compile("^\\s*[÷/]\\s*\\p{IsHan}{0,6}$");
  /** The end of a division in brackets: the bracket closing, after ×100% at most (…÷188.40万元×100%）). */
  private static final Pattern CLOSES_ITS_DIVISION = Pattern.compile("^\\s*(?:[×*xX]\\s*100\\s*%)?\\s*[)）]");

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    String text = report.text();
    List<Figure> fs = report.figures();
    for (int i = 0; text != null && i < fs.size(); i++) {
      Figure result = fs.get(i);
      int from = isResult(fs, i, text) ? i - 2 : inBracketsAfter(fs, i, text) ? i + 1 : -1;
      if (from < 0) {
        continue;
      }
      Figure a = fs.get(from);
      Figure b = fs.get(from + 1);
      Interval quotient = Figures.isMoney(a) ? Figures.yuan(a).dividedBy(Figures.yuan(b)) : Figures.of(a).dividedBy(Figures.of(b));
      if (quotient == null || quotient.times(HUNDRED).intersects(Figures.of(result))) {
        continue;
      }
      String expected = Figures.percent(Figures.isMoney(a) ? a.yuan() : a.value(), Figures.isMoney(b) ? b.yuan() : b.value());
      String name = SpendingLabels.label(result);
      out.add(FindingBuilder.of(this)
          .subject(name)
          .message(name + "：" + a.text() + "÷" + b.text() + "×100% 约为" + expected + "，报告算得" + result.text() + "。",
              name + ": " + a.text() + " / " + b.text() + " × 100% is about " + expected + ", not the stated " + result.text() + ".")
          .stated(result.text())
          .expected(expected)
          .evidence(result.evidence(), a.evidence(), b.evidence())
          .build());
    }
    return out;
  }

  /**
   * Whether the figure at i is the result of a division the report writes out: the two figures before it, or the two in brackets
   * right after it. Another rule that would hold the rate to figures of its own leaves it to this one.
   */
  static boolean isWrittenOut(List<Figure> fs, int i, String text) {
    return isResult(fs, i, text) || inBracketsAfter(fs, i, text);
  }

  /** Whether the figure at i is the result of a division the two figures before it state (…=1,250.00÷1,300.00×100%=96.15%). */
  private static boolean isResult(List<Figure> fs, int i, String text) {
    if (i < 2 || !Figure.PERCENT.equals(fs.get(i).kind())) {
      return false;
    }
    Figure a = fs.get(i - 2);
    Figure b = fs.get(i - 1);
    return Figures.sameMeasure(a, b) && DIVIDED_BY.matcher(Sentences.between(text, a, b)).matches()
        && TIMES_HUNDRED_IS.matcher(Sentences.between(text, b, fs.get(i))).matches();
  }

  /** Whether the rate at i has its division in brackets right after it, of two figures of one measure (93.87%（176.85万元÷188.40万元）). */
  private static boolean inBracketsAfter(List<Figure> fs, int i, String text) {
    if (i + 2 >= fs.size() || !Figure.PERCENT.equals(fs.get(i).kind())) {
      return false;
    }
    Figure a = fs.get(i + 1);
    Figure b = fs.get(i + 2);
    int end = b.evidence().end();
    return a.op() == null && b.op() == null && Figures.sameMeasure(a, b)
        && OPENS_ITS_DIVISION.matcher(Sentences.between(text, fs.get(i), a)).matches()
        && DIVIDED_BY_NAMED.matcher(Sentences.between(text, a, b)).matches()
        && CLOSES_ITS_DIVISION.matcher(text.substring(end, Math.min(text.length(), end + 12))).lookingAt();
  }
}
