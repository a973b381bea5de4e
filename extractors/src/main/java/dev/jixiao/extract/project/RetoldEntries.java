package dev.jixiao.extract.project;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.text.Quantity;
import java.util.Comparator;
import java.util.List;

/**
 * Entries that tell a project the chain has read already: a report names its projects again in lists and notes, or tells them in
 * paragraphs and again in a table. A second record would count such a project twice in the report's sums and counts.
 */
final class RetoldEntries {

  private RetoldEntries() {}

  /** Drops the entries that only speak again of a project read with its figures, and merges those that tell one twice. */
  static void dropOrMerge(DocumentView v, List<ProjectEntry> found) {
    found.removeIf(e -> retells(v, e, found));
    mergeTheSameNumbered(v, found);
  }

  /**
   * Whether {@code e} speaks again of a project another entry gives with its figures, so that a second record would count it
   * twice: a bare name listed with others, by the whole name or a part of it (茶叶、卫生室两个项目执行率偏低; 本年度实施道路硬化、路灯安装
   * 两个项目), or a paragraph on a table's row by its name (指挥通信系统升级项目年初预算63.00万元，追加45.00万元后为108.00万元).
   */
  private static boolean retells(DocumentView v, ProjectEntry e, List<ProjectEntry> found) {
    boolean bareName = e.foundBy().equals("enumerated") && e.budget() == null && e.expenditure() == null;
    boolean noteOnARow = e.foundBy().equals("budget-paragraph");
    if (e.seq() != null || !bareName && !noteOnARow) {
      return false;
    }
    String name = stem(v.original(e.nameStart(), e.nameEnd()));
    if (name.length() < 2) {
      return false;
    }
    for (ProjectEntry other : found) {
      if (other == e || other.budget() == null || noteOnARow && !other.foundBy().equals("table-row")) {
        continue;
      }
      String told = stem(v.original(other.nameStart(), other.nameEnd()));
      if (noteOnARow ? told.equals(name) : told.contains(name) || told.length() >= 2 && name.endsWith(told)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Merges the entries that tell one project twice, told in its own paragraph and again as a table's row (1. 农村人居环境整治项目。预算
   * 45.80万元… and | 1 | 农村人居环境整治 | 45.80 | 44.96 | 98.17% | 93.5 | 优 |): the same number, a name that holds the other's or
   * its characters in order (书屋更新 of 农家书屋图书更新项目), and no budget that differs, or the same spending and a budget the first
   * states as adjusted; or a row with no number, named so, with the same budget and spending. The first told keeps its place and takes
   * what only the second states, and the table's budget.
   */
  private static void mergeTheSameNumbered(DocumentView v, List<ProjectEntry> found) {
    found.sort(Comparator.comparingInt(ProjectEntry::start));
    for (int i = 0; i < found.size(); i++) {
      ProjectEntry first = found.get(i);
      for (int k = i + 1; first.seq() != null && k < found.size(); k++) {
        ProjectEntry again = found.get(k);
        // (the budget may be the year-start one in the paragraph and the adjusted one in the table, which the paragraph states too)
        if (first.seq().equals(again.seq()) && !first.foundBy().equals(again.foundBy()) && sameName(v, first, again)
            && (sameOrUnstated(first.budget(), again.budget()) || statesTheOthersBudget(v, first, again))
            || again.seq() == null && again.foundBy().equals("table-row") && !first.foundBy().equals(again.foundBy())
            && sameName(v, first, again) && sameFigures(first, again)) {
          ProjectEntry merged = first.filledFrom(again);
          // two budgets: the table's, which its total row adds up, is the adjusted one the paragraph went on to
          if (!sameOrUnstated(first.budget(), again.budget()) && again.foundBy().equals("table-row")) {
            merged = merged.withBudget(again.budget());
          }
          found.set(i, merged);
          found.remove(k);
          break;
        }
      }
    }
  }

  /**
   * Whether both state a budget and a spending, and the same ones: a table's row with no number (| 中医重点专科建设 | 300.00 | 296.42 |)
   * tells the numbered paragraph's project again (1．中医重点专科建设项目。预算300.00万元，实际支出296.42万元).
   */
  private static boolean sameFigures(ProjectEntry a, ProjectEntry b) {
    return a.budget() != null && b.budget() != null && a.expenditure() != null && b.expenditure() != null
        && sameOrUnstated(a.budget(), b.budget()) && sameOrUnstated(a.expenditure(), b.expenditure());
  }

  /**
   * Whether the first entry's own words state the other's budget, and both the same spending: 年初预算35.00万元，…调整后预算38.00万元，
   * …支出36.86万元 and | 4 | 场馆维修 | 38.00 | 36.86 |.
   */
  private static boolean statesTheOthersBudget(DocumentView v, ProjectEntry first, ProjectEntry again) {
    return first.expenditure() != null && again.expenditure() != null && sameOrUnstated(first.expenditure(), again.expenditure())
        && again.budget() != null && v.quantitiesIn(first.start(), first.end()).stream()
            .anyMatch(q -> q.isMoney() && sameOrUnstated(q, again.budget()));
  }

  private static boolean sameName(DocumentView v, ProjectEntry a, ProjectEntry b) {
    String x = stem(v.original(a.nameStart(), a.nameEnd()));
    String y = stem(v.original(b.nameStart(), b.nameEnd()));
    return x.length() >= 2 && y.length() >= 2 && (x.contains(y) || y.contains(x) || inOrder(x, y) || inOrder(y, x));
  }

  /** Whether a short name of four characters or more is written in order within the long one (书屋更新 in 农家书屋图书更新). */
  private static boolean inOrder(String shortName, String name) {
    if (shortName.length() < 4 || shortName.length() >= name.length()) {
      return false;
    }
    int at = 0;
    for (char c : shortName.toCharArray()) {
      at = name.indexOf(c, at) + 1;
      if (at == 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameOrUnstated(Quantity a, Quantity b) {
    return a == null || b == null || a.isMoney() && b.isMoney()
        && a.value().multiply(MoneyUnit.of(a.unit()).factor()).compareTo(b.value().multiply(MoneyUnit.of(b.unit()).factor())) == 0;
  }

  private static String stem(String name) {
    String k = name.replaceAll("\\s+", "");
    return k.endsWith("项目") ? k.substring(0, k.length() - 2) : k;
  }
}
