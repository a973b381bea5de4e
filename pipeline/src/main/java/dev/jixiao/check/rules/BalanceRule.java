package dev.jixiao.check.rules;

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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stated differences against their parts: assets − liabilities = net assets; budget + in-year
 * adjustment = the budget after it; (budget + in-year adjustment) − spending = the year-end budget balance, and = the
 * 结余资金 stated beside the total spending (实际支出812.58万元，预算执行率94.88%，结余资金43.82万元); a project's budget − its
 * spending = the 结余 its entry states, and so for any budget and spending one sentence states before what is left of them
 * (预算资金12.50万元，实际使用10.20万元，结余2.30万元); and a kind of spending's budget and spending against the difference one
 * sentence states with them (“三公”经费支出2.05万元，年初预算为2.95万元，差值为0.9万元), either way
 * round (公务接待费支出2.05万元，年初预算为2万元，差值为0.05万元), with any budget of the sentence;
 * and posts less the people in them against the posts a sentence states open (空编) or over (超编). The year's moves too, which
 * {@link YearsMoves} reads: the funds in all with the carry-over, a net of moves netted against each other or counted, a sum of
 * additions, an item's amount moved from one amount to another, a level's funds after a move named that level's. And what is left
 * against the parts the words list of it ({@link LeftInParts}).
 */
@RuleInfo(
    id = "balance",
    severity = Severity.ERROR,
    zh = "资产减负债与净资产（或预算减支出与结余）不符",
    en = "assets − liabilities against net assets (and budget − spending against the stated balance)")
public final class BalanceRule implements Rule {
  private static final Pattern ASSETS = Pattern.compile("(?<!净|流动)资产总额$|(?<!净|流动)资产合计$");
  private static final Pattern LIABILITIES = Pattern.compile("负债总额$|负债合计$");
  private static final Pattern NET = Pattern.compile("净资产(总额|合计)?$");
  /** How far before the adjusted budget a cut netted into it may stand (…调减35.40万元，调整后预算为1,939.50万元). */
  private static final int CUT_REACH = 40;
  /** Words of money added to a budget during the year (获得…资金: funds received into it), and of money cut from it. */
  private static final Pattern ADDED = Pattern.compile("追加|调增|增加|追补|获得");
  private static final Pattern CUT = Pattern.compile("调减|压减|核减|减少|收回");
  /** The net of the year's adjustments, up (group 1) or down: 净增加, 净调增, 净减少. */
  private static final Pattern NET_CHANGE = Pattern.compile("净(?:(增加|调增|追加|增)|减少|调减|减)$");
  /** A sum of the adjustments, each stated beside it (预算调整金额合计92.40万元, 共追加120.00万元). */
  private static final Pattern ADJUSTMENTS_IN_ALL = Pattern.compile("调整(?:金额|资金|数)?(?:合计|共计|总计|总额)$"
      // or of what was added (共追加120.00万元, 追加资金合计)
      + "|^(?:共|合计|共计|累计)(?:追加|调增)(?:资金|预算)?$|(?:追加|调增)(?:资金|预算)?(?:合计|共计|总计)$");
  private static final Pattern SURPLUS = Pattern.compile("^结余$|结余资金$|结余$");
  /** The price a purchase was won or contracted at (中标价, 成交金额, 合同价): what it cost beside its budget. */
  private static final Pattern PRICE = Pattern.compile("(?:中标|成交|合同|结算)(?:价|价格|金额)$");
  /**
   * The money left of the budget, named alone (结余资金, 节约资金, 剩余, 尚未支付资金; not 收回结余资金,
   * 上年结余): a project still to pay its retention money states what is left as 剩余 or 未支付.
   */
  private static final Pattern LEFT = Pattern.compile("(?:资金)?(?:结余|节余|节约|剩余)(?:资金)?|(?:尚)?未(?:支付|拨付)(?:资金|金额)?");
  /**
   * The money left at the year's end, named so (年末结余10.62万元): the budget's balance the year closed with, where the report
   * states no funds but the budget it could have spent (上年结转, 收入合计, 可用资金): a balance of those is theirs less the spending
   * (可用资金合计15,200.00万元…全年实际支出14,876.35万元…年末结余323.65万元).
   */
  private static final Pattern LEFT_AT_YEAR_END = Pattern.compile("(?:年末|年底)(?:结余|节余)(?:资金)?");
  private static final Pattern OTHER_FUNDS = Pattern.compile("上年结转|年初结转|收入合计|收入总计|收支相抵|可用资金|资金合计");
  /** What was paid of a named fund (累计支付债券资金, 已拨付补助资金): the fund's name. */
  private static final Pattern PAID_OF_A_FUND = Pattern.compile("(?:支付|拨付|使用|支出)(\\p{IsHan}{2,8}?(?:资金|经费))$");
  /** Posts a unit may fill (核定编制, 行政编制), the people who fill them (实有人员, 在编), and the posts left open or overfilled. */
  private static final Pattern POSTS = Pattern.compile("编制(?:数|人数)?(?:为)?$");
  private static final Pattern FILLED = Pattern.compile("^(?:实有|实际|在职|在编)|(?:实有|在职|在编)(?:人员|人数)?(?:为)?$");
  private static final Pattern VACANT = Pattern.compile("(?:空编|缺编)(?:人数|数)?(?:为)?$");
  private static final Pattern OVER = Pattern.compile("超编(?:人数|数)?(?:为)?$");
  private static final Set<String> HEADS = Set.of("人", "名", "个");

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    // few reports state assets: the other two are looked for only where they do
    Optional<Figure> assets = SpendingLabels.firstAmount(report, ASSETS);
    Optional<Figure> liabilities = assets.isPresent() ? SpendingLabels.firstAmount(report, LIABILITIES) : Optional.empty();
    Optional<Figure> net = liabilities.isPresent() ? SpendingLabels.firstAmount(report, NET) : Optional.empty();
    if (assets.isPresent() && liabilities.isPresent() && net.isPresent()) {
      Interval diff = Figures.yuan(assets.get()).minus(Figures.yuan(liabilities.get()));
      if (!diff.intersects(Figures.yuan(net.get()))) {
        MoneyUnit unit = MoneyUnit.of(net.get().unit());
        String expected = Figures.money(assets.get().yuan().subtract(liabilities.get().yuan()), unit);
        out.add(finding("净资产", net.get().text(), expected, "资产总额减负债总额", "assets minus liabilities",
            net.get().evidence(), assets.get().evidence(), liabilities.get().evidence()));
      }
    }
    Totals t = report.totals();
    if (t.budget() != null && t.expenditure() != null && t.others().get("yearEndBudgetBalance") instanceof Money balance) {
      Interval budget = Figures.yuan(t.budget());
      String budgetText = t.budget().text();
      BigDecimal exact = t.budget().yuan();
      Evidence adjustmentEvidence = null;
      if (t.others().get("budgetAdjustment") instanceof Money adjustment) {
        adjustmentEvidence = adjustment.evidence();
        budget = budget.plus(Figures.yuan(adjustment));
        exact = exact.add(adjustment.yuan());
        budgetText = budgetText + "+" + adjustment.text();
      }
      if (!budget.minus(Figures.yuan(t.expenditure())).intersects(Figures.yuan(balance))) {
        String expected = Figures.money(exact.subtract(t.expenditure().yuan()), balance.unit());
        out.add(finding("年底预算结余", balance.text(), expected, "预算（" + budgetText + "）减支出" + t.expenditure().text(),
            "budget (" + budgetText + ") minus spending " + t.expenditure().text(), balance.evidence(), t.budget().evidence(),
            t.expenditure().evidence(), adjustmentEvidence));
      }
    }
    surplusBesideSpending(report).ifPresent(out::add);
    out.addAll(leftOfNamedFunds(report));
    adjustedBudget(t, report.figures(), report.text()).ifPresent(out::add);
    // each project's surpluses picked out once, not by a walk through all figures for each project
    Map<String, List<Figure>> surpluses = new HashMap<>();
    for (Figure f : report.figures()) {
      if (f.context() != null && Figure.MONEY.equals(f.kind()) && SURPLUS.matcher(f.label()).find()) {
        surpluses.computeIfAbsent(f.context(), k -> new ArrayList<>()).add(f);
      }
    }
    for (Project p : report.projects()) {
      if (p.budget() == null || p.expenditure() == null) {
        continue;
      }
      for (Figure f : surpluses.getOrDefault(p.name(), List.of())) {
        if (!Figures.yuan(p.budget()).minus(Figures.yuan(p.expenditure())).intersects(Figures.yuan(f))) {
          String expected = Figures.money(p.budget().yuan().subtract(p.expenditure().yuan()), MoneyUnit.of(f.unit()),
              Math.max(0, f.value().scale()));
          out.add(finding(p.name() + " 结余", f.text(), expected, "预算" + p.budget().text() + "减支出" + p.expenditure().text(),
              "budget " + p.budget().text() + " minus spending " + p.expenditure().text(), f.evidence(), p.budget().evidence(),
              p.expenditure().evidence()));
        }
      }
    }
    out.addAll(YearsMoves.check(this, report.figures(), report.text()));
    out.addAll(LeftInParts.check(this, report.figures(), report.text()));
    out.addAll(statedDifferences(report));
    out.addAll(leftInItsSentence(report));
    out.addAll(openPosts(report));
    return out;
  }

  /**
   * Posts less the people in them against the posts a sentence states open (核定编制25人，实有人员22人，
   * 空编3人; its clauses may be parted by semicolons), or the people over them against those it
   * states over (超编); with any of the sentence's
   * counts of posts and of people, or all of each together, as a unit may state its 行政编制 and
   * 事业编制 apart.
   */
  private List<Finding> openPosts(Report report) {
    List<Finding> out = new ArrayList<>();
    String text = report.text();
    List<Figure> fs = report.figures();
    for (int i = 0; text != null && i < fs.size(); i++) {
      Figure gap = fs.get(i);
      if (!Figure.COUNT.equals(gap.kind()) || gap.op() != null || !HEADS.contains(gap.unit())) {
        continue;
      }
      String label = SpendingLabels.label(gap);
      boolean vacant = VACANT.matcher(label).find();
      if (!vacant && !OVER.matcher(label).find()) {
        continue;
      }
      List<Figure> posts = new ArrayList<>();
      List<Figure> filled = new ArrayList<>();
      for (Figure f : SpendingLabels.statementAround(fs, i, text)) {
        if (!counted(f)) {
          continue;
        }
        String l = SpendingLabels.label(f);
        if (POSTS.matcher(l).find()) {
          posts.add(f);
        } else if (FILLED.matcher(l).find()) {
          filled.add(f);
        }
      }
      if (posts.isEmpty() || filled.isEmpty()) {
        continue;
      }
      boolean holds = false;
      // 行政编制10个，事业编制20个: 30 posts, and people likewise
      for (Interval p : SpendingLabels.eachAndAll(posts)) {
        for (Interval f : SpendingLabels.eachAndAll(filled)) {
          holds |= (vacant ? p.minus(f) : f.minus(p)).intersects(Figures.of(gap));
        }
      }
      if (holds) {
        continue;
      }
      // the message reckons with the totals: the most posts and the most people stated
      Figure p = posts.stream().max(Comparator.comparing(Figure::value)).orElseThrow();
      Figure f = filled.stream().max(Comparator.comparing(Figure::value)).orElseThrow();
      String expected = (vacant ? p.value().subtract(f.value()) : f.value().subtract(p.value())).toPlainString() + gap.unit();
      out.add(vacant
          ? finding(label, gap.text(), expected, p.label().strip() + p.text() + "减" + f.label().strip() + f.text(),
              p.text() + " posts less " + f.text() + " filled", gap.evidence(), p.evidence(), f.evidence())
          : finding(label, gap.text(), expected, f.label().strip() + f.text() + "减" + p.label().strip() + p.text(),
              f.text() + " filled less " + p.text() + " posts", gap.evidence(), f.evidence(), p.evidence()));
    }
    return out;
  }

  /** A whole count of people or posts (人, 名, 个: posts are counted in any of them). */
  private static boolean counted(Figure f) {
    return Figure.COUNT.equals(f.kind()) && f.op() == null && f.value().scale() <= 0 && HEADS.contains(f.unit());
  }

  private List<Finding> statedDifferences(Report report) {
    List<Finding> out = new ArrayList<>();
    String text = report.text();
    List<Figure> fs = report.figures();
    for (int i = 0; text != null && i < fs.size(); i++) {
      Figure d = fs.get(i);
      if (!Figures.isMoney(d) || d.op() != null || !SpendingLabels.difference(d)) {
        continue;
      }
      List<Figure> around = SpendingLabels.sentenceAround(fs, i, text);
      // what was spent, or the price a purchase was won or contracted at (预算28.28万元，中标价17.12万元，节约11.16万元)
      Figure spent = around.stream().filter(f -> Figures.isMoney(f) && f.op() == null && SpendingLabels.spent(f)).findFirst()
          .or(() -> around.stream().filter(f -> Figures.isMoney(f) && f.op() == null && PRICE.matcher(SpendingLabels.label(f)).find())
              .findFirst())
          .orElse(null);
      List<Figure> budgets = spent == null ? List.of() : SpendingLabels.budgetsIn(around, spent);
      if (budgets.isEmpty()) {
        continue;
      }
      Interval stated = Figures.of(d);
      boolean holds = false;
      for (Interval b : SpendingLabels.eachAndAll(budgets)) {
        holds |= b.minus(Figures.of(spent)).intersects(stated) || Figures.of(spent).minus(b).intersects(stated);
      }
      if (holds) {
        continue;
      }
      Figure budget = SpendingLabels.nearest(budgets, spent);
      String subject = SpendingLabels.subject(spent).isEmpty() ? SpendingLabels.label(d) : SpendingLabels.subject(spent);
      String expected = Figures.money(budget.yuan().subtract(spent.yuan()).abs(), MoneyUnit.of(d.unit()));
      out.add(finding(subject + "预算与支出之差", d.text(), expected, "预算" + budget.text() + "与支出" + spent.text() + "之差",
          "the budget " + budget.text() + " less spending " + spent.text(), d.evidence(), budget.evidence(), spent.evidence()));
    }
    return out;
  }

  /**
   * What is left (结余, 剩余, 尚未支付) after a budget and what was spent of it in one sentence, for what is neither the
   * report's total spending (surplusBesideSpending's) nor a project's, nor paid of a fund named before (leftOfNamedFunds'):
   * 预算资金为41.02万元，资金到位41.02万元，…，实际需要39.7426万元，结余1.2774万元. Any budget of the sentence, or all of them
   * together, may be the one it is left of; or, where the spending opens the sentence, those of a project's sentence before. An
   * item's amount whose budget opens the parentheses after it is what was spent of that budget (档案库房维护及安防运维28.50万元（预算30.00万元，
   * 执行率95.00%，结余1.50万元）).
   */
  private List<Finding> leftInItsSentence(Report report) {
    List<Finding> out = new ArrayList<>();
    String text = report.text();
    List<Figure> fs = report.figures();
    Money total = report.totals().expenditure();
    Set<String> projects = new HashSet<>();
    report.projects().stream().filter(p -> p.budget() != null && p.expenditure() != null).forEach(p -> projects.add(p.name()));
    for (int i = 2; text != null && i < fs.size(); i++) {
      Figure left = fs.get(i);
      if (!Figures.isMoney(left) || left.op() != null || left.label() == null || !LEFT.matcher(left.label().strip()).matches()
          || SpendingLabels.difference(left) || left.context() != null && projects.contains(left.context())
          || total != null && Sentences.together(text, left.evidence(), total.evidence())) {
        continue;
      }
      if (left.partOf() != null) {
        continue; // one part of what is left (年末结转结余748.31万元…，其中：…（结转142.50万元、结余25.67万元）), not all of it
      }
      List<Figure> before = SpendingLabels.sentenceAround(fs, i, text).stream()
          .filter(f -> f.evidence().end() <= left.evidence().start()).toList();
      Figure spent = null;
      for (Figure f : before) {
        // spent as named, or an item's amount whose budget opens the parentheses that state what is left (运维28.50万元（预算30.00万元，…结余1.50万元）)
        if (Figures.isMoney(f) && f.op() == null && (SpendingLabels.spent(f) && !SpendingLabels.budgeted(f)
            || SpendingLabels.budgetInTheAsideAfter(text, f, left))) {
          spent = f;
        }
      }
      if (spent == null || PAID_OF_A_FUND.matcher(SpendingLabels.label(spent)).find()) {
        continue;
      }
      List<Figure> budgets = SpendingLabels.budgetsIn(before, spent);
      if (budgets.isEmpty() && spent == before.get(before.size() - 1)) {
        // the budgets of the sentence before, where the spending opens this one (…调整后预算1,628.00万元。全年支出1,601.72万元，…，结余26.28万元)
        budgets = SpendingLabels.budgetsOfTheSentenceBefore(fs, Figures.positionOf(fs, spent, i), text);
      }
      Interval used = Figures.yuan(spent);
      if (budgets.isEmpty() || SpendingLabels.eachAndAll(budgets).stream().anyMatch(b -> b.minus(used).intersects(Figures.yuan(left)))) {
        continue;
      }
      Figure budget = SpendingLabels.nearest(budgets, spent);
      int decimals = Math.max(0, left.value().scale());
      String expected = Figures.money(budget.yuan().subtract(spent.yuan()), MoneyUnit.of(left.unit()), decimals);
      String of = SpendingLabels.subject(budget).isEmpty() ? SpendingLabels.subject(spent) : SpendingLabels.subject(budget);
      String subject = (of.isEmpty() ? "" : of + " ") + left.label().strip();
      out.add(finding(subject, left.text(), expected, "预算" + budget.text() + "减" + SpendingLabels.label(spent) + spent.text(),
          "the budget " + budget.text() + " less " + spent.text() + " spent", left.evidence(), budget.evidence(), spent.evidence()));
    }
    return out;
  }

  /**
   * What is left of a fund stated before under its name, beside what was paid of it named so too
   * (专项债券资金9000.00万元 … 累计支付债券资金7245.60万元，…，尚未支付1754.40万元): the fund less the payment.
   * Not beside the report's total spending, which {@link #surplusBesideSpending} holds to the budget.
   */
  private List<Finding> leftOfNamedFunds(Report report) {
    List<Finding> out = new ArrayList<>();
    String text = report.text();
    List<Figure> fs = report.figures();
    Money total = report.totals().expenditure();
    for (int i = 1; text != null && i < fs.size(); i++) {
      Figure left = fs.get(i);
      if (!Figures.isMoney(left) || left.op() != null || left.label() == null || !LEFT.matcher(left.label().strip()).matches()
          || total != null && Sentences.together(text, left.evidence(), total.evidence())) {
        continue;
      }
      Figure paid = null;
      for (int k = i - 1; k >= 0 && Sentences.together(text, fs.get(k), left); k--) {
        if (Figures.isMoney(fs.get(k)) && fs.get(k).op() == null && SpendingLabels.spent(fs.get(k))) {
          paid = fs.get(k);
          break;
        }
      }
      Matcher named = paid == null ? null : PAID_OF_A_FUND.matcher(SpendingLabels.label(paid));
      if (named == null || !named.find()) {
        continue;
      }
      Figure fund = SpendingLabels.fundBefore(fs, paid, named.group(1));
      if (fund == null || Figures.yuan(fund).minus(Figures.yuan(paid)).intersects(Figures.yuan(left))) {
        continue;
      }
      int decimals = Math.max(0, left.value().scale());
      String expected = Figures.money(fund.yuan().subtract(paid.yuan()), MoneyUnit.of(left.unit()), decimals);
      String how = SpendingLabels.label(fund) + fund.text() + "减" + SpendingLabels.label(paid) + paid.text();
      out.add(finding(left.label().strip(), left.text(), expected, how, fund.text() + " less " + paid.text() + " paid",
          left.evidence(), fund.evidence(), paid.evidence()));
    }
    return out;
  }

  /**
   * The money left (结余资金) stated in the sentence of the report's total spending (实际支出812.58万元，
   * 预算执行率94.88%，结余资金43.82万元), or opening the next (…支出进度98.03%。结余76.26万元), against the budget less that spending: the budget as first
   * stated, after its adjustment, or with what was added to it.
   */
  private Optional<Finding> surplusBesideSpending(Report report) {
    Totals t = report.totals();
    String text = report.text();
    if (text == null || t.budget() == null || t.expenditure() == null) {
      return Optional.empty();
    }
    // (other funds are looked for only where a year-end balance is named: a search of every report's whole text for them made this
    // rule the costliest, 364 µs a report of the generated ones against 92 before)
    Figure left = report.figures().stream()
        .filter(f -> Figure.MONEY.equals(f.kind()) && f.op() == null && f.label() != null
            && (namedLeft(f.label().strip(), text) || endsAsLeft(text, f) && !Sentences.inParentheses(text, f)
                && namedLeft(Sentences.clauseWords(text, f), text))
            && (Sentences.together(text, f.evidence(), t.expenditure().evidence())
                || opensTheNextSentence(text, t.expenditure(), f) || opensTheNextParagraph(text, t.expenditure(), f)
                || opensAClauseAfterASemicolon(text, t.expenditure(), f) || pastTheBudgetsRate(text, t, report.figures(), f)))
        .findFirst().orElse(null);
    if (left == null || t.others().get("yearEndBudgetBalance") instanceof Money stated && stated.evidence().equals(left.evidence())) {
      return Optional.empty();
    }
    List<Interval> budgets = new ArrayList<>(List.of(Figures.yuan(t.budget())));
    if (t.others().get("adjustedBudget") instanceof Money adjusted) {
      budgets.add(Figures.yuan(adjusted));
    }
    if (t.others().get("budgetAdjustment") instanceof Money adjustment) {
      budgets.add(Figures.yuan(t.budget()).plus(Figures.yuan(adjustment)));
    }
    Interval spent = Figures.yuan(t.expenditure());
    if (budgets.stream().anyMatch(b -> b.minus(spent).intersects(Figures.yuan(left)))) {
      return Optional.empty();
    }
    // reckoned with the budget the year ended with
    Money budget = t.others().get("adjustedBudget") instanceof Money adjusted ? adjusted : t.budget();
    String expected = Figures.money(budget.yuan().subtract(t.expenditure().yuan()), MoneyUnit.of(left.unit()));
    return Optional.of(finding(left.label().strip(), left.text(), expected, "预算" + budget.text() + "减支出" + t.expenditure().text(),
        "budget " + budget.text() + " minus spending " + t.expenditure().text(), left.evidence(), budget.evidence(),
        t.expenditure().evidence()));
  }

  /**
   * The budget after its adjustment against the budget and the adjustment (年初预算1865.30万元，年中追加预算
   * 412.70万元，调整后预算2278.00万元), an adjustment that cut the budget (调整预算-50万元) the other way.
   */
  private Optional<Finding> adjustedBudget(Totals t, List<Figure> fs, String text) {
    if (t.budget() == null || !(t.others().get("budgetAdjustment") instanceof Money adjustment)
        || !(t.others().get("adjustedBudget") instanceof Money first) || first.evidence().equals(t.budget().evidence())) {
      return Optional.empty(); // (the adjusted budget read as the budget, for want of another, is no sum of itself)
    }
    Money adjusted = statedAgainAfter(fs, first, adjustment);
    Interval added = Figures.yuan(t.budget()).plus(Figures.yuan(adjustment));
    Interval cut = Figures.yuan(t.budget()).minus(Figures.yuan(adjustment));
    Money alsoCut = cutBesideTheAddition(t, adjustment, adjusted);
    Interval net = alsoCut == null ? null : added.minus(Figures.yuan(alsoCut));
    if (added.intersects(Figures.yuan(adjusted)) || cut.intersects(Figures.yuan(adjusted))
        || net != null && net.intersects(Figures.yuan(adjusted)) || addedWithTheNext(t, fs, adjustment).intersects(Figures.yuan(adjusted))
        || alsoCut != null && addedWithTheNext(t, fs, adjustment).minus(Figures.yuan(alsoCut)).intersects(Figures.yuan(adjusted))) {
      return Optional.empty();
    }
    if (netOfEveryAdjustment(t, fs, text, adjusted).map(n -> n.intersects(Figures.yuan(adjusted))).orElse(false)
        || givenByTheNetChange(t, fs, adjusted)) {
      // the adjustments stated one by one make the budget as adjusted: the adjustment the totals hold is borne out by them only
      // where it is one of them, or their net, or a sum not meant as their net
      return AdjustmentNamed.unsupported(t, fs, text, first, adjustment)
          ? Optional.of(finding("预算调整", adjustment.text(), Figures.money(first.yuan().subtract(t.budget().yuan()), adjustment.unit(),
                  Math.max(0, adjustment.value().scale())), "调整后预算" + first.text() + "减年初预算" + t.budget().text(),
              "the adjusted budget " + first.text() + " less the budget " + t.budget().text(), adjustment.evidence(), t.budget().evidence(),
              first.evidence()))
          : Optional.empty();
    }
    int decimals = Math.max(0, adjusted.value().scale());
    if (alsoCut != null) {
      String expected = Figures.money(t.budget().yuan().add(adjustment.yuan()).subtract(alsoCut.yuan()), adjusted.unit(), decimals);
      return Optional.of(finding("调整后预算", adjusted.text(), expected,
          "预算" + t.budget().text() + "加追加" + adjustment.text() + "减调减" + alsoCut.text(),
          "budget " + t.budget().text() + " plus " + adjustment.text() + " added less " + alsoCut.text() + " cut", adjusted.evidence(),
          t.budget().evidence(), adjustment.evidence(), alsoCut.evidence()));
    }
    String expected = Figures.money(t.budget().yuan().add(adjustment.yuan()), adjusted.unit(), decimals);
    return Optional.of(finding("调整后预算", adjusted.text(), expected, "预算" + t.budget().text() + "加调整" + adjustment.text(),
        "budget " + t.budget().text() + " plus the adjustment " + adjustment.text(), adjusted.evidence(), t.budget().evidence(),
        adjustment.evidence()));
  }

  /**
   * The budget as adjusted where the report states it again after the adjustments (7个项目调整后预算3,770.40万元，… ⏎ 年初预算…，追加…，
   * 调减…；调整后预算为3,770.40万元): there, after what made it; else as first stated.
   */
  private static Money statedAgainAfter(List<Figure> fs, Money adjusted, Money adjustment) {
    if (adjusted.evidence().start() > adjustment.evidence().start()) {
      return adjusted;
    }
    for (Figure f : fs) {
      if (f.evidence().start() > adjustment.evidence().end() && Figures.isMoney(f) && f.op() == null && f.yuan() != null
          && f.yuan().compareTo(adjusted.yuan()) == 0 && f.label() != null && f.label().contains("调整后")) {
        return Money.of(f.text(), f.value(), MoneyUnit.of(f.unit()), f.evidence());
      }
    }
    return adjusted;
  }

  /**
   * The budget with the addition and each addition named so right after it, in its sentence (年中省级追加160.00万元、县级追加100.00万元，
   * 调整后预算1,860.00万元).
   */
  private static Interval addedWithTheNext(Totals t, List<Figure> fs, Money adjustment) {
    Interval sum = Figures.yuan(t.budget()).plus(Figures.yuan(adjustment));
    int at = -1;
    for (int k = 0; k < fs.size(); k++) {
      if (fs.get(k).evidence().start() == adjustment.evidence().start()) {
        at = k;
      }
    }
    for (int k = at + 1; at >= 0 && k < fs.size() && Figures.isMoney(fs.get(k)) && SpendingLabels.label(fs.get(k)).contains("追加")
        && !ADJUSTMENTS_IN_ALL.matcher(SpendingLabels.label(fs.get(k))).find(); k++) {
      sum = sum.plus(Figures.yuan(fs.get(k)));
    }
    return sum;
  }

  /**
   * The budget with every addition and cut stated after it up to the budget as adjusted (追加A210.00万元、B85.00万元，
   * 县级追加58.30万元（其中：…），压减…24.60万元，全年调整后预算…): each named an addition or a cut, or listed with 、 after one; the
   * breakdowns, in parentheses or linked to the adjustment they are of, and a sum of them all (预算调整金额合计92.40万元) no more.
   * Empty where a figure between is neither.
   */
  private static Optional<Interval> netOfEveryAdjustment(Totals t, List<Figure> fs, String text, Money adjusted) {
    if (text == null) {
      return Optional.empty();
    }
    Interval net = Figures.yuan(t.budget());
    Figure before = null;
    boolean adding = true;
    for (Figure f : fs) {
      int at = f.evidence().start();
      if (at <= t.budget().evidence().start() || at >= adjusted.evidence().start() || !Figures.isMoney(f) || f.op() != null
          || Sentences.inParentheses(text, f) || ADJUSTMENTS_IN_ALL.matcher(SpendingLabels.label(f)).find()) {
        continue;
      }
      if (before != null && f.partOf() != null) {
        continue; // what an adjustment was made of (追加预算412.30万元，其中：追加基本支出86.20万元，…)
      }
      String label = SpendingLabels.label(f);
      if (label.contains("调整后")) {
        continue; // a source's amount as adjusted (调整后财政拨款1,241.40万元), what the adjusted budget is made of, no adjustment
      }
      if (CUT.matcher(label).find()) {
        adding = false;
      } else if (ADDED.matcher(label).find()) {
        adding = true;
      } else if (before == null) {
        continue; // what the budget was made of, before the first adjustment
      } else if (!listedAfter(text, before, f)) {
        return Optional.empty();
      }
      net = adding ? net.plus(Figures.yuan(f)) : net.minus(Figures.yuan(f));
      before = f;
    }
    return before == null ? Optional.empty() : Optional.of(net);
  }

  /**
   * Whether the net change the report states of its adjustments, between the budget and the budget as adjusted (三项增减相抵，净增加
   * 53.80万元), gives the adjusted budget: the adjustments were netted in words, some of them perhaps named neither added nor cut
   * (省发展改革委下达…经费52.00万元).
   */
  private static boolean givenByTheNetChange(Totals t, List<Figure> fs, Money adjusted) {
    for (Figure f : fs) {
      int at = f.evidence().start();
      Matcher net = at > t.budget().evidence().start() && at < adjusted.evidence().start() && Figures.isMoney(f) && f.op() == null
          ? NET_CHANGE.matcher(SpendingLabels.label(f)) : null;
      if (net != null && net.find()) {
        Interval budget = Figures.yuan(t.budget());
        Interval given = net.group(1) != null ? budget.plus(Figures.yuan(f)) : budget.minus(Figures.yuan(f));
        if (given.intersects(Figures.yuan(adjusted))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a figure is listed with 、 after the one before, with its own name and nothing else between (…210.00万元、中央…85.00万元). */
  private static boolean listedAfter(String text, Figure before, Figure f) {
    String between = text.substring(before.evidence().end(), f.evidence().start()).strip();
    return between.startsWith("、") && between.chars().noneMatch(c -> "，,；;。：:（）()\n".indexOf(c) >= 0);
  }

  /**
   * The cut stated right before the budget as adjusted, or between the addition and it, which the budget, the addition and the cut
   * then net (追加…，调减…，调整后预算…), or null; the addition may be read where the report restates it (年中既追加128.60万元、又调减35.40万元).
   */
  private static Money cutBesideTheAddition(Totals t, Money adjustment, Money adjusted) {
    if (!(t.others().get("budgetCut") instanceof Money cut)) {
      return null;
    }
    int at = cut.evidence().end();
    // or anywhere between the addition and the budget as adjusted, past what the cut was made of (调减预算58.30万元：应急物资储备…调减
    // 30.00万元，…调减28.30万元。调整后预算…)
    boolean between = adjustment.evidence().end() <= cut.evidence().start() && at <= adjusted.evidence().start();
    return at <= adjusted.evidence().start() && (adjusted.evidence().start() - at <= CUT_REACH || between) ? cut : null;
  }

  /**
   * Whether the words name the money left of the budget: alone (结余资金), or at the year's end (年末结余) where no other funds
   * are stated. Asked of the label, and of the figure's own clause, where the label took in words of an aside before it
   * (预算执行率95.05%（以调整后预算780.00万元为基数计算），结余38.64万元: 以调整后结余).
   */
  private static boolean namedLeft(String words, String text) {
    return LEFT.matcher(words).matches() || LEFT_AT_YEAR_END.matcher(words).matches() && !OTHER_FUNDS.matcher(text).find();
  }

  /** Whether the words right before the figure end as {@link #LEFT}'s and {@link #LEFT_AT_YEAR_END}'s may: the cheap test first. */
  private static boolean endsAsLeft(String text, Figure f) {
    int k = f.evidence().start() - 1;
    while (k >= 0 && text.charAt(k) == ' ') {
      k--;
    }
    return k >= 0 && "余约金付额".indexOf(text.charAt(k)) >= 0;
  }

  /** Whether the label names the money left of the budget: alone (结余资金), or at the year's end (年末结余). */
  private static boolean leftOfTheBudget(String label) {
    return LEFT.matcher(label).matches() || LEFT_AT_YEAR_END.matcher(label).matches();
  }

  /**
   * Whether the money left stands in the spending's sentence past a semicolon: one in an aside (预算执行率97.46%（按调整后预算1,286.40
   * 万元计算；若按年初预算1,200.00万元计算则为104.48%），结余32.62万元), or one the money left opens the clause after (实际支出367.48万元，
   * 按调整后预算380.00万元计算，预算执行率为96.71%；结余12.52万元): the semicolon parts the rate from the balance, not one matter from
   * another.
   */
  private static boolean opensAClauseAfterASemicolon(String text, Money spent, Figure left) {
    int from = spent.evidence().end();
    int to = left.evidence().start();
    if (from > to) {
      return false;
    }
    String between = outsideAsides(text.substring(from, to));
    int stop = Math.max(between.lastIndexOf('；'), between.lastIndexOf(';'));
    return between.indexOf('。') < 0 && between.indexOf('\n') < 0
        && (stop < 0 || leftOfTheBudget(between.substring(stop + 1).strip()));
  }

  /**
   * Whether the money left follows the spending's sentence in its paragraph, with no amount outside asides between but the budget the
   * rate is reckoned on (…全年兑付农机补贴资金1,202.58万元，…增长10.69%。按调整后预算1,260.00万元计算，预算执行率为95.44%，结余57.42万元;
   * …2.23%。以调整后预算126.00万元计，预算执行率92.66%；以年初预算120.00万元计，…。年末结余9.25万元): what is left is of that budget,
   * after that spending. At most two sentences between.
   */
  private static boolean pastTheBudgetsRate(String text, Totals t, List<Figure> fs, Figure left) {
    Money spent = t.expenditure();
    int from = spent.evidence().end();
    int to = left.evidence().start();
    if (from > to) {
      return false;
    }
    int stop = -1;
    int stops = 0;
    int depth = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '\n') {
        return false;
      }
      depth += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
      if (depth <= 0 && (c == '。' || c == '；' || c == ';')) {
        stop = stop < 0 ? k : stop;
        stops += c == '。' ? 1 : 0;
      }
    }
    if (stop < 0 || stops > 2) {
      return false;
    }
    // the budgets as the totals hold them, or restated (以年初预算120.00万元计)
    List<BigDecimal> budgets = new ArrayList<>(List.of(t.budget().yuan()));
    if (t.others().get("adjustedBudget") instanceof Money adjusted) {
      budgets.add(adjusted.yuan());
    }
    int after = stop;
    return fs.stream().noneMatch(f -> Figures.isMoney(f) && f.evidence().start() > after && f.evidence().start() < to
        && !Sentences.inParentheses(text, f) && (f.yuan() == null || budgets.stream().noneMatch(b -> b.compareTo(f.yuan()) == 0)));
  }

  /** The text without what its parentheses hold, nested ones counted. */
  private static String outsideAsides(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int depth = 0;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '(' || c == '（') {
        depth++;
      } else if (c == ')' || c == '）') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether the money left opens the sentence right after the spending's (实际支出3788.94万元，支出进度98.03%。结余76.26万元). */
  private static boolean opensTheNextSentence(String text, Money spent, Figure left) {
    int from = spent.evidence().end();
    int to = left.evidence().start();
    if (from > to) {
      return false;
    }
    String between = text.substring(from, to);
    int stop = between.indexOf('。');
    return stop >= 0 && between.indexOf('。', stop + 1) < 0 && between.indexOf('\n') < 0
        && leftOfTheBudget(between.substring(stop + 1).strip());
  }

  /**
   * Whether the surplus, named alone, opens the paragraph right after the one that states the spending (…兑付补贴资金
   * 907.14万元…。按机具类别分：…。\n结余资金42.86万元，已按规定结转下年使用).
   */
  private static boolean opensTheNextParagraph(String text, Money spent, Figure left) {
    int from = spent.evidence().end();
    int to = left.evidence().start();
    if (from > to) {
      return false;
    }
    String between = text.substring(from, to);
    int lineBreak = between.indexOf('\n');
    int lastBreak = between.lastIndexOf('\n');
    return lineBreak >= 0 && between.substring(lineBreak, lastBreak).isBlank()
        && leftOfTheBudget(between.substring(lastBreak + 1).strip());
  }

  private Finding finding(String subject, String stated, String expected, String zhHow, String enHow, Evidence... ev) {
    return Reckoned.finding(this, subject, stated, expected, zhHow, enHow, ev);
  }

}
