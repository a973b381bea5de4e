package dev.jixiao.extract;

import dev.jixiao.extract.document.FiscalYearFinder;
import dev.jixiao.extract.document.FundShortNames;
import dev.jixiao.extract.document.PublishedDateFinder;
import dev.jixiao.extract.document.ReportKindClassifier;
import dev.jixiao.extract.document.TitleFinder;
import dev.jixiao.extract.document.UnitFinder;
import dev.jixiao.extract.form.FormFunds;
import dev.jixiao.extract.form.FormIndicators;
import dev.jixiao.extract.form.IndicatorTables;
import dev.jixiao.extract.form.ItemTables;
import dev.jixiao.extract.form.TotalledTables;
import dev.jixiao.extract.form.FormScore;
import dev.jixiao.extract.form.ScoreTables;
import dev.jixiao.extract.form.DepartmentForms;
import dev.jixiao.extract.form.FormUnits;
import dev.jixiao.extract.form.SelfEvaluationForm;
import dev.jixiao.extract.form.SelfEvaluationForms;
import dev.jixiao.extract.project.OcrProjectNames;
import dev.jixiao.extract.project.ProjectAssembler;
import dev.jixiao.extract.project.ProjectEntry;
import dev.jixiao.extract.project.TableEntries;
import dev.jixiao.extract.statement.FigureStatement;
import dev.jixiao.extract.statement.GradeBandStatement;
import dev.jixiao.extract.statement.GradeCountStatement;
import dev.jixiao.extract.statement.IndicatorRoles;
import dev.jixiao.extract.statement.OverallItems;
import dev.jixiao.extract.statement.ProjectCountStatement;
import dev.jixiao.extract.statement.ScoreDeductions;
import dev.jixiao.extract.statement.ScoreStatement;
import dev.jixiao.extract.statement.SubBudgets;
import dev.jixiao.extract.statement.TotalKey;
import dev.jixiao.extract.statement.TotalStatement;
import dev.jixiao.read.TextDocument;
import dev.jixiao.record.Count;
import dev.jixiao.record.ErrorCode;
import dev.jixiao.extract.breakdown.Breakdowns;
import dev.jixiao.record.Figure;
import dev.jixiao.record.GradeBand;
import dev.jixiao.record.GradeCount;
import dev.jixiao.record.Money;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.record.Project;
import dev.jixiao.record.RecordError;
import dev.jixiao.record.Report;
import dev.jixiao.record.ReportKind;
import dev.jixiao.record.Score;
import dev.jixiao.record.ScoreComponent;
import dev.jixiao.record.Source;
import dev.jixiao.record.Status;
import dev.jixiao.record.Totals;
import dev.jixiao.record.Unit;
import dev.jixiao.text.NormalizedText;
import dev.jixiao.text.OcrRepairs;
import dev.jixiao.text.Quantity;
import dev.jixiao.text.ScriptConverter;
import dev.jixiao.text.Sentence;
import dev.jixiao.text.Spans;
import dev.jixiao.text.TextNormalizer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extract stage: normalises the text (keeping offsets), then asks each finder and statement
 * extractor for what it knows and assembles the record. The order below matters in one place:
 * projects are found first, because totals and the project count must not be read from inside a
 * project's own entry ("共计 4 个项目" there is a group size, not the report's count).
 */
public final class ReportExtractor implements RecordExtractor {
  /**
   * The year, who arranged the fund and the level of government a fund's name may open with (2024年县级…, 县财政安排…): no part of the
   * name a title gives it.
   */
  private static final Pattern LEVEL =
      Pattern.compile("^(?:\\d{4}年度?)?(?:(?:县|市|区|乡|镇)(?:级)?财政)?(?:安排|下达)?(?:县级|市级|省级|区级|乡级|镇级|本级)?");
  /** The short name given after a name, in parentheses (（以下简称“储备经费”）). */
  private static final Pattern SHORT_NAME_GIVEN = Pattern.compile("[(（]以下简称.*$");
  /** A total's label that is the word of a sum alone (合计, 共计, 总计). */
  private static final Pattern BARE_SUM = Pattern.compile("(?:合计|共计|总计)(?:为|达)?");
  /** The fund named after the verb that gave it (下达我县义务教育…补助资金): what a title names it by. */
  private static final Pattern FUND_GIVEN = Pattern.compile(
      "(?:安排|下达|批复|获得|争取到|到位)(?:我县|我镇|我乡|我区|我市|本县)?(\\p{IsHan}{2,30}(?:" + TotalKey.FUND + "|经费))$");
  /** How many lines after a score without its grade the same score may be stated again with it. */
  private static final int RESTATED_SCORE_REACH = 3;
  private final TextNormalizer normalizer = new TextNormalizer(new ScriptConverter());
  private final ScriptDetector scripts = new ScriptDetector();
  private final TitleFinder titles = new TitleFinder();
  private final PublishedDateFinder dates = new PublishedDateFinder();
  private final FiscalYearFinder years = new FiscalYearFinder();
  private final ReportKindClassifier kinds = new ReportKindClassifier();
  private final UnitFinder units = new UnitFinder();
  private final ProjectAssembler projects = new ProjectAssembler();
  private final IndicatorRoles roles = new IndicatorRoles();
  private final TotalStatement totalStatements = new TotalStatement(roles);
  private final ProjectCountStatement countStatements = new ProjectCountStatement();
  private final GradeCountStatement gradeStatements = new GradeCountStatement();
  private final GradeBandStatement bandStatements = new GradeBandStatement();
  private final ScoreStatement scoreStatements = new ScoreStatement();
  private final ScoreStatement entryScoreStatements = ScoreStatement.ofAProjectsEntry();
  private final FigureStatement figureStatements = new FigureStatement(roles);

  @Override
  public Report extract(TextDocument document, Source source) {
    ScriptDetector.Result script = scripts.detect(document.text());
    source = source.withLanguage(script.language(), script.script());
    NormalizedText text = normalizer.normalize(document.text());
    if (document.ocr()) {
      text = new NormalizedText(text.original(), OcrRepairs.repair(text.normalized()));
    }
    DocumentView v = new DocumentView(document, text);

    Optional<TitleFinder.Title> found = titles.find(v);
    Optional<int[]> named = found.isPresent() ? Optional.empty() : titles.namedInOpening(v);
    String title = found.map(t -> t.original(v)).orElseGet(() -> named.map(n -> v.original(n[0], n[1])).orElse(null));
    String titleNormalized = found.map(t -> t.normalized(v)).orElseGet(() -> named.map(n -> v.normalized(n[0], n[1])).orElse(null));

    // a form's cells are read by their place in it (extract/form/), not as sentences
    List<SelfEvaluationForm> forms = SelfEvaluationForms.find(v);
    List<ProjectEntry> entries = theReportsOwnAside(v, projects.entries(v, forms), forms, titleNormalized);
    List<Project> projectList = projects.projects(v, entries);
    List<Sentence> prose = forms.isEmpty() ? v.sentences()
        : v.sentences().stream().filter(s -> forms.stream().noneMatch(f -> f.contains(s.start()))).toList();
    Spans entrySpans = Spans.of(entries, ProjectEntry::start, ProjectEntry::end);
    List<Sentence> outsideEntries = prose.stream().filter(s -> !entrySpans.overlapsAny(s.start(), s.end())).toList();

    boolean ofOneProject = ReportKindClassifier.ofTitle(titleNormalized) == ReportKind.PROJECT;
    Totals totals = DepartmentForms.totals(v, totals(v, outsideEntries, ofOneProject), forms);
    List<GradeBand> bands = new ArrayList<>();
    List<Figure> figures = new ArrayList<>();
    List<IndicatorTables.Found> indicatorTables = IndicatorTables.find(v, forms);
    List<ItemTables.Found> itemTables = ItemTables.find(v, forms);
    List<int[]> tablesRead = new ArrayList<>();
    indicatorTables.forEach(t -> tablesRead.add(new int[] {t.start(), t.end()}));
    itemTables.forEach(t -> tablesRead.add(new int[] {t.start(), t.end()}));
    List<TotalledTables.Found> totalledTables = TotalledTables.find(v, forms, Spans.of(tablesRead, t -> t[0], t -> t[1]));
    totalledTables.forEach(t -> tablesRead.add(new int[] {t.start(), t.end()}));
    // a table's cells are read by its columns, not as sentences
    Spans byColumns = Spans.of(tablesRead, t -> t[0], t -> t[1]);
    List<GradeCount> counted = new ArrayList<>();
    for (Sentence s : prose) {
      counted.addAll(gradeStatements.extract(v, s));
      bands.addAll(bandStatements.extract(v, s));
      if (!byColumns.overlapsAny(s.start(), s.start() + 1)) {
        figures.addAll(figureStatements.extract(v, s));
      }
    }
    List<GradeCount> grades = GradeCountStatement.distribution(counted);
    for (IndicatorTables.Found t : indicatorTables) {
      figures.addAll(t.figures());
    }
    for (ItemTables.Found t : itemTables) {
      figures.addAll(t.figures());
    }
    for (TotalledTables.Found t : totalledTables) {
      figures.addAll(t.figures());
    }
    // a score inside one of several projects' entries is that project's (自评得分95分，等级为优), not the report's
    ScoreStatement reportsScore = scoreStatements.aboutTheReportTitled(titleNormalized);
    Integer year = years.find(v, titleNormalized).orElse(null);
    ScoreStatement.Found score = firstScore(v, outsideEntries, reportsScore, year);
    if (score == null && entries.size() <= 1) {
      score = firstScore(v, prose, reportsScore, year);
    }
    projectList = withTheirScores(v, projectList, entries, prose);
    for (SelfEvaluationForm f : forms) {
      figures.addAll(FormIndicators.figures(v, f));
    }
    figures.sort(Comparator.comparingInt(f -> f.evidence().start()));
    if (score == null && forms.size() == 1) {
      score = FormScore.of(v, forms.get(0)).orElse(null);
    }
    if (forms.isEmpty() && (score == null || score.components().isEmpty()) && !v.document().tables().isEmpty()) {
      ScoreStatement.Found table = ScoreTables.of(v).orElse(null);
      // a score the table alone states may be graded in a sentence after it
      score = score == null && table != null ? ScoreStatement.gradedAfter(v, table) : withPartsFrom(score, table);
    }
    if (forms.isEmpty() && (score == null || score.components().isEmpty()) && indicatorTables.size() == 1) {
      score = withPartsFrom(score, indicatorTables.get(0).score());
    }
    FigureContexts contexts = new FigureContexts(v, entries);
    figures.replaceAll(contexts::withContext);
    figures = FormFunds.linked(v, forms, TotalledTables.linked(totalledTables, ItemTables.linked(itemTables, Breakdowns.link(v, figures))));
    Score recordScore = score == null
        ? (bands.isEmpty() ? null : new Score(null, null, List.of(), bands, null))
        : new Score(score.total(), score.grade(), score.components(), bands, score.gradeEvidence());
    if (recordScore != null && recordScore.total() != null) {
      // several projects' entries may each say what their own score lost: no deduction of theirs is the report's
      Score scored = recordScore;
      recordScore = ScoreDeductions.of(v, outsideEntries, scored.components())
          .map(d -> scored.withDeductions(d.deductions(), d.deducted())).orElse(scored);
    }

    Unit unit = FormUnits.unit(v, units.find(v, found.orElse(null)), forms);
    if (document.ocr()) {
      // OCR's misreads of projects' names (the township, brackets) put right, as the figures about them name them too
      List<String> names = projectList.stream().map(Project::name).toList();
      Map<String, String> misread = new OcrProjectNames(units.divisions()).corrections(names, unit);
      projectList = projectList.stream().map(p -> misread.containsKey(p.name()) ? p.withName(misread.get(p.name())) : p).toList();
      figures = figures.stream().map(f -> misread.containsKey(f.context()) ? f.withContext(misread.get(f.context())) : f).toList();
    }
    ReportKind kind = kinds.classify(v, titleNormalized, !projectList.isEmpty() || totals.projectCount() != null);
    // a report on one project or fund (its prose, or with its form) states that project's totals
    boolean oneFund = kind == ReportKind.SPECIAL_FUND && !severalFunds(titleNormalized);
    // a fund shared out among schools or townships, each a row of its table, is still one fund: what it was given, named
    // as the title names it, is its budget
    if ((kind == ReportKind.PROJECT || oneFund) && projectList.size() <= 1
        || oneFund && givenAsTheTitleNamesIt(v, totals, figures, titleNormalized)) {
      totals = withAllocatedFundsAsBudget(totals, figures);
    }
    if (oneFund && totals.budget() == null) {
      totals = withTheFundsWholeAsBudget(v, totals, figures, titleNormalized);
    }
    if (oneFund && totals.expenditure() == null) {
      totals = withTheFundsSpending(v, totals, figures, titleNormalized);
    }
    if (!projectList.isEmpty()) {
      totals = withTheTablesTotalRow(v, totals);
    }
    String published = dates.find(v).map(Object::toString).orElse(null);

    // A year alone is not enough: any dated text has one (a corpus's README, a notice, minutes).
    boolean understood = !projectList.isEmpty() || totals.budget() != null || totals.expenditure() != null
        || recordScore != null && recordScore.total() != null || !grades.isEmpty();
    List<RecordError> errors = new ArrayList<>(document.warnings());
    if (!understood) {
      errors.add(RecordError.of(ErrorCode.NOT_A_REPORT,
          "no project, budget, spending, score or grade count was found: this does not read like a performance self-evaluation report"));
    }
    return new Report(Report.SCHEMA, source, understood ? Status.OK : Status.PARTIAL, errors, title, unit, year, kind, published,
        totals, recordScore, grades, projectList, figures, List.of(), document.text());
  }

  /**
   * The entries without the one the title names, when it is the only one read from prose: a report on one project
   * (河道保洁项目资金绩效自评报告) states that project's money as its own (2024年度河道保洁项目预算资金1,278,000.00元), which are
   * its totals, not a project of it; so does a fund's report under the short name it gives the fund (2024年义教经费预算…, after
   * 城乡义务教育补助经费（以下简称“义教经费”）), or under the title's name shortened (2023年棚改项目年初预算…, of 城镇棚户区改造项目).
   */
  private static List<ProjectEntry> theReportsOwnAside(DocumentView v, List<ProjectEntry> entries, List<SelfEvaluationForm> forms,
      String title) {
    if (entries.size() != 1 || !forms.isEmpty() || title == null) {
      return entries;
    }
    ProjectEntry only = entries.get(0);
    String name = v.normalized(only.nameStart(), only.nameEnd()).strip();
    // as the title would name it: without the level it is the county's at, nor the short name given it (县级防汛抗旱物资储备经费
    // （以下简称“储备经费”） in 青溪县2024年度防汛抗旱物资储备经费绩效自评报告)
    String asTitled = SHORT_NAME_GIVEN.matcher(LEVEL.matcher(name).replaceFirst("")).replaceFirst("").strip();
    return name.length() >= 2 && (title.contains(name) || asTitled.length() >= 4 && title.contains(asTitled)
        || FundShortNames.of(v, title).contains(name) || shortensTheTitlesProject(v, only, name, title)) ? List.of() : entries;
  }

  /** Whether the entry is named as the title's project shortened, 项目 after it (棚改项目 of …城镇棚户区改造项目绩效自评报告). */
  private static boolean shortensTheTitlesProject(DocumentView v, ProjectEntry entry, String name, String title) {
    String t = v.text();
    return t.startsWith("项目", entry.nameEnd()) && Labels.abbreviates(name + "项目", title, 2);
  }

  private ScoreStatement.Found firstScore(DocumentView v, List<Sentence> sentences, ScoreStatement statements, Integer year) {
    for (int i = 0; i < sentences.size(); i++) {
      List<ScoreStatement.Found> found = statements.extract(v, sentences.get(i));
      if (!found.isEmpty() && !ofAnotherYear(v, sentences.get(i), found.get(0), year)) {
        return found.get(0).grade() != null ? found.get(0) : gradedRightAfter(v, sentences, i, found.get(0), statements);
      }
    }
    return null;
  }

  /**
   * Whether the score's sentence opens with a year other than the report's (2023年度保障资金绩效自评得分86.0分, in a report of 2024),
   * or its clause names one: a score of that year, told for comparison.
   */
  private static boolean ofAnotherYear(DocumentView v, Sentence s, ScoreStatement.Found found, Integer year) {
    if (year == null || found.total() == null || found.total().evidence().start() < s.start()) {
      return false;
    }
    String before = v.normalized(s.start(), found.total().evidence().start());
    Matcher opening = OPENING_YEAR.matcher(before);
    if (opening.lookingAt()) {
      return Integer.parseInt(opening.group(1)) != year;
    }
    // or the score's own clause names another year (与上年度相比，处理费项目2023年度自评得分为91.0分)
    int clause = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')), before.lastIndexOf(':')) + 1;
    Matcher named = YEAR_NAMED.matcher(before.substring(clause));
    return named.find() && Integer.parseInt(named.group(1)) != year;
  }

  /** A year named in a clause: 2023年度, 2023年. */
  private static final Pattern YEAR_NAMED = Pattern.compile("((?:19|20)\\d{2})[ ]*年");

  /** A year a sentence opens with: 2023年度, 2024年. */
  private static final Pattern OPENING_YEAR = Pattern.compile("[ ]*((?:19|20)\\d{2})[ ]*年");

  /**
   * The score {@code first} as the lines right after its sentence state it again with its grade (a table's 合计 row, then
   * 项目自评总分92.0分，…，自评等级为“优”。): that statement, with the parts of the first where it names none; else {@code first}.
   */
  private ScoreStatement.Found gradedRightAfter(DocumentView v, List<Sentence> sentences, int i, ScoreStatement.Found first,
      ScoreStatement statements) {
    int line = sentences.get(i).line();
    for (int k = i + 1; k < sentences.size() && sentences.get(k).line() - line <= RESTATED_SCORE_REACH; k++) {
      for (ScoreStatement.Found again : statements.extract(v, sentences.get(k))) {
        boolean same = again.total() != null && first.total() != null && again.total().value().compareTo(first.total().value()) == 0;
        if (again.grade() != null && same) {
          List<ScoreComponent> parts = again.components().isEmpty() ? first.components() : again.components();
          return new ScoreStatement.Found(again.total(), parts, again.grade(), again.gradeEvidence());
        }
      }
    }
    return first;
  }

  /**
   * Each of several projects with the score and grade its own entry states (（一）…执行率97.16%。自评得分95分，等级为优。),
   * unless its form gave them.
   */
  private List<Project> withTheirScores(DocumentView v, List<Project> projects, List<ProjectEntry> entries, List<Sentence> prose) {
    if (entries.size() < 2) {
      return projects;
    }
    List<Project> out = new ArrayList<>(projects);
    for (int i = 0; i < out.size(); i++) {
      ProjectEntry e = entries.get(i);
      if (out.get(i).score() != null) {
        continue;
      }
      List<Sentence> inside = within(prose, e.start(), e.end());
      ScoreStatement.Found found = firstScore(v, inside, entryScoreStatements, null);
      if (found != null) {
        out.set(i, out.get(i).withScore(found.total(), found.grade()));
      }
    }
    return out;
  }

  /** The sentences lying wholly in [start, end), found by a binary search: the sentences are in the text's order. */
  private static List<Sentence> within(List<Sentence> sentences, int start, int end) {
    List<Sentence> out = new ArrayList<>();
    for (int k = Sentence.firstFrom(sentences, start); k < sentences.size() && sentences.get(k).start() < end; k++) {
      if (sentences.get(k).end() <= end) {
        out.add(sentences.get(k));
      }
    }
    return out;
  }

  private Totals totals(DocumentView v, List<Sentence> sentences, boolean ofOneProject) {
    Map<TotalKey, Quantity> first = new LinkedHashMap<>();
    // what a department states of one of its budgets ((一)一般公共预算。…全年支出…) is its total only where it states none of its own
    Map<TotalKey, Quantity> ofOneBudget = new LinkedHashMap<>();
    // and what it states under a title for the whole ((三)总体执行情况。) is its total, though a part's came first
    Map<TotalKey, Quantity> overall = new LinkedHashMap<>();
    List<Quantity> spendings = new ArrayList<>();
    Count projectCount = null;
    for (Sentence s : sentences) {
      for (TotalStatement.Found f : totalStatements.extract(v, s)) {
        int at = f.quantity().start();
        Map<TotalKey, Quantity> into = SubBudgets.holds(v, at) ? ofOneBudget : OverallItems.holds(v, at) ? overall : first;
        Quantity before = into.get(f.key());
        if (f.key() == TotalKey.ADJUSTED_BUDGET && before != null && adjustedInTurn(v, before, f.quantity())) {
          into.put(f.key(), f.quantity());
        }
        into.putIfAbsent(f.key(), f.quantity());
        if (f.key() == TotalKey.EXPENDITURE) {
          spendings.add(f.quantity());
        }
      }
      if (projectCount == null) {
        projectCount = countStatements.extract(v, s).stream().findFirst().orElse(null);
      }
    }
    first.putAll(overall);
    ofOneBudget.forEach(first::putIfAbsent);
    Map<String, Object> others = new LinkedHashMap<>();
    for (Map.Entry<TotalKey, Quantity> e : first.entrySet()) {
      switch (e.getKey()) {
        case BUDGET, EXPENDITURE, EXECUTION_RATE, PROJECT_SPENDING -> { }
        default -> others.put(e.getKey().id(), quantity(v, e.getValue()));
      }
    }
    // a report that states only its budget after adjustment (调整预算后项目预算861.46万元) states its budget
    Quantity budget = first.getOrDefault(TotalKey.BUDGET, first.get(TotalKey.ADJUSTED_BUDGET));
    Quantity rate = first.get(TotalKey.EXECUTION_RATE);
    Quantity adjusted = first.get(TotalKey.ADJUSTED_BUDGET);
    Quantity spent = spentAtTheRate(v, first.get(TotalKey.EXPENDITURE), spendings, rate, budget, adjusted);
    // what was spent named 项目支出 is a one-project report's whole where no spending stated is at the report's rate: at that rate
    // when none is stated, else at the rate its own sentence states (项目支出803.72万元，按调整后预算825.80万元计算执行率97.33%, after a
    // part's 中央资金支出360.00万元…；县级配套支出335.72万元，执行率93.83%)
    Quantity ofTheProject = first.get(TotalKey.PROJECT_SPENDING);
    // in a report its title says is of one project, at the rate its own sentence states, where no spending else is stated (项目支出
    // 306.42万元，预算执行率97.28%（按调整后预算计算）): that spending and that rate, whether or not they come to the budget, so that one of
    // them wrong is flagged
    Quantity itsOwnRate = ofTheProject == null || spent != null || !ofOneProject ? null : rateAfter(v, ofTheProject);
    if (itsOwnRate != null) {
      spent = ofTheProject;
      rate = itsOwnRate;
    }
    if (ofTheProject != null && !(spent != null && rate != null && atTheRate(v, spent, rate, budget, adjusted))) {
      for (Quantity itsRate : Arrays.asList(spent == null ? rate : null, rateAfter(v, ofTheProject))) {
        if (itsRate != null && atTheRate(v, ofTheProject, itsRate, budget, adjusted)) {
          spent = ofTheProject;
          rate = itsRate;
          break;
        }
      }
    }
    return new Totals(projectCount, budget == null ? null : Quantities.money(v, budget),
        spent == null ? null : Quantities.money(v, spent), rate == null ? null : Quantities.percent(v, rate), others);
  }

  /** A spending's label that names it the whole: 支出合计, 总支出, 支出总额. */
  private static final Pattern THE_WHOLE_SPENT = Pattern.compile("(?:合计|总计|总额)$|总支出$");

  /** A line that tells of an adjustment after another (第二次调整（2024年11月）：…调整后预算为1,560.00万元; 再次调整后). */
  private static final Pattern A_LATER_ADJUSTMENT = Pattern.compile("第[二三四五2-5]次调整|再次调整|二次调整");

  /**
   * Whether a budget adjusted to one amount is then adjusted to another in the same sentence's next clauses (第一次…预算调整为430.00万元；
   * 第二次…预算调整为415.00万元), named alike (not 调整后体检服务费预算, a part's): the budget is what the last adjustment left.
   */
  private static boolean adjustedInTurn(DocumentView v, Quantity earlier, Quantity later) {
    String between = v.normalized(earlier.end(), later.start());
    return earlier.start() < later.start()
        && (between.indexOf('。') < 0 && between.indexOf('\n') < 0 || A_LATER_ADJUSTMENT.matcher(lineBefore(v, later)).find())
        && Labels.before(v, earlier).normalized().equals(Labels.before(v, later).normalized());
  }

  /** The text of q's line before it. */
  private static String lineBefore(DocumentView v, Quantity q) {
    return v.normalized(v.layout().lineAt(q.start()).start(), q.start());
  }

  /**
   * The amount spent that the report's own execution rate is of, where the first stated is not: a part's spending may come
   * first (培训经费实际支出41,360元 … 全年实际支出461,360元，…预算执行率96.12%). The rate's own sentence says which, by stating the
   * spending before it; only where it states none is it the one whose sums come to the rate, so that a spending that disagrees
   * with its rate stays the spending, for the checks to flag, and is not traded for the same amount repeated later. The first
   * stated when none is, or there is no rate to tell by.
   */
  private static Quantity spentAtTheRate(DocumentView v, Quantity first, List<Quantity> spendings, Quantity rate, Quantity budget,
      Quantity adjusted) {
    if (first == null || rate == null || spendings.size() < 2 || budget == null && adjusted == null) {
      return first;
    }
    if (atTheRate(v, first, rate, budget, adjusted)) {
      return first;
    }
    Quantity stated = spentInTheRatesSentence(v, spendings, rate);
    if (stated != null) {
      return stated;
    }
    // a rate is reckoned from a spending stated by then: where the first, before it, is named the whole (支出合计, 总支出), one restated
    // after the rate in a later sentence (the conclusion's 全年…支出合计) is not what it rests on; a part's first (培训经费实际支出) may be
    boolean statedBefore = first.end() <= rate.start() && THE_WHOLE_SPENT.matcher(Labels.before(v, first).normalized()).find();
    for (Quantity q : spendings) {
      if (atTheRate(v, q, rate, budget, adjusted) && !(statedBefore && statedLater(v, q, rate))) {
        return q;
      }
    }
    return first;
  }

  /** Whether the amount is stated after the rate, in a later sentence. */
  private static boolean statedLater(DocumentView v, Quantity q, Quantity rate) {
    Sentence s = v.sentenceAt(rate.start());
    return q.start() > rate.end() && (s == null || q.start() >= s.end());
  }

  /** The last spending the rate's sentence states before it (项目实际支出54.37万元，预算执行率95.72%), or null. */
  private static Quantity spentInTheRatesSentence(DocumentView v, List<Quantity> spendings, Quantity rate) {
    Sentence s = v.sentenceAt(rate.start());
    Quantity out = null;
    for (Quantity q : spendings) {
      if (s != null && q.start() >= s.start() && q.end() <= rate.start()) {
        out = q;
      }
    }
    return out;
  }

  /** The execution rate its sentence states after an amount (项目支出306.42万元，预算执行率97.28%), or null. */
  private static Quantity rateAfter(DocumentView v, Quantity spent) {
    Sentence s = v.sentenceAt(spent.start());
    if (s == null) {
      return null;
    }
    for (Quantity q : v.quantitiesIn(spent.end(), s.end())) {
      if (q.kind() == Quantity.Kind.PERCENT) {
        return TotalKey.of(q, Labels.before(v, q).normalized()) == TotalKey.EXECUTION_RATE ? q : null;
      }
    }
    return null;
  }

  /** Whether the rate is the amount's of the budget or of the budget as adjusted. */
  private static boolean atTheRate(DocumentView v, Quantity spent, Quantity rate, Quantity budget, Quantity adjusted) {
    return atTheRate(v, spent, rate, budget) || atTheRate(v, spent, rate, adjusted);
  }

  /** Whether spent over budget, as a percentage, rounds to the rate as written. */
  private static boolean atTheRate(DocumentView v, Quantity spent, Quantity rate, Quantity budget) {
    if (budget == null) {
      return false;
    }
    BigDecimal whole = Quantities.money(v, budget).yuan();
    if (whole == null || whole.signum() <= 0) {
      return false;
    }
    BigDecimal percent = Quantities.money(v, spent).yuan().multiply(BigDecimal.valueOf(100))
        .divide(whole, Math.max(0, rate.value().scale()), RoundingMode.HALF_UP);
    return percent.compareTo(rate.value()) == 0;
  }

  /**
   * The parts of the score from a table: of the score by its parts (一级指标 | 分值 | 自评得分) or of the
   * indicators with their 分值 ({@link IndicatorTables}), when its total is the score the prose states
   * (项目总得分92.5分 and 合计 | 100 | 92.5); the table's total and parts when the prose states none.
   */
  private static ScoreStatement.Found withPartsFrom(ScoreStatement.Found score, ScoreStatement.Found table) {
    if (table == null) {
      return score;
    }
    if (score == null) {
      return table;
    }
    boolean same = score.total() != null && score.total().value().compareTo(table.total().value()) == 0;
    return same ? new ScoreStatement.Found(score.total(), table.components(), score.grade(), score.gradeEvidence()) : score;
  }

  /** A title of several funds (耕地地力保护补贴等专项资金): the first one's money is not the report's. */
  private static boolean severalFunds(String title) {
    return title != null && title.matches(".*等[^，,。]{0,6}资金.*");
  }

  /**
   * A report on one project or fund that states no budget states what it was given (安排项目资金,
   * 下达建设资金, 共下达就业补助资金): that is its budget; where that money is one part of a bare 合计 after it
   * (上级下达…资金1126.00万元，县级配套资金300.00万元，合计1426.00万元), the 合计 is.
   */
  private static Totals withAllocatedFundsAsBudget(Totals t, List<Figure> figures) {
    if (t.budget() != null || !(t.others().get(TotalKey.ALLOCATED_FUNDS.id()) instanceof Money allocated)) {
      return t;
    }
    Map<String, Object> others = new LinkedHashMap<>(t.others());
    others.remove(TotalKey.ALLOCATED_FUNDS.id());
    return new Totals(t.projectCount(), sumItIsPartOf(allocated, figures), t.expenditure(), t.executionRate(), others);
  }

  /**
   * Whether the money the report's fund was given is named for the fund its title names (下达我县…补助资金 of …补助资金绩效自评报告), or
   * by the short name the report gives that fund (共到位衔接资金, after …衔接推进乡村振兴补助资金（以下简称“衔接资金”）).
   */
  private static boolean givenAsTheTitleNamesIt(DocumentView v, Totals t, List<Figure> figures, String title) {
    if (title == null || !(t.others().get(TotalKey.ALLOCATED_FUNDS.id()) instanceof Money allocated)) {
      return false;
    }
    for (Figure f : figures) {
      if (f.evidence().start() == allocated.evidence().start() && f.label() != null) {
        Matcher m = FUND_GIVEN.matcher(f.label().strip());
        // (a name of two to five characters is a short one, not the title's words)
        return m.find() && (m.group(1).length() >= 6 && title.contains(m.group(1)) || FundShortNames.of(v, title).contains(m.group(1)));
      }
    }
    return false;
  }

  /** A fund's report that states no budget: the whole it states under the short name it gives the fund ({@link FundShortNames}). */
  private static Totals withTheFundsWholeAsBudget(DocumentView v, Totals t, List<Figure> figures, String title) {
    Figure whole = title == null ? null : FundShortNames.wholeOf(v, figures, title);
    if (whole == null) {
      return t;
    }
    Money budget = moneyOf(whole);
    return new Totals(t.projectCount(), budget, t.expenditure(), t.executionRate(), t.others());
  }

  /** A fund's report whose spending no total names: what it states spent of the fund under the short name it gives it. */
  private static Totals withTheFundsSpending(DocumentView v, Totals t, List<Figure> figures, String title) {
    Figure spent = title == null ? null : FundShortNames.spentOf(v, figures, title);
    if (spent == null) {
      return t;
    }
    Money expenditure = moneyOf(spent);
    return new Totals(t.projectCount(), t.budget(), expenditure, t.executionRate(), t.others());
  }

  /** A money figure as a total states it. */
  private static Money moneyOf(Figure f) {
    return new Money(f.text(), f.value(), MoneyUnit.of(f.unit()), f.yuan(), f.evidence());
  }

  /** The bare 合计 (共计, 总计) the money is a part of, as money; else the money itself. */
  private static Money sumItIsPartOf(Money m, List<Figure> figures) {
    Map<String, Figure> byId = new HashMap<>();
    figures.forEach(f -> byId.put(f.id(), f));
    for (Figure f : figures) {
      Figure total = f.partOf() == null ? null : byId.get(f.partOf());
      if (f.evidence().start() == m.evidence().start() && total != null && total.yuan() != null && total.label() != null
          && BARE_SUM.matcher(total.label().strip()).matches()) {
        return moneyOf(total);
      }
    }
    return m;
  }

  /**
   * What a project table's total row says its projects add up to (listedBudget, listedExpenditure): the
   * projects' own totals, which a department's report may state beside the unit's (部门预算总额2865.40万元,
   * then 重点项目 in a table whose 合计 is 1142.30).
   */
  private static Totals withTheTablesTotalRow(DocumentView v, Totals t) {
    var row = TableEntries.totalRow(v);
    if (row.isEmpty()) {
      return t;
    }
    Map<String, Object> others = new LinkedHashMap<>(t.others());
    if (row.get().budget() != null) {
      others.put(Totals.LISTED_BUDGET, Quantities.money(v, row.get().budget()));
    }
    if (row.get().spent() != null) {
      others.put(Totals.LISTED_EXPENDITURE, Quantities.money(v, row.get().spent()));
    }
    return new Totals(t.projectCount(), t.budget(), t.expenditure(), t.executionRate(), others);
  }

  private static Object quantity(DocumentView v, Quantity q) {
    return switch (q.kind()) {
      case MONEY -> Quantities.money(v, q);
      case PERCENT -> Quantities.percent(v, q);
      case COUNT -> Quantities.count(v, q);
      case SCORE -> Quantities.number(v, q);
    };
  }
}
