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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An indicator's reported actual short of its target: the target is a figure in the report's
 * targets with a bound (≥95%, 超过2000份, ≤9.64万元, 90%以上), the actual the figure of the same
 * label and unit among the reported results; or, where a report of results states a bound and
 * then what was achieved in one clause (合格率目标值≥95%，实际完成值92%; 成本控制在8万元以内，实际为8.6万元),
 * or what was achieved and then its target (考核合格率93.06%，目标值≥95%), those two.
 */
@RuleInfo(
    id = "target.missed",
    severity = Severity.WARNING,
    zh = "绩效指标实际完成值未达到目标值",
    en = "an indicator's actual value short of its target")
public final class TargetMissedRule implements Rule {
  private static final Set<String> AT_LEAST = Set.of("≥", "以上", "不低于", "不少于");
  private static final Set<String> MORE_THAN = Set.of("超过", "大于", "高于", ">");
  private static final Set<String> AT_MOST = Set.of("≤", "以下", "以内", "不超过", "不高于");
  private static final Set<String> LESS_THAN = Set.of("小于", "低于", "<");
  /** The words of a label that say it is the target (验收合格率目标值), which the indicator's name is without. */
  private static final Pattern TARGET_WORDS = Pattern.compile("(?:目标值|目标|指标值|计划值)$");
  private static final Set<String> AFTER_FIGURE = Set.of("以上", "以下", "以内");
  /** How far before a target its field's name is looked for. */
  private static final int FIELD_REACH = 40;
  /** A bound's label that is no indicator's name but says it is the target of the one before (目标值, 年度目标为). */
  private static final Pattern TARGET_ALONE = Pattern.compile("^(?:年度|绩效)?(?:目标值|目标|指标值|计划值)(?:为|是)?$");
  /** What may stand between a result and the target after it, but the target's label: a comma or a parenthesis, the bound. */
  private static final Pattern GAP = Pattern.compile("\\s*[,，;；(（]?\\s*[:：]?\\s*(?:≥|≤|>|<|不低于|不少于|不超过|不高于|超过|大于|高于|小于|低于)?\\s*");
  /** So many for each place, village, household or head (按每处, 每村): a standard. */
  private static final Pattern PER_EACH = Pattern.compile("按每|每(?:处|个|村|户|人|所|座|亩|家|名|套)");
  /** A label of what there was at the year's end: 年末, 年末库存. */
  private static final Pattern YEAR_END = Pattern.compile("年末|年底");
  /** A label of what there was before the year's work: 年初库存, 上年. */
  private static final Pattern BASELINE = Pattern.compile("年初|上年|去年|上一年");
  /** A result's label that names no indicator: 实际, 实际完成, 实际值, 完成值. */
  private static final Pattern RESULT_ALONE = Pattern.compile("^(?:实际|完成)(?:完成)?(?:值|数)?(?:为|是)?$");
  /** A field's name before its colon, after what opens its line or clause (——部门预算执行率：, 1.满意度：). */
  private static final Pattern FIELD = Pattern.compile("([\\p{IsHan}“”]{2,20})[ ]*[:：][ ]*$");
  /** The shortest name a result restated is held to its target by: two characters name no indicator (达到, 其中). */
  private static final int MIN_NAME = 3;
  /** A heading over indicators' results: 产出指标, 效益指标, 绩效目标完成情况. */
  private static final Pattern INDICATORS_HEADING = Pattern.compile("指标|目标");
  /** What joins a clause's subject to its figure: 为, 是, 达到. */
  private static final Pattern CLAUSE_VERB = Pattern.compile("(?:为|是|达到|达)$");
  /** A label that says what was achieved: 实际完成值, 实际为, 实际调查满意度, 完成值. */
  private static final Pattern ACHIEVED = Pattern.compile("^实际|^完成值|实际完成值$|实际值$");

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    List<Figure> fs = report.figures();
    // picked out once, not once for each target: a volume of many reports states thousands of each
    List<Named> bounds = fs.stream().filter(t -> "target".equals(t.role()) && t.op() != null).map(Named::new).toList();
    // an indicator named for each unit (统防统治每亩补助标准, 每人份检测成本) states its result under the target's name: a cost, no standard
    Set<String> targetsNames = new HashSet<>();
    bounds.forEach(b -> targetsNames.add(b.name()));
    List<Named> actuals = new ArrayList<>();
    for (int k = 0; k < fs.size(); k++) {
      // an aside in parentheses (即帐篷12顶、棉被150床), what was added before the year's end level and a standard for each are no results
      if ("actual".equals(fs.get(k).role()) && !Sentences.inParentheses(report.text(), fs.get(k))
          && !leadsToTheYearsEnd(report.text(), fs, k)
          && (!perUnitInItsClause(report.text(), fs.get(k)) || perUnitByItsName(report.text(), fs.get(k), targetsNames))) {
        actuals.add(new Named(fs.get(k)));
      }
    }
    // by name once, not searched once for each target
    Map<String, List<Named>> actualsByName = new HashMap<>();
    actuals.forEach(a -> actualsByName.computeIfAbsent(a.name(), n -> new ArrayList<>()).add(a));
    // a target restated (…满意度≥90%; …88.6%，低于≥90%的目标值) is missed once by its result, not once for each statement
    Set<String> reported = new HashSet<>();
    for (int i = 0; i < fs.size(); i++) {
      Figure target = fs.get(i);
      if (target.op() == null) {
        continue;
      }
      Figure actual = "target".equals(target.role()) ? actualOf(new Named(target), actuals, bounds) : null;
      if (actual == null) {
        actual = achievedAfter(report.text(), fs, i);
      }
      if (actual == null) {
        actual = achievedBefore(report.text(), fs, i);
      }
      if (actual != null) {
        flagIfMissed(report, target, actual, reported, out);
      }
      // a result stated twice (户均投资1,277.87元 in the text, again in the table beside the target) is held to the target each time:
      // the table's pairing leaves the text's to no target at all
      if ("target".equals(target.role())) {
        for (Figure restated : restatedResults(report, new Named(target), actualsByName, actual)) {
          flagIfMissed(report, target, restated, reported, out);
        }
      }
    }
    return out;
  }

  private void flagIfMissed(Report report, Figure target, Figure actual, Set<String> reported, List<Finding> out) {
    if (!missed(target.op(), Figures.of(actual), threshold(target))) {
      return;
    }
    // a bound written after its figure is read after it: 8万元以内, ≥95%
    String written = Figures.withUnit(target);
    String expected = AFTER_FIGURE.contains(target.op()) ? written + target.op() : target.op() + written;
    String stated = Figures.withUnit(actual);
    if (!reported.add(actual.evidence().start() + " " + expected)) {
      return;
    }
    String project = projectOf(report, target);
    String named = TARGET_WORDS.matcher(target.label()).replaceFirst("");
    // a target that names no indicator (目标值≥95%) is the target of the result it follows
    boolean alone = TARGET_ALONE.matcher(target.label().strip()).matches() && actual.label() != null;
    String indicator = alone ? actual.label().strip() : named;
    // both bare (——部门预算执行率：目标值≥95%，实际93.81%): the indicator is the field the line names before its colon
    String field = alone && RESULT_ALONE.matcher(indicator).matches() ? fieldBefore(report.text(), target) : null;
    indicator = field == null ? indicator : field;
    out.add(FindingBuilder.of(this)
        .subject(indicator)
        .message((project == null ? "" : "“" + project + "”中") + "指标“" + indicator + "”目标为" + expected + "，实际完成"
                + stated + "，未达到目标。",
            (project == null ? "" : project + ": ") + "Indicator " + indicator + ": the target was " + expected + ", the result "
                + stated + ".")
        .stated(stated)
        .expected(expected)
        .evidence(actual.evidence(), target.evidence())
        .build());
  }

  /**
   * The results stated again under the target's very name and unit, besides the one it was paired with, where the words say each
   * is the indicator's result: under a heading of indicators or targets (产出指标, 绩效目标完成情况), a clause of its own opened by
   * the name (户均投资1,277.87元; 4.成本指标。平均每车补贴68,873.68元), not the first of a row of figures (one a year), of the same
   * project. What the paired result already says (93.2% and ９３．２％) is not said twice.
   */
  private static List<Figure> restatedResults(Report report, Named target, Map<String, List<Named>> actualsByName, Figure paired) {
    List<Figure> out = new ArrayList<>();
    String text = report.text();
    if (text == null || target.name().length() < MIN_NAME) {
      return out;
    }
    Set<String> said = new HashSet<>();
    if (paired != null) {
      said.add(valueOf(paired));
    }
    for (Named candidate : actualsByName.getOrDefault(target.name(), List.of())) {
      Figure actual = candidate.figure();
      if (actual != paired && actual.op() == null && unitsAgree(target.figure(), actual) && sameProject(report, target.figure(), actual)
          && actual.context() != null && INDICATORS_HEADING.matcher(actual.context()).find()
          && opensItsClause(text, actual, target.name()) && !inARow(text, actual)
          && said.add(valueOf(actual))) {
        out.add(actual);
      }
    }
    return out;
  }

  /** A result's value as said, whatever its digits (93.2%, ９３．２％, 百分之九十三点二) or trailing zeros. */
  private static String valueOf(Figure f) {
    return Figures.ones(f).stripTrailingZeros().toPlainString();
  }

  /** Whether the figure's clause is the name and the figure (预算执行率98.46%, 错保率为0.60%), no other words before: its subject. */
  private static boolean opensItsClause(String text, Figure f, String name) {
    String clause = Sentences.clauseBefore(text, f);
    return CLAUSE_VERB.matcher(Sentences.withoutBlanks(clause, 0, clause.length())).replaceFirst("").equals(name);
  }

  /** Whether another number follows the figure across blanks only: a row of figures (签约率  41.79%  44.61%  47.31%), one a year. */
  private static boolean inARow(String text, Figure f) {
    int at = f.evidence().end();
    while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t' || text.charAt(at) == '\u3000')) {
      at++;
    }
    return at > f.evidence().end() && at < text.length() && Character.isDigit(text.charAt(at));
  }

  /** Whether two figures are of one project: under the same heading, or under none that names one of the report's projects. */
  private static boolean sameProject(Report report, Figure a, Figure b) {
    return Objects.equals(a.context(), b.context()) || projectOf(report, a) == null && projectOf(report, b) == null;
  }

  /** Whether the figure's clause gives so many for each (按每处场所帐篷40顶、折叠床120床的标准): a standard, no result. */
  private static boolean perUnitInItsClause(String text, Figure f) {
    if (text == null) {
      return false;
    }
    return PER_EACH.matcher(Sentences.clauseBefore(text, f)).find();
  }

  /**
   * Whether the words for each in the figure's clause are those of its own name, a target's too (统防统治每亩补助标准 | ≤12元 | 12元): an
   * indicator's result, not the standard a clause sets beside its name (…按每处场所帐篷40顶、折叠床120床的标准, 折叠床 a target's name).
   */
  private static boolean perUnitByItsName(String text, Figure f, Set<String> targetsNames) {
    String label = f.label() == null ? "" : f.label().strip();
    if (text == null || !targetsNames.contains(norm(label)) || !PER_EACH.matcher(label).find()) {
      return false;
    }
    String clause = Sentences.clauseBefore(text, f);
    int at = clause.lastIndexOf(label);
    return at >= 0 && !PER_EACH.matcher(clause.substring(0, at) + clause.substring(at + label.length())).find();
  }

  /**
   * Whether the figure at k is what was added in the year, the level at the year's end after it in its clause (新购大流量移动排涝泵4台，
   * 年末6台): the end's level is the result a target of a stock is held to.
   */
  private static boolean leadsToTheYearsEnd(String text, List<Figure> fs, int k) {
    if (text == null || k + 1 >= fs.size()) {
      return false;
    }
    Figure next = fs.get(k + 1);
    return Figures.sameMeasure(fs.get(k), next) && Sentences.together(text, fs.get(k), next) && next.label() != null
        && YEAR_END.matcher(norm(next.label())).lookingAt();
  }

  /** The name of the field the target's clause opens with (部门预算执行率 in ——部门预算执行率：目标值≥95%), or null. */
  private static String fieldBefore(String text, Figure target) {
    if (text == null) {
      return null;
    }
    int end = target.evidence().start();
    int start = end;
    while (start > 0 && end - start < FIELD_REACH && "\n。；;".indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    String before = text.substring(start, end);
    int colon = Math.max(before.lastIndexOf(':'), before.lastIndexOf('：'));
    Matcher m = colon < 0 ? null : FIELD.matcher(before.substring(0, colon + 1));
    return m != null && m.find() ? m.group(1) : null;
  }

  /**
   * The project a target is set for, when it is one of the report's (each 自评表 of an appendix sets
   * the same indicators, 保洁合格率 in every one): the finding names it. Else null.
   */
  private static String projectOf(Report report, Figure target) {
    String context = target.context();
    return context != null && report.projects().stream().anyMatch(p -> context.equals(p.name())) ? context : null;
  }

  /**
   * The reported actual of a target: of those with its label and unit, the first about the same
   * project (a report's 自评表 each repeat their indicators' names), else the first; failing those,
   * the one actual whose label ends the target's or is ended by it (满意度 for 受益群众满意度), when no
   * other target's label so goes with it (学生满意度 and 家长满意度 leave 满意度 unmatched).
   */
  private static Figure actualOf(Named target, List<Named> actuals, List<Named> bounds) {
    Figure named = actualNamedAs(actuals, target);
    if (named != null) {
      return named;
    }
    // what there was at the year's start (年初库存救生衣180件) is the base the work added to, not what it achieved
    List<Named> alike = actuals.stream().filter(a -> endsAlike(target, a) && !BASELINE.matcher(a.name()).lookingAt()).toList();
    if (alike.size() != 1) {
      return null;
    }
    long targets = bounds.stream().filter(t -> endsAlike(t, alike.get(0))).count();
    return targets == 1 ? alike.get(0).figure() : null;
  }

  /** Labels of which one ends the other, the shorter a name of three characters or more (满意度, 合格率), in one measure. */
  private static boolean endsAlike(Named target, Named actual) {
    String t = target.name();
    String a = actual.name();
    String shorter = t.length() < a.length() ? t : a;
    return shorter.length() >= 3 && (t.endsWith(a) && !joinedBefore(t, a) || a.endsWith(t))
        && Figures.sameMeasure(target.figure(), actual.figure());
  }

  /** Whether a target's name ends with the result's only as the last of things joined (创办农民合作社和家庭农场 for 家庭农场). */
  private static boolean joinedBefore(String target, String ending) {
    int at = target.length() - ending.length() - 1;
    return at >= 0 && "和与及、".indexOf(target.charAt(at)) >= 0;
  }

  private static Figure actualNamedAs(List<Named> actuals, Named named) {
    Figure first = null;
    Figure target = named.figure();
    for (Named candidate : actuals) {
      Figure actual = candidate.figure();
      if (!named.name().equals(candidate.name()) || !unitsAgree(target, actual)) {
        continue;
      }
      if (target.context() != null && target.context().equals(actual.context())) {
        return actual;
      }
      if (first == null) {
        first = actual;
      }
    }
    return first;
  }

  /**
   * What the clause says was achieved right after the bound at i: the next figure, of its measure,
   * labelled as achieved (实际完成值, 实际为, 实际调查满意度); else null.
   */
  private static Figure achievedAfter(String text, List<Figure> fs, int i) {
    if (text == null || i + 1 >= fs.size()) {
      return null;
    }
    Figure bound = fs.get(i);
    Figure next = fs.get(i + 1);
    return Figures.sameMeasure(bound, next) && next.op() == null && next.label() != null && ACHIEVED.matcher(next.label().strip()).find()
        && Sentences.together(text, bound, next) ? next : null;
  }

  /**
   * What was achieved, right before a bound that names itself the target of it alone (考核合格率97.06%，
   * 目标值≥95%; 满意度93%（目标值≥95%）): the figure before, of its measure and not a bound itself,
   * with nothing but punctuation between; else null.
   */
  private static Figure achievedBefore(String text, List<Figure> fs, int i) {
    if (text == null || i == 0 || fs.get(i).label() == null || !TARGET_ALONE.matcher(fs.get(i).label().strip()).matches()) {
      return null;
    }
    Figure bound = fs.get(i);
    Figure before = fs.get(i - 1);
    int from = before.evidence().end();
    int to = bound.evidence().start();
    boolean adjacent = from <= to && GAP.matcher(text.substring(from, to).replace(bound.label().strip(), "")).matches();
    return adjacent && Figures.sameMeasure(bound, before) && before.op() == null ? before : null;
  }

  /** Whether a target and a result named alike are in one unit, or both money in whatever unit. */
  private static boolean unitsAgree(Figure target, Figure actual) {
    boolean bothMoney = Figure.MONEY.equals(target.kind()) && Figure.MONEY.equals(actual.kind());
    return bothMoney || target.unit().equals(actual.unit());
  }

  /** A target is a threshold set by policy, meant exactly as written: ≥80% is not met by 79.9%. */
  private static Interval threshold(Figure target) {
    return Interval.exact(Figures.ones(target));
  }

  /**
   * Whether no value inside the actual's rounding interval meets the target (92% stands for
   * 91.5–92.5 and so can meet ≥92.3%).
   */
  static boolean missed(String op, Interval actual, Interval target) {
    if (AT_LEAST.contains(op)) {
      return actual.hi().compareTo(target.lo()) < 0;
    }
    if (MORE_THAN.contains(op)) {
      return actual.hi().compareTo(target.lo()) <= 0;
    }
    if (AT_MOST.contains(op)) {
      return actual.lo().compareTo(target.hi()) > 0;
    }
    if (LESS_THAN.contains(op)) {
      return actual.lo().compareTo(target.hi()) >= 0;
    }
    return false;
  }

  /** A figure and its label as compared, the blanks out, worked out once: a volume compares thousands of targets and results. */
  private record Named(Figure figure, String name) {
    Named(Figure f) {
      this(f, norm(f.label()));
    }
  }

  private static String norm(String s) {
    return s == null ? "" : Sentences.withoutBlanks(s, 0, s.length());
  }
}
