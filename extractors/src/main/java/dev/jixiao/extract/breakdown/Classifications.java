package dev.jixiao.extract.breakdown;

import static dev.jixiao.extract.breakdown.FigureWords.amount;
import static dev.jixiao.extract.breakdown.FigureWords.labelOf;
import static dev.jixiao.extract.breakdown.FigureWords.leftOver;
import static dev.jixiao.extract.breakdown.FigureWords.summable;
import static dev.jixiao.extract.breakdown.FigureWords.unitKey;
import static dev.jixiao.extract.breakdown.Gaps.between;
import static dev.jixiao.extract.breakdown.Gaps.hasBreak;
import static dev.jixiao.extract.breakdown.Gaps.opensTheNextSentence;
import static dev.jixiao.extract.breakdown.Gaps.sentenceStart;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.Labels;
import dev.jixiao.record.Figure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Sentences that open naming a classification (按项目类型分：…) of the totals of the sentence before. */
final class Classifications {
  /** A sentence's opening that names a classification of what the sentence before counts: 按项目类型分：, 按资金来源划分， */
  private static final Pattern CLASSIFIED = Pattern.compile("[ ]*(?:" + Labels.CLASSIFICATION + ")[ ]*[,，:：]");

  /** A classification of spending (按支出性质分, 从支出结构看), as the opening of its sentence. */
  private static final Pattern SPENDING_CLASSIFIED = Pattern.compile("[ ]*[^,，:：]{0,6}支出[^,，:：]{0,4}[,，:：]");
  /** A level of government whose money a label names (县级资金支出): one source's spending, no whole's. */
  private static final Pattern SOURCE = Pattern.compile(FigureWords.GOVERNMENT_LEVEL);

  /** How many figures back a classification's whole may stand past the lines of a list. */
  private static final int LIST_REACH = 40;
  /** A section's heading opening a line (三、, （三）). */
  private static final Pattern HEADING = Pattern.compile("\n\\s*(?:[一二三四五六七八九十]{1,2}、|\\(?[一二三四五六七八九十]{1,2}\\))");
  /** A second classification of the same whole after a semicolon (…；按支出用途分，其中：…). */
  private static final Pattern ANOTHER_CLASSIFICATION = Pattern.compile("[;；][ ]*(?:" + Labels.CLASSIFICATION + ")[ ]*[,，:：]");

  /** What names a figure as the whole the rest of its sentence divides (800件案件中, 1,200人中): 中 after a word or two. */
  private static final Pattern OWN_WHOLE = Pattern.compile("[ ]*\\p{IsHan}{0,6}?中(?![心央])");

  /** An amount reached by a point of the year: 上半年累计, 前三季度累计, 1-9月累计. */
  private static final Pattern UP_TO_A_POINT =
      Pattern.compile("(?:上半年|前[二三两]季度|第?[一二三1-3]季度末|1[-—~至]\\d{1,2}月|截至\\S{0,10}?)累计");
  /** What ends a label as the word for its amount (利用量, 支出数, 投资额), no part of what it measures. */
  private static final Pattern MEASURE_WORDS = Pattern.compile("(?:总)?(?:量|数|额|金额|资金)$");

  private Classifications() {}

  /**
   * Links the figures of a sentence that opens by naming a classification (按项目类型分：产业发展项目9个，
   * 投资856.20万元；基础设施项目4个，…) to the totals of the sentence right before it, one per unit (共实施
   * 项目15个，总投资1286.40万元): the first of each that is a part of nothing. A classification covers
   * the whole, so two or more parts are it.
   */
  static void link(DocumentView v, List<Figure> figures, String[] partOf, Boolean[] closed) {
    String t = v.text();
    for (int i = 1; i < figures.size(); i++) {
      Figure first = figures.get(i);
      int start = sentenceStart(t, first.evidence().start());
      if (!opensTheNextSentence(t, figures, i, start) || !CLASSIFIED.matcher(t).region(start, first.evidence().start()).lookingAt()) {
        continue;
      }
      if (i + 1 < figures.size() && OWN_WHOLE.matcher(between(t, first, figures.get(i + 1))).lookingAt() && summable(first)) {
        // "从承办主体看，800件案件中社会律师承办612件，…132件；…56件": the sentence names its own whole first
        i = linkTheSentence(t, figures, i + 1, new HashMap<>(Map.of(unitKey(first), i)), partOf, closed);
        continue;
      }
      if (statesItsOwnWhole(t, figures, i, partOf) || runsUpTheYear(t, figures, i) || namesTheExtremes(t, figures, i)) {
        continue;
      }
      Map<String, Integer> totals = new HashMap<>();
      Map<String, Integer> named = new HashMap<>();
      Map<String, Integer> summedTo = new HashMap<>();
      Map<String, BigDecimal> sums = partsSums(t, figures, i, partOf);
      String measure = measureOf(labelOf(first));
      for (int k = i - 1; k >= 0 && (k == i - 1 || !hasBreak(between(t, figures.get(k), figures.get(k + 1)))); k--) {
        boolean ofAGroup = FigureWords.countOfAGroup(k > 0 ? figures.get(k - 1) : null, figures.get(k));
        if (summable(figures.get(k)) && partOf[k] == null && !ofAGroup) {
          String unit = unitKey(figures.get(k));
          totals.put(unit, k); // the sentence's first of each unit, read back to front
          if (measure.length() == 2 && measure.equals(measureOf(labelOf(figures.get(k))))) {
            named.put(unit, k);
          }
          if (sums.containsKey(unit) && sums.get(unit).compareTo(amount(figures.get(k))) == 0) {
            summedTo.put(unit, k);
          }
        }
      }
      // a sentence that ends on the budget as adjusted, after the budget and what was added (年初预算180.00万元，…追加预算10.00万元，调整后预算
      // 190.00万元。按来源分：…), states the budget the year ended with: its classes are of that, as the next sentence's 其中 would be
      adjustedAtTheEnd(t, figures, i, partOf).ifPresent(k -> totals.put(unitKey(figures.get(k)), k));
      // the amount the parts add up to may stand further back in the paragraph, past a sentence of halves or another classification
      // (全年实际拨付183.42万元，…。分时段看，上半年拨付88.36万元，下半年拨付95.06万元。按补贴类别分：…81.00万元…102.42万元)
      summedFurtherBack(t, figures, i, partOf, sums, summedTo);
      // where the sentence right before states no amount of a unit the classes are of, their whole is the amount the paragraph opens
      // with and states alone (2.避险搬迁支出624.00万元，全额支出。全年完成避险搬迁156户，每户补助4万元。按乡镇分：…), whether or not
      // the classes add up to it: a class that no longer adds up is seen
      amountOpeningTheParagraph(t, figures, i, partOf, sums, totals.keySet()).forEach(totals::putIfAbsent);
      // or the one its parts are named for (可收集量52.36万吨，综合利用量48.92万吨。按利用方式分，其中：肥料化利用35.16万吨…), or add up
      // to (年初预算1,800万元，年中追加…120万元，调整后预算1,920万元。按资金来源分：中央财政1,150万元；…)
      totals.putAll(named);
      totals.putAll(summedTo);
      // a total broken down already (总投资…，其中：财政衔接资金…) keeps that breakdown: a figure is part of one
      totals.values().removeIf(k -> LinkedParts.hasParts(partOf, k));
      i = linkTheSentence(t, figures, i, totals, partOf, closed, notClasses(t, figures, i, partOf, totals));
    }
  }

  /**
   * Links each figure of the sentence from the figure at i on to the total of its unit among {@code totals}, where it is
   * part of nothing yet; a total with two or more parts is closed (they are all of it). Returns the sentence's last figure.
   */
  static int linkTheSentence(String t, List<Figure> figures, int i, Map<String, Integer> totals, String[] partOf,
      Boolean[] closed) {
    return linkTheSentence(t, figures, i, totals, partOf, closed, Set.of());
  }

  /** As above, leaving out the figures {@code notClasses}. */
  private static int linkTheSentence(String t, List<Figure> figures, int i, Map<String, Integer> totals, String[] partOf,
      Boolean[] closed, Set<Integer> notClasses) {
    Map<Integer, Integer> linked = new HashMap<>();
    int j = i;
    int depth = 0;
    for (; j < figures.size() && (j == i || !hasBreak(between(t, figures.get(j - 1), figures.get(j)))); j++) {
      if (j > i && ANOTHER_CLASSIFICATION.matcher(between(t, figures.get(j - 1), figures.get(j))).find()) {
        break; // "按资金来源分，A、B；按支出用途分，C、D": each classification is the whole on its own
      }
      // what a part is made of, in parentheses after it (县级96.00万元（含年初安排60.00万元和年中追加36.00万元）), is no class
      depth = j == i ? 0 : Math.max(0, depth + Gaps.depthChange(between(t, figures.get(j - 1), figures.get(j))));
      Integer total = totals.get(unitKey(figures.get(j)));
      if (total != null && partOf[j] == null && summable(figures.get(j)) && depth == 0 && !notClasses.contains(j)
          && !balanceBesideSpending(figures.get(i), figures.get(j))) {
        partOf[j] = "f" + (total + 1);
        linked.merge(total, 1, Integer::sum);
      }
    }
    linked.forEach((total, parts) -> closed[total] = parts >= 2 ? Boolean.TRUE : closed[total]);
    return j - 1;
  }

  /**
   * Adds to {@code summedTo} the amounts, of the units it lacks, that the parts add up to among the figures of the paragraph
   * of the classified sentence at i, or of the one before when it opens a line (back to the line's start), nearest first.
   */
  private static void summedFurtherBack(String t, List<Figure> figures, int i, String[] partOf, Map<String, BigDecimal> sums,
      Map<String, Integer> summedTo) {
    // the classified sentence may open a paragraph of its own (…全年实际支出467.24万元…。\n按用途分，其中：…): that paragraph's break is crossed
    for (int k = i - 1; k >= 0 && (k == i - 1 || between(t, figures.get(k), figures.get(k + 1)).indexOf('\n') < 0); k--) {
      String unit = unitKey(figures.get(k));
      if (summable(figures.get(k)) && partOf[k] == null && !summedTo.containsKey(unit) && sums.containsKey(unit)
          && sums.get(unit).compareTo(amount(figures.get(k))) == 0) {
        summedTo.put(unit, k);
      }
    }
    // or past the lines of a list before it, back to its section's heading (项目实际支出391.67万元…。分资金来源看：⏎● 中央资金支出…⏎
    // ● 县级资金支出106.72万元…⏎⏎按支出用途分：…, whose uses add up to the 391.67)
    for (int k = i - 1; k >= Math.max(0, i - LIST_REACH) && !HEADING.matcher(between(t, figures.get(k), figures.get(k + 1))).find(); k--) {
      String unit = unitKey(figures.get(k));
      if (summable(figures.get(k)) && partOf[k] == null && !summedTo.containsKey(unit) && sums.containsKey(unit)
          && sums.get(unit).compareTo(amount(figures.get(k))) == 0) {
        summedTo.put(unit, k);
      }
    }
  }

  /**
   * The budget as adjusted that ends the sentence right before the classified sentence at i, a part of nothing, where an amount of money
   * stands before it in that sentence.
   */
  private static Optional<Integer> adjustedAtTheEnd(String t, List<Figure> figures, int i, String[] partOf) {
    Integer last = null;
    for (int k = i - 1; k >= 0 && (k == i - 1 || !hasBreak(between(t, figures.get(k), figures.get(k + 1)))); k--) {
      Figure f = figures.get(k);
      if (!summable(f) || !Figure.MONEY.equals(f.kind())) {
        continue;
      }
      if (last == null) {
        if (!FigureWords.adjusted(f) || partOf[k] != null) {
          return Optional.empty();
        }
        last = k;
      } else {
        return Optional.of(last);
      }
    }
    return Optional.empty();
  }

  /**
   * For each unit of {@code sums} but those {@code stated} by the sentence right before the classified sentence at i, the amount of it
   * that opens its paragraph (the paragraph of the sentence right before), where no sentence after it up to the classified sentence
   * states another and its own sentence lists none after it (受助人员中，60岁以上老年人137人次，占22.39%；未成年人9人次: a class of
   * another whole): what the paragraph is about.
   */
  private static Map<String, Integer> amountOpeningTheParagraph(String t, List<Figure> figures, int i, String[] partOf,
      Map<String, BigDecimal> sums, Set<String> stated) {
    Map<String, Integer> first = new HashMap<>();
    Map<String, Set<Integer>> sentences = new HashMap<>();
    int k = i - 1;
    while (k >= 0 && (k == i - 1 || !hasBreak(between(t, figures.get(k), figures.get(k + 1))))) {
      k--;
    }
    for (; k >= 0 && between(t, figures.get(k), figures.get(k + 1)).indexOf('\n') < 0; k--) {
      Figure f = figures.get(k);
      String unit = unitKey(f);
      if (summable(f) && partOf[k] == null && sums.containsKey(unit) && !stated.contains(unit)) {
        first.put(unit, k); // read back to front: the paragraph's first of each unit
        sentences.computeIfAbsent(unit, u -> new HashSet<>()).add(sentenceStart(t, f.evidence().start()));
      }
    }
    Map<String, Integer> out = new HashMap<>();
    first.forEach((unit, opening) -> {
      if (sentences.get(unit).size() == 1 && opensItsParagraph(t, figures.get(opening)) && alone(t, figures, opening, partOf)) {
        out.put(unit, opening);
      }
    });
    return out;
  }

  /** Whether the figure stands in the first sentence of its paragraph. */
  private static boolean opensItsParagraph(String t, Figure f) {
    int start = sentenceStart(t, f.evidence().start());
    return start == 0 || t.charAt(start - 1) == '\n';
  }

  /** Whether no amount of the figure's measure, a part of nothing, follows it in its sentence after a list's ；or 、. */
  private static boolean alone(String t, List<Figure> figures, int k, String[] partOf) {
    boolean listed = false;
    for (int j = k + 1; j < figures.size() && !hasBreak(between(t, figures.get(j - 1), figures.get(j))); j++) {
      listed |= Gaps.containsAny(between(t, figures.get(j - 1), figures.get(j)), ";；、");
      if (listed && summable(figures.get(j)) && partOf[j] == null && unitKey(figures.get(j)).equals(unitKey(figures.get(k)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The figures of the classified sentence that are no classes of the totals: those of a unit after the first of each of its clauses,
   * where those firsts alone add up to the unit's total and all of them do not (从调查对象看，投标人问卷520份、满意486份，…；采购人问卷
   * 210份、满意203份，…；竞买人问卷130份、满意122份, of 860份): each clause counts its class first and then something of it.
   */
  private static Set<Integer> notClasses(String t, List<Figure> figures, int i, String[] partOf, Map<String, Integer> totals) {
    Map<String, BigDecimal> all = new HashMap<>();
    Map<String, BigDecimal> firsts = new HashMap<>();
    Map<String, List<Integer>> others = new HashMap<>();
    Set<String> inThisClause = new HashSet<>();
    Map<String, Integer> lone = new HashMap<>();
    Map<String, Integer> classes = new HashMap<>();
    int clauses = 1;
    int depth = 0;
    for (int j = i; j < figures.size() && (j == i || !hasBreak(between(t, figures.get(j - 1), figures.get(j)))); j++) {
      String gap = j == i ? "" : between(t, figures.get(j - 1), figures.get(j));
      if (j > i && ANOTHER_CLASSIFICATION.matcher(gap).find()) {
        break;
      }
      if (gap.indexOf(';') >= 0 || gap.indexOf('；') >= 0) {
        clauses++;
        inThisClause.clear();
      }
      depth = j == i ? 0 : Math.max(0, depth + Gaps.depthChange(gap));
      String unit = unitKey(figures.get(j));
      if (partOf[j] != null || !summable(figures.get(j)) || depth != 0 || !totals.containsKey(unit)) {
        continue;
      }
      all.merge(unit, amount(figures.get(j)), BigDecimal::add);
      lone.putIfAbsent(unit, j);
      classes.merge(unit, 1, Integer::sum);
      if (inThisClause.add(unit)) {
        firsts.merge(unit, amount(figures.get(j)), BigDecimal::add);
      } else {
        others.computeIfAbsent(unit, u -> new ArrayList<>()).add(j);
      }
    }
    Set<Integer> out = new HashSet<>();
    boolean severalClauses = clauses >= 2;
    others.forEach((unit, js) -> {
      BigDecimal whole = amount(figures.get(totals.get(unit)));
      if (severalClauses && firsts.get(unit).compareTo(whole) == 0 && all.get(unit).compareTo(whole) != 0) {
        out.addAll(js);
      }
    });
    // one class alone of a unit, larger than the whole taken for it, is no class of it (结余7.73万元…。从资金来源看，省级、市级资金已全额
    // 支出，县级资金支出60.27万元): the sentence before named some other whole
    // (one alone: of two or more classes of the spending the sentence before states, 按支出性质分，基本支出…；项目支出…, the first larger
    // than it is a class that no longer adds up)
    boolean ofSpending = SPENDING_CLASSIFIED.matcher(t).region(sentenceStart(t, figures.get(i).evidence().start()),
        figures.get(i).evidence().start()).lookingAt();
    lone.forEach((unit, j) -> {
      Figure whole = figures.get(totals.get(unit));
      boolean severalOfTheSpending = classes.get(unit) > 1 && ofSpending && FigureWords.namesSpending(whole)
          && !SOURCE.matcher(labelOf(whole)).find();
      // (nor of the budget as adjusted that ends the sentence before: 调整后预算190.00万元。按来源分：省级…；县级…)
      boolean severalOfTheAdjusted = classes.get(unit) > 1 && FigureWords.adjusted(whole);
      if (!others.containsKey(unit) && !severalOfTheSpending && !severalOfTheAdjusted
          && amount(figures.get(j)).compareTo(amount(whole)) > 0) {
        out.add(j);
      }
    });
    return out;
  }

  /** What the figures of the classified sentence from i on add up to, by unit, as {@link #linkTheSentence} would take them. */
  static Map<String, BigDecimal> partsSums(String t, List<Figure> figures, int i, String[] partOf) {
    Map<String, BigDecimal> sums = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    int depth = 0;
    for (int j = i; j < figures.size() && (j == i || !hasBreak(between(t, figures.get(j - 1), figures.get(j)))); j++) {
      if (j > i && ANOTHER_CLASSIFICATION.matcher(between(t, figures.get(j - 1), figures.get(j))).find()) {
        break;
      }
      depth = j == i ? 0 : Math.max(0, depth + Gaps.depthChange(between(t, figures.get(j - 1), figures.get(j))));
      if (partOf[j] == null && summable(figures.get(j)) && depth == 0 && !balanceBesideSpending(figures.get(i), figures.get(j))) {
        sums.merge(unitKey(figures.get(j)), amount(figures.get(j)), BigDecimal::add);
        counts.merge(unitKey(figures.get(j)), 1, Integer::sum);
      }
    }
    sums.keySet().removeIf(unit -> counts.get(unit) < 2);
    return sums;
  }

  /**
   * Whether the classified sentence names the largest and smallest of its classes alone (按乡镇分，青檀镇支出最多，为27.68万元，石鼓乡最少，
   * 为9.84万元): two of them, not all.
   */
  private static boolean namesTheExtremes(String t, List<Figure> figures, int i) {
    int end = i;
    while (end + 1 < figures.size() && !hasBreak(between(t, figures.get(end), figures.get(end + 1)))) {
      end++;
    }
    String sentence = t.substring(sentenceStart(t, figures.get(i).evidence().start()), figures.get(end).evidence().end());
    return EXTREMES.matcher(sentence).find();
  }

  /** Words of the largest and smallest: 最多, 最少, 最高, 最低, 最大, 最小. */
  private static final Pattern EXTREMES = Pattern.compile(
      FigureWords.MOST + ".*" + FigureWords.LEAST + "|" + FigureWords.LEAST + ".*" + FigureWords.MOST);

  /**
   * Whether the classified sentence from the figure at i states what had been reached by points of the year (从支出进度看，上半年累计
   * 支出…，前三季度累计支出…，第四季度支出…): amounts that hold one another, no classes.
   */
  private static boolean runsUpTheYear(String t, List<Figure> figures, int i) {
    for (int j = i; j < figures.size() && (j == i || !hasBreak(between(t, figures.get(j - 1), figures.get(j)))); j++) {
      if (UP_TO_A_POINT.matcher(labelOf(figures.get(j))).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the classified sentence from the figure at i states the whole of its classes itself, after them (按资金来源分，调整后预算由
   * 省级…40.00万元、…、镇级财力安排23.60万元构成，合计210.00万元): the first class is already a part of a figure of the sentence.
   */
  private static boolean statesItsOwnWhole(String t, List<Figure> figures, int i, String[] partOf) {
    for (int j = i + 1; j < figures.size() && !hasBreak(between(t, figures.get(j - 1), figures.get(j))); j++) {
      if (("f" + (j + 1)).equals(partOf[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the figure is a class's balance stated beside its spending in a classification of spending (按资金来源划分：…县级资金
   * 支出139.80万元，执行率93.20%，结余10.20万元；…): what is left of a class is none of the classes spent.
   */
  static boolean balanceBesideSpending(Figure first, Figure f) {
    return f != first && labelOf(first).contains("支出") && leftOver(f);
  }

  /** The last two characters of a label, its measure's words aside (综合利用量 and 肥料化利用: 利用). */
  private static String measureOf(String label) {
    String bare = MEASURE_WORDS.matcher(label).replaceFirst("");
    return bare.length() >= 2 ? bare.substring(bare.length() - 2) : "";
  }
}
