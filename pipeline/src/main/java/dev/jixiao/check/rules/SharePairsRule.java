package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.extract.Labels;
import dev.jixiao.record.Evidence;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Amounts stated with their shares of one total, in one sentence, whatever the total: 中央财政承担45%，
 * 计1659.42万元；省级财政承担25%，计921.90万元；县级财政承担10%，计368.76万元 (a premium split between
 * the levels of government), or 中央资金1200.00万元，占64.86%；省级资金450.00万元，占24.32%. Each pair
 * implies the total (amount ÷ share), and the pairs of one list must imply the same: a pair whose
 * total the most of the others' disagree with is flagged, with the amount their total gives its share.
 * Of two pairs that disagree the second is flagged, the first cited, as neither can be told right. Parts linked to a
 * stated total with their shares after them are breakdown.share's, which holds them to that total. Shares given in turn
 * to the amounts listed before them (中央补助245万元，省级补助180万元，县级配套185万元，分别占调整后预算的40.16%、29.51%和30.33%)
 * are pairs of one list too, unless the whole they name is stated, which share.named holds them to.
 *
 * <p>Shares that add up to 100% say the list is the whole total, so the total is the amounts' sum, which is known to the
 * 分 where the total each pair implies is known only to its share's last digit: a share off by one in its last digit
 * (59.27% for 800.00万元 of 800.00万元 and 550.00万元) is flagged against the amount over the sum.
 */
@RuleInfo(
    id = "share.pairs",
    severity = Severity.ERROR,
    zh = "同一句所列各项的金额与占比推算的总额不一致（中央承担45%计1659.42万元；省级承担25%计921.90万元）",
    en = "amounts listed with their shares of one total (中央承担45%，计1659.42万元；省级承担25%，计921.90万元) must imply the same total")
public final class SharePairsRule implements Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** The words of an amount that says what its share comes to: 计, 共计, 金额为. */
  private static final Pattern RECKONED = Pattern.compile("^(?:共|合)?计(?:为)?$|^(?:金额|资金)(?:为)?$");
  /** A share that says only that it is one (占, 占比为): of the total the list is of. */
  private static final Pattern SHARE_ONLY = Pattern.compile("^(?:所)?占(?:比|比重|比例)?(?:为|是)?$");
  /** A rate, which is no share of a list's total (执行率95%，计…). */
  private static final Pattern RATE = Pattern.compile("[率度]$");

  /** An average's words (座均, 人均, 平均): no amount a share is of. */
  private static final Pattern AVERAGE = Pattern.compile("\\p{IsHan}均|平均");
  /**
   * What opens another list between two pairs of one statement: a classification (；按功能分类，). Not 其中, which breaks down one
   * item of the list, the list going on after it (基本支出…，占81.32%，其中：人员经费…；项目支出…，占18.68%).
   */
  private static final Pattern ANOTHER_LIST = Pattern.compile(Labels.CLASSIFICATION);

  /** Whether another list opens between the pair before and the next (…其他收入58.46万元，占1.56%；…；按功能分类，一般公共服务支出…). */
  private static boolean anotherListOpens(String text, Pair before, Pair next) {
    int from = Math.max(before.amount().evidence().end(), before.share().evidence().end());
    int to = Math.min(next.amount().evidence().start(), next.share().evidence().start());
    return from < to && ANOTHER_LIST.matcher(text).region(from, to).find();
  }

  /**
   * The words of the first of shares given in turn (分别占, 分别占调整后预算的, 分别占预算总额的比例为); or, after amounts given in turn
   * (分别为120.00万元、60.00万元), of a share alone (占调整后预算的).
   */
  private static final Pattern IN_TURN = Pattern.compile("^分别(?:所)?占(?:\\p{IsHan}{0,16}?的?)?(?:比|比重|比例)?(?:为|是)?$");
  private static final Pattern OF_ONE = Pattern.compile("^(?:所)?占(?:\\p{IsHan}{0,16}?的?)?(?:比|比重|比例)?(?:为|是)?$");
  /** What joins shares or amounts given in turn: 、, 和, 及. */
  private static final Pattern JOINED = Pattern.compile("^\\s*[、和及与]\\s*$");
  /** Amounts given in turn: their label's words (省级、市级、县级资金分别为). */
  private static final Pattern AMOUNTS_IN_TURN = Pattern.compile("分别(?:为|是)?$");
  /** What opens a list after its whole (…1303.80万元，其中基本支出…; …477.82万元（中央…; 资金来源为：…). */
  private static final Pattern LIST_OPENS = Pattern.compile("其中|[:：(（]");

  /** An amount and its share; {@code turns} the first of the shares given in turn this one is of, or null. */
  record Pair(Figure share, Figure amount, boolean shareFirst, Figure turns) {
    Pair(Figure share, Figure amount, boolean shareFirst) {
      this(share, amount, shareFirst, null);
    }

    boolean inTurn() {
      return turns != null;
    }

    Interval total() {
      return Figures.yuan(amount).times(HUNDRED).dividedBy(Figures.of(share));
    }
  }

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    String text = report.text();
    if (text == null) {
      return out;
    }
    for (List<Pair> list : lists(report.figures(), text)) {
      if (list.size() >= 2 && !breakdownsOwn(list)) {
        out.addAll(check(list));
      }
    }
    return out;
  }

  /** The pairs of each sentence, in order, a sentence's pairs one list. */
  private static List<List<Pair>> lists(List<Figure> fs, String text) {
    List<List<Pair>> out = new ArrayList<>();
    List<Pair> current = new ArrayList<>();
    for (int i = 0; i + 1 < fs.size(); i++) {
      // shares given in turn of a whole they name and the report states are held to it (share.named's)
      List<Pair> inTurn = NamedShareRule.ofANamedWhole(fs, i, text) != null ? List.of() : inTurn(fs, i, text);
      Pair single = inTurn.isEmpty() ? pairAt(fs, i, text) : null;
      List<Pair> found = single != null ? List.of(single) : inTurn;
      if (found.isEmpty()) {
        continue;
      }
      Pair p = found.get(0);
      if (!current.isEmpty() && (!Sentences.oneStatement(text, current.get(current.size() - 1).amount(), p.amount())
          || anotherListOpens(text, current.get(current.size() - 1), p))) {
        out.add(current);
        current = new ArrayList<>();
      }
      current.addAll(found);
      i += single != null ? 1 : found.size() - 1;
    }
    out.add(current);
    return out;
  }

  private static Pair pairAt(List<Figure> fs, int i, String text) {
    Figure a = fs.get(i);
    Figure b = fs.get(i + 1);
    if (a.op() != null || b.op() != null || !Sentences.together(text, a, b)) {
      return null;
    }
    if (Figure.PERCENT.equals(a.kind()) && Figures.isMoney(b) && RECKONED.matcher(SpendingLabels.label(b)).matches()
        && !RATE.matcher(SpendingLabels.label(a)).find()) {
      return new Pair(a, b, true);
    }
    if (Figures.isMoney(a) && Figure.PERCENT.equals(b.kind()) && SHARE_ONLY.matcher(SpendingLabels.label(b)).matches()) {
      // an average between the amount and its share is of the amount (其余九座水库共64.80万元，座均7.20万元，占40.50%)
      Figure before = i > 0 ? fs.get(i - 1) : null;
      int start = a.evidence().start();
      boolean average = (AVERAGE.matcher(SpendingLabels.label(a)).find()
          || AVERAGE.matcher(text.substring(Math.max(0, start - 2), start)).find())
          && before != null && Figures.isMoney(before) && before.op() == null && Sentences.together(text, before, a);
      if (average) {
        return new Pair(b, before, false);
      }
      // the amount before an aside in parentheses, not one of the aside's (494.40万元（1,236亩×每亩4,000元），占35.93%)
      int k = Sentences.inParentheses(text, b) ? i : Sentences.outsideTheAsides(fs, i, text);
      if (k == i) {
        return new Pair(b, a, false);
      }
      Figure amount = k >= 0 ? fs.get(k) : null;
      return amount != null && Figures.isMoney(amount) && amount.op() == null && Sentences.together(text, amount, b)
          ? new Pair(b, amount, false) : null;
    }
    return null;
  }

  /**
   * The pairs of shares given in turn, the share at i the first (…县级配套185万元，分别占调整后预算的40.16%、29.51%和30.33%): the shares
   * joined by 、 or 和, and as many amounts before the first, listed with none between, go together in order; else none. A list
   * of more amounts than shares, the one before the first amount listed like it, leaves open which the shares are of.
   */
  static List<Pair> inTurn(List<Figure> fs, int i, String text) {
    Figure first = fs.get(i);
    if (!Figure.PERCENT.equals(first.kind()) || first.op() != null || i == 0) {
      return List.of();
    }
    String label = SpendingLabels.label(first);
    boolean inTurn = IN_TURN.matcher(label).matches();
    if (!inTurn && !OF_ONE.matcher(label).matches()) {
      return List.of();
    }
    List<Figure> shares = new ArrayList<>(List.of(first));
    for (int k = i + 1; k < fs.size() && Figure.PERCENT.equals(fs.get(k).kind()) && fs.get(k).op() == null
        && JOINED.matcher(Sentences.between(text, fs.get(k - 1), fs.get(k))).matches(); k++) {
      shares.add(fs.get(k));
    }
    if (shares.size() < 2) {
      return List.of();
    }
    boolean aside = Sentences.inParentheses(text, first);
    List<Figure> amounts = new ArrayList<>();
    int k = i - 1;
    for (; k >= 0 && amounts.size() < shares.size(); k--) {
      Figure f = fs.get(k);
      if (!aside && Sentences.inParentheses(text, f)) {
        continue; // an aside within the list (省级补助180万元（含年中追加…）) is the amount's, not one of the list
      }
      if (!Figures.isMoney(f) || f.op() != null || !Sentences.oneStatement(text, f, first)) {
        return List.of();
      }
      amounts.add(0, f);
    }
    if (amounts.size() < shares.size() || !inTurn && !AMOUNTS_IN_TURN.matcher(SpendingLabels.label(amounts.get(0))).find()) {
      return List.of();
    }
    while (k >= 0 && !aside && Sentences.inParentheses(text, fs.get(k))) {
      k--; // past an aside before the first amount, to the figure before the list
    }
    Figure before = k >= 0 ? fs.get(k) : null;
    if (before != null && Figures.isMoney(before) && Sentences.oneStatement(text, before, first)
        && !LIST_OPENS.matcher(Sentences.between(text, before, amounts.get(0))).find()) {
      return List.of();
    }
    List<Pair> out = new ArrayList<>();
    for (int j = 0; j < shares.size(); j++) {
      out.add(new Pair(shares.get(j), amounts.get(j), false, first));
    }
    return out;
  }

  /** Parts of one stated total, each share after its part: breakdown.share holds those to the total itself. */
  private static boolean breakdownsOwn(List<Pair> list) {
    String total = list.get(0).amount().partOf();
    return total != null && list.stream().allMatch(p -> !p.shareFirst() && !p.inTurn() && total.equals(p.amount().partOf()));
  }

  /**
   * The pairs that disagree with the rest: those whose total's interval misses where the most of them meet, when they are fewer
   * than half and no other meeting of as many leaves out others; else, where the shares add up to 100%, those that miss the
   * amounts' sum; else the last against the first, as no majority tells.
   */
  private List<Finding> check(List<Pair> list) {
    List<Interval> totals = list.stream().map(Pair::total).toList();
    if (totals.stream().anyMatch(Objects::isNull) || list.stream().anyMatch(p -> p.share().value().signum() <= 0)) {
      return List.of();
    }
    if (common(totals) != null) {
      return againstTheirSums(list);
    }
    int n = totals.size();
    List<BigDecimal> points = list.stream().map(p -> pointTotal(List.of(p))).sorted().toList();
    List<Integer> off = outsideTheMost(totals, points.get((n - 1) / 2).add(points.get(n / 2)).divide(BigDecimal.valueOf(2)));
    if (n == 2 || off == null || off.size() * 2 >= n) {
      List<Finding> bySum = againstTheirSums(list);
      return !bySum.isEmpty() ? bySum : List.of(finding(list.get(n - 1), List.of(list.get(0))));
    }
    List<Pair> rest = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      if (!off.contains(j)) {
        rest.add(list.get(j));
      }
    }
    return off.stream().map(j -> finding(list.get(j), rest)).toList();
  }

  /**
   * The pairs the sums of shares adding up to 100% hold to the amounts' sum: of the whole list, else of each run of shares given in
   * turn, one list of one whole (…分别占预算总额的29.41%、47.06%和23.53%；市、县两级补助合计52.00万元，占76.47%).
   */
  private List<Finding> againstTheirSums(List<Pair> list) {
    if (sumsToAHundred(list)) {
      return againstTheirSum(list);
    }
    return list.stream().filter(Pair::inTurn).map(Pair::turns).distinct()
        .map(first -> list.stream().filter(p -> p.turns() == first).toList()).filter(SharePairsRule::sumsToAHundred)
        .flatMap(turns -> againstTheirSum(turns).stream()).toList();
  }

  /**
   * The positions of the totals outside where the most of them meet: at the median of the totals' midpoints where as many meet
   * there, else at the one place they do, the median missing all but its own total when the shares are written to the hundredth
   * of a percent (900.00万元 at 60.08% and 247.88万元 at 16.55% meet about 1498万元); null when two places where as many meet leave
   * out different ones, which the totals alone do not tell apart.
   */
  private static List<Integer> outsideTheMost(List<Interval> totals, BigDecimal median) {
    long most = 0;
    List<Integer> off = null;
    boolean tied = false;
    for (Interval candidate : totals) {
      List<Integer> outside = outside(totals, candidate.lo());
      long held = totals.size() - outside.size();
      if (held > most) {
        most = held;
        off = outside;
        tied = false;
      } else if (held == most && !outside.equals(off)) {
        tied = true;
      }
    }
    List<Integer> outsideTheMedian = outside(totals, median);
    return totals.size() - outsideTheMedian.size() == most ? outsideTheMedian : tied ? null : off;
  }

  private static List<Integer> outside(List<Interval> totals, BigDecimal at) {
    List<Integer> out = new ArrayList<>();
    for (int j = 0; j < totals.size(); j++) {
      if (!totals.get(j).contains(at)) {
        out.add(j);
      }
    }
    return out;
  }

  /**
   * Of a list whose shares add up to 100%, each share against its amount over the amounts' sum, which is then the total: the
   * shares that miss it.
   */
  private List<Finding> againstTheirSum(List<Pair> list) {
    List<Finding> out = new ArrayList<>();
    for (Pair p : list) {
      // the amount over itself and the rest, each bound taken with the rest's other bound: the amount is in the sum once
      Interval amount = Figures.yuan(p.amount());
      Interval rest = Interval.exact(BigDecimal.ZERO);
      for (Pair other : list) {
        rest = other == p ? rest : rest.plus(Figures.yuan(other.amount()));
      }
      BigDecimal lo = amount.lo().add(rest.hi()).signum() > 0
          ? amount.lo().multiply(HUNDRED).divide(amount.lo().add(rest.hi()), 10, RoundingMode.FLOOR) : null;
      BigDecimal hi = amount.hi().add(rest.lo()).signum() > 0
          ? amount.hi().multiply(HUNDRED).divide(amount.hi().add(rest.lo()), 10, RoundingMode.CEILING) : null;
      if (lo != null && hi != null && !new Interval(lo, hi).intersects(Figures.of(p.share()))) {
        out.add(offTheSum(p, list));
      }
    }
    return out;
  }

  /**
   * Whether the shares add up to 100%, within their rounding: the list is all of the total. One whose add up to less leaves out
   * some of it, and one whose add up to more holds a part's own parts or a subtotal.
   */
  private static boolean sumsToAHundred(List<Pair> list) {
    Interval shares = Interval.exact(BigDecimal.ZERO);
    for (Pair p : list) {
      shares = shares.plus(Figures.of(p.share()));
    }
    return shares.contains(HUNDRED);
  }

  private Finding offTheSum(Pair wrong, List<Pair> list) {
    BigDecimal total = list.stream().map(p -> p.amount().yuan()).reduce(BigDecimal.ZERO, BigDecimal::add);
    MoneyUnit unit = MoneyUnit.of(wrong.amount().unit());
    int decimals = Math.max(0, wrong.amount().value().scale());
    String totalText = Figures.money(total.divide(unit.factor()).setScale(decimals, RoundingMode.HALF_UP).multiply(unit.factor()), unit,
        decimals);
    String expected = Figures.percent(wrong.amount().yuan(), total);
    String subject = SpendingLabels.label(wrong.shareFirst() ? wrong.share() : wrong.amount());
    List<Evidence> evidence = new ArrayList<>(List.of(wrong.share().evidence(), wrong.amount().evidence()));
    list.stream().filter(p -> p != wrong).forEach(p -> evidence.add(p.amount().evidence()));
    return FindingBuilder.of(this)
        .subject(subject)
        .message("所列各项占比合计100%，即各项金额之和" + totalText + "为总额；“" + subject + "”" + wrong.amount().text() + "占其约" + expected
                + "，报告写的是" + wrong.share().text() + "。",
            "the listed shares add up to 100%, so the amounts' sum " + totalText + " is the total; " + subject + ": " + wrong.amount().text()
                + " is about " + expected + " of it, not the stated " + wrong.share().text() + ".")
        .stated(wrong.share().text())
        .expected(expected)
        .evidence(evidence.toArray(Evidence[]::new))
        .build();
  }

  /** The total the pairs imply together, in 元: their amounts over their shares (2765.70万元 of 75% is 3687.60万元). */
  private static BigDecimal pointTotal(List<Pair> pairs) {
    BigDecimal amounts = pairs.stream().map(p -> p.amount().yuan()).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal shares = pairs.stream().map(p -> p.share().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
    return amounts.multiply(HUNDRED).divide(shares, 10, RoundingMode.HALF_UP);
  }

  private Finding finding(Pair wrong, List<Pair> rest) {
    Pair other = rest.get(0);
    MoneyUnit unit = MoneyUnit.of(wrong.amount().unit());
    int decimals = Math.max(0, wrong.amount().value().scale());
    BigDecimal total = pointTotal(rest);
    BigDecimal inUnit = total.multiply(wrong.share().value()).divide(HUNDRED.multiply(unit.factor()), decimals, RoundingMode.HALF_UP);
    String expected = Figures.money(inUnit.multiply(unit.factor()), unit, decimals);
    BigDecimal totalInUnit = total.divide(unit.factor()).setScale(decimals, RoundingMode.HALF_UP);
    String totalText = Figures.money(totalInUnit.multiply(unit.factor()), unit, decimals);
    String subject = SpendingLabels.label(wrong.shareFirst() ? wrong.share() : wrong.amount());
    return FindingBuilder.of(this)
        .subject(subject)
        .message("“" + subject + "”" + wrong.share().text() + "对应" + wrong.amount().text() + "，推得总额与同句其他各项（如" + other.share().text() + "对应"
                + other.amount().text() + "，总额约" + totalText + "）不一致；按该总额应约为" + expected + "。",
            subject + ": " + wrong.amount().text() + " at " + wrong.share().text() + " implies another total than the list's other items ("
                + other.amount().text() + " at " + other.share().text() + ", about " + totalText + "), which gives about " + expected + ".")
        .stated(wrong.amount().text())
        .expected(expected)
        .evidence(wrong.amount().evidence(), wrong.share().evidence(), other.amount().evidence(), other.share().evidence())
        .build();
  }

  /** The interval all of these share, or null when they share none. */
  private static Interval common(List<Interval> intervals) {
    BigDecimal lo = null;
    BigDecimal hi = null;
    for (Interval i : intervals) {
      lo = lo == null || i.lo().compareTo(lo) > 0 ? i.lo() : lo;
      hi = hi == null || i.hi().compareTo(hi) < 0 ? i.hi() : hi;
    }
    return lo == null || lo.compareTo(hi) > 0 ? null : new Interval(lo, hi);
  }
}
