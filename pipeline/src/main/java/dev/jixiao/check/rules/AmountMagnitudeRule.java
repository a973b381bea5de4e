package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Money;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.record.Project;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Amounts that only make sense in another unit. Money is kept to the 分 (0.01元): an amount in
 * 元 with more than two decimals, or in 万元 with more than six, was written in the wrong unit
 * (18.092382元 is 18.092382万元 to the 分). A project budget under 100元 is implausible too.
 */
@RuleInfo(
    id = "amount.magnitude",
    severity = Severity.WARNING,
    zh = "金额与其单位不相称（如精确到分以下的“元”），单位可能写错",
    en = "an amount implausible for its unit or context (e.g. 18.092382元 for a building repair)")
public final class AmountMagnitudeRule implements Rule {
  private static final BigDecimal SMALLEST_BUDGET = new BigDecimal(100);

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    for (Project p : report.projects()) {
      for (Money m : new Money[] {p.budget(), p.expenditure()}) {
        if (m == null) {
          continue;
        }
        MoneyUnit likely = likelyUnit(m);
        if (likely != null) {
          String expected = m.value().toPlainString() + likely.symbol();
          out.add(FindingBuilder.of(this)
              .subject(p.name())
              .message("项目“" + p.name() + "”的金额" + m.text() + "与单位不相称，应是" + expected + "。",
                  "Project " + p.name() + ": " + m.text() + " is implausible in " + m.unit().symbol() + "; it is most likely " + expected + ".")
              .stated(m.text())
              .expected(expected)
              .evidence(m.evidence())
              .build());
        }
      }
    }
    return out;
  }

  /** The unit the amount was most likely meant in, or null when it is plausible as written. */
  static MoneyUnit likelyUnit(Money m) {
    int decimals = Math.max(m.value().stripTrailingZeros().scale(), 0);
    return switch (m.unit()) {
      case YUAN -> decimals > 2 || m.value().signum() > 0 && m.value().compareTo(SMALLEST_BUDGET) < 0 ? MoneyUnit.WAN_YUAN : null;
      case QIAN_YUAN -> decimals > 3 ? MoneyUnit.YUAN : null;
      case WAN_YUAN -> decimals > 6 ? MoneyUnit.YUAN : null;
      case YI_YUAN -> decimals > 10 ? MoneyUnit.WAN_YUAN : null;
    };
  }
}
