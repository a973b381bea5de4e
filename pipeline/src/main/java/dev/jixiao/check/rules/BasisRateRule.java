package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Money;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rate reckoned on a budget its sentence names, figure and all, as its basis: 按调整后预算1,260.00万元计算，预算执行率为95.44%;
 * 预算执行率98.28%（按调整后预算648.00万元计算）; 预算执行率（按调整后预算412.60万元计算）为97.86%; （若按年初预算480.00万元计算则为
 * 104.85%）; 以调整后预算1,464.10万元为基数，整体预算执行率97.08%. The rate must be what was spent over that figure. Reports state the
 * basis again where they state two rates, one on the budget after its adjustment and one on the budget at the year's start; the
 * rules that hold the unit's or a project's rate read the budget stated first, so a basis written wrong, or a second rate, was
 * read by none.
 *
 * <p>What was spent is an amount before the basis in its sentence, or, when the sentence opens with the basis, in the sentence
 * before (全年实际支出116.75万元，…。以调整后预算126.00万元计，预算执行率92.66%). Labels of spending vary (兑付, 发放, 拨付保费), so every
 * amount there is a candidate, and the rate is flagged only when none of them gives it: the basis is named, the spending is not.
 * A basis before a colon is that of every rate its sentence goes on to state (按调整后预算1000.00万元口径计算：一季度末累计支出
 * 96.00万元，支出进度9.60%；…), and one stated as 以上…均按 that of every rate of the sentence before; each such rate is of the
 * amounts stated since the rate before it.
 *
 * <p>A basis may be named without its figure (按调整后预算计算执行率94.62%; （按年初预算计算为105.31%）): it is the last amount before the
 * rate named as that budget, of the whole, not of a level or a kind (县级调整后预算 is no basis of all that was spent).
 *
 * <p>Where total.rate or project.rate finds the rate itself wrong, their finding names it, and this rule says nothing more.
 */
@RuleInfo(
    id = "basis.rate",
    severity = Severity.ERROR,
    zh = "执行率与句中注明的计算基数不符（按调整后预算1,260.00万元计算，预算执行率95.44%）",
    en = "a rate against the budget its sentence names as its basis (按调整后预算1,260.00万元计算，预算执行率为95.44%)")
public final class BasisRateRule implements Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** A budget named as a rate's basis, the words before its figure: 按调整后预算, 以年初预算, 若按年初预算, 以上进度均按调整后预算. */
  private static final Pattern BASIS =
      Pattern.compile("(?:(?:若|如)?(?:按|以)(?:照)?|以上\\p{IsHan}{0,6}?均(?:按|以))\\p{IsHan}{0,6}?预算(?:数|资金|总额)?(?:为)?");
  /** The words after the basis's figure: 计算, 计, 口径计算, 为基数计算. */
  private static final Pattern RECKONED = Pattern.compile("[ ]*(?:口径)?(?:计算|计|为基数(?:计算)?)");
  /** From the basis to a rate stated right after it: 计算，预算执行率为; 计算执行率; 计算则为; 计算）为. */
  private static final Pattern TO_THE_RATE =
      Pattern.compile("[）)]?(?:的)?[，,]?(?:\\p{IsHan}{0,8}?(?:执行率|执行进度|支出进度))?(?:则)?(?:为|达到|达|是)?");
  /** A basis in parentheses right after its rate ends there or goes on to another: （按调整后预算648.00万元计算）, …计算；若按…）. */
  private static final Pattern ASIDE_GOES_ON = Pattern.compile("[ ]*[）)；;，,]");
  /** A rate's name where one basis stands for a passage's rates: 支出进度, 当季进度, 执行率, （占预算, 占. */
  private static final Pattern RATE = Pattern.compile("(?:执行率|进度|支出率|支付率)(?:为|达到|达|是)?$|^占(?:全年|年初|调整后)?(?:预算)?的?$");
  /**
   * A budget named as a rate's basis by its name alone, its figure stated before: 按调整后预算计算, 若按年初预算口径计算, 以调增后预算计算. Group 1
   * when of the budget after its adjustment, group 2 when of the year's start.
   */
  private static final Pattern BASIS_BY_NAME =
      Pattern.compile("(?:若|如)?(?:按|以)(?:照)?(?:(调(?:整|增|减)后(?:全年)?)|(年初))预算(?:数)?(?:口径)?(?:计算|计)");
  /** The label of a budget after its adjustment, ending so: 调整后预算, 调整后全年预算为, 调增后部门预算数. */
  private static final Pattern ADJUSTED_BUDGET = Pattern.compile("调(?:整|增|减)后\\p{IsHan}{0,4}?预算(?:数|总额)?(?:为|是)?$");
  /** The label of the budget at the year's start, ending so: 年初预算, 2024年部门年初预算, 年初预算数为. */
  private static final Pattern YEAR_START_BUDGET = Pattern.compile("年初\\p{IsHan}{0,2}?预算(?:数|总额)?(?:为|是)?$");
  /** Words that make a budget one level's or one kind's, not the whole's a rate of all the spending is of: 县级调整后预算, 基本支出年初预算. */
  private static final Pattern ONE_PART = Pattern.compile(Levels.LEVEL + "|省|市|基本支出|项目支出|人员经费|公用经费|一般公共预算|政府性基金");
  /** Where the words before a basis start: a clause's or an aside's opening. */
  private static final String OPENINGS = "，,；;。：:（(\n";

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    List<Reckoning> reckonings = reckonings(report.text(), report.figures(), report.totals().expenditure());
    if (reckonings.isEmpty()) {
      return out;
    }
    Set<Integer> flaggedElsewhere = flaggedElsewhere(report);
    for (Reckoning r : reckonings) {
      if (!flaggedElsewhere.contains(r.rate().evidence().start())) {
        check(out, r);
      }
    }
    return out;
  }

  /** A rate, the basis its sentence names for it, and the amounts it may be of. */
  record Reckoning(Figure rate, Figure basis, List<Figure> spent) {}

  /**
   * Every rate of the text reckoned on a basis it names, with amounts it may be of: this rule's to hold, so spending.rate leaves
   * them alone.
   */
  static List<Reckoning> reckonings(String text, List<Figure> fs, Money unitSpent) {
    List<Reckoning> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (int i = 0; i < fs.size(); i++) {
      Figure basis = fs.get(i);
      // most amounts have no budget's words before them: that is asked first, without a regex
      int start = basis.evidence().start();
      if (!plainMoney(basis) || !budgetJustBefore(text, start)) {
        continue;
      }
      int opening = opening(text, basis);
      String before = Sentences.withoutBlanks(text, opening + 1, start);
      if (!BASIS.matcher(before).matches()) {
        continue;
      }
      Matcher reckoned = RECKONED.matcher(text).region(basis.evidence().end(), text.length());
      if (!reckoned.lookingAt()) {
        continue;
      }
      int from = reckoned.end();
      if (before.startsWith("以上")) {
        readPassage(out, passageBefore(fs, i, text), basis);
      } else if (from < text.length() && (text.charAt(from) == '：' || text.charAt(from) == ':')) {
        readPassage(out, passageAfter(fs, i, text), basis);
      } else {
        int rate = rateOf(fs, i, text, from, opening);
        List<Figure> spent = rate < 0 ? List.of() : spentBefore(fs, Math.min(rate, i), basis, text, unitSpent);
        if (!spent.isEmpty()) {
          out.add(new Reckoning(fs.get(rate), basis, spent));
        }
      }
    }
    readBasesByName(out, text, fs, unitSpent);
    return out;
  }

  /**
   * Rates whose basis is named without its figure (全年支出2,958.63万元…；按调整后预算计算执行率94.62%; 执行率97.00%（按年初预算计算为
   * 105.31%）): the basis is the last amount before the rate named as that budget, the year-start's or the adjusted one, wherever
   * the report stated it. The rate was read by no rule where it is no unit's or project's own, or is the second of two.
   */
  private static void readBasesByName(List<Reckoning> out, String text, List<Figure> fs, Money unitSpent) {
    // 预算 is sought by indexOf and the pattern asked only around it: a pattern opening with optional words, run over the whole text,
    // cost more than all the rule's other work
    for (int at = text.indexOf("预算"); at >= 0; at = text.indexOf("预算", at + 2)) {
      int reckoned = text.indexOf('计', at + 2);
      if (reckoned < 0 || reckoned > at + 6) {
        continue; // most budgets are named with no 计算 right after them
      }
      Matcher named = BASIS_BY_NAME.matcher(text).region(Math.max(0, at - 10), Math.min(text.length(), at + 9));
      boolean found = false;
      while (!found && named.find()) {
        found = named.start() <= at && named.end() > at;
      }
      if (!found) {
        continue;
      }
      int rate = rateAfterOrBefore(fs, text, named.start(), named.end());
      Figure basis = rate < 0 ? null : budgetNamedBefore(fs, rate, named.group(1) != null ? ADJUSTED_BUDGET : YEAR_START_BUDGET);
      List<Figure> spent = basis == null ? List.of() : spentBefore(fs, rate, fs.get(rate), text, unitSpent);
      spent = spent.stream().filter(f -> f != basis).toList();
      if (!spent.isEmpty()) {
        out.add(new Reckoning(fs.get(rate), basis, spent));
      }
    }
  }

  /**
   * The rate a basis named from {@code from} to {@code to} is of, as a position in the figures, or -1: as for a basis with its figure,
   * {@link #rateAround} the words (按调整后预算计算的预算执行率为; 执行率96.08%（按调增后预算计算；…）).
   */
  private static int rateAfterOrBefore(List<Figure> fs, String text, int from, int to) {
    int after = 0;
    while (after < fs.size() && fs.get(after).evidence().start() < to) {
      after++;
    }
    return rateAround(fs, after - 1, after, text, to, from - 1);
  }

  /**
   * The last amount before the figure at i named as the budget: a whole's, not one listed as a part of another; null where that
   * last one is of a level or a kind (县级调整后预算15.64万元), which the rate of all the spending is not of.
   */
  private static Figure budgetNamedBefore(List<Figure> fs, int i, Pattern budget) {
    for (int k = i - 1; k >= 0; k--) {
      Figure f = fs.get(k);
      Matcher named = budget.matcher(SpendingLabels.label(f));
      if (plainMoney(f) && f.partOf() == null && named.find()) {
        return ONE_PART.matcher(named.replaceFirst("")).find() ? null : f;
      }
    }
    return null;
  }

  /**
   * The rate the basis at i is of, as a position in the figures, or -1: the figure right after it when only a rate's words stand
   * between, or the rate right before the parentheses the basis opens.
   */
  private static int rateOf(List<Figure> fs, int i, String text, int from, int opening) {
    return rateAround(fs, i - 1, i + 1, text, from, opening);
  }

  /**
   * The figure at {@code after} when it is a rate and only a rate's words stand between {@code from} and it; else the one at
   * {@code before} when it is a rate right before the parenthesis at {@code opening} and the aside goes on or ends at {@code from}; else
   * -1.
   */
  private static int rateAround(List<Figure> fs, int before, int after, String text, int from, int opening) {
    if (after < fs.size() && isRate(fs.get(after))) {
      int to = fs.get(after).evidence().start();
      if (from <= to && TO_THE_RATE.matcher(Sentences.withoutBlanks(text, from, to)).matches()) {
        return after;
      }
    }
    char open = text.charAt(opening < 0 ? 0 : opening);
    if (before >= 0 && opening >= 0 && (open == '（' || open == '(') && isRate(fs.get(before))
        && fs.get(before).evidence().end() <= opening && Sentences.withoutBlanks(text, fs.get(before).evidence().end(), opening).isEmpty()
        && ASIDE_GOES_ON.matcher(text).region(from, text.length()).lookingAt()) {
      return before;
    }
    return -1;
  }

  /** Each rate of a passage on the basis, of the amounts stated since the rate before it. */
  private static void readPassage(List<Reckoning> out, List<Figure> passage, Figure basis) {
    List<Figure> since = new ArrayList<>();
    for (Figure f : passage) {
      if (Figure.PERCENT.equals(f.kind())) {
        if (isRate(f) && RATE.matcher(SpendingLabels.label(f)).find() && !since.isEmpty()) {
          out.add(new Reckoning(f, basis, since));
        }
        since = new ArrayList<>();
      } else if (plainMoney(f) && f != basis) {
        since.add(f);
      }
    }
  }

  private void check(List<Finding> out, Reckoning reckoning) {
    Figure rate = reckoning.rate();
    Figure basis = reckoning.basis();
    List<Figure> spent = reckoning.spent();
    Interval stated = Figures.of(rate);
    Interval base = Figures.of(basis);
    for (Figure s : spent) {
      Interval r = Figures.of(s).dividedBy(base);
      if (r == null || r.times(HUNDRED).intersects(stated)) {
        return;
      }
    }
    // the whole spent, not its last part listed after it (全年支出2,958.63万元，其中：基本支出…、项目支出…)
    Figure nearest = spent.stream().filter(f -> SpendingLabels.spent(f) && spent.stream().noneMatch(w -> w.id().equals(f.partOf())))
        .reduce((a, b) -> b).orElse(spent.get(spent.size() - 1));
    String expected = Figures.percent(nearest.yuan(), basis.yuan());
    out.add(FindingBuilder.of(this)
        .subject(SpendingLabels.rateName(rate).isEmpty() ? "执行率" : SpendingLabels.rateName(rate))
        .message("按" + basis.text() + "计算，支出" + nearest.text() + "的比率应约为" + expected + "，报告写的是" + rate.text() + "。",
            "Reckoned on the stated basis " + basis.text() + ", " + nearest.text() + " spent is about " + expected + ", not the stated "
                + rate.text() + ".")
        .stated(rate.text())
        .expected(expected)
        .evidence(rate.evidence(), basis.evidence(), nearest.evidence())
        .build());
  }

  /**
   * The amounts the rate may be of: those before it in its sentence but the basis's and other bases' own; where its sentence states
   * none before it, those of the sentence before if that one states a spending; and where that states none either, the unit's.
   */
  private static List<Figure> spentBefore(List<Figure> fs, int upTo, Figure basis, String text, Money unitSpent) {
    List<Figure> own = new ArrayList<>();
    int k = upTo - 1;
    for (; k >= 0 && Sentences.oneStatement(text, fs.get(k), basis); k--) {
      Figure f = fs.get(k);
      if (plainMoney(f) && !isBasis(text, f)) {
        own.add(0, f);
      }
    }
    if (!own.isEmpty()) {
      return own;
    }
    if (k >= 0) {
      Figure last = fs.get(k);
      for (; k >= 0 && Sentences.oneStatement(text, fs.get(k), last); k--) {
        if (plainMoney(fs.get(k))) {
          own.add(0, fs.get(k));
        }
      }
    }
    if (own.stream().anyMatch(SpendingLabels::spent) || unitSpent == null) {
      return own;
    }
    return fs.stream().filter(f -> f.evidence().start() == unitSpent.evidence().start() && plainMoney(f)).limit(1).toList();
  }

  /** The figures of the sentence before the basis at i. */
  private static List<Figure> passageBefore(List<Figure> fs, int i, String text) {
    int k = i - 1;
    while (k >= 0 && Sentences.oneStatement(text, fs.get(k), fs.get(i))) {
      k--;
    }
    int end = k;
    while (k >= 0 && Sentences.oneStatement(text, fs.get(k), fs.get(end))) {
      k--;
    }
    return end < 0 ? List.of() : fs.subList(k + 1, end + 1);
  }

  /** The figures after the basis at i in its sentence. */
  private static List<Figure> passageAfter(List<Figure> fs, int i, String text) {
    int k = i + 1;
    while (k < fs.size() && Sentences.oneStatement(text, fs.get(i), fs.get(k))) {
      k++;
    }
    return fs.subList(i + 1, k);
  }

  /** Whether 预算 stands in the few characters before {@code start}: looked at in place, as it is asked of every amount. */
  private static boolean budgetJustBefore(String text, int start) {
    for (int k = Math.max(0, start - 9); k + 1 < start; k++) {
      if (text.charAt(k) == '预' && text.charAt(k + 1) == '算') {
        return true;
      }
    }
    return false;
  }

  /** Whether the amount is itself a rate's basis, named so before it. */
  private static boolean isBasis(String text, Figure f) {
    return BASIS.matcher(Sentences.withoutBlanks(text, opening(text, f) + 1, f.evidence().start())).matches()
        && RECKONED.matcher(text).region(f.evidence().end(), text.length()).lookingAt();
  }

  /** Where the figure's clause or aside opens: the opening character's place, or -1 at the text's start. */
  private static int opening(String text, Figure f) {
    int k = f.evidence().start() - 1;
    while (k >= 0 && OPENINGS.indexOf(text.charAt(k)) < 0) {
      k--;
    }
    return k;
  }

  /** The rates total.rate and project.rate find wrong, by where they start: those rules' to name. */
  private static Set<Integer> flaggedElsewhere(Report report) {
    Set<Integer> starts = new HashSet<>();
    for (Rule rule : List.of(new TotalRateRule(), new ProjectRateRule())) {
      for (Finding f : rule.check(report)) {
        if (f.severity() == Severity.ERROR && !f.evidence().isEmpty()) {
          starts.add(f.evidence().get(0).start());
        }
      }
    }
    return starts;
  }

  private static boolean isRate(Figure f) {
    return Figure.PERCENT.equals(f.kind()) && f.op() == null;
  }

  private static boolean plainMoney(Figure f) {
    return Figures.isMoney(f) && f.op() == null;
  }
}
