package dev.jixiao.extract;

import dev.jixiao.record.ScoreComponent;
import dev.jixiao.text.Quantity;

/**
 * A named part of a score as found: where its name is written, its points (履职效能 49.37; 保洁合格率
 * 18) and, where stated, the most it could score (分值 20) and the rate it is scored by (a form's
 * funds row: 分值 × 执行率), else null.
 */
public record ScorePart(int nameStart, int nameEnd, Quantity score, Quantity weight, Quantity rate) {
  public ScoreComponent toComponent(DocumentView v) {
    return new ScoreComponent(v.name(nameStart, nameEnd), Quantities.number(v, score), weight == null ? null : Quantities.number(v, weight),
        rate == null ? null : Quantities.percent(v, rate));
  }
}
