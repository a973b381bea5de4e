package dev.jixiao.check.rules;

import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An amount against the base it is compared with and the change stated between them: "政府债务余额
 * 2350.00万元，较年初2580.00万元减少230.00万元" holds when 2580.00 less 230.00 is 2350.00, and "“三公”经费决算数
 * 8.64万元，比预算数10.00万元减少1.36万元" when 10.00 less 1.36 is 8.64. The three keep their rounding
 * intervals. When they do not meet, the rate stated after them goes unchecked (change.rate): the
 * slip is one, whichever figure it is in.
 */
@RuleInfo(
    id = "change.amount",
    severity = Severity.ERROR,
    zh = "金额与所比基数及增减额不符（余额2350.00万元，较年初2580.00万元减少230.00万元）",
    en = "an amount against the base it is compared with and the change stated (较年初2580.00万元减少230.00万元)")
public final class ChangeAmountRule implements Rule {
  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    if (report.text() == null) {
      return out;
    }
    Map<String, Figure> byId = new HashMap<>();
    report.figures().forEach(f -> byId.put(f.id(), f));
    for (StatedBase s : StatedBase.in(report.figures(), report.text())) {
      if (s.change() == null || holds(s) || holdsForTheWhole(s, byId, report.text())
          || holdsForAnAmountBefore(s, report.figures(), report.text())) {
        continue;
      }
      Figure amount = s.amount();
      Figure base = s.base();
      Figure change = s.change();
      BigDecimal exact = s.up() ? Figures.written(base).add(Figures.written(change))
        : Figures.written(base).subtract(Figures.written(change));
      String expected = written(exact, amount, base, change);
      String subject = s.subject();
      String compared = s.baseNamed();
      out.add(Reckoned.finding(this, subject, Figures.withUnit(amount), expected,
          compared + (s.up() ? "增加" : "减少") + Figures.withUnit(change),
          base.text() + (s.up() ? " plus " : " less ") + change.text(),
          amount.evidence(), base.evidence(), change.evidence()));
    }
    return out;
  }

  /** Whether the amount is the base less a decrease or plus an increase, within their rounding. */
  static boolean holds(StatedBase s) {
    Interval reckoned = s.up() ? Figures.of(s.base()).plus(Figures.of(s.change())) : Figures.of(s.base()).minus(Figures.of(s.change()));
    return reckoned.intersects(Figures.of(s.amount()));
  }

  /** Whether the comparison holds for the whole the amount is the last part of, in its sentence ({@link StatedBase#ofTheWhole}). */
  private static boolean holdsForTheWhole(StatedBase s, Map<String, Figure> byId, String text) {
    StatedBase whole = s.ofTheWhole(byId, text);
    return whole != null && holds(whole);
  }

  /**
   * Whether the comparison holds for an amount stated before the amount in its sentence, past what was left of it (“三公”经费…实际支出
   * 15.92万元，为预算的85.59%，结余2.68万元，较上年的17.48万元减少1.56万元: the spending's change, not the balance's).
   */
  private static boolean holdsForAnAmountBefore(StatedBase s, List<Figure> fs, String text) {
    int at = Figures.positionOf(fs, s.amount(), fs.size() - 1);
    for (int k = at - 1; k >= 0 && Sentences.together(text, fs.get(k), fs.get(k + 1)); k--) {
      Figure f = fs.get(k);
      // (not the base itself, stated before the amount in a move: 由…95.30万元增加到…118.64万元, which a change too small to see would hold)
      if (f != s.base() && f.op() == null && !Figure.PERCENT.equals(f.kind()) && Figures.sameMeasure(f, s.base())
          && holds(new StatedBase(f, s.base(), s.change(), s.rate(), s.up()))) {
        return true;
      }
    }
    return false;
  }

  /** The reckoned amount in the amount's unit, to the most decimals the three are written with. */
  private static String written(BigDecimal exact, Figure amount, Figure base, Figure change) {
    int decimals = Math.max(0, Math.max(amount.value().scale(), Math.max(base.value().scale(), change.value().scale())));
    if (Figures.isMoney(amount)) {
      return Figures.money(exact, MoneyUnit.of(amount.unit()), decimals);
    }
    return exact.setScale(decimals, RoundingMode.HALF_UP).toPlainString() + amount.unit();
  }
}
