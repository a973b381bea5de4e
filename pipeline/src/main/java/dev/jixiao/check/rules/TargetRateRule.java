package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A completion rate stated after what was done, with no plan in its clause, against the year's target set
 * for that work elsewhere in the report: 年度绩效目标为：新建钢架大棚260栋 … 新建标准化钢架大棚286栋，完成率110.00%.
 * The target is a figure the report sets as one (a 绩效目标 paragraph, a target column), of the measure
 * of what was done, whose name is the work's or shares a long part of it (建设标准化示范基地 for 建成标准化示范基地).
 * Names alike may go with several targets (重楼 and 新扩种中药材 for 其中重楼新扩种460亩), so a rate is an error
 * only when none of them gives it; plan.rate checks a plan stated in the clause itself.
 */
@RuleInfo(
    id = "target.rate",
    severity = Severity.ERROR,
    zh = "完成数 ÷ 年度目标 与所述完成率不符（目标260栋，建成286栋，完成率110%）",
    en = "a completion rate against what was done and the year's target set for it elsewhere (286 built of 260 set is 110%)")
public final class TargetRateRule implements Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** A completion rate's words: 完成率, or what was done as a share of the target (完成目标值的, 为年度目标的). */
  private static final Pattern RATE =
      Pattern.compile(SpendingLabels.COMPLETION_RATE + "|" + SpendingLabels.SHARE_OF_TARGET.pattern());
  /** A target's bounds a completion rate is reckoned against: a floor, or none. */
  private static final Set<String> FLOOR = Set.of("以上", "不低于", "不少于", "≥", "超过", "达到");
  /** Words of a name that say when or how, not what: 全年新建, 其中, 实际完成, and a bound's words after the target. */
  private static final Pattern NOT_NAME =
      Pattern.compile("^(?:其中[:：]?)?(?:全年|年度|当年|本年|累计|共计|共|实际)?(?:完成|实现)?|(?:以上|以内|不低于|不少于|达到)$");
  /** A list's whole (合计, 共计, 总计), or the level at the year's end (年初库存…，新购…，年末6台): named for no one work. */
  private static final Pattern WHOLE = Pattern.compile("(?:合计|共计|总计)$|^(?:年末|年底)(?:库存|储备|存量)?$");
  /** Words right after a count that say it was not done: 未能开工, 尚未完成, 没有验收. */
  private static final Pattern NOT_DONE = Pattern.compile("[ ]*(?:未能|尚未|未|没有|没能)");
  /** A plan's words, which make the clause plan.rate's. */
  /** A clause saying all of a count did it: ，均开展了…, ，全部… */
  private static final Pattern ALL_DID = Pattern.compile("[,，;；][ ]*(?:均|全部|全都)");
  private static final Pattern PLAN = Pattern.compile("计划|目标|任务");
  /** The word a target's name may end with for what it measures (提取额, 培训人数, 储备总量). */
  private static final Pattern MEASURE_WORD = Pattern.compile("(?:总额|总量|数量|额|数|量)$");
  /** How long a part two names share must be to name one work, where neither holds the other whole. */
  private static final int SHARED = 4;

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    String text = report.text();
    if (text == null) {
      return out;
    }
    List<Figure> fs = report.figures();
    List<Figure> targets = fs.stream().filter(f -> "target".equals(f.role()) && (f.op() == null || FLOOR.contains(f.op()))).toList();
    if (targets.isEmpty()) {
      return out;
    }
    for (int i = 1; i < fs.size(); i++) {
      Figure rate = fs.get(i);
      if (!Figure.PERCENT.equals(rate.kind()) || rate.op() != null || "target".equals(rate.role())
          || !RATE.matcher(SpendingLabels.label(rate)).find() || parenthesesAfter(text, rate)) {
        continue;
      }
      List<Figure> done = doneBefore(fs, i, text);
      List<Figure[]> pairs = new ArrayList<>();
      for (Figure d : done) {
        targets.stream().filter(t -> t != d && Figures.sameMeasure(t, d) && sameWork(t, d)).forEach(t -> pairs.add(new Figure[] {d, t}));
      }
      // of several counts before the rate (培训2,460人次，期均61.5人次，完成目标值的123%), it may be of any, and against the target
      // named for another of them (合计增收75.60万元，平均每村增收4.20万元，为目标值的84.00%, the target 村均增收5万元); and a list's
      // whole (合作社9个、家庭农场17个，合计26个，完成目标值的130.00%) of any target of its measure, as it names none
      // (nor where what was done right before the rate is in a measure no paired target has: 覆盖学校56所，派驻保安员142人，完成率101.43%
      // is the 142's, whose target, 不少于140人, the report names otherwise)
      boolean nearestPaired = !done.isEmpty()
          && pairs.stream().anyMatch(p -> p[0] == done.get(0) || Figures.sameMeasure(done.get(0), p[1]));
      if (pairs.isEmpty() || !nearestPaired
          || pairs.stream().anyMatch(p -> done.stream().anyMatch(d -> Figures.sameMeasure(d, p[1]) && gives(d, p[1], rate)))
          || ofEachOther(done, rate) || aWholeGives(done, targets, rate) || allOfThemDid(text, done.get(0), rate)) {
        continue;
      }
      Figure did = pairs.get(0)[0];
      Figure target = pairs.get(0)[1];
      String expected = percentOf(did, target);
      String work = name(did).isEmpty() ? name(target) : name(did);
      out.add(FindingBuilder.of(this)
          .subject(work)
          .message("“" + work + "”完成" + did.text() + "，年度目标" + target.text() + "，完成率应约为" + expected + "，报告写的是" + rate.text()
                  + "。",
              work + ": " + did.text() + " done of the year's target " + target.text() + " is about " + expected + ", not the stated "
                  + rate.text() + ".")
          .stated(rate.text())
          .expected(expected)
          .evidence(rate.evidence(), did.evidence(), target.evidence())
          .build());
    }
    return out;
  }

  /**
   * Whether a rate of all is of the count before it, which the clause between says all did (初步调查中4个地块超过筛选值，均开展了详细调查，
   * 完成率100.00%): a rate of that count, not of a target it shares words with.
   */
  private static boolean allOfThemDid(String text, Figure count, Figure rate) {
    String between = text.substring(count.evidence().end(), rate.evidence().start());
    return rate.value().compareTo(HUNDRED) == 0 && ALL_DID.matcher(between).find();
  }

  /**
   * What the rate at i may be of: the counts and amounts before it in its clause, no target or bound, nearest
   * first, back to a rate of the same kind before it; none when the clause names a plan (plan.rate's) or the figure right
   * before is no such count.
   */
  private static List<Figure> doneBefore(List<Figure> fs, int i, String text) {
    List<Figure> out = new ArrayList<>();
    // a rate in a table's row, its cells before it on its line (一般损坏修缮⇥0.30⇥1,045⇥1,045⇥100.00%⇥313.50), is of them, not of the
    // rows above
    int lineStart = text.lastIndexOf('\n', fs.get(i).evidence().start() - 1) + 1;
    boolean ownRow = text.substring(lineStart, fs.get(i).evidence().start()).indexOf('\t') >= 0;
    for (int k = i - 1; k >= 0 && Sentences.together(text, fs.get(k), fs.get(i)) && !(ownRow && fs.get(k).evidence().start() < lineStart);
        k--) {
      Figure f = fs.get(k);
      if (PLAN.matcher(SpendingLabels.label(f)).find()) {
        return List.of();
      }
      if (Figure.PERCENT.equals(f.kind()) && RATE.matcher(SpendingLabels.label(f)).find()) {
        break; // the counts before a rate of their own (举办技术培训36期，完成率120%，培训2,150人次，完成率107.5%) are its, not this one's
      }
      boolean measured = Figure.COUNT.equals(f.kind()) && f.unit() != null || Figures.isMoney(f);
      // (not what was not done: 新建代表联络站2个未能开工，完成率87.50%)
      if (measured && f.op() == null && !"target".equals(f.role())
          && !NOT_DONE.matcher(text).region(f.evidence().end(), text.length()).lookingAt()) {
        out.add(f);
      } else if (k == i - 1) {
        return List.of();
      }
    }
    return out;
  }

  /** Whether the rate is one count of its clause over another (申报3项，入选2项，完成率66.67%): a rate of the two, not of the target. */
  private static boolean ofEachOther(List<Figure> done, Figure rate) {
    for (Figure part : done) {
      for (Figure whole : done) {
        if (part != whole && Figures.sameMeasure(part, whole)) {
          Interval computed = written(part).dividedBy(written(whole));
          if (computed != null && computed.times(HUNDRED).intersects(Figures.of(rate))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether a list's whole among what was done (合计26个), or the year's end level (年末6台), which names no work, gives the rate over
   * any target of its measure.
   */
  private static boolean aWholeGives(List<Figure> done, List<Figure> targets, Figure rate) {
    return done.stream().filter(d -> WHOLE.matcher(SpendingLabels.label(d)).find())
        .anyMatch(d -> targets.stream().anyMatch(t -> Figures.sameMeasure(t, d) && gives(d, t, rate)));
  }

  /** Whether parentheses follow the rate: they give its own plan (完成率100.84%（目标51.92万亩，实际52.36万亩）). */
  private static boolean parenthesesAfter(String text, Figure rate) {
    int after = rate.evidence().end();
    return after < text.length() && (text.charAt(after) == '（' || text.charAt(after) == '(');
  }

  /**
   * Whether the two name one work: one name holds the other whole, the deed's the target's without its measure word (提取额 and
   * 全年提取住房公积金), or they share a long part.
   */
  private static boolean sameWork(Figure target, Figure done) {
    String t = name(target);
    String d = name(done);
    if (t.length() < 2 || d.length() < 2) {
      return false;
    }
    String work = MEASURE_WORD.matcher(t).replaceFirst("");
    return t.contains(d) || d.contains(t) || work.length() >= 2 && d.contains(work) || longestShared(t, d) >= SHARED;
  }

  private static String name(Figure f) {
    return NOT_NAME.matcher(SpendingLabels.label(f).replaceAll("[\\s“”\"]", "")).replaceAll("");
  }

  private static int longestShared(String a, String b) {
    int best = 0;
    int[] prev = new int[b.length() + 1];
    for (int x = 1; x <= a.length(); x++) {
      int[] row = new int[b.length() + 1];
      for (int y = 1; y <= b.length(); y++) {
        if (a.charAt(x - 1) == b.charAt(y - 1)) {
          row[y] = prev[y - 1] + 1;
          best = Math.max(best, row[y]);
        }
      }
      prev = row;
    }
    return best;
  }

  /** Whether what was done, over the target, gives the stated rate, each figure within its rounding. */
  private static boolean gives(Figure done, Figure target, Figure rate) {
    // a target is set, not measured: 1.7亿元 is what was aimed at, where 1.86亿元 achieved is rounded
    Interval set = Interval.exact(Figures.ones(target));
    Interval computed = written(done).dividedBy(set);
    return computed == null || computed.times(HUNDRED).intersects(Figures.of(rate));
  }

  /** A count or an amount (in 元) within its rounding. */
  private static Interval written(Figure f) {
    return Figures.isMoney(f) ? Figures.yuan(f) : Figures.of(f);
  }

  private static String percentOf(Figure done, Figure target) {
    return Figures.isMoney(done)
        ? Figures.percent(done.yuan(), target.yuan())
        : Figures.percent(Figures.ones(done), Figures.ones(target));
  }
}
