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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A stated breakdown against its total (the parts are linked by extraction, see Figure.partOf):
 * parts that close their sentence claim to be the whole and must add up; parts of an open list
 * may be a selection, so they are only flagged when they exceed the total. A count whose listed
 * names are fewer or more than it says ("内设机构6个" naming four) is a warning.
 *
 * <p>Paired headcounts ("核定编制81个，实有编制人数72人，其中…") are read the way a supervisor reads
 * them: the authorised side (个) shows which categories make up the whole — the one set of later
 * categories that completes it exactly — and the actual side (人) must add up over the same ones.
 *
 * <p>Parts after a sentence of a budget and its spending are read as the spending's, and hold
 * when they add up to either.
 */
@RuleInfo(
    id = "breakdown.sum",
    severity = Severity.ERROR,
    zh = "分项之和与所述合计不符（收入、支出、资产、人员编制、所列名单）",
    en = "a stated breakdown (income by source, basic + project spending, assets, headcounts) against its total")
public final class BreakdownSumRule implements Rule {
  private static final int MAX_CANDIDATES = 14;
  /** The label of what is left of an amount. */
  private static final Pattern BALANCE = Pattern.compile("结余|结转|节余");

  @Override
  public List<Finding> check(Report report) {
    Map<String, Figure> byId = new LinkedHashMap<>();
    report.figures().forEach(f -> byId.put(f.id(), f));
    Map<String, List<Figure>> parts = new LinkedHashMap<>();
    for (Figure f : report.figures()) {
      if (f.partOf() != null && byId.containsKey(f.partOf())) {
        parts.computeIfAbsent(f.partOf(), k -> new ArrayList<>()).add(f);
      }
    }
    // the projects by grade (结果为"优"的项目5个；…) against their count are grade.count's to check
    Set<Integer> gradeCounts = new HashSet<>();
    report.gradeDistribution().stream().filter(g -> g.count() != null && g.count().evidence() != null)
        .forEach(g -> gradeCounts.add(g.count().evidence().start()));
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<String, List<Figure>> e : parts.entrySet()) {
      Figure total = byId.get(e.getKey());
      List<Figure> ps = e.getValue();
      if (ps.stream().allMatch(p -> gradeCounts.contains(p.evidence().start()))) {
        continue;
      }
      Interval sum = sum(ps);
      Interval stated = Figures.of(total);
      // parts counted in ones under a total in 万 (受益群众2.36万人，其中脱贫人口4120人、监测对象386人) are groups
      // picked out of it, not its whole, though they close the sentence
      boolean picked = !total.unit().equals(Figures.onesUnit(total)) && ps.stream().anyMatch(p -> p.unit().equals(Figures.onesUnit(p)));
      boolean whole = Boolean.TRUE.equals(total.partsClosed()) && ps.size() >= 2 && !picked;
      boolean exceeds = sum.lo().compareTo(stated.hi()) > 0;
      // what else the parts may add up to is looked for only where they miss (it finds the total's place among all the figures)
      if (whole ? !sum.intersects(stated) && !ofTheBudgetBeside(report, total, sum) && !ofAnAmountBesideABalance(report, total, sum)
          : exceeds && !withinAnAmountBesideABalance(report, total, sum, ps)) {
        out.add(finding(total, exact(ps), ps, whole ? "" : "（超过合计）"));
      }
    }
    out.addAll(pairedCounts(report, byId, parts));
    for (Figure f : report.figures()) {
      if (f.listed() != null && f.value().scale() <= 0 && f.listed() != f.value().intValue()) {
        out.add(FindingBuilder.of(this)
            .severity(Severity.WARNING)
            .subject(f.label())
            .message("“" + f.label() + "”写作" + f.text() + "，但其后" + (f.listed() < f.value().intValue() ? "只" : "") + "列出"
                    + f.listed() + "个名称。",
                f.label() + " is stated as " + f.text() + " but " + f.listed() + " are named.")
            .stated(f.text())
            .expected(f.listed() + f.unit())
            .evidence(f.evidence())
            .build());
      }
    }
    return out;
  }

  /**
   * Whether parts read as of an amount spent add up to the budget its sentence states with it
   * (“三公”经费预算12.50万元，实际支出10.86万元。其中：…): a breakdown after such a sentence may be of either.
   */
  private static boolean ofTheBudgetBeside(Report report, Figure total, Interval sum) {
    List<Figure> fs = report.figures();
    int at = fs.indexOf(total);
    if (report.text() == null || at < 0 || !Figures.isMoney(total) || !SpendingLabels.spent(total)) {
      return false;
    }
    return SpendingLabels.sentenceAround(fs, at, report.text()).stream()
        .anyMatch(f -> Figures.isMoney(f) && f.op() == null && SpendingLabels.budgeted(f) && SpendingLabels.sameSubject(f, total)
            && Figures.of(f).intersects(sum));
  }

  /**
   * Whether parts after a balance that exceed it fit within an amount its sentence states before it (预算125.00万元，支出119.28万元，
   * 执行率95.42%，结余5.72万元，其中建设水质自动监测站6座，…计111.00万元；…): what they pick out, no balance itself, is of what was
   * spent.
   */
  private static boolean withinAnAmountBesideABalance(Report report, Figure total, Interval sum, List<Figure> ps) {
    List<Figure> fs = report.figures();
    int at = fs.indexOf(total);
    if (report.text() == null || at < 0 || !Figures.isMoney(total) || total.label() == null || !BALANCE.matcher(total.label()).find()
        || ps.stream().anyMatch(p -> p.label() != null && BALANCE.matcher(p.label()).find())) {
      return false; // (parts named as what is left are the balance's: 现场教学点建设结余4.60万元)
    }
    return SpendingLabels.sentenceAround(fs, at, report.text()).stream()
        .anyMatch(f -> f != total && Figures.isMoney(f) && f.op() == null && f.evidence().start() < total.evidence().start()
            && Figures.of(f).hi().compareTo(sum.lo()) >= 0);
  }

  /**
   * Whether parts after a balance add up to an amount its sentence states before it (项目支出1,369.90万元，…，结余86.60万元，其中：
   * 人居环境整治326.40万元，…): a list after what is left may break down what was spent.
   */
  private static boolean ofAnAmountBesideABalance(Report report, Figure total, Interval sum) {
    List<Figure> fs = report.figures();
    int at = fs.indexOf(total);
    if (report.text() == null || at < 0 || !Figures.isMoney(total) || total.label() == null || !BALANCE.matcher(total.label()).find()) {
      return false;
    }
    return SpendingLabels.sentenceAround(fs, at, report.text()).stream()
        .anyMatch(f -> f != total && Figures.isMoney(f) && f.op() == null && f.evidence().start() < total.evidence().start()
            && Figures.of(f).intersects(sum));
  }

  /** Authorised (个) and actual (人) totals stated side by side, each with its own parts. */
  private List<Finding> pairedCounts(Report report, Map<String, Figure> byId, Map<String, List<Figure>> parts) {
    List<Finding> out = new ArrayList<>();
    List<Figure> figures = report.figures();
    for (int i = 0; i + 1 < figures.size(); i++) {
      Figure posts = figures.get(i);
      Figure people = figures.get(i + 1);
      List<Figure> postParts = parts.getOrDefault(posts.id(), List.of());
      List<Figure> peopleParts = parts.getOrDefault(people.id(), List.of());
      if (!"个".equals(posts.unit()) || !"人".equals(people.unit()) || postParts.isEmpty() || postParts.size() != peopleParts.size()
          || Boolean.TRUE.equals(posts.partsClosed())) {
        continue;
      }
      BigDecimal missing = posts.value().subtract(exact(postParts));
      if (missing.signum() <= 0) {
        continue;
      }
      List<Figure[]> candidates = laterPairs(report, figures, figures.indexOf(peopleParts.get(peopleParts.size() - 1)) + 1);
      List<Figure[]> completion = uniqueSubset(candidates, missing);
      if (completion == null) {
        continue;
      }
      List<Figure> actual = new ArrayList<>(peopleParts);
      completion.forEach(p -> actual.add(p[1]));
      if (exact(actual).compareTo(people.value()) != 0) {
        out.add(finding(people, exact(actual), actual, ""));
      }
    }
    return out;
  }

  /** Later (个, 人) pairs on the same line that are parts of nothing. */
  private static List<Figure[]> laterPairs(Report report, List<Figure> figures, int from) {
    List<Figure[]> pairs = new ArrayList<>();
    String text = report.text();
    for (int k = from; k + 1 < figures.size() && pairs.size() < MAX_CANDIDATES; k++) {
      Figure a = figures.get(k);
      Figure b = figures.get(k + 1);
      if (text != null && text.substring(figures.get(from - 1).evidence().end(), a.evidence().start()).indexOf('\n') >= 0) {
        break;
      }
      if ("个".equals(a.unit()) && "人".equals(b.unit()) && a.partOf() == null && b.partOf() == null) {
        pairs.add(new Figure[] {a, b});
        k++;
      }
    }
    return pairs;
  }

  /** The one subset of pairs whose 个 side adds up to {@code target}; null if none or several. */
  private static List<Figure[]> uniqueSubset(List<Figure[]> pairs, BigDecimal target) {
    List<Figure[]> found = null;
    for (int mask = 1; mask < (1 << pairs.size()); mask++) {
      BigDecimal sum = BigDecimal.ZERO;
      List<Figure[]> chosen = new ArrayList<>();
      for (int b = 0; b < pairs.size(); b++) {
        if ((mask & (1 << b)) != 0) {
          sum = sum.add(pairs.get(b)[0].value());
          chosen.add(pairs.get(b));
        }
      }
      if (sum.compareTo(target) == 0) {
        if (found != null) {
          return null;
        }
        found = chosen;
      }
    }
    return found;
  }

  private Finding finding(Figure total, BigDecimal partsSum, List<Figure> ps, String note) {
    String expected = Figure.MONEY.equals(total.kind())
        ? Figures.money(partsSum.multiply(MoneyUnit.of(ps.get(0).unit()).factor()), MoneyUnit.of(total.unit()), decimals(total, ps))
        : partsSum.toPlainString() + Figures.onesUnit(ps.get(0));
    List<dev.jixiao.record.Evidence> ev = new ArrayList<>();
    ev.add(total.evidence());
    ps.forEach(p -> ev.add(p.evidence()));
    String stated = Figures.withUnit(total);
    return FindingBuilder.of(this)
        .subject(total.label())
        .message("“" + total.label() + "”写作" + stated + "，各分项合计为" + expected + note + "。",
            total.label() + " is stated as " + stated + " but its parts add up to " + expected + ".")
        .stated(total.text())
        .expected(expected)
        .evidence(ev)
        .build();
  }

  /** The decimals the figures are written with, at most: a sum of 1325.68 and 704.62 is 2030.30. */
  private static int decimals(Figure total, List<Figure> ps) {
    int d = Math.max(0, total.value().scale());
    for (Figure p : ps) {
      d = Math.max(d, p.value().scale());
    }
    return d;
  }

  private static Interval sum(List<Figure> ps) {
    Interval s = Interval.exact(BigDecimal.ZERO);
    for (Figure p : ps) {
      s = s.plus(Figures.of(p));
    }
    return s;
  }

  /** The parts added up exactly as written, money in the unit of the first part, counts in ones (4120人 and 1.2万人 are 16120人). */
  private static BigDecimal exact(List<Figure> ps) {
    BigDecimal s = BigDecimal.ZERO;
    for (Figure p : ps) {
      s = s.add(Figure.MONEY.equals(p.kind()) ? p.yuan().divide(MoneyUnit.of(ps.get(0).unit()).factor()) : Figures.ones(p));
    }
    return s;
  }
}
