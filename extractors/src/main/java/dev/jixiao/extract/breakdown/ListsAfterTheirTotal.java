package dev.jixiao.extract.breakdown;

import static dev.jixiao.extract.breakdown.AmountBrokenDown.amountBeforeItsChange;
import static dev.jixiao.extract.breakdown.AmountBrokenDown.amountRightBefore;
import static dev.jixiao.extract.breakdown.AmountBrokenDown.explainedBefore;
import static dev.jixiao.extract.breakdown.AmountBrokenDown.loneAmountBefore;
import static dev.jixiao.extract.breakdown.AmountBrokenDown.loneAmountOfTheClause;
import static dev.jixiao.extract.breakdown.AmountBrokenDown.loneCountBefore;
import static dev.jixiao.extract.breakdown.AmountBrokenDown.spentAfterItsBudget;
import static dev.jixiao.extract.breakdown.FigureWords.adjusted;
import static dev.jixiao.extract.breakdown.FigureWords.amount;
import static dev.jixiao.extract.breakdown.FigureWords.budgetAlone;
import static dev.jixiao.extract.breakdown.FigureWords.isChange;
import static dev.jixiao.extract.breakdown.FigureWords.labelOf;
import static dev.jixiao.extract.breakdown.FigureWords.leftOver;
import static dev.jixiao.extract.breakdown.FigureWords.namesAChange;
import static dev.jixiao.extract.breakdown.FigureWords.namesSpending;
import static dev.jixiao.extract.breakdown.FigureWords.spendingItIsAKindOf;
import static dev.jixiao.extract.breakdown.FigureWords.namesATotal;
import static dev.jixiao.extract.breakdown.FigureWords.perUnit;
import static dev.jixiao.extract.breakdown.FigureWords.role;
import static dev.jixiao.extract.breakdown.FigureWords.summable;
import static dev.jixiao.extract.breakdown.FigureWords.unitKey;
import static dev.jixiao.extract.breakdown.FigureWords.yearBeforeAlone;
import static dev.jixiao.extract.breakdown.FigureWords.yearStart;
import static dev.jixiao.extract.breakdown.Gaps.aloneInItsSentence;
import static dev.jixiao.extract.breakdown.Gaps.between;
import static dev.jixiao.extract.breakdown.Gaps.clauseEndsAt;
import static dev.jixiao.extract.breakdown.Gaps.containsAny;
import static dev.jixiao.extract.breakdown.Gaps.depthChange;
import static dev.jixiao.extract.breakdown.Gaps.enumeratedUpTo;
import static dev.jixiao.extract.breakdown.Gaps.hasBreak;
import static dev.jixiao.extract.breakdown.ListsOnTheLinesAfter.amountItAddsUpTo;
import static dev.jixiao.extract.breakdown.ListsOnTheLinesAfter.listOnTheLinesAfter;
import static dev.jixiao.extract.breakdown.ListsOnTheLinesAfter.opensAListOnTheLinesAfter;
import static dev.jixiao.extract.breakdown.TotalsAfterTheirParts.sumAfterParts;
import static dev.jixiao.extract.breakdown.WholeListed.completedBy;
import static dev.jixiao.extract.breakdown.WholeListed.countedByTheRateAfter;
import static dev.jixiao.extract.breakdown.WholeListed.countedOtherwise;
import static dev.jixiao.extract.breakdown.WholeListed.ofAnotherKind;
import static dev.jixiao.extract.breakdown.WholeListed.reachedBy;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.Labels;
import dev.jixiao.extract.project.AmountRole;
import dev.jixiao.record.Figure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists of parts right after their total, opened by 其中, a colon or the sources it names ("X 1813.15万元，其中：A 1320.99万元、
 * B 492.16万元"), up to the end of the clause (；) or sentence (。); a list whose items ； separates runs to the sentence's end,
 * and a breakdown opened in parentheses ends where they close. Figures in parentheses after a part are that part's own.
 */
final class ListsAfterTheirTotal {
  /**
   * Whether the gap holds a semicolon and then a clause within the whole named again (以裁决方式结案166件，其中终局裁决58件，…；裁决案件中
   * 当事人向法院起诉47件): another statement of the whole, no item; its words share some of the whole's label.
   */
  private static boolean withinTheWholeAgain(String gap, Figure whole) {
    Matcher m = WITHIN_AFTER_A_SEMICOLON.matcher(gap);
    if (!m.find()) {
      return false;
    }
    String words = m.group(1);
    String label = labelOf(whole);
    for (int k = 0; k + SHARED <= words.length(); k++) {
      if (label.contains(words.substring(k, k + SHARED))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the parts linked to the total between i and j were listed with 、 alone between them, and a comma comes before j: the list,
   * which added up, is closed, and what follows the comma is no item of it.
   */
  private static boolean closedByAComma(String t, List<Figure> figures, String[] partOf, int total, int i, int j) {
    String id = "f" + (total + 1);
    String gap = between(t, figures.get(j - 1), figures.get(j));
    if (gap.indexOf('，') < 0 && gap.indexOf(',') < 0) {
      return false;
    }
    int previous = -1;
    for (int k = i + 1; k < j; k++) {
      if (id.equals(partOf[k])) {
        if (previous >= 0 && !between(t, figures.get(previous), figures.get(k)).contains("、")) {
          return false;
        }
        previous = k;
      }
    }
    return previous >= 0;
  }

  /** The parts linked to the total between i and j. */
  private static List<Integer> partsBetween(String[] partOf, int total, int i, int j) {
    String id = "f" + (total + 1);
    List<Integer> parts = new ArrayList<>();
    for (int k = i + 1; k < j; k++) {
      if (id.equals(partOf[k])) {
        parts.add(k);
      }
    }
    return parts;
  }

  /** A rate's word and what follows it in its label (率为, 率达到): what is left names the deed rated (满意 of 满意率). */
  private static final Pattern RATE_ENDING = Pattern.compile("率(?:为|达到|达|是)?$");
  /** A semicolon, then a clause that opens naming what it is within (；裁决案件中当事人…). */
  private static final Pattern WITHIN_AFTER_A_SEMICOLON = Pattern.compile("[;；][ ]*(\\p{IsHan}{2,8})中(?![心央转学药标小型医])");
  /** How many characters the words a clause is within must share with the whole's label to name it. */
  private static final int SHARED = 2;
  /** The largest or smallest of the parts (其中单个最高为凤鸣镇39,200元，最低为竹坪乡27,900元): one of them, no part of its own. */
  private static final Pattern EXTREME = Pattern.compile(FigureWords.MOST + "|" + FigureWords.LEAST);
  /** A label naming what an item was budgeted (公务用车运行维护费预算, 预算数为): not 一般公共预算拨款, a kind of money. */
  private static final Pattern BUDGETED = Pattern.compile("预算(?:数|资金|金额)?(?:为)?$");

  /** What stands before the last item of a list, from the item before: its own words, 、, the item's name (个村）、龙塘乡). */
  private static final Pattern LAST_ITEM = Pattern.compile("[^，,。；;:：\n]*、[^，,。；;:：、\n]*");
  /** After a comma, a kind of the items counted in all (，普惠性幼儿园共56所). */
  private static final Pattern KIND_IN_ALL = Pattern.compile("[,，]\\p{IsHan}{2,12}共(?:有|计)?$");
  /** A clause of words alone between two figures: a list of parts does not go on past it. */
  private static final Pattern ACROSS_A_CLAUSE = Pattern.compile("[,，][^,，、;；。\\d]{6,}[,，]");

  /** A figure the whole is set against (为年度目标4,500人次的, 完成目标值182所, 目标值1,780人), no part of it. */
  private static final Pattern OF_A_TARGET = Pattern.compile("^[ ]*(?:为.{0,8}(?:目标|计划|任务)|(?:完成|达到)(?:年度)?(?:目标|计划)值"
      + "|(?:年度|全年)?(?:目标|计划)(?:值|数)?(?:为)?$)");

  /** The words between each one's amount and theirs together (各2台共28台, 各1台，合计46台). */
  private static final Pattern EACH_TOGETHER = Pattern.compile("[ ]*[,，]?[ ]*(?:共|共计|合计|计)[ ]*");

  /** What opens a clause on what the figure before is made of (，由省级补助…和县级配套…组成, ，包括…). */
  private static final Pattern COMPOSED_OF = Pattern.compile("[^。;；]*?[,，][ ]*(?:由|包括|含)");

  /** A label that sums up some of the parts before it by name: 满意和基本满意合计, 两项共计. */
  private static final Pattern SUM_OF_OTHERS = Pattern.compile("\\p{IsHan}{2,}(?:合计|共计|总计)$");
  /** Words around an amount still missing: 尚有…未到位, 尚未拨付…. */
  private static final Pattern OUTSTANDING_BEFORE = Pattern.compile("(?:尚有|尚余|仍有|尚未(?:到位|拨付|支付|下达))[ ]*$");
  private static final Pattern OUTSTANDING_AFTER = Pattern.compile("[ ]*(?:资金)?(?:尚)?未(?:到位|拨付|支付|下达)");

  /** The gap after a total that names where its money came from, as 其中 would: 总投资3680万元，资金来源为：A…，B… (or 资金来源为A…). */
  private static final Pattern SOURCES_NAMED =
      Pattern.compile("^[ ]*[,，]?[ ]*(?:其)?(?:资金|经费)?来源(?:(?:为|是|包括|构成)[ ]*[:：]?|[ ]*[:：])");

  /** What opens a list of what the amount before includes, after a comma (，包括人员经费…、公用经费…): as 其中 would. */
  private static final Pattern INCLUDES = Pattern.compile("[ ]*[,，][ ]*(?:包括|包含)[ ]*[:：]?[ ]*\\p{IsHan}");

  /** What opens the parts of an amount per unit right after it: 其中 in its sentence (，其中：). */
  private static final Pattern SHARES_OF_A_RATE = Pattern.compile("[ ]*[,，]?[ ]*其中[ ]*[:：]?[ ]*\\p{IsHan}");

  /** A number standing bare before 、, its unit that of the figure after it (4,200、3,800、5,100立方米). */
  private static final Pattern BARE_NUMBERS = Pattern.compile("(?<![\\d.,])\\d[\\d,]*(?:\\.\\d+)?、");
  /** A gap that ends a sentence and opens the next with 其中, on the same line, past a clause of words (，全部为县级财政拨款。其中). */
  private static final Pattern NEXT_SENTENCE = Pattern.compile("(?:[ ]*[,，][^,，;；。\\d]{1,30})?[ ]*。[ ]*其中");
  /** The same past the list in parentheses the figure ends (…结余92.48万元（基本支出结余13.25万元、项目支出结余79.23万元）。其中). */
  private static final Pattern NEXT_SENTENCE_AFTER_AN_ASIDE = Pattern.compile("[ ]*[)）][ ]*。[ ]*其中");
  /** The same, or a classification opening the next sentence with its list on the lines after (。按建设内容分：). */
  private static final Pattern NEXT_SENTENCE_LISTED =
      Pattern.compile("[ ]*。[ ]*(?:其中|(?:" + Labels.CLASSIFICATION + ")[ ]*[:：][ ]*\\n)");

  /** An aside in parentheses, with no parentheses inside it. */
  private static final Pattern PARENTHESISED = Pattern.compile("[(（][^(（)）]*[)）]");
  /** A clause saying what each item does, respectively (，分别服务). */
  private static final Pattern RESPECTIVELY = Pattern.compile("[,，][ ]*分别");
  /** What tells the items before it again, otherwise: ，即. */
  private static final Pattern RESTATED = Pattern.compile("[,，][ ]*即");
  /** A rate named alone, an item's own right after it: 执行率, 完成率. */
  private static final Pattern RATE_ALONE = Pattern.compile("(?:预算)?(?:执行率|完成率)(?:为)?");
  /** A list opening the clause after a share: ；其中, ；其中：. */
  private static final Pattern NEXT_CLAUSE_LISTED = Pattern.compile("[ ]*[;；][ ]*其中");
  /** What opens a clause about others than a breakdown's after its last part, past a comma or a semicolon (，另有…, ；另有…, ，此外…). */
  private static final Pattern BESIDE = Pattern.compile("[,，;；][ ]*(?:另有|另外|此外)");
  /** What opens a clause about others than a breakdown's (；另有…, ；此外…) after its last part. */
  private static final Pattern OTHERS_BESIDE = Pattern.compile("^[^。]*[;；][ ]*(?:另有|另外|此外|另)");

  /** A sentence that opens with words of its own before its 其中 (。资助参保部分按人头定额资助，其中): of another whole. */
  private static final Pattern ANOTHER_SUBJECT = Pattern.compile("。[^其]*\\p{IsHan}{2}[^其]*其中");
  /** What names a department's basic spending, not its budget. */
  /**
   * A clause that names something again and sets it against an earlier year's (，队员人数较上年的): what follows is no part of the list;
   * an item's own comparison names nothing (公用经费218.38万元，较上年的…；…).
   */
  private static final Pattern COMPARED_WITH_AN_EARLIER_YEAR =
      Pattern.compile("[,，][^,，;；。\\d]{2,}(?:比|较)" + Labels.EARLIER_YEAR + "的?[ ]*$");
  /** What each one of the things counted before it has (各设, 各配备), not things of every kind (各级, 各类, 各项). */
  private static final Pattern EACH_ONES = Pattern.compile("各(?![级类项种])\\p{IsHan}");
  private static final Pattern BASIC_SPENDING = Pattern.compile("^(?!.*预算).*基本支出");

  private ListsAfterTheirTotal() {}

  /**
   * The amount of the sentence ending at the figure at i that the parts of the next one (opening 其中, on the same line) add up to,
   * two or more of its unit; null when none does.
   */
  private static Integer amountTheNextSentenceAddsUpTo(String t, List<Figure> figures, int i, String[] partOf) {
    if (i + 1 >= figures.size()) {
      return null;
    }
    // summed as a classification's parts are: two or more of a unit, none in parentheses
    Map<String, BigDecimal> sums = Classifications.partsSums(t, figures, i + 1, partOf);
    int start = Gaps.sentenceStart(t, figures.get(i).evidence().start());
    for (int k = i; k >= 0 && figures.get(k).evidence().start() >= start; k--) {
      Figure whole = figures.get(k);
      BigDecimal sum = sums.get(unitKey(whole));
      if (summable(whole) && sum != null && sum.compareTo(amount(whole)) == 0) {
        // (the amount named, not its restatement in parentheses after it: 实际支出1,185.48万元（11,854,800.00元）)
        return restatedInParentheses(t, figures, k) ? k - 1 : k;
      }
    }
    Integer kind = theKindItsKindsBreakDown(t, figures, i, start);
    if (kind != null) {
      return kind;
    }
    List<Integer> parts = partsOfTheNextSentence(t, figures, i, partOf);
    return listedAlike(t, figures, parts) ? SpendingOrWhatIsLeft.whole(t, figures, i, start, partOf, parts, false) : null;
  }

  /**
   * Whether the parts are listed alike, one level deep: each after a semicolon, or none, and none after words that open a breakdown
   * of the part before it (基本支出5799.17万元，…，包括人员经费…，公用经费…；项目支出…: two levels, which only sums could part), what
   * stands in parentheses aside.
   */
  private static boolean listedAlike(String t, List<Figure> figures, List<Integer> parts) {
    int semicolons = 0;
    for (int k = 1; k < parts.size(); k++) {
      String gap = PARENTHESISED.matcher(between(t, figures.get(parts.get(k - 1)), figures.get(parts.get(k)))).replaceAll("");
      if (gap.contains("其中") || gap.contains("包括")) {
        return false;
      }
      semicolons += gap.indexOf(';') >= 0 || gap.indexOf('；') >= 0 ? 1 : 0;
    }
    return semicolons == 0 || semicolons == parts.size() - 1;
  }

  /**
   * The figures of the sentence after the figure at i, as its list would take them: of the first one's measure, part of nothing,
   * outside parentheses (a part's own parts), and not a class's balance beside its spending.
   */
  private static List<Integer> partsOfTheNextSentence(String t, List<Figure> figures, int i, String[] partOf) {
    List<Integer> parts = new ArrayList<>();
    int depth = 0;
    for (int j = i + 1; j < figures.size() && (j == i + 1 || !containsAny(between(t, figures.get(j - 1), figures.get(j)), "。\n")); j++) {
      depth = j == i + 1 ? 0 : Math.max(0, depth + depthChange(between(t, figures.get(j - 1), figures.get(j))));
      Figure f = figures.get(j);
      if (depth == 0 && partOf[j] == null && summable(f) && (parts.isEmpty() || unitKey(f).equals(unitKey(figures.get(parts.get(0)))))
          && (parts.isEmpty() || !Classifications.balanceBesideSpending(figures.get(parts.get(0)), f))) {
        parts.add(j);
      }
    }
    return parts;
  }

  /**
   * Where no amount of the sentence is the sum of the next sentence's parts: the sentence's one amount of the kind of spending the
   * parts are kinds of (基本支出166.35万元，…，结余1.85万元。其中人员经费148.92万元…；公用经费17.43万元。, which may no longer add up),
   * so that what does not add up is seen; or null.
   */
  private static Integer theKindItsKindsBreakDown(String t, List<Figure> figures, int i, int start) {
    String whole = null;
    int kinds = 0;
    int depth = 0;
    for (int j = i + 1; j < figures.size() && (j == i + 1 || !containsAny(between(t, figures.get(j - 1), figures.get(j)), "。\n")); j++) {
      // (a part's own kinds in parentheses after it are none of the list's: 人员经费312.84万元，…（其中工资福利支出…、对个人和家庭的补助…）)
      depth = j == i + 1 ? 0 : Math.max(0, depth + depthChange(between(t, figures.get(j - 1), figures.get(j))));
      Figure part = figures.get(j);
      if (Figure.MONEY.equals(part.kind()) && summable(part) && depth == 0) {
        String of = spendingItIsAKindOf(part);
        if (of == null || whole != null && !whole.equals(of)) {
          return null;
        }
        whole = of;
        kinds++;
      }
    }
    if (kinds < 2) {
      return null;
    }
    // 人员经费 and 公用经费 are of 基本支出; 基本支出 and 项目支出 of the spending
    boolean ofBasicSpending = whole.equals("基本支出");
    Integer found = null;
    for (int k = i; k >= 0 && figures.get(k).evidence().start() >= start; k--) {
      Figure f = figures.get(k);
      boolean isIt = ofBasicSpending ? Figure.MONEY.equals(f.kind()) && BASIC_SPENDING.matcher(labelOf(f)).find() : namesSpending(f);
      if (isIt && summable(f)) {
        if (found != null) {
          return null;
        }
        found = k;
      }
    }
    return found;
  }

  /** Whether the figure at k restates the one right before it, alone in parentheses after it (1,185.48万元（11,854,800.00元）). */
  static boolean restatedInParentheses(String t, List<Figure> figures, int k) {
    return k > 0 && between(t, figures.get(k - 1), figures.get(k)).strip().equals("(") && summable(figures.get(k - 1))
        && unitKey(figures.get(k - 1)).equals(unitKey(figures.get(k))) && amount(figures.get(k - 1)).compareTo(amount(figures.get(k))) == 0;
  }

  /** {@link Gaps#aloneInItsSentence}, walked once for each figure: {@code memo} holds 0 (not yet), 1 (no) or 2 (yes). */
  private static boolean aloneInItsSentenceOnce(byte[] memo, String t, List<Figure> figures, int i) {
    if (memo[i] == 0) {
      memo[i] = (byte) (aloneInItsSentence(t, figures, i) ? 2 : 1);
    }
    return memo[i] == 2;
  }

  /** Links the parts of each list right after its total, marking a total closed where its list names all of it. */
  static void link(DocumentView v, List<Figure> figures, String[] partOf, Boolean[] closed) {
    int n = figures.size();
    String t = v.text();
    // each figure is asked these several times below: its own words once, and the walk back over its sentence at most once
    byte[] alone = new byte[n];
    for (int i = 0; i < n; i++) {
      Figure f = figures.get(i);
      boolean summable = summable(f);
      String gap = i + 1 < n ? between(t, f, figures.get(i + 1)) : "";
      boolean colon = gap.stripLeading().startsWith(":");
      // (past a list of parts in parentheses, not a restatement: 合计500万元（即5,000,000.00元，五百万元）。其中…)
      boolean afterAnAside = NEXT_SENTENCE_AFTER_AN_ASIDE.matcher(gap).lookingAt() && ListsInParentheses.endsAList(t, figures, i);
      boolean nextSentenceOpens = afterAnAside || NEXT_SENTENCE.matcher(gap).lookingAt();
      // "支出3502.16万元，执行率96.51%。其中：A…": the sentence's one amount, though its rate ends it; or though a count ends it,
      // when money is listed ("采集化验费31.20万元，每个样品260元，共1,200个。其中：⏎（1）采样费9.60万元…")
      boolean countBeforeMoney = summable && Figure.COUNT.equals(f.kind()) && i + 1 < n && Figure.MONEY.equals(figures.get(i + 1).kind());
      Integer lone = summable && !countBeforeMoney || !NEXT_SENTENCE_LISTED.matcher(gap).lookingAt() ? null
          : loneAmountBefore(t, figures, i);
      if (lone == null && !summable && NEXT_SENTENCE.matcher(gap).lookingAt()) {
        lone = spentAfterItsBudget(t, figures, i);
      }
      if (lone == null && Figure.PERCENT.equals(f.kind()) && gap.contains("其中") && !hasBreak(gap)) {
        lone = amountRightBefore(t, figures, i, partOf, closed);
      }
      // (its list may open the next clause: 实际支出15.42万元，占预算的82.90%；其中：公务用车运行维护费11.86万元，…)
      boolean nextClauseAfterItsShare = lone != null && Figure.PERCENT.equals(f.kind()) && NEXT_CLAUSE_LISTED.matcher(gap).lookingAt();
      // "基本支出842.17万元，占总支出的72.45%，执行率98.09%，包括人员经费…、公用经费…": what the amount includes, after its rates
      boolean includes = INCLUDES.matcher(gap).lookingAt();
      if (lone == null && includes && Figure.PERCENT.equals(f.kind())) {
        lone = loneAmountOfTheClause(t, figures, i, closed);
      }
      // "实际支出15.26万元，比预算减少2.74万元，其中：公务接待费4.86万元…": parts that name no change are of the amount changed
      if (lone == null && isChange(f) && Figure.MONEY.equals(f.kind()) && gap.contains("其中") && !hasBreak(gap) && i + 1 < n
          && !namesAChange(figures.get(i + 1))) {
        lone = amountBeforeItsChange(t, figures, i, partOf, closed);
      }
      // "结余163.14万元（收入…减支出3,382.16万元），其中：…": parts after a parenthesis are of the amount it explains
      // (not across the end of a sentence: 结余92.48万元（…项目支出结余79.23万元）。其中：基本支出…, which the sentence's spending is)
      Integer explained = gap.contains("其中") && depthChange(gap.substring(0, gap.indexOf("其中"))) < 0
          && !afterAnAside ? explainedBefore(t, figures, i) : null;
      if (explained != null) {
        lone = explained;
      }
      // "…石溪镇26人（5个村）、龙塘乡24人（5个村），其中脱贫人口72人": after the last item of a list, a 其中 whose first part is larger
      // than that item is of the list's whole, which the text does not state
      int item = explained != null ? explained : i;
      if ((lone == null || explained != null) && summable(figures.get(item)) && gap.contains("其中") && item > 0 && i + 1 < n
          && LAST_ITEM.matcher(between(t, figures.get(item - 1), figures.get(item))).matches()
          && unitKey(figures.get(i + 1)).equals(unitKey(figures.get(item)))
          && amount(figures.get(i + 1)).compareTo(amount(figures.get(item))) > 0
          // (but a sentence after one that names its amounts, one of which is the spending its parts are kinds of, is of that, whether
          // they add up or not: …实际支出3082.67万元，…结余92.48万元（基本支出结余13.25万元、项目支出结余79.23万元）。其中：基本支出…；项目支出…)
          && !(afterAnAside && !aloneInItsSentenceOnce(alone, t, figures, i)
              && theKindItsKindsBreakDown(t, figures, i, Gaps.sentenceStart(t, f.evidence().start())) != null)) {
        continue;
      }
      // "最低标准为每人每月148元，其中：中央基础养老金103元，省级加发30元…": an amount per unit split by who pays it; parts larger
      // than it are of the sentence's one amount ("化验费21.60万元，每个样品180元，其中大量元素测定12.00万元…")
      if (lone == null && perUnit(f) && Figure.MONEY.equals(f.kind()) && f.op() == null && SHARES_OF_A_RATE.matcher(gap).lookingAt()) {
        lone = i + 1 < n && amount(figures.get(i + 1)).compareTo(amount(f)) > 0 ? loneAmountBefore(t, figures, i) : Integer.valueOf(i);
      }
      // "基本支出166.35万元，…，结余1.85万元。其中人员经费148.92万元…；公用经费17.43万元。": of the sentence's several amounts, the one
      // the next sentence's parts add up to exactly
      boolean summedNext = false;
      if (lone == null && summable && nextSentenceOpens && !aloneInItsSentenceOnce(alone, t, figures, i)
          && !adjusted(f)) {
        lone = amountTheNextSentenceAddsUpTo(t, figures, i, partOf);
        if (lone != null && lone != i && LinkedParts.hasParts(partOf, lone)) {
          // "获得奖牌52枚，其中金牌14枚、银牌17枚、铜牌21枚。其中：省级赛事获奖牌19枚…，市级赛事获奖牌33枚…": the next sentence classifies
          // again a whole its own list broke down, which one link for each part cannot hold; left unlinked
          continue;
        }
        summedNext = lone != null; // the whole sentence adds up to it: its items run to its end, past their semicolons
      }
      // the total of a list on the lines after: this figure, or the one amount of the sentence it ends
      int head = countBeforeMoney && lone != null ? lone : summable && explained == null ? i : lone == null ? -1 : lone;
      // "…，结余27.25万元。其中：⏎基本支出…⏎项目支出…": of the sentence's several amounts, the one its parts add up to
      boolean severalAmounts = head == i && !aloneInItsSentenceOnce(alone, t, figures, i);
      int summedTo = severalAmounts && opensAListOnTheLinesAfter(v, f, false) ? amountItAddsUpTo(v, figures, i, partOf) : -1;
      if (summedTo >= 0) {
        closed[summedTo] = listOnTheLinesAfter(v, figures, i, summedTo, partOf) >= 2 ? Boolean.TRUE : null;
      } else if (head >= 0 && opensAListOnTheLinesAfter(v, f, head == i && !aloneInItsSentenceOnce(alone, t, figures, i))) {
        closed[head] = listOnTheLinesAfter(v, figures, i, head, partOf) >= 2 ? Boolean.TRUE : null;
      } else if (summable && (gap.contains("其中") || includes || colon && !hasBreak(gap) || SOURCES_NAMED.matcher(gap).find())
          || lone != null) {
        Map<String, Integer> totals = lone == null ? totalsBefore(t, figures, i) : new HashMap<>(Map.of(unitKey(figures.get(lone)), lone));
        // 全年实施项目18个，预算资金…，实际支出…。其中乡村振兴项目6个，支出…：the sentence's one count is broken down too
        Integer count = lone != null && Figure.MONEY.equals(figures.get(lone).kind()) ? loneCountBefore(t, figures, i) : null;
        if (count != null) {
          totals.putIfAbsent(unitKey(figures.get(count)), count);
        }
        boolean semicolons = summedNext || !colon && itemsEndAtSemicolons(t, figures, lone == null ? i : lone, i, gap);
        String stop = colon || semicolons ? "。\n" : ";。\n";
        // "X。其中：A、B": a sentence that opens with 其中 breaks down the one before, when X is the one
        // amount that sentence states (after "…90分以上的58个，60分以下1个。其中，抽查项目3个" it is of them all)
        boolean nextSentence =
            nextSentenceOpens && (lone != null || aloneInItsSentenceOnce(alone, t, figures, i) || adjusted(f));
        String firstGap = nextSentence || nextClauseAfterItsShare ? gap.substring(gap.indexOf("其中")) : gap;
        // "X（其中A）": a breakdown opened in parentheses ends where they close
        int base = depthChange(firstGap) > 0 ? 1 : 0;
        int j = i + 1;
        int depth = 0;
        int owner = i;
        int subOwner = -1;
        boolean summedUp = false;
        boolean listEnded = false; // by what the parts fall short of, or by what the whole is set against
        boolean countedOtherwise = false;
        // (a semicolon inside a part's aside parts the aside's items, and ends nothing: …（其中…：…计618,000元；…计192,000元）)
        while (j < n && !containsAny(j == i + 1 ? firstGap : between(t, figures.get(j - 1), figures.get(j)), depth > base ? "。\n" : stop)) {
          // (not a sum inside a part's aside: 技术培训6.40万元（每人次80元，共800人次）；…)
          boolean sumAfter = j > i + 1 && depth <= base && sumAfterParts(t, figures.get(j - 1), figures.get(j));
          if (sumAfter && EACH_ONES.matcher(labelOf(figures.get(j - 1))).find()) {
            // "…；二百一十二个行政村各设村级林长1名，共212名": what each one has, then what they have together, which is the item
            partOf[j - 1] = null;
          } else if (sumAfter) {
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
            subOwner = -1;
          }
          if (depth > base && owner > i) {
            // what a part in the aside lists after its colon is its own (…经费132.46万元（其中普查人员劳务补助81.00万元：普查员…计618,000元；
            // …计192,000元）)
            if (j - 1 > owner && ("f" + (owner + 1)).equals(partOf[j - 1])
                && between(t, figures.get(j - 1), figures.get(j)).stripLeading().startsWith(":")) {
              subOwner = j - 1;
            }
            int to = subOwner > owner ? subOwner : owner;
            // not what a rate per unit is reckoned from (人均培训成本367.67元（176.85万元÷4,810人次）), nor the part's year before or budget
            if (partOf[j] == null && summable(figures.get(j)) && summable(figures.get(to)) && !yearBeforeAlone(figures.get(j))
                && !budgetAlone(figures.get(j))
                && unitKey(figures.get(j)).equals(unitKey(figures.get(to)))) {
              if (to == subOwner && LinkedParts.hasParts(partOf, to)) {
                closed[to] = Boolean.TRUE; // two or more, listed to where the aside closes
              }
              partOf[j] = "f" + (to + 1);
            }
            j++;
            continue;
          }
          if (j > i + 1 && COMPARED_WITH_AN_EARLIER_YEAR.matcher(between(t, figures.get(j - 1), figures.get(j))).find()) {
            listEnded = true; // "…志愿队员40人，队员人数较上年的52人增加18人": the whole set against the year before, no more parts
            break;
          }
          if (j > i + 1 && between(t, figures.get(j - 1), figures.get(j)).contains("其中")) {
            break; // the figure before this 其中 opens a breakdown of its own
          }
          if (semicolons && between(t, figures.get(j - 1), figures.get(j)).contains(";") && namesATotal(figures.get(j))) {
            break; // "…；负债总额500万元": the next statement, not the next item
          }
          if (j > i + 1 && withinTheWholeAgain(between(t, figures.get(j - 1), figures.get(j)), figures.get(i))) {
            listEnded = true;
            break; // "以裁决方式结案166件，其中终局裁决58件，…；裁决案件中当事人向法院起诉47件": a clause within the whole again, no item
          }
          // (not before an amount per unit, no part itself: 其中：人员经费619.52万元，…，主要为工资福利支出，人均16.74万元；公用经费…)
          if (j > i + 1 && ACROSS_A_CLAUSE.matcher(between(t, figures.get(j - 1), figures.get(j))).find() && !perUnit(figures.get(j))) {
            break; // "其中：A150,000元、B110,000元，赞助资金全部用于冲抵活动成本，冲抵后财政净支出793,730元": a clause between ends the list
          }
          if (j > i + 1 && RESPECTIVELY.matcher(between(t, figures.get(j - 1), figures.get(j))).find()) {
            listEnded = true;
            break; // "其中石桥镇360个、…龙湾镇300个，分别服务周边9个、6个…": what each of them does, respectively, is another measure
          }
          // "在职人员71人，其中行政人员39人、事业人员32人，另有退休人员29人": what 另有 adds is beside the whole; not the part the list still
          // lacks ("共计划走访12次，其中春节前完成6次，“八一”前完成5次，另有1次因部队驻训补送")
          if (j > i + 1 && BESIDE.matcher(between(t, figures.get(j - 1), figures.get(j))).find()
              && !(totals.containsKey(unitKey(figures.get(j))) && summable(figures.get(j))
                  && completedBy(figures, partOf, totals.get(unitKey(figures.get(j))), i, j))) {
            listEnded = true;
            break;
          }
          // (not the target of a deed in another measure than the whole's: …418.60万元，新建养老点48个，完成目标值的120.00%；…)
          if (OF_A_TARGET.matcher(figures.get(j).label() == null ? "" : figures.get(j).label()).find()
              && (j == i + 1 || totals.containsKey(unitKey(figures.get(j - 1))))) {
            listEnded = true; // the parts were all listed
            break; // "…县级3,050人次，为年度目标4,500人次的106.9%": the target the whole is measured against ends the parts
          }
          if (j > i + 1 && (SUM_OF_OTHERS.matcher(labelOf(figures.get(j))).find()
              || KIND_IN_ALL.matcher(between(t, figures.get(j - 1), figures.get(j))).find())) {
            listEnded = true;
            // "其中满意221份、基本满意12份、不满意3份，满意和基本满意合计233份": a sum of some of them, after them all; or a kind of them
            // all after a comma, with 共 ("其中公办四十一所、普惠性民办15所、其他民办6所，普惠性幼儿园共56所")
            break;
          }
          if (outstanding(t, figures.get(j))) {
            listEnded = true;
            break; // "其中：县级30.00万元全额到位，镇级到位15.00万元，尚有3.00万元未到位": what is missing is beside the parts
          }
          Integer total = totals.get(unitKey(figures.get(j)));
          // "受益主体共1,236户，其中：规模养殖场36家、家庭农场148户、中小散养户1,052户": a part counted in another measure
          countedOtherwise |= countedOtherwise(figures, totals, j);
          // "调整后预算4,946.80万元。其中：一般公共预算年初预算2,864.50万元、调整后预算3,126.80万元，…": each budget's measure
          // before its adjustment is of the year-start total the sentence before states, not of the adjusted one
          if (total != null && adjusted(figures.get(total)) && yearStart(figures.get(j))) {
            total = yearStartBefore(t, figures, total);
          }
          // "实际支出2,879,300.00元，其中基本支出…、项目支出…，年末结余86,500.00元": what is left, after a comma, is beside the spending, no
          // part of it; the list ends there, all of it where its parts are basic and project spending
          if (total != null && j > i + 1 && leftOver(figures.get(j)) && namesSpending(figures.get(total))
              && closedByAComma(t, figures, partOf, total, i, j)) {
            List<Integer> listed = partsBetween(partOf, total, i, j);
            if (listed.size() >= 2) {
              listEnded = listed.stream().allMatch(k -> "支出".equals(spendingItIsAKindOf(figures.get(k))));
              break;
            }
          }
          if (total != null && RESTATED.matcher(between(t, figures.get(j - 1), figures.get(j))).find()
              && reachedBy(figures, partOf, total, i, j)) {
            listEnded = true;
            break; // "其中90分以上的11个、80至90分的5个、60至80分的2个，即评为“优”的11个、…": the parts, all listed, told again
          }
          if (total != null && amount(figures.get(j)).signum() > 0 && !namesATotal(figures.get(j))
              && !between(t, figures.get(j - 1), figures.get(j)).contains("共")
              && reachedBy(figures, partOf, total, i, j) && closedByAComma(t, figures, partOf, total, i, j)) {
            listEnded = true;
            break; // "…76.45万元，其中软件运维服务费48.60万元、…、政务云资源租赁费12.00万元，平台补助资金40.00万元…": the whole by another key
          }
          if (total != null && partOf[j] == null && summable(figures.get(j)) && amount(figures.get(j)).signum() > 0
              && reachedBy(figures, partOf, total, i, j)
              && (ofAnotherKind(figures, partOf, total, i, j) || countedByTheRateAfter(t, figures, j))) {
            listEnded = true;
            break; // "基本支出1,532.84万元，其中人员经费…、公用经费…，项目支出2,154.76万元": the parts were all listed
          }
          // what the last part is made of ("…当年预算300.00万元，由省级补助一百八十万元和县级配套一百二十万元组成") or what a rate per unit
          // gives for it ("…高龄津贴246.60万元，为老人2,870人每人每月发放50元、计172.20万元") is its own, once the parts add up
          boolean ofTheLastPart =
              COMPOSED_OF.matcher(between(t, figures.get(j - 1), figures.get(j))).lookingAt() || perUnit(figures.get(j));
          if (total != null && ofTheLastPart && reachedBy(figures, partOf, total, i, j)) {
            listEnded = true;
            break;
          }
          // what names itself within a part listed before it (…公用经费5,265.29万元，…，公用经费中药品及卫生材料费3,618.47万元) is of that part
          Integer within = total == null || partOf[j] != null ? null : partNamedWithin(figures, partOf, total, i, j);
          if (within != null) {
            partOf[j] = "f" + (within + 1);
            j++;
            continue;
          }
          // (nor an item's budget, beside what it spent, of a whole spent: 实际支出11.78万元。其中公务用车运行维护费预算12.00万元，实际支出
          // 10.86万元；…)
          // (nor, where the whole is what the next sentence's parts add up to leaving out the balances beside what each spent, those
          // balances: 实际支出1,185.48万元，…结余20.52万元。其中：中央资金支出1,032.00万元，执行率98.29%，结余18.00万元；…)
          if (total != null && partOf[j] == null && summable(figures.get(j)) && !eachThenTogether(t, figures, j)
              && !(summedNext && Classifications.balanceBesideSpending(figures.get(i + 1), figures.get(j)))
              && !somethingElseOfTheItem(t, figures, partOf, total, j) && !restatesThePartBefore(t, figures, partOf, total, j)
              && !(BUDGETED.matcher(labelOf(figures.get(j))).find() && role(figures.get(total)) == AmountRole.EXPENDITURE)
              && !EXTREME.matcher(labelOf(figures.get(j))).find()
              // (nor what the part before did, its rate after it: 其中劳动者280人次、满意266人次，满意率95.00%；…)
              && !(j > i + 1 && ("f" + (total + 1)).equals(partOf[j - 1]) && countedByTheRateAfter(t, figures, j)
                  && labelOf(figures.get(j)).contains(RATE_ENDING.matcher(labelOf(figures.get(j + 1))).replaceFirst(""))
                  && !containsAny(between(t, figures.get(j - 1), figures.get(j)), ";。\n"))) {
            partOf[j] = "f" + (total + 1);
          }
          j++;
        }
        // the last part opens a list of its own (…门诊救助84.49万元，其中：…), but not where a sentence naming another whole stands
        // between (…门诊救助84.49万元。资助参保部分按人头定额资助，其中：…)
        // (nor where the next sentence opens with 其中: what it breaks down is found when that part is reached)
        if (j < n && j > i + 1 && between(t, figures.get(j - 1), figures.get(j)).contains("其中")
            && !ANOTHER_SUBJECT.matcher(between(t, figures.get(j - 1), figures.get(j))).find()
            && !NEXT_SENTENCE.matcher(between(t, figures.get(j - 1), figures.get(j))).lookingAt()) {
          partOf[j - 1] = null;
        }
        // "其中公务员41人，事业人员27人；另有社区工作者186人": what 另有 adds is beside the whole, which the parts closed
        boolean reachedEnd = base > 0 || summedUp || listEnded || j >= n
            || OTHERS_BESIDE.matcher(between(t, figures.get(j - 1), figures.get(j))).find()
            || containsAny(between(t, figures.get(j - 1), figures.get(j)), "。\n")
            || clauseEndsAt(t, figures.get(j - 1).evidence().end(), "。\n")
            || stop.indexOf(';') >= 0 && enumeratedUpTo(t, figures, i, j) && clauseEndsAt(t, figures.get(j - 1).evidence().end(), ";")
            // the clause after the semicolon goes on in another measure (…防雹作业23次；共消耗火箭弹186枚): of other things
            || stop.indexOf(';') >= 0 && j > i + 1 && containsAny(between(t, figures.get(j - 1), figures.get(j)), ";")
                && !totals.containsKey(unitKey(figures.get(j)));
        // numbers listed bare before the unit they share (分别清淤4,200、3,800、5,100立方米) are parts unread: the list is not all of it
        boolean unread = false;
        for (int k = i + 1; k < j && !unread; k++) {
          unread = BARE_NUMBERS.matcher(between(t, figures.get(k - 1), figures.get(k))).find();
        }
        for (int total : totals.values()) {
          // a count whose parts are counted in several measures is not all listed in its own
          closed[total] = (colon || reachedEnd) && !unread && !(countedOtherwise && Figure.COUNT.equals(figures.get(total).kind()));
        }
        if (summedUp) {
          pickedAndSummed(figures, i, j, totals, partOf, closed);
        }
        if (count != null && !LinkedParts.hasParts(partOf, count)) {
          closed[count] = null; // no part of the count followed
        }
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
      if (summable(figures.get(k))) {
        totals.putIfAbsent(unitKey(figures.get(k)), k); // not an amount per head (按每生每年600元的标准，…共8,960人，其中：…409.20万元)
      }
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
    if (countAndAmountPairs(t, figures, i, total) || oneAmountAClause(t, figures, i, total, colon)) {
      return true;
    }
    if (!summable(first) || !unitKey(first).equals(unitKey(figures.get(total)))) {
      return false;
    }
    boolean share = false;
    int depth = 0;
    for (int k = i + 2; k < figures.size(); k++) {
      String between = between(t, figures.get(k - 1), figures.get(k));
      if (hasBreak(between)) {
        return false;
      }
      Figure before = figures.get(k - 1);
      // (or its rate named alone, after its aside: 其中人员经费450.12万元（预算451.56万元），执行率99.68%；公用经费…)
      share |= Figure.PERCENT.equals(before.kind()) && before.label() != null
          && (before.label().startsWith("占") || namesThePart(before, first) || RATE_ALONE.matcher(before.label().strip()).matches());
      // (past the first item's own parts in parentheses: 建筑工程费1,528.36万元（其中堤身加培…、护坡护脚…），占工程建设费的89.25%；…)
      depth = Math.max(0, depth + depthChange(between));
      if (depth == 0 && summable(figures.get(k)) && unitKey(figures.get(k)).equals(unitKey(first))) {
        // (a share alone does not make ；part items where the clause after it lists some by commas: 其中中医类别医师96人，占…64.86%；
        // 具有高级专业技术职称的58人，具有中级专业技术职称的137人: another statement, of other kinds)
        return t.substring(first.evidence().end(), figures.get(k).evidence().start()).contains(";")
            && (colon || share && !anotherPartAfterAComma(t, figures, k));
      }
    }
    return false;
  }

  /**
   * Whether the clause of the figure at k goes on, past a comma, to another figure of its measure (具有高级专业技术职称的58人，具有中级
   * 专业技术职称的137人), not one the figure's own 其中 opens nor one named within it (公用经费中药品及卫生材料费).
   */
  private static boolean anotherPartAfterAComma(String t, List<Figure> figures, int k) {
    for (int m = k + 1; m < figures.size(); m++) {
      String gap = between(t, figures.get(m - 1), figures.get(m));
      if (containsAny(gap, ";。\n(") || gap.contains("其中")) {
        return false;
      }
      if (summable(figures.get(m)) && unitKey(figures.get(m)).equals(unitKey(figures.get(k)))
          && !namedWithin(figures.get(m), figures.get(k))) {
        return gap.indexOf(',') >= 0;
      }
    }
    return false;
  }

  /**
   * Whether the list after the figure at i parts its items by ； alone, each clause to the sentence's end holding one amount of the
   * total's measure (运行经费57,940.00元。其中值班律师补贴按每次300元标准支付96次，计28,800.00元；…每个1,800元，计25,200.00元；设备维护
   * 3,940.00元。), a rate per unit not counted: commas part no items there. Three clauses or more are a list, and two after 其中： (its
   * colon announces them all), and two that each reach their amount by a rate per unit; two after a bare 其中 are one otherwise only where
   * they add up to the total (not 存栏4.12万头，其中能繁母牛1.91万头；
   * 全年出栏肉牛2.26万头: a statement of its own after the first item).
   */
  private static boolean oneAmountAClause(String t, List<Figure> figures, int i, int total, boolean colon) {
    String unit = unitKey(figures.get(total));
    BigDecimal sum = BigDecimal.ZERO;
    int clauses = 0;
    Figure inClause = null;
    boolean rated = false;
    boolean everyOneRated = true;
    for (int k = i + 1; k < figures.size(); k++) {
      String between = between(t, figures.get(k - 1), figures.get(k));
      if (k > i + 1 && containsAny(between, "。\n")) {
        break;
      }
      if (k > i + 1 && between.contains(";")) {
        if (inClause == null) {
          return false;
        }
        clauses++;
        sum = sum.add(amount(inClause));
        inClause = null;
        everyOneRated &= rated;
        rated = false;
      }
      Figure f = figures.get(k);
      rated |= inClause == null && perUnit(f) && unitKey(f).equals(unit);
      if (summable(f) && unitKey(f).equals(unit)) {
        if (inClause != null) {
          return false;
        }
        inClause = f;
      }
    }
    if (inClause == null || clauses == 0) {
      return false;
    }
    // (or each clause reaching its amount by a rate per unit, as the one before: 其中全倒户24户，每户补助30,000元，计72.00万元；严重损坏户
    // 86户，每户补助8,000元，计68.80万元: items of one list, of the total where it is its sentence's one amount, not of 结余5.72万元 after
    // 支出119.28万元)
    boolean rateByRate = everyOneRated && rated && aloneInItsSentence(t, figures, total);
    return clauses + 1 >= 3 || colon || rateByRate || sum.add(amount(inClause)).compareTo(amount(figures.get(total))) == 0;
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

  /** Whether the figure at j is each one's of several, their sum right after it (14个乡镇便民服务中心各2台共28台): no part itself. */
  private static boolean eachThenTogether(String t, List<Figure> figures, int j) {
    int start = figures.get(j).evidence().start();
    return start > 0 && t.charAt(start - 1) == '各' && j + 1 < figures.size()
        && EACH_TOGETHER.matcher(between(t, figures.get(j), figures.get(j + 1))).matches();
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
  /**
   * Whether the figure at j counts something else of the item whose part the figure before it is, in the same measure: the part
   * names the whole's things right after it (覆盖18个行政村，其中东片6个村420个、西片7个村490个: 6个村, then 420 samples).
   */
  private static boolean somethingElseOfTheItem(String t, List<Figure> figures, String[] partOf, int total, int j) {
    if (!("f" + (total + 1)).equals(partOf[j - 1])) {
      return false;
    }
    String things = between(t, figures.get(j - 1), figures.get(j));
    String wholes = hanAfter(t, figures.get(total));
    return !things.isEmpty() && things.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
        && wholes.endsWith(things);
  }

  /**
   * Whether the figure at j states again the part right before it, with no mark that parts items between them (芦滩、沙埠、杉坳三处流量站
   * （即水文站）3处): one item, counted twice.
   */
  private static boolean restatesThePartBefore(String t, List<Figure> figures, String[] partOf, int total, int j) {
    return ("f" + (total + 1)).equals(partOf[j - 1]) && unitKey(figures.get(j - 1)).equals(unitKey(figures.get(j)))
        && amount(figures.get(j - 1)).compareTo(amount(figures.get(j))) == 0
        && !containsAny(between(t, figures.get(j - 1), figures.get(j)), ",，、;；。\n");
  }

  /**
   * The part of the total, listed after i and before j, that the figure at j names itself within (公用经费中药品及卫生材料费 within
   * 公用经费), in its measure; else null.
   */
  private static Integer partNamedWithin(List<Figure> figures, String[] partOf, int total, int i, int j) {
    for (int p = j - 1; p > i; p--) {
      if (("f" + (total + 1)).equals(partOf[p]) && namedWithin(figures.get(j), figures.get(p)) && summable(figures.get(j))
          && unitKey(figures.get(p)).equals(unitKey(figures.get(j)))) {
        return p;
      }
    }
    return null;
  }

  /** Whether a figure's label names it within the part's (公用经费中药品及卫生材料费 within 公用经费). */
  private static boolean namedWithin(Figure f, Figure part) {
    String name = labelOf(part);
    return name.length() >= 2 && labelOf(f).startsWith(name + "中");
  }

  /** The Chinese characters right after a figure, up to the next mark or number: what it counts (18个行政村). */
  private static String hanAfter(String t, Figure f) {
    int end = f.evidence().end();
    int k = end;
    while (k < t.length() && k - end < 6 && Character.UnicodeScript.of(t.charAt(k)) == Character.UnicodeScript.HAN) {
      k++;
    }
    return t.substring(end, k);
  }

  private static boolean outstanding(String t, Figure f) {
    int start = f.evidence().start();
    int end = f.evidence().end();
    return OUTSTANDING_BEFORE.matcher(t.substring(Math.max(0, start - 6), start)).find()
        || OUTSTANDING_AFTER.matcher(t.substring(end, Math.min(t.length(), end + 8))).lookingAt();
  }
}
