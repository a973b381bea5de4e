package dev.jixiao.extract.statement;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.GradeWords;
import dev.jixiao.extract.Labels;
import dev.jixiao.extract.Quantities;
import dev.jixiao.read.Table;
import dev.jixiao.read.TableCell;
import dev.jixiao.read.TableRow;
import dev.jixiao.record.Evidence;
import dev.jixiao.record.PlainNumber;
import dev.jixiao.record.ScoreComponent;
import dev.jixiao.text.Line;
import dev.jixiao.text.Quantity;
import dev.jixiao.text.Sentence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's own score: "履职效能指标得分为49.37分,管理效率指标得分为47.00分,整体绩效自评合计得分
 * 96.37分,评价等级为"优"" gives total 96.37, components 履职效能 and 管理效率, grade 优; after
 * 其中 the components need no 得分 (综合评价得分92.5分，其中：预算执行10分，产出40分…). A total is a
 * score named as overall (合计/总/整体/综合) or a bare 自评分 of the unit; a score with a bound
 * ("总分都达到90分以上") or shared by many (均) is not the report's score. The one project a report
 * is about may be named 本项目 or 项目 alone (项目自评得分95分，其中：项目决策18分…; 项目总得分92.5分). The parts may follow in
 * a sentence of their own after the grade (…88.5分，评价等级为“良”。其中：项目决策17分…).
 */
public final class ScoreStatement implements StatementExtractor<ScoreStatement.Found> {

  /** A total score with the components and grade stated beside it. */
  public record Found(PlainNumber total, List<ScoreComponent> components, String grade, Evidence gradeEvidence) {}

  private static final Pattern TOTAL = Pattern.compile("(合计|总|综合|整体|最终|具体)[^,;。]{0,12}(得分|分数|评分|自评分|总分|自评得)$"
      + "|^(?:绩效)?(?:评价)?(自评得分|自评分|自评总分|自评|得分|评价得分|总得分|总分|自评得)$");
  /** 项目 alone right before its score's words (项目自评得分95分): the project a report is about. */
  private static final String BARE_PROJECT = "项目(?=(?:绩效)?(?:综合|整体|总体|总)?(?:自评|评价)?(?:得分|总分|自评分|分数))";
  /** The unit, the project or the fund a score is of, before its words (2024年我镇, 本单位, 本项目, 该专项资金). */
  private static final String OWNER =
      "(?:19|20)\\d{2}[ ]*年度?|本(?:次|年度?)|(?:我|本)(?:镇|乡|街道|单位|部门|局|委|办|院|所|馆|站|队|中心)|本项目|该项目|"
          // a unit named before its year (区政协机关2024年度自评89.5分)
          + "\\p{IsHan}{2,12}?(?:机关|局|委员会|委|办公室|中心)(?=(?:19|20)\\d{2}[ ]*年)|(?:本|该)专项(?:资金)?|(?:本|该)资金|" + BARE_PROJECT
          // a fund named before its score's words (生态公益林补偿资金自评得分95分, 养老资金2024年度绩效自评总分94.0分): the fund the
          // report is about
          + "|[^,;:。\\d]{2,30}?(?:资金|经费)(?=(?:(?:19|20)\\d{2}[ ]*年度?)?(?:绩效)?(?:综合|整体|总体|总)?(?:自评|评价)?(?:得分|总分|自评分))";
  private static final Pattern SUBJECT = Pattern.compile("^(?:" + OWNER + "|部门|单位)*");
  /** The same before a part's name, without 部门 and 单位 alone: they open the parts' names (部门决策, 部门管理). */
  private static final Pattern PART_SUBJECT = Pattern.compile("^(?:" + OWNER + ")*");
  /** A part named for its score: 决策指标得分, 项目过程评分, 预算编制得 (…得15分（满分20分）). */
  private static final Pattern COMPONENT = Pattern.compile("(?<name>[^,;:。\\d]{2,16}?)(?:指标)?(?:得分|评分|分数|得)$");
  /** A component's name alone, as a list after 其中 gives it: words, no figure. */
  private static final Pattern NAME_AFTER_OF_WHICH = Pattern.compile("[^,;:。\\d]{2,16}");
  /** The most a part can score, stated after it: （满分15分）, (分值20分), 权重25分. */
  private static final Pattern WEIGHT = Pattern.compile("满分|分值|权重|总分值");
  /** The same words ending a part's name before its weight (项目决策满分15分，得分14分). */
  private static final Pattern WEIGHT_WORD = Pattern.compile("(?:满分|分值|权重|总分值)(?:为|是)?$");
  /** Between a part's weight and its score: the weight's closing parenthesis, a comma or a colon, the word for its score (20分中得17分). */
  private static final Pattern WEIGHT_THEN_SCORE = Pattern.compile("\\)?[,:、]?[ ]*中?(?:实际)?(?:自评(?:得分|得|评分)?|得分|得|评分)(?:为|是)?[ ]*");
  /** A part's name before its weight in parentheses: 项目决策（20分）, 项目决策（满分20分）. */
  private static final Pattern NAME_BEFORE_PARENTHESES =
      Pattern.compile("(?<name>[^,;:。\\d()\\n]{2,16}?)\\((?:满分|分值|权重|总分值)?(?:为|是)?[ ]*$");
  /** How far either side of a score the items of its list are looked for. */
  private static final int ITEMS_REACH = 300;
  /** A score's word alone, naming nothing it is of: 得分, 自评得分, 总分. */
  private static final Pattern BARE_SCORE_WORD = Pattern.compile("(?:自评|评价)?(?:得分|总分|分数)(?:为|是)?");
  /**
   * The one project a project's report is about: its score is the report's (本项目综合得分94分); so is the score of its projects'
   * spending as a whole (柳河乡2024年度项目支出整体自评得分91.3分).
   */
  private static final Pattern THIS_PROJECT = Pattern.compile("(?:本|该|此)项目|^" + BARE_PROJECT
      + "|项目支出(?=(?:绩效)?(?:整体|总体|综合)(?:绩效)?(?:自评|评价)?(?:得分|总分|自评分|分数))");
  /** The fields of an indicator's line before its score: its name, or its weight. */
  private static final Pattern INDICATOR_LINE = Pattern.compile("指标名称[ ]*:|(?:分值|权重)[ ]*:[ ]*\\d");
  private static final Pattern GRADE = Pattern.compile("(?:等[级次](?:为|是|:)?|评定为|评为)[ ]*[\"“「]?(?<g>" + GradeWords.ALTERNATIVES + ")");
  /**
   * What may name the report's subject before its grade's words: the unit and its year (我局2023年度部门整体支出), or the fund
   * (2023年度…扶持资金); no other project (大河村道路项目自评等级 is that project's).
   */
  private static final String GRADED_SUBJECT = "(?:(?!项目)[^,;:。]){0,30}?";
  /**
   * A sentence that grades the report itself by the bands it names first: 按照…的标准，本项目自评等级为 (or 根据评分标准（…），…; 对照…的评级标准;
   * 按照90分以上为优…的评价等级，本项目自评等级为; 评分等级按90分（含）以上为“优”…确定，本项目自评等级为; 按…为差的标准，等级为).
   */
  private static final Pattern GRADED_BY_THE_BANDS =
      Pattern.compile("^[ ]*(?:(?:评定|评价|自评|评分)?等级[ ]*:?[ ]*)?(?:按照|根据|依据|对照|参照|按)[^。]{0,80}?(?:标准|规定|办法|划分|确定|(?:评价|评定)?等级)"
          + "(?:[ ]*\\((?:[^()]|\\([^()]{0,6}\\)){0,80}\\))?"
          // (or the bands listed after the standard: …等级标准，总分90（含）分以上为“优”，…，60分以下为“差”，本年度自评等级为)
          + "(?:[ ]*[,:][^。]{0,120}?为[ ]*[\"“「]?(?:" + GradeWords.ALTERNATIVES + ")[\"”」]?)?[ ]*[,，]?[ ]*"
          + "(?:(?:本|该)(?:项目|单位|部门)?(?:自评|评价|绩效|评定)*|" + GRADED_SUBJECT + "(?:自评|评价|绩效|评定)+)?等级");
  /** A sentence that opens with the report's grade, or with its subject and then the grade (…扶持资金自评等级为“优”). */
  private static final Pattern GRADE_OPENS = Pattern.compile("^[ ]*(?:(?:本|该)(?:项目|单位|部门)(?:自评|评价|绩效)*|(?:自评|评价|绩效)*|"
      + GRADED_SUBJECT + "(?:自评|评价|绩效)+)等级(?:为|是|:)");
  /** A grade that picks out others (评价等级为“优”的项目5个): no grade of the report's. */
  private static final Pattern GRADE_OF_OTHERS =
      Pattern.compile("等级(?:为|是|:)?[ ]*[\"“「]?(?:" + GradeWords.ALTERNATIVES + ")[\"”」]?的");
  /** The words of a score stated again (自评得分, 总分). */
  private static final Pattern RESTATED_SCORE = Pattern.compile("(?:得分|总分|评分)(?:为|是)?[ ]*$");
  /** A grade right after a score, in its sentence (，自评等级为良). */
  private static final Pattern GRADE_RIGHT_AFTER = Pattern.compile("[ ]*[,，]?[ ]*(?:自评|评价|绩效|综合)*(?:等级|评定为|评为)");
  /** How many sentences after its score a grade may stand, past the bands and what the points were lost for. */
  private static final int GRADE_REACH = 12;
  /** What opens a sentence of a total's parts after it: 其中, 具体为, 具体如下, 分别为, 各项指标得分如下. */
  private static final Pattern PARTS_NEXT =
      Pattern.compile("[ ]*(?:其中|具体(?:为|是|如下|情况为)|分别为|各(?:项|部分)?(?:指标)?(?:得分|评分)(?:情况)?(?:如下|分别为|为))");
  /**
   * What opens a line of a total's parts: 具体为, 分项得分：, 各部分得分情况：, 各类指标得分情况： (not 其中 alone, which in a paragraph of
   * its own may list some of the parts only).
   */
  private static final Pattern PARTS_LINE = Pattern.compile("[ ]*(?:具体(?:为|是|如下|情况为)|分项得分[ ]*:"
      + "|各(?:项|部分|类|分项)?(?:指标)?(?:得分|评分)(?:情况)?(?:如下|分别为|为)?[ ]*:)");
  /** A sum that counts the parts before it on their line (四项得分合计9.81+48+27+9=93.81分, 以上四项合计). */
  private static final Pattern COUNTED_ON_THE_LINE =
      Pattern.compile("[两二三四五六七八九十\\d]{1,2}(?:类|项|个|部分)(?:指标)?(?:得分)?(?:合计|共计|总计)");
  /** The end of a sentence that announces a list on the lines after it: 各项得分如下：. */
  private static final Pattern ANNOUNCES_LINES = Pattern.compile("(?:如下|分别为)[ ]*:$");
  /** The opening of a table's row of the sum: 合计, 总计, 总分. */
  private static final Pattern SUM_ROW = Pattern.compile("[ ]*(?:合计|总计|总分|小计)");
  /** What opens a list of a total's parts right after it, in its sentence: a colon, or 具体为 or 分别为 after a comma. */
  private static final Pattern PARTS_RIGHT_AFTER = Pattern.compile("[ ]*(?::|,[ ]*(?:具体(?:为|是|如下|情况为)|分别为)[ ]*:?)");
  /** A part's score stated after its weight (预算编制（20分）：得18.5分；): no sentence a grade is kept from its score by. */
  private static final Pattern PART_SCORED = Pattern.compile("分\\)?[:,]?[ ]*得\\d+(?:\\.\\d+)?分");
  /** The bands a grade is given by: 等级划分为, 评价等级标准, 90分及以上为. */
  private static final Pattern BANDS = Pattern.compile("等级(?:划分|标准)|\\d分(?:\\(含\\))?(?:及|\\(含\\))?以上为");
  /** How many sentences after its score a grade may stand in all, counting those that say what the points were lost for. */
  private static final int DEDUCTIONS_REACH = 40;
  private static final BigDecimal FULL_MARKS = BigDecimal.valueOf(100);
  /** How many sentences back a list of weights is looked for, past the scores' own (cut at each ；) in the paragraph. */
  private static final int SENTENCES_BACK = 12;
  /** A score a formula multiplies by (乘以分值10分, ×10分): what a part's score was reckoned from. */
  private static final Pattern FACTOR_BEFORE = Pattern.compile("(?:乘以|乘|×|\\*)[^,;:，；：]{0,4}$");
  /** Words of full marks before their 100 (总分100分, 满分为100分). */
  private static final Pattern FULL_MARKS_LABEL = Pattern.compile("(?:总分|满分)(?:值)?(?:为|是)?$");
  /** The words before points lost or summed (扣0.5分, 合计扣4.5分, 共计), which no part scored. */
  private static final Pattern LOST_OR_SUMMED = Pattern.compile("(?:扣|扣除|失分|合计|共计|总计)[ ]*$");
  /** Words of the full marks a list of weights adds up to: 合计100分, 满分100分, 共计100分 (its label 共). */
  private static final Pattern FULL_MARKS_WORDS = Pattern.compile("合计|满分|总分|共计|总计|^共$");
  /** What a list of weights before a total may say it is: 的指标体系, 的评分标准. */
  private static final Pattern SCHEME = Pattern.compile("[ ]*的?[ ]*(?:评价|绩效|自评)?(?:指标体系|评分标准|评价标准|评分办法|评分体系)");
  /** A total that counts the parts it sums: 五类指标合计, 四项合计, 以上四项共计. */
  private static final Pattern COUNTED_SUM = Pattern.compile("(?:以上|上述)?[两二三四五六七八九十\\d]{1,2}(?:类|项|个)(?:指标)?(?:合计|共计|总计)");
  /** Words that rank one among many: 最高, 最低. */
  private static final Pattern RANKED = Pattern.compile("最高|最低|最好|最差");
  /** A sum named alone (合计92.5分), the report's score where its sentence announces scores or weighs its parts. */
  private static final Pattern BARE_SUM = Pattern.compile("^(?:合计|总计|共计)(?:为|得)?$");
  /** What makes a score a band's bound, not a score (总分90分及以上为“优”, 80分（含）至90分, 60分以下). */
  /** A band's grade right after its bound (90分为良, 60分以下为差 is {@link #BAND_BOUND}'s). */
  private static final Pattern BAND_GRADE = Pattern.compile("[ ]*为[ ]*[\"“「]?(?:" + GradeWords.ALTERNATIVES + ")");
  private static final Pattern BAND_BOUND = Pattern.compile("[ ]*(?:\\(含\\))?[ ]*(?:及以上|以上|以下|至|-|—|~)");
  /** What announces the scores a sentence lists, at its opening or after the scheme it scores by: 本年度自评分数：, 得分情况为：. */
  private static final Pattern ANNOUNCEMENT = Pattern.compile("(?:得分|分数|评分|自评分|(?:自评|评价)结果)(?:情况)?(?:如下|为)?[ ]*[:：]"
      // or the scores given the parts named before, in turn (…四类指标，分别为20分、…，自评得分分别为19分、27.5分…，合计92.5分)
      + "|(?:得分|评分)分别为");
  /** Names joined by 、 (投入、过程、产出、效益四类指标): the parts a sentence names before it gives their weights in turn. */
  private static final Pattern NAMES_IN_TURN = Pattern.compile("(\\p{IsHan}{2,12}(?:、\\p{IsHan}{2,12})+)");
  /** Words that open a list of parts' names, before the first: 采用, 设, 包括, 分为, 按, 指标分. */
  private static final Pattern OPENING_WORDS = Pattern.compile("^.*(?:采用|设置|设|包括|分为|按照|按|指标分)");
  /** A part's weight in parentheses after its name (决策（15分）、过程（25分）…), which parts the names. */
  private static final Pattern WEIGHT_IN_PARENTHESES = Pattern.compile("\\([ ]*\\d+(?:\\.\\d+)?[ ]*分[ ]*\\)");
  /** 分别 right before the first weight: what follows is of the parts named, in turn. */
  private static final Pattern RESPECTIVELY = Pattern.compile("分别(?:为|是|得)?[ ]*$");
  /** A count of the parts' kinds after the last name (四类指标, 四个一级指标): no part of the name. */
  private static final Pattern COUNT_OF_KINDS =
      Pattern.compile("[两二三四五六七八九十\\d]{1,2}(?:类|个|项|部分)(?:一级|二级)?(?:指标)?(?:的)?(?:权重|分值|满分)?$");
  /** What a part's bare name ends with, which is no part of the name (决策类指标 is 决策). */
  private static final Pattern INDICATOR_WORDS = Pattern.compile("类?指标$");
  /** A verb between a part's name and its weight: 产出指标占50分, 效益指标为30分. */
  private static final Pattern WEIGHT_VERB = Pattern.compile("(?:占|为|计)$");

  /**
   * Whether 自评 alone with the grade right after it (自评91.5分，评定为“优”) is a score: in a project's own entry, whose subject
   * the project is; not in the report's prose, where it may be a project's whose entry was not read.
   */
  private final boolean gradedSelfEvaluation;
  /** The report's title (normalised), whose project named before a score is the report's subject; null where none is known. */
  private final String title;

  /** The score statements of a report's prose. */
  public ScoreStatement() {
    this(false, null);
  }

  private ScoreStatement(boolean gradedSelfEvaluation, String title) {
    this.gradedSelfEvaluation = gradedSelfEvaluation;
    this.title = title;
  }

  /** These statements for a report of this title (normalised; null where the report has none). */
  public ScoreStatement aboutTheReportTitled(String reportTitle) {
    return new ScoreStatement(gradedSelfEvaluation, reportTitle);
  }

  /**
   * The project the words name before their score's, where the report's title names it too (培训经费项目得分94.00分 in
   * …干部教育培训经费项目支出绩效自评报告): the report's subject, no other project; else null.
   */
  private String titlesProject(String words) {
    if (title == null) {
      return null;
    }
    Matcher named = NAMED_PROJECT.matcher(words);
    // (or by the short name the report gives it, which keeps the title's words in order: 冷藏保鲜项目 of …冷藏保鲜设施建设补助项目…)
    if (!named.find()) {
      // a fund named as the title names it at its two ends (人才安居补贴 in …人才公寓租赁补贴资金绩效自评报告): the report's own
      Matcher fund = NAMED_FUND.matcher(words);
      return fund.find() && fund.group(1).length() >= 4 && title.contains(fund.group(1).substring(0, 2))
          && title.contains(fund.group(1).substring(fund.group(1).length() - 2)) ? fund.group(1) : null;
    }
    // (or the title's words without 项目, past the year's: 2023年度婚姻登记和收养登记工作经费项目得分 in …工作经费绩效自评报告)
    String core = YEAR_WORDS.matcher(named.group(1)).replaceFirst("");
    core = core.endsWith("项目") ? core.substring(0, core.length() - 2) : core;
    return title.contains(named.group(1)) || Labels.abbreviates(named.group(1), title, 2) || core.length() >= 4 && title.contains(core)
        ? named.group(1) : null;
  }

  /** A fund's name before its score's words (人才安居补贴绩效自评得分), which a project's may be too. */
  private static final Pattern NAMED_FUND =
      Pattern.compile("(\\p{IsHan}{2,16}?(?:资金|经费|补贴|补助|奖补))(?:绩效)?(?:自评)?(?:综合|总)?(?:得分|总分|评分)");

  /** The words of a year a project's name may open with, its digits before the label: 年度, 年. */
  private static final Pattern YEAR_WORDS = Pattern.compile("^年度?");

  /** The name of a project or a fund before its score's words, as the title would hold it (培训经费项目; 宣传专项, its year after it). */
  private static final Pattern NAMED_PROJECT =
      Pattern.compile("(\\p{IsHan}{2,20}(?:项目|专项))(?:\\d{4}年度?)?(?:支出)?(?:绩效)?(?:自评)?(?:综合|总)?(?:得分|总分|评分)");

  /** The score statements of a project's own entry among several, where 自评 alone, graded, is the project's score. */
  public static ScoreStatement ofAProjectsEntry() {
    return new ScoreStatement(true, null);
  }

  @Override
  public List<Found> extract(DocumentView v, Sentence s) {
    List<Quantity> scores = v.quantitiesIn(s.start(), s.end()).stream().filter(q -> q.kind() == Quantity.Kind.SCORE).toList();
    for (int i = 0; i < scores.size(); i++) {
      Quantity q = scores.get(i);
      String raw = Labels.rawBefore(v, q).normalized();
      String label = Labels.before(v, q).normalized();
      // a project's score is not the report's, but the one project a report is about (本项目) is its subject
      String titlesProject = titlesProject(label);
      boolean otherProjects = raw.contains("项目") && !THIS_PROJECT.matcher(raw).find() && titlesProject == null;
      // the title's project named is the report's subject, as 本项目 would be
      label = titlesProject == null ? label : label.substring(label.indexOf(titlesProject) + titlesProject.length());
      // a sum named alone is the total where the sentence announces the scores before it, at its opening (本年度自评分数：决策类指标
      // 18分，…，合计92.5分) or after the scheme it scores by (按决策20分、…的指标体系逐项打分，本项目得分情况为：决策19分，…，合计92.5分;
      // the parts are those after the announcement), or after parts each weighed and then scored (本次自评决策20分得19分，…，合计92.5分)
      int announcedAt = announcementEnd(v, s, q);
      // (or one that counts what it sums, 四项合计94分, after its parts weighed and scored in the sentences or lines before it)
      boolean counted = COUNTED_SUM.matcher(label).matches();
      boolean total = isTotal(label) || gradedSelfEvaluation && gradedRightAfter(label, v.normalized(q.end(), s.end()))
          || (BARE_SUM.matcher(label).matches() || counted) && (announcedAt >= 0
              || weighedParts(v, scores.subList(0, i)) + weighedParts(v, listedBefore(v, s, counted)) >= 2);
      // the best or the worst of the projects (自评得分最高的为大河村道路硬化项目，得分98分) is one project's
      boolean ranked = RANKED.matcher(v.normalized(s.start(), q.start())).find();
      if (q.op() != null || raw.contains("均") || raw.contains("都") || otherProjects || ranked || !total || indicatorsScore(v, q)
          || oneOfSeveralAlike(v, q, label)
          || fullMarksBefore(v, scores, i) || fullMarksOfTheWeights(v, scores, i)
          || BAND_BOUND.matcher(v.normalized(q.end(), s.end())).lookingAt()) {
        continue;
      }
      // components stand before the total ("A得分x分，B得分y分，合计得分z分") or after it, introduced by 其中
      // (not the bands the sentence grades by before it: 按照“综合得分90分（含）以上为优、…”的等级划分标准，本项目自评得分为94.5分)
      List<Quantity> parts = new ArrayList<>(
          scores.subList(0, i).stream().filter(p -> p.start() >= announcedAt && !aBandsBound(v, p, s)).toList());
      String after = v.normalized(q.end(), s.end());
      if (after.contains("其中") || PARTS_RIGHT_AFTER.matcher(after).lookingAt() && i + 1 < scores.size()) {
        // or after a colon (本次自评得分88.5分：决策指标15分，得14分；…; 本项目自评得分94.81分，具体为：决策指标20分，…)
        parts.addAll(scores.subList(i + 1, scores.size()).stream()
            .filter(p -> !ofAPartsOwnParts(v.text(), p) && !lostOrSummed(v, p) && !aBandsBound(v, p, s)).toList());
        parts.addAll(continuedAfter(v, s).stream().filter(p -> !ofAPartsOwnParts(v.text(), p)).toList());
      } else if (i + 1 == scores.size() || inParenthesesAfter(v.text(), scores.subList(i + 1, scores.size()), q.end(), s.end())) {
        // …88.5分，评价等级为“良”。其中：项目决策17分，…; past the bands in parentheses after the grade (等级为"优"（90分以上为优，…）)
        parts.addAll(inTheNextSentence(v, s));
        if (parts.isEmpty()) {
          parts.addAll(onTheLinesAfter(v, s));
        }
      }
      List<ScoreComponent> components = components(v, q, parts, announcedAt >= 0);
      if (components.isEmpty()) {
        // scores given in turn to the parts named first (…四类指标分别为20分、…，自评得分分别为19分、…，合计92.5分)
        components = givenInTurn(v, s, scores.subList(0, i));
      }
      Sentence next = v.sentenceAt(s.end() + 1);
      if (components.isEmpty() && i + 1 == scores.size() && next != null && next.line() == s.line()) {
        // or in the sentence right after the total's (…综合得分89.5分，等级为“良”。决策（15分）、…四项指标分别得14分、23分、…)
        components = givenInTurn(v, next, scoresIn(v, next).stream().filter(p -> !scoredByNoPart(v, p, next.start())).toList());
      }
      if (components.isEmpty()) {
        components = onTheNextLineAddingUp(v, s, q);
      }
      if (components.isEmpty()) {
        // 项目决策满分20分，得19分；…；项目效益满分20分，得17.5分；四项合计满分100分，自评得分93分: the parts listed before its sentence
        components = components(v, q, partsListedBefore(v, s, COUNTED_SUM.matcher(raw).find()), announcedAt >= 0);
      }
      // the scheme's weights stand before the announcement, where there is one in the sentence
      List<Quantity> beforeTheParts = announcedAt > s.start()
          ? scores.subList(0, i).stream().filter(p -> p.start() < announcedAt).toList() : scores.subList(0, i);
      Map<String, Quantity> weights = weightsBeforeTheTotal(v, s, beforeTheParts);
      weightsOfTheSentenceBefore(v, s).forEach(weights::putIfAbsent);
      components = withTheirWeights(v, components, weights);
      Found found = new Found(Quantities.number(v, q), components, null, null);
      Matcher g = GRADE.matcher(v.text()).region(q.end(), gradeSearchEnd(v, s, q.value()));
      if (g.find()) {
        return List.of(graded(v, found, g));
      }
      // or the grade first, the score after it in its sentence (本院2024年度部门整体支出绩效等级为“良”，自评得分88分)
      g = GRADE.matcher(v.text()).region(s.start(), q.start());
      boolean before = g.find() && !GRADE_OF_OTHERS.matcher(v.text()).region(g.start(), q.start()).lookingAt();
      return List.of(before ? graded(v, found, g) : found);
    }
    return List.of();
  }

  /**
   * Whether no part scored the points, among the parts after a total: lost or summed (共扣11.5分, 合计扣7.00分), or a factor its formula
   * multiplies by (预算执行率得9.43分（按执行率94.33%乘以分值10分计算）), reading the words back to {@code from} at most.
   */
  private static boolean scoredByNoPart(DocumentView v, Quantity p, int from) {
    return lostOrSummed(v, p) || FACTOR_BEFORE.matcher(v.normalized(Math.max(from, p.start() - 6), p.start())).find();
  }

  /** Whether a score bounds a grade's band (…等级为“良”（评分等级：90分及以上为优，80（含）—90分为良…）): no part's. */
  private static boolean aBandsBound(DocumentView v, Quantity p, Sentence s) {
    String after = v.normalized(p.end(), s.end());
    return BAND_BOUND.matcher(after).lookingAt() || BAND_GRADE.matcher(after).lookingAt();
  }

  /** Whether a sign of comparison stands right beside the score (得分≥90分, 80分≤得分): a band's bound, written as a formula. */
  private static boolean comparedWith(DocumentView v, Quantity q) {
    String before = v.normalized(Math.max(0, q.start() - 2), q.start()).strip();
    String after = v.normalized(q.end(), Math.min(v.text().length(), q.end() + 2)).strip();
    return !before.isEmpty() && COMPARISON_SIGNS.indexOf(before.charAt(before.length() - 1)) >= 0
        || !after.isEmpty() && COMPARISON_SIGNS.indexOf(after.charAt(0)) >= 0;
  }

  /** Signs that compare, half- and full-width. */
  private static final String COMPARISON_SIGNS = "≥≤<>＜＞≧≦";

  /** Whether the points are lost or a sum (…，满意度指标得14.5分，合计扣4.5分), after the parts the total is made of. */
  private static boolean lostOrSummed(DocumentView v, Quantity p) {
    return LOST_OR_SUMMED.matcher(v.normalized(Math.max(0, p.start() - 4), p.start())).find();
  }

  /** The parts of the total q among the scores {@code parts}: each named as a part, or weighed and then scored. */
  private static List<ScoreComponent> components(DocumentView v, Quantity q, List<Quantity> parts, boolean announced) {
    List<ScoreComponent> components = new ArrayList<>();
    for (int k = 0; k < parts.size(); k++) {
      Quantity c = parts.get(k);
      String name = componentLabel(v, c);
      if (name.contains("分别")) {
        continue; // scores given in turn (自评得分分别为19分、27.5分…) name no part: the names stand before, apart from them
      }
      Matcher m = COMPONENT.matcher(name);
      String weighed = k + 1 < parts.size() ? partWeighedBefore(v, c, parts.get(k + 1)) : null;
      if (weighed != null) {
        // 项目决策15分，得分14分; 项目决策（20分）得19分: the part's weight, then its score
        components.add(new ScoreComponent(weighed, Quantities.number(v, parts.get(k + 1)), Quantities.number(v, c), null));
        k++;
      } else if (c.op() == null && WEIGHT.matcher(name).matches() && !components.isEmpty()) {
        // 决策指标得分14分（满分15分）: the most the part before can score
        ScoreComponent last = components.remove(components.size() - 1);
        components.add(new ScoreComponent(last.name(), last.score(), Quantities.number(v, c), null));
      } else if (c.op() == null && m.find()) {
        components.add(new ScoreComponent(m.group("name"), Quantities.number(v, c)));
      } else if (c.op() == null && (c.start() > q.end() || announced) && NAME_AFTER_OF_WHICH.matcher(name).matches()) {
        // after 其中 a part's name alone says it is the total's (其中：预算执行10分，产出40分), and so does an opening announcing scores
        String bare = INDICATOR_WORDS.matcher(name).replaceFirst("");
        components.add(new ScoreComponent(bare.length() >= 2 ? bare : name, Quantities.number(v, c)));
      }
    }
    return components;
  }

  /**
   * The grade may follow in the next sentence ("…43.5分。等级为“优”。"), on the same line, or on the
   * next one when the line broke the sentence at a comma ("…合计得分96.37分，" / "评价等级为"优"。"),
   * as OCR leaves a paragraph it could not put together.
   */
  private static int gradeSearchEnd(DocumentView v, Sentence s, BigDecimal score) {
    Sentence next = v.sentenceAt(s.end() + 1);
    String sentence = v.normalized(s.start(), s.end()).stripTrailing();
    boolean unfinished = sentence.endsWith(",") || sentence.endsWith("、");
    // (not the bands alone after the score, 等级划分为：90分（含）以上为优，…, which a sentence after them grades by)
    String nextText = next == null ? "" : v.normalized(next.start(), next.end());
    if (next != null && (next.line() == s.line() || unfinished && next.line() == s.line() + 1)
        && nextText.matches("^(评价|自评|绩效)?等级.*") && (!BANDS.matcher(nextText).find() || GRADE.matcher(nextText).find())) {
      return next.end();
    }
    // or a sentence after it may say it, past the bands and what the points were lost for (…合计得分89.5分。 / 扣分说明：…。 /
    // 自评等级：良。), by the bands it was graded on (按照90分（含）以上为“优”…的标准，本项目自评等级为“良”。) or naming the subject
    // graded (2023年度…扶持资金自评等级为“优”。). What the points were lost for, and the parts' scores, may run over many lines
    // and sentences: they count against neither reach.
    Sentence after = v.sentenceFrom(s.end());
    int freeLines = 0;
    int lastFreeLine = -1;
    int lastLine = s.line();
    for (int k = 0, seen = 0; k < GRADE_REACH && seen < DEDUCTIONS_REACH && after != null; seen++) {
      // blank lines between blocks (the table, the deductions, the grade) count against no reach either
      for (int line = lastLine + 1; line < after.line(); line++) {
        freeLines += v.lines().get(line).isBlank() ? 1 : 0;
      }
      lastLine = Math.max(lastLine, after.line());
      if (after.line() - s.line() - freeLines > 3 || v.lines().get(after.line()).isHeading()) {
        break;
      }
      String text = v.normalized(after.start(), after.end());
      boolean graded = GRADED_BY_THE_BANDS.matcher(text).lookingAt() || GRADE_OPENS.matcher(text).lookingAt()
          || restatedAndGraded(v, after, score);
      if (graded && !GRADE_OF_OTHERS.matcher(text).find()) {
        return after.end();
      }
      if (text.contains("等级") && !BANDS.matcher(text).find()) {
        break; // a grade of something else (其中等级为“优”的项目10个), not the bands (评价等级划分为：90分及以上为“优”，…)
      }
      if (text.contains("扣") || text.indexOf('|') >= 0 || PART_SCORED.matcher(text).find() || onATableRow(v, after.start())) {
        if (after.line() != lastFreeLine && after.line() != s.line()) {
          freeLines++;
          lastFreeLine = after.line();
        }
      } else {
        k++;
      }
      after = v.sentenceFrom(after.end());
    }
    return s.end();
  }

  /**
   * Whether the sentence states the score again and then grades it (…的标准。我局2024年度部门整体支出自评得分88.5分，自评等级为良。), its
   * subject no project but the report's.
   */
  private static boolean restatedAndGraded(DocumentView v, Sentence s, BigDecimal score) {
    for (Quantity q : scoresIn(v, s)) {
      String before = v.normalized(s.start(), q.start());
      // the report's own project may be named (按照…的标准，本项目自评得分94分，等级为“优”), no other
      boolean otherProject = before.contains("项目") && !THIS_PROJECT.matcher(before).find();
      if (q.value().compareTo(score) == 0 && q.op() == null && !otherProject && RESTATED_SCORE.matcher(before).find()) {
        String after = v.normalized(q.end(), s.end());
        return GRADE_RIGHT_AFTER.matcher(after).lookingAt() && !GRADE_OF_OTHERS.matcher(after).find();
      }
    }
    return false;
  }

  /** Whether the text at pos is one of a table's rows (评价指标  分值  得分 / 投入  20  18): the parts' scores, laid out. */
  private static boolean onATableRow(DocumentView v, int pos) {
    for (Table t : v.document().tables()) {
      for (TableRow r : t.rows()) {
        List<TableCell> cells = r.cells();
        if (!cells.isEmpty() && cells.get(0).start() <= pos && pos < cells.get(cells.size() - 1).end()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The score read elsewhere (a table's 合计 row) with the report's grade as a sentence after it states it, looked for as after a
   * score stated in prose (…合计 100 94⏎扣分说明…。按照…的标准，自评等级为“优”。); the score as it was when none does.
   */
  public static Found gradedAfter(DocumentView v, Found found) {
    if (found.grade() != null || found.total() == null || found.total().evidence() == null) {
      return found;
    }
    int end = found.total().evidence().end();
    Sentence s = v.sentenceAt(Math.max(0, end - 1));
    if (s == null) {
      return found;
    }
    Matcher g = GRADE.matcher(v.text()).region(end, Math.max(end, gradeSearchEnd(v, s, found.total().value())));
    return g.find() ? graded(v, found, g) : found;
  }

  /** The score with the grade a match of {@link #GRADE} found, and its evidence. */
  private static Found graded(DocumentView v, Found found, Matcher g) {
    return new Found(found.total(), found.components(), g.group("g"), v.evidence(g.start("g"), g.end("g")));
  }

  /** Whether the scores all stand in one pair of parentheses between {@code from} and {@code end} (the bands after a grade). */
  private static boolean inParenthesesAfter(String text, List<Quantity> scores, int from, int end) {
    String after = text.substring(from, end);
    int open = Math.max(after.indexOf('('), after.indexOf('（'));
    int close = Math.max(after.lastIndexOf(')'), after.lastIndexOf('）'));
    return open >= 0 && close > open && scores.stream().allMatch(p -> p.start() - from > open && p.end() - from <= close);
  }

  /**
   * The scores of the sentence after, on the same line, when it opens with 其中 or 具体为: the parts of a total
   * whose sentence the grade ended (项目自评得分88.5分，评价等级为“良”。其中：项目决策17分，项目过程17.5分…; 自评得分92.5分。具体为：
   * 投入20分，得18.5分；…).
   */
  private static List<Quantity> inTheNextSentence(DocumentView v, Sentence s) {
    Sentence next = v.sentenceAt(s.end() + 1);
    if (next == null || next.line() != s.line() || !PARTS_NEXT.matcher(v.normalized(next.start(), next.end())).lookingAt()) {
      return List.of();
    }
    List<Quantity> parts = new ArrayList<>(scoresIn(v, next));
    parts.addAll(continuedAfter(v, next));
    parts.removeIf(p -> scoredByNoPart(v, p, next.start()));
    return parts;
  }

  /**
   * The scores on the lines after a total whose sentence announces them (…自评得分94分，各项得分如下：⏎预算编制  分值15分  得14分⏎…), one
   * part a line, up to a blank line, a heading, a line of no score or the sum's row (合计  分值100分  得94分).
   */
  private static List<Quantity> onTheLinesAfter(DocumentView v, Sentence s) {
    List<Quantity> parts = new ArrayList<>();
    if (!ANNOUNCES_LINES.matcher(v.normalized(s.start(), s.end()).stripTrailing()).find()) {
      return parts;
    }
    for (int k = s.line() + 1; k < v.lines().size(); k++) {
      Line line = v.lines().get(k);
      List<Quantity> scores = line.isBlank() || line.isHeading() ? List.of()
          : v.quantitiesIn(line.contentStart(), line.contentEnd()).stream().filter(q -> q.kind() == Quantity.Kind.SCORE).toList();
      if (scores.isEmpty() || SUM_ROW.matcher(v.normalized(line.contentStart(), scores.get(0).start())).lookingAt()) {
        break;
      }
      parts.addAll(scores);
    }
    return parts;
  }

  /**
   * The parts listed before the total's sentence {@code s}: as {@link #listedBefore}, and past a full stop also where the
   * total counts nothing but the sentence before lists parts each weighed and then scored (决策指标20分，得19分；…；效益指标20分，
   * 得19分。自评总分95.5分。), a list no other total's parts are written as.
   */
  private static List<Quantity> partsListedBefore(DocumentView v, Sentence s, boolean counted) {
    List<Quantity> parts = listedBefore(v, s, counted);
    if (counted || !parts.isEmpty()) {
      return parts;
    }
    // without a part's own parts (过程指标25分，得23.5分，其中预算执行率10分得9.7分、…；)
    List<Quantity> pastTheStop = listedBefore(v, s, true).stream().filter(q -> !partOfAPart(v, q)).toList();
    return weighedParts(v, pastTheStop) >= 2 ? pastTheStop : parts;
  }

  /**
   * Whether the score q stands in parentheses that open with 其中: one of a part's own parts (过程指标20分，得18.31分（其中预算执行率10分，
   * 按10分×93.09%计得9.31分，…）).
   */
  private static boolean ofAPartsOwnParts(String text, Quantity q) {
    int depth = 0;
    for (int k = q.start() - 1; k >= 0 && text.charAt(k) != '\n'; k--) {
      char c = text.charAt(k);
      if (c == ')' || c == '）') {
        depth++;
      } else if ((c == '(' || c == '（') && depth-- == 0) {
        return text.startsWith("其中", k + 1);
      }
    }
    return false;
  }

  /** Whether the score q is listed after 其中 in its clause: one of the parts of the part the clause is of. */
  private static boolean partOfAPart(DocumentView v, Quantity q) {
    String before = v.normalized(Math.min(q.start(), v.layout().lineAt(q.start()).contentStart()), q.start());
    int clause = Math.max(before.lastIndexOf(';'), Math.max(before.lastIndexOf('。'), before.lastIndexOf(':')));
    return before.substring(clause + 1).contains("其中");
  }

  /**
   * The scores of the sentences before {@code s} on its line that end with a semicolon, as they come: the parts listed
   * before a total that states none in its own sentence (项目决策满分20分，得19分；…；四项合计满分100分，自评得分93分), and past
   * a full stop when the total counts what it sums ({@code counted}: …过程指标满分15分，得14分。五类指标合计得分93.5分).
   */
  private static List<Quantity> listedBefore(DocumentView v, Sentence s, boolean counted) {
    List<Quantity> scores = new ArrayList<>();
    Sentence at = s;
    while (at.start() > 0) {
      Sentence before = v.sentenceBefore(at);
      String ending = before == null ? "" : v.normalized(before.start(), before.end()).stripTrailing();
      // a total that counts what it sums (五类指标合计得分93.5分) may sum the sentence before it
      boolean listEnds = ending.endsWith(";") || counted && at == s && ending.endsWith("。");
      // a total that counts what it sums may sum the lines right before it, one part each (项目决策（20分）：得18分，…；⏎…⏎以上四项合计93.5分)
      boolean sameLine = before != null && (before.line() == at.line() || counted && before.line() == at.line() - 1);
      if (before == null || !sameLine || before.end() > at.start() || !listEnds) {
        break;
      }
      scores.addAll(0, scoresIn(v, before));
      at = before;
    }
    return scores;
  }

  /**
   * The scores of the sentences that go on after {@code s} past a semicolon, on its line: a list of parts
   * after 其中 that semicolons separate (其中：项目决策15分，得分14分；项目过程25分，得分23.5分；…).
   */
  private static List<Quantity> continuedAfter(DocumentView v, Sentence s) {
    List<Quantity> scores = new ArrayList<>();
    Sentence at = s;
    while (v.normalized(at.start(), at.end()).stripTrailing().endsWith(";")) {
      Sentence next = v.sentenceAt(at.end() + 1);
      if (next == null || next.line() != at.line() || next.start() < at.end()) {
        break;
      }
      scores.addAll(scoresIn(v, next));
      at = next;
    }
    return scores;
  }

  /**
   * The parts on the line right after the total's: where the line opens by saying they are (分项得分：决策9分，…; 各部分得分情况：…),
   * counts them in a sum (…；满意度指标得分9分。四项得分合计…) or weighs each so that the weights make full
   * marks (产出指标权重50分，得41.5分；效益指标权重30分，得24.5分；满意度指标权重20分，得13分), as they stand, for the checks to add
   * up; else only their sum tells them for the total's parts, and none where they do not add up.
   */
  private static List<ScoreComponent> onTheNextLineAddingUp(DocumentView v, Sentence s, Quantity total) {
    Line own = v.layout().lineAt(s.start());
    int next = own.index() + 1;
    // (a line that ends inside its sentence goes on in the next, which is no list of its own: …其中：产出⏎指标50分，得45.5分…)
    String ownText = v.text().substring(own.contentStart(), own.contentEnd());
    if (next >= v.lines().size() || v.lines().get(next).isBlank() || v.lines().get(next).isHeading() || !ownText.endsWith("。")) {
      return List.of();
    }
    Line line = v.lines().get(next);
    List<Quantity> scores = v.quantitiesIn(line.contentStart(), line.contentEnd()).stream()
        .filter(p -> p.kind() == Quantity.Kind.SCORE && p.op() == null && !scoredByNoPart(v, p, line.contentStart())).toList();
    List<ScoreComponent> parts = components(v, total, scores, false);
    BigDecimal sum = parts.stream().map(c -> c.score().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
    String text = v.normalized(line.contentStart(), line.contentEnd());
    boolean told = PARTS_LINE.matcher(text).lookingAt() || COUNTED_ON_THE_LINE.matcher(text).find() || weighedToFullMarks(parts);
    return parts.size() >= 2 && (told || sum.compareTo(total.value()) == 0) ? parts : List.of();
  }

  /** Whether each part states its weight, and the weights make full marks: the whole's parts, all of them, by their own words. */
  private static boolean weighedToFullMarks(List<ScoreComponent> parts) {
    return parts.stream().allMatch(c -> c.weight() != null)
        && parts.stream().map(c -> c.weight().value()).reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(FULL_MARKS) == 0;
  }

  private static List<Quantity> scoresIn(DocumentView v, Sentence s) {
    return v.quantitiesIn(s.start(), s.end()).stream().filter(q -> q.kind() == Quantity.Kind.SCORE).toList();
  }

  /** How many parts among {@code scores} are stated as a weight and then a score (决策20分得19分). */
  private static int weighedParts(DocumentView v, List<Quantity> scores) {
    int n = 0;
    for (int k = 0; k + 1 < scores.size(); k++) {
      if (partWeighedBefore(v, scores.get(k), scores.get(k + 1)) != null) {
        n++;
        k++;
      }
    }
    return n;
  }

  /**
   * The name of the part whose weight {@code weight} is when {@code score} is the part's score right after it
   * (项目决策15分，得分14分; 项目决策（20分）得19分; 项目决策（满分20分），得分19分), else null.
   */
  private static String partWeighedBefore(DocumentView v, Quantity weight, Quantity score) {
    if (weight.op() != null || score.op() != null || !WEIGHT_THEN_SCORE.matcher(v.normalized(weight.end(), score.start())).matches()) {
      return null;
    }
    Matcher inParentheses = NAME_BEFORE_PARENTHESES.matcher(v.normalized(Math.max(0, weight.start() - 24), weight.start()));
    String name = inParentheses.find() ? inParentheses.group("name").replaceFirst("^其中", "")
        : WEIGHT_WORD.matcher(componentLabel(v, weight)).replaceFirst("").strip();
    return NAME_AFTER_OF_WHICH.matcher(name).matches() && !COMPONENT.matcher(name).find() ? name : null;
  }

  /**
   * The weights a sentence lists in parentheses before its total (按照评价指标体系（决策20分、过程20分、产出40分、效益20分），
   * 本项目自评总分78.50分，其中：决策17.00分…), or as the scheme it scores by (按决策20分、…、效益20分的指标体系自评), by the
   * part's name: the most each part can score, not its score.
   */
  private static Map<String, Quantity> weightsBeforeTheTotal(DocumentView v, Sentence s, List<Quantity> before) {
    Map<String, Quantity> weights = new HashMap<>();
    int last = before.isEmpty() ? s.start() : before.get(before.size() - 1).end();
    // or named as the scheme the scores follow (按决策20分、过程20分、产出40分、效益20分的指标体系自评，本项目总分88.5分，其中：…)
    boolean scheme = !before.isEmpty() && SCHEME.matcher(v.text()).region(last, s.end()).lookingAt();
    for (Quantity c : before) {
      String opening = v.normalized(s.start(), c.start());
      boolean inside = scheme || opening.lastIndexOf('(') > opening.lastIndexOf(')');
      // the label may keep 照 of the 按照 that opens the list
      String name = INDICATOR_WORDS.matcher(componentLabel(v, c)).replaceFirst("").replaceFirst("^(?:按照|按|照|根据|依据)", "");
      if (inside && c.op() == null && NAME_AFTER_OF_WHICH.matcher(name).matches()) {
        weights.putIfAbsent(name, c);
      }
    }
    return weights;
  }

  /**
   * The weights one of the sentences before lists, as their sum to full marks, stated or not, says they are (预算执行率10分、产出指标
   * 50分、效益指标30分、满意度指标10分，合计100分。 / 自评总分88.63分，其中：预算执行率得9.63分…), by the part's name: the nearest such
   * sentence of the total's paragraph or the line before, as the scores may take sentences of their own between (…满意度指标10分。
   * 自评得分如下：预算执行率得9.96分；…；满意度指标得9.50分。四项合计自评得分88.96分。).
   */
  private static Map<String, Quantity> weightsOfTheSentenceBefore(DocumentView v, Sentence s) {
    Sentence before = s;
    for (int k = 0; k < SENTENCES_BACK; k++) {
      before = v.sentenceBefore(before);
      // (in the paragraph before too, or one further up the same section: 满分100分，其中预算执行率10分、…。⏎等级划分标准为：…⏎经自评，…)
      if (before == null || before.end() > s.start() || headingBetween(v, before.line(), s.line())) {
        break;
      }
      // (not the bands stated after the weights in that sentence: …设置权重，评价等级按照“优（得分≥90分）、良（80分≤得分＜90分）…”)
      Sentence weighing = before;
      List<Quantity> listed = scoresIn(v, before).stream().filter(q -> !aBandsBound(v, q, weighing) && !comparedWith(v, q)).toList();
      // the sum stated (…，合计100分), or the parts alone adding up to full marks (采用百分制，其中预算执行率10分、…满意度指标10分)
      boolean toFullMarks = listed.stream().anyMatch(q -> q.value().compareTo(FULL_MARKS) == 0
          && FULL_MARKS_WORDS.matcher(Labels.before(v, q).normalized()).find())
          || listed.size() >= 2 && listed.stream().map(Quantity::value).reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(FULL_MARKS) == 0;
      if (toFullMarks) {
        Map<String, Quantity> weights = respectively(v, before, listed);
        boolean inTurn = !weights.isEmpty();
        for (Quantity c : listed) {
          // (its verb aside: 产出指标占50分)
          String name = INDICATOR_WORDS.matcher(WEIGHT_VERB.matcher(componentLabel(v, c)).replaceFirst("")).replaceFirst("");
          if (!inTurn && c.op() == null && c.value().compareTo(FULL_MARKS) < 0 && NAME_AFTER_OF_WHICH.matcher(name).matches()) {
            weights.putIfAbsent(name, c);
          }
        }
        return weights;
      }
    }
    return new HashMap<>();
  }

  /** Whether a heading opens a line after {@code from} up to {@code to}. */
  private static boolean headingBetween(DocumentView v, int from, int to) {
    for (int line = from + 1; line <= to && line < v.lines().size(); line++) {
      if (v.lines().get(line).isHeading()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The parts a sentence names first, with the scores it then gives them in turn after 分别 (投入、过程、产出、效益四类指标，分别为20分、
   * 30分、30分、20分，自评得分分别为19分、27.5分、28.5分、17.5分), and the weights in turn before them where it gives those too; empty
   * where it gives no scores so.
   */
  private static List<ScoreComponent> givenInTurn(DocumentView v, Sentence s, List<Quantity> before) {
    List<List<Quantity>> runs = new ArrayList<>();
    String text = v.text();
    for (Quantity q : before) {
      String gap = v.normalized(runs.isEmpty() ? s.start() : last(runs).get(last(runs).size() - 1).end(), q.start());
      if (gap.contains("分别")) {
        runs.add(new ArrayList<>());
      }
      if (!runs.isEmpty()) {
        last(runs).add(q);
      }
    }
    List<ScoreComponent> out = new ArrayList<>();
    if (runs.isEmpty() || last(runs).size() < 2 || text == null) {
      return out;
    }
    Map<String, Quantity> scored = respectively(v, s, last(runs));
    Map<String, Quantity> weights = runs.size() >= 2 ? respectively(v, s, runs.get(runs.size() - 2)) : Map.of();
    scored.forEach((name, score) -> out.add(new ScoreComponent(name, Quantities.number(v, score),
        weights.containsKey(name) ? Quantities.number(v, weights.get(name)) : null, null)));
    return out;
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }

  /**
   * The weights a sentence gives the parts it names first, in turn (投入、过程、产出、效益四类指标分别为20分、30分、30分、20分; 设投入、…、效益
   * 四个一级指标，分值分别为…), by the part's name; empty where it names them otherwise, or names more or fewer parts than it gives
   * weights.
   */
  private static Map<String, Quantity> respectively(DocumentView v, Sentence s, List<Quantity> listed) {
    List<Quantity> weights = listed.stream().filter(q -> q.op() == null && q.value().compareTo(FULL_MARKS) < 0).toList();
    Map<String, Quantity> out = new LinkedHashMap<>();
    if (weights.size() < 2) {
      return out;
    }
    String opening = v.normalized(s.start(), weights.get(0).start());
    Matcher respectively = RESPECTIVELY.matcher(opening);
    if (!respectively.find()) {
      return out;
    }
    // (past each part's weight in parentheses after its name: 决策（15分）、过程（25分）…四项指标分别得14分、…)
    Matcher names = NAMES_IN_TURN.matcher(WEIGHT_IN_PARENTHESES.matcher(opening.substring(0, respectively.start())).replaceAll(""));
    String last = null;
    while (names.find()) {
      last = names.group(1);
    }
    Sentence before = last == null && s.start() > 0 ? v.sentenceAt(s.start() - 1) : null;
    if (before != null && before.line() == s.line()) {
      // or the sentence before names them (评价指标分决策（20分）、…、效益（20分）四部分，满分100分。经自评，四部分分别得19分、…)
      names = NAMES_IN_TURN.matcher(WEIGHT_IN_PARENTHESES.matcher(v.normalized(before.start(), before.end())).replaceAll(""));
      while (names.find()) {
        last = names.group(1);
      }
    }
    if (last == null) {
      return out;
    }
    String[] named = last.split("、");
    if (named.length != weights.size()) {
      return out;
    }
    // the first name may carry the words that open the list (本项目自评采用投入、…; 设投入、…), the last what follows it (效益四类指标
    // 权重分别为20分、…，自评分别得18分、…)
    String first = OPENING_WORDS.matcher(named[0]).replaceFirst("");
    named[0] = first.length() >= 2 ? first : named[0];
    named[named.length - 1] = named[named.length - 1].replaceFirst("分别.*$", "");
    for (int k = 0; k < named.length; k++) {
      out.put(INDICATOR_WORDS.matcher(COUNT_OF_KINDS.matcher(named[k]).replaceFirst("")).replaceFirst(""), weights.get(k));
    }
    return out;
  }

  /** The parts with the weight listed under their name, where they have none of their own. */
  private static List<ScoreComponent> withTheirWeights(DocumentView v, List<ScoreComponent> parts, Map<String, Quantity> weights) {
    if (weights.isEmpty()) {
      return parts;
    }
    List<ScoreComponent> out = new ArrayList<>(parts.size());
    for (ScoreComponent c : parts) {
      String name = INDICATOR_WORDS.matcher(c.name()).replaceFirst("");
      // or under a name the words before it run into (本次自评设投入、过程…: 设投入 for 投入)
      Quantity w = c.weight() != null ? null : weights.containsKey(name) ? weights.get(name)
          : weights.entrySet().stream().filter(e -> name.length() >= 2 && e.getKey().endsWith(name)).map(Map.Entry::getValue)
              .findFirst().orElse(null);
      out.add(w == null ? c : new ScoreComponent(c.name(), c.score(), Quantities.number(v, w), c.rate()));
    }
    return out;
  }

  /** Whether the score at i is the full marks (总分100分) the total right after it is scored out of (…，自评得分92.5分). */
  private static boolean fullMarksBefore(DocumentView v, List<Quantity> scores, int i) {
    Quantity q = scores.get(i);
    return q.value().compareTo(FULL_MARKS) == 0 && FULL_MARKS_LABEL.matcher(Labels.before(v, q).normalized()).find()
        && i + 1 < scores.size() && isTotal(Labels.before(v, scores.get(i + 1)).normalized());
  }

  /**
   * Whether the score at i is the full marks (总分100分) that the parts' weights before it, each in parentheses after its name,
   * add up to (采用决策（20分）、过程（30分）、产出（30分）、效益（20分）四个一级指标，总分100分。经自评，得分87.5分).
   */
  private static boolean fullMarksOfTheWeights(DocumentView v, List<Quantity> scores, int i) {
    Quantity q = scores.get(i);
    if (i < 2 || !FULL_MARKS_LABEL.matcher(Labels.before(v, q).normalized()).find()) {
      return false;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Quantity w : scores.subList(0, i)) {
      boolean inParentheses = NAME_BEFORE_PARENTHESES.matcher(v.normalized(Math.max(0, w.start() - 24), w.start())).find()
          && v.normalized(w.end(), Math.min(v.text().length(), w.end() + 1)).equals(")");
      if (w.op() != null || !inParentheses) {
        return false;
      }
      sum = sum.add(w.value());
    }
    return sum.compareTo(q.value()) == 0;
  }

  /**
   * Whether the score is one of several on its line labelled alike by a score's word alone (1. …“校园安全视频监控建设项目”，资金386.40万元，
   * 得分74.5分；2. …，得分71.0分): the scores of a list of items, none of them the whole's.
   */
  private static boolean oneOfSeveralAlike(DocumentView v, Quantity q, String label) {
    if (!BARE_SCORE_WORD.matcher(label).matches()) {
      return false;
    }
    // (near it on the line: a report written as one long line would otherwise be read whole for each such score)
    var line = v.layout().lineAt(q.start());
    int from = Math.max(line.contentStart(), q.start() - ITEMS_REACH);
    for (Quantity other : v.quantitiesIn(from, Math.min(line.contentEnd(), q.end() + ITEMS_REACH))) {
      if (other.start() != q.start() && other.kind() == Quantity.Kind.SCORE && label.equals(Labels.before(v, other).normalized())) {
        return true;
      }
    }
    return false;
  }

  /** A score on an indicator's line of fields (指标名称：…；分值：15分；得分：15分): the indicator's, not the report's. */
  private static boolean indicatorsScore(DocumentView v, Quantity q) {
    String line = v.normalized(Math.min(q.start(), v.layout().lineAt(q.start()).contentStart()), q.start());
    return INDICATOR_LINE.matcher(line).find();
  }

  /**
   * Where the scores a sentence announces after its first ones start (…的指标体系逐项打分，本项目得分情况为：), before the total
   * q with no other colon between; -1 when it announces none.
   */
  private static int announcementEnd(DocumentView v, Sentence s, Quantity q) {
    Matcher m = ANNOUNCEMENT.matcher(v.text()).region(s.start(), q.start());
    int end = -1;
    while (m.find()) {
      end = m.end();
    }
    return end >= 0 && v.normalized(end, q.start()).indexOf(':') < 0 ? end : -1;
  }


  private static boolean isTotal(String label) {
    Matcher subject = SUBJECT.matcher(label);
    String rest = subject.lookingAt() ? label.substring(subject.end()) : label;
    // 自评 alone is the report's score only after the report's subject (区政协机关2024年度自评89.5分), not a part's (满分20分，自评18分)
    return TOTAL.matcher(rest).find() && (!rest.equals("自评") || subject.end() > 0);
  }

  /** 自评 alone with the grade right after it (自评91.5分，评定为“优”): a whole's score graded, though no subject names it. */
  private static boolean gradedRightAfter(String label, String after) {
    return label.equals("自评") && GRADE_RIGHT_AFTER.matcher(after).lookingAt() && !GRADE_OF_OTHERS.matcher(after).find();
  }

  private static String componentLabel(DocumentView v, Quantity c) {
    String label = Labels.before(v, c).normalized();
    Matcher subject = PART_SUBJECT.matcher(label);
    String name = subject.lookingAt() ? label.substring(subject.end()) : label;
    // 本次自评决策20分得19分: the part is 决策
    return name.startsWith("自评") && subject.end() > 0 && name.length() > 3 ? name.substring(2) : name;
  }
}
