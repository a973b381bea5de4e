package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Evidence;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Project;
import dev.jixiao.record.Report;
import dev.jixiao.record.ScoreComponent;
import dev.jixiao.record.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One quantity stated twice with different values. Two statements are of one quantity when a
 * score component is scored again under its name (履职效能 49.37分 … 履职效能自评得分 49.43分), or
 * when two figures carry the same label, unit and role on different lines of the report. Figures
 * inside project entries are the projects' own (two projects may share a name), comparisons
 * with a bound (≥95%) are targets, not statements, and values that agree under rounding agree.
 * A label that relates its figure to what went before (为年初预算 116.9%, 比上年增长) names no
 * quantity of its own, nor does one that is a measure alone (实际支出 after the subject its
 * sentence names; 实际完成值 after the indicator its clause names; 审定金额 after the work whose audit it
 * states; 预算执行率 after the budget its sentence states; 涉及资金 after the projects its clause
 * counts; 发放补贴资金 after the subsidy its sentence names; 每人每年 after the group its sentence
 * counts), and figures under two of the four budgets' headings (一般公共预算 and 政府性基金预算, each
 * with its own 收入总计) are of different budgets, and figures in the bodies of two numbered items titled
 * differently ((一)城市低保。… / (二)农村低保。…) are of different things. Parts of two totals named
 * differently are parts of different quantities: a project's budget and its spending listed item by
 * item (申请预算资金…，其中村级组织运转400000元 / 完成预算资金…，其中村级组织运转439120.67元).
 * A relative figure is one quantity again, though, where the same figure right before it relates it
 * to the same thing: a summary sentence stated twice (财政支出总金额5187.78万元，占财政支出总金额62.31%).
 */
@RuleInfo(
    id = "restated",
    severity = Severity.ERROR,
    zh = "同一数据前后两处表述不一致",
    en = "one quantity stated twice with different values")
public final class RestatedRule implements Rule {
  private static final int MIN_LABEL = 4;
  private static final Pattern LABEL_NOISE = Pattern.compile("[\\s\"“”]");
  /** How many rows apart two figures of one table may stand before they are no longer asked whether the lines between are rows. */
  private static final int MAX_TABLE_ROWS = 80;
  /** Words that end a label of the points a part lost (决策扣2.5分, 过程指标扣1分, 产出指标失3分): no score of it. */
  private static final Pattern DEDUCTED = Pattern.compile("(?:扣了?|扣除|扣减|减|失去?)分?$");
  /** A label of amounts given in turn (发放金额分别为800,000元、900,000元、…): the first of several, no one quantity. */
  private static final Pattern IN_TURN = Pattern.compile("分别(?:为|是)?$");
  /** What places points as lost right after them: 扣在, 分别扣在, 主要扣在. */
  private static final Pattern LOST_AFTER = Pattern.compile("[ ]*(?:分别|主要|均|都)?扣在");
  /**
   * Points lost in all, then by part (以上共扣10.5分，其中决策0.5分、过程3.0分; 以上合计扣分6.0分，其中决策类1.0分…), or a part's, then by
   * indicator in parentheses (过程扣4.5分（预算调整控制3分、资金使用合规性1.5分）): the parts' points are lost, not scored.
   */
  private static final Pattern LOST_BY_PART =
      Pattern.compile("扣(?:除|分)?(?:为)?\\d+(?:\\.\\d+)?分(?:[,，]?其中[:：]?[^得]*|[（(][^得)）]*)$");
  /** Whose satisfaction an indicator asks, right before 满意度: 成员, 群众, 服务对象, 村干部. */
  private static final Pattern WHOSE_SATISFACTION = Pattern.compile("(?:成员|群众|居民|农户|村民|学生|家长|患者|对象|干部|企业|游客|用户|人员)$");
  /** The kinds of 效益 the templates score apart (社会效益12分得7.5分), before the part's name: an indicator of it. */
  private static final Pattern KIND_BEFORE = Pattern.compile("(?:社会|经济|生态|环境)$");
  /**
   * A heading: its number, then a few words, and nothing after them on its line ((二)资金安排, 三、预算执行情况) or its paragraph after its
   * full stop or colon ((三)预算执行情况。全年实际支出…).
   */
  private static final Pattern HEADING =
      Pattern.compile("\\s*(?:[一二三四五六七八九十]{1,2}、|[(（][一二三四五六七八九十]{1,2}[)）])\\s*(\\p{IsHan}{2,16})(?:[。:：]|\\s*$)");
  /** A heading of what was budgeted, and one of what was spent. */
  private static final Pattern BUDGET_HEADING = Pattern.compile("预算(?!执行)|资金安排|资金来源");
  private static final Pattern SPENT_HEADING = Pattern.compile("使用|支出|执行|拨付");
  /** A line's opening name before a colon, after a dash or bullet or none: 云岭镇：, ——重病重残儿童（非低保家庭）：. */
  private static final Pattern LINE_NAME = Pattern.compile("\\s*(?:[—–\\-•●◆▪·]+\\s*)?(\\p{IsHan}[\\p{IsHan}()（）]{1,15})[:：]");
  /** Words of a sentence that sets the parts' weights: 分值, 权重, 满分, 评分体系. */
  private static final Pattern WEIGHED = Pattern.compile("分值|权重|满分|标准分|评分体系|设置");
  /** Words of a sentence that states scores: 得分. */
  private static final Pattern SCORED = Pattern.compile("得分");
  /** The most a part can score, named so (效益指标（含满意度）合计分值25分): its weight, not its score. */
  private static final Pattern WEIGHT_WORDS = Pattern.compile("(?:分值|满分|权重|标准分)(?:为|是)?$");
  /** A factor's sign at the label's end (预算执行率得分按“执行率×10分”计算): the points are a factor of the score, not it. */
  private static final Pattern FACTOR = Pattern.compile("[×*][\"“”']?$");
  /**
   * After a part's name, an indicator of it, set apart by a dash or colon or not (部分——项目立项, 指标：绩效目标, 产出 in 产出质量), not
   * its score's words (得分, 自评得分, 指标实际得分).
   */
  private static final Pattern INDICATOR_AFTER =
      Pattern.compile("^(?:部分|指标|方面|类)?[—\\-:、]*(?!自评|得分|得|评分|实际|指标|部分|方面|类|总)\\p{IsHan}{2,}");
  /**
   * A kind of spending (项目支出) or a source of the funds (县级财政拨款, 上级补助资金) named alone, with no word of whether it was
   * budgeted or spent: the year-start budget and the adjusted one each split themselves so.
   */
  private static final Pattern KIND_OR_SOURCE = Pattern.compile("(?:\\d+\\.)?(?:基本支出|项目支出|人员经费|公用经费)"
      + "|(?:中央|省级?|市级?|县级?|镇级?|乡级?|本级|上级)(?:财政)?(?:拨款|补助资金|补助|配套资金|资金)");
  /** Words that open a label relating its figure to a subject named before it. */
  private static final Pattern RELATIVE = Pattern.compile("为|占|比|较|同比|环比|相当于|超出|高于|低于");
  /** A label that names the item its sentence is about only as "this one" (该项分值6分, 此项): each such item's own. */
  private static final Pattern THIS_ITEM = Pattern.compile("(?:该|此|本)(?:项|指标)");
  /**
   * A label that is a measure alone (实际支出, 全年预算数, 决算): of the subject its sentence named
   * before it ("三公经费预算10万元，实际支出8万元"; "公用经费预算…，实际支出…"), so no quantity of its own.
   */
  private static final Pattern MEASURE_ONLY = Pattern.compile(
      "^(?:实际|全年|本年|当年|年初|调整后)?(?:预算|支出|决算|执行|完成|使用|拨付|支付)+(?:数|金额|资金|总额)?(?:为)?$"
          // an indicator's target or result alone (实际完成值, 年度目标值), of the indicator its clause names
          + "|^(?:年度|全年)?(?:实际|目标|计划)(?:完成|实现)?(?:值|数)?$"
          // who actually took up what its clause counted (支教岗14个，实际到岗14人), of those places
          + "|^实际(?:到岗|到位|上岗|报到|参训|参加|入住|入学|聘用|录用|签约)(?:人数|数)?$"
          // or its completion alone (完成目标值的110.36%), of the deed its clause states
          + "|^完成(?:年度|全年)?(?:目标|计划|任务)(?:值|数|任务)?的?$"
          // a rate of spending alone (预算执行率), of the budget its sentence named: the unit's, or its 三公经费's
          + "|^(?:预算|资金)?(?:执行|支出)(?:率|进度)(?:为|达到)?$"
          // an audit's amounts alone (审定金额, 审减率), of the work its sentence named
          + "|^(?:审计)?(?:送审|报审|审定|核定|审减|核减|审增|核增)(?:结算)?(?:金额|额|价|造价|资金|率)?(?:为)?$"
          // the money a group of projects involves (涉及资金), of the group its clause counted before it
          + "|^(?:共|合计|累计)?涉及(?:预算|项目)?(?:资金|金额)(?:共|为)?$"
          // money paid out alone (发放补贴资金), of the subsidy its sentence named
          + "|^(?:累计)?(?:发放|兑付|兑现)(?:补贴|补助|奖补)?(?:资金|金额)(?:共|为)?$"
          // a rate per head and year alone (按每人每年32,460元), of the group its sentence counted before it
          + "|^(?:按)?每(?:人|户|名|位|生|公里|亩|平方米|吨|座|个)每?(?:年|月|季度|天)(?:补助|补贴|标准)?(?:为)?$"
          // or its cost per head (每人培训费), of the class its line counted
          + "|^(?:按)?每(?:人|户|名|位|生)(?:\\p{IsHan}{1,3}?费|补助|补贴)(?:标准)?(?:为)?$");
  /**
   * A numbered item's marker and its title, ended by 。 or a colon before the figure, or by the item's first figure: （一）城市低保。,
   * 2.农村低保：, 2.牛：, 2.门诊救助支出326.47万元.
   */
  private static final Pattern ITEM = Pattern.compile(
      "\\s*" + Sentences.ITEM_MARKER + "\\s*([^。:：;；\\n\\d]{1,20}?)(?:([。:：])|(?=\\d))");

  /** A line opening with a numbered item's marker. */
  private static final Pattern MARKED = Pattern.compile("\\s*" + Sentences.ITEM_MARKER);
  /** A part of the year or a batch a sentence may open with: 春季学期, 下半年, 第二季度, 第一批. */
  private static final Pattern PERIOD = Pattern.compile("[春秋](?:季)?学期|[上下]半年|第?[一二三四1-4]季度|第[一二三四五六七八九十\\d]{1,2}(?:批|期|轮)");
  /** The year's end a stock is stated at (截至2023年末): that year's, which {@link #YEAR} leaves out as a date. */
  private static final Pattern AS_OF_YEAR_END = Pattern.compile("(?:截至|截止|截止到|到)((?:19|20)\\d{2})年(?:末|底)");
  /** A year a sentence names as its own (2023年抽检…), not one it compares with (较2023年, 比2023年) or dates (2024年1月). */
  private static final Pattern YEAR = Pattern.compile("(?<![较比与和至到])((?:19|20)\\d{2})年度?(?![底末初]|\\d{1,2}月|[一二三四五六七八九十]{1,2}月)");
  /** An amount and 中, then a comma: what the clause goes on to state is within it (30.12万元中，, 1,200人中，). */
  private static final Pattern WITHIN = Pattern.compile("\\d[ ]*\\p{IsHan}{0,2}中[,，:]");
  /** A label of a target's words alone (研究文章仅完成10篇，未达到12篇的目标 labels the 12 未的目标): it names no indicator. */
  private static final Pattern TARGET_ONLY =
      Pattern.compile("^(?:未|未能|没有)?(?:达到|完成|实现)?(?:年度|全年)?的?(?:目标|计划|预期)(?:值|数|任务)?$");
  /** How far a comparison's 相比 is looked for after a figure within it. */
  private static final int COMPARED_REACH = 80;
  /**
   * A comparison with a year that states what that year had before its 相比 (与2023年支出448.90万元（基本支出341.20万元、…）相比):
   * what it states is that year's.
   */
  private static final Pattern COMPARED_WITH_YEAR =
      Pattern.compile("(?:与|和|同)((?:19|20)\\d{2})年度?[^，,。；;！!？?\n]{1," + COMPARED_REACH + "}?相比");
  /** A marker's number, in digits or in Chinese numerals, whose style is what remains. */
  private static final Pattern NUMERAL = Pattern.compile("\\d+|[一二三四五六七八九十]+");
  /** A table's caption or its unit on a line of its own: 表1 城市公园管护项目预算执行情况, （单位：万元）. */
  private static final Pattern CAPTION = Pattern.compile("\\s*(?:附?表\\s*[\\d一二三四五六七八九十]+|[(（]?单位[:：])");
  /** How many of a table's rows up its item's line is looked for. */
  private static final int ROWS_BACK = 60;
  /** How many numbered items up a list's announcing line is looked for. */
  private static final int ITEMS_BACK = 20;

  /** What sets a table's cells apart on their line: two spaces or more, a tab, a pipe. */
  private static final Pattern CELL_GAP = Pattern.compile("(?:[ \u3000]{2,}|[ ]*[\t|][ \t|]*)");

  /** The four budgets of public finance (四本预算), which a report of final accounts states in turn. */
  private static final Pattern BUDGET = Pattern.compile("一般公共预算|政府性基金|国有资本经营|社会保险基金");

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    if (report.score() != null) {
      List<String> names = report.score().components().stream().map(c -> norm(c.name())).toList();
      for (ScoreComponent c : report.score().components()) {
        String name = norm(c.name());
        for (Figure f : report.figures()) {
          if ("分".equals(f.unit()) && f.op() == null && norm(f.label()).contains(name) && !DEDUCTED.matcher(norm(f.label())).find()
              && !oneOfThePointsLost(report.text(), f) && !lostWhereTold(report.text(), f)
              && !namesAnIndicatorOfIt(norm(f.label()), name) && !FACTOR.matcher(norm(f.label())).find()
              && !WEIGHT_WORDS.matcher(norm(f.label())).find()
              && !namesSeveral(norm(f.label()), names)
              && f.evidence().start() != c.score().evidence().start() && !isWeight(f, c) && !onItsRow(report, f, c)
              && !Figures.of(f).intersects(Figures.of(c.score()))) {
            out.add(finding(Figures.labelAt(report, c.score().evidence(), c.name() + "得分"), f.text(), c.score().text(), f,
                c.score().evidence()));
          }
        }
      }
    }
    Set<String> projectNames = new HashSet<>();
    report.projects().forEach(p -> projectNames.add(p.name()));
    Set<String> rowsOfColumns = opensARowOfColumns(report);
    // every pair is compared: normalise each label once, not once per pair
    List<Figure> candidates = new ArrayList<>();
    List<String> candidateLabels = new ArrayList<>();
    Map<String, Integer> labelled = new HashMap<>();
    for (Figure f : report.figures()) {
      if (f.op() != null || f.context() != null && projectNames.contains(f.context()) || han(f.label()) < MIN_LABEL
          || rowsOfColumns.contains(f.id())) {
        continue;
      }
      String label = norm(f.label());
      candidates.add(f);
      candidateLabels.add(label);
      labelled.merge(label, 1, Integer::sum);
    }
    List<Figure> statements = new ArrayList<>();
    List<String> normalised = new ArrayList<>();
    for (int c = 0; c < candidates.size(); c++) {
      Figure f = candidates.get(c);
      String label = candidateLabels.get(c);
      // a label no other figure has restates nothing: the words that rule a label out are asked of the others only
      if (labelled.get(label) > 1 && !RELATIVE.matcher(label).lookingAt() && !MEASURE_ONLY.matcher(label).matches() && !THIS_ITEM.matcher(label).lookingAt()
          && !TARGET_ONLY.matcher(label).matches() && !shareOfItsLabel(report.text(), f)
          && !(label.contains("分别") && IN_TURN.matcher(label).find())) {
        statements.add(f);
        normalised.add(label);
      }
    }
    String[] labels = normalised.toArray(String[]::new);
    Map<String, Figure> byId = new HashMap<>();
    report.figures().forEach(f -> byId.put(f.id(), f));
    Map<String, Set<String>> partsOf = new HashMap<>();
    report.figures().stream().filter(f -> f.partOf() != null)
        .forEach(f -> partsOf.computeIfAbsent(f.partOf(), k -> new HashSet<>()).add(norm(f.label())));
    // only figures of one label can restate each other: pairing within each label, not every pair, keeps a
    // compiled volume of many reports from taking minutes
    Map<String, List<Integer>> byLabel = new HashMap<>();
    for (int i = 0; i < labels.length; i++) {
      byLabel.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(i);
    }
    // and most such pairs agree (a figure stated again as it was), so their values are asked first, each reckoned once
    Interval[] values = new Interval[labels.length];
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < statements.size(); i++) {
      Figure a = statements.get(i);
      for (int j : byLabel.get(labels[i])) {
        if (j <= i || seen.contains(labels[i])) {
          continue;
        }
        Figure b = statements.get(j);
        if (Objects.equals(a.unit(), b.unit()) && Objects.equals(a.role(), b.role())
            && !value(values, statements, i).intersects(value(values, statements, j))
            && !sameLine(report, a, b) && sameBudget(a, b) && sameWhole(byId, a, b) && notABudgetsPartAlone(byId, labels[i], a, b, report)
            && sameParts(partsOf, totalOfItsRow(report, partsOf, a), totalOfItsRow(report, partsOf, b)) && sameItem(report.text(), a, b)
            && !listedUnder(report.text(), a, b) && !aTotalOfTheItems(report.text(), a, b) && !linesOfAList(report.text(), a, b)
            && !rowsOfOneTable(report.text(), a, b) && !ofOtherCountsBefore(report, a, b)
            && sameYear(report, a, b) && !aWeightAndAScore(report.text(), a, b)
            && !budgetedAndSpent(report.text(), a, b) && planned(report.text(), a) == planned(report.text(), b)
            && samePeriod(report.text(), a, b)
            && withinAnAmount(report.text(), a) == withinAnAmount(report.text(), b) && seen.add(labels[i])) {
          out.add(finding(a.label(), b.text(), a.text(), b, a.evidence()));
        }
      }
    }
    out.addAll(relativesRestated(report, projectNames));
    return out;
  }

  /** Whether a rate is written as a share of what its label names (按3.65%合同利率的50%贴息): so much of it, not it. */
  private static boolean shareOfItsLabel(String text, Figure f) {
    int k = f.evidence().start() - 1;
    while (text != null && k >= 0 && text.charAt(k) == ' ') {
      k--;
    }
    return text != null && k >= 0 && Figure.PERCENT.equals(f.kind()) && text.charAt(k) == '的';
  }

  /**
   * Whether, of two points, one stands in a sentence that sets the weights (按预算执行率10分、产出指标40分…设置评分体系) and the other in one
   * that states scores (四类指标得分依次为：…、产出指标35.5分): a part's weight and its score.
   */
  private static boolean aWeightAndAScore(String text, Figure a, Figure b) {
    if (text == null || !"分".equals(a.unit())) {
      return false;
    }
    String first = sentenceOf(text, a);
    String second = sentenceOf(text, b);
    return weighs(first) && SCORED.matcher(second).find() || weighs(second) && SCORED.matcher(first).find();
  }

  private static boolean weighs(String sentence) {
    return WEIGHED.matcher(sentence).find() && !SCORED.matcher(sentence).find();
  }

  /** A figure's whole sentence: one may set weights after its list (…产出指标40分…设置评分体系). */
  private static String sentenceOf(String text, Figure f) {
    int start = f.evidence().start();
    int from = Math.max(text.lastIndexOf('。', start - 1), text.lastIndexOf('\n', start - 1)) + 1;
    int end = text.indexOf('。', start);
    return text.substring(from, end < 0 ? text.length() : end);
  }

  /**
   * Whether the two stand on lines that run one after another, each stating the label after a rate per unit, and open differently
   * (老年人免费乘车每人次补贴1.20元，全年刷卡1,286,500人次，计…⏎现役军人、残疾人等其他免费乘车每人次补贴1.20元，全年刷卡96,500人次，计…):
   * lines of a list of products, each of the subject it opens with.
   */
  private static boolean linesOfAList(String text, Figure a, Figure b) {
    if (text == null || a.label() == null) {
      return false;
    }
    String label = a.label().strip();
    int first = text.lastIndexOf('\n', Math.min(a.evidence().start(), b.evidence().start()) - 1) + 1;
    int last = text.lastIndexOf('\n', Math.max(a.evidence().start(), b.evidence().start()) - 1) + 1;
    if (first == last || label.isEmpty()) {
      return false;
    }
    for (int line = first; line <= last; ) {
      int end = text.indexOf('\n', line);
      end = end < 0 ? text.length() : end;
      if (!text.substring(line, end).contains(label)) {
        return false;
      }
      line = end + 1;
    }
    if (!afterARate(text, a) || !afterARate(text, b)) {
      return false;
    }
    String one = opening(text, first);
    String other = opening(text, last);
    return !one.isEmpty() && !other.isEmpty() && one.charAt(0) != other.charAt(0);
  }

  /**
   * Whether the two stand in two rows of one table, every line from the one to the other a row: a table lists each row once, and
   * rows named alike are of different groups, whose name the first column gives once for all of them (施工总承包合同 … 主体结构封顶
   * 25% ⏎ 工程监理合同 … 主体结构封顶 30%).
   */
  private static boolean rowsOfOneTable(String text, Figure a, Figure b) {
    if (text == null) {
      return false;
    }
    int line = text.lastIndexOf('\n', Math.min(a.evidence().start(), b.evidence().start()) - 1) + 1;
    int last = text.lastIndexOf('\n', Math.max(a.evidence().start(), b.evidence().start()) - 1) + 1;
    for (int rows = 0; line <= last; rows++) {
      int end = text.indexOf('\n', line);
      end = end < 0 ? text.length() : end;
      if (rows > MAX_TABLE_ROWS || !isTableRow(text.substring(line, end))) {
        return false;
      }
      line = end + 1;
    }
    return true;
  }

  /** A line of cells: set apart by pipes or tabs, or three or more set apart by runs of spaces (as a table typed with spaces is). */
  private static boolean isTableRow(String line) {
    String s = line.strip();
    return s.startsWith("|") || s.indexOf('\t') >= 0 || gaps(s) >= 2;
  }

  /** How many runs of two spaces or more part the stripped line. */
  private static int gaps(String s) {
    int n = 0;
    for (int i = s.indexOf("  "); i >= 0; i = s.indexOf("  ", i)) {
      n++;
      while (i < s.length() && s.charAt(i) == ' ') {
        i++;
      }
    }
    return n;
  }

  /**
   * Whether each stands right after a count of its own measure in its sentence and those counts differ (回收的1,146份…中，居民问卷1,002份、
   * 表示满意的951份 after 回收1,146份，其中表示满意的1,081份): each is a part of the count before it, and of another whole.
   */
  private static boolean ofOtherCountsBefore(Report r, Figure a, Figure b) {
    Figure x = countRightBefore(r, a);
    Figure y = countRightBefore(r, b);
    return x != null && y != null && !Figures.of(x).intersects(Figures.of(y));
  }

  /**
   * The count of f's unit nearest before f in its sentence, past rates, where f is picked out of it (回收1,146份，回收率95.50%，其中表示满意的
   * 1,081份; 居民问卷1,002份、表示满意的951份: 其中 or an enumeration mark between); else null.
   */
  private static Figure countRightBefore(Report r, Figure f) {
    List<Figure> fs = r.figures();
    String text = r.text();
    if (text == null || !Figure.COUNT.equals(f.kind())) {
      return null;
    }
    for (int k = Figures.positionOf(fs, f, fs.size() - 1) - 1; k >= 0 && Sentences.together(text, fs.get(k), f); k--) {
      Figure before = fs.get(k);
      if (Figure.PERCENT.equals(before.kind())) {
        continue;
      }
      if (!Figure.COUNT.equals(before.kind()) || !Objects.equals(before.unit(), f.unit()) || before.evidence().end() > f.evidence().start()) {
        return null;
      }
      String between = text.substring(before.evidence().end(), f.evidence().start());
      return between.startsWith("、") || between.contains("其中") ? before : null;
    }
    return null;
  }

  /** Whether a rate per unit (每) stands before the figure on its line. */
  private static boolean afterARate(String text, Figure f) {
    int line = text.lastIndexOf('\n', f.evidence().start() - 1) + 1;
    return text.substring(line, f.evidence().start()).indexOf('每') >= 0;
  }

  /** The first words of the line from {@code line}, past its number. */
  private static String opening(String text, int line) {
    int end = text.indexOf('\n', line);
    String words = text.substring(line, end < 0 ? text.length() : end);
    Matcher marker = MARKED.matcher(words);
    words = marker.lookingAt() ? words.substring(marker.end()) : words;
    return words.substring(0, Math.min(OPENING, words.length())).strip();
  }

  /**
   * Whether the figure's sentence states it as planned before it (年度建设任务为：…新建代表联络站16个): the plan, which what was done
   * (3.新建代表联络站14个) may fall short of.
   */
  private static boolean planned(String text, Figure f) {
    return text != null && PLANNED.matcher(text.substring(Sentences.start(text, f.evidence().start()), f.evidence().start())).find();
  }

  /** Words that state a plan before its figures: 任务为：, 计划, 目标为. */
  private static final Pattern PLANNED = Pattern.compile("(?:任务|计划|目标)(?:为|是)?[:：]|计划(?:新建|建设|完成|实施|改造)");

  /** How many characters of a line's opening tell its subject from another line's. */
  private static final int OPENING = 4;

  /**
   * The figures that open a row of cells in one measure naming nothing of their own (护理型床位占比  53.2%  57.5%  61.5%, a table
   * typed in columns of years): their label names the row, not which of its columns they are, so they state no one quantity.
   */
  private static Set<String> opensARowOfColumns(Report report) {
    Set<String> out = new HashSet<>();
    String text = report.text();
    List<Figure> fs = report.figures();
    for (int i = 0; text != null && i + 1 < fs.size(); i++) {
      Figure f = fs.get(i);
      Figure next = fs.get(i + 1);
      if (Objects.equals(f.unit(), next.unit()) && (next.label() == null || next.label().isBlank())
          && next.evidence().start() >= f.evidence().end()
          && CELL_GAP.matcher(text.substring(f.evidence().end(), next.evidence().start())).matches()) {
        out.add(f.id());
      }
    }
    return out;
  }

  private static Interval value(Interval[] values, List<Figure> figures, int i) {
    if (values[i] == null) {
      values[i] = Figures.of(figures.get(i));
    }
    return values[i];
  }

  /** Whether the points are placed as lost right after them (过程指标的1.5分扣在资金使用合规性上; 产出指标的3分分别扣在三处). */
  private static boolean lostWhereTold(String text, Figure f) {
    return text != null && LOST_AFTER.matcher(text).region(f.evidence().end(), text.length()).lookingAt();
  }

  /** Whether the points are a part's of those lost in all before them (以上共扣10.5分，其中决策0.5分、过程3.0分…). */
  private static boolean oneOfThePointsLost(String text, Figure f) {
    return text != null && LOST_BY_PART.matcher(text.substring(Sentences.start(text, f.evidence().start()), f.evidence().start())).find();
  }

  /**
   * Whether the label names an indicator of the part after the part's name (决策部分——项目立项6分（得6分）, 决策：绩效目标), or a kind
   * of it before (社会效益), or whose satisfaction it is (成员满意度10分，得10分 under 满意度指标): the indicator's score, not the part's
   * again.
   */
  private static boolean namesAnIndicatorOfIt(String label, String name) {
    int at = label.indexOf(name);
    return INDICATOR_AFTER.matcher(label.substring(at + name.length())).lookingAt() || KIND_BEFORE.matcher(label.substring(0, at)).find()
        || name.startsWith("满意度") && WHOSE_SATISFACTION.matcher(label.substring(0, at)).find();
  }

  /**
   * Whether the label names two parts or more (投入、过程、产出、效益四类指标分别为20分、30分、…): the first of the figures it heads is
   * one part's, which the label does not say.
   */
  private static boolean namesSeveral(String label, List<String> names) {
    return names.stream().filter(label::contains).limit(2).count() > 1;
  }

  /**
   * Whether the figure is the part's weight: where it is stated, or stated again as much and not as scored (其中资金执行率10分 in the
   * scheme, beside the table row giving it 10 and 8.5; not 资金执行率得10分).
   */
  private static boolean isWeight(Figure f, ScoreComponent c) {
    return c.weight() != null && c.weight().evidence() != null && (f.evidence().start() == c.weight().evidence().start()
        || !norm(f.label()).contains("得") && Figures.of(f).intersects(Figures.of(c.weight())));
  }

  /**
   * Relative figures (占…, 比上年…) stated twice after the same figure, with its label and value, in
   * their sentence: one quantity twice, which cannot differ.
   */
  private List<Finding> relativesRestated(Report report, Set<String> projectNames) {
    List<Finding> out = new ArrayList<>();
    String text = report.text();
    List<Figure> fs = report.figures();
    Map<String, Integer> first = new HashMap<>();
    Map<String, Figure> byId = new HashMap<>();
    fs.forEach(f -> byId.put(f.id(), f));
    for (int i = 1; text != null && i < fs.size(); i++) {
      Figure f = fs.get(i);
      Figure before = fs.get(i - 1);
      if (f.op() != null || f.label() == null || !RELATIVE.matcher(norm(f.label())).lookingAt() || before.label() == null
          || han(before.label()) < MIN_LABEL || f.context() != null && projectNames.contains(f.context())
          || !Sentences.together(text, before, f)) {
        continue;
      }
      String key = norm(f.label()) + "|" + f.unit() + "|" + norm(before.label()) + "=" + before.value().toPlainString() + before.unit();
      Integer at = first.putIfAbsent(key, i);
      Figure earlier = at == null ? null : fs.get(at);
      if (earlier != null && !sameLine(report, earlier, f) && !Figures.of(earlier).intersects(Figures.of(f))
          && !partsOfOtherWholes(byId, fs.get(at - 1), before)) {
        out.add(finding(norm(before.label()) + before.text() + "，" + f.label().strip(), f.text(), earlier.text(), f, earlier.evidence()));
      }
    }
    return out;
  }

  /**
   * Whether the two amounts a relative figure follows are parts of wholes that differ (上级补助资金10.00万元 of a budget of 242.80万元,
   * then of one item's 15.20万元): the same amount is then a different share of each.
   */
  private static boolean partsOfOtherWholes(Map<String, Figure> byId, Figure one, Figure other) {
    Figure a = one.partOf() == null ? null : byId.get(one.partOf());
    Figure b = other.partOf() == null ? null : byId.get(other.partOf());
    return a != null && b != null && !Figures.of(a).intersects(Figures.of(b));
  }

  private Finding finding(String subject, String stated, String expected, Figure restatement, dev.jixiao.record.Evidence first) {
    return FindingBuilder.of(this)
        .subject(subject)
        .message("“" + subject + "”前文为" + expected + "，此处写作" + stated + "，两处不一致。",
            subject + " is given as " + expected + " and later as " + stated + ".")
        .stated(stated)
        .expected(expected)
        .evidence(restatement.evidence(), first)
        .build();
  }

  /**
   * Unless each is in the body of a numbered item of its own with another title: （一）城市低保。…月人均补助水平620元 and
   * （二）农村低保。…月人均补助水平380元 are of two kinds of relief; or, untitled, with another number of one list's style
   * (（1）2019年度退耕地…涉及农户三百一十二户 and （2）2021年度退耕地…涉及农户二百零五户).
   */
  private static boolean sameItem(String text, Figure a, Figure b) {
    // lines each opening with a name and a colon (云岭镇：…预警广播38套 / 河口镇：…预警广播34套) are items of a list, numbered or not
    String p = lineName(text, a);
    String q = lineName(text, b);
    if (p != null && q != null && !p.equals(q)) {
      return false;
    }
    // items of two lists under two items of an outer one (1．城市低保资金…⏎（1）基本生活保障金2,338.56万元 and 2．农村低保资金…⏎（1）基本生活
    // 保障金7,405.44万元) are of two subjects
    Title outerA = outerItemTitle(text, a);
    Title outerB = outerItemTitle(text, b);
    if (outerA != null && outerB != null && !outerA.words().equals(outerB.words())) {
      return false;
    }
    Title x = itemTitle(text, a) != null ? itemTitle(text, a) : titleAboveItsTable(text, a);
    Title y = itemTitle(text, b) != null ? itemTitle(text, b) : titleAboveItsTable(text, b);
    // a title and an item's first words (（二）保障对象。 and 1.伤残军人128人) are no two titles to tell apart
    if (x != null && y != null && x.punctuated() == y.punctuated()) {
      // an item's first words may run on (伤残军人, 伤残军人抚恤标准)
      return x.words().startsWith(y.words()) || y.words().startsWith(x.words());
    }
    String m = marker(text, a);
    String n = marker(text, b);
    return m == null || n == null || m.equals(n) || !style(m).equals(style(n));
  }

  /**
   * Whether one figure is a numbered item's and the other, in no item, sums the items up (1．上坪村：…安装消防栓14个 … 五个村共…安装消防栓
   * 64个): its sentence says so (共, 合计, 累计) before it.
   */
  private static boolean aTotalOfTheItems(String text, Figure a, Figure b) {
    String m = marker(text, a);
    String n = marker(text, b);
    if (text == null || (m == null) == (n == null)) {
      return false;
    }
    Figure total = m == null ? a : b;
    return Sentences.SUMMED.matcher(text.substring(Sentences.start(text, total.evidence().start()), total.evidence().start())).find();
  }

  /**
   * Whether one figure stands under a heading of the budget and the other under one of the spending ((二)资金安排 … 4.配送及阅读推广
   * 宣传：2.57万元 and (三)资金使用情况 … 配送及阅读推广宣传2.41万元): what was budgeted for an item and what was spent on it.
   */
  private static boolean budgetedAndSpent(String text, Figure a, Figure b) {
    String x = headingBefore(text, a.evidence().start());
    String y = headingBefore(text, b.evidence().start());
    if (x == null || y == null || x.equals(y)) {
      return false;
    }
    return BUDGET_HEADING.matcher(x).find() && SPENT_HEADING.matcher(y).find()
        || BUDGET_HEADING.matcher(y).find() && SPENT_HEADING.matcher(x).find();
  }

  /**
   * The words of the last heading on a line before the position's, on a line of its own ((二)资金安排, 三、预算执行情况) or opening its
   * paragraph ((三)预算执行情况。全年实际支出…), or null.
   */
  private static String headingBefore(String text, int at) {
    if (text == null) {
      return null;
    }
    // (the heading that opens the figure's own paragraph first: (三)预算安排及调整。…调整后预算按用途分为…32.10万元)
    Matcher own = HEADING.matcher(text).region(text.lastIndexOf('\n', at - 1) + 1, at);
    if (own.lookingAt()) {
      return own.group(1);
    }
    for (int end = text.lastIndexOf('\n', at - 1); end > 0; end = text.lastIndexOf('\n', end - 1)) {
      Matcher m = HEADING.matcher(text).region(text.lastIndexOf('\n', end - 1) + 1, end);
      if (m.lookingAt()) {
        return m.group(1);
      }
    }
    return null;
  }

  /** The name a figure's line opens with before a colon (云岭镇：), or null. */
  private static String lineName(String text, Figure f) {
    if (text == null) {
      return null;
    }
    int line = text.lastIndexOf('\n', f.evidence().start() - 1) + 1;
    Matcher m = LINE_NAME.matcher(text).region(line, f.evidence().start());
    return m.lookingAt() ? m.group(1) : null;
  }

  /** The marker a figure's line opens with ((1), 2., 一是), or null. */
  private static String marker(String text, Figure f) {
    if (text == null) {
      return null;
    }
    int line = text.lastIndexOf('\n', f.evidence().start() - 1) + 1;
    Matcher m = MARKED.matcher(text).region(line, f.evidence().start());
    return m.lookingAt() ? m.group().strip() : null;
  }

  /**
   * The title of the item of another list's style that the figure's numbered item stands under: the line right above the first item
   * of the figure's list ((1), 1., 一是), the lines between numbered in its style; null when there is none.
   */
  private static Title outerItemTitle(String text, Figure f) {
    String own = marker(text, f);
    if (own == null) {
      return null;
    }
    String first = own;
    int line = text.lastIndexOf('\n', f.evidence().start() - 1) + 1;
    for (int k = 0; k < ITEMS_BACK; k++) {
      Sentences.Line above = Sentences.lineBefore(text, line);
      if (above == null) {
        return null;
      }
      Matcher m = MARKED.matcher(text).region(above.start(), above.end());
      if (!m.lookingAt()) {
        return null;
      }
      if (!style(m.group().strip()).equals(style(own))) {
        Matcher number = NUMERAL.matcher(first);
        boolean opensItsList = number.find() && (number.group().equals("1") || number.group().equals("一"));
        Matcher t = ITEM.matcher(text).region(above.start(), above.end()).useTransparentBounds(true);
        return opensItsList && t.lookingAt() ? new Title(t.group(1), t.group(2) != null) : null;
      }
      first = m.group().strip();
      line = above.start();
    }
    return null;
  }

  /** A marker's style, its number aside: (1) and (2) are of one list, (一) and (1) are not. */
  private static String style(String marker) {
    return NUMERAL.matcher(marker).replaceAll("#");
  }

  /**
   * Unless their sentences name two years before them, the report's own when one names none (2023年抽检2,280批次中不合格51批次，不合格率
   * 2.24% in a report of 2024, whose 不合格率1.87% is its own year's).
   */
  private static boolean sameYear(Report r, Figure a, Figure b) {
    Integer x = yearNamedBefore(r.text(), a);
    Integer y = yearNamedBefore(r.text(), b);
    x = x == null ? r.fiscalYear() : x;
    y = y == null ? r.fiscalYear() : y;
    return x == null || y == null || x.equals(y);
  }

  /**
   * Whether the figures' sentences open with no two different parts of the year or batches (春季学期…县职业中专1859人 and
   * 秋季学期…县职业中专1968人; 第一批…, 第二批…): the same name counts something else in each.
   */
  private static boolean samePeriod(String text, Figure a, Figure b) {
    String x = periodNamedBefore(text, a);
    String y = periodNamedBefore(text, b);
    return x == null || y == null || x.equals(y);
  }

  private static String periodNamedBefore(String text, Figure f) {
    if (text == null) {
      return null;
    }
    Matcher m = PERIOD.matcher(text).region(Sentences.start(text, f.evidence().start()), f.evidence().start());
    return m.find() ? m.group() : null;
  }

  /**
   * Whether the figure's sentence states, before it, an amount it is within (项目支出结转的30.12万元中，基层农技推广体系改革与建设补助
   * 6.40万元、…): of that amount's kind (here what was carried over), beside the same name's figure of no such amount (its spending).
   */
  private static boolean withinAnAmount(String text, Figure f) {
    return text != null && WITHIN.matcher(text).region(Sentences.start(text, f.evidence().start()), f.evidence().start()).find();
  }

  /** The last year its sentence names before the figure (2023年抽检…), or null. */
  private static Integer yearNamedBefore(String text, Figure f) {
    if (text == null) {
      return null;
    }
    int start = Sentences.start(text, f.evidence().start());
    Matcher m = YEAR.matcher(text).region(start, f.evidence().start());
    Integer year = null;
    int at = -1;
    while (m.find()) {
      year = Integer.valueOf(m.group(1));
      at = m.start();
    }
    // or the year's end a stock is stated at (截至2023年末，项目累计完成投资6420.00万元 against 截至2024年末…18266.37万元)
    Matcher end = AS_OF_YEAR_END.matcher(text).region(start, f.evidence().start());
    while (end.find()) {
      if (end.start() > at) {
        year = Integer.valueOf(end.group(1));
        at = end.start();
      }
    }
    // or the year a comparison around the figure is made with
    int compared = comparedAfter(text, f.evidence().end());
    if (compared > 0) {
      Matcher with = COMPARED_WITH_YEAR.matcher(text).region(start, compared);
      while (with.find()) {
        if (with.start() > at && with.start() < f.evidence().start() && with.end() > f.evidence().end()) {
          year = Integer.valueOf(with.group(1));
        }
      }
    }
    return year;
  }

  /** Where a 相比 that closes the clause after {@code from} ends, or 0. */
  private static int comparedAfter(String text, int from) {
    for (int k = from; k + 1 < text.length() && k < from + COMPARED_REACH; k++) {
      char c = text.charAt(k);
      if (c == '，' || c == ',' || c == '。' || c == '；' || c == ';' || c == '\n') {
        return 0;
      }
      if (c == '相' && text.charAt(k + 1) == '比') {
        return k + 2;
      }
    }
    return 0;
  }

  /**
   * Whether one figure stands in a numbered item of a list the other's line announces with a colon at its end (涉及农户五百八十五户：
   * ⏎（1）…涉及农户三百一十二户；⏎（2）…): a part, not the whole again.
   */
  private static boolean listedUnder(String text, Figure a, Figure b) {
    if (text == null) {
      return false;
    }
    Figure whole = a.evidence().start() <= b.evidence().start() ? a : b;
    Figure item = whole == a ? b : a;
    int line = text.lastIndexOf('\n', item.evidence().start() - 1) + 1;
    if (!MARKED.matcher(text).region(line, text.length()).lookingAt()) {
      return false;
    }
    for (int k = 0; k < ITEMS_BACK; k++) {
      Sentences.Line above = Sentences.lineBefore(text, line);
      if (above == null) {
        return false;
      }
      if (above.holds(whole)) {
        char last = text.charAt(above.end() - 1);
        return last == '：' || last == ':';
      }
      if (!MARKED.matcher(text).region(above.start(), above.end()).lookingAt()) {
        return false;
      }
      line = above.start();
    }
    return false;
  }

  /** A numbered item's title, ended by its punctuation ((一)城市低保。), or its first words before its first figure (2.门诊救助支出). */
  private record Title(String words, boolean punctuated) {}

  /** The title of the numbered item whose body holds the figure, or null when its line opens with none. */
  private static Title itemTitle(String text, Figure f) {
    if (text == null) {
      return null;
    }
    int start = f.evidence().start();
    int line = text.lastIndexOf('\n', start - 1) + 1;
    Matcher m = ITEM.matcher(text).region(line, start).useTransparentBounds(true); // the title may end at the figure itself
    return m.lookingAt() ? new Title(m.group(1), m.group(2) != null) : null;
  }

  /**
   * The title of the numbered item a table's row stands under: above the table's rows and its caption, the item's line ((一)城市公园管护项目。…
   * ⏎表1 …（单位：万元）⏎管护服务费	228.00	227.16): two projects' tables list items of the same names, each of its own project.
   */
  private static Title titleAboveItsTable(String text, Figure f) {
    if (text == null) {
      return null;
    }
    int line = text.lastIndexOf('\n', f.evidence().start() - 1) + 1;
    int end = text.indexOf('\n', line);
    if (text.substring(line, end < 0 ? text.length() : end).indexOf('\t') < 0) {
      return null;
    }
    for (int k = 0; k < ROWS_BACK; k++) {
      Sentences.Line above = Sentences.lineBefore(text, line);
      if (above == null) {
        return null;
      }
      if (text.substring(above.start(), above.end()).indexOf('\t') >= 0
          || CAPTION.matcher(text).region(above.start(), above.end()).lookingAt()) {
        line = above.start();
        continue;
      }
      Matcher t = ITEM.matcher(text).region(above.start(), above.end()).useTransparentBounds(true);
      return t.lookingAt() ? new Title(t.group(1), t.group(2) != null) : null;
    }
    return null;
  }

  /** Unless their headings name two different budgets. */
  private static boolean sameBudget(Figure a, Figure b) {
    String x = budget(a.context());
    String y = budget(b.context());
    return x == null || y == null || x.equals(y);
  }

  /**
   * Unless the label names a kind of spending or a source of funds alone (项目支出, 县级财政拨款) and one of the two is a part of a
   * budget the other is no part of:
   * 年初预算…，其中：项目支出2,208.20万元 is budgeted, 项目支出2,708.74万元 after the year's spending may be spent, and the label
   * says neither.
   */
  private static boolean notABudgetsPartAlone(Map<String, Figure> byId, String label, Figure a, Figure b, Report r) {
    if (!KIND_OR_SOURCE.matcher(label).matches()) {
      return true;
    }
    if (a.partOf() == null && b.partOf() == null) {
      // or one of them stands on a budget's line, classified again there (年初预算286.45万元，其中…。按支出性质分：基本支出168.25万元，
      // 项目支出118.20万元), where no link can say so; and the budget at the year's start is not the one adjusted (年初预算…项目支出674.10万元
      // and 调整后预算为1,339.50万元。其中…项目支出727.10万元)
      return Objects.equals(budgetOnItsLine(r, a), budgetOnItsLine(r, b));
    }
    if ((a.partOf() == null) == (b.partOf() == null)) {
      return true;
    }
    Figure whole = byId.get(a.partOf() != null ? a.partOf() : b.partOf());
    return whole == null || whole.label() == null || !whole.label().contains("预算");
  }

  /**
   * Which budget an amount named as budgeted stands for before the figure on its line, the nearest: 调整 for one adjusted (调整后预算),
   * 预算 for another (年初预算); null when none stands there.
   */
  private static String budgetOnItsLine(Report r, Figure f) {
    String text = r.text();
    if (text == null) {
      return null;
    }
    int lineStart = text.lastIndexOf('\n', f.evidence().start() - 1) + 1;
    return r.figures().stream().filter(g -> Figures.isMoney(g) && g.evidence().start() >= lineStart
        && g.evidence().start() < f.evidence().start() && g.label() != null && g.label().contains("预算") && g.partOf() == null
        && SpendingLabels.budgeted(g))
        .reduce((first, second) -> second)
        .map(g -> g.label().contains("调整") ? "调整" : "预算").orElse(null);
  }

  /**
   * Unless both are parts of totals whose labels differ, or of totals named alike that are parts of such, or one is under a budget
   * and the other is not, or one is a part of what is left and the other is not.
   */
  private static boolean sameWhole(Map<String, Figure> byId, Figure a, Figure b) {
    Figure x = a.partOf() == null ? null : byId.get(a.partOf());
    Figure y = b.partOf() == null ? null : byId.get(b.partOf());
    // wholes named alike may be parts of wholes that are not (年初预算…其中：1.基本支出…人员经费 and 实际支出…其中：1.基本支出…人员经费)
    return (x == null || y == null || x == y || norm(x.label()).equals(norm(y.label())) && sameWhole(byId, x, y))
        && underABudget(byId, a) == underABudget(byId, b) && ofWhatIsLeft(x) == ofWhatIsLeft(y);
  }

  /**
   * Whether the whole is what is left of the money (结转217,051.40元，其中公用经费73,931.40元): its parts are what is left of each
   * item, not the items (公用经费7,328,240.00元).
   */
  private static boolean ofWhatIsLeft(Figure whole) {
    return whole != null && SpendingLabels.leftOver(whole);
  }

  /**
   * Whether a total the figure is a part of, or a part of a part of, is named as budgeted (年初预算…其中：1.基本支出…其中人员经费…): what
   * the figure is of then, beside a figure of that name under no budget (实际支出…其中：…人员经费).
   */
  private static boolean underABudget(Map<String, Figure> byId, Figure f) {
    Figure whole = f.partOf() == null ? null : byId.get(f.partOf());
    for (int level = 0; whole != null && level < 4; level++) {
      if (SpendingLabels.budgeted(whole)) {
        return true;
      }
      whole = whole.partOf() == null ? null : byId.get(whole.partOf());
    }
    return false;
  }

  /**
   * Unless both are totals of parts, none named alike (a water bureau's two tables, of income by source and of spending by
   * project, each with its 合计 row's change): two sums of two lists.
   */
  private static boolean sameParts(Map<String, Set<String>> partsOf, Figure a, Figure b) {
    Set<String> x = a == null ? null : partsOf.get(a.id());
    Set<String> y = b == null ? null : partsOf.get(b.id());
    return x == null || y == null || !Collections.disjoint(x, y);
  }

  /** The figure itself when it totals parts, else a total of parts on its line (the 合计 row's change, beside its rate); or null. */
  private static Figure totalOfItsRow(Report r, Map<String, Set<String>> partsOf, Figure f) {
    if (partsOf.containsKey(f.id()) || r.text() == null) {
      return f;
    }
    String text = r.text();
    int lineStart = text.lastIndexOf('\n', f.evidence().start() - 1) + 1;
    int lineEnd = text.indexOf('\n', f.evidence().end());
    int end = lineEnd < 0 ? text.length() : lineEnd;
    return r.figures().stream()
        .filter(t -> partsOf.containsKey(t.id()) && t.evidence().start() >= lineStart && t.evidence().end() <= end)
        .findFirst().orElse(null);
  }

  private static String budget(String context) {
    if (context == null) {
      return null;
    }
    Matcher m = BUDGET.matcher(context);
    return m.find() ? m.group() : null;
  }

  /**
   * Whether the figure stands on the table row that gives the part its score, a cell of what the part is made of (决策\t15\t立项依据3分、
   * 目标合理性3分…\t13): no score of the part itself.
   */
  private static boolean onItsRow(Report r, Figure f, ScoreComponent c) {
    String text = r.text();
    if (text == null || c.score().evidence() == null) {
      return false;
    }
    int at = c.score().evidence().start();
    int cell = text.indexOf('\t', text.lastIndexOf('\n', at - 1) + 1);
    return cell >= 0 && cell < at && sameLine(text, f.evidence(), c.score().evidence());
  }

  private static boolean sameLine(Report r, Figure a, Figure b) {
    return sameLine(r.text(), a.evidence(), b.evidence());
  }

  private static boolean sameLine(String text, Evidence a, Evidence b) {
    if (text == null) {
      return false;
    }
    int from = Math.min(a.end(), b.end());
    int to = Math.max(a.start(), b.start());
    if (from > to) {
      return false;
    }
    // looks no further than the next line break: figures far apart are compared by the thousand
    int lineBreak = text.indexOf('\n', from);
    return lineBreak < 0 || lineBreak >= to;
  }

  private static String norm(String s) {
    if (s == null) {
      return "";
    }
    // most labels hold no blank or quote, and every figure's label is normalised here: skip the regex for them
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c <= ' ' || c == '"' || c == '“' || c == '”') {
        return LABEL_NOISE.matcher(s).replaceAll("");
      }
    }
    return s;
  }

  private static int han(String s) {
    int n = 0;
    for (int k = 0; s != null && k < s.length(); ) {
      int c = s.codePointAt(k);
      // the common ideographs need no lookup of their script
      if (c >= 0x4E00 && c <= 0x9FFF || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        n++;
      }
      k += Character.charCount(c);
    }
    return n;
  }

  static boolean isProject(Report r, String name) {
    return r.projects().stream().map(Project::name).anyMatch(name::equals);
  }
}
