package dev.jixiao.check.rules;

import dev.jixiao.check.Figures;
import dev.jixiao.record.Figure;
import java.util.List;
import java.util.regex.Pattern;

/**
 * All that was spent, as a share names it (占总支出的, 占全部支出的, 占支出总额的) and as the report states it before (项目累计支出920.27万元,
 * 2024年部门实际支出516.01万元, 全年健身赛事经费支出183.50万元): the spending of the whole project or unit, not of a part of it (基本支出, 县级资金
 * 实际支出, 人员经费支出).
 */
final class WholeSpending {
  /** A share's name of all that was spent. */
  private static final Pattern NAMED = Pattern.compile("^(?:项目)?(?:总支出额?|全部支出|支出总额|实际支出|实际总支出)$");
  /** The label of all that was spent: actual or cumulative, or the year's, of whatever the report is about. */
  private static final Pattern STATED = Pattern.compile(
      "^(?:\\d{4}年度?)?(?:\\p{IsHan}{0,12}?(?:实际|累计)(?:完成)?支出|全年\\p{IsHan}{0,10}?支出)(?:合计|总额|总计)?(?:为|共|达)?$");
  /** What makes the spending a part's: a kind of spending, or a level's funds. */
  private static final Pattern A_PARTS = Pattern.compile("基本|人员|公用|三公|项目支出|中央|省级|市级|县级|镇级|乡级");

  private WholeSpending() {}

  /** Whether a share's name (总支出 in 占总支出的) is of all that was spent. */
  static boolean named(String name) {
    return NAMED.matcher(name).matches();
  }

  /** Whether an amount's label states all that was spent. */
  static boolean stated(Figure f) {
    String label = SpendingLabels.label(f);
    return STATED.matcher(label).matches() && !A_PARTS.matcher(label).find();
  }

  /** The amount stating all that was spent nearest before the figure at i on its line, or null. */
  static Figure before(List<Figure> fs, int i, String text) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, fs.get(i).evidence().start() - 1)) + 1;
    for (int k = i - 1; k >= 0 && fs.get(k).evidence().start() >= lineStart; k--) {
      Figure f = fs.get(k);
      if (Figures.isMoney(f) && f.op() == null && stated(f)) {
        return f;
      }
    }
    return null;
  }
}
