package dev.jixiao.extract;

import dev.jixiao.extract.project.AmountRole;
import dev.jixiao.record.Figure;
import dev.jixiao.text.ChineseNumerals;
import dev.jixiao.text.Line;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links figures that the text states as parts of a total, so the checks can add them up:
 * <ul>
 *   <li>"X 1813.15万元，其中：A 1320.99万元、B 492.16万元" — A and B are parts of X, up to the end of
 *       the clause (；) or sentence (。); also when 其中 opens the next sentence and X is the one
 *       amount of its own ("支出799.12万元。其中：A…");
 *   <li>"核定事业编制50个，实有43人：甲核定编制18个，实有16人；乙…。" — a colon after figures opens a
 *       list of parts that runs to the end of the sentence, crossing ；, as does a list after 其中：
 *       whose items ； separates ("其中：A 3859.16万元，占93.54%；B 266.33万元，占6.46%。");
 *   <li>"基本支出911000.39元，其中：" ending its line — the parts are the paragraphs after it that
 *       open with their label and figure ("人员经费809961.19元，主要包括…"), up to a heading or a
 *       paragraph that opens otherwise;
 * </ul>
 * Also "基本支出中，人员经费1148.36万元，公用经费178.42万元。": a sentence that opens with an amount's
 * name and 中 breaks down the last amount of that name before it in its section.
 * Each part belongs to the total of its own unit (18个 to 50个, 16人 to 43人); figures in
 * parentheses after a part are that part's own (局本级187人（在职在编139人、退休人员8人）), as an open
 * list, and a breakdown opened in parentheses (总投资3374.3万元（其中建筑工程3292万元）) ends where they
 * close. Counts by level (一级指标3个，二级指标9个) and changes from the year before (比上年增加…) are
 * no parts. Also counts the items a count names ("内设机构6个：A、B、C、D" names 4). Figures get ids
 * f1, f2, … in order.
 */
final class Breakdowns {
  /** A sentence's or a clause's opening that names what it breaks down: 基本支出中， 实际支出中： 提升资金中，其中： */
  private static final Pattern NAMED_OPENING = Pattern.compile("[ ]*([“”\\p{IsHan}]{2,12}?)中[ ]*[,，:：](?:[ ]*其中[ ]*[,，:：]?)?");
  /** The words of an amount's name such an opening may name. */
  private static final Pattern MONEY_NAME = Pattern.compile("支出|收入|资金|经费|预算|拨款");
  /** A sentence's opening that names a classification of what the sentence before counts: 按项目类型分：, 按资金来源划分， */
  private static final Pattern CLASSIFIED = Pattern.compile("[ ]*按\\p{IsHan}{1,8}?(?:分|划分|分类|统计)[ ]*[,，:：]");
  /** A clause of words alone between two figures: a list of parts does not go on past it. */
  private static final Pattern ACROSS_A_CLAUSE = Pattern.compile("[,，][^,，、;；。\\d]{6,}[,，]");
  /** A figure the whole is set against (为年度目标4,500人次的), no part of it. */
  private static final Pattern OF_A_TARGET = Pattern.compile("^[ ]*为.{0,8}(?:目标|计划|任务)");
  /** Words around an amount still missing: 尚有…未到位, 尚未拨付…. */
  private static final Pattern OUTSTANDING_BEFORE = Pattern.compile("(?:尚有|尚余|仍有|尚未(?:到位|拨付|支付|下达))[ ]*$");
  private static final Pattern OUTSTANDING_AFTER = Pattern.compile("[ ]*(?:资金)?(?:尚)?未(?:到位|拨付|支付|下达)");
  /** A second classification of the same whole after a semicolon (…；按支出用途分，其中：…). */
  private static final Pattern ANOTHER_CLASSIFICATION = Pattern.compile("[;；][ ]*按\\p{IsHan}{1,8}?(?:分|划分|分类|统计)[ ]*[,，:：]");
  /** A sentence's opening that lists each one's amount of a deed: 各乡镇拨付金额分别为：, 各村分配资金： */
  private static final Pattern EACH_ONES =
      Pattern.compile("[ ]*各\\p{IsHan}{1,6}?(拨付|分配|安排|下达|支出|使用|发放)(?:金额|资金|情况)?(?:分别)?(?:为|是)?[ ]*[,，:：]");
  /** The gap after a total that names where its money came from, as 其中 would: 总投资3680万元，资金来源为：A…，B… (or 资金来源为A…). */
  private static final Pattern SOURCES_NAMED =
      Pattern.compile("^[ ]*[,，]?[ ]*(?:其)?(?:资金|经费)?来源(?:(?:为|是|包括|构成)[ ]*[:：]?|[ ]*[:：])");
  /** A gap that ends a sentence and opens the next with 其中, on the same line. */
  private static final Pattern NEXT_SENTENCE = Pattern.compile("[ ]*。[ ]*其中");
  /**
   * What follows a total that opens a list on the lines after it: ，其中： (or 。其中：, which opens the
   * list of the sentence's one amount) and the line's end.
   */
  private static final Pattern LIST_AT_LINE_END = Pattern.compile("[ ]*(?:[,，]|(。))?[ ]*其中[ ]*[:：][ ]*");
  /** A list of names after a count: after a colon to the clause's end, or in parentheses after the count or its noun. */
  /** A total that counts its items first: 三档合计, 以上四项共计, 上述3类合计. */
  private static final Pattern COUNTED_TOTAL = Pattern.compile("^(?:以上|上述)?([两二三四五六七八九十]|\\d{1,2})(?:项|档|类|个项目|个)(?:合计|共计|总计)");
  /** A sentence that opens announcing how many items it lists: 按困难程度分三档资助：, 分为四类： (not one more sentence after). */
  private static final Pattern COUNTED_LIST =
      Pattern.compile("^[^。]{0,12}?分(?:为)?([两二三四五六七八九十]|\\d{1,2})(?:档|类|项|个部分|个方面)[^:。]{0,6}:");
  /** A sentence that ends its line announcing the list on the lines after it, and what it is of: 具体支出如下：. */
  private static final Pattern AS_FOLLOWS = Pattern.compile("[。][ ]*(?:具体|主要|各项)?(?:资金)?(支出|使用|分配|安排)(?:情况|明细)?如下[ ]*[:：][ ]*$");
  /** Labels of an amount spent and of one budgeted, for a list that says which it breaks down (资金使用明细如下). */
  private static final Pattern SPENT_TOTAL = Pattern.compile("支出|使用|执行数|执行金额|决算");
  private static final Pattern BUDGETED_TOTAL = Pattern.compile("预算|安排|分配|下达");
  /** The same announcement as a line of its own: 具体支出如下：. */
  private static final Pattern AS_FOLLOWS_ALONE = Pattern.compile("(?:具体|主要|各项)?(?:资金)?(支出|使用|分配|安排)(?:情况|明细)?如下[ ]*[:：]");
  private static final Pattern NAMED_LIST = Pattern.compile("[ ]*(?::([^;。\n]*)|\\p{IsHan}{0,8}\\(([^()\n]*)\\))");
  /** Deeds listed before what they were done to (新建、改扩建幼儿园5所): no names of the things counted. */
  private static final Pattern DEEDS_LISTED = Pattern.compile("(?:新建|改建|扩建|改扩建|新改扩建|改造|维修|修缮|新增|建成|提升)、");
  /** The units a count of named institutions is in (3个内设机构, 2所学校). */
  private static final Set<String> INSTITUTIONS = Set.of("个", "家", "所");
  /** The years names hold (2023年, 2022年度). */
  private static final Pattern YEARS = Pattern.compile("(?:19|20)\\d{2}年度?");
  /** The item number a list may open with (1.2022年财政建设补助经费…). */
  private static final Pattern ITEM_NUMBER = Pattern.compile("^[ ]*\\d{1,2}[.、](?=\\D|(?:19|20)\\d{2}年)");
  /** The words that join a list's last item on. */
  private static final Pattern JOINER = Pattern.compile("[和及与]");
  /** A change's words (比上年增加, 同比减少; 减少 alone where a wrapped line cut off 同比). */
  private static final Pattern CHANGE = Pattern.compile("(?:(?:比|较|与|同比|环比).{0,12}?)?(?:增加|增长|上升|减少|下降|降低|节约|节省)了?");
  /** Words that make a label a total's. */
  private static final Pattern TOTAL_WORDS = Pattern.compile("总额|总计|合计|总金额|总支出|总收入|总数");
  /** A level of a hierarchy: 一级指标, 二级指标. */
  private static final Pattern LEVEL = Pattern.compile("[一二三四五六]级");
  /** The longest label a part listed on a line of its own opens with. */
  private static final int MAX_PART_LABEL = 24;

  /**
   * Words of an amount per unit: 人均, 亩均, 年均 (均 after a unit, as {@link Labels} reads it), 平均, 每人,
   * 每亩 (not 每年, an amount a year).
   */
  private static final Pattern PER_UNIT =
      Pattern.compile("[" + Labels.PER_UNIT + "]均|平均|每(?:人|户|亩|名|位|岗|生|平方米|公里|吨|笔|个)|单价");

  /** What opens a clause about others than a breakdown's (；另有…, ；此外…) after its last part. */
  private static final Pattern OTHERS_BESIDE = Pattern.compile("^[^。]*[;；][ ]*(?:另有|另外|此外|另)");

  /**
   * What stands between a total and the last of its parts before it: ，合计 (共计, 总计, 共; 两项合计, 两个项目合计; 合计支出; 可用资金合计),
   * perhaps with 为 or 达.
   */
  private static final Pattern SUM_AFTER_PARTS = Pattern.compile("\\s*[,，、]\\s*(?:(?:以上|上述)?(?:[两二三四五六七八九十]|\\d{1,2})(?:项|个项目)(?:资金)?"
      + "|(?:可用|可支配|到位)?资金)?(?:合计|共计|总计|共)(?:支出|金额|资金)?(?:为|达)?\\s*");

  /** An amount of a period of the year: its quarter (第一季度支出) or half (上半年拨付), and the deed. */
  private static final Pattern PERIOD_OF_THE_YEAR = Pattern.compile("^第?([一二三四1-4]季度|[上下]半年)(?:度)?(?:累计|实际|共)?(支出|拨付|支付|完成)$");
  /** A line's opening that says its amounts go by the periods of the year: 分季度看，, 按季度： */
  private static final Pattern BY_PERIOD = Pattern.compile("(?:分|按)(?:季度|半年)(?:看|来看|统计)?[ ]*[,，:：]");
  private static final List<String> QUARTERS = List.of("一季度", "二季度", "三季度", "四季度");
  private static final List<String> HALVES = List.of("上半年", "下半年");
  /** The budget after its adjustment (调整后预算, 预算调整为). */
  private static final Pattern ADJUSTED = Pattern.compile("调整后.{0,6}预算|调整预算后|预算调整后|调整为[ ]*$");

  /** What an item's count times its price came to (计4.20万元, 计金额). */
  private static final Pattern RECKONED = Pattern.compile("^(?:共|小)?计(?:金额|资金)?(?:为)?$");
  /** An item's price (单价0.35万元, 每套0.05万元). */
  private static final Pattern PRICE = Pattern.compile("单价|^每");

  /** A comparison's base by its label: 比上年, 较年初, 比预算数. */
  private static final Pattern BASE = Pattern.compile("^(?:比|较)[^，,。；;\\d]{0,10}$");

  private Breakdowns() {}

  static List<Figure> link(DocumentView v, List<Figure> figures) {
    int n = figures.size();
    String t = v.text();
    String[] partOf = new String[n];
    Boolean[] closed = new Boolean[n];
    Integer[] listed = new Integer[n];
    for (int i = 0; i < n; i++) {
      Figure f = figures.get(i);
      String gap = i + 1 < n ? between(t, f, figures.get(i + 1)) : "";
      boolean colon = gap.stripLeading().startsWith(":");
      // "支出3502.16万元，执行率96.51%。其中：A…": the sentence's one amount, though its rate ends it
      Integer lone = summable(f) || !NEXT_SENTENCE.matcher(gap).lookingAt() ? null : loneAmountBefore(t, figures, i);
      if (lone == null && !summable(f) && NEXT_SENTENCE.matcher(gap).lookingAt()) {
        lone = spentAfterItsBudget(t, figures, i);
      }
      if (lone == null && Figure.PERCENT.equals(f.kind()) && gap.contains("其中") && !hasBreak(gap)) {
        lone = amountRightBefore(t, figures, i, partOf, closed);
      }
      // "实际支出15.26万元，比预算减少2.74万元，其中：公务接待费4.86万元…": parts that name no change are of the amount changed
      if (lone == null && isChange(f) && Figure.MONEY.equals(f.kind()) && gap.contains("其中") && !hasBreak(gap) && i + 1 < n
          && !namesAChange(figures.get(i + 1))) {
        lone = amountBeforeItsChange(t, figures, i, partOf, closed);
      }
      // "结余163.14万元（收入…减支出3,382.16万元），其中：…": parts after a parenthesis are of the amount it explains
      Integer explained = gap.contains("其中") && depthChange(gap.substring(0, gap.indexOf("其中"))) < 0
          ? explainedBefore(t, figures, i) : null;
      if (explained != null) {
        lone = explained;
      }
      // the total of a list on the lines after: this figure, or the one amount of the sentence it ends
      int head = summable(f) && explained == null ? i : lone == null ? -1 : lone;
      if (head >= 0 && opensAListOnTheLinesAfter(v, f, head == i && !aloneInItsSentence(t, figures, i))) {
        closed[head] = listOnTheLinesAfter(v, figures, i, head, partOf) >= 2 ? Boolean.TRUE : null;
      } else if (summable(f) && (gap.contains("其中") || colon && !hasBreak(gap) || SOURCES_NAMED.matcher(gap).find()) || lone != null) {
        Map<String, Integer> totals = lone == null ? totalsBefore(t, figures, i) : new HashMap<>(Map.of(unitKey(figures.get(lone)), lone));
        // 全年实施项目18个，预算资金…，实际支出…。其中乡村振兴项目6个，支出…：the sentence's one count is broken down too
        Integer count = lone != null && Figure.MONEY.equals(figures.get(lone).kind()) ? loneCountBefore(t, figures, i) : null;
        if (count != null) {
          totals.putIfAbsent(unitKey(figures.get(count)), count);
        }
        boolean semicolons = !colon && itemsEndAtSemicolons(t, figures, lone == null ? i : lone, i, gap);
        String stop = colon || semicolons ? "。\n" : ";。\n";
        // "X。其中：A、B": a sentence that opens with 其中 breaks down the one before, when X is the one
        // amount that sentence states (after "…90分以上的58个，60分以下1个。其中，抽查项目3个" it is of them all)
        boolean nextSentence = NEXT_SENTENCE.matcher(gap).lookingAt() && (lone != null || aloneInItsSentence(t, figures, i) || adjusted(f));
        String firstGap = nextSentence ? gap.substring(gap.indexOf("其中")) : gap;
        // "X（其中A）": a breakdown opened in parentheses ends where they close
        int base = depthChange(firstGap) > 0 ? 1 : 0;
        int j = i + 1;
        int depth = 0;
        int owner = i;
        boolean summedUp = false;
        boolean listEnded = false; // by what the parts fall short of, or by what the whole is set against
        while (j < n && !containsAny(j == i + 1 ? firstGap : between(t, figures.get(j - 1), figures.get(j)), stop)) {
          if (j > i + 1 && SUM_AFTER_PARTS.matcher(between(t, figures.get(j - 1), figures.get(j))).matches()) {
            summedUp = true; // "其中A80万元，B20万元，合计100万元": the parts' sum closes the list, no item of it
            break;
          }
          // a part's own breakdown in parentheses, "局本级187人（在职在编139人、退休人员8人）", is of that part
          int outside = depth;
          depth = Math.max(0, depth + depthChange(j == i + 1 ? firstGap : between(t, figures.get(j - 1), figures.get(j))));
          if (depth < base) {
            break;
          }
          if (outside == base && depth > base) {
            owner = j - 1;
          }
          if (depth > base && owner > i) {
            // not what a rate per unit is reckoned from (人均培训成本367.67元（176.85万元÷4,810人次）)
            if (partOf[j] == null && summable(figures.get(j)) && summable(figures.get(owner))
                && unitKey(figures.get(j)).equals(unitKey(figures.get(owner)))) {
              partOf[j] = "f" + (owner + 1);
            }
            j++;
            continue;
          }
          if (j > i + 1 && between(t, figures.get(j - 1), figures.get(j)).contains("其中")) {
            break; // the figure before this 其中 opens a breakdown of its own
          }
          if (semicolons && between(t, figures.get(j - 1), figures.get(j)).contains(";") && namesATotal(figures.get(j))) {
            break; // "…；负债总额500万元": the next statement, not the next item
          }
          if (j > i + 1 && ACROSS_A_CLAUSE.matcher(between(t, figures.get(j - 1), figures.get(j))).find()) {
            break; // "其中：A150,000元、B110,000元，赞助资金全部用于冲抵活动成本，冲抵后财政净支出793,730元": a clause between ends the list
          }
          if (OF_A_TARGET.matcher(figures.get(j).label() == null ? "" : figures.get(j).label()).find()) {
            listEnded = true; // the parts were all listed
            break; // "…县级3,050人次，为年度目标4,500人次的106.9%": the target the whole is measured against ends the parts
          }
          if (outstanding(t, figures.get(j))) {
            listEnded = true;
            break; // "其中：县级30.00万元全额到位，镇级到位15.00万元，尚有3.00万元未到位": what is missing is beside the parts
          }
          Integer total = totals.get(unitKey(figures.get(j)));
          // "调整后预算4,946.80万元。其中：一般公共预算年初预算2,864.50万元、调整后预算3,126.80万元，…": each budget's measure
          // before its adjustment is of the year-start total the sentence before states, not of the adjusted one
          if (total != null && adjusted(figures.get(total)) && yearStart(figures.get(j))) {
            total = yearStartBefore(t, figures, total);
          }
          if (total != null && partOf[j] == null && summable(figures.get(j))) {
            partOf[j] = "f" + (total + 1);
          }
          j++;
        }
        if (j < n && j > i + 1 && between(t, figures.get(j - 1), figures.get(j)).contains("其中")) {
          partOf[j - 1] = null;
        }
        // "其中公务员41人，事业人员27人；另有社区工作者186人": what 另有 adds is beside the whole, which the parts closed
        boolean reachedEnd = base > 0 || summedUp || listEnded || j >= n
            || OTHERS_BESIDE.matcher(between(t, figures.get(j - 1), figures.get(j))).find()
            || containsAny(between(t, figures.get(j - 1), figures.get(j)), "。\n")
            || clauseEndsAt(t, figures.get(j - 1).evidence().end(), "。\n")
            || stop.indexOf(';') >= 0 && enumeratedUpTo(t, figures, i, j) && clauseEndsAt(t, figures.get(j - 1).evidence().end(), ";");
        for (int total : totals.values()) {
          closed[total] = colon || reachedEnd;
        }
        if (summedUp) {
          pickedAndSummed(figures, i, j, totals, partOf, closed);
        }
        if (count != null && !Arrays.asList(partOf).contains("f" + (count + 1))) {
          closed[count] = null; // no part of the count followed
        }
      }
      if (Figure.COUNT.equals(f.kind())) {
        listed[i] = namedItems(t, f);
      }
    }
    linkSentencesOpeningWithTheirTotal(v, figures, partOf, closed);
    linkTotalsAfterTheirParts(v.text(), figures, partOf, closed);
    linkClassifications(v, figures, partOf, closed);
    linkEachOnesAmounts(v, figures, partOf, closed);
    linkListsAsFollows(v, figures, partOf, closed);
    linkListsUnderAHeading(v, figures, partOf, closed);
    linkCountedTotalsOfTheSentenceBefore(v.text(), figures, partOf, closed);
    linkTotalsBeforeACountedList(v.text(), figures, partOf, closed);
    linkPeriodsOfTheYear(v, figures, partOf, closed);
    unlinkLevels(figures, partOf, closed);
    List<Figure> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(figures.get(i).withStructure("f" + (i + 1), partOf[i], closed[i], listed[i]));
    }
    return out;
  }

  /**
   * The amount of money the change at i is of, right before it in its sentence, past the base it is compared with (实际支出
   * 15.26万元，比预算18.00万元减少2.74万元): what a 其中 after the change breaks down when its parts name no change. None when
   * that amount is a change itself, or already a part or a total.
   */
  private static Integer amountBeforeItsChange(String t, List<Figure> figures, int i, String[] partOf, Boolean[] closed) {
    int k = i - 1;
    if (k > 0 && isBase(figures.get(k))) {
      k--;
    }
    Integer amount = k < 0 ? null : freeAmountInTheSentence(t, figures, k, i, partOf, closed, Figure.MONEY);
    return amount == null || isChange(figures.get(amount)) ? null : amount;
  }

  /**
   * The amount of money right before the rate at i in its sentence, which a 其中 after the rate breaks down (支出合计1.18亿元，
   * 较上年增长9.26%，其中基本支出…): no part is of a rate. None when that figure is a change (增加5人，增长7.35%，其中…
   * may break down the change) or already a part or a total.
   */
  private static Integer amountRightBefore(String t, List<Figure> figures, int i, String[] partOf, Boolean[] closed) {
    if (i == 0) {
      return null;
    }
    int k = i - 1;
    // past its comparison with the year before (“三公”经费支出4.20万元，较上年5.40万元减少1.20万元，下降22.22%，其中…)
    if (k > 0 && isChange(figures.get(k))) {
      k--;
      if (k > 0 && isBase(figures.get(k))) {
        k--;
      }
    }
    // money, or a count whose parts are listed (完成改厕1545户，完成率103%，其中新建1236户，占80%；改造309户，占20%; 其中C级42户、D级16户):
    // one count picked out after its rate (回收问卷760份，回收率95.00%，其中满意740份) is count.rate's
    String kind = partsListed(t, figures, k, i) ? Figure.COUNT : Figure.MONEY;
    return freeAmountInTheSentence(t, figures, k, i, partOf, closed, kind);
  }

  /**
   * Whether the figure after the rate at i is a part in the count at k's measure, with its share of it (占…) right after it or
   * another such part after an enumeration comma.
   */
  private static boolean partsListed(String t, List<Figure> figures, int k, int i) {
    if (i + 2 >= figures.size() || !Figure.COUNT.equals(figures.get(k).kind()) || anotherCountBefore(t, figures, k)) {
      return false;
    }
    Figure part = figures.get(i + 1);
    Figure next = figures.get(i + 2);
    String unit = unitKey(figures.get(k));
    boolean share = Figure.PERCENT.equals(next.kind()) && labelOf(next).startsWith("占");
    boolean another = Figure.COUNT.equals(next.kind()) && unitKey(next).equals(unit) && between(t, part, next).contains("、");
    return Figure.COUNT.equals(part.kind()) && unitKey(part).equals(unit) && (share || another);
  }

  /**
   * Whether the count at k follows another of its measure in its sentence (共安排项目168个，已完工163个，完工率97.02%；其中…): the
   * parts after the rate may be of either.
   */
  private static boolean anotherCountBefore(String t, List<Figure> figures, int k) {
    for (int j = k - 1; j >= 0 && !containsAny(between(t, figures.get(j), figures.get(j + 1)), "。;；\n"); j--) {
      if (Figure.COUNT.equals(figures.get(j).kind()) && unitKey(figures.get(j)).equals(unitKey(figures.get(k)))) {
        return true;
      }
    }
    return false;
  }

  /** {@code k} when the figure there is an amount of the kind, no part nor total yet, in the clause of the figure at i; else null. */
  private static Integer freeAmountInTheSentence(String t, List<Figure> figures, int k, int i, String[] partOf, Boolean[] closed,
      String kind) {
    Figure amount = figures.get(k);
    boolean free = partOf[k] == null && closed[k] == null;
    boolean inItsSentence = !containsAny(between(t, amount, figures.get(i)), ";；。\n");
    return free && summable(amount) && kind.equals(amount.kind()) && inItsSentence ? k : null;
  }

  /**
   * A total after its parts, named by 合计, 共计, 总计 or 共 alone (新建农村户厕2400户，改造1860户，合计4260户; 新建2个，改造4个，共6个): the
   * whole of what its sentence stated before it. Only where every figure before it in the sentence is a part
   * in its measure and no part or total already, so that 每户补助500元，共计60户 or 培训2期，共计120人 are no
   * breakdown.
   */
  private static void linkTotalsAfterTheirParts(String t, List<Figure> figures, String[] partOf, Boolean[] closed) {
    for (int i = 2; i < figures.size(); i++) {
      Figure total = figures.get(i);
      if (!SUM_AFTER_PARTS.matcher(between(t, figures.get(i - 1), total)).matches() || !summable(total) || partOf[i] != null
          || closed[i] != null) {
        continue;
      }
      int first = i;
      while (first > 0 && !containsAny(between(t, figures.get(first - 1), figures.get(first)), ";；。\n")) {
        first--;
      }
      boolean allParts = i - first >= 2;
      for (int k = first; k < i && allParts; k++) {
        Figure f = figures.get(k);
        allParts = summable(f) && partOf[k] == null && closed[k] == null && unitKey(f).equals(unitKey(total))
            && (k == first || !between(t, figures.get(k - 1), f).contains("其中"));
      }
      if (allParts) {
        for (int k = first; k < i; k++) {
          partOf[k] = "f" + (i + 1);
        }
        closed[i] = Boolean.TRUE;
      } else {
        linkTheItemsReckoned(t, figures, i, partOf, closed);
      }
    }
  }

  /**
   * A total after items each reckoned with its count and price (购置风力灭火机12台，单价0.35万元，计4.20万元；购置防火服100套，
   * 单价0.05万元，计5.00万元，合计9.20万元): the whole of the amounts named 计, back to the sentence's start across its
   * semicolons. Only where every other figure on the way is such an item's count or price, and two items at least.
   */
  private static void linkTheItemsReckoned(String t, List<Figure> figures, int i, String[] partOf, Boolean[] closed) {
    Figure total = figures.get(i);
    if (!Figure.MONEY.equals(total.kind())) {
      return;
    }
    List<Integer> items = new ArrayList<>();
    for (int k = i - 1; k >= 0 && !containsAny(between(t, figures.get(k), figures.get(k + 1)), "。\n"); k--) {
      Figure f = figures.get(k);
      String label = labelOf(f);
      if (Figure.MONEY.equals(f.kind()) && RECKONED.matcher(label).matches() && partOf[k] == null && closed[k] == null
          && unitKey(f).equals(unitKey(total))) {
        items.add(k);
      } else if (!Figure.COUNT.equals(f.kind()) && !(Figure.MONEY.equals(f.kind()) && PRICE.matcher(label).find())) {
        return; // an amount of something else on the way
      }
    }
    if (items.size() >= 2) {
      items.forEach(k -> partOf[k] = "f" + (i + 1));
      closed[i] = Boolean.TRUE;
    }
  }

  /**
   * Links the year's four quarters (第一季度支出120.50万元，…，第四季度支出289.20万元) or its two halves (上半年…，下半年…), named
   * for one deed, to the amount of that deed stated last before them on their line (全年实际支出800.00万元): all the year's
   * periods are all of it. Rates between them (预算执行率98.46%) are passed over; any other amount leaves them unlinked.
   */
  private static void linkPeriodsOfTheYear(DocumentView v, List<Figure> figures, String[] partOf, Boolean[] closed) {
    String t = v.text();
    for (int i = 0; i < figures.size(); i++) {
      Matcher first = PERIOD_OF_THE_YEAR.matcher(labelOf(figures.get(i)));
      if (!first.matches() || partOf[i] != null || !Figure.MONEY.equals(figures.get(i).kind())) {
        continue;
      }
      String deed = first.group(2);
      List<String> periods = new ArrayList<>();
      int j = i;
      while (j < figures.size() && partOf[j] == null && (j == i || !containsAny(between(t, figures.get(j - 1), figures.get(j)), "\n"))) {
        String period = periodOf(figures.get(j), deed);
        if (period == null) {
          break;
        }
        periods.add(period);
        j++;
      }
      boolean all = periods.equals(QUARTERS) || periods.equals(HALVES);
      Integer total = all ? deedStatedBefore(t, figures, i, deed, partOf, closed) : null;
      Line line = v.layout().lineAt(figures.get(i).evidence().start());
      if (all && total == null && BY_PERIOD.matcher(t).region(line.contentStart(), line.contentEnd()).lookingAt()) {
        total = deedOfTheParagraphBefore(v, figures, i, deed, partOf, closed);
      }
      if (total != null) {
        for (int k = i; k < j; k++) {
          partOf[k] = "f" + (total + 1);
        }
        closed[total] = Boolean.TRUE;
      }
      i = j - 1;
    }
  }

  /**
   * The amount of the deed the paragraph before states last (…支出补贴资金223.20万元，预算执行率98.41%。结余资金3.60万元…), for
   * periods on a line that opens saying it goes by them (分季度看，第一季度支出…); null when it states none, or none free.
   */
  private static Integer deedOfTheParagraphBefore(DocumentView v, List<Figure> figures, int i, String deed, String[] partOf,
      Boolean[] closed) {
    Line line = v.layout().lineAt(figures.get(i).evidence().start());
    Line before = previousLine(v, line);
    for (int k = i - 1; k >= 0 && before != null && figures.get(k).evidence().start() >= before.start(); k--) {
      Figure f = figures.get(k);
      if (f.evidence().start() < line.start() && Figure.MONEY.equals(f.kind()) && f.op() == null && labelOf(f).contains(deed)
          && !labelOf(f).contains("季度") && !labelOf(f).contains("半年")) {
        return partOf[k] == null && closed[k] == null ? k : null;
      }
    }
    return null;
  }

  /** The period of the year an amount names for the deed (一季度 for 第1季度支出, 上半年), or null. */
  private static String periodOf(Figure f, String deed) {
    Matcher m = PERIOD_OF_THE_YEAR.matcher(labelOf(f));
    if (!Figure.MONEY.equals(f.kind()) || !m.matches() || !m.group(2).equals(deed)) {
      return null;
    }
    return m.group(1).replace('1', '一').replace('2', '二').replace('3', '三').replace('4', '四');
  }

  /** The amount right before the figure at i on its line, rates aside, when its label ends with the deed (全年实际支出 for 支出). */
  private static Integer deedStatedBefore(String t, List<Figure> figures, int i, String deed, String[] partOf, Boolean[] closed) {
    for (int k = i - 1; k >= 0 && !containsAny(between(t, figures.get(k), figures.get(i)), "\n"); k--) {
      Figure f = figures.get(k);
      if (Figure.PERCENT.equals(f.kind())) {
        continue;
      }
      boolean named = Figure.MONEY.equals(f.kind()) && f.op() == null && labelOf(f).endsWith(deed) && !labelOf(f).contains("季度");
      return named && partOf[k] == null && closed[k] == null ? k : null;
    }
    return null;
  }

  /**
   * Links the amounts of a sentence that opens with an amount's name and 中 (基本支出中，人员经费…，
   * 公用经费…。) to the last amount before it in its section whose label ends with that name (基本支出,
   * or 项目实际支出 for 实际支出中, 已拨付补助资金 for 已拨付的补助资金中), when none of them is a part already; two or
   * more are the whole.
   */
  private static void linkSentencesOpeningWithTheirTotal(DocumentView v, List<Figure> figures, String[] partOf, Boolean[] closed) {
    String t = v.text();
    for (int i = 0; i < figures.size(); i++) {
      Figure first = figures.get(i);
      // or the clause's after a semicolon (…；旅游基础设施提升资金中，其中：旅游公路520.00万元、…)
      int at = first.evidence().start();
      int start = Math.max(sentenceStart(t, at), Math.max(t.lastIndexOf(';', at - 1), t.lastIndexOf('；', at - 1)) + 1);
      // the sentence's first figure may be a count of what each amount was for (拨付的资金中，C级危房42户63.00万元，…)
      if (i > 0 && figures.get(i - 1).evidence().end() > start || !summable(first)) {
        continue;
      }
      Matcher m = NAMED_OPENING.matcher(t).region(start, first.evidence().start());
      if (!m.lookingAt() || !MONEY_NAME.matcher(m.group(1)).find()) {
        continue;
      }
      Integer total = namedBefore(v, figures, i, m.group(1));
      List<Integer> parts = new ArrayList<>();
      for (int j = i; j < figures.size() && (j == i || !hasBreak(between(t, figures.get(j - 1), figures.get(j)))); j++) {
        if (summable(figures.get(j)) && Figure.MONEY.equals(figures.get(j).kind())) {
          parts.add(j);
        }
      }
      if (total == null || parts.stream().anyMatch(j -> partOf[j] != null)) {
        continue;
      }
      parts.forEach(j -> partOf[j] = "f" + (total + 1));
      closed[total] = parts.size() >= 2 ? Boolean.TRUE : null;
      i = parts.get(parts.size() - 1);
    }
  }

  /**
   * Links the figures of a sentence that opens by naming a classification (按项目类型分：产业发展项目9个，
   * 投资856.20万元；基础设施项目4个，…) to the totals of the sentence right before it, one per unit (共实施
   * 项目15个，总投资1286.40万元): the first of each that is a part of nothing. A classification covers
   * the whole, so two or more parts are it.
   */
  private static void linkClassifications(DocumentView v, List<Figure> figures, String[] partOf, Boolean[] closed) {
    String t = v.text();
    for (int i = 1; i < figures.size(); i++) {
      Figure first = figures.get(i);
      int start = sentenceStart(t, first.evidence().start());
      if (!opensAfterAFullStop(t, figures, i, start) || !CLASSIFIED.matcher(t).region(start, first.evidence().start()).lookingAt()) {
        continue;
      }
      Map<String, Integer> totals = new HashMap<>();
      for (int k = i - 1; k >= 0 && (k == i - 1 || !hasBreak(between(t, figures.get(k), figures.get(k + 1)))); k--) {
        if (summable(figures.get(k)) && partOf[k] == null) {
          totals.put(unitKey(figures.get(k)), k); // the sentence's first of each unit, read back to front
        }
      }
      // a total broken down already (总投资…，其中：财政衔接资金…) keeps that breakdown: a figure is part of one
      totals.values().removeIf(k -> Arrays.asList(partOf).contains("f" + (k + 1)));
      i = linkTheSentence(t, figures, i, totals, partOf, closed);
    }
  }

  /** Whether the sentence of the figure at i, starting at {@code start}, opens right after the full stop ending the figure before. */
  private static boolean opensAfterAFullStop(String t, List<Figure> figures, int i, int start) {
    int before = figures.get(i - 1).evidence().end();
    return before <= start && t.substring(before, start).strip().equals("。");
  }

  /**
   * Links each figure of the sentence from the figure at i on to the total of its unit among {@code totals}, where it is
   * part of nothing yet; a total with two or more parts is closed (they are all of it). Returns the sentence's last figure.
   */
  private static int linkTheSentence(String t, List<Figure> figures, int i, Map<String, Integer> totals, String[] partOf,
      Boolean[] closed) {
    Map<Integer, Integer> linked = new HashMap<>();
    int j = i;
    for (; j < figures.size() && (j == i || !hasBreak(between(t, figures.get(j - 1), figures.get(j)))); j++) {
      if (j > i && ANOTHER_CLASSIFICATION.matcher(between(t, figures.get(j - 1), figures.get(j))).find()) {
        break; // "按资金来源分，A、B；按支出用途分，C、D": each classification is the whole on its own
      }
      Integer total = totals.get(unitKey(figures.get(j)));
      if (total != null && partOf[j] == null && summable(figures.get(j))) {
        partOf[j] = "f" + (total + 1);
        linked.merge(total, 1, Integer::sum);
      }
    }
    linked.forEach((total, parts) -> closed[total] = parts >= 2 ? Boolean.TRUE : closed[total]);
    return j - 1;
  }

  /**
   * Links the amounts of a sentence that opens listing each one's share of what the sentence before paid or gave (各乡镇拨付
   * 金额分别为：东山镇86.5万元、西河镇72.3万元…) to that sentence's amount named for the same deed (实际拨付324.2万元; not
   * 尚未拨付). The list is of every one, so two or more parts are the whole.
   */
  private static void linkEachOnesAmounts(DocumentView v, List<Figure> figures, String[] partOf, Boolean[] closed) {
    String t = v.text();
    for (int i = 1; i < figures.size(); i++) {
      Figure first = figures.get(i);
      int start = sentenceStart(t, first.evidence().start());
      Matcher each = EACH_ONES.matcher(t).region(start, first.evidence().start());
      if (!opensAfterAFullStop(t, figures, i, start) || !each.lookingAt()) {
        continue;
      }
      Integer total = null;
      for (int k = i - 1; k >= 0 && (k == i - 1 || !hasBreak(between(t, figures.get(k), figures.get(k + 1)))); k--) {
        Figure f = figures.get(k);
        String label = f.label() == null ? "" : f.label();
        if (Figure.MONEY.equals(f.kind()) && summable(f) && label.contains(each.group(1)) && !label.contains("未")) {
          total = k; // the sentence's first so named, read back to front
        }
      }
      if (total == null || Arrays.asList(partOf).contains("f" + (total + 1))) {
        continue;
      }
      i = linkTheSentence(t, figures, i, Map.of(unitKey(figures.get(total)), total), partOf, closed);
    }
  }

  /** Where the sentence holding {@code pos} starts: after the last 。 or line break before it. */
  private static int sentenceStart(String t, int pos) {
    return Math.max(t.lastIndexOf('。', pos - 1), t.lastIndexOf('\n', pos - 1)) + 1;
  }

  /** The last amount before the figure at i in its section (after the last heading) whose label, the year aside, ends with {@code name}. */
  private static Integer namedBefore(DocumentView v, List<Figure> figures, int i, String name) {
    // the name may join its words with 的 where the label did not (已拨付的补助资金中 for 已拨付补助资金)
    String bare = name.replaceAll("[“”的]", "");
    // and may add the word for money the label left out (旅游基础设施提升资金中 for 旅游基础设施提升980.00万元)
    String named = bare.replaceFirst("(?:资金|经费)$", "");
    for (int k = i - 1; k >= 0; k--) {
      Figure f = figures.get(k);
      if (v.layout().lineAt(f.evidence().start()).isHeading() || headingBetween(v, f, figures.get(i))) {
        return null;
      }
      String label = f.label() == null ? "" : f.label().strip().replaceAll("[“”的]", "");
      if (Figure.MONEY.equals(f.kind()) && summable(f) && (label.endsWith(bare) || named.length() >= 2 && label.endsWith(named))) {
        return k;
      }
    }
    return null;
  }

  private static boolean headingBetween(DocumentView v, Figure a, Figure b) {
    int from = v.layout().lineAt(a.evidence().start()).index();
    int to = v.layout().lineAt(b.evidence().start()).index();
    for (int l = from + 1; l < to; l++) {
      if (v.lines().get(l).isHeading()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Unlinks the parts of a total that are its levels ("共编制12个绩效目标指标，其中一级指标3个，二级指标9个，
   * 三级指标12个"): each level of a hierarchy counts the whole again, so they do not add up to it.
   */
  private static void unlinkLevels(List<Figure> figures, String[] partOf, Boolean[] closed) {
    Map<String, List<Integer>> parts = new HashMap<>();
    for (int k = 0; k < partOf.length; k++) {
      if (partOf[k] != null) {
        parts.computeIfAbsent(partOf[k], x -> new ArrayList<>()).add(k);
      }
    }
    for (Map.Entry<String, List<Integer>> e : parts.entrySet()) {
      List<Integer> ps = e.getValue();
      if (ps.size() >= 2 && ps.stream().allMatch(k -> figures.get(k).label() != null && LEVEL.matcher(figures.get(k).label()).lookingAt())) {
        ps.forEach(k -> partOf[k] = null);
        closed[Integer.parseInt(e.getKey().substring(1)) - 1] = null;
      }
    }
  }

  /** The figure at i and those right before it in the same clause, one per unit ("81个，实有编制人数72人，其中"). */
  private static Map<String, Integer> totalsBefore(String t, List<Figure> figures, int i) {
    Map<String, Integer> totals = new HashMap<>();
    totals.put(unitKey(figures.get(i)), i);
    for (int k = i - 1; k >= 0; k--) {
      String gap = between(t, figures.get(k), figures.get(k + 1));
      if (containsAny(gap, ";。:\n") || gap.contains("其中")) {
        break;
      }
      totals.putIfAbsent(unitKey(figures.get(k)), k);
    }
    return totals;
  }

  /**
   * Whether the list that 其中 opens after the figure at i, breaking down the total at {@code total},
   * separates its items by ；: "收入合计4125.49万元，其中：财政拨款收入3859.16万元，占93.54%；其他收入
   * 266.33万元，占6.46%。" — a ； stands between its first part and the next, with no 。 or line break,
   * and the list opens with 其中： or its first item states its share (占…) or a rate named for it
   * (基本支出9712.18万元，基本支出执行率98.94%；项目支出…). Such a list runs to the
   * end of its sentence; one whose items are separated by commas ends at a ；.
   */
  private static boolean itemsEndAtSemicolons(String t, List<Figure> figures, int total, int i, String gap) {
    int opener = gap.indexOf("其中");
    if (opener < 0 || i + 1 >= figures.size()) {
      return false;
    }
    boolean colon = gap.substring(opener + 2).strip().startsWith(":");
    Figure first = figures.get(i + 1);
    if (countAndAmountPairs(t, figures, i, total)) {
      return true;
    }
    if (!summable(first) || !unitKey(first).equals(unitKey(figures.get(total)))) {
      return false;
    }
    boolean share = false;
    for (int k = i + 2; k < figures.size(); k++) {
      String between = between(t, figures.get(k - 1), figures.get(k));
      if (hasBreak(between)) {
        return false;
      }
      Figure before = figures.get(k - 1);
      share |= Figure.PERCENT.equals(before.kind()) && before.label() != null
          && (before.label().startsWith("占") || namesThePart(before, first));
      if (summable(figures.get(k)) && unitKey(figures.get(k)).equals(unitKey(first))) {
        return t.substring(first.evidence().end(), figures.get(k).evidence().start()).contains(";") && (colon || share);
      }
    }
    return false;
  }

  /**
   * Whether the list after the figure at i pairs a count (of another measure) with an amount of the total's measure in
   * each item, the items parted by ；: 其中乡村振兴衔接资金项目6个，支出1265.30万元；基础设施建设项目5个，支出986.24万元；….
   */
  private static boolean countAndAmountPairs(String t, List<Figure> figures, int i, int total) {
    if (i + 4 >= figures.size()) {
      return false;
    }
    String unit = unitKey(figures.get(total));
    for (int k = i + 1; k <= i + 3; k += 2) {
      Figure count = figures.get(k);
      Figure amount = figures.get(k + 1);
      String inside = between(t, count, amount);
      if (!Figure.COUNT.equals(count.kind()) || unitKey(count).equals(unit) || !summable(count) || !summable(amount)
          || !unitKey(amount).equals(unit) || hasBreak(inside) || inside.contains(";")) {
        return false;
      }
    }
    String apart = between(t, figures.get(i + 2), figures.get(i + 3));
    return apart.contains(";") && !hasBreak(apart);
  }

  /** A rate named for the part before it (基本支出9712.18万元，基本支出执行率98.94%): the part's own, as its share would be. */
  private static boolean namesThePart(Figure rate, Figure part) {
    String name = part.label() == null ? "" : part.label().strip();
    return name.length() >= 2 && rate.label().strip().startsWith(name) && rate.label().strip().endsWith("率");
  }

  /**
   * The budget after its adjustment, ending the sentence that states the budget and what was added
   * (年初预算18642.35万元，年中追加预算2357.65万元，调整后预算21000.00万元。其中：基本支出…): the budget the
   * year ended with, which the next sentence's 其中 breaks down.
   */
  private static boolean adjusted(Figure f) {
    return Figure.MONEY.equals(f.kind()) && f.label() != null && ADJUSTED.matcher(f.label()).find();
  }

  /** An amount of the budget before its adjustment (年初预算, 年初预算数). */
  private static boolean yearStart(Figure f) {
    return Figure.MONEY.equals(f.kind()) && f.label() != null && f.label().contains("年初预算");
  }

  /** The year-start budget stated in the sentence of the adjusted budget at {@code adjusted}, before it; else null. */
  private static Integer yearStartBefore(String t, List<Figure> figures, int adjusted) {
    for (int k = adjusted - 1; k >= 0 && !hasBreak(between(t, figures.get(k), figures.get(k + 1))); k--) {
      if (yearStart(figures.get(k)) && summable(figures.get(k))) {
        return k;
      }
    }
    return null;
  }

  /** A label that names a total of its own (负债总额, 支出合计): no item of another's list. */
  private static boolean namesATotal(Figure f) {
    return f.label() != null && TOTAL_WORDS.matcher(f.label()).find();
  }

  /**
   * "X，其中：" ending X's line: its parts are listed on the lines after it. So also after "。其中："
   * unless {@code notAfterAFullStop}: a sentence that opens with 其中 is of the sentence's one amount.
   */
  private static boolean opensAListOnTheLinesAfter(DocumentView v, Figure f, boolean notAfterAFullStop) {
    int end = f.evidence().end();
    Line line = v.layout().lineAt(end - 1);
    Matcher m = LIST_AT_LINE_END.matcher(v.text()).region(end, Math.max(end, line.contentEnd()));
    return m.matches() && (m.group(1) == null || !notAfterAFullStop);
  }

  /**
   * Links the parts listed on the lines after the figure at i to the total at {@code total} (i itself,
   * or the amount of i's sentence), and says how many: each a paragraph that opens with its label and
   * its figure (人员经费 809961.19 元，主要包括：…), in the total's unit.
   * A line that goes on with the paragraph before it (a hard wrap) is passed over; the list ends at
   * a heading, at a paragraph that opens otherwise, or at one numbered as the total's own line is.
   */
  private static int listOnTheLinesAfter(DocumentView v, List<Figure> figures, int i, int total, String[] partOf) {
    return listOnTheLinesAfter(v, figures, i, total, partOf, v.layout().lineAt(figures.get(i).evidence().end() - 1).index() + 1);
  }

  /** The same from the line {@code fromLine} on (past a line that announces the list: 具体支出如下：). */
  private static int listOnTheLinesAfter(DocumentView v, List<Figure> figures, int i, int total, String[] partOf, int fromLine) {
    List<Line> lines = v.lines();
    String key = unitKey(figures.get(total));
    int parts = 0;
    int j = i + 1;
    boolean paragraphStart = true;
    String totalsNumbering = shape(v.layout().lineAt(figures.get(total).evidence().start()).marker());
    Boolean numberedParts = null;
    for (int l = fromLine; l < lines.size(); l++) {
      Line line = lines.get(l);
      if (line.isBlank()) {
        continue;
      }
      if (line.isHeading()) {
        break;
      }
      boolean starts = paragraphStart;
      while (j < figures.size() && figures.get(j).evidence().start() < line.contentStart()) {
        j++;
      }
      boolean figureHere = j < figures.size() && figures.get(j).evidence().start() < line.contentEnd();
      paragraphStart = endsAParagraph(v, line, figures, j);
      if (!starts) {
        continue;
      }
      if (!figureHere || !opensWith(v, line, figures.get(j)) || !summable(figures.get(j)) || !unitKey(figures.get(j)).equals(key)) {
        break;
      }
      // "1. 基本支出…其中：" … "2. 项目支出…": the total's sibling, numbered as it is, ends its list, as
      // does a numbered line after parts that were not numbered, or the other way round
      String numbering = shape(line.marker());
      if (numbering != null && numbering.equals(totalsNumbering)
          || numberedParts != null && numberedParts != (numbering != null)) {
        break;
      }
      numberedParts = numbering != null;
      partOf[j] = "f" + (total + 1);
      parts++;
    }
    return parts;
  }

  /**
   * A sentence that opens with a total of as many items as it says (三档合计资金196.10万元) after the sentence
   * that lists them (一档…资金96.50万元；二档…资金76.80万元；三档…资金22.80万元。): the total of that sentence's
   * amounts of its measure, when there are just so many and none is a part or a total already.
   */
  private static void linkCountedTotalsOfTheSentenceBefore(String t, List<Figure> figures, String[] partOf, Boolean[] closed) {
    for (int i = 1; i < figures.size(); i++) {
      Figure total = figures.get(i);
      Matcher counted = total.label() == null ? null : COUNTED_TOTAL.matcher(total.label().strip());
      if (counted == null || !counted.lookingAt() || !summable(total) || partOf[i] != null || closed[i] != null
          || !containsAny(between(t, figures.get(i - 1), total), "。") || containsAny(between(t, figures.get(i - 1), total), "\n")) {
        continue;
      }
      String n = counted.group(1);
      int items = (int) ChineseNumerals.digitsOrNumerals(n).orElse(-1);
      List<Integer> parts = new ArrayList<>();
      for (int k = i - 1; k >= 0; k--) {
        Figure f = figures.get(k);
        if (k < i - 1 && containsAny(between(t, f, figures.get(k + 1)), "。\n")) {
          break;
        }
        if (summable(f) && unitKey(f).equals(unitKey(total))) {
          parts.add(k);
        }
      }
      if (parts.size() == items && parts.stream().allMatch(k -> partOf[k] == null && closed[k] == null)) {
        for (int k : parts) {
          partOf[k] = "f" + (i + 1);
        }
        closed[i] = Boolean.TRUE;
      }
    }
  }

  /**
   * A sentence that opens announcing as many items as it counts (按困难程度分三档资助：一档…资助386人…；二档…512人…；
   * 三档…228人…) after a sentence whose one amount of that measure is their total (全年共资助…学生1126人。): the
   * announced sentence's figures of the measure are its parts, when there are just so many and none is a part already.
   */
  private static void linkTotalsBeforeACountedList(String t, List<Figure> figures, String[] partOf, Boolean[] closed) {
    for (int i = 0; i + 1 < figures.size(); i++) {
      Figure total = figures.get(i);
      String gap = between(t, total, figures.get(i + 1));
      int stop = gap.indexOf('。');
      Matcher announced = stop < 0 || gap.indexOf('\n') >= 0 ? null : COUNTED_LIST.matcher(gap.substring(stop + 1));
      if (announced == null || !announced.find() || !summable(total) || partOf[i] != null || closed[i] != null
          || !aloneInItsSentence(t, figures, i)) {
        continue;
      }
      String n = announced.group(1);
      int items = (int) ChineseNumerals.digitsOrNumerals(n).orElse(-1);
      List<Integer> parts = new ArrayList<>();
      for (int k = i + 1; k < figures.size(); k++) {
        if (k > i + 1 && containsAny(between(t, figures.get(k - 1), figures.get(k)), "。\n")) {
          break;
        }
        if (summable(figures.get(k)) && unitKey(figures.get(k)).equals(unitKey(total))) {
          parts.add(k);
        }
      }
      if (parts.size() == items && parts.stream().allMatch(k -> partOf[k] == null && closed[k] == null)) {
        for (int k : parts) {
          partOf[k] = "f" + (i + 1);
        }
        closed[i] = Boolean.TRUE;
      }
    }
  }

  /**
   * "…实际支出1786.35万元，预算执行率96.56%，结余63.65万元。具体支出如下：" ending a line: the paragraphs
   * after it list the parts of the amount before whose label holds the word the list is of (支出), the
   * last such on the line, when nothing is broken down under it yet.
   */
  private static void linkListsAsFollows(DocumentView v, List<Figure> figures, String[] partOf, Boolean[] closed) {
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      Line line = v.layout().lineAt(f.evidence().end() - 1);
      boolean lastOnItsLine = i + 1 == figures.size() || figures.get(i + 1).evidence().start() >= line.contentEnd();
      Matcher follows = AS_FOLLOWS.matcher(v.text()).region(f.evidence().end(), Math.max(f.evidence().end(), line.contentEnd()));
      int listFrom = line.index() + 1;
      if (lastOnItsLine && !follows.find()) {
        // or the announcement on a line of its own after the amount's (…实际支出1786.35万元。 / 具体支出如下：)
        Line next = nextLine(v, line);
        follows = next == null ? follows : AS_FOLLOWS_ALONE.matcher(v.layout().content(next).strip());
        listFrom = next == null ? listFrom : next.index() + 1;
        if (next == null || !follows.matches() || !v.normalized(f.evidence().end(), line.contentEnd()).strip().matches("[^\\d]{0,20}[。;]")) {
          continue;
        }
      } else if (!lastOnItsLine) {
        continue;
      }
      String word = follows.group(1);
      Integer total = null;
      for (int k = i; k >= 0 && figures.get(k).evidence().start() >= line.contentStart(); k--) {
        Figure candidate = figures.get(k);
        if (summable(candidate) && candidate.label() != null && candidate.label().contains(word) && partOf[k] == null) {
          total = k;
          break;
        }
      }
      String id = total == null ? null : "f" + (total + 1);
      if (total != null && closed[total] == null && Arrays.stream(partOf).noneMatch(id::equals)) {
        closed[total] = listOnTheLinesAfter(v, figures, i, total, partOf, listFrom) >= 2 ? Boolean.TRUE : null;
      }
    }
  }

  /**
   * "二、项目资金使用情况" / "资金使用明细如下：" / "1.设备购置48.60万元；…": a list announced on a line of its own
   * right under a heading breaks down the amount of its kind (使用 and 支出: the amount spent; 分配 and 安排:
   * the amount budgeted) that the section before states, when it states just one such amount and nothing
   * is broken down under it yet.
   */
  private static void linkListsUnderAHeading(DocumentView v, List<Figure> figures, String[] partOf, Boolean[] closed) {
    int i = -1;
    for (Line line : v.lines()) {
      while (i + 1 < figures.size() && figures.get(i + 1).evidence().start() < line.contentStart()) {
        i++;
      }
      boolean figureOnIt = i + 1 < figures.size() && figures.get(i + 1).evidence().start() < line.contentEnd();
      Matcher follows = line.isBlank() || line.isHeading() || figureOnIt ? null
          : AS_FOLLOWS_ALONE.matcher(v.layout().content(line).strip());
      Line heading = follows != null && follows.matches() ? previousLine(v, line) : null;
      Line before = heading != null && heading.isHeading() ? previousLine(v, heading) : null;
      if (before == null || before.isHeading()) {
        continue;
      }
      Pattern kind = Set.of("使用", "支出").contains(follows.group(1)) ? SPENT_TOTAL : BUDGETED_TOTAL;
      int sectionStart = sectionStart(v, before, heading.heading());
      Integer total = null;
      for (int k = i; k >= 0 && figures.get(k).evidence().start() >= sectionStart; k--) {
        Figure f = figures.get(k);
        if (summable(f) && Figure.MONEY.equals(f.kind()) && f.label() != null && kind.matcher(f.label()).find() && partOf[k] == null) {
          if (total != null) {
            total = null; // two such amounts: which the list is of is not said
            break;
          }
          total = k;
        }
      }
      String id = total == null ? null : "f" + (total + 1);
      if (total != null && closed[total] == null && Arrays.stream(partOf).noneMatch(id::equals)) {
        closed[total] = listOnTheLinesAfter(v, figures, i, total, partOf, line.index() + 1) >= 2 ? Boolean.TRUE : null;
      }
    }
  }

  /**
   * "结余资金107.11万元，其中A项目结余27.14万元、B项目结余32.16万元，两个项目合计59.30万元": parts summed to less than their
   * total are a selection, and the sum after them is theirs; it is one part of the total, which they do not close. A sum equal to
   * the total restates it, and the parts stay the total's.
   */
  private static void pickedAndSummed(List<Figure> figures, int i, int sum, Map<String, Integer> totals, String[] partOf,
      Boolean[] closed) {
    Figure s = figures.get(sum);
    Integer total = totals.get(unitKey(s));
    if (total == null || partOf[sum] != null || !summable(s) || s.value().compareTo(figures.get(total).value()) == 0
        || !s.unit().equals(figures.get(total).unit())) {
      return;
    }
    String whole = "f" + (total + 1);
    List<Integer> parts = new ArrayList<>();
    for (int k = i + 1; k < sum; k++) {
      if (whole.equals(partOf[k])) {
        parts.add(k);
      }
    }
    if (parts.size() < 2) {
      return;
    }
    parts.forEach(k -> partOf[k] = "f" + (sum + 1));
    partOf[sum] = whole;
    closed[sum] = Boolean.TRUE;
    closed[total] = null;
  }

  /** An amount still missing (尚有3.00万元未到位, 尚未拨付12万元): what the amounts before it fall short by, not one of them. */
  private static boolean outstanding(String t, Figure f) {
    int start = f.evidence().start();
    int end = f.evidence().end();
    return OUTSTANDING_BEFORE.matcher(t.substring(Math.max(0, start - 6), start)).find()
        || OUTSTANDING_AFTER.matcher(t.substring(end, Math.min(t.length(), end + 8))).lookingAt();
  }

  /** Where the section holding {@code line} begins: at its heading of at most {@code level}, or the text's start. */
  private static int sectionStart(DocumentView v, Line line, int level) {
    List<Line> lines = v.lines();
    for (int l = line.index(); l >= 0; l--) {
      if (lines.get(l).isHeading() && lines.get(l).heading() <= level) {
        return lines.get(l).contentStart();
      }
    }
    return 0;
  }

  /** The line before with something on it, or null. */
  private static Line previousLine(DocumentView v, Line line) {
    List<Line> lines = v.lines();
    for (int l = line.index() - 1; l >= 0; l--) {
      if (!lines.get(l).isBlank()) {
        return lines.get(l);
      }
    }
    return null;
  }

  /** The next line with something on it, or null. */
  private static Line nextLine(DocumentView v, Line line) {
    List<Line> lines = v.lines();
    for (int l = line.index() + 1; l < lines.size(); l++) {
      if (!lines.get(l).isBlank()) {
        return lines.get(l);
      }
    }
    return null;
  }

  /** A numbering's form without its number: "2." and "1." are one form, "（1）" another; null for none. */
  private static String shape(String marker) {
    return marker == null ? null : marker.strip().replaceAll("[0-9一二三四五六七八九十]+", "#");
  }

  /** A line that opens with a label and then this figure: a short label, no punctuation before the figure. */
  private static boolean opensWith(DocumentView v, Line line, Figure f) {
    int from = Math.max(line.contentStart(), line.markerEnd());
    int to = f.evidence().start();
    return to >= from && to - from <= MAX_PART_LABEL && !containsAny(v.text().substring(from, to), "。,，;；:：");
  }

  /** Whether a line ends its paragraph: it ends a sentence, or ends with a figure (人员经费 809961.19 元). */
  private static boolean endsAParagraph(DocumentView v, Line line, List<Figure> figures, int first) {
    String content = v.layout().content(line).strip();
    if (!content.isEmpty() && "。;；!！?？".indexOf(content.charAt(content.length() - 1)) >= 0) {
      return true;
    }
    for (int k = first; k < figures.size() && figures.get(k).evidence().start() < line.contentEnd(); k++) {
      if (figures.get(k).evidence().end() >= line.contentEnd()) {
        return true;
      }
    }
    return false;
  }

  /** How many more parentheses a gap opens than it closes. */
  /**
   * The amount right before the parenthesis that the figure at i closes (163.14万元 in 结余163.14万元（收入…减支出3,382.16万元）),
   * when it is summable and no part of another yet; else null.
   */
  private static Integer explainedBefore(String t, List<Figure> figures, int i) {
    int depth = 0;
    for (int k = i; k > 0; k--) {
      depth += depthChange(between(t, figures.get(k - 1), figures.get(k)));
      if (depth > 0) {
        Figure before = figures.get(k - 1);
        String gap = between(t, before, figures.get(k));
        boolean rightBefore = gap.strip().startsWith("(") || gap.strip().startsWith("（");
        return rightBefore && summable(before) ? k - 1 : null;
      }
      if (hasBreak(between(t, figures.get(k - 1), figures.get(k)))) {
        return null;
      }
    }
    return null;
  }

  private static int depthChange(String gap) {
    int d = 0;
    for (int k = 0; k < gap.length(); k++) {
      char c = gap.charAt(k);
      d += c == '(' || c == '（' ? 1 : c == ')' || c == '）' ? -1 : 0;
    }
    return d;
  }

  /**
   * The one amount of money in the sentence that ends with the rate, share or change at i, when all
   * its other figures are rates, shares or changes from the year before (“三公”经费支出决算为12.86万元，
   * 完成预算的85.73%，较上年减少1.94万元，下降13.11%), amounts per unit or counts (建设高标准农田3.2万亩，
   * 项目总投资6400.00万元，亩均投资2000元), or the base a change is compared with (支出合计2098.51万元，比上年的
   * 2251.40万元减少152.89万元); else null.
   */
  private static Integer loneAmountBefore(String t, List<Figure> figures, int i) {
    Integer amount = null;
    for (int k = i; k >= 0 && (k == i || !hasBreak(between(t, figures.get(k), figures.get(k + 1)))); k--) {
      Figure f = figures.get(k);
      if (summable(f) && Figure.MONEY.equals(f.kind()) && !isBase(f)) {
        if (amount != null) {
          return null;
        }
        amount = k;
      } else if (!Figure.PERCENT.equals(f.kind()) && !(Figure.MONEY.equals(f.kind()) && isChange(f)) && !perUnit(f)
          && !Figure.COUNT.equals(f.kind()) && !isBase(f)) {
        return null;
      }
    }
    return amount;
  }

  /** The one count of the sentence the figure at i ends, or null when it has none or several. */
  private static Integer loneCountBefore(String t, List<Figure> figures, int i) {
    Integer count = null;
    for (int k = i; k >= 0 && (k == i || !hasBreak(between(t, figures.get(k), figures.get(k + 1)))); k--) {
      if (Figure.COUNT.equals(figures.get(k).kind()) && summable(figures.get(k))) {
        if (count != null) {
          return null;
        }
        count = k;
      }
    }
    return count;
  }

  /** The amount a comparison states as its base (比上年的2251.40万元, 较年初2580.00万元): no amount of the sentence's own. */
  private static boolean isBase(Figure f) {
    return Figure.MONEY.equals(f.kind()) && f.label() != null && BASE.matcher(f.label().strip()).matches();
  }

  /**
   * The amount spent of a sentence that states a budget and then what was spent of it, ended by
   * rates or changes (“三公”经费预算12.50万元，实际支出10.86万元，执行率86.88%，较上年减少1.24万元), perhaps after a count (全年实施
   * 项目18个，预算资金…，实际支出…), or the
   * spending and then the budget it is compared with (决算数8.64万元，比预算数10.00万元减少1.36万元): a
   * breakdown in the next sentence (其中：公务接待费…) is read as of the spending, and breakdown.sum also
   * takes it as of the budget where the parts add up to that. Null for any other sentence.
   */
  private static Integer spentAfterItsBudget(String t, List<Figure> figures, int i) {
    List<Integer> amounts = new ArrayList<>();
    for (int k = i; k >= 0 && (k == i || !hasBreak(between(t, figures.get(k), figures.get(k + 1)))); k--) {
      Figure f = figures.get(k);
      if (summable(f) && Figure.MONEY.equals(f.kind())) {
        amounts.add(0, k);
      } else if (!Figure.PERCENT.equals(f.kind()) && !(Figure.MONEY.equals(f.kind()) && isChange(f)) && !Figure.COUNT.equals(f.kind())) {
        return null;
      }
    }
    if (amounts.size() != 2) {
      return null;
    }
    // either order: 预算…，实际支出… or 决算数…，比预算数…减少…
    AmountRole first = role(figures.get(amounts.get(0)));
    AmountRole second = role(figures.get(amounts.get(1)));
    if (first == AmountRole.BUDGET && second == AmountRole.EXPENDITURE) {
      return amounts.get(1);
    }
    return first == AmountRole.EXPENDITURE && second == AmountRole.BUDGET ? amounts.get(0) : null;
  }

  private static AmountRole role(Figure f) {
    return f.label() == null ? null : AmountRole.of(f.label());
  }

  /** Whether a label names a change anywhere in it (基本支出减少), not only as the whole of it. */
  private static boolean namesAChange(Figure f) {
    return f.label() != null && CHANGE.matcher(f.label()).find();
  }

  private static boolean isChange(Figure f) {
    return f.label() != null && CHANGE.matcher(f.label()).matches();
  }

  /** Whether no figure before the one at i in its sentence can be summed with it (of its measure: 人均89元 and 52.36万人 not with 4660.04万元). */
  private static boolean aloneInItsSentence(String t, List<Figure> figures, int i) {
    for (int k = i - 1; k >= 0 && !hasBreak(between(t, figures.get(k), figures.get(k + 1))); k--) {
      if (summable(figures.get(k)) && unitKey(figures.get(k)).equals(unitKey(figures.get(i)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * How many items are named for the count at i: after a colon ("内设机构6个：A、B、C、D；"), in
   * parentheses after it or its noun ("3个行政部门(人大、政府和党委)"), or right before it
   * ("下设A、B、C3个内设机构"). Null when none are named, or when
   * the list carries figures. Items are separated by 、, and 和, 及 or 与 joins the last one on; but
   * a name may hold such a word itself (平安法治和应急管理办公室), so a last item with one is read as
   * the count has it when either reading agrees: an ambiguous list is never read against what it
   * states. When neither does, it is two names only if the first is short (政府和党委) or ends as a
   * name of the list does (社会事务办和经济发展办 beside 党政办).
   */
  private static Integer namedItems(String t, Figure f) {
    Matcher m = NAMED_LIST.matcher(t).region(f.evidence().end(), t.length());
    String list = m.lookingAt() ? (m.group(1) != null ? m.group(1) : m.group(2)) : namedBefore(t, f);
    if (list == null || list.isBlank() || withoutYearsAndNumber(list).matches(".*\\d.*") || !list.contains("、")) {
      return null;
    }
    String[] items = list.split("、");
    int n = items.length;
    String last = items[n - 1];
    Matcher joiner = JOINER.matcher(last);
    if (!joiner.find()) {
      return n;
    }
    for (int reading : new int[] {n, n + 1}) {
      if (f.value().compareTo(BigDecimal.valueOf(reading)) == 0) {
        return reading;
      }
    }
    // neither agrees: the word joins two names when what comes before it is short (政府和党委) or
    // ends as a name of the list does
    String before = last.substring(0, joiner.start());
    if (before.length() < 2) {
      return n;
    }
    String ending = before.substring(before.length() - 1);
    boolean twoNames = before.length() <= 3 || last.endsWith(ending);
    for (int k = 0; k < n - 1 && !twoNames; k++) {
      twoNames = items[k].endsWith(ending);
    }
    return twoNames ? n + 1 : n;
  }

  /**
   * A list as its names would be without the years they hold (2023年中央自然灾害救灾资金) and the item
   * number it opens with (1.): what is left of digits then is a figure, and a list with figures
   * names no items.
   */
  private static String withoutYearsAndNumber(String list) {
    return YEARS.matcher(ITEM_NUMBER.matcher(list).replaceFirst("")).replaceAll("");
  }

  /**
   * The names a count closes (下设综合办公室、党建办公室、城市管理办公室3个内设机构): the clause before
   * the count, when the last name runs right up to it and the count is of institutions; null when
   * the list is only a sample (…等3个). Brackets inside a name (专项工作经费(运转保障)) are the name's.
   */
  private static String namedBefore(String t, Figure f) {
    int end = f.evidence().start();
    if (end == 0 || !Character.isIdeographic(t.charAt(end - 1)) || !INSTITUTIONS.contains(f.unit())) {
      return null;
    }
    int start = end;
    int depth = 0;
    while (start > 0 && (depth > 0 || ",，;；:：。\n(".indexOf(t.charAt(start - 1)) < 0)) {
      char c = t.charAt(start - 1);
      if (c == '\n' || c == '。') {
        break;
      }
      depth += c == ')' ? 1 : c == '(' ? -1 : 0;
      start--;
    }
    String list = t.substring(start, end);
    return list.contains("等") || DEEDS_LISTED.matcher(list).find() ? null : list;
  }

  /**
   * Money and counts add up; shares and scores are not parts of one another, and neither is a
   * change from the year before (基本支出1140.27万元，比上年增加100万元) nor the year before's amount
   * it is compared with (公务接待费2.35万元，较上年3.10万元下降24.19%): no part and no total.
   */
  private static boolean summable(Figure f) {
    return (Figure.MONEY.equals(f.kind()) || Figure.COUNT.equals(f.kind())) && f.op() == null
        && (f.label() == null || !CHANGE.matcher(f.label()).matches() && !perUnit(f) && !isBase(f));
  }

  /** An amount or a count per unit (亩均投资2000元, 每人每月补贴500元, 中标单价2,958.00元, 平均每村84盏): a rate, which nothing adds up to. */
  private static boolean perUnit(Figure f) {
    return (Figure.MONEY.equals(f.kind()) || Figure.COUNT.equals(f.kind())) && f.label() != null && PER_UNIT.matcher(f.label()).find();
  }

  /**
   * What a part must be counted in to be of a total: money in any unit; people in ones or in 万
   * (受益群众2.36万人，其中脱贫人口4120人).
   */
  private static String unitKey(Figure f) {
    if (Figure.MONEY.equals(f.kind())) {
      return "money";
    }
    String unit = f.unit().length() > 1 && f.unit().startsWith("万") ? f.unit().substring(1) : f.unit();
    // people are counted in 人, 名 or 位 alike (为313名优抚对象…，其中：在乡老复员军人12人…), but posts (编制40名, 空编4名) are
    // no people: 实有人员68人，其中行政人员29人，事业人员39人，空编4名 has two parts
    boolean posts = f.label() != null && f.label().contains("编");
    if (posts && f.label().matches(".*(?:空编|缺编|超编).*")) {
      return "空编"; // vacant posts (实有人数64人，其中行政人员22人、事业人员42人，空编4人) are no people, in whatever unit
    }
    return (unit.equals("名") || unit.equals("位")) && !posts ? "人" : unit;
  }

  private static String between(String t, Figure a, Figure b) {
    int s = a.evidence().end();
    int e = b.evidence().start();
    return s <= e ? t.substring(s, e) : "";
  }

  private static boolean hasBreak(String gap) {
    return containsAny(gap, "。\n");
  }

  /**
   * Whether the parts after the total at i, up to j, are an enumeration (行政编制30人、事业编制28人):
   * two or more, each after the one before with an enumeration comma, which names them all before
   * the clause ends.
   */
  private static boolean enumeratedUpTo(String t, List<Figure> figures, int i, int j) {
    if (j < i + 3) {
      return false;
    }
    for (int k = i + 2; k < j; k++) {
      if (between(t, figures.get(k - 1), figures.get(k)).indexOf('、') < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean clauseEndsAt(String t, int pos, String ends) {
    while (pos < t.length() && t.charAt(pos) == ' ') {
      pos++;
    }
    return pos >= t.length() || ends.indexOf(t.charAt(pos)) >= 0;
  }

  private static String labelOf(Figure f) {
    return f.label() == null ? "" : f.label().strip();
  }

  private static boolean containsAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
