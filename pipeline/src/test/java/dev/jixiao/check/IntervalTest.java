package dev.jixiao.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.record.Money;
import dev.jixiao.record.MoneyUnit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IntervalTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void aWrittenFigureStandsForHalfAUnitOfItsLastDecimalEitherSide() {
    assertThat(Interval.written(d("22.54"))).isEqualTo(new Interval(d("22.535"), d("22.545")));
    assertThat(Interval.written(d("47"))).isEqualTo(new Interval(d("46.5"), d("47.5")));
    assertThat(Interval.written(d("0.3"))).isEqualTo(new Interval(d("0.25"), d("0.35")));
  }

  @Test
  void yuanAndWanYuanMeet() {
    Interval yuan = Figures.yuan(Money.of("46000.00元", d("46000.00"), MoneyUnit.YUAN, null));
    Interval wan = Figures.yuan(Money.of("4.60万元", d("4.60"), MoneyUnit.WAN_YUAN, null));
    assertThat(yuan.intersects(wan)).isTrue();
    Interval other = Figures.yuan(Money.of("4.70万元", d("4.70"), MoneyUnit.WAN_YUAN, null));
    assertThat(yuan.intersects(other)).isFalse();
  }

  @Test
  void aRateWithinRoundingHolds() {
    // 13.53万元 ÷ 60万元 = 22.55% does not contradict a stated 22.54%
    Interval rate = Interval.written(d("13.53")).dividedBy(Interval.written(d("60"))).times(d("100"));
    assertThat(rate.intersects(Interval.written(d("22.54")))).isTrue();
    assertThat(rate.intersects(Interval.written(d("23.54")))).isFalse();
  }

  @Test
  void divisionIsRoundedOutwardAndRefusesZero() {
    Interval third = Interval.exact(d("1")).dividedBy(Interval.exact(d("3")));
    assertThat(third.lo()).isLessThan(new BigDecimal("0.333333333333333333333333333333333334"));
    assertThat(third.hi().multiply(d("3"))).isGreaterThanOrEqualTo(BigDecimal.ONE);
    assertThat(third.lo().multiply(d("3"))).isLessThanOrEqualTo(BigDecimal.ONE);
    assertThat(Interval.exact(d("1")).dividedBy(Interval.written(d("0")))).isNull();
  }

  @Test
  void sumsWidenAndDifferencesCross() {
    Interval sum = Interval.written(d("2717.40")).plus(Interval.written(d("21.90"))).plus(Interval.written(d("0.39"))).plus(Interval.written(d("86.55")));
    assertThat(sum.intersects(Interval.written(d("2826.23")))).as("2826.24 vs 2826.23 under rounding").isTrue();
    Interval diff = Interval.written(d("1813.15")).minus(Interval.written(d("1173.31")));
    assertThat(diff.contains(d("639.84"))).isTrue();
  }
}
