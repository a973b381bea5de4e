package dev.jixiao.extract.statement;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.Labels;
import dev.jixiao.text.Quantity;
import dev.jixiao.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A report-level total: "自评项目总金额共计3232.37万元", "年度总支出为 35,616.40 万元", "预算执行率为
 * 94.98%". Targets (a 执行率 written with ≥) are not totals, and neither is what a sentence states
 * after it names a kind of spending accounted for on its own (三公经费).
 */
public final class TotalStatement implements StatementExtractor<TotalStatement.Found> {

  /** A total found in a sentence. */
  public record Found(TotalKey key, Quantity quantity) {}

  private final IndicatorRoles roles;

  public TotalStatement(IndicatorRoles roles) {
    this.roles = roles;
  }

  /** A budget adjusted to the amount after these words (调整为, 调整至, 调增至), the label's verb the label drops. */
  private static final Pattern ADJUSTED_TO = Pattern.compile("调[整增减](?:为|至|到)[ ]*$");

  @Override
  public List<Found> extract(DocumentView v, Sentence s) {
    List<Found> out = new ArrayList<>();
    for (Quantity q : v.quantitiesIn(s.start(), s.end())) {
      String label = Labels.before(v, q).normalized();
      if (TotalKey.namesCategory(label)) {
        // the rest of the sentence goes on about the 三公经费 (…年初预算12万元，实际支出10.2万元，执行率85%)
        break;
      }
      TotalKey key = TotalKey.of(q, label);
      if (key == TotalKey.EXECUTION_RATE && IndicatorRoles.TARGET.equals(roles.roleAt(v, q.start()))) {
        continue;
      }
      if (key == TotalKey.BUDGET_ADJUSTMENT && ADJUSTED_TO.matcher(Labels.rawBefore(v, q).normalized()).find()) {
        key = TotalKey.ADJUSTED_BUDGET; // 全年预算调整为5920.00万元: what the budget became, not what was added to it
      }
      if (key != null) {
        out.add(new Found(key, q));
      }
    }
    return out;
  }
}
