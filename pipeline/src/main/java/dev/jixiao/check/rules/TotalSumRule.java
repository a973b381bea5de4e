package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Evidence;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Money;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.record.Project;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import dev.jixiao.record.Totals;
import dev.jixiao.text.ChineseNumerals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The listed projects' budgets (and expenditures) added up against the stated total. Only a
 * full list is added up (see {@link ListedProjects}) and, when the report states how many
 * projects there are, only a list of that many; each budget is widened to its rounding interval,
 * so only a difference no rounding explains is flagged. The totals are those the projects' table
 * states in its total row (合计), or else the sentence that counts the projects, when either states
 * any; else the report's.
 */
@RuleInfo(
    id = "total.sum",
    severity = Severity.ERROR,
    zh = "所列项目预算（或支出）之和与所述总额不符",
    en = "the sum of listed project budgets (or expenditures) against the stated total")
public final class TotalSumRule implements Rule {
  /** A total of the projects' money named as such, not as a budget (自评项目总金额, 资金总额). */
  private static final Pattern PROJECTS_TOTAL = Pattern.compile("项目总金额|资金总额|总金额$");
  /** A line's end that announces a list on the lines after: 其中：, 具体如下：. */
  private static final Pattern ANNOUNCES = Pattern.compile("(?:其中|如下)[:：]$");
  /** A sentence that sums up the projects listed before it, by their number: 以上六个项目预算合计, 上述3个项目共计. */
  private static final Pattern SUMMED_UP =
      Pattern.compile("[ ]*(?:以上|上述)(?<n>\\d{1,3}|[一二两三四五六七八九十]{1,3})(?:个|项)?项目[^。;\\n]*?(?:合计|共计|总计)");

  @Override
  public List<Finding> check(Report report) {
    // a table's own total row holds for its projects whether they are all or a choice of them
    var others = report.totals().others();
    boolean ownRow = others.containsKey(Totals.LISTED_BUDGET) || others.containsKey(Totals.LISTED_EXPENDITURE);
    if (ownRow ? !ListedProjects.carriesBudgets(report) : !ListedProjects.isFullList(report)) {
      return List.of();
    }
    var stated = report.totals().projectCount();
    if (stated == null && ListedProjects.count(report.projects()) < 2) {
      return List.of(); // one project uncounted is the report's own subject, its budget told before or after an adjustment: no sum
    }
    if (stated != null && ListedProjects.count(report.projects()) != stated.value()) {
      return List.of(); // not the list the total is about (a fragment, a sample); total.count reports the count
    }
    List<Finding> out = new ArrayList<>();
    Predicate<Figure> budgeted = f -> SpendingLabels.budgeted(f) || PROJECTS_TOTAL.matcher(SpendingLabels.label(f)).find();
    Optional<Money> budget = listed(report, Totals.LISTED_BUDGET)
        .or(() -> statedWithCount(report, budgeted))
        .or(() -> summedUp(report, budgeted))
        .or(() -> onTheLineAbove(report, budgeted));
    Optional<Money> spent = listed(report, Totals.LISTED_EXPENDITURE)
        .or(() -> statedWithCount(report, SpendingLabels::spent))
        .or(() -> summedUp(report, SpendingLabels::spent))
        .or(() -> onTheLineAbove(report, SpendingLabels::spent));
    // a sentence that counts the projects and states an amount of theirs is about them; the report's
    // totals may then be the unit's
    boolean own = budget.isPresent() || spent.isPresent();
    // the projects' budgets may be those after the year's adjustments (各子项目调整后预算合计635.00万元 against 年初预算600.00万元)
    Money statedBudget = own ? budget.orElse(null) : report.totals().budget();
    boolean reportsBudget = statedBudget != null && report.totals().budget() != null
        && statedBudget.yuan().compareTo(report.totals().budget().yuan()) == 0;
    Money adjusted = reportsBudget && report.totals().others().get("adjustedBudget") instanceof Money m ? m : null;
    sum(out, report, statedBudget, adjusted, Project::budget, "预算", "budgets");
    if (report.projects().stream().allMatch(p -> p.expenditure() != null)) {
      sum(out, report, own ? spent.orElse(null) : report.totals().expenditure(), null, Project::expenditure, "支出", "expenditures");
    }
    return out;
  }

  /** The projects' own total as their table's total row (合计) states it. */
  private static Optional<Money> listed(Report report, String key) {
    return report.totals().others().get(key) instanceof Money m ? Optional.of(m) : Optional.empty();
  }

  /**
   * The projects' own budget (or spending) as the sentence that counts them states it (共实施项目3个，
   * 预算总额1400万元，实际支出1350万元): a department's report may state the unit's totals first, with
   * its basic spending in them, and the record's totals are then the unit's, not the projects'.
   */
  private static Optional<Money> statedWithCount(Report report, Predicate<Figure> kind) {
    var count = report.totals().projectCount();
    String text = report.text();
    if (count == null || text == null) {
      return Optional.empty();
    }
    return report.figures().stream()
        .filter(f -> Figures.isMoney(f) && f.op() == null && kind.test(f) && Sentences.together(text, f.evidence(), count.evidence()))
        .findFirst()
        .map(TotalSumRule::money);
  }

  /**
   * The projects' own budget (or spending) as a sentence that sums up as many projects as are listed states it (以上六个项目预算
   * 合计480.00万元，支出合计469.35万元): a fund's report may list the projects of one of its parts, and its totals are the fund's.
   */
  private static Optional<Money> summedUp(Report report, Predicate<Figure> kind) {
    String text = report.text();
    if (text == null) {
      return Optional.empty();
    }
    int listed = ListedProjects.count(report.projects());
    return report.figures().stream()
        .filter(f -> Figures.isMoney(f) && f.op() == null && kind.test(f) && sumsUp(text, f.evidence().start(), listed))
        .findFirst()
        .map(TotalSumRule::money);
  }

  /**
   * The projects' own budget (or spending) as the line they are listed under states it, ending with the colon that announces them
   * (2.项目支出：预算672万元，实际支出615.45万元，执行率91.58%。其中：⏎（1）基本公共卫生服务项目：…): a department's report lists the
   * projects of its 项目支出, and its totals are the department's.
   */
  private static Optional<Money> onTheLineAbove(Report report, Predicate<Figure> kind) {
    String text = report.text();
    Evidence first = report.projects().isEmpty() ? null : report.projects().get(0).evidence();
    if (text == null || first == null) {
      return Optional.empty();
    }
    Sentences.Line above = Sentences.lineBefore(text, text.lastIndexOf('\n', first.start() - 1) + 1);
    if (above == null || !ANNOUNCES.matcher(text).region(above.start(), above.end()).find()) {
      return Optional.empty();
    }
    return report.figures().stream()
        .filter(f -> Figures.isMoney(f) && f.op() == null && kind.test(f) && above.holds(f))
        .findFirst()
        .map(TotalSumRule::money);
  }

  private static boolean sumsUp(String text, int at, int listed) {
    int start = Sentences.start(text, at);
    Matcher m = SUMMED_UP.matcher(text).region(start, at);
    return m.lookingAt() && ChineseNumerals.digitsOrNumerals(m.group("n")).orElse(-1) == listed;
  }

  private static Money money(Figure f) {
    return Money.of(f.text(), f.value(), MoneyUnit.of(f.unit()), f.evidence());
  }

  private void sum(List<Finding> out, Report r, Money stated, Money alsoStated, Function<Project, Money> figure, String zh, String en) {
    if (stated == null) {
      return;
    }
    Interval sum = Interval.exact(BigDecimal.ZERO);
    BigDecimal exact = BigDecimal.ZERO;
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(stated.evidence());
    for (Project p : r.projects()) {
      Money m = figure.apply(p);
      sum = sum.plus(Figures.yuan(m));
      exact = exact.add(m.yuan());
      evidence.add(m.evidence());
    }
    if (sum.intersects(Figures.yuan(stated)) || alsoStated != null && sum.intersects(Figures.yuan(alsoStated))) {
      return;
    }
    // written to the stated total's decimals: a sum of amounts written to the 分 is 2030.30, not 2030.3
    String expected = Figures.money(exact, stated.unit(), Math.max(0, stated.value().scale()));
    // a table's cell leaves its unit to the header (预算数（万元）)
    String shown = stated.text().contains(stated.unit().symbol()) ? stated.text() : stated.text() + stated.unit().symbol();
    out.add(FindingBuilder.of(this)
        .subject(Figures.labelAt(r, stated.evidence(), "项目" + zh + "总额"))
        .message("所列" + r.projects().size() + "个项目的" + zh + "合计" + expected + "，与报告所述总额" + shown + "不符。",
            "The " + r.projects().size() + " listed projects' " + en + " add up to " + expected + ", not the stated total " + shown + ".")
        .stated(shown)
        .expected(expected)
        .evidence(evidence)
        .build());
  }
}
