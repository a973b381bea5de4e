package dev.jixiao.extract.statement;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.Quantities;
import dev.jixiao.record.PlainNumber;
import dev.jixiao.record.ScoreComponent;
import dev.jixiao.record.ScoreDeduction;
import dev.jixiao.text.LineWraps;
import dev.jixiao.text.Quantity;
import dev.jixiao.text.Sentence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report says its score lost points for: 扣分说明：决策指标扣2分，…；过程指标扣3分，其中…扣1分、…扣2分；…合计扣12分
 * gives 决策指标 2, 过程指标 3 made of 1 and 2, and 12 in all. A deduction belongs to the part of the score named right before it
 * (决策扣1分, （1）投入指标扣1.5分：), or at the opening of its clauses (决策方面，…，扣1分; 过程指标中，…扣1分；…扣0.5分; 产出指标得45分，因…扣3分);
 * a deduction that names no part is one of the last part named, or one of its own where none was (一是…，扣1分).
 *
 * <p>A run of deductions is a passage; it ends at a chapter's heading, a long stretch with none, or its total (a sum
 * of two or more of one part's, 共扣2.5分 after them in their clauses, is that part's). The
 * score's passage is the first that is announced (扣分说明, 扣分原因, 主要扣分) or names a part of the score: deductions that do
 * neither (a village's 考核扣2分) are no points the report's score lost.
 */
public final class ScoreDeductions {

  /** What a report says its score lost, and the points it says were lost in all (null where it states no total). */
  public record Found(List<ScoreDeduction> deductions, PlainNumber deducted) {}

  /**
   * The word of a deduction right before its points: 扣1分, 扣除0.5分, 扣了1.5分, 失2分, 扣分小计2.5分 (not the end of 损失, 流失: 教师流失1.5分
   * is an item's points).
   */
  private static final Pattern DEDUCTED = Pattern.compile("(?:扣除|扣减|扣了|扣|失分|(?<![损流丢遗缺消过])失|扣分小计)[ ]*$");
  /** A part's points lost summed with 扣分 before 小计 (产出类扣分小计2.5分): the sum's word is what the clause ends. */
  private static final Pattern LOST_THEN_SUMMED = Pattern.compile("扣分(小计)\\s*$");
  /** The first-level parts a 绩效自评 is scored in, as the templates name them. */
  private static final String USUAL_PARTS = "决策|投入|过程|管理|产出|效益|效果|满意度";
  /** What may stand before a part's name (项目决策, 部门管理, 预算管理) and after it (决策指标, 决策类, 决策方面, 过程部分). */
  private static final String BEFORE_A_PART = "(?:项目|部门|预算)?";
  private static final String AFTER_A_PART = "(?:类?指标|方面|部分|类)?";
  /** A usual part by its name alone: 决策指标, 过程方面. */
  private static final Pattern USUAL_PART = Pattern.compile(BEFORE_A_PART + "(?:" + USUAL_PARTS + ")" + AFTER_A_PART);
  /** The words of points lost listed in turn, one for each part named before them (…，分别扣2.50分、3.32分). */
  /** The parts named in turn before their points lost (决策、过程、产出、效益四部分分别): group 1 the names. */
  private static final Pattern PARTS_IN_TURN = Pattern.compile("^((?:" + USUAL_PARTS + ")" + AFTER_A_PART + "(?:、(?:" + USUAL_PARTS + ")"
      + AFTER_A_PART + ")+)(?:[一二三四五六七八九十]|\\d)?(?:个)?(?:部分|方面|类|项)?(?:指标)?(?:分别|依次)$");
  private static final Pattern IN_TURN = Pattern.compile("(?:依次|分别)$");
  /** A sum's words before its points (产出数量共扣1.7分). */
  private static final Pattern SUM_ASIDE = Pattern.compile("(?:共|合计|小计)$");
  /** Words that sum up the deductions above by part: 以上产出扣3.5分, 连同决策扣1.0分, 以上合计决策扣1.5分. */
  private static final Pattern SUMMED_UP = Pattern.compile("^(?:以上|上述|连同|综上|分类(?:来)?看)(?:合计|共计|共)?");
  /** The close of a quoted scale and the points it gave: ”扣1.00分 after “延期1个月以内扣1分. */
  private static final Pattern QUOTE_CLOSES_A_SCALE = Pattern.compile("[ ]*[”\"][ ]*(?:计|扣|得)");
  /**
   * A scale of deductions, no points lost: 按每低1个百分点扣1分, 每少1处扣0.5分, 每月扣2分, its clause (the words before the 扣) 每 and a
   * unit alone (not 每月报送不及时扣0.5分, points lost).
   */
  private static final Pattern STANDARD = Pattern.compile("每\\p{IsHan}{0,4}?\\d|^(?:按)?每\\p{IsHan}{1,3}$");
  /** What announces the deductions: 扣分说明：, 扣分原因：, 主要扣分原因, 失分情况. */
  private static final Pattern ANNOUNCED = Pattern.compile("主要扣分(?:说明|原因|情况)?|(?:扣分|失分)(?:情况)?(?:说明|原因|情况|理由|事项|明细)");
  /** How far before its first deduction a passage's announcement may stand. */
  private static final int ANNOUNCEMENT_REACH = 40;
  /** The longest stretch between two deductions of one passage. */
  private static final int PASSAGE_GAP = 400;
  /** What ends a passage between two deductions: a chapter's heading (六、存在的问题); blank lines may part its items. */
  private static final Pattern PASSAGE_BREAK = Pattern.compile("\\n[ \\t]*[一二三四五六七八九十]{1,2}、");
  /** What opens a clause before its words: its number (（1）, 1., 一是), an announcement's colon, a comma. */
  private static final Pattern CLAUSE_OPENING = Pattern.compile(
      "^[\\s,:;、。]*(?<number>\\([\\d一二三四五六七八九十]{1,2}\\)|[\\d一二三四五六七八九十]{1,2}[.、](?!\\d)|[一二三四五六七八九十]是)?[\\s,:、]*");
  private static final String POINTS = "(?:\\d+(?:\\.\\d+)?分)";
  /** A point numbered after the words that announce it (主要原因：一是…). */
  private static final Pattern POINT_NUMBERED = Pattern.compile("^[^,;。]{0,8}:[ ]*[一二三四五六七八九十]是");
  /** What opens a list of the parts before the first: 其中：, 具体为：. */
  private static final Pattern LIST_OPENS = Pattern.compile("^(?:其中|具体(?:为|是|如下))[ ]*[:,]?[ ]*");
  /** What opens a list of the parts' scores before the first part's name: 分项得分： */
  private static final Pattern SCORES_OPEN = Pattern.compile("^(?:分项|各项|各部分)?得分(?:情况)?[ ]*:[ ]*");
  /** A total's sentence going on with the first part's points after 其中: its name (，其中决策扣1分). */
  private static final Pattern PARTS_AFTER_THE_TOTAL = Pattern.compile("[ ]*[,;]?[ ]*其中[ ]*:?[ ]*(\\p{IsHan}{1,12}?)(?:共)?扣");
  /** What opens the items of the points before it after a comma: ，其中. */
  private static final Pattern OWN_ITEMS_AFTER = Pattern.compile("[ ]*,[ ]*其中");
  /** A part's name and then an indicator of it after a dash: 过程—预算执行. */
  private static final Pattern DASHED = Pattern.compile("^\\p{IsHan}{1,6}[—－-]\\p{IsHan}");
  /**
   * The points lost in all: 合计扣12分, 以上共扣8.5分, 以上四项合计扣除6分, 四部分合计扣6.5分, 全年共扣12分, 本次自评共扣6分, 本项目共扣3.69分,
   * 项目共扣7.5分, 本年度自评共扣7.50分, 整体自评共扣8.7分, 本次部门整体自评共扣3.28分, 全部指标共扣4.0分, 各项指标合计扣11.5分, 本项目自评扣11.5分.
   */
  private static final Pattern IN_ALL = Pattern.compile(
      "^(?:以上|上述|全年|本年度?|全部|所有|各项)?(?:(?:本次)?(?:(?:本|该)?(?:项目|部门|单位))?(?:整体|总体)?(?:绩效)?(?:自评|评价)?)?"
          + "(?:[两一二三四五六七八九十\\d]{1,2}(?:项|类|大类|个方面|方面|个部分|部分))?(?:指标)?(?:合计|共计|总计|累计|共|合)共?$"
          // or named for the project or the evaluation alone, no sum's word: 本项目自评扣11.5分, 本次自评扣6分
          + "|^(?:本次|(?:本|该)(?:项目|部门|单位)(?:整体|总体)?)(?:绩效)?(?:自评|评价)?$");
  /** The words that walk through the parts in turn before one's name: 先看, 再看, 最后是. */
  private static final String IN_TURN_OPENS = "(?:(?:首先|其次|然后|最后|先|再)(?:看|是|说))";
  /** Words that say the sum is so far: 至此, 到此. */
  private static final Pattern SO_FAR = Pattern.compile("^(?:至此|到此|截至目前)");
  /** What opens the sum of the rest (其余三类指标共扣6分). */
  private static final Pattern THE_REST = Pattern.compile("^(?:其余|其他)");
  /** A cause the points were lost for, as a group's name: 因客观条件影响进度, 由于施工组织不到位. */
  private static final Pattern CAUSE = Pattern.compile("(?:因|由于)\\p{IsHan}{2,20}");
  /**
   * Words of an overview of the items before they are listed, not an item: the most lost (扣分最多的是满意度（扣1.5分）) or what each of
   * the rest lost (其余四项各扣1分).
   */
  private static final Pattern OVERVIEW = Pattern.compile("(?:最多|最大|最高)的?(?:是|为)[^,;。]*[(]?扣(?:分)?$|各扣(?:分)?$");
  private static final int OVERVIEW_REACH = 24;
  /** A full stop after a part's points, then its reason in words: 。年末结余46,226.20元，主要是… */
  private static final Pattern REASON_AFTER = Pattern.compile("[ ]*[。.][ ]*(?:\\p{IsHan}[^\\p{IsHan}]*){8}");
  /** Where a deduction's own words begin: after the last comma, colon, bracket or 、 before it. */
  private static final Pattern CLAUSE_MARK = Pattern.compile("[,:;()、。\\n]");

  private final Pattern partNamed;
  /** The parts the score states it was made of, by their key (决策, 过程); none where it states none. */
  private final Set<String> componentKeys = new HashSet<>();
  /** The parts' names in the order the score states them, for points listed in turn. */
  private final List<String> componentNames = new ArrayList<>();
  /** The close of a part's sum in parentheses, and the colon that opens what it lists: ）： */
  private static final Pattern SUM_IN_PARENTHESES = Pattern.compile("[ ]*\\)[ ]*:");
  /** A part's sum right before a colon, what it lists after it: 产出指标方面扣6分：. */
  private static final Pattern SUM_BEFORE_A_COLON = Pattern.compile("[ ]*:");
  /** What may follow a part's name before its sum, nothing else said: 方面, 中, 共. */
  private static final Pattern PART_ALONE = Pattern.compile("^(?:方面|中)?[ ]*(?:共|合计|共计)?[ ]*$");
  private final Pattern partOpens;
  private final Pattern partScored;
  private final Pattern partInAll;
  private final Pattern partThenItsSum;

  private ScoreDeductions(List<ScoreComponent> components) {
    StringBuilder parts = new StringBuilder(USUAL_PARTS);
    for (ScoreComponent c : components) {
      String key = ScoreDeduction.partKey(c.name());
      componentKeys.add(key);
      componentNames.add(c.name());
      if (key.length() >= 2) {
        parts.append('|').append(Pattern.quote(key));
      }
    }
    String part = "(?<part>" + BEFORE_A_PART + "(?:" + parts + ")" + AFTER_A_PART + ")";
    partNamed = Pattern.compile("^" + part + "$");
    // a part named at the opening of the clauses that say what it lost: 决策方面，…; 过程指标中…; 产出指标得45分，因…; 产出指标因…;
    // 过程—预算执行：… (the part and its indicator parted by a dash); 产出指标的3分分别扣在三处：…
    // (and after the words that walk through the parts in turn: 先看产出指标，…; 再看效益指标，…; 最后是满意度指标，…)
    partOpens = Pattern.compile("^" + IN_TURN_OPENS + "?" + part + "(?:中|方面|因|由于|得|的|[,:(—－-]|\\d|未|不|没有|偏)");
    // a part's sum after its deductions, named again: …扣1分，产出指标共扣5分；
    partInAll = Pattern.compile("^" + part + "(?:合计|共计|总计|累计|小计|共)共?$");
    // a part named at the opening of its clauses, a few words of no figure, then its sum: 产出类指标失分较多，合计
    partThenItsSum = Pattern.compile("^" + part + "[^\\d;。:]*,[ ]*(?:合计|共计|总计|小计|共)$");
    // a part with its weight and score and nothing else before its deduction: 过程指标得18分，扣2分; 决策15分，得14分，扣1分
    partScored = Pattern.compile("^" + part + "[ ]*" + POINTS + "?[ ]*(?:,?[ ]*(?:自评)?(?:得分|得)(?:为)?[ ]*" + POINTS + ")?[ ]*,?[ ]*$");
  }

  /** The deductions the report's score passage states, among the sentences given (those outside projects' entries). */
  public static Optional<Found> of(DocumentView v, List<Sentence> sentences, List<ScoreComponent> components) {
    return new ScoreDeductions(components).read(v, sentences);
  }

  private Optional<Found> read(DocumentView v, List<Sentence> sentences) {
    List<Quantity> all = deductions(v, sentences);
    String t = v.text();
    int i = 0;
    while (i < all.size()) {
      int end = i + 1;
      while (end < all.size() && samePassage(t, all.get(end - 1), all.get(end))) {
        end++;
      }
      Optional<Found> found = passage(v, all.subList(i, end));
      if (found.isPresent()) {
        return found;
      }
      i = end;
    }
    return Optional.empty();
  }

  private static List<Quantity> deductions(DocumentView v, List<Sentence> sentences) {
    List<Quantity> out = new ArrayList<>();
    for (Sentence s : sentences) {
      // the points of a sentence that a line's end parts from their unit (时效扣2\n分；) are its own
      for (Quantity q : v.quantitiesIn(s.start(), Math.min(v.text().length(), s.end() + 4))) {
        if (q.start() < s.end() && q.kind() == Quantity.Kind.SCORE && q.op() == null
            && DEDUCTED.matcher(v.normalized(Math.max(s.start(), q.start() - 4), q.start())).find()
            && !STANDARD.matcher(pastAQuotedScale(clauseBefore(v.text(), s.start(), q))).find() && !aQuotedScale(v.text(), q)
            && !OVERVIEW.matcher(v.normalized(Math.max(s.start(), q.start() - OVERVIEW_REACH), q.start())).find()) {
          out.add(q);
        }
      }
    }
    return out;
  }

  private static boolean samePassage(String t, Quantity a, Quantity b) {
    String between = t.substring(a.end(), b.start());
    // (and an announcement on a line after opens a passage of its own: …共扣2.5分，得17.5分。⏎总体扣分说明：…扣1.5分、…; not 共扣6.5分，扣分情况如下：)
    return between.length() <= PASSAGE_GAP && !PASSAGE_BREAK.matcher(between).find()
        && !(between.indexOf('\n') >= 0 && ANNOUNCED.matcher(between).find());
  }

  /** The passage's deductions, if it is the score's: announced, or naming a part of the score. */
  private Optional<Found> passage(DocumentView v, List<Quantity> run) {
    String t = v.text();
    List<Item> items = new ArrayList<>();
    Item current = null;
    PlainNumber deducted = null;
    // the total as stated before the list, if it was
    PlainNumber totalFirst = null;
    boolean partNamedHere = false;
    // the first deduction's words may reach back to its line's opening; each later one's to the deduction before it
    int from = 0;
    Set<Quantity> ofASubList = ofSubLists(v, run);
    List<Item> listedBefore = null;
    for (Quantity q : run) {
      String clause = LIST_OPENS.matcher(clauseBefore(t, from, q)).replaceFirst("");
      String opening = clauseOpening(t, from, q);
      String numbering = numbering(t, from, q);
      PlainNumber points = Quantities.number(v, q);
      if (ofASubList.contains(q) || SUM_ASIDE.matcher(clause).find() && !inAll(clause, q == run.get(0)) && inParentheses(t, q)) {
        // what an indicator's own deductions list (数量指标扣2.5分：…，扣1.5分；…，扣1分), or their sum in an aside (（产出数量共扣1.7分）):
        // the indicator's points count them
        from = q.end();
        continue;
      }
      if (clause.contains("累计") && points.value().compareTo(sumSoFar(items)) == 0
          && (SO_FAR.matcher(clause).lookingAt() || totalFirst != null && totalFirst.value().compareTo(points.value()) > 0)) {
        // a running total, so far (至此产出指标累计扣4.5分) or short of the total stated before the list (本次自评共扣14.5分，逐项累计如下：
        // …累计扣12分): what came before it, no deduction of its own
        from = q.end();
        continue;
      }
      List<Quantity> inTurn = IN_TURN.matcher(clause).matches() ? listedInTurn(v, q) : List.of();
      if (inTurn.size() >= 2 && inTurn.size() == componentNames.size()) {
        // the parts' points lost in the order the score named them (其中决策12.50分、…、效益22.50分，分别扣2.50分、3.32分、…)
        for (int k = 0; k < inTurn.size(); k++) {
          current = new Item(componentNames.get(k), Quantities.number(v, inTurn.get(k)), numbering);
          current.summed = true;
          items.add(current);
        }
        partNamedHere = true;
        from = inTurn.get(inTurn.size() - 1).end();
        continue;
      }
      Matcher namedInTurn = PARTS_IN_TURN.matcher(opening);
      List<Quantity> partsInTurn = namedInTurn.matches() ? listedInTurn(v, q) : List.of();
      String[] names = namedInTurn.matches() ? namedInTurn.group(1).split("、") : new String[0];
      if (partsInTurn.size() >= 2 && partsInTurn.size() == names.length && !items.isEmpty()
          && items.stream().allMatch(item -> item.name == null && item.parts.isEmpty())
          && sum(items.stream().map(item -> item.points).toList())
              .compareTo(sum(partsInTurn.stream().map(p -> Quantities.number(v, p)).toList())) == 0) {
        // the items above, naming no part, summed up by the parts named in turn (决策、过程、产出、效益四部分分别扣1分、1.5分、3.0分、1.5分):
        // the parts say it
        items.clear();
        for (int k = 0; k < names.length; k++) {
          current = new Item(names[k], Quantities.number(v, partsInTurn.get(k)), numbering);
          current.summed = true;
          items.add(current);
        }
        partNamedHere = true;
        from = partsInTurn.get(partsInTurn.size() - 1).end();
        continue;
      }
      if (CAUSE.matcher(clause).matches() && groupsWhatFollows(v, run, q)) {
        // points lost for one cause, then each of what it lost in its clause (因客观条件影响进度失分4.5分，其中…扣3分，…扣1.5分；因…): a
        // group whose items are its parts, named for its cause
        current = new Item(clause, points, numbering);
        current.namedAt = q.start();
        items.add(current);
        from = q.end();
        continue;
      }
      Matcher above = SUMMED_UP.matcher(clause);
      boolean summingUp = above.lookingAt() && partNamed.matcher(clause.substring(above.end())).matches();
      if (summingUp || SUMMED_UP.matcher(opening).lookingAt() && partNamed.matcher(clause).matches()) {
        // what the items above lost, summed up part by part (以上产出扣3.5分、效益扣4.0分，连同决策扣1.0分…; 综上，预算执行率扣1分，…):
        // the parts say it, not the items, which name no part
        items.removeIf(item -> item.name == null);
        clause = summingUp ? clause.substring(above.end()) : clause;
        String part = clause;
        if (listedBefore == null && items.stream()
            .anyMatch(item -> item.name != null && ScoreDeduction.partKey(item.name).equals(ScoreDeduction.partKey(part)))) {
          // a part named in the items above is summed up again (1.决策部分扣1分…3.过程部分扣1.5分…以上扣分合计7分，…：决策扣1分，
          // 过程扣2.5分…): the summary's parts are made of them
          listedBefore = new ArrayList<>(items);
          items.clear();
          current = null;
        }
      }
      Matcher opens = partOpens.matcher(opening);
      String clauseBeforeIt = previousClause(t, from, q);
      Matcher scored = partScored.matcher(opening);
      if (clause.isEmpty() && !scored.matches()) {
        // the part's score as the clause right before the deduction, after others (…逐项自评，决策指标15分得13.5分，扣1.5分)
        scored = partScored.matcher(clauseBeforeIt);
      }
      // a part numbered unlike the part being listed is one of its parts ((四)效果指标…扣1.5分。 2. 满意度扣0.5分)
      boolean numberedBelow = current != null && current.numbering != null && numbering != null && !numbering.equals(current.numbering);
      Matcher inAllOfAPart = partInAll.matcher(clause);
      // a part named at the opening of its clauses and then its sum before a colon is the part's, what it lists after it
      // (产出类指标失分较多，合计失6.5分：一是…失1.5分；…), not the passage's
      Matcher partThenSum = partThenItsSum.matcher(opening);
      boolean sumOfThePart = partThenSum.matches() && opensAList(t, q) && !numberedBelow;
      // a sum after so much for each (3所学校拨付延迟，每所扣0.5分，共扣1.5分) is the item's own, not the passage's
      boolean inAll = !sumOfThePart && inAll(clause, q == run.get(0)) && !STANDARD.matcher(clauseBeforeIt).find();
      if (inAll && totalsItsPart(t, current, q, points)
          || inAllOfAPart.matches() && current != null && current.points == null
              && ScoreDeduction.partKey(current.name).equals(ScoreDeduction.partKey(inAllOfAPart.group("part")))) {
        current.points = points;
        current.summed = true;
      } else if (sumOfThePart) {
        current = named(items, partThenSum.group("part"), points, numbering, t);
        partNamedHere = true;
      } else if (inAll) {
        deducted = points;
        if (items.isEmpty()) {
          totalFirst = points;
        }
        // a total stated before the list (共失分9.5分，具体如下：) opens it; after the list, it ends it, unless the list named its items by
        // part without the parts' points and they are told after it (（1）决策—…扣1分…以上合计扣9.5分，其中决策扣1分、过程扣1.5分…)
        if (!items.isEmpty() && !(items.stream().anyMatch(item -> item.name != null && item.points == null && !item.parts.isEmpty())
            && partsToldAfter(t, q))) {
          break;
        }
      } else if (inAllOfAPart.matches() && !numberedBelow) {
        // a part named with its sum before what it lists (2.产出指标共扣3分。…扣2分；…扣1分。), or after the items naming no part that
        // it sums (…扣1.5分；…扣1分。产出指标共扣2.5分，得27.5分。)
        List<Item> summed = unnamedSummingTo(items, points);
        items.removeAll(summed);
        current = named(items, inAllOfAPart.group("part"), points, numbering, t);
        for (Item item : summed) {
          current.parts.add(item.points);
          current.summed = true;
        }
        partNamedHere = true;
      } else if ((partNamed.matcher(clause).matches() && !numberedBelow || clause.isEmpty() && scored.matches())
          && !stillListing(t, current, q, clause.isEmpty() ? scored.group("part") : clause)) {
        current = named(items, clause.isEmpty() ? scored.group("part") : clause, points, numbering, t);
        partNamedHere = true;
      } else if (opens.lookingAt() && !numberedBelow && !stillListing(t, current, q, opens.group("part"))
          && (current == null || !ScoreDeduction.partKey(current.name).equals(ScoreDeduction.partKey(opens.group("part"))))
          && !countedByTheSummary(t, items, current, q, opens.group("part"))) {
        // the part's sum in parentheses after its name, before what it lists (决策指标（扣1分）：…扣1分。)
        // (not an indicator's of the part, named after a dash: 2．过程—预算执行（扣0.50分）：…)
        // or before a colon, the part named alone (产出指标方面扣6分：…扣2分；…扣1分；…扣3分。)
        boolean itsSum = SUM_IN_PARENTHESES.matcher(t).region(q.end(), t.length()).lookingAt() && opening.endsWith("(")
            && !DASHED.matcher(opening).find()
            || SUM_BEFORE_A_COLON.matcher(t).region(q.end(), t.length()).lookingAt()
                && PART_ALONE.matcher(opening.substring(opens.end("part"))).matches();
        // or a part a summary named before with its points, now opening its own items (其中产出指标扣4.5分，…。产出方面，…扣2分，…)
        Item summarized = itsSum ? null : summarized(items, opens.group("part"));
        if (summarized != null) {
          current = summarized;
          current.oneOfASummary = false;
          current.parts.add(points);
        } else {
          current = new Item(opens.group("part"), itsSum ? points : null, numbering);
          if (!itsSum) {
            current.parts.add(points);
          }
          items.add(current);
        }
        current.opening = q.start();
        partNamedHere = true;
      } else if (opens.lookingAt() && current != null && !current.summed && current.points == null
          && ScoreDeduction.partKey(current.name).equals(ScoreDeduction.partKey(opens.group("part")))) {
        // the part named again at the opening of its next item ((2)过程—预算执行：…扣1.0分；(3)过程—资产管理：…扣0.5分)
        current.parts.add(points);
      } else if (current != null && !current.summed && !aSiblingOf(t, current, numbering, q) && !closedByItsReason(t, current, q)
          && !(current.oneOfASummary && (numbering != null || pointNumbered(t, from, q)))) {
        // (a clause numbered after a summary by part, 其中决策扣1.0分、…、效益扣2.0分。主要原因：一是…扣1.0分, is an item of its own)
        // (not the items on the lines after a summary by part, which its parts already count: 其中决策扣1.0分、…、效益扣4.0分：⏎1.…扣1分;
        // nor those after the sentence that ends it on its line: …，满意度指标扣2分，效益指标未扣分。具体说，…扣1分)
        if (!current.oneOfASummary || sameLine(t, current.namedAt, q.start()) && !endedBefore(t, current, q)) {
          current.parts.add(points);
        }
      } else {
        // after a part's own sum (产出指标共扣5分；), a clause naming no part is none of it, and after an item beside the part none of
        // those after it are (1.预算执行率…扣0.27分。⏎2.…扣5分。⏎3.5#厂房…扣3分)
        if (current != null) {
          current.summed = true;
        }
        items.add(new Item(null, points, numbering));
      }
      from = q.end();
    }
    int first = run.get(0).start();
    boolean announced = ANNOUNCED.matcher(t.substring(Math.max(0, first - ANNOUNCEMENT_REACH), first)).find();
    if (!announced && !partNamedHere) {
      return Optional.empty();
    }
    if (listedBefore != null) {
      madeOf(items, listedBefore);
    }
    return Optional.of(new Found(byPartBeforeItsItems(retoldByPart(t, toldAgainByPart(oneTelling(items, deducted)))).stream()
        .map(Item::deduction).toList(),
        deducted));
  }

  /**
   * The deductions told twice, by part and item by item, one telling after the other, each adding up to all that was lost (全年共扣
   * 11.5分，其中产出指标扣4分、效益指标扣4.5分、满意度指标扣3分。⏎（一）群众性体育赛事扣1.5分。…; or the items first and the parts after):
   * the telling by part, whose names say where the points were lost; the items as they are where neither telling names only parts.
   */
  private static List<Item> oneTelling(List<Item> items, PlainNumber deducted) {
    if (items.size() < 4 || items.stream().anyMatch(item -> item.points == null || !item.parts.isEmpty())) {
      return items;
    }
    BigDecimal all = BigDecimal.ZERO;
    for (Item item : items) {
      all = all.add(item.points.value());
    }
    BigDecimal first = BigDecimal.ZERO;
    for (int k = 1; k < items.size(); k++) {
      first = first.add(items.get(k - 1).points.value());
      if (first.multiply(BigDecimal.valueOf(2)).compareTo(all) != 0 || deducted != null && first.compareTo(deducted.value()) != 0) {
        continue;
      }
      List<Item> before = items.subList(0, k);
      List<Item> after = items.subList(k, items.size());
      if (namedByPart(before) && namesNoPart(after)) {
        return new ArrayList<>(before);
      }
      if (namedByPart(after) && namesNoPart(before)) {
        return new ArrayList<>(after);
      }
    }
    return items;
  }

  /** Whether two items or more name none of the usual parts: a telling item by item. */
  private static boolean namesNoPart(List<Item> items) {
    return items.size() >= 2 && items.stream().noneMatch(item -> item.name != null && USUAL_PART.matcher(item.name).matches());
  }

  /** Whether each item is named, two at least, and most as one of the usual parts (产出指标, 效益, 满意度指标). */
  private static boolean namedByPart(List<Item> items) {
    long usual = items.stream().filter(item -> item.name != null && USUAL_PART.matcher(item.name).matches()).count();
    return items.size() >= 2 && items.stream().allMatch(item -> item.name != null) && usual * 2 > items.size();
  }

  /**
   * Items named by part (决策—资金分配：…扣0.6分；过程—…), then the parts' points told again in the same order (其中决策扣1.4分、过程扣1.7分…),
   * each what its items add up to: one telling, the items with the points stated for them.
   */
  private static List<Item> toldAgainByPart(List<Item> items) {
    int half = items.size() / 2;
    if (items.size() < 4 || items.size() % 2 != 0) {
      return items;
    }
    for (int k = 0; k < half; k++) {
      Item listed = items.get(k);
      Item again = items.get(half + k);
      if (listed.name == null || again.name == null || listed.points != null || listed.parts.isEmpty() || again.points == null
          || !again.parts.isEmpty() || !ScoreDeduction.partKey(listed.name).equals(ScoreDeduction.partKey(again.name))
          || sum(listed.parts).compareTo(again.points.value()) != 0) {
        return items;
      }
    }
    List<Item> merged = new ArrayList<>(items.subList(0, half));
    for (int k = 0; k < half; k++) {
      merged.get(k).points = items.get(half + k).points;
    }
    return merged;
  }

  /**
   * The items naming no part, then on a line after them the parts' points that add up to theirs ((1)…扣0.5分…(5)…扣1.5分。⏎
   * 产出指标扣2.5分、效益指标扣3分、满意度指标扣1.5分，合计7.0分): the same points told again by part, which say them as the score
   * is made; else the items as they are.
   */
  private static List<Item> retoldByPart(String t, List<Item> items) {
    int first = 0;
    while (first < items.size() && items.get(first).alone()) {
      first++;
    }
    List<Item> unnamed = items.subList(0, first);
    List<Item> parts = items.subList(first, items.size());
    if (unnamed.isEmpty() || parts.size() < 2 || parts.stream().anyMatch(p -> p.name == null || p.points == null)
        || !sameLine(t, parts.get(0).namedAt, parts.get(parts.size() - 1).namedAt)
        || sameLine(t, unnamed.get(unnamed.size() - 1).points.evidence().start(), parts.get(0).namedAt)) {
      return items;
    }
    return sameInAll(unnamed, parts) ? parts : items;
  }

  /**
   * A summary by part, then items naming no part whose points add up to the parts' (其中决策指标扣1.0分、…、效益指标扣2.0分。主要原因：
   * 一是…扣1.0分；二是…扣0.5分，…扣1.3分；…): the same points told again by item, which the parts say as the score is made; else
   * the items as they are.
   */
  private static List<Item> byPartBeforeItsItems(List<Item> items) {
    int last = 0;
    while (last < items.size() && items.get(last).name != null && items.get(last).oneOfASummary && items.get(last).parts.isEmpty()) {
      last++;
    }
    List<Item> parts = items.subList(0, last);
    List<Item> after = items.subList(last, items.size());
    // (an item may name the indicator a part is named for: …满意度82.60%…扣7.40分 after 满意度指标扣7.40分)
    if (parts.size() < 2 || after.isEmpty() || !after.stream().allMatch(item -> item.alone() || item.name != null && item.points != null
        && item.parts.isEmpty() && parts.stream().anyMatch(p -> ScoreDeduction.partKey(p.name).equals(ScoreDeduction.partKey(item.name))))) {
      return items;
    }
    return sameInAll(after, parts) ? parts : items;
  }

  /** Whether two tellings of the points lost, item by item and part by part, add up to the same. */
  private static boolean sameInAll(List<Item> items, List<Item> parts) {
    return sum(items.stream().map(item -> item.points).toList()).compareTo(sum(parts.stream().map(part -> part.points).toList())) == 0;
  }

  /**
   * Whether a sum (共扣2.5分) is of the part named at the opening of its clauses, not of the passage: it closes two or more
   * deductions in the same clauses (产出方面，…扣1.5分，…扣1分，共扣2.5分；), none of them the part's own.
   */
  private static boolean totalsItsPart(String t, Item current, Quantity q, PlainNumber points) {
    return current != null && current.points == null && current.opening >= 0 && current.parts.size() >= 2
        && (t.substring(current.opening, q.start()).chars().noneMatch(c -> c == ';' || c == '。' || c == '\n')
            || sum(current.parts).compareTo(points.value()) == 0
                && t.substring(current.opening, q.start()).chars().noneMatch(c -> c == '。' || c == '\n'));
  }

  /** The items naming no part at the end of the list so far, where their points add up to {@code points}; else none. */
  private static List<Item> unnamedSummingTo(List<Item> items, PlainNumber points) {
    int from = items.size();
    while (from > 0 && items.get(from - 1).alone()) {
      from--;
    }
    List<Item> unnamed = new ArrayList<>(items.subList(from, items.size()));
    BigDecimal total = sum(unnamed.stream().map(item -> item.points).toList());
    return !unnamed.isEmpty() && total.compareTo(points.value()) == 0 ? unnamed : List.of();
  }

  /** The points the items read so far lost: each one's as stated, else what it lists. */
  private static BigDecimal sumSoFar(List<Item> items) {
    BigDecimal out = BigDecimal.ZERO;
    for (Item item : items) {
      out = out.add(item.points != null ? item.points.value() : sum(item.parts));
    }
    return out;
  }

  private static BigDecimal sum(List<PlainNumber> points) {
    return points.stream().map(PlainNumber::value).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Whether the points stand on a line after a summary by part and open with an indicator of the score that is none of the usual parts
   * nor of the summary's (产出类扣4分，效益类扣1.5分…。⏎…再次献血者占比38.16%，…扣1分): one of the items the summary's parts count, as
   * an item naming nothing there is.
   */
  private static boolean countedByTheSummary(String t, List<Item> items, Item current, Quantity q, String name) {
    return current != null && current.oneOfASummary && !sameLine(t, current.namedAt, q.start()) && !USUAL_PART.matcher(name).matches()
        && summarized(items, name) == null;
  }

  /** The part a summary by part named with its points and nothing listed yet, by the key of {@code name}; else null. */
  private static Item summarized(List<Item> items, String name) {
    for (Item earlier : items) {
      if (earlier.name != null && earlier.points != null && earlier.parts.isEmpty() && earlier.oneOfASummary && !earlier.summed
          && ScoreDeduction.partKey(earlier.name).equals(ScoreDeduction.partKey(name))) {
        return earlier;
      }
    }
    return null;
  }

  /**
   * The item for a part named with its points: the one a summary named before with the same points and nothing listed yet
   * (具体为：决策扣1分、过程扣2分…。（一）决策扣1分：…扣1分), whose parts follow now; else a new one.
   */
  private static Item named(List<Item> items, String name, PlainNumber points, String numbering, String t) {
    for (Item earlier : items) {
      if (earlier.name != null && earlier.points != null && earlier.parts.isEmpty() && !earlier.summed
          && ScoreDeduction.partKey(earlier.name).equals(ScoreDeduction.partKey(name))
          && earlier.points.value().compareTo(points.value()) == 0) {
        earlier.namedAt = points.evidence().start();
        earlier.oneOfASummary = false;
        return earlier;
      }
    }
    Item item = new Item(name, points, numbering);
    item.namedAt = points.evidence().start();
    // parts named one after another on one line with their points alone are a summary by part (决策扣1.0分、过程扣2.0分…)
    Item last = items.isEmpty() ? null : items.get(items.size() - 1);
    if (last != null && last.name != null && last.points != null && last.parts.isEmpty() && sameLine(t, last.namedAt, item.namedAt)) {
      last.oneOfASummary = true;
      item.oneOfASummary = true;
    }
    items.add(item);
    return item;
  }

  /**
   * The deductions an indicator (no part of the score) lists, its points followed by a colon or 其中 and then, on its line, deductions
   * that add up to them exactly (数量指标扣2.5分：培训少办1期，扣1.5分；第三方审计少完成2个村，扣1分。时效指标扣1.5分：…; 质量指标扣4分，
   * 其中…扣1分；…扣1.5分；…扣1.5分): they are counted in its points.
   */
  private Set<Quantity> ofSubLists(DocumentView v, List<Quantity> run) {
    String t = v.text();
    Set<Quantity> out = new HashSet<>();
    int from = 0;
    for (int j = 0; j < run.size(); j++) {
      // (a part's own list is its parts: 1. 决策扣1.5分：…扣1分；…扣0.5分, 1.决策指标共扣3分：…, 过程指标得18分，扣2分：…)
      String clause = LIST_OPENS.matcher(clauseBefore(t, from, run.get(j))).replaceFirst("");
      String opening = clauseOpening(t, from, run.get(j));
      boolean aPart = partNamed.matcher(clause).matches() || partInAll.matcher(clause).matches() || partOpens.matcher(opening).lookingAt()
          || clause.isEmpty() && partScored.matcher(opening).matches();
      from = run.get(j).end();
      // (nor the total's: 合计扣4分：决策指标扣1分…; nor a cause's, whose group lists them: 因…失分4.5分，其中…扣3分，…扣1.5分)
      if (!opensAList(t, run.get(j)) && !itemsOfItsOwnAfter(t, run.get(j)) || aPart || inAll(clause, j == 0)
          || CAUSE.matcher(clause).matches()) {
        continue;
      }
      BigDecimal points = Quantities.number(v, run.get(j)).value();
      BigDecimal sum = BigDecimal.ZERO;
      for (int k = j + 1; k < run.size() && sameLine(t, run.get(j).start(), run.get(k).start()) && !opensAList(t, run.get(k)); k++) {
        sum = sum.add(Quantities.number(v, run.get(k)).value());
        if (sum.compareTo(points) == 0) {
          out.addAll(run.subList(j + 1, k + 1));
          break;
        }
      }
    }
    return out;
  }

  /** Each part of a summary made of the points the items listed before it under its name lost, where it lists none of its own. */
  private static void madeOf(List<Item> summary, List<Item> listed) {
    for (Item part : summary) {
      if (part.name == null || !part.parts.isEmpty()) {
        continue;
      }
      for (Item item : listed) {
        if (item.name != null && ScoreDeduction.partKey(item.name).equals(ScoreDeduction.partKey(part.name))) {
          if (item.points != null) {
            part.parts.add(item.points);
          } else {
            part.parts.addAll(item.parts);
          }
        }
      }
    }
  }

  /**
   * Whether the points stand in a clause numbered as the part's own was, on another line (1.预算执行率97.26%，…扣0.27分。⏎2.竣工验收…扣5分):
   * an item beside the part, not one of its own.
   */
  private static boolean aSiblingOf(String t, Item current, String numbering, Quantity q) {
    int named = current.opening >= 0 ? current.opening : current.namedAt;
    return numbering != null && numbering.equals(current.numbering) && named >= 0 && !sameLine(t, named, q.start());
  }

  /**
   * Whether the deductions after q in the run, up to its clause's end (；, 。 or a line's), are two or more and add up to q's points
   * exactly: what q's cause lost, item by item.
   */
  private static boolean groupsWhatFollows(DocumentView v, List<Quantity> run, Quantity q) {
    String t = v.text();
    BigDecimal sum = BigDecimal.ZERO;
    int n = 0;
    int last = q.end();
    for (int k = run.indexOf(q) + 1; k < run.size(); k++) {
      Quantity next = run.get(k);
      String between = t.substring(last, next.start());
      if (between.indexOf(';') >= 0 || between.indexOf('；') >= 0 || between.indexOf('。') >= 0 || between.indexOf('\n') >= 0) {
        break;
      }
      sum = sum.add(Quantities.number(v, next).value());
      n++;
      last = next.end();
    }
    return n >= 2 && sum.compareTo(Quantities.number(v, q).value()) == 0;
  }

  /**
   * Whether the part's own line gave its points and then the reason it lost them, and q stands on a later line
   * (预算执行率扣0.24分。年末结余46,226.20元，主要是…⏎乡镇分校覆盖率扣1分。…): the part is an item like the rest, not their heading.
   */
  private static boolean closedByItsReason(String t, Item current, Quantity q) {
    if (current.points == null || !current.parts.isEmpty() || current.namedAt < 0 || sameLine(t, current.namedAt, q.start())) {
      return false;
    }
    int from = current.points.evidence().end();
    int end = t.indexOf('\n', from);
    String rest = t.substring(from, end < 0 ? t.length() : end);
    return REASON_AFTER.matcher(rest).lookingAt() && rest.indexOf(':') < 0 && !rest.strip().endsWith("如下");
  }

  /**
   * Whether the words of a deduction sum up all that was lost (合计, 以上共, 本次自评共); so does the sum of the rest, after what lost
   * none, where no deduction came before it in its passage (预算管理类指标未扣分，其余三类指标共扣6分：…).
   */
  private static boolean inAll(String clause, boolean firstOfItsPassage) {
    Matcher rest = THE_REST.matcher(clause);
    return IN_ALL.matcher(clause).matches()
        || firstOfItsPassage && rest.lookingAt() && IN_ALL.matcher(clause.substring(rest.end())).matches();
  }

  /** Whether the part, nothing listed under it yet, ended its sentence before q without a colon opening its list (…扣2分。具体说，…). */
  private static boolean endedBefore(String t, Item current, Quantity q) {
    String since = t.substring(current.namedAt, q.start());
    return current.parts.isEmpty() && since.indexOf('。') >= 0 && !opensItsList(since);
  }

  /** The points from q on listed with nothing but 、 between them (扣2.50分、3.32分、3.43分). */
  private static List<Quantity> listedInTurn(DocumentView v, Quantity q) {
    List<Quantity> out = new ArrayList<>(List.of(q));
    Sentence s = v.sentenceAt(q.start());
    int end = s == null ? q.end() : s.end();
    for (Quantity next : v.quantitiesIn(q.end(), end)) {
      if (next.kind() != Quantity.Kind.SCORE || !v.normalized(out.get(out.size() - 1).end(), next.start()).strip().equals("、")) {
        break;
      }
      out.add(next);
    }
    return out;
  }

  /** Whether a colon follows the points: what they are made of follows. */
  /**
   * Whether 其中 after the points opens the indicator's own items (质量指标扣4分，其中…扣1分；…), not the parts of a total told after it
   * (…共扣7.5分，其中决策扣1.5分、…).
   */
  private boolean itemsOfItsOwnAfter(String t, Quantity q) {
    return OWN_ITEMS_AFTER.matcher(t).region(q.end(), t.length()).lookingAt() && !partsToldAfter(t, q);
  }

  private static boolean opensAList(String t, Quantity q) {
    int k = q.end();
    while (k < t.length() && t.charAt(k) == ' ') {
      k++;
    }
    return k < t.length() && t.charAt(k) == ':';
  }

  private static boolean sameLine(String t, int a, int b) {
    return t.substring(Math.min(a, b), Math.max(a, b)).indexOf('\n') < 0;
  }

  /** Whether the points stand in parentheses opened before them on their line. */
  private static boolean inParentheses(String t, Quantity q) {
    int depth = 0;
    for (int k = q.start() - 1; k >= 0 && t.charAt(k) != '\n'; k--) {
      char c = t.charAt(k);
      if (c == ')') {
        depth--;
      } else if (c == '(' && ++depth > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the part being listed still lacks some of the points it says it lost: a usual part's name after its 其中, in its clauses,
   * is one of what it lists (效益部分扣2.5分，其中带动就业扣1分、满意度扣1.5分); and so is a clause in the line that lists them opening
   * with a usual part's name that is none of the score's parts (4.效益扣3分：就业率…扣1.5分；满意度88.60%，…扣1.5分, the score made of
   * 决策, 过程, 产出 and 效益), its first or a later one, not the next part.
   */
  private boolean stillListing(String t, Item current, Quantity q, String name) {
    if (current == null || current.points == null || current.summed) {
      return false;
    }
    String since = current.namedAt < 0 ? "" : t.substring(Math.min(current.namedAt, q.start()), q.start());
    // (an indicator of a score made of its table's indicators, the usual parts none of them, on the line of a usual part's points:
    // 决策指标扣1分。绩效指标明确性扣1分，…; not 产出指标扣3.5分；…，决策过程扣2分, the score made of 决策过程, 产出 and others)
    if (USUAL_PART.matcher(current.name).matches() && !componentKeys.contains(ScoreDeduction.partKey(current.name))
        && !USUAL_PART.matcher(name).matches() && componentKeys.contains(ScoreDeduction.partKey(name)) && since.indexOf('\n') < 0) {
      return sum(current.parts).compareTo(current.points.value()) < 0;
    }
    if (since.contains("其中") && since.chars().noneMatch(c -> c == ';' || c == '。' || c == '\n')) {
      return sum(current.parts).compareTo(current.points.value()) < 0;
    }
    // (and an item named for what the part is named for, in the list its colon opened: 满意度指标扣4.6分：…，游客满意度扣1.6分；…，
    // 满意度扣3分。)
    if (!current.parts.isEmpty() && ScoreDeduction.partKey(name).equals(ScoreDeduction.partKey(current.name)) && opensItsList(since)
        && since.indexOf('。') < 0 && since.indexOf('\n') < 0) {
      return sum(current.parts).compareTo(current.points.value()) < 0;
    }
    // (its first item too, on the line that names it: 效益部分扣5.5分：（1）满意度91.60%，低于目标，扣2.5分；…)
    int after = current.parts.isEmpty() ? current.namedAt : current.parts.get(current.parts.size() - 1).evidence().end();
    // (a full stop after the part's reason ends what its colon opened: 决策扣1分：…未设置量化指标。过程扣1分：…)
    if (componentKeys.isEmpty() || componentKeys.contains(ScoreDeduction.partKey(name)) || after < 0 || after > q.start()
        || t.substring(after, q.start()).indexOf('\n') >= 0 || current.parts.isEmpty() && t.substring(after, q.start()).indexOf('。') >= 0
        || current.parts.isEmpty() && !opensItsList(t.substring(after, q.start()))) {
      return false;
    }
    return sum(current.parts).compareTo(current.points.value()) < 0;
  }

  /** Whether the total's sentence goes on with the parts' points: ，其中决策扣1分、… */
  private boolean partsToldAfter(String t, Quantity total) {
    Matcher m = PARTS_AFTER_THE_TOTAL.matcher(t).region(total.end(), t.length());
    return m.lookingAt() && partNamed.matcher(m.group(1)).matches();
  }

  /** Whether the words after a part's points open its list with a colon before any clause ends (效益部分扣5.5分：（1）满意度…). */
  private static boolean opensItsList(String since) {
    int colon = since.indexOf(':');
    return colon >= 0 && since.substring(0, colon).chars().noneMatch(c -> c == ';' || c == '。' || c == ',');
  }

  /** Whether the points close a quoted scale, the points it gave after it (按“延期1个月以内扣1分”扣1.00分: the 1分 is the scale's). */
  private static boolean aQuotedScale(String t, Quantity q) {
    return QUOTE_CLOSES_A_SCALE.matcher(t).region(q.end(), t.length()).lookingAt();
  }

  /** The words after a scale quoted before the points it gave (按“每低于1个百分点扣0.5分”扣0.9分: nothing). */
  private static String pastAQuotedScale(String clause) {
    int quoteEnd = Math.max(clause.lastIndexOf('”'), clause.lastIndexOf('"'));
    return quoteEnd < 0 ? clause : clause.substring(quoteEnd + 1);
  }

  /**
   * The clause before the one that ends in the deduction, on its line: 每所扣0.5分 before 共扣1.5分; none across a line's end (其中…
   * 效益28.0分，权重…⏎1．决策—绩效目标（扣1.00分）).
   */
  private static String previousClause(String t, int from, Quantity q) {
    int comma = t.lastIndexOf(',', q.start() - 1);
    return comma < 0 || t.lastIndexOf('\n', q.start() - 1) > comma ? "" : clauseBefore(t, from, comma);
  }

  /** The words of a deduction, from the last mark before it to its 扣: 决策指标 in 决策指标扣1分, 合计 in 合计扣12分. */
  private static String clauseBefore(String t, int from, Quantity q) {
    return clauseBefore(t, from, q.start());
  }

  /** The same for the words ending at {@code end}. */
  private static String clauseBefore(String t, int from, int end) {
    if (end <= from) {
      return "";
    }
    int start = end - clauseLength(t, end);
    String words = t.substring(Math.max(from, start), end).strip().replace("\n", "");
    Matcher number = CLAUSE_OPENING.matcher(words);
    words = number.lookingAt() ? words.substring(number.end()) : words;
    return DEDUCTED.matcher(LOST_THEN_SUMMED.matcher(words).replaceFirst("$1")).replaceFirst("").strip();
  }

  private static int clauseLength(String t, int end) {
    int k = end;
    while (k > 0 && (!CLAUSE_MARK.matcher(String.valueOf(t.charAt(k - 1))).matches() || LineWraps.wrapsWords(t, k - 1))) {
      k--;
    }
    return end - k;
  }

  /** The clauses a deduction ends, from the last deduction before it or the last ；, 。 or line: where a part may be named. */
  private static String clauseOpening(String t, int from, Quantity q) {
    // past the close of the aside the deduction before stood in (其中决策14.0分（扣1.0分）、过程23.5分（扣1.5分）…)
    String opening = DEDUCTED.matcher(t.substring(openingStart(t, from, q), q.start())).replaceFirst("").replaceFirst("^\\)[、,]?", "");
    Matcher m = CLAUSE_OPENING.matcher(opening);
    opening = m.lookingAt() ? opening.substring(m.end()) : opening;
    opening = SCORES_OPEN.matcher(LIST_OPENS.matcher(opening).replaceFirst("")).replaceFirst("");
    Matcher announced = ANNOUNCED.matcher(opening);
    if (announced.lookingAt()) {
      opening = opening.substring(announced.end()).replaceFirst("^[\\s:,]*", "");
    }
    return opening;
  }

  /** How the line or clause a deduction ends is numbered: (1) and (一) as (d) and (h), 1. as d., 一、 as h、, 一是 as 是; else null. */
  private static String numbering(String t, int from, Quantity q) {
    Matcher m = CLAUSE_OPENING.matcher(t.substring(openingStart(t, from, q), q.start()));
    if (!m.lookingAt() || m.group("number") == null) {
      return null;
    }
    String n = m.group("number");
    String digits = n.replaceAll("[^\\d一二三四五六七八九十]", "");
    String kind = digits.chars().allMatch(Character::isDigit) ? "d" : "h";
    return n.startsWith("(") ? "(" + kind + ")" : n.endsWith("是") ? "是" : kind + n.charAt(n.length() - 1);
  }

  /** Whether the deduction's clauses open with a point numbered after the words that announce it (主要原因：一是…). */
  private static boolean pointNumbered(String t, int from, Quantity q) {
    return POINT_NUMBERED.matcher(t.substring(openingStart(t, from, q), q.start())).find();
  }

  private static int openingStart(String t, int from, Quantity q) {
    int k = q.start();
    while (k > from && t.charAt(k - 1) != ';' && t.charAt(k - 1) != '。' && t.charAt(k - 1) != '\n') {
      k--;
    }
    return k;
  }

  /** A deduction as read so far: the part it is of, the points stated for it, what they are made of. */
  private static final class Item {
    final String name;
    PlainNumber points;
    final List<PlainNumber> parts = new ArrayList<>();
    /** Whether a sum of its own closed it (…，共扣2.5分; 产出指标共扣5分): what follows is no part of it. */
    boolean summed;
    /** Where the first of its parts stands, for a part named at the opening of its clauses; else -1. */
    int opening = -1;

    /** How the clauses that named it are numbered ((一), 1., 一是), or null. */
    final String numbering;
    /** Where it was last named with its points. */
    int namedAt = -1;
    /** Whether it was named in a summary by part, its own items to come on other lines, if at all. */
    boolean oneOfASummary;

    Item(String name, PlainNumber points, String numbering) {
      this.name = name;
      this.points = points;
      this.numbering = numbering;
    }

    /** An item naming no part, with its points and nothing listed under them. */
    boolean alone() {
      return name == null && points != null && parts.isEmpty();
    }

    ScoreDeduction deduction() {
      return new ScoreDeduction(name, points, parts);
    }
  }
}
