package dev.jixiao.extract.statement;

import dev.jixiao.extract.DocumentView;
import java.util.regex.Pattern;

/**
 * Where a report sums itself up after going through its parts ((一)直补资金。… / (二)项目扶持资金。…预算480万元… / (三)总体执行情况。
 * …预算1742.04万元…): the totals stated there are the report's, though a part's were stated first.
 */
public final class OverallItems {
  /**
   * An item's title that names the whole: 总体执行情况, 资金整体使用情况, or the parts summed up (两个项目汇总情况); nothing after it but
   * the item's full stop or colon.
   */
  private static final Pattern OVERALL_TITLE = Pattern.compile("^[ ]*(?:(?:资金|项目|预算|经费)?(?:总体|整体)(?:预算)?(?:执行|使用|支出|收支)?"
      + "|(?:[两二三四五六七八九十\\d]{1,2}(?:个|类|项))?(?:资金|项目|预算|经费)?汇总)(?:情况)?[ ]*(?:[。:]|$)");

  private OverallItems() {}

  /** Whether the position lies in an item or under a heading titled as the whole. */
  public static boolean holds(DocumentView v, int pos) {
    return ItemTitles.under(v, pos, OVERALL_TITLE);
  }
}
