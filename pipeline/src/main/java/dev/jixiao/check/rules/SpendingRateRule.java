package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Percent;
import dev.jixiao.record.Project;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import dev.jixiao.record.Totals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rate stated with the spending and the budget it is reckoned from, in one sentence, for
 * what is neither the unit's total nor a project: “三公”经费预算数为10万元，实际支出8万元，执行率为80%;
 * 办公经费预算27万元，实际支出29.35万元，完成预算的108.7%. The spending is the last amount named
 * as spent before the rate, with no other amount between them; the budget any amount named as
 * budgeted in the sentence, of the same subject (公用经费年初预算 and 公用经费决算, or one of them
 * naming none). The rate is flagged only when no such budget gives it: a sentence may state
 * the budget at the start of the year and after its adjustment, and the rate may rest on
 * either. A rate that total.rate checks against the unit's totals, or project.rate against a
 * project's budget and spending, is theirs.
 */
@RuleInfo(
    id = "spending.rate",
    severity = Severity.ERROR,
    zh = "支出 ÷ 预算 与同句所述执行率不符（三公经费、公用经费等）",
    en = "a stated execution rate against the spending and the budget stated with it (三公经费预算10万元，实际支出8万元，执行率80%)")
public final class SpendingRateRule implements Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** The rate's label: a rate of spending (执行率, 支付率…), or spending as a share of the budget (完成预算的, 占预算的). */
  private static final Pattern RATE = Pattern.compile(
      "(?:执行率|完成率|支付率|使用率|支出率|拨付率|执行进度|支出进度)(?:为|达到|达|是)?$|(?:^|[^比较])(?:完成|占|为|达到)(?:全年|年初|调整后)?预算(?:数)?的?$");
  /** Words that name an amount as spent, paid or used. */
  private static final Pattern SPENT = Pattern.compile("支出|决算|执行|完成|使用|拨付|支付|实际");
  /** Words that name an amount as budgeted, planned or granted. */
  private static final Pattern BUDGETED = Pattern.compile("预算|计划|批复|安排|下达|到位|核定");
  /** An amount of the year before, or a change from it: not this year's spending or budget. */
  private static final Pattern OTHER_YEAR = Pattern.compile("上年|去年|上一年|比|较|同比|增加|减少|增长|下降");
  /** What a label says besides its subject: the words above, and when, and who. */
  private static final Pattern NOT_SUBJECT = Pattern.compile(
      "\\d{4}年度?|本单位|本部门|我单位|我镇|我局|本年度?|当年|全年|年初|年度|调整后|总额|金额|资金|数|共|累计|为|的|[“”\"\\s]|"
          + SPENT.pattern() + "|" + BUDGETED.pattern());

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    String text = report.text();
    if (text == null) {
      return out;
    }
    Set<Integer> checked = new HashSet<>();
    for (Project p : report.projects()) {
      if (p.budget() != null && p.expenditure() != null && p.completionRate() != null) {
        checked.add(p.completionRate().evidence().start());
      }
    }
    checked.add(checkedTotalRate(report.totals()));
    List<Figure> fs = report.figures();
    for (int i = 1; i < fs.size(); i++) {
      Figure rate = fs.get(i);
      if (!Figure.PERCENT.equals(rate.kind()) || rate.op() != null || !RATE.matcher(label(rate)).find()
          || checked.contains(rate.evidence().start())) {
        continue;
      }
      Figure spent = spentBefore(fs, i, text);
      if (spent == null) {
        continue;
      }
      List<Figure> budgets = budgetsWith(fs, i, spent, text);
      if (budgets.isEmpty()) {
        continue;
      }
      Interval stated = Figures.of(rate);
      boolean holds = false;
      for (Figure b : budgets) {
        Interval r = Figures.of(spent).dividedBy(Figures.of(b));
        holds |= r == null || r.times(HUNDRED).intersects(stated);
      }
      if (holds) {
        continue;
      }
      Figure budget = nearest(budgets, spent);
      String expected = Figures.percent(Figures.written(spent), Figures.written(budget));
      String subject = subject(spent).isEmpty() ? subject(budget) : subject(spent);
      String zhSubject = subject.isEmpty() ? "" : "“" + subject + "”";
      out.add(FindingBuilder.of(this)
          .subject(subject.isEmpty() ? label(rate) : subject)
          .message(zhSubject + "支出" + spent.text() + "、预算" + budget.text() + "，" + label(rate).replaceAll("[为的]$", "") + "应约为" + expected
                  + "，报告写的是" + rate.text() + "。",
              (subject.isEmpty() ? "" : subject + ": ") + spent.text() + " spent of " + budget.text() + " is about " + expected
                  + ", not the stated " + rate.text() + ".")
          .stated(rate.text())
          .expected(expected)
          .evidence(rate.evidence(), spent.evidence(), budget.evidence())
          .build());
    }
    return out;
  }

  /** Where the execution rate that total.rate checks starts; -1 when it checks none. */
  private static int checkedTotalRate(Totals t) {
    Percent rate = t.executionRate();
    return t.budget() == null || t.expenditure() == null || rate == null ? -1 : rate.evidence().start();
  }

  /** The amount spent the rate at i is of: the money figure right before it in its sentence, when its label names it spent. */
  private static Figure spentBefore(List<Figure> fs, int i, String text) {
    for (int k = i - 1; k >= 0; k--) {
      Figure f = fs.get(k);
      if (!Sentences.together(text, f, fs.get(i))) {
        return null;
      }
      if (Figures.isMoney(f)) {
        return f.op() == null && spent(f) ? f : null;
      }
    }
    return null;
  }

  /** The amounts budgeted in the sentence of the rate at i, of the spending's subject. */
  private static List<Figure> budgetsWith(List<Figure> fs, int i, Figure spent, String text) {
    List<Figure> out = new ArrayList<>();
    // the sentence's figures only: walking out from the rate both ways, each step one gap of text
    for (int k = i - 1; k >= 0 && Sentences.together(text, fs.get(k), fs.get(k + 1)); k--) {
      addIfBudget(out, fs.get(k), spent);
    }
    for (int k = i + 1; k < fs.size() && Sentences.together(text, fs.get(k - 1), fs.get(k)); k++) {
      addIfBudget(out, fs.get(k), spent);
    }
    return out;
  }

  private static void addIfBudget(List<Figure> out, Figure f, Figure spent) {
    if (f != spent && Figures.isMoney(f) && f.op() == null && budgeted(f) && sameSubject(subject(f), subject(spent))) {
      out.add(f);
    }
  }

  private static Figure nearest(List<Figure> budgets, Figure spent) {
    Figure best = budgets.get(0);
    for (Figure b : budgets) {
      if (Math.abs(b.evidence().start() - spent.evidence().start()) < Math.abs(best.evidence().start() - spent.evidence().start())) {
        best = b;
      }
    }
    return best;
  }

  /** Named as spent (实际支出, 决算, 预算执行数, 完成预算资金), and of this year. */
  private static boolean spent(Figure f) {
    String l = label(f);
    return SPENT.matcher(l).find() && !OTHER_YEAR.matcher(l).find() && !budgetOnly(l);
  }

  /** Named as budgeted (三公经费预算数, 年初预算支出, 调整后预算), and of this year. */
  private static boolean budgeted(Figure f) {
    String l = label(f);
    return budgetOnly(l) && !OTHER_YEAR.matcher(l).find();
  }

  /** A budget's words and none of spending's but 支出 after 预算 (年初预算支出 is a budget). */
  private static boolean budgetOnly(String label) {
    return BUDGETED.matcher(label).find() && !SPENT.matcher(label.replace("预算支出", "预算")).find();
  }

  private static String subject(Figure f) {
    return NOT_SUBJECT.matcher(label(f)).replaceAll("");
  }

  /** The same subject, or one of the two names none (实际支出 after 三公经费预算数). */
  private static boolean sameSubject(String a, String b) {
    return a.isEmpty() || b.isEmpty() || a.contains(b) || b.contains(a);
  }

  private static String label(Figure f) {
    return f.label() == null ? "" : f.label().strip();
  }
}
