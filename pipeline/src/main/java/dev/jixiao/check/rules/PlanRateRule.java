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
 * What was done against what was planned, and the rate stated for it, counted in one measure in one
 * clause: 完成农村改厕560户，计划500户，完成率112%; 计划新建道路12公里，实际完成12.6公里，完成率105%.
 * The plan is the count named 计划, 目标 or 任务 (or what was done of which, 建成农田5.2万亩，完成年度目标任务5万亩的
 * 104.00%), what was done the other count of its measure; both
 * stand before the rate and after any rate before it, so a sentence may state several such, or in parentheses
 * right after it (完成率100.84%（目标51.92万亩，实际52.36万亩）); a plan alone there makes any rate one of it, of the
 * count before (已签约入驻企业9家，签约率75%（计划12家）). Money
 * done against its plan is spending against a budget, which spending.rate checks.
 */
@RuleInfo(
    id = "plan.rate",
    severity = Severity.ERROR,
    zh = "完成数 ÷ 计划数 与所述完成率不符（完成560户，计划500户，完成率112%）",
    en = "a stated completion rate against what was done and what was planned (560 done of 500 planned is 112%)")
public final class PlanRateRule implements Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** The rate's words: a completion rate, or what was done as a share of the plan (为计划的, 完成计划的). */
  private static final Pattern RATE =
      Pattern.compile("完成率(?:为|达到|达|是)?$|(?:完成|为|达|达到|占)(?:年度|全年)?(?:计划|目标)?(?:任务)?(?<=计划|目标|任务)(?:数)?的?$");
  /** Any rate, which a plan in parentheses after it makes a rate of that plan. */
  private static final Pattern ANY_RATE = Pattern.compile("率(?:为|达到|达|是)?$");
  /** A plan's words (计划500户, 目标任务12公里, 年度任务), not a plan's rate or what was done of it (完成计划). */
  private static final Pattern PLAN = Pattern.compile("计划|目标|任务");
  /** What was done beyond or short of the plan (较目标值12,000人多300人, 比目标少2个村): a difference, no plan nor what was done. */
  private static final Pattern BEYOND = Sentences.SHORT_OR_BEYOND;
  private static final Pattern DONE_OF_PLAN = Pattern.compile("完成(?:年度|全年)?(?:计划|目标|任务)");

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    String text = report.text();
    if (text == null) {
      return out;
    }
    List<Figure> fs = report.figures();
    for (int i = 0; i < fs.size(); i++) {
      Figure rate = fs.get(i);
      if (!Figure.PERCENT.equals(rate.kind()) || rate.op() != null) {
        continue;
      }
      String label = SpendingLabels.label(rate);
      boolean completion = RATE.matcher(label).find();
      if (!completion && !ANY_RATE.matcher(label).find()) {
        continue;
      }
      List<Figure> stated = stated(fs, i, text, completion);
      Figure plan = stated.stream().filter(PlanRateRule::plan).findFirst().orElse(null);
      if (plan == null || plan.value().signum() <= 0) {
        continue;
      }
      // (nor is by how much it was beaten what was done, nor what each did on average: 平均每所少年宫407.71人)
      List<Figure> done = stated.stream()
          .filter(f -> !plan(f) && f.unit().equals(plan.unit()) && !BEYOND.matcher(SpendingLabels.label(f)).find()
              && !SpendingLabels.namesAnAverage(SpendingLabels.label(f))).toList();
      if (done.isEmpty() || done.stream().anyMatch(d -> gives(d, plan, rate))) {
        continue; // of several counts done (改厕560户，其中验收合格540户), the rate may be of any
      }
      Figure nearest = done.get(0);
      String expected = Figures.percent(nearest.value(), plan.value());
      String subject = SpendingLabels.label(nearest);
      out.add(FindingBuilder.of(this)
          .subject(subject.isEmpty() ? SpendingLabels.label(rate) : subject)
          .message("完成" + nearest.text() + "、计划" + plan.text() + "，" + SpendingLabels.label(rate).replaceAll("[为的]$", "") + "应约为" + expected
                  + "，报告写的是" + rate.text() + "。",
              nearest.text() + " done of " + plan.text() + " planned is about " + expected + ", not the stated " + rate.text() + ".")
          .stated(rate.text())
          .expected(expected)
          .evidence(rate.evidence(), nearest.evidence(), plan.evidence())
          .build());
    }
    return out;
  }


  /**
   * The counts a rate at i is of: those before it in its clause when one is a plan and the rate one of
   * completion; else those in parentheses right after any rate, with the counts before it when the
   * parentheses give only the plan (签约入驻企业9家，签约率75%（计划12家）).
   */
  private static List<Figure> stated(List<Figure> fs, int i, String text, boolean completion) {
    List<Figure> before = Sentences.countsBefore(fs, i, text);
    if (completion && before.stream().anyMatch(PlanRateRule::plan)) {
      return before;
    }
    List<Figure> after = inParenthesesAfter(fs, i, text);
    Figure plan = after.stream().filter(PlanRateRule::plan).findFirst().orElse(null);
    if (plan == null || after.stream().anyMatch(f -> !plan(f) && f.unit().equals(plan.unit()))) {
      return completion || plan != null ? after : List.of();
    }
    List<Figure> out = new ArrayList<>(after);
    out.addAll(before);
    return out;
  }

  /** The counts in parentheses right after the rate at i (完成率100.84%（目标51.92万亩，实际52.36万亩）). */
  private static List<Figure> inParenthesesAfter(List<Figure> fs, int i, String text) {
    List<Figure> out = new ArrayList<>();
    int after = fs.get(i).evidence().end();
    if (after >= text.length() || text.charAt(after) != '（' && text.charAt(after) != '(') {
      return out;
    }
    for (int k = i + 1; k < fs.size(); k++) {
      // (and none after parentheses that close before the next figure: 筛查率99.10%（3,098÷3,126）, a reckoning)
      String before = text.substring(fs.get(k - 1).evidence().end(), fs.get(k).evidence().start());
      if (before.contains(")") || before.contains("）") || before.contains("。")) {
        break;
      }
      if (Figure.COUNT.equals(fs.get(k).kind()) && fs.get(k).op() == null) {
        out.add(fs.get(k));
      }
    }
    return out;
  }

  /** Whether what was done, over the plan, gives the stated rate. */
  private static boolean gives(Figure done, Figure plan, Figure rate) {
    // a plan written whole beside work done to a decimal (12公里, 12.6公里) is as exact as the work
    int scale = Math.max(0, Math.max(plan.value().scale(), done.value().scale()));
    Interval computed = at(done, scale).dividedBy(at(plan, scale));
    return computed == null || computed.times(HUNDRED).intersects(Figures.of(rate));
  }

  /** Named as planned; or as what was done against, when 的 and the rate follow (完成年度目标任务5万亩的104.00%). */
  private static boolean plan(Figure f) {
    String label = SpendingLabels.label(f);
    return PLAN.matcher(label).find() && (!DONE_OF_PLAN.matcher(label).find() || label.endsWith("的")) && !BEYOND.matcher(label).find();
  }

  /** A count's interval as written to {@code scale} decimals. */
  private static Interval at(Figure f, int scale) {
    // a count in 万 is reckoned in ones by Figures.of, rounded as written
    boolean inOnes = f.unit().equals(Figures.onesUnit(f));
    return f.value().scale() < scale && inOnes ? Interval.written(f.value().setScale(scale)) : Figures.of(f);
  }
}
