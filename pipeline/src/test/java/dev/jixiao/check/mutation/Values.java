package dev.jixiao.check.mutation;

import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.record.Count;
import dev.jixiao.record.Evidence;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Money;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.record.Percent;
import dev.jixiao.record.PlainNumber;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The values of a record's figures, with the figure at one span changed as a mutation of the text
 * changes it. Every quantity read at that span changes, as extraction would read it: the same
 * "85%" may be the total execution rate and an indicator's actual at once.
 */
final class Values {
  static final Values ORIGINAL = new Values(Map.of());

  /** The value and unit written at a span after a mutation (unit null: unchanged). */
  record Change(BigDecimal value, String unit) {}

  private final Map<Long, Change> changes;

  private Values(Map<Long, Change> changes) {
    this.changes = changes;
  }

  static Values changed(Evidence at, BigDecimal value, String unit) {
    Map<Long, Change> m = new HashMap<>();
    m.put(key(at), new Change(value, unit));
    return new Values(m);
  }

  private static long key(Evidence e) {
    return ((long) e.start() << 32) | e.end();
  }

  private Change change(Evidence e) {
    return e == null ? null : changes.get(key(e));
  }

  Interval money(Money m) {
    Change c = change(m.evidence());
    if (c == null) {
      return Figures.yuan(m);
    }
    String unit = c.unit() == null ? m.unit().symbol() : c.unit();
    return Interval.written(c.value()).times(MoneyUnit.of(unit).factor());
  }

  BigDecimal moneyWrittenYuan(Money m) {
    Change c = change(m.evidence());
    return c == null ? m.yuan() : c.value().multiply(MoneyUnit.of(c.unit() == null ? m.unit().symbol() : c.unit()).factor());
  }

  Interval percent(Percent p) {
    Change c = change(p.evidence());
    return Interval.written(c == null ? p.value() : c.value());
  }

  Interval number(PlainNumber n) {
    Change c = change(n.evidence());
    return Interval.written(c == null ? n.value() : c.value());
  }

  int count(Count n) {
    Change c = change(n.evidence());
    return c == null ? n.value() : c.value().intValueExact();
  }

  Interval countInterval(Count n) {
    return Interval.exact(BigDecimal.valueOf(count(n)));
  }

  /** A figure's interval as {@link Figures#of(Figure)} reads it, money in 元. */
  Interval figure(Figure f) {
    Change c = change(f.evidence());
    if (c == null) {
      return Figures.of(f);
    }
    if (Figure.MONEY.equals(f.kind())) {
      return Interval.written(c.value()).times(MoneyUnit.of(c.unit() == null ? f.unit() : c.unit()).factor());
    }
    if (Figure.COUNT.equals(f.kind()) && c.value().scale() <= 0) {
      return Interval.exact(c.value());
    }
    return Interval.written(c.value());
  }

  /** The exact bound a target states (money in 元). */
  BigDecimal bound(Figure f) {
    Change c = change(f.evidence());
    BigDecimal v = c == null ? f.value() : c.value();
    String unit = c == null || c.unit() == null ? f.unit() : c.unit();
    return Figure.MONEY.equals(f.kind()) ? v.multiply(MoneyUnit.of(unit).factor()) : v;
  }
}
