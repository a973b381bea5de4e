package dev.jixiao.extract.statement;

import dev.jixiao.extract.DocumentView;
import java.util.regex.Pattern;

/**
 * Where a department's report goes through its budgets one by one ((一)一般公共预算。…全年支出2,958.63万元… / (二)政府性基金预算。…):
 * a figure there is of that budget, not of the department, whose totals the report states as a whole elsewhere.
 */
public final class SubBudgets {
  /** The four budgets of public finance (四本预算), and nothing after the name but the item's full stop or colon. */
  private static final Pattern BUDGET_TITLE =
      Pattern.compile("^[ ]*(?:一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算)(?:支出|执行|收支)?(?:情况)?[ ]*(?:[。:]|$)");

  private SubBudgets() {}

  /** Whether the position lies in an item or under a heading titled with one of the four budgets. */
  public static boolean holds(DocumentView v, int pos) {
    return ItemTitles.under(v, pos, BUDGET_TITLE);
  }
}
