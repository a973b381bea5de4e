package dev.jixiao.extract.breakdown;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.record.Figure;
import java.util.ArrayList;
import java.util.List;

/**
 * Links figures that the text states as parts of a total, so the checks can add them up. Each way a text states a breakdown
 * is read by a pass of its own, in this order, and a figure is part of one total only: what an earlier pass linked, a later
 * one leaves alone.
 * <ol>
 *   <li>{@link ListsAfterTheirTotal}: "X 1813.15万元，其中：A 1320.99万元、B 492.16万元", and the lists on the lines after a
 *       total that ends its line with 其中： ({@link ListsOnTheLinesAfter}); {@link AmountBrokenDown} finds the total when
 *       a rate, a change or a parenthesis stands before the 其中;
 *   <li>{@link ListsInParentheses}: "X 1628.93万元（A 1381.20万元、B 247.73万元）", with no 其中;
 *   <li>{@link SentencesOpeningWithTheirTotal}: "基本支出中，人员经费…，公用经费…。";
 *   <li>{@link TotalsAfterTheirParts}: "新建2400户，改造1860户，合计4260户";
 *   <li>{@link AmountsMadeOfTheirParts}: "预算62.50万元，由中央资金30.00万元、省级资金20.00万元和县级资金12.50万元组成";
 *   <li>{@link Classifications}: "按项目类型分：…" after the sentence of the totals, or of the amount its paragraph opens with;
 *   <li>{@link EachOnesAmounts}: "各乡镇拨付金额分别为：…";
 *   <li>{@link ListsAsFollows} and {@link ListsUnderAHeading}: "具体支出如下：" after the amount or under a heading;
 *   <li>{@link CountedTotals}: "三档合计…" after the sentence of the three, "分三档资助：…" after the sentence of their total;
 *   <li>{@link SumsOfTheClausesBefore}: "…单价1,350元，计64,800.00元；…单价425元，计40,800.00元；两项合计105,600.00元", a sum
 *       opening a clause after the items each clause reckoned;
 *   <li>{@link ReckonedItemsAfterTheirTotal}: "公用经费7,328,240.00元。其中：初中每生每年940元，共3,692人，计3,470,480.00元；小学…，计
 *       3,857,760.00元", each clause after 其中 reckoning its item;
 *   <li>{@link PeriodsOfTheYear}: the year's quarters or halves;
 *   <li>{@link Levels} undoes links whose parts are levels of a hierarchy, and {@link PartsNotAdded} those whose parts are a
 *       budget and what the year added to it and cut from it, or what was spent beside what is left.
 * </ol>
 * A total is closed where its parts are all of it (a list that ends with its sentence, a classification), so the checks may
 * flag parts that fall short of it. Each part belongs to the total of its own measure ({@link FigureWords#unitKey}: 18个 to
 * 50个, 16人 to 43人), and changes from the year before, bases of comparisons and amounts per unit are no parts. Also counts
 * the items a count names ({@link NamedItems}). Figures get ids f1, f2, … in order.
 */
public final class Breakdowns {
  private Breakdowns() {}

  /** The figures, in order, with their ids, the total each is part of, whether each total is closed, and the items counts name. */
  public static List<Figure> link(DocumentView v, List<Figure> figures) {
    int n = figures.size();
    String[] partOf = new String[n];
    Boolean[] closed = new Boolean[n];
    ListsAfterTheirTotal.link(v, figures, partOf, closed);
    ListsInParentheses.link(v.text(), figures, partOf, closed);
    SentencesOpeningWithTheirTotal.link(v, figures, partOf, closed);
    TotalsAfterTheirParts.link(v.text(), figures, partOf, closed);
    AmountsMadeOfTheirParts.link(v.text(), figures, partOf, closed);
    ListsOfANamedBudget.link(v.text(), figures, partOf, closed);
    Classifications.link(v, figures, partOf, closed);
    EachOnesAmounts.link(v, figures, partOf, closed);
    ListsAsFollows.link(v, figures, partOf, closed);
    ListsUnderAHeading.link(v, figures, partOf, closed);
    CountedTotals.linkCountedTotalsOfTheSentenceBefore(v.text(), figures, partOf, closed);
    CountedTotals.linkTotalsBeforeACountedList(v.text(), figures, partOf, closed);
    SumsOfTheClausesBefore.link(v.text(), figures, partOf, closed);
    ReckonedItemsAfterTheirTotal.link(v.text(), figures, partOf, closed);
    PeriodsOfTheYear.link(v, figures, partOf, closed);
    Levels.unlink(figures, partOf, closed);
    PartsNotAdded.unlink(v.text(), figures, partOf, closed);
    IncludedParts.relink(v.text(), figures, partOf, closed);
    List<Figure> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Figure f = figures.get(i);
      Integer listed = Figure.COUNT.equals(f.kind()) ? NamedItems.namedItems(v.text(), f) : null;
      out.add(f.withStructure("f" + (i + 1), partOf[i], closed[i], listed));
    }
    return out;
  }
}
