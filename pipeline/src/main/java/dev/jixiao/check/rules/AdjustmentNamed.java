package dev.jixiao.check.rules;

import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Money;
import dev.jixiao.record.Totals;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether the budget's adjustment the totals hold goes unsupported by the adjustments a report states one by one, where those
 * make the budget as adjusted and the adjustment is not one of them. That is so of the adjustment stated again after the budget as
 * adjusted, in another section (扣分说明：年中追加预算12.60万元, after 县水利局年中追加维修养护补助…，调整后预算为…), which must be one of
 * those stated before or their net; and of the adjustment its words make the net (预算调整净增177.70万元：一是追加…；二是…), which
 * must be their net.
 */
final class AdjustmentNamed {
  private AdjustmentNamed() {}

  /** An adjustment named as the net of several (净增, 净调减). */
  private static final Pattern NET = Pattern.compile("净(?:增|减|调增|调减|追加)");

  static boolean unsupported(Totals t, List<Figure> fs, String text, Money adjusted, Money adjustment) {
    Interval stated = Figures.yuan(adjustment);
    Interval added = Figures.yuan(adjusted).minus(Figures.yuan(t.budget()));
    Interval cut = Figures.yuan(t.budget()).minus(Figures.yuan(adjusted));
    if (added.intersects(stated) || cut.intersects(stated)) {
      return false;
    }
    boolean later = text != null && adjustment.evidence().start() >= adjusted.evidence().end()
        && !Sentences.together(text, adjustment.evidence(), adjusted.evidence());
    if (!later) {
      return fs.stream().anyMatch(f -> f.evidence().start() == adjustment.evidence().start() && NET.matcher(SpendingLabels.label(f)).find());
    }
    int from = t.budget().evidence().end();
    int to = adjusted.evidence().start();
    return fs.stream().noneMatch(f -> f.evidence().start() >= from && f.evidence().end() <= to && Figures.isMoney(f) && f.op() == null
        && f.yuan() != null && Figures.yuan(f).intersects(stated));
  }
}
