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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rate stated with the spending and the budget it is reckoned from, in one sentence, for
 * what is neither the unit's total nor a project: “三公”经费预算数为10万元，实际支出8万元，执行率为80%;
 * 办公经费预算27万元，实际支出29.35万元，完成预算的108.7%. The spending is the last amount named
 * as spent before the rate, past only a budget or a difference (较年初预算…节约…); the budget any
 * amount named as budgeted in the sentence, of the same subject (公用经费年初预算 and 公用经费决算,
 * or one of them naming none). The rate is flagged only when no such budget gives it, nor all of
 * them together: a sentence may state the budget at the start of the year and after its
 * adjustment, or the start and what was added (追加), and the rate may rest on either or on their
 * sum. A rate that total.rate checks against the unit's totals stated in its sentence, or
 * project.rate against a project's budget and spending, is theirs, and so is one a formula writes out
 * (formula's). A sentence of only a budget and the rate may follow the one that states the spending
 * (“三公”经费支出28.64万元，其中：…。“三公”经费预算32.00万元，执行率89.50%): its first amount spent, named for
 * the budget's subject. A rate that names its fund (债券资金支付进度), what was paid named for it too, is of
 * the amount stated under the fund's name before (专项债券资金9000.00万元). A rate whose sentence names its basis with the figure
 * (按调整后预算1,260.00万元计算，执行率95.44%) is basis.rate's.
 */
@RuleInfo(
    id = "spending.rate",
    severity = Severity.ERROR,
    zh = "支出 ÷ 预算 与同句所述执行率不符（三公经费、公用经费等）",
    en = "a stated execution rate against the spending and the budget stated with it (三公经费预算10万元，实际支出8万元，执行率80%)")
public final class SpendingRateRule implements Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** The rate's label: a rate of spending (执行率, 支付率…), or spending as a share of the budget (完成预算的, 占预算的). */
  private static final String RATE_NAMED = "(?:执行率|完成率|支付率|使用率|支出率|拨付率|控制率|执行进度|支出进度|支付进度|拨付进度)(?:为|达到|达|是)?$";
  private static final Pattern RATE = Pattern.compile(RATE_NAMED + "|(?:^|[^比较])(?:完成|占|为|达到)(?:全年|年初|调整后)?预算(?:数)?的?$");

  /** A rate's words after the name of what it is of (债券资金 in 债券资金支付进度). */
  private static final Pattern RATE_WORDS = Pattern.compile(RATE_NAMED);
  /** Words of a fund (债券资金, 补助经费, 工程款). */
  private static final Pattern FUND = Pattern.compile("资金|经费|款$");
  /** Spending that names the funds it is of: 已支出财政奖补资金, 实际使用补助资金. Group 1 the funds' name without 资金. */
  private static final Pattern SPENT_OF_FUNDS =
      Pattern.compile("^(?:已|累计|实际|共)?(?:支出|使用|拨付|兑付|发放)(\\p{IsHan}{2,10}?)(?:资金)?$");
  /** The kinds of a unit's spending. */
  private static final Pattern KIND = Pattern.compile("基本支出|项目支出|人员经费|公用经费");
  /** What the year added to a budget: 追加, 调增. */
  private static final Pattern ADDED = Pattern.compile("追加|调增");
  /** What is left of a budget, named so alone after the rate's clause: ，结余, ，年末结余, 、结余资金. */
  private static final Pattern LEFT_ALONE = Pattern.compile("[，,、](?:年末|年底)?(?:资金)?(?:结余|节余|剩余)(?:资金)?(?:为)?");
  /** A rate per unit or a standard (每人1,000元, 人均, 标准), no amount spent. */
  private static final Pattern PER = Pattern.compile("每|均|标准|单价");
  /** Only the rate's name between an amount and its rate: ，执行率, 、执行率为. */
  private static final Pattern RIGHT_BEFORE_THE_RATE = Pattern.compile("[ ]*[，,、][ ]*(?:预算)?执行率(?:为)?[ ]*");
  /** Another rest of a budget than what is left: carried over, not yet paid. */
  private static final Pattern ANOTHER_REST = Pattern.compile("结转|未支付|未拨付|未支出|未执行|尚未|暂缓");
  /** A level's spending named so alone: 县级资金支出, 县级配套资金实际支出. */
  private static final Pattern LEVEL_SPENT = Pattern.compile("^" + Levels.LEVEL + "\\p{IsHan}{0,8}?(?:实际)?支出(?:资金)?(?:为|了)?$");
  /** A rate that names nothing it is of, right after an amount: 、为预算的, ，执行率为. */
  private static final Pattern BARE_RATE = Pattern.compile("^(?:预算)?(?:执行率|完成率|支出率|(?:为|占|完成)(?:年初|调整后)?预算(?:数)?的?)(?:为)?$");
  /** What the year cut from a budget: 调减, 压减. */
  private static final Pattern CUT = Pattern.compile("调减|压减|核减");

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
    checked.add(checkedTotalRate(report.totals(), text));
    List<Figure> fs = report.figures();
    // a rate reckoned on a basis its sentence names (按调整后预算…计算，执行率…) is basis.rate's
    BasisRateRule.reckonings(text, fs, report.totals().expenditure()).forEach(r -> checked.add(r.rate().evidence().start()));
    Map<String, Figure> byId = new HashMap<>();
    fs.forEach(f -> byId.put(f.id(), f));
    List<Figure> additions = additions(fs);
    for (int i = 1; i < fs.size(); i++) {
      Figure rate = fs.get(i);
      if (!Figure.PERCENT.equals(rate.kind()) || rate.op() != null || !RATE.matcher(SpendingLabels.label(rate)).find()
          || checked.contains(rate.evidence().start()) || FormulaRule.isWrittenOut(fs, i, text) || writtenAsAResult(fs, i, text)) {
        continue;
      }
      Figure spent = spentBefore(fs, i, text);
      if (spent == null) {
        spent = spentInTheSentenceBefore(fs, i, text);
      }
      if (spent == null) {
        // an item's amount, then its rate and what is left, its budget named nowhere ((1)小型水利工程维修养护51.20万元，执行率98.46%，结余
        // 0.80万元): the words make the amount what was spent of the two together
        Figure item = fs.get(i - 1);
        Figure left = leftRightAfter(fs, i, text);
        if (left != null && Figures.isMoney(item) && item.op() == null && item.partOf() == null
            && RIGHT_BEFORE_THE_RATE.matcher(Sentences.between(text, item, rate)).matches() && !PER.matcher(SpendingLabels.label(item)).find()
            && SpendingLabels.budgetsIn(SpendingLabels.sentenceAround(fs, i, text), item).isEmpty()) {
          // named as its budget (空气质量监测预算62.00万元，执行率93.87%，结余3.80万元), it is what was spent and what is left together;
          // 一般公共预算支出 is spent of that budget
          if (SpendingLabels.budgeted(item) && !SpendingLabels.label(item).contains("支出")) {
            checkWhatIsLeftOf(out, rate, item, left);
          } else {
            checkWithWhatIsLeft(out, rate, item, left);
          }
        }
        continue;
      }
      if (spent == null || namesAnotherKind(rate, spent)) {
        continue;
      }
      List<Figure> budgets = SpendingLabels.budgetsIn(SpendingLabels.sentenceAround(fs, i, text), spent);
      // budget parts named as the spending, before and after the budget's adjustment, are each a base of their own, never summed
      boolean eachAlone = budgets.isEmpty();
      if (budgets.isEmpty()) {
        budgets = budgetPartsNamedAs(fs, byId, spent);
      }
      if (budgets.isEmpty()) {
        budgets = fundNamedByTheRate(fs, rate, spent);
      }
      if (budgets.isEmpty()) {
        budgets = fundNamedBySpending(fs, Figures.positionOf(fs, spent, i), text);
      }
      if (budgets.isEmpty()) {
        budgets = SpendingLabels.budgetsOfTheSentenceBefore(fs, Figures.positionOf(fs, spent, i), text);
      }
      Figure left = budgets.isEmpty() ? leftRightAfter(fs, i, text) : null;
      if (left != null) {
        checkWithWhatIsLeft(out, rate, spent, left);
        continue;
      }
      if (budgets.isEmpty()) {
        // what is left right after the rate says more of it than a level's funds stated far before
        budgets = levelBudgets(fs, byId, spent, text);
      }
      if (budgets.isEmpty()) {
        continue;
      }
      Interval stated = Figures.of(rate);
      boolean holds = false;
      List<Interval> bases = new ArrayList<>(eachAlone ? budgets.stream().map(Figures::of).toList() : SpendingLabels.eachAndAll(budgets));
      // a part of the year-start budget with what the year added, where the report states no part after it (年初预算…，其中项目支出
      // 424.10万元…，年中追加项目资金215.60万元 / 项目支出580.31万元，执行率90.72%)
      Interval added = AdjustedBudget.addedTo(report.totals());
      if (eachAlone && added != null) {
        budgets.stream().map(b -> Figures.of(b).plus(added)).forEach(bases::add);
      }
      // or with one of what the year added, which may all have gone to that part (项目支出324.40万元 … 追加代表之家及联络站建设经费48.60万元
      // / 项目支出333.42万元，执行率89.39%)
      if (eachAlone) {
        for (Figure more : additions) {
          budgets.stream().map(b -> Figures.of(b).plus(Figures.of(more))).forEach(bases::add);
        }
        // or with all the year added and cut but what it named for another kind (追加人员经费… aside, for 项目支出)
        Interval net = netOfTheOthers(fs, spent);
        if (net != null) {
          budgets.stream().map(b -> Figures.of(b).plus(net)).forEach(bases::add);
        }
      }
      for (Interval b : bases) {
        Interval r = Figures.of(spent).dividedBy(b);
        holds |= r == null || r.times(HUNDRED).intersects(stated);
      }
      if (holds) {
        continue;
      }
      Figure budget = SpendingLabels.nearest(budgets, spent);
      String expected = Figures.percent(Figures.written(spent), Figures.written(budget));
      String subject = SpendingLabels.subject(spent).isEmpty() ? SpendingLabels.subject(budget) : SpendingLabels.subject(spent);
      String zhSubject = subject.isEmpty() ? "" : "“" + subject + "”";
      String rateLabel = SpendingLabels.label(rate);
      out.add(FindingBuilder.of(this)
          .subject(subject.isEmpty() ? rateLabel : subject)
          .message(zhSubject + "支出" + spent.text() + "、预算" + budget.text() + "，" + rateInWords(rateLabel) + "应约为" + expected
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

  /**
   * A rate whose sentence names no budget but what is left of it right after the rate (基本支出95.12万元，执行率98.67%，结余1.28万元): the
   * budget is what was spent and what is left together.
   */
  private void checkWithWhatIsLeft(List<Finding> out, Figure rate, Figure spent, Figure left) {
    Interval budget = Figures.of(spent).plus(Figures.of(left));
    Interval r = Figures.of(spent).dividedBy(budget);
    if (r == null || r.times(HUNDRED).intersects(Figures.of(rate))) {
      return;
    }
    String expected = Figures.percent(spent.yuan(), spent.yuan().add(left.yuan()));
    String spentLabel = SpendingLabels.label(spent);
    String rateLabel = SpendingLabels.label(rate);
    out.add(FindingBuilder.of(this)
        .subject(spentLabel.isEmpty() ? rateLabel : spentLabel)
        .message(spentLabel + spent.text() + "、结余" + left.text() + "，预算即两者之和，" + rateLabel.replaceAll("[为的]$", "") + "应约为" + expected
                + "，报告写的是" + rate.text() + "。",
            (spentLabel.isEmpty() ? "" : spentLabel + ": ") + spent.text() + " spent and " + left.text() + " left make the budget; the rate is about "
                + expected + ", not the stated " + rate.text() + ".")
        .stated(rate.text())
        .expected(expected)
        .evidence(rate.evidence(), spent.evidence(), left.evidence())
        .build());
  }

  /** A budget, its rate and what is left of it (监测预算62.00万元，执行率93.87%，结余3.80万元): the budget less what is left, over it. */
  private void checkWhatIsLeftOf(List<Finding> out, Figure rate, Figure budget, Figure left) {
    Interval r = Figures.of(budget).minus(Figures.of(left)).dividedBy(Figures.of(budget));
    if (r == null || r.times(HUNDRED).intersects(Figures.of(rate))) {
      return;
    }
    String expected = Figures.percent(budget.yuan().subtract(left.yuan()), budget.yuan());
    String budgetLabel = SpendingLabels.label(budget);
    out.add(FindingBuilder.of(this)
        .subject(budgetLabel)
        .message(budgetLabel + budget.text() + "、结余" + left.text() + "，执行率应约为" + expected + "，报告写的是" + rate.text() + "。",
            budgetLabel + ": " + left.text() + " left of " + budget.text() + " makes the rate about " + expected + ", not the stated "
                + rate.text() + ".")
        .stated(rate.text())
        .expected(expected)
        .evidence(rate.evidence(), budget.evidence(), left.evidence())
        .build());
  }

  /**
   * What is left of the budget, named so alone, right after the rate in its clause (执行率98.67%，结余1.28万元); null where it is not, or
   * where its sentence names another rest of the budget (结转, 未支付), which the budget holds too.
   */
  private static Figure leftRightAfter(List<Figure> fs, int i, String text) {
    if (i + 1 >= fs.size()) {
      return null;
    }
    Figure left = fs.get(i + 1);
    if (!Figures.isMoney(left) || left.op() != null || left.partOf() != null
        || !LEFT_ALONE.matcher(Sentences.wordsBetween(text, fs.get(i), left)).matches()) {
      return null;
    }
    for (int k = i + 2; k < fs.size() && Sentences.together(text, left, fs.get(k)); k++) {
      if (Figures.isMoney(fs.get(k)) && ANOTHER_REST.matcher(SpendingLabels.label(fs.get(k))).find()) {
        return null;
      }
    }
    return left;
  }

  /**
   * Whether the rate names a kind of spending the amount is not (基本支出占调整后预算的51.72% after 项目支出1532.97万元): a share of
   * that kind's budget, no rate of the amount.
   */
  private static boolean namesAnotherKind(Figure rate, Figure spent) {
    Matcher kind = KIND.matcher(SpendingLabels.label(rate));
    return kind.find() && !SpendingLabels.label(spent).contains(kind.group());
  }

  /**
   * What the year added to the budget less what it cut from it, every amount named so, but those named for another kind of spending
   * than the spending's own (追加人员经费36,500元 for 项目支出); null where the year named no addition or cut.
   */
  private static Interval netOfTheOthers(List<Figure> fs, Figure spent) {
    Matcher own = KIND.matcher(SpendingLabels.label(spent));
    String kind = own.find() ? own.group() : "";
    Interval net = null;
    for (Figure f : fs) {
      if (!Figures.isMoney(f) || f.op() != null) {
        continue;
      }
      String label = SpendingLabels.label(f);
      boolean added = ADDED.matcher(label).find();
      boolean cut = CUT.matcher(label).find();
      Matcher other = KIND.matcher(label);
      if (added == cut || other.find() && !other.group().equals(kind) || label.contains("调整后") || label.contains("净")) {
        continue;
      }
      Interval amount = Figures.of(f);
      net = net == null ? (added ? amount : Interval.exact(BigDecimal.ZERO).minus(amount)) : added ? net.plus(amount) : net.minus(amount);
    }
    return net;
  }

  /** The amounts the year added to the budget, each named so (年度中追加人员经费14.20万元, 调增…). */
  private static List<Figure> additions(List<Figure> fs) {
    return fs.stream().filter(f -> Figures.isMoney(f) && f.op() == null && ADDED.matcher(SpendingLabels.label(f)).find()).toList();
  }

  /**
   * The fund a rate names, what was paid of it named so too (专项债券资金9000.00万元 … 累计支付债券资金7245.60万元，
   * 债券资金支付进度80.51%): the last amount before the spending whose label ends with the fund's name.
   */
  private static List<Figure> fundNamedByTheRate(List<Figure> fs, Figure rate, Figure spent) {
    String fund = RATE_WORDS.matcher(SpendingLabels.label(rate)).replaceFirst("");
    if (!FUND.matcher(fund).find() || fund.length() < 3 || !SpendingLabels.label(spent).contains(fund)) {
      return List.of();
    }
    Figure named = SpendingLabels.fundBefore(fs, spent, fund);
    return named == null ? List.of() : List.of(named);
  }

  /**
   * The funds the spending names, stated before it in its sentence (its clauses parted by semicolons or not) under that very name (总投资48.60万元，其中财政奖补36.00万元、村自筹
   * 12.60万元；已支出财政奖补资金36.00万元，执行率100%): what was spent of them is over them. None where another amount before it
   * names those funds too (追加财政奖补16.00万元).
   */
  private static List<Figure> fundNamedBySpending(List<Figure> fs, int at, String text) {
    Figure spent = fs.get(at);
    Matcher named = SPENT_OF_FUNDS.matcher(SpendingLabels.label(spent));
    if (!named.matches()) {
      return List.of();
    }
    String fund = named.group(1);
    Figure found = null;
    for (int k = at - 1; k >= 0 && Sentences.oneStatement(text, fs.get(k), spent); k--) {
      Figure f = fs.get(k);
      String label = SpendingLabels.label(f);
      if (Figures.isMoney(f) && label.contains(fund)) {
        if (found != null || f.op() != null || !label.equals(fund) && !label.equals(fund + "资金")) {
          return List.of(); // another amount of those funds (追加财政奖补16.00万元): which the rate is of is not said
        }
        found = f;
      }
    }
    return found == null ? List.of() : List.of(found);
  }

  /**
   * A part of the spending with a rate named for it, where the budget was broken down under the same
   * name before (调整后预算…。其中：基本支出9816.42万元… / 实际支出…。其中基本支出9712.18万元，基本支出执行率
   * 98.94%): that part of the budget, or of each budget so broken down (年初预算…其中：基本支出892.40万元 and 调整后预算…其中：基本支出
   * 858.60万元). Empty when the spending is no part, or no part of a budget bears its name.
   */
  private static List<Figure> budgetPartsNamedAs(List<Figure> fs, Map<String, Figure> byId, Figure spent) {
    if (spent.partOf() == null || spent.label() == null) {
      return List.of();
    }
    String name = spent.label().strip();
    List<Figure> parts = new ArrayList<>();
    for (Figure f : fs) {
      if (f == spent) {
        break;
      }
      Figure whole = f.partOf() == null ? null : byId.get(f.partOf());
      if (Figures.isMoney(f) && f.label() != null && f.label().strip().equals(name) && whole != null && whole != byId.get(spent.partOf())
          && SpendingLabels.budgeted(whole)) {
        parts.add(f);
      } else if (Figures.isMoney(f) && f.op() == null && f.label() != null && f.label().strip().endsWith(name + "预算")) {
        // or the part's budget named so (调整后基本支出预算869.40万元，项目支出预算874.00万元)
        parts.add(f);
      }
    }
    return parts;
  }

  /**
   * A level's spending with its own rate (县级资金支出44.45万元，执行率68.38%), against that level's funds in the budgets broken down by
   * source before it (县级配套资金80.00万元 of the year-start budget, 县级资金65.00万元 of the adjusted): the last two, each a base of its
   * own. Empty when the spending names no level alone, or no budget was broken down so.
   */
  private static List<Figure> levelBudgets(List<Figure> fs, Map<String, Figure> byId, Figure spent, String text) {
    Matcher level = LEVEL_SPENT.matcher(Levels.ownWords(text, spent));
    if (!level.matches()) {
      return List.of();
    }
    List<Figure> parts = new ArrayList<>();
    for (Figure f : fs) {
      if (f == spent) {
        break;
      }
      Figure whole = f.partOf() == null ? null : byId.get(f.partOf());
      if (whole != null && SpendingLabels.budgeted(whole) && Levels.plainMoney(f) && level.group(1).equals(Levels.fundsOf(text, f))) {
        parts.add(f);
      }
    }
    return parts.size() > 2 ? parts.subList(parts.size() - 2, parts.size()) : parts;
  }

  /**
   * Where the execution rate that total.rate checks starts; -1 when it checks none, or checks it
   * against totals stated elsewhere (支出合计3198.62万元 … 全年预算数3356.78万元，实际支出3198.62万元，
   * 预算执行率95.29%): then the sentence's own spending and budget are this rule's to hold it to.
   */
  private static int checkedTotalRate(Totals t, String text) {
    Percent rate = t.executionRate();
    if (t.budget() == null || t.expenditure() == null || rate == null) {
      return -1;
    }
    boolean together = Sentences.together(text, rate.evidence(), t.expenditure().evidence())
        && Sentences.together(text, rate.evidence(), t.budget().evidence());
    return together ? rate.evidence().start() : -1;
  }

  /**
   * The amount spent the rate at i is of when its sentence states only a budget before it: the first
   * amount spent of the sentence right before, named for the budget's subject (“三公”经费支出 for
   * “三公”经费预算); else null.
   */
  private static Figure spentInTheSentenceBefore(List<Figure> fs, int i, String text) {
    int first = i;
    while (first > 0 && Sentences.together(text, fs.get(first - 1), fs.get(i))) {
      first--;
    }
    List<Figure> own = fs.subList(first, i);
    Figure budget = own.stream().filter(f -> Figures.isMoney(f) && SpendingLabels.budgeted(f)).findFirst().orElse(null);
    if (budget == null || SpendingLabels.subject(budget).isEmpty() || first == 0
        || own.stream().anyMatch(f -> Figures.isMoney(f) && SpendingLabels.spent(f))
        || !SpendingLabels.oneSentenceEndBetween(text, fs.get(first - 1), fs.get(first))) {
      return null;
    }
    int start = first - 1;
    while (start > 0 && Sentences.together(text, fs.get(start - 1), fs.get(first - 1))) {
      start--;
    }
    for (Figure f : fs.subList(start, first)) {
      String subject = SpendingLabels.subject(f);
      if (Figures.isMoney(f) && f.op() == null && f.partOf() == null && SpendingLabels.spent(f) && !subject.isEmpty()
          && SpendingLabels.sameSubject(f, budget)) {
        return f;
      }
    }
    return null;
  }

  /** The rate's name for a message: its label without the verb (执行率为 → 执行率), or 占预算的比例 where it names a share (为预算的). */
  private static String rateInWords(String label) {
    return label.contains("率") || label.contains("进度") ? label.replaceAll("[为的]$", "") : "占预算的比例";
  }

  /**
   * Whether the rate is a quotient's result written out (控制率＝公用经费支出54.07万元÷预算55.60万元＝97.25%): the written division's, whichever
   * figures its labels name.
   */
  private static boolean writtenAsAResult(List<Figure> fs, int i, String text) {
    String before = Sentences.wordsBetween(text, fs.get(i - 1), fs.get(i));
    return before.equals("=") || before.equals("＝");
  }

  /**
   * Where the whole stands whose parts the brackets closing right before the rate at i list, the figure at k their last part; -1
   * where the figure at k is no such part.
   */
  private static int wholeOfTheAsideBefore(List<Figure> fs, int k, int i, String text) {
    Figure part = fs.get(k);
    String after = Sentences.wordsBetween(text, part, fs.get(i));
    if (part.partOf() == null || !(after.startsWith("）") || after.startsWith(")"))) {
      return -1;
    }
    for (int w = k - 1; w >= 0 && Sentences.together(text, fs.get(w), fs.get(i)); w--) {
      if (part.partOf().equals(fs.get(w).id())) {
        String opening = Sentences.wordsBetween(text, fs.get(w), fs.get(w + 1));
        return opening.startsWith("（") || opening.startsWith("(") ? w : -1;
      }
    }
    return -1;
  }

  /**
   * Whether the amount at k is a part of an amount spent, listed after it (实际支出15.27万元，…，其中公务用车运行维护费13.42万元、为预算的
   * 84.94%): named for what it was spent on, it is spent too, where a rate naming nothing follows it (not “三公”经费控制率, the whole's).
   */
  private static boolean partOfASpending(List<Figure> fs, int k, Figure f) {
    for (int w = k - 1; f.partOf() != null && w >= 0; w--) {
      if (fs.get(w).id().equals(f.partOf())) {
        return SpendingLabels.spent(fs.get(w));
      }
    }
    return false;
  }

  /**
   * The amount spent the rate at i is of: the money figure before it in its sentence, past a budget
   * and a difference, when its label names it spent.
   */
  private static Figure spentBefore(List<Figure> fs, int i, String text) {
    for (int k = i - 1; k >= 0; k--) {
      Figure f = fs.get(k);
      if (!Sentences.together(text, f, fs.get(i))) {
        return null;
      }
      // past the spending told again in another unit (实际支出203.48万元（2,034,800.00元），按调整后预算…): restated.unit's
      if (k > 0 && UnitRestatedRule.restates(text, fs.get(k - 1), f)) {
        continue;
      }
      // past the parts listed in brackets after their whole (实际支出7.24万元（公务接待费1.86万元、…因公出国（境）费0元），预算执行率):
      // the rate is the whole's
      int whole = wholeOfTheAsideBefore(fs, k, i, text);
      if (whole >= 0) {
        k = whole + 1;
        continue;
      }
      // past what the budget and the spending differ by, and the budget compared with (较年初预算…节约…)
      if (Figures.isMoney(f) && !SpendingLabels.difference(f) && !SpendingLabels.budgeted(f) && !SpendingLabels.leftOfABudget(f)) {
        boolean partRatedAlone = k == i - 1 && partOfASpending(fs, k, f) && BARE_RATE.matcher(SpendingLabels.label(fs.get(i))).matches();
        return f.op() == null && (SpendingLabels.spent(f) || SpendingLabels.budgetInTheAsideAfter(text, f, fs.get(i)) || partRatedAlone)
            ? f : null;
      }
    }
    return null;
  }
}
