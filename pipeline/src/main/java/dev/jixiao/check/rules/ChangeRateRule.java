package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
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
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A change and its rate against what came before: "“三公”经费支出决算为3.46万元，较上年增加2.4万元，
 * 增长0.24%" — the amount, the change (比上年, 较上年, 与上年相比 … 增加 or 减少) right after the
 * amount's last figure of its measure, and the rate right after the change, in one sentence (or
 * the change opening the sentence after the amount's: "…8.02万元，为…的资金。较上年增加0.78万元，增长10.8%";
 * after a breakdown such a sentence speaks of its total), or a change that names what changed
 * (本年收入较上年减少120.00万元，下降4.76%: the amount last stated as 本年收入), also after a comparison
 * of its own clause (与2022年度相比，财政拨款支出增加388.45万元，增长13.02%). The rate may come before the
 * change, the comparison's words then before it (人均可支配收入18650元，较上年增长6.8%，增加1187元). A
 * comparison that states its base (决算数8.64万元，比预算数10.00万元减少1.36万元，下降13.60%) is of that base
 * ({@link StatedBase}), its amount held by change.amount; so is the year before's amount named so, then this year's change
 * (上年矫正经费支出163.80万元，本年比上年增加15.84万元，增长9.67%).
 * The earlier amount is the one stated
 * less the increase (or plus the decrease), and the rate is the change divided by it; an increase
 * larger than the amount is not of that amount. The three keep their rounding intervals.
 */
@RuleInfo(
    id = "change.rate",
    severity = Severity.ERROR,
    zh = "增减额与所述增减幅度不符（较上年增加…，增长…%）",
    en = "a stated change against its rate (比上年增加2.4万元，增长…%): the change over the amount before it")
public final class ChangeRateRule implements Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** The year a sentence opens with (2022年…). */
  private static final Pattern SENTENCE_YEAR = Pattern.compile("[ ]*((?:19|20)\\d{2})[ ]*年");
  /** The change's words: compared with something (比, 较, 与…相比, 同比), then up or down. */
  private static final Pattern CHANGE = Pattern.compile("^(?:比|较|与|同比).{0,12}?(增加|增长|上升|减少|下降|降低)了?$");
  /** The rate's words: the direction alone, or its 幅度 or 比例 (增长0.24%, 下降幅度为5%). */
  private static final Pattern RATE = StatedBase.RATE_WORDS;
  /** A budget's rate of adjustment, which says no direction: 预算调整率, 调整幅度. */
  private static final Pattern ADJUSTMENT_RATE = Pattern.compile("^[，,]?(?:预算)?调整(?:率|幅度|比例)(?:为)?$");
  /** Words that name the year before's amount (not 上年结转, what this year took over from it). */
  private static final Pattern EARLIER = Pattern.compile("(?:上年度?|去年|上一年)(?!度?结转|度?结余)");
  /**
   * A change that names what changed before its comparison (本年收入较上年减少120.00万元): the amount is
   * the last one stated under that name, however far before.
   */
  private static final Pattern NAMED_CHANGE =
      Pattern.compile("^([“”\\p{IsHan}]{2,14}?)(?:比|较|与|同比)(?:上年|去年|上一年|\\d{4}年度?)?(?:相比)?(增加|增长|上升|减少|下降|降低)了?$");
  /**
   * What changed, named after the comparison a clause before made (与2022年度相比，财政拨款支出增加…;
   * 收入、支出总计各增加…: the last one named).
   */
  private static final Pattern COMPARED_FIRST =
      Pattern.compile("^(?:\\p{IsHan}{1,8}、)*([“”\\p{IsHan}]{2,14}?)各?(增加|增长|上升|减少|下降|降低)了?$");
  /** A comparison with the year before, made in the clause before a change (与2022年度相比，…). */
  private static final Pattern COMPARISON = Pattern.compile("(?:与|和|同)(?:上年|去年|上一年|\\d{4}年度?)(?:度)?相比|比上年|较上年|同比");
  /** What a total's label may add to the name a change gives it (本年收入 for 本年收入合计). */
  private static final Pattern TOTAL_WORDS = Pattern.compile("(?:合计|总计|总额)$");
  /** The label of the year before's amount itself, the comparison's words alone: 比2022年的, 较上年的. */
  private static final Pattern YEAR_BEFORES = Pattern.compile("(?:比|较)" + StatedBase.YEAR_BEFORE + "的?");
  /** A comparison with a year, its base in parentheses right after (较2023年（, 比上年（). */
  private static final Pattern BASE_OPENS = Pattern.compile("(?:比|较)" + StatedBase.YEAR_BEFORE + "[(（]$");
  /** Or the base named after the comparison, with no parentheses (较上年参保人数57,910人增加722人). */
  private static final Pattern BASE_NAMED = Pattern.compile("(?:比|较)" + StatedBase.YEAR_BEFORE + "\\p{IsHan}{2,8}$");
  /**
   * Or named by its year alone (项目支出较上年的52.80万元增加11.52万元，增长21.82%; 较上年452.80万元增加; 人员经费由上年的79.10万元增加3.00万元),
   * the amount compared not in the sentence: where it is, the comparison is {@link StatedBase}'s and passed by here.
   */
  private static final Pattern BASE_OF_THE_YEAR = Pattern.compile("(?:比|较|由|从)" + StatedBase.YEAR_BEFORE + "的?$");
  /** Or the base a comparison is made with, 相比 after it (与2023年拨付的372.60万元相比，增加24.55万元，同比增长6.59%). */
  private static final Pattern BASE_COMPARED_WITH = Pattern.compile("(?:与|同|和)" + StatedBase.YEAR_BEFORE + "\\p{IsHan}{0,8}?$");
  /** What follows such a base up to the change: 相比 and the direction (相比，增加; 相比，较上年增加). */
  private static final Pattern AFTER_COMPARED_WITH = Pattern.compile(
      "^相比[,，]?(?:(?:本年|今年|(?:19|20)\\d{2}年度?)\\p{IsHan}{0,6}?)?(?:同比|(?:比|较)" + StatedBase.YEAR_BEFORE + ")?(增加|增长|上升|提高|减少|下降|降低)了?$");
  /** A clause that opens with a year (2023年该项资金支出): the year before's when the report is of a later one. */
  private static final Pattern YEAR_OPENS = Pattern.compile("^((?:19|20)\\d{2})年");
  /** This year's change, named so, after such a base: ，本年增加; ，本年较上年增加; ，本年支出比上年增长. */
  private static final Pattern THIS_YEARS = Pattern.compile(
      "^[，,](?:本年|今年|当年)度?\\p{IsHan}{0,6}?(?:(?:比|较)(?:上年|去年|上一年))?(增加|增长|上升|提高|减少|下降|降低)了?$");
  /** The other of a change and its rate after the first: ，增加; 、增长; ，增长幅度为. */
  private static final Pattern THEN_THE_OTHER = Pattern.compile("^[，,、](增加|增长|上升|提高|减少|下降|降低)了?(?:幅度|比例|率)?(?:为)?$");
  /** What follows a base so named: the direction alone (增加). */
  private static final Pattern AFTER_NAMED_BASE = Pattern.compile("^(增加|增长|上升|提高|减少|下降|降低)了?$");
  /** A comparison, the direction, then what changed (较上年增加通车里程18.6公里). */
  private static final Pattern CHANGE_THEN_NAMED = Pattern.compile(
      "(?:比|较)" + StatedBase.YEAR_BEFORE + "(增加|增长|上升|提高|减少|下降|降低)了?\\p{IsHan}{1,8}$");
  /** What reaches an amount after a change's rate (，全镇农村公路总里程达, ，总数增至, ，降至). */
  private static final Pattern REACHED = Pattern.compile("^[,，][“”\\p{IsHan}]{0,16}?(达到|达|增至|增加到|提高到|上升到|降至|减少到|下降到|减至)$");
  /** A base in parentheses after the rate (（上年86件）, （2023年为86件）). */
  private static final Pattern BASE_IN_PARENTHESES = Pattern.compile("^[(（]" + StatedBase.YEAR_BEFORE + "(?:为|是)?$");
  /** What follows such a base up to the change: the parenthesis, what changed, the direction (）补贴面积增加). */
  private static final Pattern AFTER_BASE = Pattern.compile("^[)）][“”\\p{IsHan}]{0,10}?(增加|增长|上升|提高|减少|下降|降低)了?$");
  /** Words around a deed that make it an amount (实际…, 累计…, …金额, …资金). */
  private static final Pattern MEASURE_AROUND = Pattern.compile("^(?:实际|累计)|(?:金额|资金|总额|数)$");
  /** How far back a change's or rate's words may reach. */
  private static final int CLAUSE = 20;

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    List<Figure> fs = report.figures();
    String text = report.text();
    if (text == null) {
      return out;
    }
    Map<String, Figure> byId = new HashMap<>();
    fs.forEach(f -> byId.put(f.id(), f));
    // a comparison that states its base (比预算数10.00万元减少1.36万元) is of that base, not of the amount before it
    List<StatedBase> stated = StatedBase.in(fs, text);
    Set<String> inStatedComparisons = new HashSet<>();
    for (StatedBase s : stated) {
      inStatedComparisons.add(s.base().id());
      if (s.change() != null) {
        inStatedComparisons.add(s.change().id());
      }
      if (s.rate() != null) {
        inStatedComparisons.add(s.rate().id());
      }
      Finding f = s.rate() == null ? null : checkAgainstItsBase(s);
      // a comparison after a list may be of the list's total (其中…公务接待费3.44万元，…，比上年的21.36万元下降12.73%)
      StatedBase whole = f == null ? null : s.ofTheWhole(byId, text);
      if (f != null && (whole == null || checkAgainstItsBase(whole) != null)) {
        out.add(f);
      }
    }
    out.addAll(againstABaseAlone(fs, text, inStatedComparisons));
    out.addAll(againstTheYearBefore(fs, text, inStatedComparisons, report.fiscalYear()));
    for (int i = 1; i + 1 < fs.size(); i++) {
      // the rate may come first, the comparison's words then before it (收入18650元，较上年增长6.8%，增加1187元)
      boolean rateFirst = Figure.PERCENT.equals(fs.get(i).kind()) && !Figure.PERCENT.equals(fs.get(i + 1).kind());
      int at = rateFirst ? i + 1 : i;
      Figure change = fs.get(at);
      Figure rate = fs.get(rateFirst ? i : i + 1);
      if (!Figure.PERCENT.equals(rate.kind()) || rate.op() != null || change.op() != null || inStatedComparisons.contains(rate.id())
          || inStatedComparisons.contains(change.id())) {
        continue;
      }
      // most percents are no change's rate (完成率, 占…): their words are read first, the change's only after them
      Matcher r = RATE.matcher(words(text, rateFirst ? change : rate));
      // a budget's adjustment rate (较年初增加36.00万元，预算调整率6.14%) is a rate of change either way, the change's
      boolean adjustment = !rateFirst && ADJUSTMENT_RATE.matcher(label(rate)).matches();
      if (!r.matches() && !adjustment) {
        continue;
      }
      // the change after its amount (…3.46万元，较上年增加…), or naming it (本年收入较上年减少…)
      Matcher c = CHANGE.matcher(words(text, rateFirst ? rate : change));
      boolean afterAmount = c.matches();
      if (!afterAmount && !rateFirst) {
        c = NAMED_CHANGE.matcher(label(change));
        if (!c.matches()) {
          // the comparison first, then what changed (与2022年度相比，财政拨款支出增加388.45万元)
          Matcher named = COMPARED_FIRST.matcher(label(change));
          c = named.matches() && comparedBefore(text, change) ? named : c;
        }
      }
      if (!afterAmount && (rateFirst || !c.matches())) {
        continue;
      }
      String direction = c.group(afterAmount ? 1 : 2);
      Figure amount = afterAmount ? amountBefore(fs, at) : namedBefore(fs, at, c.group(1), text, report.fiscalYear());
      if (amount == null && !afterAmount) {
        // both totals named at once (收、支总计各增加…), as the amount was stated (收、支总计均为…)
        amount = namedBefore(fs, at, label(change).substring(0, c.start(2)).replaceFirst("各$", ""), text, report.fiscalYear());
      }
      if (!adjustment && StatedBase.up(direction) != StatedBase.up(r.group(1)) || amount == null || !Sentences.together(text, change, rate)) {
        continue;
      }
      if (afterAmount && !Sentences.together(text, amount, change)) {
        if (rateFirst || !opensTheNextSentence(text, amount, change)) {
          continue;
        }
        // a sentence after a breakdown speaks of its total (收入合计…，其中：…156.28万元，占4.80%。与上年相比增加…);
        // after a sentence of parts whose total was not found (其中公务接待费…，公务用车运行维护费5.00万元。), of nothing known
        if (amount.partOf() == null && opensWithWhich(text, amount)) {
          continue;
        }
        amount = amount.partOf() == null ? amount : byId.getOrDefault(amount.partOf(), amount);
      }
      againstTheAmount(amount, change, rate, StatedBase.up(direction)).ifPresent(out::add);
    }
    return out;
  }

  /**
   * The change of {@code amount} against its rate: what was before is the amount less the increase (or plus the decrease),
   * and the rate the change over that; nothing when they agree.
   */
  private Optional<Finding> againstTheAmount(Figure amount, Figure change, Figure rate, boolean up) {
    // (the amount the year before itself, named so: 比2022年的4.35万元减少0.43万元)
    boolean itself = YEAR_BEFORES.matcher(label(amount)).matches();
    Interval before = itself ? Figures.of(amount) : up ? Figures.of(amount).minus(Figures.of(change)) : Figures.of(amount).plus(Figures.of(change));
    if (before.hi().signum() <= 0) {
      return Optional.empty(); // nothing, or less, before: the change is not of this amount
    }
    Interval computed = Figures.of(change).dividedBy(before);
    if (computed == null) {
      return Optional.empty(); // nothing before: no rate of change
    }
    computed = computed.times(HUNDRED);
    if (computed.intersects(Figures.of(rate))) {
      return Optional.empty();
    }
    // the earlier amount cannot be nothing here: its interval would hold 0 and the division give null
    BigDecimal exactBefore = itself ? Figures.written(amount) : up ? Figures.written(amount).subtract(Figures.written(change))
        : Figures.written(amount).add(Figures.written(change));
    String expected = Figures.percent(Figures.written(change), exactBefore);
    String subject = label(amount).isBlank() ? amount.text() : label(amount);
    String earlier = written(exactBefore, amount, change);
    String was = up ? "增加" : "减少";
    return Optional.of(FindingBuilder.of(this)
        .subject(subject)
        .message("“" + subject + "”" + Figures.withUnit(amount) + "，" + was + Figures.withUnit(change) + "，则此前为" + earlier
                + "，" + (up ? "增长" : "下降") + "幅度约为" + expected + "，报告写的是" + rate.text() + "。",
            subject + ": " + amount.text() + " after a change of " + change.text() + " from " + earlier + " is a change of about "
                + expected + ", not the stated " + rate.text() + ".")
        .stated(rate.text())
        .expected(expected)
        .evidence(rate.evidence(), change.evidence(), amount.evidence())
        .build());
  }

  /**
   * A comparison whose sentence states its base in parentheses, the change and its rate, but not the amount compared
   * (较2023年（31982.4亩）补贴面积增加474.4亩，增长1.48%; 较上年参保人数57,910人增加722人，增长1.25%; 与2023年拨付的372.60万元相比，
   * 增加24.55万元，同比增长6.59%): the rate is the change over the base. The change and the rate
   * found are added to {@code inStatedComparisons}, which the plain changes then pass by.
   */
  private List<Finding> againstABaseAlone(List<Figure> fs, String text, Set<String> inStatedComparisons) {
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i + 2 < fs.size(); i++) {
      Figure base = fs.get(i);
      // what the base was made of, in parentheses after it, is the base's too (与2023年支出448.90万元（基本支出341.20万元、
      // 项目支出107.70万元）相比，较上年增加23.48万元)
      int next = pastItsAside(fs, i, text);
      if (next + 1 >= fs.size()) {
        continue;
      }
      Figure change = fs.get(next);
      Figure rate = fs.get(next + 1);
      if (inStatedComparisons.contains(base.id()) || !sameMeasure(base, change) || base.op() != null || change.op() != null
          || !Figure.PERCENT.equals(rate.kind()) || rate.op() != null || Figures.written(base).signum() <= 0) {
        continue;
      }
      int start = base.evidence().start();
      String opening = Sentences.withoutBlanks(text, Math.max(0, start - 12), start);
      boolean inParentheses = BASE_OPENS.matcher(opening).find();
      boolean comparedWith = !inParentheses && BASE_COMPARED_WITH.matcher(opening).find();
      if (!inParentheses && !comparedWith && !BASE_NAMED.matcher(opening).find() && !BASE_OF_THE_YEAR.matcher(opening).find()
          || next > i + 1 && !comparedWith) {
        continue;
      }
      String afterBase = Sentences.withoutBlanks(text, next > i + 1 ? asideEnd(text, base) : base.evidence().end(),
          change.evidence().start());
      Matcher direction = (inParentheses ? AFTER_BASE : comparedWith ? AFTER_COMPARED_WITH : AFTER_NAMED_BASE).matcher(afterBase);
      Matcher r = RATE.matcher(words(text, rate));
      if (!direction.matches() || !r.matches() || StatedBase.up(direction.group(1)) != StatedBase.up(r.group(1))
          || !Sentences.together(text, change, rate)) {
        continue;
      }
      // the rate is this comparison's: not also of an amount stated before it (全年发放对象10603人。较上年（9876人）…)
      inStatedComparisons.add(rate.id());
      inStatedComparisons.add(change.id());
      overBase(base, change, rate, StatedBase.up(direction.group(1)), comparedOf(text, base, change)).ifPresent(out::add);
    }
    out.addAll(againstABaseAfterTheRate(fs, text, inStatedComparisons));
    return out;
  }

  /**
   * The year before's amount, named so by its clause, then this year's change from it and its rate, in either order, no amount of
   * this year stated (上年（2023年）矫正经费支出163.80万元，本年比上年增加15.84万元，增长9.67%; 上年同口径项目支出10,862.35万元，本年支出比上年增长
   * 0.77%，增加83.43万元; 与上年相比，2023年该项资金支出168.75万元，本年增加14.67万元、增长8.69% in a report of 2024): the rate is the change
   * over that base. Only where the change names this year (本年, 今年), so the two are of one thing a year apart.
   */
  private List<Finding> againstTheYearBefore(List<Figure> fs, String text, Set<String> inStatedComparisons, Integer year) {
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i + 2 < fs.size(); i++) {
      Figure base = fs.get(i);
      Figure first = fs.get(i + 1);
      Figure second = fs.get(i + 2);
      boolean rateFirst = Figure.PERCENT.equals(first.kind());
      Figure change = rateFirst ? second : first;
      Figure rate = rateFirst ? first : second;
      if (inStatedComparisons.contains(base.id()) || inStatedComparisons.contains(change.id()) || inStatedComparisons.contains(rate.id())
          || !sameMeasure(base, change) || base.op() != null || change.op() != null || !Figure.PERCENT.equals(rate.kind())
          || rate.op() != null || Figures.written(base).signum() <= 0 || !Sentences.together(text, base, second)
          || !ofTheYearBefore(Sentences.clauseBefore(text, base).strip(), year)) {
        continue;
      }
      Matcher thisYears = THIS_YEARS.matcher(Sentences.wordsBetween(text, base, first));
      Matcher other = THEN_THE_OTHER.matcher(Sentences.wordsBetween(text, first, second));
      if (!thisYears.matches() || !other.matches() || StatedBase.up(thisYears.group(1)) != StatedBase.up(other.group(1))) {
        continue;
      }
      inStatedComparisons.add(rate.id());
      inStatedComparisons.add(change.id());
      String subject = label(base).replaceFirst("^(?:上年|去年|上一年)(?:[（(][^）)]*[）)])?", "").replaceFirst("^(?:19|20)\\d{2}年度?", "");
      overBase(base, change, rate, StatedBase.up(thisYears.group(1)), subject).ifPresent(out::add);
    }
    return out;
  }

  /** Whether a base's clause names it the year before's: by 上年 or 去年, or by a year before the report's. */
  private static boolean ofTheYearBefore(String clause, Integer year) {
    if (EARLIER.matcher(clause).lookingAt()) {
      return true;
    }
    Matcher opens = YEAR_OPENS.matcher(clause);
    return year != null && opens.find() && Integer.parseInt(opens.group(1)) < year;
  }

  /**
   * The index of the first figure after the parentheses that open right after {@code fs.get(i)} on its line, or {@code i + 1}
   * when none open there.
   */
  private static int pastItsAside(List<Figure> fs, int i, String text) {
    int end = asideEnd(text, fs.get(i));
    int next = i + 1;
    while (end > 0 && next < fs.size() && fs.get(next).evidence().start() < end) {
      next++;
    }
    return next;
  }

  /** Where the parentheses opening right after the figure close (after the closing one), or 0 when none open there or close. */
  private static int asideEnd(String text, Figure f) {
    int at = f.evidence().end();
    if (at >= text.length() || text.charAt(at) != '（' && text.charAt(at) != '(') {
      return 0;
    }
    return Sentences.closingOf(text, at) + 1;
  }


  /**
   * A change, its rate, then the base in parentheses, with no amount compared (群众反映问题较上年减少36件，下降41.86%（上年86件）):
   * the rate is the change over the base, as in {@link #againstABaseAlone}; or then the amount the change brought it to
   * (较上年增加通车里程18.6公里，增长12.4%，全镇农村公路总里程达168.6公里): the rate is the change over that amount less it.
   */
  private List<Finding> againstABaseAfterTheRate(List<Figure> fs, String text, Set<String> inStatedComparisons) {
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i + 2 < fs.size(); i++) {
      Figure change = fs.get(i);
      Figure rate = fs.get(i + 1);
      Figure base = fs.get(i + 2);
      if (inStatedComparisons.contains(change.id()) || inStatedComparisons.contains(rate.id()) || !sameMeasure(base, change)
          || base.op() != null || change.op() != null || !Figure.PERCENT.equals(rate.kind()) || rate.op() != null
          || Figures.written(base).signum() <= 0 || !Sentences.together(text, change, base)) {
        continue;
      }
      String before = Sentences.withoutBlanks(text, Math.max(0, change.evidence().start() - CLAUSE), change.evidence().start());
      Matcher direction = StatedBase.CHANGE_STATED.matcher(before);
      boolean stated = direction.find();
      Matcher named = stated ? direction : CHANGE_THEN_NAMED.matcher(before);
      Matcher r = RATE.matcher(Sentences.withoutBlanks(text, change.evidence().end(), rate.evidence().start()).replaceFirst("^[,，]", ""));
      if (!stated && !named.find() || !r.matches() || StatedBase.up(named.group(1)) != StatedBase.up(r.group(1))) {
        continue;
      }
      boolean up = StatedBase.up(named.group(1));
      String afterRate = Sentences.withoutBlanks(text, rate.evidence().end(), base.evidence().start());
      Matcher reached = REACHED.matcher(afterRate);
      if (reached.matches() && reachedAs(reached.group(1), up)) {
        // the amount the change brought it to (…增长12.4%，全镇农村公路总里程达168.6公里): the change is of that amount
        inStatedComparisons.add(rate.id());
        inStatedComparisons.add(change.id());
        againstTheAmount(base, change, rate, up).ifPresent(out::add);
        continue;
      }
      if (!stated || !BASE_IN_PARENTHESES.matcher(afterRate).matches()
          || !text.startsWith(")", base.evidence().end()) && !text.startsWith("）", base.evidence().end())) {
        continue;
      }
      inStatedComparisons.add(rate.id());
      inStatedComparisons.add(change.id());
      // what changed is named before the comparison, in the change's clause (群众反映问题)
      String subject = before.substring(0, direction.start()).replaceFirst("^.*[，,。；;：:、]", "");
      overBase(base, change, rate, up, subject).ifPresent(out::add);
    }
    return out;
  }

  /** Whether the words an amount is reached with go the change's way: 增至 up, 降至 down, 达到 either. */
  private static boolean reachedAs(String words, boolean up) {
    return words.startsWith("达") || up == (words.startsWith("增") || words.startsWith("提高") || words.startsWith("上升"));
  }

  /** The change over its base against the rate stated of it, or nothing when they agree; {@code subject} names what changed. */
  private Optional<Finding> overBase(Figure base, Figure change, Figure rate, boolean up, String subject) {
    Interval computed = Figures.of(change).dividedBy(Figures.of(base));
    if (computed == null || computed.times(HUNDRED).intersects(Figures.of(rate))) {
      return Optional.empty();
    }
    String expected = Figures.percent(Figures.written(change), Figures.written(base));
    String was = up ? "增加" : "减少";
    return Optional.of(FindingBuilder.of(this)
        .subject(subject.isBlank() ? change.text() : subject)
        .message((subject.isBlank() ? "" : "“" + subject + "”") + "较此前" + Figures.withUnit(base) + was + Figures.withUnit(change) + "，"
                + (up ? "增长" : "下降") + "幅度约为" + expected + "，报告写的是" + rate.text() + "。",
            (subject.isBlank() ? "" : subject + ": ") + "a change of " + change.text() + " from " + base.text() + " is about " + expected
                + ", not the stated " + rate.text() + ".")
        .stated(rate.text())
        .expected(expected)
        .evidence(rate.evidence(), change.evidence(), base.evidence())
        .build());
  }

  /** What a comparison with a base in parentheses is of: named before its 较 (补贴面积较…), or after the base (…）补贴面积增加). */
  private static String comparedOf(String text, Figure base, Figure change) {
    int start = base.evidence().start();
    int from = start;
    while (from > 0 && start - from < CLAUSE && "，,。；;：:、\n".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    String before = BASE_OF_THE_YEAR.matcher(BASE_OPENS.matcher(Sentences.withoutBlanks(text, from, start)).replaceFirst("")).replaceFirst("");
    return !before.isBlank() ? before : label(change).replaceFirst("(?:增加|增长|上升|提高|减少|下降|降低)了?$", "");
  }

  /**
   * The rate of a comparison with a stated base: the change over the base (1.36 of 10.00 is 13.60%),
   * or the amount's distance from the base over it when no change is stated (5000 against 4500 is
   * 11.11%). Nothing when the change does not meet the amount and the base: change.amount says so.
   */
  private Finding checkAgainstItsBase(StatedBase s) {
    Figure rate = s.rate();
    BigDecimal exactMoved;
    Interval computed;
    if (s.change() != null) {
      if (!ChangeAmountRule.holds(s)) {
        return null;
      }
      Interval share = Figures.of(s.change()).dividedBy(Figures.of(s.base()));
      computed = share == null ? null : share.times(HUNDRED);
      exactMoved = Figures.written(s.change());
    } else {
      computed = StatedBase.percentChange(s.amount(), s.base(), s.up());
      exactMoved = Figures.written(s.amount()).subtract(Figures.written(s.base())).abs();
    }
    if (computed == null || computed.intersects(Figures.of(rate)) || Figures.written(s.base()).signum() == 0) {
      return null;
    }
    String expected = Figures.percent(exactMoved, Figures.written(s.base()));
    String subject = s.subject();
    String base = s.baseNamed();
    String how = s.change() == null ? "" : (s.up() ? "增加" : "减少") + Figures.withUnit(s.change());
    return FindingBuilder.of(this)
        .subject(subject)
        .message("“" + subject + "”" + Figures.withUnit(s.amount()) + "，" + base + how + "，" + (s.up() ? "增长" : "下降") + "幅度约为"
                + expected + "，报告写的是" + rate.text() + "。",
            subject + ": " + s.amount().text() + " against " + s.base().text() + " is a change of about " + expected
                + ", not the stated " + rate.text() + ".")
        .stated(rate.text())
        .expected(expected)
        .evidence(s.change() == null ? List.of(rate.evidence(), s.amount().evidence(), s.base().evidence())
            : List.of(rate.evidence(), s.change().evidence(), s.base().evidence(), s.amount().evidence()))
        .build();
  }

  /**
   * The amount the change at i is of: the nearest figure before it of the same measure, past other
   * kinds (决算为3.46万元，完成预算100%，较上年增加2.4万元); none when that one is a change itself or
   * the year before's amount (本年收入300万元，上年收入250万元，比上年增加50万元: the change is not of 250).
   */
  private static Figure amountBefore(List<Figure> fs, int i) {
    for (int k = i - 1; k >= 0; k--) {
      Figure f = fs.get(k);
      if (sameMeasure(f, fs.get(i)) && StatedBase.bareTarget(label(f))) {
        continue; // 完成审计项目45个，目标42个，完成率107.14%，比上年增加5个: the change is of what was done, not of the target
      }
      if (sameMeasure(f, fs.get(i))) {
        return f.op() == null && !CHANGE.matcher(label(f)).matches() && !EARLIER.matcher(label(f)).find() ? f : null;
      }
    }
    return null;
  }

  /**
   * The last amount before the figure at i stated under {@code name} (本年收入, or 本年收入合计; “三公”经费
   * as its spending, “三公”经费支出), of the same measure.
   */
  private static Figure namedBefore(List<Figure> fs, int i, String name, String text, Integer year) {
    // quotes aside: a label may lose its opening one (三公”经费减少)
    String named = TOTAL_WORDS.matcher(name).replaceFirst("").replaceAll("[“”\"]", "");
    for (int k = i - 1; k >= 0; k--) {
      Figure f = fs.get(k);
      if (ofAnEarlierYear(text, f, year)) {
        continue; // 2022年…全年预算4,710.00万元 in a report of 2023 is what the change is from, not what it came to
      }
      String l = TOTAL_WORDS.matcher(label(f).replaceFirst("^\\d{4}年度?", "")).replaceFirst("").replaceAll("[“”\"]", "");
      if (sameMeasure(f, fs.get(i)) && f.op() == null && (l.equals(named) || l.equals(named + "支出") || sameCore(l, named))) {
        return f;
      }
    }
    return null;
  }

  /** Whether the figure's sentence opens with a year before the report's (2022年年初预算… in a report of 2023). */
  private static boolean ofAnEarlierYear(String text, Figure f, Integer year) {
    if (year == null) {
      return false;
    }
    int at = f.evidence().start();
    int start = Sentences.start(text, at);
    Matcher m = SENTENCE_YEAR.matcher(text).region(start, at);
    return m.lookingAt() && Integer.parseInt(m.group(1)) < year;
  }

  /** One deed named two ways, as done and as its amount (实际拨付 and 拨付金额; not 尚未拨付). */
  private static boolean sameCore(String a, String b) {
    String x = MEASURE_AROUND.matcher(a).replaceAll("");
    return !x.isEmpty() && x.equals(MEASURE_AROUND.matcher(b).replaceAll(""));
  }

  /** Whether the change's sentence compares with the year before ahead of it, in a clause of its own. */
  private static boolean comparedBefore(String text, Figure change) {
    int end = change.evidence().start();
    int start = Math.max(0, end - 40);
    String before = text.substring(start, end);
    int stop = Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n'));
    return COMPARISON.matcher(before.substring(stop + 1)).find();
  }

  /**
   * The words before a figure back to the clause's start, without the line breaks of a text
   * wrapped at its width ("同比\n减少 43506.06 元" is 同比减少); the label when the clause holds more.
   */
  private static String words(String text, Figure f) {
    int start = f.evidence().start();
    int from = start;
    while (from > 0 && start - from < CLAUSE && "，,。；;：:、".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    String clause = Sentences.withoutBlanks(text, from, start);
    return CHANGE.matcher(clause).matches() || RATE.matcher(clause).matches() ? clause : label(f);
  }

  /** The earlier amount in the amount's unit, to the decimals the two figures are written with (1.06万元, 23755.73元, 30人). */
  private static String written(BigDecimal before, Figure amount, Figure change) {
    int decimals = Math.max(0, Math.max(amount.value().scale(), change.value().scale()));
    if (Figure.MONEY.equals(amount.kind())) {
      return Figures.money(before, MoneyUnit.of(amount.unit()), decimals);
    }
    return before.setScale(decimals, RoundingMode.HALF_UP).toPlainString() + amount.unit();
  }

  private static String label(Figure f) {
    return f.label() == null ? "" : f.label().strip();
  }


  /** Both money, or both counts of the same thing. */
  private static boolean sameMeasure(Figure a, Figure b) {
    return (Figures.isMoney(a) || Figure.COUNT.equals(a.kind())) && Figures.sameMeasure(a, b);
  }

  /** Whether the amount's sentence opens with 其中: the amount is a part of something before. */
  private static boolean opensWithWhich(String text, Figure amount) {
    int start = amount.evidence().start();
    int from = start - 1;
    while (from >= 0 && "。\n；".indexOf(text.charAt(from)) < 0) {
      from--;
    }
    return text.substring(from + 1, start).strip().startsWith("其中");
  }

  /**
   * Whether the change opens the sentence right after the amount's: "上年结转和结余8.02万元，为以前年度…
   * 的资金。较2022年度决算数增加0.78万元，增长10.8%" speaks of the amount before.
   */
  private static boolean opensTheNextSentence(String text, Figure amount, Figure change) {
    String between = text.substring(amount.evidence().end(), change.evidence().start());
    int stop = between.indexOf('。');
    if (stop < 0 || between.indexOf('。', stop + 1) >= 0 || Sentences.paragraphBreak(between) || between.indexOf('；') >= 0
        || between.indexOf(';') >= 0) {
      return false;
    }
    return Sentences.withoutBlanks(between, stop + 1, between.length()).equals(words(text, change));
  }
}
