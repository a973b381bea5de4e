package dev.jixiao.check.mutation;

import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Report;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Relations a report's figures satisfy by their values alone, within one paragraph, whatever the words around them: an
 * amount that is the sum of two or three others, a percentage that is one amount of another, an amount that is another
 * times a count. {@link Relations} reads a record the way the rules read it; this finds what the rules may not read at
 * all, so that a mutation of such a figure that no finding names shows arithmetic the tool does not check. It is a
 * measuring device, not a rule: in a consistent report a figure's sum with two others can come out right by chance, and
 * only a reader can tell. To keep chance low, every figure taking part is written precisely (its rounding at most 0.5 %
 * of its value) and a count is a whole number of two or more.
 */
final class ArithmeticInText {
  static final String SUM = "text.sum";
  static final String SHARE = "text.share";
  static final String PRODUCT = "text.product";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal PRECISE = new BigDecimal("0.005");
  private static final int MOST_AMOUNTS = 30;

  private ArithmeticInText() {}

  /** The relations found, less those whose figures all take part in one relation the rules read ({@code modelled}). */
  static List<Relation> of(Report r, List<Relation> modelled) {
    String text = r.text();
    List<Relation> out = new ArrayList<>();
    List<Figure> paragraph = new ArrayList<>();
    int end = -1;
    for (Figure f : r.figures().stream().filter(ArithmeticInText::usable).sorted((a, b) -> a.evidence().start() - b.evidence().start()).toList()) {
      if (f.evidence().start() >= end) {
        find(paragraph, out);
        paragraph.clear();
        int nl = text.indexOf('\n', f.evidence().start());
        end = nl < 0 ? text.length() : nl;
      }
      paragraph.add(f);
    }
    find(paragraph, out);
    return out.stream().filter(m -> modelled.stream().noneMatch(k -> m.uses().stream().allMatch(u -> k.uses(u.evidence())))).toList();
  }

  private static boolean usable(Figure f) {
    if (f.op() != null || f.value() == null || f.evidence() == null || f.value().signum() <= 0) {
      return false;
    }
    return switch (f.kind()) {
      case Figure.MONEY, Figure.PERCENT -> precise(Figures.of(f));
      case Figure.COUNT -> f.value().scale() <= 0 && f.value().compareTo(BigDecimal.ONE) > 0;
      default -> false;
    };
  }

  private static boolean precise(Interval i) {
    BigDecimal mid = i.lo().add(i.hi()).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    return mid.signum() > 0 && i.hi().subtract(i.lo()).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64)
        .compareTo(mid.multiply(PRECISE)) <= 0;
  }

  private static void find(List<Figure> paragraph, List<Relation> out) {
    List<Figure> money = paragraph.stream().filter(f -> Figure.MONEY.equals(f.kind())).limit(MOST_AMOUNTS).toList();
    List<Figure> percents = paragraph.stream().filter(f -> Figure.PERCENT.equals(f.kind())).toList();
    List<Figure> counts = paragraph.stream().filter(f -> Figure.COUNT.equals(f.kind())).toList();
    Set<String> seen = new HashSet<>();
    for (Figure total : money) {
      List<Figure> smaller = money.stream().filter(f -> f != total && Figures.of(f).hi().compareTo(Figures.of(total).lo()) < 0).toList();
      for (int i = 0; i < smaller.size(); i++) {
        for (int j = i + 1; j < smaller.size(); j++) {
          add(out, seen, sum(total, List.of(smaller.get(i), smaller.get(j))));
          for (int k = j + 1; k < smaller.size(); k++) {
            add(out, seen, sum(total, List.of(smaller.get(i), smaller.get(j), smaller.get(k))));
          }
        }
      }
      for (Figure rate : money) {
        for (Figure count : counts) {
          if (rate != total) {
            add(out, seen, product(total, rate, count));
          }
        }
      }
    }
    for (Figure p : percents) {
      for (Figure part : money) {
        for (Figure whole : money) {
          if (part != whole) {
            add(out, seen, share(p, part, whole));
          }
        }
      }
    }
  }

  private static void add(List<Relation> out, Set<String> seen, Relation r) {
    if (r != null && r.holds().test(Values.ORIGINAL) && seen.add(r.rule() + r.about())) {
      out.add(r);
    }
  }

  private static Relation.Use use(Figure f) {
    return new Relation.Use(f.evidence(), f.kind());
  }

  private static Relation sum(Figure total, List<Figure> parts) {
    List<Relation.Use> uses = new ArrayList<>(List.of(use(total)));
    parts.forEach(p -> uses.add(use(p)));
    return new Relation(SUM, total.text() + " = " + String.join(" + ", parts.stream().map(Figure::text).toList()), uses, v -> {
      Interval s = Interval.exact(BigDecimal.ZERO);
      for (Figure p : parts) {
        s = s.plus(v.figure(p));
      }
      return s.intersects(v.figure(total));
    });
  }

  private static Relation share(Figure percent, Figure part, Figure whole) {
    return new Relation(SHARE, percent.text() + " = " + part.text() + " / " + whole.text(), List.of(use(percent), use(part), use(whole)),
        v -> Relations.rate(v.figure(part), v.figure(whole), v.figure(percent)));
  }

  private static Relation product(Figure total, Figure rate, Figure count) {
    return new Relation(PRODUCT, total.text() + " = " + rate.text() + " × " + count.text(), List.of(use(total), use(rate), use(count)),
        v -> v.figure(rate).times(v.figure(count)).intersects(v.figure(total)));
  }
}
