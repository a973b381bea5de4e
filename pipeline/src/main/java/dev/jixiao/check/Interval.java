package dev.jixiao.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A closed interval of exact decimals. A figure written with k decimals stands for x ± 0.5·10⁻ᵏ
 * (the spec's rounding rule, as in XBRL Calculations 1.1); a relation holds when some values
 * inside the intervals of its inputs give a result inside the interval of the stated result.
 * Division is the only inexact step: its bounds are rounded outward, so a relation that holds
 * is never reported as failing.
 */
public record Interval(BigDecimal lo, BigDecimal hi) {
  private static final MathContext DIVISION = new MathContext(34);
  private static final BigDecimal HALF = new BigDecimal("0.5");

  public Interval {
    if (lo.compareTo(hi) > 0) {
      throw new IllegalArgumentException("empty interval " + lo + ".." + hi);
    }
  }

  /** The interval a figure written as {@code written} stands for ("22.54" → 22.535..22.545). */
  public static Interval written(BigDecimal written) {
    BigDecimal half = HALF.movePointLeft(Math.max(written.scale(), 0));
    if (written.scale() < 0) {
      half = HALF.movePointRight(-written.scale());
    }
    return new Interval(written.subtract(half), written.add(half));
  }

  /** An exact value (a count of things, a factor). */
  public static Interval exact(BigDecimal v) {
    return new Interval(v, v);
  }

  public Interval plus(Interval o) {
    return new Interval(lo.add(o.lo), hi.add(o.hi));
  }

  public Interval minus(Interval o) {
    return new Interval(lo.subtract(o.hi), hi.subtract(o.lo));
  }

  public Interval times(Interval o) {
    BigDecimal[] c = {lo.multiply(o.lo), lo.multiply(o.hi), hi.multiply(o.lo), hi.multiply(o.hi)};
    BigDecimal min = c[0];
    BigDecimal max = c[0];
    for (BigDecimal x : c) {
      min = min.min(x);
      max = max.max(x);
    }
    return new Interval(min, max);
  }

  public Interval times(BigDecimal factor) {
    return times(exact(factor));
  }

  /** This ÷ {@code o}; null when {@code o} may be zero (nothing can be concluded). */
  public Interval dividedBy(Interval o) {
    if (o.lo.signum() <= 0 && o.hi.signum() >= 0) {
      return null;
    }
    BigDecimal[] c = {div(lo, o.lo), div(lo, o.hi), div(hi, o.lo), div(hi, o.hi)};
    BigDecimal min = c[0];
    BigDecimal max = c[0];
    for (BigDecimal x : c) {
      min = min.min(x);
      max = max.max(x);
    }
    // widen by one unit in the last place so that rounding never narrows the interval
    BigDecimal ulp = BigDecimal.ONE.movePointLeft(DIVISION.getPrecision() - 6).multiply(max.abs().max(min.abs()).max(BigDecimal.ONE));
    return new Interval(min.subtract(ulp), max.add(ulp));
  }

  public boolean intersects(Interval o) {
    return lo.compareTo(o.hi) <= 0 && o.lo.compareTo(hi) <= 0;
  }

  public boolean contains(BigDecimal v) {
    return lo.compareTo(v) <= 0 && v.compareTo(hi) <= 0;
  }

  /** The midpoint, for messages ("expected about 22.55"), rounded to {@code scale} decimals. */
  public BigDecimal mid(int scale) {
    return lo.add(hi).divide(BigDecimal.valueOf(2), DIVISION).setScale(scale, RoundingMode.HALF_UP);
  }

  private static BigDecimal div(BigDecimal a, BigDecimal b) {
    return a.divide(b, DIVISION);
  }

  @Override
  public String toString() {
    return "[" + lo.toPlainString() + ", " + hi.toPlainString() + "]";
  }
}
