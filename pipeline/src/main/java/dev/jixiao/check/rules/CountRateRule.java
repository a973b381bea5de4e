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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rate named for what part of a count did (合格率, 满意度, 达标率, 参保率) against that part over the
 * whole, counted in one measure in one clause: 年度考核136人，合格132人，考核合格率97.06%; 收回有效问卷
 * 192份，其中满意180份，满意度93.75%. The part is the nearest count before the rate whose label holds the
 * rate's word (合格, 满意) but not the rate's name itself (满意度调查问卷); the whole, any other count of
 * its measure back to the clause's start or the rate before it (发放问卷200份，收回192份，其中满意180份:
 * the rate may be of either), and past a rate when the part's clause picks it out with 其中 (收回有效问卷760份，
 * 回收率95.00%，其中满意740份，满意度97.37%); the part may also follow its rate so (满意度为97.45%，其中满意573份), or
 * stand with the whole in parentheses after it (单元工程优良率86.7%（优良单元工程52个，共60个）), or alone there, its whole before the
 * rate (收回有效问卷486份，满意度98.15%（满意477份）).
 * A completion rate is plan.rate's, rates of money the spending rules'.
 */
@RuleInfo(
    id = "count.rate",
    severity = Severity.ERROR,
    zh = "部分数 ÷ 总数 与所述比率不符（考核136人，合格132人，合格率97.06%）",
    en = "a rate named for what part of a count did (考核136人，合格132人，合格率97.06%) against that part over the whole")
public final class CountRateRule implements Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** A rate named for a deed: the two characters before 率 or 度 (合格率, 满意度为). */
  private static final Pattern RATE = Pattern.compile("(\\p{IsHan}{2})(?:率|度)(?:为|达到|达|是)?$");
  /** Words of rates that are no share of a count: of a plan (plan.rate's), of money, of a change. */
  private static final Set<String> NOT_OF_A_COUNT = Set.of("完成", "执行", "增长", "下降", "减少", "增加", "到位", "调整", "支付", "拨付", "使用",
      "节约", "偏离", "贡献", "增幅", "降幅");

  /** Words of a plan or an aim (计划, 目标, 任务), which make a completion rate plan.rate's. */
  private static final Pattern PLANNED = Pattern.compile("计划|目标|任务|预期|应");
  /** A change (增加11.8公里) or the count it is from (较上年的2,136.2公里): no whole of a share. */
  private static final Pattern CHANGE_OR_BASE = Pattern.compile("增加|减少|提高|下降|增长|^较|^比|同比");
  /** A count named as those that did not (未持证, 不合格, 没有参保): the deed after the negation. */
  private static final Pattern DID_NOT = Pattern.compile("^[,，;；]?(?:未|不|没有|尚未)(\\p{IsHan}{2,6})$");
  /** Words that all of a count did something (126个…全部配套, 均已达标). */
  private static final Pattern ALL = Pattern.compile("全部|均|全都");
  /** How many characters two counts' labels must end alike to be of one kind (食堂供餐学校, 企业供餐学校). */
  private static final int KIN = 2;
  /** A semicolon and then the part's own words, no more figures between (；表示满意的, ；其中满意); not the rest (；其余4盏). */
  private static final Pattern NEXT_CLAUSE = Pattern.compile("^\\s*[;；]\\s*(?!其余|剩余|另|此外)[^\\d,，;；。]{0,12}$");
  /** A rate of two deeds together (解决和计划解决率, 满意和基本满意率): of their counts' sum, no one count's. */
  private static final Pattern JOINED = Pattern.compile("\\p{IsHan}{2}(?:和|及|与|或)\\p{IsHan}{2,}[率度]$");
  /** What a count's sentence says it did not do: 未能在年内接入, 尚未验收 (group 1 the words after the negation). */
  private static final Pattern DID_NOT_AFTER = Pattern.compile("(?:未能|尚未|未|没有)(\\p{IsHan}{2,10})");
  private static final int DID_NOT_REACH = 40;
  /** How far after a count its clause is read for words that all of it did the deed. */
  private static final int ALL_REACH = 40;
  /** Questionnaires returned or valid: 收回, 回收, 有效问卷. */
  private static final Pattern RETURNED = Pattern.compile("收回|回收|有效");
  /** What picks a count out of the one before it: …行政村（社区）中的118个, 中有. */
  private static final Pattern PICKED_OUT = Pattern.compile("^[^,，;；。\\d]{0,16}中(?:的|有)$");
  /** A count named as the rest (其余2个因…待验收, 剩余的3个): with the part, the whole. */
  /** Words that say a count was done, whatever the deed (按期完成, 实际完成, 实到). */
  private static final Pattern DONE = Pattern.compile("完成|实到|实际");
  /** How far before the deed's words 应 may stand and still say it was due (应送检溯源: the 应 three characters before 溯源). */
  private static final int DUE_REACH = 3;
  private static final Pattern THE_REST = Pattern.compile("^(?:其余|剩余|余下)");
  /** A deed written either way round (收回有效问卷…，回收率…), in full (参加城乡居民医疗保险…，参保率…), or as who came (实到…，出席率…). */
  private static final Map<String, String> SAME_DEED = Map.of("回收", "收回", "参保", "参加", "出席", "实到");

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    String text = report.text();
    List<Figure> fs = report.figures();
    // the rates, by name, whose whole the report leaves unstated (空置公租房146套，空置率5.13%)
    Map<String, Figure> ofAnUnstatedWhole = new HashMap<>();
    for (int i = 0; text != null && i < fs.size(); i++) {
      Figure rate = fs.get(i);
      Matcher named = RATE.matcher(SpendingLabels.label(rate));
      if (!Figure.PERCENT.equals(rate.kind()) || rate.op() != null || !named.find()) {
        continue;
      }
      String deed = named.group(1);
      List<Figure> before = Sentences.countsBefore(fs, i, text);
      // done of all there was to do (实施项目21个，完成19个，完成率90.48%), where the clause plans nothing (plan.rate's)
      boolean doneOfAll = "完成".equals(deed) && before.stream().noneMatch(CountRateRule::planned);
      if (NOT_OF_A_COUNT.contains(deed) && !doneOfAll) {
        continue;
      }
      Figure partBefore = partNamed(before, SpendingLabels.rateName(rate), deed);
      // the part and the whole may stand in parentheses after the rate (优良率86.7%（优良单元工程52个，共60个）)
      List<Figure> inParentheses = partBefore != null ? List.of() : inParenthesesAfter(fs, i, text);
      Figure partInParentheses = partNamed(inParentheses, SpendingLabels.rateName(rate), deed) == null ? null : smaller(inParentheses);
      // or the part alone, its whole before the rate (收回有效问卷486份，满意度98.15%（满意477份）)
      Figure aloneInParentheses = inParentheses.size() == 1 && names(inParentheses.get(0), deed) ? inParentheses.get(0) : null;
      // the part may follow its rate (回收有效问卷588份，满意度为97.45%，其中满意573份)
      Figure nearest = partBefore != null ? partBefore : partInParentheses != null ? partInParentheses
          : aloneInParentheses != null ? aloneInParentheses : partAfter(fs, i, text, deed);
      if (nearest == null || ofSeveralParts(SpendingLabels.rateName(rate), nearest, before)
          || JOINED.matcher(SpendingLabels.rateName(rate)).find() || headsAList(fs, text, nearest, i, deed) || besideANamedOne(text, nearest)) {
        continue;
      }
      // the part picked out of the count before it (覆盖全县一百二十六个行政村（社区）中的118个): that count is its whole
      Figure pickedOut = pickedOutOf(fs, text, nearest, i);
      Figure part = pickedOut != null ? pickedOut : nearest;
      List<Figure> counts = partBefore != null ? before : partInParentheses != null ? inParentheses
          : withPart(part == aloneInParentheses ? pastTheRateBefore(fs, i, text, before) : before, part);
      List<Figure> candidates = new ArrayList<>(counts);
      candidates.addAll(beforeTheRateItFollows(fs, text, before.isEmpty() ? i : Figures.positionOf(fs, before.get(before.size() - 1), i)));
      // a part named as a sum (全年共发放16批次, after 按月发放12批次 and 按季度发放4批次) is a whole, and no smaller count its whole
      boolean summed = Sentences.SUMMED.matcher(SpendingLabels.label(part)).find();
      List<Figure> wholes = candidates.stream()
          .filter(f -> f != part && Figures.onesUnit(f).equals(Figures.onesUnit(part)) && Figures.ones(f).signum() > 0)
          .filter(f -> !summed || Figures.ones(f).compareTo(Figures.ones(part)) >= 0)
          .filter(f -> !CHANGE_OR_BASE.matcher(SpendingLabels.label(f)).find())
          // an aside's count smaller than the part (…档案86,120卷（上年末为80,120卷，本年新增6,000卷）) tells of it, no whole of it
          .filter(f -> !(Sentences.inParentheses(text, f) && !Sentences.inParentheses(text, part) && Figures.ones(f).compareTo(Figures.ones(part)) < 0))
          .toList();
      // a part named as all there are (全县126个规模养殖场…全部配套，配套率100%) is its own whole
      if (allOfThemDid(text, part, deed)) {
        wholes = List.of(part);
      }
      if (wholes.isEmpty()) {
        ofAnUnstatedWhole.put(SpendingLabels.rateName(rate), rate);
      }
      // the same rate again in the sentence is of that whole too (…，空置率5.13%；经翻新后配租64套，年末空置82套，空置率2.88%)
      Figure again = ofAnUnstatedWhole.get(SpendingLabels.rateName(rate));
      boolean sameWhole = again != null && again != rate && Sentences.oneStatement(text, again, rate);
      // (the questionnaires returned, counted in 份, stand for those who answered, counted in 家 or 人: 收回96份；表示满意的89家，满意度92.71%)
      boolean ofTheReturned = candidates.stream().anyMatch(f -> f != part && RETURNED.matcher(SpendingLabels.label(f)).find()
          && "份".equals(Figures.onesUnit(f)) && gives(part, f, rate));
      if (wholes.isEmpty() || sameWhole || ofTheReturned || wholes.stream().anyMatch(w -> gives(part, w, rate))
          || givesWithItsKin(part, wholes, rate)
          || givesWithTheRest(text, part, wholes, rate, deed) || anotherPartGives(before, part, candidates, deed, rate)
          || ofTheWholeOfTheRateBefore(fs, text, i, part, rate) || pickedOutOfIt(text, part, wholes, rate, deed)) {
        continue;
      }
      // the rest's whole holds it: the one set aside before it (除1人…外，其余117人) is not its whole
      Figure whole = THE_REST.matcher(SpendingLabels.label(part)).find()
          ? wholes.stream().filter(w -> Figures.ones(w).compareTo(Figures.ones(part)) > 0).findFirst().orElse(wholes.get(0))
          : wholes.get(0);
      String expected = Figures.rateLike(rate, Figures.ones(part), Figures.ones(whole));
      String rateName = SpendingLabels.rateName(rate);
      out.add(FindingBuilder.of(this)
          .subject(rateName)
          .message(SpendingLabels.label(part) + part.text() + " ÷ " + whole.text() + " 约为" + expected + "，报告写的是" + rateName
                  + rate.text() + "。",
              part.text() + " (" + SpendingLabels.label(part) + ") of " + whole.text() + " is about " + expected + ", not the stated "
                  + rate.text() + ".")
          .stated(rate.text())
          .expected(expected)
          .evidence(rate.evidence(), part.evidence(), whole.evidence())
          .build());
    }
    return out;
  }

  /**
   * Whether the part's count is joined to one named before it (县花鼓戏剧团和4个民营院团考核合格): those that did it are the named one
   * and the count, which no figure states.
   */
  private static boolean besideANamedOne(String text, Figure part) {
    int at = part.evidence().start();
    return at >= 2 && "和及与".indexOf(text.charAt(at - 1)) >= 0 && Character.isIdeographic(text.charAt(at - 2));
  }

  /** The count right after the part in its clause, picked out of it with 中的 or 中有 (…行政村（社区）中的118个), or null. */
  private static Figure pickedOutOf(List<Figure> fs, String text, Figure part, int rateAt) {
    int k = Figures.positionOf(fs, part, rateAt);
    if (k < 0 || k + 1 >= rateAt) {
      return null;
    }
    Figure next = fs.get(k + 1);
    return Figure.COUNT.equals(next.kind()) && next.op() == null && Figures.onesUnit(next).equals(Figures.onesUnit(part))
        && PICKED_OUT.matcher(Sentences.between(text, part, next)).find() ? next : null;
  }

  /**
   * Whether the part opens a list of counts joined by 、 whose next item names no deed (全年实施产地检疫生猪28,460头、牛1,120头、
   * 羊3,240只…，产地检疫率100%): the deed its label names is of every item, so it is one item, not those that did it. Items that
   * each name theirs, or its negation (满意226户、基本满意11户、不满意3户), are not so.
   */
  private static boolean headsAList(List<Figure> fs, String text, Figure part, int rateAt, String deed) {
    int k = Figures.positionOf(fs, part, rateAt);
    if (k < 0 || k + 1 >= fs.size()) {
      return false;
    }
    Figure next = fs.get(k + 1);
    return Figure.COUNT.equals(next.kind()) && Sentences.between(text, part, next).startsWith("、")
        && !SpendingLabels.label(next).contains(deed);
  }

  /** A rate's name without its last word 率 or 度 (合格率 → 合格): what its part's label names. */
  private static String withoutRateWord(String rateName) {
    return rateName.endsWith("率") || rateName.endsWith("度") ? rateName.substring(0, rateName.length() - 1) : rateName;
  }

  /**
   * The nearest count named for the rate, by the longest end of the rate's name any count's label holds:
   * in 其中集中供养318人，分散供养1108人，集中供养率22.30% the part is 集中供养's, not the nearer 分散供养's,
   * though both hold the two characters (供养) before 率.
   */
  private static Figure partNamed(List<Figure> counts, String rateName, String deed) {
    String name = withoutRateWord(rateName);
    for (int length = name.length(); length > deed.length(); length--) {
      String end = name.substring(name.length() - length);
      Figure named = counts.stream().filter(f -> names(f, end)).findFirst().orElse(null);
      if (named != null) {
        return named;
      }
    }
    Figure named = counts.stream().filter(f -> names(f, deed)).findFirst().orElse(null);
    if (named != null) {
      return named;
    }
    // those that did it told only as done, right after those due to (应送检溯源的计量标准器57台（件），按期完成56台（件），按期溯源率98.25%)
    Figure due = counts.stream().filter(f -> due(SpendingLabels.label(f), deed)).findFirst().orElse(null);
    return due == null ? null : counts.stream()
        .filter(f -> f.evidence().start() > due.evidence().start() && DONE.matcher(SpendingLabels.label(f)).find())
        .findFirst().orElse(null);
  }

  /**
   * Whether the rate is of several counts together, the part named by the end of its name and another by the rest
   * (优良中等路率 of 优良路1,392.6公里 and 中等路431.5公里): no one count is its part.
   */
  private static boolean ofSeveralParts(String rateName, Figure part, List<Figure> counts) {
    String name = withoutRateWord(rateName);
    String label = SpendingLabels.label(part);
    int end = name.length();
    while (end > 0 && label.contains(name.substring(end - 1))) {
      end--;
    }
    String rest = name.substring(0, end);
    String kind = rest + name.substring(name.length() - 1); // 优良 and the 路 both are
    return rest.length() >= 2 && counts.stream().anyMatch(f -> f != part && SpendingLabels.label(f).endsWith(kind));
  }

  /** The count right after the rate at i in its sentence, picked out with 其中 and named for the rate's deed; else null. */
  private static Figure partAfter(List<Figure> fs, int i, String text, String deed) {
    if (i + 1 >= fs.size()) {
      return null;
    }
    Figure next = fs.get(i + 1);
    Figure rate = fs.get(i);
    if (!Figure.COUNT.equals(next.kind()) || next.op() != null || next.evidence().start() < rate.evidence().end()
        || !Sentences.together(text, rate, next) || !names(next, deed)) {
      return null;
    }
    return picksOut(text, rate, next) ? next : null;
  }

  /** The counts in the parentheses right after the rate at i (86.7%（优良单元工程52个，共60个）), in the text's order. */
  private static List<Figure> inParenthesesAfter(List<Figure> fs, int i, String text) {
    int open = fs.get(i).evidence().end();
    int close = open < text.length() && (text.charAt(open) == '（' || text.charAt(open) == '(') ? closing(text, open + 1) : -1;
    List<Figure> out = new ArrayList<>();
    for (int k = i + 1; close > 0 && k < fs.size() && fs.get(k).evidence().end() <= close; k++) {
      Figure f = fs.get(k);
      if (f.evidence().start() > open && Figure.COUNT.equals(f.kind()) && f.op() == null && f.unit() != null) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * The part of two counts of one measure in parentheses: the smaller, as their labels may not tell (60个单元工程中优良52个
   * names both for 优良); null unless there are two such.
   */
  private static Figure smaller(List<Figure> counts) {
    if (counts.size() != 2 || !Figures.onesUnit(counts.get(0)).equals(Figures.onesUnit(counts.get(1)))) {
      return null;
    }
    return Figures.ones(counts.get(0)).compareTo(Figures.ones(counts.get(1))) <= 0 ? counts.get(0) : counts.get(1);
  }

  /** Where the parenthesis opened before {@code from} closes, within a short clause; -1 past a sentence's end. */
  private static int closing(String text, int from) {
    for (int k = from; k < Math.min(text.length(), from + 40); k++) {
      char c = text.charAt(k);
      if (c == '）' || c == ')') {
        return k;
      }
      if (c == '。' || c == '\n' || c == '（' || c == '(') {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the clause of {@code after} picks it out with 其中 right after {@code before} (…95.00%，其中满意740份). */
  private static boolean picksOut(String text, Figure before, Figure after) {
    return Sentences.WHICH.matcher(text.substring(before.evidence().end(), after.evidence().start()).strip()).lookingAt();
  }

  /**
   * The counts before the rate at i, or, when another rate stands right before it in its sentence (回收率97.2%，满意度…), those
   * before that one: the whole a part in parentheses after the rate is of.
   */
  private static List<Figure> pastTheRateBefore(List<Figure> fs, int i, String text, List<Figure> before) {
    if (!before.isEmpty() || i < 1 || !Figure.PERCENT.equals(fs.get(i - 1).kind()) || !Sentences.together(text, fs.get(i - 1), fs.get(i))) {
      return before;
    }
    return Sentences.countsBefore(fs, i - 1, text);
  }

  private static List<Figure> withPart(List<Figure> counts, Figure part) {
    List<Figure> all = new ArrayList<>(List.of(part));
    all.addAll(counts);
    return all;
  }

  /** A count of what was planned or aimed at (计划500户, 目标6500人): the whole of plan.rate's rates. */
  private static boolean planned(Figure f) {
    return PLANNED.matcher(SpendingLabels.label(f)).find();
  }

  /**
   * The counts of the clause before a rate that the clause at {@code first} follows with 其中, or as the next clause after a
   * semicolon: "收回有效问卷760份，回收率95.00%，其中满意740份" counts the satisfied among the 760 returned, past the rate between.
   */
  private static List<Figure> beforeTheRateItFollows(List<Figure> fs, String text, int first) {
    int rate = first - 1;
    if (rate < 1 || !Figure.PERCENT.equals(fs.get(rate).kind())) {
      return List.of();
    }
    boolean picked = Sentences.together(text, fs.get(rate), fs.get(first)) && picksOut(text, fs.get(rate), fs.get(first));
    // or the next clause of its sentence, after a semicolon (回收有效问卷392份，回收率98.00%；表示满意的371份，满意度94.64%)
    // but not where a count before that rate is of the part's kind (可网办事项1,318项，可网办率95.09%；全程网办事项1,012项: two kinds
    // side by side, neither the other's whole)
    boolean nextClause = Sentences.oneStatement(text, fs.get(rate), fs.get(first)) && NEXT_CLAUSE.matcher(Sentences.between(text,
        fs.get(rate), fs.get(first))).lookingAt();
    List<Figure> counts = picked || nextClause ? Sentences.countsBefore(fs, rate, text) : List.of();
    String label = SpendingLabels.label(fs.get(first));
    return picked || counts.stream().noneMatch(c -> endsAlike(label, SpendingLabels.label(c))) ? counts : List.of();
  }

  /** Whether a count's label names the deed (合格, 其中满意; 收回 for 回收) and not the rate of it (满意度调查问卷). */
  private static boolean names(Figure f, String deed) {
    String label = SpendingLabels.label(f);
    String named = SAME_DEED.getOrDefault(deed, deed);
    // (not those who should have done it: 应出席委员236人，实到221人，出席率93.64% counts 236 as the whole; 应送检溯源的计量标准器57台)
    // nor those who did not (合格3,329批次，不合格89批次，合格率97.4%), unless the rate is of them (不合格率: its deed is 不合格 then)
    // nor so many for each (每个村配备儿童主任1名, 共286名): a count per unit
    return (label.contains(deed) || label.contains(named)) && !label.contains(deed + "度") && !label.contains(deed + "率")
        && !due(label, deed) && !label.contains("不" + deed) && !label.contains("未" + deed)
        && !label.startsWith("每");
  }


  /** Whether the label says the deed was due (应出席, 应当验收, 应送检溯源): a few words at most between 应 and the deed. */
  private static boolean due(String label, String deed) {
    int at = label.indexOf(deed);
    int due = at < 0 ? -1 : label.lastIndexOf('应', at);
    return due >= 0 && at - due <= DUE_REACH;
  }

  /**
   * Whether the part over the sum of it and its kin gives the rate: the counts of one classification, each of one kind
   * (食堂供餐学校44所，企业供餐学校2所，食堂供餐率95.65%: 44 of 46), where no count states their whole.
   */
  private static boolean givesWithItsKin(Figure part, List<Figure> others, Figure rate) {
    String label = SpendingLabels.label(part);
    List<Figure> kin = others.stream().filter(f -> endsAlike(label, SpendingLabels.label(f))).toList();
    if (kin.isEmpty()) {
      return false;
    }
    Interval sum = Figures.of(part);
    for (Figure f : kin) {
      sum = sum.plus(Figures.of(f));
    }
    Interval computed = Figures.of(part).dividedBy(sum);
    return computed != null && computed.times(HUNDRED).intersects(Figures.of(rate));
  }

  /**
   * Whether another count before the rate named for its deed gives it over any whole (满意226户、基本满意11户、不满意3户，满意度94.17%:
   * 226 of 240, though 基本满意 stands nearer and names 满意 too).
   */
  private static boolean anotherPartGives(List<Figure> before, Figure part, List<Figure> candidates, String deed, Figure rate) {
    return before.stream().filter(p -> p != part && names(p, deed)).anyMatch(p -> candidates.stream()
        .anyMatch(w -> w != p && Figures.onesUnit(w).equals(Figures.onesUnit(p)) && Figures.ones(w).signum() > 0 && gives(p, w, rate)));
  }

  /**
   * Whether the rate is of the whole the rate before it in the sentence is of, which neither states: the counts of parts side by
   * side, each with its rate (在管患者1241名，管理率96.50%；规范管理1103名，规范管理率85.77%; both of the 1286 registered). The whole is
   * the count before that rate over it, and the part over that whole gives the rate.
   */
  private static boolean ofTheWholeOfTheRateBefore(List<Figure> fs, String text, int i, Figure part, Figure rate) {
    int at = Figures.positionOf(fs, part, i);
    int before = at - 1;
    while (before >= 0 && !Figure.PERCENT.equals(fs.get(before).kind())) {
      before--;
    }
    if (before < 1 || fs.get(before).op() != null || !Sentences.oneStatement(text, fs.get(before), part)) {
      return false;
    }
    Figure earlierRate = fs.get(before);
    return Sentences.countsBefore(fs, before, text).stream()
        .filter(c -> Figures.onesUnit(c).equals(Figures.onesUnit(part)) && Figures.ones(c).signum() > 0)
        .anyMatch(c -> {
          Interval computed = Figures.of(part).times(Figures.of(earlierRate)).dividedBy(Figures.of(c));
          return computed != null && computed.intersects(Figures.of(rate));
        });
  }

  /**
   * Whether a smaller count after the part, picked out of it with 其中 and the deed said after it, is the rate's part and the part its
   * whole (全年报告AEFI病例37例，其中36例在48小时内报告，报告率97.30%: 36 of 37, the deed's word in the whole's label too).
   */
  private static boolean pickedOutOfIt(String text, Figure part, List<Figure> others, Figure rate, String deed) {
    return others.stream()
        .filter(f -> f.evidence().start() > part.evidence().start() && f.evidence().end() <= rate.evidence().start()
            && Figures.ones(f).compareTo(Figures.ones(part)) < 0
            && Sentences.WHICH.matcher(text.substring(part.evidence().end(), f.evidence().start())).lookingAt()
            && text.substring(f.evidence().end(), rate.evidence().start()).contains(deed))
        .anyMatch(f -> gives(f, part, rate));
  }

  /**
   * Whether a smaller count after the part, opening its clause with no name (the rest, as the part names them) or named as those
   * that did not (持证上岗190名，未持证40名), is what the rate is not of (合格558人，12人经补训补考后取得结业证书，首次考核合格率97.89%:
   * 558 of 570); a count named otherwise (企业供餐2所) is of another kind.
   */
  private static boolean givesWithTheRest(String text, Figure part, List<Figure> others, Figure rate, String deed) {
    return others.stream()
        .filter(f -> f.evidence().start() > part.evidence().start() && Figures.ones(f).compareTo(Figures.ones(part)) < 0
            && f.evidence().start() > 0 && ("，,；;".indexOf(text.charAt(f.evidence().start() - 1)) >= 0 || namesTheOthers(f, part)
                || THE_REST.matcher(SpendingLabels.label(f)).lookingAt() || saysItDidNot(text, f, deed)))
        .anyMatch(rest -> {
          Interval computed = Figures.of(part).dividedBy(Figures.of(part).plus(Figures.of(rest)));
          return computed != null && computed.times(HUNDRED).intersects(Figures.of(rate));
        });
  }

  /** The words right after a figure, up to the first of {@code stops} or {@code reach} characters. */
  private static String after(String text, Figure f, String stops, int reach) {
    int from = f.evidence().end();
    int end = from;
    while (end < text.length() && end - from < reach && stops.indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return text.substring(from, end);
  }

  /**
   * Whether what the text says after the count, in its sentence, is that it did not do the deed (老车站停车场232个泊位因完工较晚…，未能在年内
   * 接入，按泊位计算接入率80.44%).
   */
  private static boolean saysItDidNot(String text, Figure count, String deed) {
    Matcher not = DID_NOT_AFTER.matcher(after(text, count, "；;。\n", DID_NOT_REACH));
    while (not.find()) {
      if (not.group(1).contains(deed)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the count is named as those that did not do the part's deed (未持证 beside 持证上岗, 不合格 beside 合格). */
  private static boolean namesTheOthers(Figure count, Figure part) {
    Matcher not = DID_NOT.matcher(SpendingLabels.label(count));
    return not.matches() && SpendingLabels.label(part).contains(not.group(1));
  }

  /**
   * Whether the clause after the count says all of them did the deed (全县126个规模养殖场粪污处理设施装备全部配套); not where 全部
   * comes before the count, of something else (各项目全部合格的117个, of 120 checked).
   */
  private static boolean allOfThemDid(String text, Figure count, String deed) {
    // the rest all did (除1人提前解约外，其余117人均稳定在岗): the rest is a part, the one set aside with it the whole
    if (THE_REST.matcher(SpendingLabels.label(count)).find()) {
      return false;
    }
    String clause = after(text, count, "，,；;。\n", ALL_REACH);
    int did = clause.indexOf(deed);
    Matcher all = ALL.matcher(clause);
    return did > 0 && all.find() && all.start() < did;
  }

  private static boolean endsAlike(String a, String b) {
    int n = 0;
    while (n < Math.min(a.length(), b.length()) && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
      n++;
    }
    return n >= KIN && a.length() > n && b.length() > n;
  }

  private static boolean gives(Figure part, Figure whole, Figure rate) {
    Interval computed = Figures.of(part).dividedBy(Figures.of(whole));
    return computed == null || computed.times(HUNDRED).intersects(Figures.of(rate));
  }
}
