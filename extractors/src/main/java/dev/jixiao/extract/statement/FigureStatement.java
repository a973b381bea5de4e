package dev.jixiao.extract.statement;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.Label;
import dev.jixiao.extract.Labels;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Money;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.text.Quantity;
import dev.jixiao.text.Sentence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every labelled quantity of a sentence as a figure. How a label is found, beyond the words
 * before the number:
 * <ul>
 *   <li>the result of a formula (预算执行率=实际支出÷预算数×100%=96.15%) takes the formula's name, and the
 *       operands of its division the names its definition gives them;
 *   <li>an indicator written as a line of fields (指标名称：X；年度指标值：≥5处；实际完成值：5处) names its target and
 *       result, whose fields give their roles;
 *   <li>a value shared by a list ("A率，B率均≥95%") gives one figure per indicator;
 *   <li>a count whose noun follows it takes the words on both sides ("组织召开 6 场新造镇人民代表大会");
 *       a count of projects after a list of names takes what the sentence says of them;
 *   <li>a second number of the same thing ("20次/1100人次", "批复预算8个项目985万元") takes the first one's label;
 *   <li>a bare counterpart ("农业综合服务中心核定编制18个，实有16人") takes the subject of the figure
 *       before it: 农业综合服务中心实有.
 * </ul>
 */
public final class FigureStatement implements StatementExtractor<Figure> {
  /** Words naming an attribute of a subject, which a following bare counterpart (实有, 实际) replaces. */
  private static final Pattern ATTRIBUTE = Pattern.compile("^(核定|年初|计划|预算)|(核定编制|编制数|核定|预算数|年初预算|预算|计划数|计划|目标值|目标)$");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  /** A rate's or a degree's name: its last word 率 or 度. */
  private static final Pattern A_RATES_NAME = Pattern.compile(".*[率度]$");
  /** What was done to a budget, left of 追加预算 when 预算 is taken off: no subject of what follows. */
  private static final Pattern BUDGET_CHANGE = Pattern.compile("追加|追减|调增|调减|调整后?|压减|核减");
  /** What is left of a budget, named alone: 结余, 结转. */
  private static final Pattern LEFT_OVER = Pattern.compile("结余|结转|节余|剩余");
  /**
   * A share's words alone (占, 占比): of the whole a list's parts make up, which the words before do not name; no counterpart of the
   * amount before it (县本级一般公共预算1,455.00万元，占82.44%: the share of the funds, not of 县本级一般公共).
   */
  private static final Pattern A_SHARE = Pattern.compile("所?占比?");
  /** By how much more or less, after a count and before the difference: 多, 少. */
  private static final Pattern MORE_OR_LESS = Pattern.compile("[ ]*(?:多|少)[ ]*");
  /** The fields of an indicator's target and result, written as a line of fields. */
  private static final Pattern INDICATOR_FIELD = Pattern.compile("(?:年度)?(?:指标值|目标值|计划值|实际完成值|完成值|实际值)");
  /** The indicator's name field: 指标名称：改造供水管网; */
  private static final Pattern INDICATOR_NAME = Pattern.compile("指标名称[ ]*:[ ]*([^:;,。]{2,30}?)[ ]*[;,]");
  private final IndicatorRoles roles;

  public FigureStatement(IndicatorRoles roles) {
    this.roles = roles;
  }

  @Override
  public List<Figure> extract(DocumentView v, Sentence s) {
    List<Figure> out = new ArrayList<>();
    String previous = null;
    for (Quantity q : v.quantitiesIn(s.start(), s.end())) {
      List<String> labels = labels(v, q, s, previous);
      String indicator = labels.size() == 1 ? indicatorNamed(v, q, labels.get(0)) : null;
      if (indicator != null) {
        // 指标名称：改造供水管网；年度指标值：≥28公里；实际完成值：26.5公里: the indicator's, the field its role
        out.add(figure(v, q, indicator, roles.roleOf(v, q.start(), labels.get(0))));
        previous = labels.get(0);
        continue;
      }
      for (String label : labels) {
        out.add(figure(v, q, label, roles.roleOf(v, q.start(), label)));
      }
      previous = labels.get(labels.size() - 1);
    }
    return out;
  }

  /**
   * The indicator a field of an indicator written as a line of fields names (指标名称：X；年度指标值：≥28公里；实际完成值：
   * 26.5公里), or null for a figure labelled otherwise or with no such name before it on its line.
   */
  private static String indicatorNamed(DocumentView v, Quantity q, String label) {
    if (!INDICATOR_FIELD.matcher(label).matches()) {
      return null;
    }
    Matcher named = INDICATOR_NAME.matcher(v.text()).region(Math.min(q.start(), v.layout().lineAt(q.start()).contentStart()), q.start());
    String name = null;
    while (named.find()) {
      name = v.name(named.start(1), named.end(1));
    }
    return name;
  }

  private static List<String> labels(DocumentView v, Quantity q, Sentence s, String previous) {
    List<Label> shared = Labels.sharing(v, q);
    if (shared.size() > 1) {
      return shared.stream().map(Label::written).toList();
    }
    Label before = shared.get(0);
    String written = before.written().strip();
    if (!HAN.matcher(before.normalized()).find()) {
      if (previous != null && v.text().substring(Labels.rawBefore(v, q).start(), q.start()).contains("/")) {
        return List.of(previous);
      }
      // a factor after its sign (84套×9,600元=80.64万元) keeps the sign, which says what it is; other marks alone say nothing
      written = Labels.endsWithAFactorSign(written) ? "×" : "";
    }
    if (q.kind() == Quantity.Kind.COUNT) {
      Label after = Labels.after(v, q);
      // 多 or 少 before the next number (较目标值12,000人多300人) says by how much, no noun of this count
      if (!after.isEmpty() && !MORE_OR_LESS.matcher(after.normalized()).matches()) {
        if (after.normalized().startsWith("项目") && (written.isEmpty() || written.startsWith("、"))) {
          return List.of(Labels.clauseAfter(v, q, s.end()).written().strip());
        }
        return List.of(((Labels.isConnectingWord(written) ? "" : written) + after.written()).strip());
      }
    }
    if (previous != null && !written.isEmpty() && previous.endsWith(written) && v.quantityEndsAt(Labels.rawBefore(v, q).start())) {
      return List.of(previous); // right after a count and its noun: "8个项目985万元" is what those 8 projects were given
    }
    if (written.length() <= 2 && previous != null && !A_SHARE.matcher(written).matches()) {
      String subject = ATTRIBUTE.matcher(previous).replaceAll("");
      // a rate's name is no subject (预算执行率97.96%，结余26.28万元: 结余, not 执行率结余)
      // nor is a change to a budget the subject of what is left of it (追加预算15.80万元，结余0.44万元: 结余, not 追加结余)
      boolean leftOfABudget = BUDGET_CHANGE.matcher(subject).matches() && LEFT_OVER.matcher(written).matches();
      if (!subject.isEmpty() && !subject.equals(previous) && !A_RATES_NAME.matcher(subject).matches() && !leftOfABudget) {
        return List.of(subject + written);
      }
    }
    return List.of(written);
  }

  /** A quantity the text states as a figure under {@code label}, quoting the original. */
  public static Figure figure(DocumentView v, Quantity q, String label, String role) {
    String kind = switch (q.kind()) {
      case MONEY -> Figure.MONEY;
      case PERCENT -> Figure.PERCENT;
      case COUNT -> Figure.COUNT;
      case SCORE -> Figure.NUMBER;
    };
    BigDecimal yuan = q.isMoney() ? Money.toYuan(q.value(), MoneyUnit.of(q.unit())) : null;
    return new Figure(null, label, null, kind, v.original(q.start(), q.end()), q.value(), q.unit(), yuan, q.op(), role,
        v.evidence(q.start(), q.end()), null, null, null);
  }
}
