package dev.jixiao.check;

import dev.jixiao.check.rules.AdjustmentRateRule;
import dev.jixiao.check.rules.AllFundsRule;
import dev.jixiao.check.rules.AdjustmentSumRule;
import dev.jixiao.check.rules.LevelAdjustmentRule;
import dev.jixiao.check.rules.BasisRateRule;
import dev.jixiao.check.rules.AmountMagnitudeRule;
import dev.jixiao.check.rules.AuditReductionRule;
import dev.jixiao.check.rules.BalanceRule;
import dev.jixiao.check.rules.BreakdownShareRule;
import dev.jixiao.check.rules.BreakdownSumRule;
import dev.jixiao.check.rules.CarryOverRule;
import dev.jixiao.check.rules.ChangeAmountRule;
import dev.jixiao.check.rules.ChangeRateRule;
import dev.jixiao.check.rules.CountRateRule;
import dev.jixiao.check.rules.FormulaRule;
import dev.jixiao.check.rules.GradeBandsRule;
import dev.jixiao.check.rules.GradeCountRule;
import dev.jixiao.check.rules.GradeListedRule;
import dev.jixiao.check.rules.GradePercentRule;
import dev.jixiao.check.rules.MeanRule;
import dev.jixiao.check.rules.NamedShareRule;
import dev.jixiao.check.rules.PlanRateRule;
import dev.jixiao.check.rules.PointsChangeRule;
import dev.jixiao.check.rules.QuarterlyProgressRule;
import dev.jixiao.check.rules.ProductRule;
import dev.jixiao.check.rules.ProjectDuplicateRule;
import dev.jixiao.check.rules.ProjectRateRule;
import dev.jixiao.check.rules.RateAppliedRule;
import dev.jixiao.check.rules.RateBoundRule;
import dev.jixiao.check.rules.RemainderRule;
import dev.jixiao.check.rules.RestatedRule;
import dev.jixiao.check.rules.ScoreBandRule;
import dev.jixiao.check.rules.ScoreDeductionRule;
import dev.jixiao.check.rules.ScoreDeductionSumRule;
import dev.jixiao.check.rules.ScoreFullMarkRule;
import dev.jixiao.check.rules.ScoreRateRule;
import dev.jixiao.check.rules.ScoreSumRule;
import dev.jixiao.check.rules.ScoreWeightRule;
import dev.jixiao.check.rules.SavingRateRule;
import dev.jixiao.check.rules.SharePairsRule;
import dev.jixiao.check.rules.SpendingRateRule;
import dev.jixiao.check.rules.StatedBaseShareRule;
import dev.jixiao.check.rules.TableChangeRule;
import dev.jixiao.check.rules.TargetClaimRule;
import dev.jixiao.check.rules.TargetMissedRule;
import dev.jixiao.check.rules.TargetRateRule;
import dev.jixiao.check.rules.TenderSavingRule;
import dev.jixiao.check.rules.TotalCountRule;
import dev.jixiao.check.rules.TotalRateRule;
import dev.jixiao.check.rules.TotalShareRule;
import dev.jixiao.check.rules.TotalSumRule;
import dev.jixiao.check.rules.UnitRestatedRule;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Every cross-check rule, in the order they run: the catalogue is plain code, as Error Prone's
 * BuiltInCheckerSuppliers. {@code jixiao rules} prints it.
 */
public final class RuleCatalog {
  private final List<Rule> rules;

  private RuleCatalog(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static RuleCatalog standard() {
    return new RuleCatalog(List.of(
        new ProjectRateRule(),
        new TotalRateRule(),
        new TotalShareRule(),
        new TotalSumRule(),
        new TotalCountRule(),
        new GradeCountRule(),
        new GradeListedRule(),
        new GradePercentRule(),
        new ScoreSumRule(),
        new ScoreWeightRule(),
        new ScoreFullMarkRule(),
        new ScoreDeductionRule(),
        new ScoreDeductionSumRule(),
        new ScoreRateRule(),
        new ScoreBandRule(),
        new GradeBandsRule(),
        new RestatedRule(),
        new UnitRestatedRule(),
        new ProjectDuplicateRule(),
        new AmountMagnitudeRule(),
        new BreakdownSumRule(),
        new BreakdownShareRule(),
        new NamedShareRule(),
        new StatedBaseShareRule(),
        new RateAppliedRule(),
        new SharePairsRule(),
        new BalanceRule(),
        new AdjustmentSumRule(),
        new AdjustmentRateRule(),
        new LevelAdjustmentRule(),
        new BasisRateRule(),
        new CarryOverRule(),
        new ProductRule(),
        new MeanRule(),
        new ChangeRateRule(),
        new ChangeAmountRule(),
        new TableChangeRule(),
        new PointsChangeRule(),
        new SpendingRateRule(),
        new AllFundsRule(),
        new QuarterlyProgressRule(),
        new SavingRateRule(),
        new TenderSavingRule(),
        new FormulaRule(),
        new PlanRateRule(),
        new TargetRateRule(),
        new RemainderRule(),
        new CountRateRule(),
        new TargetMissedRule(),
        new TargetClaimRule(),
        new AuditReductionRule(),
        new RateBoundRule()));
  }

  public List<Rule> rules() {
    return rules;
  }

  /**
   * Runs every rule. A rule that throws is skipped (its failure must not hide the others'
   * findings). On OCR text an error may be a misread digit, so errors become warnings that say so.
   */
  public Checker checker() {
    return report -> {
      List<Finding> out = new ArrayList<>();
      for (Rule rule : rules) {
        try {
          out.addAll(rule.check(report));
        } catch (RuntimeException e) {
          // a defect in one rule must neither hide the other rules' findings nor pass for "no findings"
          out.add(new Finding(rule.info().id(), Severity.INFO, "规则执行失败",
              "规则" + rule.info().id() + "执行失败，未能检查此项。 The rule failed and did not check this report: " + e, null, null, List.of()));
        }
      }
      return report.source() != null && report.source().ocr() ? out.stream().map(RuleCatalog::lenient).toList() : out;
    };
  }

  private static Finding lenient(Finding f) {
    if (f.severity() != Severity.ERROR) {
      return f;
    }
    return new Finding(f.rule(), Severity.WARNING, f.subject(),
        f.message() + "（数据来自OCR识别，可能为数字误读。Read by OCR: a digit may be misread.）", f.stated(), f.expected(), f.evidence());
  }
}
