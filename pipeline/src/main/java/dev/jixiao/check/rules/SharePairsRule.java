package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.extract.Labels;
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
 * stated total with their shares after them are breakdown.share's, which holds them to that total.
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

  /** An amount and its share. */
  private record Pair(Figure share, Figure amount, boolean shareFirst) {
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
      Pair p = pairAt(fs, i, text);
      if (p == null) {
        continue;
      }
      if (!current.isEmpty() && (!Sentences.oneStatement(text, current.get(current.size() - 1).amount(), p.amount())
          || anotherListOpens(text, current.get(current.size() - 1), p))) {
        out.add(current);
        current = new ArrayList<>();
      }
      current.add(p);
      i++;
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
      int k = i;
      while (k >= 0 && Sentences.inParentheses(text, fs.get(k)) && !Sentences.inParentheses(text, b)) {
        k--;
      }
      if (k == i) {
        return new Pair(b, a, false);
      }
      Figure amount = k >= 0 ? fs.get(k) : null;
      return amount != null && Figures.isMoney(amount) && amount.op() == null && Sentences.together(text, amount, b)
          ? new Pair(b, amount, false) : null;
    }
    return null;
  }

  /** Parts of one stated total, each share after its part: breakdown.share holds those to the total itself. */
  private static boolean breakdownsOwn(List<Pair> list) {
    String total = list.get(0).amount().partOf();
    return total != null && list.stream().allMatch(p -> !p.shareFirst() && total.equals(p.amount().partOf()));
  }

  /**
   * The pairs that disagree with the rest: those whose total's interval misses the median of the pairs'
   * totals, when they are fewer than half; else the last against the first, as no majority tells.
   */
  private List<Finding> check(List<Pair> list) {
    List<Interval> totals = list.stream().map(Pair::total).toList();
    if (totals.stream().anyMatch(Objects::isNull) || common(totals) != null
        || list.stream().anyMatch(p -> p.share().value().signum() <= 0)) {
      return List.of();
    }
    List<BigDecimal> points = list.stream().map(p -> pointTotal(List.of(p))).sorted().toList();
    int n = points.size();
    BigDecimal median = points.get((n - 1) / 2).add(points.get(n / 2)).divide(BigDecimal.valueOf(2));
    List<Pair> off = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      if (!totals.get(j).contains(median)) {
        off.add(list.get(j));
      }
    }
    if (n == 2 || off.isEmpty() || off.size() * 2 >= n) {
      return List.of(finding(list.get(n - 1), List.of(list.get(0))));
    }
    List<Pair> rest = list.stream().filter(p -> !off.contains(p)).toList();
    return off.stream().map(p -> finding(p, rest)).toList();
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
