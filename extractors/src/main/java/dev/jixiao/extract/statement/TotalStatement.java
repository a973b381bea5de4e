package dev.jixiao.extract.statement;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.Labels;
import dev.jixiao.text.Quantity;
import dev.jixiao.text.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * A report-level total: "自评项目总金额共计3232.37万元", "年度总支出为 35,616.40 万元", "预算执行率为
 * 94.98%". Targets (a 执行率 written with ≥) are not totals.
 */
public final class TotalStatement implements StatementExtractor<TotalStatement.Found> {

  /** A total found in a sentence. */
  public record Found(TotalKey key, Quantity quantity) {}

  private final IndicatorRoles roles;

  public TotalStatement(IndicatorRoles roles) {
    this.roles = roles;
  }

  @Override
  public List<Found> extract(DocumentView v, Sentence s) {
    List<Found> out = new ArrayList<>();
    for (Quantity q : v.quantitiesIn(s.start(), s.end())) {
      TotalKey key = TotalKey.of(q, Labels.before(v, q).normalized());
      if (key == TotalKey.EXECUTION_RATE && IndicatorRoles.TARGET.equals(roles.roleAt(v, q.start()))) {
        continue;
      }
      if (key != null) {
        out.add(new Found(key, q));
      }
    }
    return out;
  }
}
