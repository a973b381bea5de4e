package dev.jixiao.check.rules;

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
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a unit carries into the next year against what it carried in, took in and spent: 年初结转和结余
 * 35.20万元 + 收入合计2146.83万元 − 支出合计2098.51万元 = 年末结转和结余83.52万元. Only where the report states
 * all four; a 收入合计 that already holds the carry-over (as some final accounts' do) may give the year's end
 * without it, and one whose parts name what was carried in (收入总计4368.20万元，其中：…上年结转55.80万元) needs no
 * opening stated apart. Left alone where the report allots its surplus (结余分配) or draws on its funds (事业基金,
 * 专用基金), whose amounts the identity would need too.
 */
@RuleInfo(
    id = "carry.over",
    severity = Severity.ERROR,
    zh = "年初结转和结余 + 收入合计 − 支出合计 与年末结转和结余不符",
    en = "the carry-over at the year's start plus income less spending against the carry-over at its end")
public final class CarryOverRule implements Rule {
  private static final Pattern OPENING = Pattern.compile("(?:年初|上年)结转(?:和|及)?结余(?:资金)?$");
  private static final Pattern CLOSING = Pattern.compile("年末结转(?:和|及)?结余(?:资金)?$");
  private static final Pattern INCOME = Pattern.compile("^(?:\\d{4}年度?)?(?:本年度?)?收入(?:合计|总计)$");
  private static final Pattern SPENDING = Pattern.compile("^(?:\\d{4}年度?)?(?:本年度?)?支出(?:合计|总计)$");
  /** The carry-over as a part of the income (收入总计…，其中：…上年结转55.80万元): the income holds it. */
  private static final Pattern CARRIED_IN = Pattern.compile("^(?:上年|年初)结转(?:和|及)?(?:结余)?(?:资金|收入)?$");
  /** What else the identity would need: a surplus allotted, or funds drawn on. */
  private static final Pattern OTHER_TERMS = Pattern.compile("结余分配|事业基金|专用基金|经营结余|弥补收支差额");

  @Override
  public List<Finding> check(Report report) {
    String text = report.text();
    // few reports state the year's closing carry-over: look for it before reading the whole text for other terms
    Optional<Figure> closing = SpendingLabels.firstAmount(report, CLOSING);
    if (text == null || closing.isEmpty() || OTHER_TERMS.matcher(text).find()) {
      return List.of();
    }
    Optional<Figure> opening = SpendingLabels.firstAmount(report, OPENING);
    Optional<Figure> income = SpendingLabels.firstAmount(report, INCOME);
    Optional<Figure> spending = SpendingLabels.firstAmount(report, SPENDING);
    if (income.isEmpty() || spending.isEmpty() || opening.isEmpty() && !holdsTheCarryOver(report, income.get())) {
      return List.of();
    }
    Interval year = Figures.of(income.get()).minus(Figures.of(spending.get()));
    Interval end = Figures.of(closing.get());
    if (year.intersects(end) || opening.isPresent() && year.plus(Figures.of(opening.get())).intersects(end)) {
      return List.of();
    }
    int decimals = Math.max(0, closing.get().value().scale());
    if (opening.isEmpty()) {
      // the income holds what was carried in: the year's end is the income less the spending
      BigDecimal exact = Figures.written(income.get()).subtract(Figures.written(spending.get()));
      String expected = Figures.money(exact, MoneyUnit.of(closing.get().unit()), decimals);
      return List.of(Reckoned.finding(this, SpendingLabels.label(closing.get()), Figures.withUnit(closing.get()), expected,
          "收入（含上年结转）" + income.get().text() + "减支出" + spending.get().text(),
          "income with the carry-over " + income.get().text() + " less spending " + spending.get().text(),
          closing.get().evidence(), income.get().evidence(), spending.get().evidence()));
    }
    BigDecimal exact = Figures.written(opening.get()).add(Figures.written(income.get())).subtract(Figures.written(spending.get()));
    String expected = Figures.money(exact, MoneyUnit.of(closing.get().unit()), decimals);
    return List.of(Reckoned.finding(this, SpendingLabels.label(closing.get()), Figures.withUnit(closing.get()), expected,
        "年初结转和结余" + opening.get().text() + "加收入合计" + income.get().text() + "减支出合计" + spending.get().text(),
        "the carry-over " + opening.get().text() + " plus income " + income.get().text() + " less spending " + spending.get().text(),
        closing.get().evidence(), opening.get().evidence(), income.get().evidence(), spending.get().evidence()));
  }

  /** Whether one of the income's parts is what was carried in from the year before (其中：…上年结转55.80万元). */
  private static boolean holdsTheCarryOver(Report report, Figure income) {
    return report.figures().stream()
        .anyMatch(f -> income.id().equals(f.partOf()) && CARRIED_IN.matcher(SpendingLabels.label(f)).matches());
  }
}
