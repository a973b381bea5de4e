package dev.jixiao.check.rules;

import dev.jixiao.record.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A numbered item's amount, and the rest of its line telling what it paid for as one count and one rate per unit and nothing else
 * of money, for {@link ProductRule} (2.计量设施建设奖补144.00万元，占支出总额的28.90%。全年新安装斗口计量设施320套，每套奖补4,500元。;
 * 6.寻亲服务1.35万元。对30名身份不明人员采集血样，每名450元。; 3.安全培训81,000元，全年举办培训18期，每期包干经费4,500元，用于场地…): the
 * item is accounted for by them, so the amount is their product. Not where the line names parts (其中), a plan or what was actually
 * done apart from it (计划, 实际), a cap (每户最高), an average (平均每期), a comparison or a formula (46台电梯×12个月×每台每月680元);
 * nor an item whose amount is a budget or an investment of more.
 */
final class ItemExplained {
  /** The words of a line before its amount: an item's marker and the item's name, no figure. */
  private static final Pattern ITEM_NAME = Pattern.compile("^\\s*" + Sentences.ITEM_MARKER + "[^\\d\\n]{1,30}$");
  /** Words of an amount that is no item's spending: a budget, a plan, an investment of more, a rate. */
  private static final Pattern NOT_SPENT = Pattern.compile("预算|计划|安排|总|投资|追加|每|均|其中|合计|小计|结余");
  /** A rate set per unit: 每套, 按每家, 单价. */
  private static final Pattern PER = Pattern.compile("每|单价");
  /**
   * Words of the line that make its count and rate no account of the whole amount: parts, a plan or what was actually done set
   * against it, a cap, an average, a comparison, so many for each of another count, shares among several.
   */
  private static final Pattern NO_ACCOUNT =
      Pattern.compile("其中|包括|计划|预计|实际|最高|最多|最低|不超过|上限|以内|以下|均|比|较|结余|节约|分别|各|另|等|[×xX*＊=＝]");
  /** A rate per unit and per period (每台每月680元): the count of units is paid it more than once, which the line leaves to a formula. */
  private static final Pattern PER_UNIT_AND_PERIOD = Pattern.compile("每[^每]{1,4}每");

  private ItemExplained() {}

  /** Each item's amount with the count and the rate its line gives, as {total, count, rate}. */
  static List<Figure[]> products(List<Figure> fs, String text) {
    List<Figure[]> out = new ArrayList<>();
    for (int i = 0; i + 2 < fs.size(); i++) {
      Figure total = fs.get(i);
      int lineStart = text.lastIndexOf('\n', total.evidence().start() - 1) + 1;
      if (!Figure.MONEY.equals(total.kind()) || total.op() != null || total.label() == null || NOT_SPENT.matcher(total.label()).find()
          || !ITEM_NAME.matcher(text.substring(lineStart, total.evidence().start())).matches()) {
        continue;
      }
      int lineEnd = text.indexOf('\n', total.evidence().end());
      lineEnd = lineEnd < 0 ? text.length() : lineEnd;
      if (NO_ACCOUNT.matcher(text.substring(total.evidence().end(), lineEnd)).find()) {
        continue;
      }
      Figure count = null;
      Figure rate = null;
      boolean other = false;
      for (int k = i + 1; k < fs.size() && fs.get(k).evidence().start() < lineEnd; k++) {
        Figure f = fs.get(k);
        // the item's share of all spent, right after its amount (，占支出总额的28.90%)
        if (k == i + 1 && Figure.PERCENT.equals(f.kind())) {
          continue;
        }
        if (Figure.COUNT.equals(f.kind()) && count == null && f.op() == null && f.unit() != null) {
          count = f;
        } else if (Figure.MONEY.equals(f.kind()) && rate == null && f.op() == null && f.label() != null && PER.matcher(f.label()).find()) {
          rate = f;
        } else {
          other = true;
        }
      }
      if (count != null && rate != null && !other && !PER_UNIT_AND_PERIOD.matcher(rate.label()).find()) {
        out.add(new Figure[] {total, count, rate});
      }
    }
    return out;
  }
}
