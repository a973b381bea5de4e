package dev.jixiao.check.property;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a synthetic report states, before it is written out: every quantity as written, keyed
 * ("p0.budget", "t.rate", "g1.pct", "s.c0", a figure's key), plus the structure that links them.
 * Immutable: a changed figure is a new report. {@link Renderer} turns it into text and a record.
 */
record SyntheticReport(
    List<String> projectNames,
    List<String> gradeNames,
    List<String> componentNames,
    String scoreGrade,
    List<Band> bands,
    List<FigureSpec> figures,
    Map<String, W> values) {

  static final String T_COUNT = "t.count";
  static final String T_BUDGET = "t.budget";
  static final String T_SPENT = "t.spent";
  static final String T_RATE = "t.rate";
  static final String S_TOTAL = "s.total";
  /** Evidence key of the stated grade (it is a word, not a value). */
  static final String S_GRADE = "s.grade";

  SyntheticReport {
    projectNames = List.copyOf(projectNames);
    gradeNames = List.copyOf(gradeNames);
    componentNames = List.copyOf(componentNames);
    bands = List.copyOf(bands);
    figures = List.copyOf(figures);
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  static String budget(int i) {
    return "p" + i + ".budget";
  }

  static String spent(int i) {
    return "p" + i + ".spent";
  }

  static String rate(int i) {
    return "p" + i + ".rate";
  }

  static String group(int i) {
    return "p" + i + ".group";
  }

  /** Evidence key of a project's name. */
  static String name(int i) {
    return "p" + i + ".name";
  }

  static String gradeCount(int j) {
    return "g" + j + ".count";
  }

  static String gradePercent(int j) {
    return "g" + j + ".pct";
  }

  static String component(int j) {
    return "s.c" + j;
  }

  /** A breakdown part's share of its total ("b0.share1"), labelled as reports write it after the part: 占. */
  static String share(int breakdown, int part) {
    return "b" + breakdown + ".share" + part;
  }

  static final String SHARE_LABEL = "占";

  /** An amount stated with its change from the year before and the change's rate: "c0.amount", "c0.change", "c0.rate". */
  static String changeAmount(int i) {
    return "c" + i + ".amount";
  }

  static String change(int i) {
    return "c" + i + ".change";
  }

  /** The base a change is of, where the comparison states it (比预算数10.00万元减少…): "c0.base". */
  static String changeBase(int i) {
    return "c" + i + ".base";
  }

  /** Whether a figure follows the one before it with no comma: a change right after the base it is of (10.00万元减少1.36万元). */
  static boolean followsWithoutComma(FigureSpec f, SyntheticReport r) {
    return f.key().matches("c\\d+\\.change") && r.has(f.key().replace(".change", ".base"));
  }

  static String changeRate(int i) {
    return "c" + i + ".rate";
  }

  static String executionBudget(int i) {
    return "e" + i + ".budget";
  }

  static String executionSpent(int i) {
    return "e" + i + ".spent";
  }

  static String executionRate(int i) {
    return "e" + i + ".rate";
  }

  static String executionDifference(int i) {
    return "e" + i + ".diff";
  }

  /** Work done against its plan and the rate of the two: "w0.done", "w0.plan", "w0.rate". */
  static String done(int i) {
    return "w" + i + ".done";
  }

  static String planned(int i) {
    return "w" + i + ".plan";
  }

  static String planRate(int i) {
    return "w" + i + ".rate";
  }

  /** A rate's move from one value to another and the points of it: "r0.from", "r0.to", "r0.points". */
  static String rateFrom(int i) {
    return "r" + i + ".from";
  }

  static String rateTo(int i) {
    return "r" + i + ".to";
  }

  static String points(int i) {
    return "r" + i + ".points";
  }

  /** Values listed with 分别 and their average: "m0.v1", "m0.mean". */
  static String listed(int i, int j) {
    return "m" + i + ".v" + j;
  }

  static String mean(int i) {
    return "m" + i + ".mean";
  }

  /** A total, an amount stated later, and its share of the total by the total's name: "n0.total", "n0.amount", "n0.share". */
  static String namedTotal(int i) {
    return "n" + i + ".total";
  }

  static String namedAmount(int i) {
    return "n" + i + ".amount";
  }

  static String namedShare(int i) {
    return "n" + i + ".share";
  }

  /** A count, the part of it that passed and the rate of the two: "q0.whole", "q0.part", "q0.rate". */
  static String passWhole(int i) {
    return "q" + i + ".whole";
  }

  static String passPart(int i) {
    return "q" + i + ".part";
  }

  static String passRate(int i) {
    return "q" + i + ".rate";
  }

  /**
   * An audit's amount submitted, the amount approved, the cut (or increase) and its rate: "u0.submitted",
   * "u0.approved", "u0.cut", "u0.rate". The cut or the rate may go unstated.
   */
  static String auditSubmitted(int i) {
    return "u" + i + ".submitted";
  }

  static String auditApproved(int i) {
    return "u" + i + ".approved";
  }

  static String auditCut(int i) {
    return "u" + i + ".cut";
  }

  static String auditRate(int i) {
    return "u" + i + ".rate";
  }

  /** The labels of the plan and of the work done when they follow the other in its clause (完成…560户，计划500户). */
  static final String PLAN_LABEL = "计划";
  static final String DONE_LABEL = "实际完成";

  /**
   * Whether a figure goes on in the clause of the one before it: a part's share, an amount's base,
   * change and rate, a budget's spending, its rate and their difference, the plan or the work done
   * after the other, and their rate, the rate a rate moved to and the points it moved, a listed
   * value after the first and the average of them, an amount's share of a total by name, the part of
   * a count that passed and its rate, an audit's approval, cut and rate.
   */
  static boolean continuesClause(FigureSpec f) {
    return SHARE_LABEL.equals(f.label()) || PLAN_LABEL.equals(f.label()) || DONE_LABEL.equals(f.label())
        || f.key().matches("c\\d+\\.(base|change|rate)|e\\d+\\.(spent|rate|diff)|w\\d+\\.rate|r\\d+\\.(to|points)|m\\d+\\.(v[1-9]|mean)"
            + "|n\\d+\\.share|q\\d+\\.(part|rate)|u\\d+\\.(approved|cut|rate)");
  }

  W get(String key) {
    W w = values.get(key);
    if (w == null) {
      throw new IllegalArgumentException("no figure " + key);
    }
    return w;
  }

  boolean has(String key) {
    return values.containsKey(key);
  }

  int projects() {
    return projectNames.size();
  }

  SyntheticReport with(String key, W w) {
    get(key);
    Map<String, W> v = new LinkedHashMap<>(values);
    v.put(key, w);
    return new SyntheticReport(projectNames, gradeNames, componentNames, scoreGrade, bands, figures, v);
  }

  SyntheticReport withGrade(String grade) {
    return new SyntheticReport(projectNames, gradeNames, componentNames, grade, bands, figures, values);
  }

  FigureSpec figure(String key) {
    return figures.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
  }

  /** The report's text: what a counterexample looks like to a reader. */
  @Override
  public String toString() {
    return "\n" + Renderer.render(this).report().text();
  }
}
