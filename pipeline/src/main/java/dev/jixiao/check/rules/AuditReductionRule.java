package dev.jixiao.check.rules;

import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Evidence;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * An audited settlement (工程结算审计) against its parts: the amount submitted less the amount approved
 * is the amount cut (送审金额312.40万元，审定金额298.56万元，审减金额13.84万元), and the cut over the amount
 * submitted is the rate of the cut (审减率4.43%); an approval above the submission is an increase (审增,
 * 核增) the other way round. The figures are those of one statement, from its amount submitted up to
 * the next, as a report may list several works' audits in one sentence parted by semicolons. Where no amount submitted is
 * stated, the cut may be of the contract's price (合同价款812.45万元，经审计结算金额786.30万元，审减26.15万元，审减率3.22%).
 */
@RuleInfo(
    id = "audit.reduction",
    severity = Severity.ERROR,
    zh = "送审金额减审定金额与审减金额、审减率不符（送审312.40万元，审定298.56万元，审减13.84万元，审减率4.43%）",
    en = "an audit's amount submitted less the amount approved against the cut and its rate stated with them")
public final class AuditReductionRule implements Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Pattern SUBMITTED = Pattern.compile("送审|报审");
  /**
   * The amount an audit approved: 审定, or 核定 of a settlement's amount or price (审计核定金额; not 核定预算), or the settlement
   * as audited (经审计结算金额).
   */
  private static final Pattern APPROVED =
      Pattern.compile("审定|核定(?:结算)?(?:金额|价|造价|额)?(?:为|是)?$|审计(?:后的?)?(?:结算|决算)(?:金额|价|造价|额)?(?:为|是)?$");
  /**
   * A contract's price, which an audit's cut is of where no amount submitted is stated (项目合同价款812.45万元，经审计结算金额
   * 786.30万元，审减26.15万元).
   */
  private static final Pattern CONTRACT = Pattern.compile("合同(?:价款|金额|总价|价)(?:为|是)?$|中标(?:价|金额)(?:为|是)?$");
  private static final Pattern CUT = Pattern.compile("(?:审减|核减)(?:金额|额|资金|额度)?(?:为|是|了)?$");
  private static final Pattern RAISED = Pattern.compile("(?:审增|核增)(?:金额|额|资金|额度)?(?:为|是|了)?$");
  private static final Pattern RATE = Pattern.compile("(审减|核减|审增|核增)率(?:为|是|达)?$");

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    String text = report.text();
    List<Figure> fs = report.figures();
    for (int i = 0; text != null && i < fs.size(); i++) {
      Figure submitted = fs.get(i);
      boolean contract = !money(submitted, SUBMITTED);
      if (contract && (!money(submitted, CONTRACT) || submittedInItsStatement(fs, i, text))) {
        continue;
      }
      String base = contract ? "合同价" : "送审";
      List<Figure> audit = auditAfter(fs, i, text);
      Figure approved = first(audit, f -> money(f, APPROVED) && !SUBMITTED.matcher(SpendingLabels.label(f)).find());
      Figure cut = first(audit, f -> money(f, CUT));
      Figure raised = cut == null ? first(audit, f -> money(f, RAISED)) : null;
      Figure rate = first(audit, f -> Figure.PERCENT.equals(f.kind()) && f.op() == null && RATE.matcher(SpendingLabels.label(f)).find());
      Figure change = cut != null ? cut : raised;
      boolean up = raised != null || rate != null && SpendingLabels.label(rate).contains("增");
      Interval difference = approved == null ? null
          : up ? Figures.of(approved).minus(Figures.of(submitted)) : Figures.of(submitted).minus(Figures.of(approved));
      BigDecimal exactDifference = approved == null ? null
          : up ? approved.yuan().subtract(submitted.yuan()) : submitted.yuan().subtract(approved.yuan());
      boolean cutWrong = change != null && difference != null && !difference.intersects(Figures.of(change));
      if (cutWrong) {
        String expected = Figures.money(exactDifference, MoneyUnit.of(change.unit()), decimals(change));
        String how = up ? "审定" + approved.text() + "减" + base + submitted.text() : base + submitted.text() + "减审定" + approved.text();
        String enWhat = contract ? " contracted" : " submitted";
        String enHow = up ? approved.text() + " approved less " + submitted.text() + enWhat
            : submitted.text() + enWhat + " less " + approved.text() + " approved";
        out.add(finding(SpendingLabels.label(change), change.text(), expected, how, enHow, change.evidence(), submitted.evidence(),
            approved.evidence()));
      }
      // the rate is of the cut as stated; when the cut is itself wrong and the rate is true of the
      // amounts, the cut's finding alone names the slip
      if (rate == null || change == null && difference == null || Figures.of(submitted).lo().signum() <= 0
          || change != null && gives(Figures.of(change), submitted, rate)
          || (change == null || cutWrong) && gives(difference, submitted, rate)) {
        continue;
      }
      BigDecimal part = change != null ? change.yuan() : exactDifference;
      String expected = Figures.percent(part, submitted.yuan());
      String partText = change != null ? change.text() : Figures.money(part, MoneyUnit.of(submitted.unit()), decimals(submitted));
      String rateName = SpendingLabels.rateName(rate);
      out.add(finding(rateName, rate.text(), expected, partText + "÷" + base + submitted.text() + "约",
          partText + " over " + submitted.text() + (contract ? " contracted" : " submitted"), rate.evidence(), submitted.evidence(),
          change != null ? change.evidence() : approved.evidence()));
    }
    return out;
  }

  /**
   * The figures of the statement of the amount submitted at i that follow it up to the next amount
   * submitted, or, when it is the statement's last and nothing is approved after it, the figures before
   * it too (审定金额298.56万元，较送审金额312.40万元审减13.84万元).
   */
  private static List<Figure> auditAfter(List<Figure> fs, int i, String text) {
    List<Figure> out = new ArrayList<>();
    for (int k = i + 1; k < fs.size() && Sentences.oneStatement(text, fs.get(k - 1), fs.get(k)); k++) {
      if (money(fs.get(k), SUBMITTED)) {
        return out;
      }
      out.add(fs.get(k));
    }
    if (first(out, f -> money(f, APPROVED)) == null) {
      for (int k = i - 1; k >= 0 && Sentences.oneStatement(text, fs.get(k), fs.get(k + 1)) && !money(fs.get(k), SUBMITTED); k--) {
        out.add(fs.get(k));
      }
    }
    return out;
  }

  /** Whether an amount submitted stands in the statement of the figure at i: the audit is of that, not of the contract. */
  private static boolean submittedInItsStatement(List<Figure> fs, int i, String text) {
    for (int k = i + 1; k < fs.size() && Sentences.oneStatement(text, fs.get(k - 1), fs.get(k)); k++) {
      if (money(fs.get(k), SUBMITTED)) {
        return true;
      }
    }
    for (int k = i - 1; k >= 0 && Sentences.oneStatement(text, fs.get(k), fs.get(k + 1)); k--) {
      if (money(fs.get(k), SUBMITTED)) {
        return true;
      }
    }
    return false;
  }

  private static boolean gives(Interval part, Figure submitted, Figure rate) {
    Interval computed = part.dividedBy(Figures.of(submitted));
    return computed == null || computed.times(HUNDRED).intersects(Figures.of(rate));
  }

  private static boolean money(Figure f, Pattern label) {
    return Figures.isMoney(f) && f.op() == null && label.matcher(SpendingLabels.label(f)).find();
  }

  private static Figure first(List<Figure> fs, Predicate<Figure> p) {
    return fs.stream().filter(p).findFirst().orElse(null);
  }

  /** The decimals a money figure is written to, for an expected amount written alike (13.84万元, not 13.8400万元). */
  private static int decimals(Figure f) {
    return Math.max(0, f.value().scale());
  }

  private Finding finding(String subject, String stated, String expected, String zhHow, String enHow, Evidence... ev) {
    return Reckoned.finding(this, subject, stated, expected, zhHow, enHow, ev);
  }
}
