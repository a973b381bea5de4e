package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A rate applied to the amount right before it, and what that came to right after it, in one sentence: 贷款总额800万元，按年贴息率3%
 * 计算，发放贴息资金24万元; 工程结算价1260万元，按3%预留质保金37.80万元. The rate is introduced by 按 (按年贴息率, 按照3%), and
 * nothing but words stands between the three. A rate of a total the report names (按合同金额的5%预留) is share.named's. A rate
 * by the year (年贴息率, 年利率) may have run for part of it, so a result below the amount times the rate is no contradiction:
 * only one above it is.
 */
@RuleInfo(
    id = "rate.applied",
    severity = Severity.ERROR,
    zh = "金额 × 所按比率 与所述结果不符（贷款800万元，按年贴息率3%计算，贴息24万元）",
    en = "an amount times the rate applied to it against what that came to (贷款800万元，按年贴息率3%计算，贴息24万元)")
public final class RateAppliedRule implements Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** The words of a rate applied: 按 or 按照, the rate's name (年贴息率) or nothing, and no total it is of (的). */
  private static final Pattern APPLIED = Pattern.compile("(?:^|[,，])按照?[^,，。;；的]{0,8}$");
  /** Words of a rate achieved, not applied (按计划完成率100%): plan.rate's and the spending rules'. */
  private static final Pattern ACHIEVED = Pattern.compile("完成|执行|实现|达到|进度");
  /** Words of interest: a share of it (按50%贴息) is of the interest, not of the loan, unless the rate is one of interest (年贴息率). */
  private static final Pattern INTEREST = Pattern.compile("贴息|利息|息");
  /** An amount per unit (折合每平方米2,000元) is no amount a rate is applied to: the total before it is. */
  private static final Pattern PER_UNIT = Pattern.compile("每\\p{IsHan}{1,4}$");
  /** A rate by the year: what it yields for part of a year is less. */
  private static final Pattern YEARLY = Pattern.compile("年[^,，]{0,3}率|年化");

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    String text = report.text();
    List<Figure> fs = report.figures();
    for (int i = 1; text != null && i + 1 < fs.size(); i++) {
      Figure rate = fs.get(i);
      Figure amount = fs.get(i - 1);
      Figure result = fs.get(i + 1);
      if (!Figure.PERCENT.equals(rate.kind()) || rate.op() != null || !Figures.isMoney(amount) || !Figures.isMoney(result)
          || amount.op() != null || result.op() != null || PER_UNIT.matcher(SpendingLabels.label(amount)).find()
          || !applied(text, amount, rate)
          || !Sentences.together(text, amount, result) || !wordsOnlyBetween(text, rate, result)) {
        continue;
      }
      String rateWords = SpendingLabels.label(rate);
      boolean ofInterest = INTEREST.matcher(SpendingLabels.label(result)).find() || INTEREST.matcher(after(text, rate)).find();
      if (ACHIEVED.matcher(rateWords).find() || ofInterest && !rateWords.contains("率")) {
        continue; // a rate achieved, or a share of the interest (贷款300万元，按50%贴息)
      }
      // a rate applied is set, not measured: 按3% is 3%, not 2.5% to 3.5%
      Interval product = Figures.yuan(amount).times(rate.value().divide(HUNDRED));
      Interval stated = Figures.yuan(result);
      if (product.intersects(stated)) {
        continue;
      }
      boolean below = stated.hi().compareTo(product.lo()) < 0;
      if (below && YEARLY.matcher(rateWords).find()) {
        continue; // a yearly rate for part of the year
      }
      BigDecimal exact = amount.yuan().multiply(rate.value()).divide(HUNDRED);
      String expected = Figures.roundedMoney(exact, MoneyUnit.of(result.unit()), Math.max(0, result.value().scale()));
      out.add(FindingBuilder.of(this)
          .subject(SpendingLabels.label(result).isBlank() ? SpendingLabels.label(rate) : SpendingLabels.label(result))
          .message(amount.text() + " × " + rate.text() + " 应为" + expected + "，报告写的是" + result.text() + "。",
              amount.text() + " × " + rate.text() + " is " + expected + ", not the stated " + result.text() + ".")
          .stated(result.text())
          .expected(expected)
          .evidence(result.evidence(), amount.evidence(), rate.evidence())
          .build());
    }
    return out;
  }

  /** The words after the rate up to its clause's end (贴息 in 按50%贴息，…). */
  private static String after(String text, Figure rate) {
    int from = rate.evidence().end();
    int to = from;
    while (to < text.length() && to - from < 12 && "，,。；;".indexOf(text.charAt(to)) < 0) {
      to++;
    }
    return text.substring(from, to);
  }

  /** Whether the rate is applied (按…) right after the amount, in its clause's words. */
  private static boolean applied(String text, Figure amount, Figure rate) {
    int from = amount.evidence().end();
    int to = rate.evidence().start();
    return from <= to && to - from <= 14 && APPLIED.matcher(text.substring(from, to)).find();
  }

  /** Whether only words, no figure and no sentence's end, stand between the rate and its result (计算，发放贴息资金). */
  private static boolean wordsOnlyBetween(String text, Figure rate, Figure result) {
    int from = rate.evidence().end();
    int to = result.evidence().start();
    return from <= to && to - from <= 16 && text.substring(from, to).chars().noneMatch(c -> c == '。' || c == ';' || c == '；');
  }
}
