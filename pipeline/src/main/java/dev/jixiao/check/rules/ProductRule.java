package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Evidence;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stated multiplication: a per-unit amount (每个工作队每年经费8万元), a count of units (4个工作队)
 * and the total they give (共32万元), in one sentence; the count may come first (网格员20名，人均补贴
 * 3.80万元，合计76.00万元), or the total may come first, or between the count and the rate, when the
 * rate names the same kind of pay or cost (培训补贴支出486.00万元，共培训4050人次，人均补贴1200元; 建设高标准
 * 农田3.2万亩，项目总投资6400.00万元，亩均投资2000元: not 总投资500万元，受益2000人，人均增收1200元). Each factor
 * keeps its rounding interval; a count is exact unless written in 万 (4.38万亩). The product may be written out as a formula
 * (补助资金94元×52.40万人=4,925.60万元). A rate per a measure (每亩,
 * 人均) multiplies only a count in that measure: in 补贴6215户，每亩补贴120元 the households are not what
 * the 120元 is paid on; a rise per village (村均增加) only a count of villages (10个村).
 *
 * <p>Also what people are paid by period against the year's total ({@link PaidByPeriod}: 3名 ×
 * 每人每月2000元 × 12 + …), and an average per unit against its total and units ({@link AveragesPerUnit}:
 * 2760人次 over 45期 against 平均每期61.33人次), and a division written out ({@link WrittenQuotients}: 户均1,093.49元（1,406,230元÷1,286户）),
 * and an item's amount told then as its rate and count ({@link RateThenCount}: 救助资金168.00万元，按每人400元标准救助4,200人), or by the
 * rest of its numbered line ({@link ItemExplained}: 3.安全培训81,000元，全年举办培训18期，每期包干经费4,500元). An average per head is held
 * to the amount it divides where that amount is named as its cost ({@link CostPerHead}: 人均公用经费 of 公用经费), is the line's actual
 * spending ({@link SpendingPerHead}: 按70名队员计算，人均投入…), or is the one amount of its sentence ({@link OneAmountPerHead}: 劳务补助合计
 * 99.68万元…按普查人员370人计算，人均劳务补助…); person-months times the rate per head and month ({@link PersonMonthsPaid}: 447人月 ×
 * 每人每月1800元); and an average after the amount's share or restatement ({@link PastItsShare}: …864.65万元，占70.00%，涉及43,618户，户均
 * 198.23元).
 */
@RuleInfo(
    id = "product",
    severity = Severity.ERROR,
    zh = "单价 × 数量 与所述合计不符",
    en = "stated multiplications (4 teams × 8万元 = 32万元)")
public final class ProductRule implements Rule {
  /** A rate's words: per unit (每), per head or household (人均, 户均), a standard (标准) or a unit price (单价). */
  private static final Pattern PER = Pattern.compile("每|人均|户均|亩均|村均|标准|单价");
  /**
   * What a total is called right after its rate or count, past the rate's unit or the count's noun and the words closing their clause
   * (单价0.35万元/台，计42.00万元; 每套0.08万元，计48.00万元; 共8个项目，计44.80万元; 每点3000元标准安排，计84000元), or after a count
   * told again as money (共2,148户核定，即751,800.00元), or right after the rate applied in settling (按每人每月0.90万元结算52.20万元).
   */
  private static final Pattern COUNTED = Pattern.compile("^(?:/[^\\d/，,。；;]{1,2}|[^\\d/，,。；;：:]{1,6})?[，,]?计(?:发|金额|资金|少支出)?$|^[，,]即$|^(?:的)?(?:标准)?(?:结算|核定)$");
  /**
   * What was paid out at a rate as a standard, right after it, perhaps naming the money (按每人次150元的标准支出36.00万元; 按每人每年13,000元
   * 标准发放优待金312.00万元); of a rate paid, not of a gain or an average ({@link #GAIN_OR_AVERAGE}).
   */
  private static final Pattern PAID_AS_A_STANDARD = Pattern.compile("^(?:的)?标准(?:支出|发放|拨付|兑付)(?:[^\\d，,。；;、：:均增]{0,3}[费金])?$");
  /**
   * What a budget was reckoned at, right after the count and the rate a 按 opened (预算按260人次、每人次1,800元编列468,000元; 按每家2,000元、
   * 400家测算为80.00万元; 按20公里、每公里14.00万元的预算标准安排280.00万元; 共8个分站编列): the words of the rate or the count's noun, then the
   * verb of the sum reckoned.
   */
  private static final Pattern BUDGETED = Pattern.compile("^(?:的[^\\d，,。；;：:、]{0,6}?|\\p{IsHan}{0,3}?)(?:测算安排|测算为|测算|编列|安排)$");
  /** Words of a rate that is no pay: a gain, an average, a saving. */
  private static final Pattern GAIN_OR_AVERAGE = Pattern.compile("增|均|节约|减");
  /** A rate per a measure: 每亩, 每人, 每户 (每个 counts anything), 人均, 户均. */
  private static final Pattern PER_MEASURE = Pattern.compile("每(?:位|名)?(人次|人|名|位|户|亩|公里|平方米|吨|生)|(人|户|亩|生|村)均");
  /**
   * The money of the count's clause named right after it, which is what the count was given (资助386人，资金96.50万元;
   * 按常住人口52.36万人测算，应安排资金4660.04万元; 每亩118.5元，应发放补贴资金384.61万元; 按每吨70元计算，清运费58.80万元).
   */
  private static final Pattern CLAUSE_MONEY =
      Pattern.compile("^(?:测算|计算|核算)?[，,、]?(?:应|共)?(?:安排|下达|发放|补助|补贴|资助|支付|拨付){0,2}"
          + "(?:资金|金额|经费|\\p{IsHan}{0,4}?费)(?:为|共)?$");
  /** A rate's label ending per a unit of count: 单价每画幅, 每卷. */
  private static final Pattern PER_UNIT_AT_END = Pattern.compile("每(\\p{IsHan}{1,2})$");
  /** A rate's label of a period alone, a month or a day, perhaps as applied: 每月, 按每月, 按每天. */
  private static final Pattern PER_PERIOD_ALONE = Pattern.compile("^按?每(月|天|日)$");
  /** A rate per a period: 每季度, 每月, 每年. */
  private static final Pattern PER_PERIOD = Pattern.compile("每(?:个)?(季度|月|年|天|日|周)");
  /**
   * A plain rate per unit: 每平方米, 每亩补助, 按每吨, 每株, 每块, 每人每年 (a year's, which a count of people is paid once), perhaps after the
   * name of what it is paid for (刑事案件每件), or naming the price or fee it is (每台中标价, 每批次检测费) or that it was paid out (每人发放);
   * no gain (每人增收), no average (人均), nor a rate planned (预算每人, 计划每亩).
   */
  private static final Pattern PLAIN_RATE = Pattern.compile("^(?:[^\\d，,。；;、：:均增计预目原]{0,10}?)(?:按)?每(?:平方米|立方米|公里|千米|千瓦|人次|批次|株次|"
      + "[户人名亩吨个台套座处辆盏米村所头只件生株棵块张份本场批期间栋眼口条宗篇项家])(?:每年)?"
      + "(?:补助|补贴|奖补|造价|标准|单价|中标价|发放|[^\\d，,。；;、：:均增预计]{1,4}费)?(?:为)?$");
  /**
   * What was spent or paid, named right after a plain rate, perhaps past an aside of words on what the rate holds: ，支出; ，补助; ，拨付资金;
   * （含诱剂及维护），支出.
   */
  private static final Pattern SPENT =
      Pattern.compile("^(?:[（(][^\\d（()）]{1,20}[)）])?[，,](?:实际|共|累计)?(?:支出|拨付|补助|兑付|发放|投入|预算)(?:资金)?(?:为)?$");
  /** Words of a rate set by policy or price: a standard, a unit price, a subsidy or an award per unit (one applied: {@link #appliedBy}). */
  private static final Pattern STANDARD = Pattern.compile("标准|单价|补贴|补助|奖补|奖励");
  /** Words of a rate worked out from a total: an average, or a cost or an investment per unit. */
  private static final Pattern WORKED_OUT = Pattern.compile("均|造价|成本|投资|费用");
  /** A price per a unit and nothing else: 每套, 每台 (not 每套补助, 每人增收). */
  private static final Pattern BARE_PRICE = Pattern.compile("^每(\\p{IsHan})$");
  /** Words of money spent on things: 支出, 购置, 工程费. */
  private static final Pattern SPENT_ON = Pattern.compile("支出|购置|采购|费$");
  /** Words that pick out some of an amount: 其中, 包括, 含. */
  private static final Pattern SOME_OF_IT = Pattern.compile("其中|包括|含");
  /** Words of money set aside, not spent: 预算, 计划. */
  private static final Pattern PLANNED = Pattern.compile("预算|计划|安排");
  /**
   * The words from a count to a bare price per the unit it counts, in the clause after the count's (，每户; 个大棚、每个; ，单价; ，每人次):
   * the unit's name (group 1), or none for a unit price of whatever was counted.
   */
  private static final Pattern PRICED_RIGHT_AFTER =
      Pattern.compile("^\\p{IsHan}{0,4}[，,、](?:按)?(?:单价|每(平方米|立方米|公里|人次|批次|件次|处次|\\p{IsHan}))(?:为)?$");
  /** Words of a whole of more than what was priced: an investment, a total of all (总投资, 总额). */
  private static final Pattern OF_MORE = Pattern.compile("总|投资|追加");
  /** Words that tell a total again as what it is made of: 即, 具体为, 明细如下. */
  private static final Pattern TOLD_AGAIN = Pattern.compile("即|具体(?:为|是|如下)|明细(?:为|如下)");
  /** The words closing a rate applied in settling, right after it: 结算, 核定, 的标准计发. */
  private static final Pattern APPLIED_IN_SETTLING = Pattern.compile("^(?:的)?(?:标准)?(?:结算|核定|计发)(?=[，,])");
  /** What ends a clause or a table's cell, before the words of a figure. */
  private static final String CLAUSE_ENDS = "，,；;：:。|\t\n";
  /** Units of months or days a head was paid, as written (3,175人·月, 932人月; 624人天, 96人日), by the period of each. */
  private static final Map<String, Set<String>> HEAD_PERIODS = Map.of("月", Set.of("人月", "人·月"), "天", Set.of("人天", "人·天", "人日", "人·日"),
      "日", Set.of("人天", "人·天", "人日", "人·日"));
  /** Measures of length, area and weight, which may be stated to a decimal (12.6公里). */
  private static final Set<String> MEASURED = Set.of("公里", "千米", "米", "平方米", "万平方米", "亩", "万亩", "吨", "万吨");
  /** Measure words that count the same thing, in ones or in 万. */
  private static final List<Set<String>> MEASURES = List.of(Set.of("人", "名", "位", "人次", "万人", "生"), Set.of("户", "万户", "户次", "万户次"),
      Set.of("亩", "万亩"), Set.of("公里"), Set.of("平方米"), Set.of("吨", "万吨"), Set.of("村", "个"));


  /** Whether the count's clause says it is so many for each (各配备1套, 各1名): of each unit of another count. */
  private static boolean eachOfAnother(String text, Figure count) {
    int k = count.evidence().start();
    while (k > 0 && CLAUSE_ENDS.indexOf(text.charAt(k - 1)) < 0) {
      k--;
    }
    return text.substring(k, count.evidence().start()).indexOf('各') >= 0;
  }

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    List<Figure> fs = report.figures();
    String text = report.text();
    if (text == null) {
      return out;
    }
    out.addAll(PaidByPeriod.check(this, fs, text));
    out.addAll(AveragesPerUnit.check(this, fs, text));
    // each figure is asked whether it stands in an aside up to four times below: all are answered by one walk along the text
    // (every figure asked is one of fs: a rate or count taken past an aside is another of them)
    Map<Figure, Boolean> asides = new IdentityHashMap<>();
    Asides walk = new Asides(text);
    fs.forEach(f -> asides.put(f, walk.holds(f)));
    Predicate<Figure> inAside = asides::get;
    for (int i = 0; i + 2 < fs.size(); i++) {
      // the rate before the count (每个工作队8万元，4个工作队，共32万元) or after it (网格员20名，人均补贴3.80万元，合计…)
      boolean countFirst = Figure.COUNT.equals(fs.get(i).kind());
      Figure rate = fs.get(countFirst ? i + 1 : i);
      Figure count = fs.get(countFirst ? i : i + 1);
      // a rate in an aside the count is outside of (按每公里22.00万元的标准核定（其中路基每公里6.25万元、路面每公里15.75万元），
      // 12.6公里共计277.20万元) is a part of the rate before the aside, which the count is multiplied by
      if (!countFirst && inAside.test(rate) && !inAside.test(count)) {
        rate = beforeTheAside(fs, i, text, count, Figure.MONEY);
        count = rate == null ? null : count;
      }
      // so many for each of another count (为34个联络站各配备终端1套，每套4,200元，计142,800元): the product is of both, unread
      if (countFirst && eachOfAnother(text, count)) {
        continue;
      }
      Figure total = fs.get(i + 2);
      // an average between the count and the rate (清运生活垃圾1.82万吨，日均清运49.9吨，按每吨85元…) is no count of units:
      // the count before it is
      boolean averageBetween = countFirst && isAverageCount(count);
      if (averageBetween) {
        Figure before = i > 0 ? fs.get(i - 1) : null;
        count = before != null && Figure.COUNT.equals(before.kind()) && !isAverageCount(before) && Sentences.together(text, before, rate)
            ? before : null;
      }
      // a count in an aside the rate is outside of (监测92处次（23处×每年4次），每处次0.09万元，计8.28万元) is not what the rate is per:
      // the count before the aside is
      // (unless the aside tells the count again in the unit the rate is per: 修建截排水沟9.6公里（9,600米），每米260元)
      boolean pastAnAside = count != null && inAside.test(count) && !inAside.test(rate)
          && !(toldAgainAlone(text, count) && count.unit() != null && rate.label() != null && rate.label().contains("每" + count.unit()));
      if (pastAnAside) {
        count = beforeTheAside(fs, i, text, rate, Figure.COUNT);
      }
      // the result of a formula (600元×21034人=1262.04万元) is no rate, though its label holds the formula's 每
      // (a rate is money: a percentage between a count and an amount, 不足80%。结余资金109,200元, is none)
      if (count != null && Figure.MONEY.equals(rate.kind()) && !resultOfAFormula(text, fs.get(i), fs.get(i + 1)) && Figure.MONEY.equals(total.kind())
          && Sentences.together(text, fs.get(i), total)
          && saysTotal(text, fs.get(i + 1), total, rate) && perUnitAgrees(text, rate, count)) {
        List<Figure[]> pairs = countFirst && !averageBetween && !pastAnAside ? pairsBefore(fs, i, text) : List.of();
        if (pairs.isEmpty()) {
          boolean givenByAnother = !countFirst && anotherRateGives(fs, i, text, count, total)
              || countFirst && givenByTheWholeOfTheCount(fs, i, text, rate, total);
          check(text, rate, count, total).filter(f -> !givenByAnother).ifPresent(out::add);
        } else {
          pairs.add(new Figure[] {count, rate});
          checkSum(text, pairs, total).ifPresent(out::add);
        }
      }
      // or the total first, the pay it is named for per unit after (培训补贴支出486.00万元，共培训4050人次，人均补贴1200元)
      Figure first = fs.get(i);
      Figure per = fs.get(i + 2);
      if (AveragesPerUnit.isAverage(per)) {
        continue; // 为621户发放补贴资金74.52万元，平均每户补贴1200元: the average's, checked once
      }
      // (not the result of a formula: 补助资金94元×52.40万人=4,925.60万元; nor a whole the count is of one part of: 农机报废更新补贴
      // 49.80万元，其中报废拖拉机36台，每台补贴8,000元，计28.80万元；…)
      // (nor a rate per unit itself: 3件作品每件奖励12,000元，…9件作品每件奖励5,000元)
      if (Figure.MONEY.equals(first.kind()) && first.op() == null && Sentences.together(text, first, per)
          && !(first.label() != null && first.label().contains("每"))
          && (PaidByPeriod.sameKindOfPay(first, per) || priceOfTheUnitsCounted(fs, i, text))
          && !resultOfAFormula(text, fs.get(i + 1), per)
          && !Sentences.WHICH.matcher(Sentences.between(text, first, fs.get(i + 1))).lookingAt()) {
        // a total told again as the products it is made of (合计288.00万元，即：五星级3家，每家奖补20万元；四星级八家，每家12万元；…) is
        // their sum; one not told again may be of some of them, and is of no one product
        List<Figure[]> after = pairsAfter(fs, i + 1, text, first);
        if (after.size() < 2) {
          check(text, per, fs.get(i + 1), first).ifPresent(out::add);
        } else if (TOLD_AGAIN.matcher(Sentences.between(text, first, fs.get(i + 1))).find()) {
          checkSum(text, after, first).ifPresent(out::add);
        }
      }
      // or the count, then the total and the rate of the same kind (建设高标准农田3.2万亩，项目总投资6400.00万元，亩均投资2000元), or a bare
      // amount per the count's own unit right after them (建筑面积31,260平方米，补助资金3,826,400元，每平方米122.41元): what the total
      // comes to per unit counted, whatever it is named; not the last of parts counted in an aside (共24.5公里（8.2公里、6.8公里、9.5公里），
      // 建设资金1,016.75万元，每公里41.50万元 is of the 24.5公里)
      Figure middle = fs.get(i + 1);
      if (Figure.COUNT.equals(first.kind()) && Figure.MONEY.equals(middle.kind()) && middle.op() == null && !writtenPerUnit(text, middle)
          && Sentences.together(text, first, per)
          && (PaidByPeriod.sameKindOfPay(middle, per) || perTheCountsUnit(per, first) && middle.label() != null && !middle.label().contains("每")
              && first.partOf() == null && !Sentences.inParentheses(text, first))
          && countsWhatItIsPer(text, first, per)) {
        check(text, per, first, middle).ifPresent(out::add);
      }
    }
    // a multiplication written out (86辆×18000元/辆=154.80万元), where no pair above was held to the same total
    Set<Evidence> flagged = new HashSet<>();
    out.forEach(f -> flagged.add(f.evidence().get(0)));
    WrittenProducts.check(this, fs, text).stream().filter(f -> !flagged.contains(f.evidence().get(0))).forEach(out::add);
    // and a division written out (户均1,093.49元（1,406,230元÷1,286户）), the same figures read the other way round
    out.forEach(f -> flagged.add(f.evidence().get(0)));
    WrittenQuotients.check(this, fs, text).stream().filter(f -> !flagged.contains(f.evidence().get(0))).forEach(out::add);
    // and an average cost per head named for its total (人员经费…，按在职16人计算人均人员经费17.90万元), where no finding above names it
    Set<Evidence> named = new HashSet<>();
    out.forEach(f -> named.addAll(f.evidence()));
    CostPerHead.check(this, fs, text).stream().filter(f -> !named.contains(f.evidence().get(0))).forEach(out::add);
    // and an average of what its line says was actually spent, over the count a sentence of its own reckons by (项目实际支出64.32万元，…。
    // 按70名队员计算，人均投入9,188.57元)
    out.forEach(f -> named.addAll(f.evidence()));
    SpendingPerHead.check(this, fs, text).stream().filter(f -> !named.contains(f.evidence().get(0))).forEach(out::add);
    // and an average reckoned by the count of its clause, of the one amount its sentence states before it (劳务补助合计99.68万元，占总支出的
    // 71.00%，按普查人员370人计算，人均劳务补助2,694.05元)
    out.forEach(f -> named.addAll(f.evidence()));
    OneAmountPerHead.check(this, fs, text).stream().filter(f -> !named.contains(f.evidence().get(0))).forEach(out::add);
    // and months of heads paid at a rate per head and month (每人每月1800元，累计见习447人月，发放804,600.00元)
    out.forEach(f -> named.addAll(f.evidence()));
    PersonMonthsPaid.check(this, fs, text).stream().filter(f -> !named.contains(f.evidence().get(0))).forEach(out::add);
    // and an amount paid, past its share or its restatement, over whom it was paid, against the average per each (直接发放给承包农户
    // 864.65万元，占70.00%，涉及43,618户，户均198.23元)
    out.forEach(f -> named.addAll(f.evidence()));
    for (Figure[] p : PastItsShare.products(fs, text)) {
      if (!named.contains(p[0].evidence())) {
        check(text, p[2], p[1], p[0]).ifPresent(out::add);
      }
    }
    // and an amount whose aside right after it gives its count and price (送教上门专项经费10.08万元（每人每年2,400元，共42人）)
    out.forEach(f -> named.addAll(f.evidence()));
    for (Figure[] p : AsideProduct.products(fs, text)) {
      if (!named.contains(p[0].evidence())) {
        check(text, p[2], p[1], p[0]).ifPresent(out::add);
      }
    }
    // and what each unit of a count was given, as 各 says (6个乡镇综治中心各奖补2.00万元，计12.00万元)
    out.forEach(f -> named.addAll(f.evidence()));
    for (Figure[] p : EachOfACount.products(fs, text)) {
      if (!named.contains(p[0].evidence())) {
        compared(text, p[2], p[1], p[0]).ifPresent(out::add);
      }
    }
    // and an item's amount opening its sentence, told then as the rate it was reckoned at and the count (救助资金168.00万元，按每人400元
    // 标准救助4,200人)
    out.forEach(f -> named.addAll(f.evidence()));
    for (Figure[] p : RateThenCount.products(fs, text)) {
      if (!named.contains(p[0].evidence())) {
        check(text, p[2], p[1], p[0]).ifPresent(out::add);
      }
    }
    // and a numbered item's amount whose line tells it as one count and one rate (2.计量设施建设奖补144.00万元，占28.90%。全年新安装320套，
    // 每套奖补4,500元。)
    out.forEach(f -> named.addAll(f.evidence()));
    for (Figure[] p : ItemExplained.products(fs, text)) {
      if (!named.contains(p[0].evidence())) {
        check(text, p[2], p[1], p[0]).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * Whether a rate per unit listed before the one right before the count, in its sentence, gives the total with it (小学每生每年720元、
   * 初中每生每年940元…，寄宿生每生每年200元…：小学生28,640人计2,062.08万元): the rates are listed for several groups, the count is of one.
   */
  private static boolean anotherRateGives(List<Figure> fs, int rateAt, String text, Figure count, Figure total) {
    for (int k = rateAt - 1; k >= 0 && Sentences.together(text, fs.get(k), count); k--) {
      Figure r = fs.get(k);
      if (Figure.MONEY.equals(r.kind()) && r.op() == null && r.label() != null && PER.matcher(r.label()).find()
          && sameMeasure(r.label(), count.unit()) && perUnit(text, r).times(Figures.of(count)).intersects(Figures.yuan(total))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the count at i is the last part of a whole stated before it in its sentence (全年查办知识产权案件三十二件，其中商标侵权案件24件、
   * …8件，案件查办经费按每件3,500元包干，共计11.20万元), and that whole times the rate gives the total: the rate is of the whole.
   */
  private static boolean givenByTheWholeOfTheCount(List<Figure> fs, int i, String text, Figure rate, Figure total) {
    Figure count = fs.get(i);
    if (count.partOf() == null) {
      return false;
    }
    for (int k = i - 1; k >= 0 && Sentences.together(text, fs.get(k), count); k--) {
      Figure whole = fs.get(k);
      if (count.partOf().equals(whole.id())) {
        return Figure.COUNT.equals(whole.kind()) && perUnit(text, rate).times(Figures.of(whole)).intersects(Figures.yuan(total));
      }
    }
    return false;
  }

  private Optional<Finding> check(String text, Figure rate, Figure count, Figure total) {
    if (!Figure.MONEY.equals(rate.kind()) || rate.label() == null || !PER.matcher(rate.label()).find() || !Figure.COUNT.equals(count.kind())
        || !Figure.MONEY.equals(total.kind())
        || !periodsOfAHead(rate, count) && (!sameMeasure(rate.label(), count.unit())
            || perAnotherUnit(rate.label(), count.unit()) && !perItsNoun(text, rate.label(), count) || paidMoreThanOnceAYear(rate))) {
      return Optional.empty();
    }
    return compared(text, rate, count, total);
  }

  /** The count times the rate against the total, the words having made them a product. */
  private Optional<Finding> compared(String text, Figure rate, Figure count, Figure total) {
    BigDecimal units = Figures.ones(count);
    if (units.stripTrailingZeros().scale() > 0 && !MEASURED.contains(count.unit())) {
      return Optional.empty(); // a count of parts of one (2.5个) is no count of units; 12.6公里 is a length
    }
    Interval product = perUnit(text, rate).times(Figures.of(count));
    if (product.intersects(Figures.yuan(total))) {
      return Optional.empty();
    }
    String expected = Figures.roundedMoney(rate.yuan().multiply(units), MoneyUnit.of(total.unit()), Math.max(0, total.value().scale()));
    return Optional.of(FindingBuilder.of(this)
        .subject(total.label())
        .message(count.text() + " × " + rate.text() + " 应为" + expected + "，报告写的是" + total.text() + "。",
            count.text() + " × " + rate.text() + " is " + expected + ", not the stated " + total.text() + ".")
        .stated(total.text())
        .expected(expected)
        .evidence(total.evidence(), rate.evidence(), count.evidence())
        .build());
  }

  /**
   * The counts and their rates stated before the pair at i in its sentence, each count right before
   * its rate (小学生1830人，每生每年1000元；初中生1320人，每生每年1250元，共计补助348.00万元): the total after
   * the last pair is of them all. Empty when no such pair comes right before.
   */
  private static List<Figure[]> pairsBefore(List<Figure> fs, int i, String text) {
    List<Figure[]> pairs = new ArrayList<>();
    for (int k = i - 2; k >= 0 && Sentences.oneStatement(text, fs.get(k), fs.get(i)); k -= 2) {
      Figure count = fs.get(k);
      Figure rate = fs.get(k + 1);
      if (!aCountAndItsRate(count, rate)) {
        break;
      }
      pairs.add(0, new Figure[] {count, rate});
    }
    return pairs;
  }

  /** The counts each with its rate per unit from {@code k} on, in the statement of {@code total} before them. */
  private static List<Figure[]> pairsAfter(List<Figure> fs, int k, String text, Figure total) {
    List<Figure[]> pairs = new ArrayList<>();
    for (; k + 1 < fs.size() && Sentences.oneStatement(text, total, fs.get(k + 1)); k += 2) {
      Figure count = fs.get(k);
      Figure rate = fs.get(k + 1);
      if (!aCountAndItsRate(count, rate)) {
        break;
      }
      pairs.add(new Figure[] {count, rate});
    }
    return pairs;
  }

  /** Whether the figure is all its parentheses hold: a count told again in another unit (9.6公里（9,600米）). */
  private static boolean toldAgainAlone(String text, Figure f) {
    int before = f.evidence().start();
    while (before > 0 && text.charAt(before - 1) == ' ') {
      before--;
    }
    int after = f.evidence().end();
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    return before > 0 && "(（".indexOf(text.charAt(before - 1)) >= 0 && after < text.length() && ")）".indexOf(text.charAt(after)) >= 0;
  }

  /** Whether the two are a count and an amount per unit it is paid at (36台，每台补贴8,000元), no bound of either. */
  private static boolean aCountAndItsRate(Figure count, Figure rate) {
    return Figure.COUNT.equals(count.kind()) && Figure.MONEY.equals(rate.kind()) && rate.label() != null && PER.matcher(rate.label()).find()
        && count.op() == null && rate.op() == null;
  }

  /** Each count times its rate, added up, against their total, stated after them or told again as them. */
  private Optional<Finding> checkSum(String text, List<Figure[]> pairs, Figure total) {
    Interval sum = Interval.exact(BigDecimal.ZERO);
    BigDecimal exact = BigDecimal.ZERO;
    List<String> terms = new ArrayList<>();
    for (Figure[] pair : pairs) {
      Figure count = pair[0];
      Figure rate = pair[1];
      BigDecimal units = Figures.ones(count);
      if (!sameMeasure(rate.label(), count.unit()) || paidMoreThanOnceAYear(rate)
          || units.stripTrailingZeros().scale() > 0 && !MEASURED.contains(count.unit())) {
        return Optional.empty();
      }
      sum = sum.plus(perUnit(text, rate).times(Figures.of(count)));
      exact = exact.add(rate.yuan().multiply(units));
      terms.add(count.text() + " × " + rate.text());
    }
    Figure[] last = pairs.get(pairs.size() - 1);
    // the total may be of the last pair alone (…，每亩100元，共计20万元)
    if (sum.intersects(Figures.yuan(total)) || perUnit(text, last[1]).times(Figures.of(last[0])).intersects(Figures.yuan(total))) {
      return Optional.empty();
    }
    String expected = Figures.money(exact, MoneyUnit.of(total.unit()));
    String how = String.join(" + ", terms);
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(total.evidence());
    for (Figure[] pair : pairs) {
      evidence.add(pair[1].evidence());
      evidence.add(pair[0].evidence());
    }
    return Optional.of(FindingBuilder.of(this)
        .subject(total.label())
        .message(how + " 应为" + expected + "，报告写的是" + total.text() + "。", how + " is " + expected + ", not the stated " + total.text() + ".")
        .stated(total.text())
        .expected(expected)
        .evidence(evidence)
        .build());
  }

  /**
   * A rate per unit in 元, as the text allows it: a standard, a price or a rate applied (补贴标准为每亩108元, 每亩补贴120元, 单价0.35万元,
   * 按每吨70元计算) is set exactly, so 25600亩 at 108元 is 276.48万元 and no other; what works out per unit (每公里造价67.74万元, 户均补贴720元) is
   * rounded, as any written figure.
   */
  private static Interval perUnit(String text, Figure rate) {
    String label = rate.label();
    // a rate applied (清运费用按每吨85元结算) is set, whatever the cost named before its 按: the words after it say what it is
    int by = label.lastIndexOf('按');
    String own = by >= 0 ? label.substring(by) : label;
    boolean set = (STANDARD.matcher(label).find() || appliedBy(text, rate) || by >= 0 || aFactorWrittenOut(text, rate))
        && !WORKED_OUT.matcher(own).find();
    return set ? Interval.exact(rate.yuan()) : Figures.yuan(rate);
  }

  /**
   * Whether a sign of multiplication stands right before the rate's words (416亩×每亩1.5万元): a factor as multiplied, exact. (A bare
   * amount after the sign, 52户×3.5万元+…, is the sum's to read: {@link WrittenProducts}.)
   */
  private static boolean aFactorWrittenOut(String text, Figure rate) {
    int start = rate.evidence().start();
    int k = start;
    int stop = Math.max(0, k - 4);
    while (k > stop && Character.UnicodeScript.of(text.charAt(k - 1)) == Character.UnicodeScript.HAN) {
      k--;
    }
    return k < start && k > 0 && "×xX*＊".indexOf(text.charAt(k - 1)) >= 0;
  }

  /** Whether 按 (按照) opens the rate's label right before it in the text (按每吨70元计算), which the label itself leaves out. */
  private static boolean appliedBy(String text, Figure rate) {
    String label = rate.label().strip();
    int start = rate.evidence().start();
    int from = Math.max(0, start - label.length() - 4);
    int at = label.isEmpty() ? -1 : text.substring(from, start).lastIndexOf(label);
    return at >= 0 && text.substring(Math.max(0, from + at - 2), from + at).contains("按");
  }

  /** Whether an equals sign stands right before {@code result}, after {@code before}: the result of a formula, no rate. */
  private static boolean resultOfAFormula(String text, Figure before, Figure result) {
    int from = before.evidence().end();
    int to = result.evidence().start();
    String between = from <= to ? text.substring(from, to).strip() : "";
    return between.endsWith("=") || between.endsWith("＝");
  }

  /**
   * Whether the amount is written as a rate itself, per unit in its own clause or cell (| 每生每天5元 |): no total, whatever its label
   * is, as a target and an actual rate stand side by side in an indicator table.
   */
  private static boolean writtenPerUnit(String text, Figure amount) {
    int start = amount.evidence().start();
    int from = start;
    while (from > 0 && start - from < 12 && CLAUSE_ENDS.indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    return PER_MEASURE.matcher(text.substring(from, start)).find();
  }

  /**
   * The nearest figure of {@code kind} (a count, an amount) before the figure at i, unbounded and outside parentheses, in the
   * sentence of {@code anchor}; else null.
   */
  private static Figure beforeTheAside(List<Figure> fs, int i, String text, Figure anchor, String kind) {
    for (int k = i - 1; k >= 0 && Sentences.together(text, fs.get(k), anchor); k--) {
      Figure f = fs.get(k);
      if (kind.equals(f.kind()) && f.op() == null && !Sentences.inParentheses(text, f)) {
        return f;
      }
    }
    return null;
  }

  /**
   * Whether, after an amount spent at i, a count and a bare price per the unit it counts in (健身路径工程支出86.40万元，实际建成24套，每套
   * 3.60万元; 设备购置86.40万元，新建虫情测报灯18台，每台4.80万元) are what the amount was spent on: the price names no pay of another kind
   * (每套补助, 人均增收), so the amount is their product. Not where the price has a total of its own right after it (车辆购置49.60万元（其中
   * 垃圾车2辆，每辆18.50万元，计37.00万元；…）): the amount is of several such, nor where the amount is a budget (设备购置预算).
   */
  private static boolean priceOfTheUnitsCounted(List<Figure> fs, int i, String text) {
    Figure spent = fs.get(i);
    Figure count = fs.get(i + 1);
    Figure price = fs.get(i + 2);
    if (!Figure.COUNT.equals(count.kind()) || count.op() != null || price.label() == null || spent.label() == null
        || PLANNED.matcher(spent.label()).find()) {
      return false;
    }
    boolean ownTotal = i + 3 < fs.size() && Figure.MONEY.equals(fs.get(i + 3).kind()) && Sentences.together(text, price, fs.get(i + 3));
    // units picked out of the amount's (车辆购置49.60万元（其中垃圾车2辆，每辆18.50万元）) are some of what it bought, not all
    if (ownTotal || count.unit() == null || SOME_OF_IT.matcher(Sentences.between(text, spent, count)).find()) {
      return false;
    }
    Matcher m = BARE_PRICE.matcher(price.label().strip());
    if (SPENT_ON.matcher(spent.label()).find() && m.matches() && count.unit().equals(m.group(1))) {
      return true;
    }
    // or an item's amount opening its clause, the units and their bare price in the clauses right after it (管理员培训3.09万元，实际培训
    // 206人，每人150元; “两节”送温暖78.00万元，慰问1,560户，每户500元): the price names no other kind of pay, so the amount is what they came to
    Matcher priced = PRICED_RIGHT_AFTER.matcher(Sentences.between(text, count, price));
    return priced.matches() && (priced.group(1) == null || sameUnit(priced.group(1), count.unit())) && opensItsClause(fs, i, text)
        && !OF_MORE.matcher(spent.label()).find() && Sentences.between(text, spent, count).matches("^[，,][^（(）)]*$");
  }

  /** Whether a price's unit is the count's (每户 of 1,560户, 每人 of 206名). */
  private static boolean sameUnit(String per, String countUnit) {
    return per.equals(countUnit) || MEASURES.stream().anyMatch(kind -> kind.contains(per) && kind.contains(countUnit)) && !"个".equals(per);
  }

  /** Whether the figure at i is the first of its clause: no figure before it in its sentence, or a colon or an item's marker between. */
  private static boolean opensItsClause(List<Figure> fs, int i, String text) {
    if (i == 0 || !Sentences.together(text, fs.get(i - 1), fs.get(i))) {
      return true;
    }
    String before = Sentences.between(text, fs.get(i - 1), fs.get(i));
    return before.indexOf('：') >= 0 || before.indexOf(':') >= 0;
  }

  /** Whether the amount is named only as so much per the count's unit (每平方米 after 31,260平方米), no kind of its own. */
  private static boolean perTheCountsUnit(Figure per, Figure count) {
    return Figure.MONEY.equals(per.kind()) && per.op() == null && per.label() != null && count.unit() != null
        && per.label().strip().equals("每" + count.unit());
  }

  /** Whether a count is an average of others (日均49.9吨, 村均7.43名, 平均每户), not a count of units. */
  static boolean isAverageCount(Figure count) {
    return count.label() != null && SpendingLabels.namesAnAverage(count.label());
  }

  /**
   * Whether the count is of months or days a head was paid (3,175人·月; 624人天) and the rate is per head and that period (每人每月1,100元;
   * 每人每天450元), or per that period alone (按每月800元): each month or day of a head is paid the rate once, so the count times the rate
   * is the total.
   */
  private static boolean periodsOfAHead(Figure rate, Figure count) {
    PaidByPeriod.Period p = PaidByPeriod.perHeadPeriod(rate);
    if (p == null) {
      // a rate per the period alone (17人月，按每月800元): the count's unit holds the head
      Matcher bare = rate.label() == null ? null : PER_PERIOD_ALONE.matcher(rate.label().strip());
      return bare != null && bare.matches() && HEAD_PERIODS.getOrDefault(bare.group(1), Set.of()).contains(count.unit());
    }
    return "人名位".contains(p.per()) && HEAD_PERIODS.getOrDefault(p.period(), Set.of()).contains(count.unit());
  }

  /** A rate per month or quarter (每人每月1500元): a count times it is not the year's total. */
  private static boolean paidMoreThanOnceAYear(Figure rate) {
    PaidByPeriod.Period p = PaidByPeriod.perHeadPeriod(rate);
    return p != null && !"年".equals(p.period());
  }

  /** Whether a rate's label, when it names a measure (每亩), names the one the count is in. */
  static boolean sameMeasure(String rateLabel, String countUnit) {
    Matcher m = PER_MEASURE.matcher(rateLabel);
    if (!m.find()) {
      // a rate per a period alone (每季度发放9.54万元) multiplies the periods, not the people paid in each
      Matcher period = PER_PERIOD.matcher(rateLabel);
      return !period.find() || rateLabel.indexOf('每') < period.start() || rateLabel.indexOf('每', period.end()) >= 0
          || countUnit != null && countUnit.endsWith(period.group(1));
    }
    String per = m.group(1) != null ? m.group(1) : m.group(2);
    return MEASURES.stream().anyMatch(kind -> kind.contains(per) && kind.contains(countUnit));
  }

  /**
   * Whether a rate's label ends per a unit of count other than the count's (加工单价每画幅0.32元 after 档案6,000卷): the rate is of
   * some other count, unread. 每个 counts anything; a period (每生每年) is {@link #sameMeasure}'s.
   */
  private static boolean perAnotherUnit(String rateLabel, String countUnit) {
    Matcher m = PER_UNIT_AT_END.matcher(rateLabel);
    if (!m.find() || countUnit == null || m.group(1).equals("个") || PER_PERIOD.matcher(m.group()).matches()) {
      return false;
    }
    String per = m.group(1);
    // (处次 of a count read in 处; 万人 of 人)
    return !per.startsWith(countUnit) && !countUnit.startsWith(per) && !countUnit.endsWith(per) && MEASURES.stream().noneMatch(kind -> kind.contains(per) && kind.contains(countUnit));
  }

  /**
   * Whether the rate is per the thing the count's noun names right after it (28个助餐点、每点3000元: 点 of 助餐点), though the count is in 个.
   */
  private static boolean perItsNoun(String text, String rateLabel, Figure count) {
    Matcher m = PER_UNIT_AT_END.matcher(rateLabel);
    int end = count.evidence().end();
    int k = end;
    while (k < text.length() && k - end < 6 && Character.UnicodeScript.of(text.charAt(k)) == Character.UnicodeScript.HAN) {
      k++;
    }
    return m.find() && k > end && text.substring(end, k).endsWith(m.group(1));
  }

  /** Whether a count in 个 is of villages where the average is per village (10个村…，村均…); any other count is as its unit says. */
  private static boolean countsWhatItIsPer(String text, Figure count, Figure average) {
    if (average.label() == null || !average.label().contains("村均")) {
      return true;
    }
    String after = text.substring(count.evidence().end(), Math.min(text.length(), count.evidence().end() + 3));
    return after.startsWith("村") || after.startsWith("行政村");
  }

  /** A rate written per a unit after its amount (单价0.35万元/台) is of a count in that unit only. */
  private static boolean perUnitAgrees(String text, Figure rate, Figure count) {
    int end = rate.evidence().end();
    if (end >= text.length() || text.charAt(end) != '/') {
      return true;
    }
    return count.unit() != null && text.startsWith(count.unit(), end + 1);
  }

  /** Whether the words from the second of a rate and its count to {@code total} name it their total; {@code rate} is the rate of the two. */
  static boolean saysTotal(String text, Figure count, Figure total, Figure rate) {
    if (count.evidence().end() > total.evidence().start()) {
      return false; // two readings of one figure, or a form's figures out of the text's order
    }
    // past the words of the rate applied in settling (按每卷6.40元结算，计88,000元; 按每人次120元核定，支出22.20万元): what follows is what it came to
    String between = APPLIED_IN_SETTLING.matcher(text.substring(count.evidence().end(), total.evidence().start())).replaceFirst("");
    // or the product written out (94元×52.40万人=4,925.60万元)
    boolean equals = between.strip().equals("=") || between.strip().equals("＝");
    return equals || between.contains("共") || between.contains("合计") || between.contains("总")
        || CLAUSE_MONEY.matcher(between.strip()).matches() || spentAtAPlainRate(between, rate)
        || COUNTED.matcher(between.strip()).matches() || priceAndAmountOfARow(between, count, total)
        || BUDGETED.matcher(between).matches() && saysBy(text, count)
        || PAID_AS_A_STANDARD.matcher(between.strip()).matches() && rate.label() != null && !GAIN_OR_AVERAGE.matcher(rate.label()).find();
  }

  /** Whether 按 stands in the figure's clause before it (预算按每辆400,000元的最高限价、共6辆: 、 parts no clause). */
  private static boolean saysBy(String text, Figure f) {
    for (int k = f.evidence().start() - 1; k >= 0; k--) {
      char c = text.charAt(k);
      boolean inANumber = c == ',' && k > 0 && Character.isDigit(text.charAt(k - 1)); // 400,000元
      if (CLAUSE_ENDS.indexOf(c) >= 0 && !inANumber) {
        return false;
      }
      if (c == '按') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether what follows a plain rate per unit is what was spent or paid at it (堆粪棚18,400平方米，每平方米360元，支出662.40万元;
   * 每吨800元，补助105.60万元): a rate of spending, not a gain per head (人均增收1,200元，支出500万元) nor an average.
   */
  private static boolean spentAtAPlainRate(String between, Figure rate) {
    return Figure.MONEY.equals(rate.kind()) && rate.label() != null && PLAIN_RATE.matcher(rate.label().strip()).matches()
        && SPENT.matcher(between.strip()).matches();
  }

  /**
   * A table row's unit price and amount, cells apart (健身路径 | 35套 | 3.80 | 133.00, read by ItemTables), or its quantity and amount
   * where the price comes before the quantity (医用防护服 | 套 | 38.50 | 6,200 | 238,700.00).
   */
  private static boolean priceAndAmountOfARow(String between, Figure before, Figure amount) {
    return between.replace('|', ' ').isBlank() && between.indexOf('\n') < 0 && before.label() != null && amount.label() != null
        && amount.label().endsWith("金额")
        && (before.label().endsWith("单价") || Figure.COUNT.equals(before.kind()) && amount.label().equals(before.label() + "金额"));
  }
}
