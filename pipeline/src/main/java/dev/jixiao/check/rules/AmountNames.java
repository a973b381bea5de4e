package dev.jixiao.check.rules;

import dev.jixiao.check.Figures;
import dev.jixiao.record.Figure;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The amount a share names, found by that name among the amounts stated before it: 占合同金额的 finds 工程合同金额, 占全年支出的 finds
 * 全年支出合计, 占调整后预算的 finds 调整后预算. The names in a share's words are shorter than an amount's label and leave out its year
 * (占政府采购总额的 for 2024年政府采购总额), so a name finds the label it is exactly, else the one label that ends with it after a
 * few words of what it is of; never one of several. {@link NamedShareRule} and {@link NamesInTurn} ask it.
 */
final class AmountNames {
  /** The year or the time words a name may open with, which the share may leave out (全年政府采购总额, 占政府采购总额的). */
  static final Pattern YEAR = Pattern.compile("^(?:\\d{4}年度?|全年度?|本年度?|当年|年度)+");
  /** A measure the year's whole is named by alone: 全年支出, 全年收入, 全年预算. */
  static final Pattern YEARS_OWN = Pattern.compile("支出|收入|预算|资金");
  /** What may follow a share's name in the total's own label (保费 for 全年保费收入, 投资 for 投资总额). */
  private static final Pattern WHOLE_AFTER = Pattern.compile("收入|总额|金额|合计|总计");
  /** A table's row of the whole: 合计, 总计, 小计. */
  static final Pattern SUM_ROW = Pattern.compile("合计|总计|小计");
  /** A label that is a name summed up (全年支出合计, 本年收入总计). */
  private static final Pattern SUMMED_UP = Pattern.compile(".+(?:合计|总计)");
  /** How many words may say what a named total is of (工程 in 工程合同金额). */
  private static final int QUALIFIER = 6;
  /** Words that make a named total another one (调整后预算, 上年总投资, 剩余合同金额). */
  private static final Pattern OTHER = Pattern.compile("调整|变更|上年|去年|剩余|未|已|累计|其中|增加|减少");

  private AmountNames() {}

  /**
   * The whole stated before the figure at i under the name a share gives it (调整后预算, 支出合计), or as all that was spent (总支出); null
   * when none is, or when the name is the year's own measure alone (全年支出), which total.share holds.
   */
  static Figure wholeNamedAs(List<Figure> fs, int i, String written, String text) {
    String name = YEAR.matcher(written).replaceFirst("");
    Figure whole = statedBefore(fs, i, name);
    whole = whole == null && WholeSpending.named(written) ? WholeSpending.before(fs, i, text) : whole;
    return whole == null || !name.equals(written) && YEARS_OWN.matcher(name).matches() ? null : whole;
  }

  /** A figure's label without the year or time words before it: the name a share may give it. */
  static String named(Figure f) {
    return f.label() == null ? "" : YEAR.matcher(f.label().strip()).replaceFirst("");
  }

  /** The amount nearest before the figure at i named exactly so, or null. */
  static Figure namedExactly(List<Figure> fs, int i, String name) {
    for (int k = i - 1; k >= 0; k--) {
      Figure f = fs.get(k);
      if (Figures.isMoney(f) && f.op() == null && named(f).equals(name)) {
        return f;
      }
    }
    return null;
  }

  /** The amount of a table's sum row in the column named so (合计成交金额), or null where the table has none. */
  static Figure sumRowOf(List<Figure> fs, String column) {
    for (Figure f : fs) {
      if (Figures.isMoney(f) && f.op() == null && SUM_ROW.matcher(named(f)).lookingAt()
          && named(f).substring(2).equals(column)) {
        return f;
      }
    }
    return null;
  }

  /**
   * The last amount before the figure at i labelled {@code name} summed up (全年支出合计 for 占全年支出的), else labelled
   * {@code name}, the year before it aside; else the one
   * amount before it whose label ends in the name after a few words of what it is of (工程合同金额 for
   * 占合同金额的, 项目总投资 for 占总投资的) or is the name and a word of a whole (全年保费收入 for 占保费的);
   * null when none, or when several do.
   */
  static Figure statedBefore(List<Figure> fs, int i, String name) {
    if (name.isEmpty()) {
      return null; // 占全年的: the year alone, no amount's name (not a table's cell that has none)
    }
    Figure ending = null;
    int endings = 0;
    Figure exact = null;
    for (int k = i - 1; k >= 0; k--) {
      Figure f = fs.get(k);
      if (!Figures.isMoney(f) || f.op() != null) {
        continue;
      }
      String label = named(f);
      if (label.equals(name) && exact == null) {
        exact = f;
      }
      if (SUMMED_UP.matcher(label).matches() && label.startsWith(name) && label.length() - name.length() == 2) {
        return f; // 全年支出合计 is what 占全年支出的 means, though 全年支出 of one budget of the two comes nearer
      }
      boolean whole = label.startsWith(name) && WHOLE_AFTER.matcher(label.substring(name.length())).matches();
      if (whole || name.length() >= 3 && label.endsWith(name) && label.length() - name.length() <= QUALIFIER && !ofAnother(label, name)) {
        ending = ending == null ? f : ending;
        endings++;
      }
    }
    return exact != null ? exact : endings == 1 ? ending : null;
  }

  /** Whether the words before the name make it another's (占合同金额的 is not of 变更后合同金额 nor of 未付合同金额). */
  private static boolean ofAnother(String label, String name) {
    return OTHER.matcher(label.substring(0, label.length() - name.length())).find();
  }
}
