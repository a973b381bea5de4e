package dev.jixiao.extract;

import dev.jixiao.record.Count;
import dev.jixiao.record.Money;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.record.Percent;
import dev.jixiao.record.PlainNumber;
import dev.jixiao.text.Quantity;

/** Turns a found quantity into the record's quantity types, quoting the original text. */
public final class Quantities {
  private Quantities() {}

  public static Money money(DocumentView v, Quantity q) {
    return Money.of(v.original(q.start(), q.end()), q.value(), MoneyUnit.of(q.unit()), v.evidence(q.start(), q.end()));
  }

  public static Percent percent(DocumentView v, Quantity q) {
    return new Percent(v.original(q.start(), q.end()), q.value(), v.evidence(q.start(), q.end()));
  }

  public static Count count(DocumentView v, Quantity q) {
    return new Count(v.original(q.start(), q.end()), q.value().intValueExact(), v.evidence(q.start(), q.end()));
  }

  public static PlainNumber number(DocumentView v, Quantity q) {
    return new PlainNumber(v.original(q.start(), q.end()), q.value(), v.evidence(q.start(), q.end()));
  }
}
