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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A part's stated share of its total: "本年支出合计4143.91万元，其中：基本支出1140.27万元，占27.52%；…"
 * — the share right after a part (linked by extraction, see Figure.partOf) or right after an aside on it (县级财政资金96.00万元（含年初
 * 安排60.00万元和年中追加36.00万元），占44.44%) or on how it was reckoned (…450.00万元，按每延米1.5万元、改造延米300米核定，占66.18%), or bare
 * in parentheses after it
 * (中央资金3728.03万元（80%）), is of the total the part belongs to. A share that names what it is of is of that total only when the name is the
 * total's own, but for the words that make it a whole (占总支出的 for a 实际支出 of the year, in money); else
 * (占总支出的 after a part of 基本支出) it may be of something else, and is left alone; but a budget's name (占年初预算的, 占预算的)
 * after a part of a budget first stated so (项目年初预算860.00万元，其中：中央…400.00万元，占年初预算的46.51%) is that budget's, and a
 * share of all that was spent (占总支出的) after a part of the spending stated as the whole (项目累计支出) is of it. A share past a
 * comma after the last of parts enumerated with 、 is of their whole, not of that part.
 */
@RuleInfo(
    id = "breakdown.share",
    severity = Severity.ERROR,
    zh = "分项所述占比与分项÷合计不符",
    en = "a part's stated share (其中：基本支出…，占27.52%) against the part divided by its total")
public final class BreakdownShareRule implements Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** The close of an aside and the share's words after it: ），占. */
  private static final Pattern ASIDE_CLOSED = Pattern.compile("^[)）][，,]?\\s*(?:所)?占(?:比|比重|比例)?(?:为|是)?$");
  /** A clause after a part on how it was reckoned, then its share: ，按每延米1.5万元、改造延米300米核定，占. */
  private static final Pattern BASIS = Pattern.compile("[ ]*[,，][ ]*按[^,，;；。]{2,80}?(?:核定|测算|计算|安排|核拨|标准)(?:[(（][^)）;；。]*[)）])?[,，][ ]*占");
  /** A share that says only that it is one (占, 占比, 占比为, 所占比重): of the total the part belongs to. */
  private static final Pattern OF_THE_TOTAL = Pattern.compile("(所)?占(比|比重|比例)?(为|是)?");
  /** A share that names what it is of: 占总支出的, 占支出总额比重为. */
  private static final Pattern OF_NAMED = Pattern.compile("(?:所)?占(\\p{IsHan}{1,12}?)的?(?:比|比重|比例)?(?:为|是)?");
  /** A budget as a share names it: 预算, 年初预算, 预算数. */
  private static final Pattern BUDGET = Pattern.compile("^(?:年初)?预算数?$");
  /** Words that make a budget another than the one first stated: 调整后预算, 追加预算. */
  private static final Pattern ADJUSTED = Pattern.compile("调整|追加|调增|调减|变更");
  /** The words that make an amount a whole, or date it, beside what it is (总支出, 2024年度实际支出, 支出合计). */
  private static final Pattern WHOLE_WORDS = Pattern.compile("^\\d{4}年度?|总额|总计|合计|全部|全年|本年|当年|年度|实际|总");

  @Override
  public List<Finding> check(Report report) {
    Map<String, Figure> byId = new HashMap<>();
    report.figures().forEach(f -> byId.put(f.id(), f));
    List<Finding> out = new ArrayList<>();
    List<Figure> figures = report.figures();
    for (int i = 0; i + 1 < figures.size(); i++) {
      Figure part = figures.get(i);
      if (part.partOf() == null) {
        continue;
      }
      // past an aside in parentheses after the part (省级财政资金1,416.00万元（亩均600元），占20%)
      int past = pastItsAside(report.text(), figures, i);
      past = past > 0 ? past : pastItsBasis(report.text(), figures, i);
      Figure share = figures.get(past > 0 ? past : i + 1);
      Figure total = part.partOf() == null ? null : byId.get(part.partOf());
      if (total == null || outsideItsAside(report.text(), part, share) || endsAnEnumeration(report.text(), figures, i, share)
          || !Figure.PERCENT.equals(share.kind()) || share.op() != null || share.label() == null
          || !ofTheTotal(share.label().strip(), total) && !inParenthesesAfter(report.text(), part, share)
          || !total.kind().equals(part.kind()) || report.text() != null && !Sentences.oneStatement(report.text(), part, share)) {
        continue; // a share in the next sentence is of what that sentence names (…中和镇41.2万元。东山镇…占拨付总额的26.68%)
      }
      Interval computed = Figures.of(part).dividedBy(asRestated(report.text(), figures, total, i));
      if (computed == null) {
        continue; // a total of nothing has no shares
      }
      computed = computed.times(HUNDRED);
      if (computed.intersects(Figures.of(share))) {
        continue;
      }
      // the total cannot be nothing here: its interval would hold 0 and the division give null
      String expected = Figures.percent(Figures.ones(part), Figures.ones(total));
      String subject = part.label() == null || part.label().isBlank() ? part.text() : part.label().strip();
      out.add(FindingBuilder.of(this)
          .subject(subject)
          .message("“" + subject + "”" + Figures.withUnit(part) + " ÷ 合计" + Figures.withUnit(total) + " 约为" + expected + "，报告写的是占"
                  + share.text() + "。",
              subject + ": " + part.text() + " / " + total.text() + " is about " + expected + ", not the stated " + share.text() + ".")
          .stated(share.text())
          .expected(expected)
          .evidence(share.evidence(), part.evidence(), total.evidence())
          .build());
    }
    return out;
  }

  /**
   * The total's interval, narrowed by its restatement alone in brackets right after it (调整后预算为一千一百二十万元（1,120.00万元）): the
   * words in figures give it to the 分 where the words in characters leave it to the 万元.
   */
  private static Interval asRestated(String text, List<Figure> figures, Figure total, int near) {
    Interval written = Figures.of(total);
    int k = Figures.positionOf(figures, total, near);
    if (text == null || k < 0 || k + 1 >= figures.size() || !UnitRestatedRule.restates(text, total, figures.get(k + 1))) {
      return written;
    }
    Interval again = Figures.of(figures.get(k + 1));
    BigDecimal lo = written.lo().max(again.lo());
    BigDecimal hi = written.hi().min(again.hi());
    return lo.compareTo(hi) <= 0 ? new Interval(lo, hi) : written;
  }

  /**
   * Whether the share stands past the close of the aside the part is in (合计3,486.50万元（其中提前下达3,420.00万元、第二批66.50万元），
   * 占98.49%): it is of the figure the aside is about, not of the part.
   */
  private static boolean outsideItsAside(String text, Figure part, Figure share) {
    if (text == null || part.evidence().end() > share.evidence().start()) {
      return false;
    }
    String between = text.substring(part.evidence().end(), share.evidence().start());
    return (between.indexOf(')') >= 0 || between.indexOf('）') >= 0) && between.indexOf('(') < 0 && between.indexOf('（') < 0;
  }

  /**
   * Whether the part at i is the last of an enumeration of parts (…其中省级增发基础养老金927.41万元、承担缴费补贴190.38万元，占全部支出的
   * 12.98%) and the share follows it past a comma: it is of the whole the enumeration breaks down, not of its last part.
   */
  private static boolean endsAnEnumeration(String text, List<Figure> figures, int i, Figure share) {
    Figure part = figures.get(i);
    String after = text == null || part.evidence().end() > share.evidence().start() ? ""
        : text.substring(part.evidence().end(), share.evidence().start()).stripLeading();
    if (!after.startsWith(",") && !after.startsWith("，")) {
      return false;
    }
    for (int k = i - 1; k >= 0; k--) {
      Figure before = figures.get(k);
      if (part.partOf().equals(before.partOf()) && before.evidence().end() <= part.evidence().start()) {
        String gap = text.substring(before.evidence().end(), part.evidence().start());
        return gap.indexOf('、') >= 0 && gap.chars().noneMatch(c -> ",，;；。\n".indexOf(c) >= 0);
      }
    }
    return false;
  }

  /**
   * The position of the share right after an aside in parentheses that opens right after the part at i (省级财政资金1,416.00万元（亩均600
   * 元），占20%; 县级财政资金96.00万元（含年初安排60.00万元和年中追加36.00万元），占44.44%), the aside's figures its own; -1 when there is none.
   */
  private static int pastItsAside(String text, List<Figure> figures, int i) {
    Figure part = figures.get(i);
    int open = text == null ? -1 : part.evidence().end();
    while (open >= 0 && open < text.length() && text.charAt(open) == ' ') {
      open++;
    }
    if (open < 0 || open >= text.length() || text.charAt(open) != '（' && text.charAt(open) != '(') {
      return -1;
    }
    int close = Sentences.closingOf(text, open);
    int k = i + 1;
    while (close > 0 && k < figures.size() && figures.get(k).evidence().end() <= close) {
      k++;
    }
    return close < 0 || k == i + 1 || k >= figures.size() || !Figure.PERCENT.equals(figures.get(k).kind())
        || !ASIDE_CLOSED.matcher(text.substring(close, figures.get(k).evidence().start())).matches() ? -1 : k;
  }

  /**
   * The position of the share right after a clause that says how the part was reckoned (省级交通专项补助资金450.00万元，按每延米1.5万元、
   * 改造延米300米核定，占66.18%): the clause's figures are its working, the share the part's; -1 when there is none.
   */
  private static int pastItsBasis(String text, List<Figure> figures, int i) {
    int from = figures.get(i).evidence().end();
    Matcher basis = text == null ? null : BASIS.matcher(text).region(from, text.length());
    if (basis == null || !basis.lookingAt()) {
      return -1;
    }
    for (int k = i + 1; k < figures.size() && figures.get(k).evidence().start() < basis.end(); k++) {
      if (figures.get(k).partOf() != null) {
        return -1;
      }
    }
    for (int k = i + 1; k < figures.size(); k++) {
      if (figures.get(k).evidence().start() >= basis.end()) {
        return Figure.PERCENT.equals(figures.get(k).kind()) && figures.get(k).evidence().start() == basis.end() ? k : -1;
      }
    }
    return -1;
  }

  /** A bare share in parentheses right after its part: 中央资金3728.03万元（80%）. */
  private static boolean inParenthesesAfter(String text, Figure part, Figure share) {
    int from = part.evidence().end();
    int to = share.evidence().start();
    int close = share.evidence().end();
    return text != null && to > from && text.substring(from, to).strip().matches("[(（]")
        && close < text.length() && (text.charAt(close) == '）' || text.charAt(close) == ')');
  }

  /**
   * Whether a share's label makes it a share of {@code total}: it names nothing, or, of money, names
   * the total's own measure (shares of projects by grade, 占自评项目40%, are grade.percent's).
   */
  private static boolean ofTheTotal(String shareLabel, Figure total) {
    if (OF_THE_TOTAL.matcher(shareLabel).matches()) {
      return true;
    }
    Matcher named = OF_NAMED.matcher(shareLabel);
    if (!Figure.MONEY.equals(total.kind()) || !named.matches() || total.label() == null) {
      return false;
    }
    String measure = WHOLE_WORDS.matcher(named.group(1)).replaceAll("");
    String totals = WHOLE_WORDS.matcher(total.label().strip()).replaceAll("");
    return !measure.isEmpty() && (measure.equals(totals) || ofItsBudget(measure, totals))
        || WholeSpending.named(named.group(1)) && WholeSpending.stated(total);
  }

  /**
   * Whether a share of a budget (占预算的, 占年初预算的, 占预算总额的) names the total's own, a budget as first stated: the total's label
   * ends with the name after what the budget is of (2024年运行经费年初预算, 项目总预算), and no adjustment made it another.
   */
  private static boolean ofItsBudget(String measure, String totals) {
    return BUDGET.matcher(measure).matches() && totals.endsWith(measure) && !ADJUSTED.matcher(totals).find();
  }
}
