package dev.jixiao.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpansTest {
  @Test
  void aSpanOverlapsWhenItSharesACharacterNotWhenItOnlyTouches() {
    Spans spans = Spans.of(List.of(new int[] {10, 20}, new int[] {30, 40}), s -> s[0], s -> s[1]);
    assertThat(spans.overlapsAny(0, 10)).isFalse();
    assertThat(spans.overlapsAny(0, 11)).isTrue();
    assertThat(spans.overlapsAny(19, 25)).isTrue();
    assertThat(spans.overlapsAny(20, 30)).isFalse();
    assertThat(spans.overlapsAny(25, 45)).isTrue();
    assertThat(spans.overlapsAny(40, 50)).isFalse();
    assertThat(Spans.of(List.<int[]>of(), s -> s[0], s -> s[1]).overlapsAny(0, 100)).isFalse();
  }

  @Test
  void aLongSpanEarlierStillCoversWhatLaterShortOnesLeaveOut() {
    // unordered, one span enclosing others, two starting at the same place
    Spans spans = Spans.of(List.of(new int[] {50, 55}, new int[] {0, 100}, new int[] {50, 52}), s -> s[0], s -> s[1]);
    assertThat(spans.overlapsAny(70, 80)).isTrue();
    assertThat(spans.overlapsAny(100, 120)).isFalse();
  }

  @Test
  void itAnswersAsAWalkThroughEverySpanWould() {
    Random random = new Random(11);
    for (int round = 0; round < 200; round++) {
      List<int[]> list = new ArrayList<>();
      for (int k = random.nextInt(8); k > 0; k--) {
        int s = random.nextInt(60);
        list.add(new int[] {s, s + 1 + random.nextInt(15)});
      }
      Spans spans = Spans.of(list, x -> x[0], x -> x[1]);
      for (int q = 0; q < 50; q++) {
        int s = random.nextInt(80);
        int e = s + 1 + random.nextInt(10);
        boolean walked = list.stream().anyMatch(x -> s < x[1] && x[0] < e);
        assertThat(spans.overlapsAny(s, e)).as("%s against [%d, %d)", list.stream().map(x -> x[0] + "-" + x[1]).toList(), s, e)
            .isEqualTo(walked);
      }
    }
  }

  @Test
  void theFirstSpanHoldingAPlaceIsTheFirstInTheListNotTheFirstToStart() {
    List<int[]> list = List.of(new int[] {40, 60}, new int[] {0, 100}, new int[] {45, 50}, new int[] {70, 70});
    Spans spans = Spans.of(list, s -> s[0], s -> s[1]);
    assertThat(spans.firstHolding(47, i -> true)).isZero();
    assertThat(spans.firstHolding(47, i -> i != 0)).isEqualTo(1);
    assertThat(spans.firstHolding(47, i -> i == 2)).isEqualTo(2);
    assertThat(spans.firstHolding(60, i -> i != 1)).isEqualTo(-1);
    assertThat(spans.firstHolding(70, i -> i == 3)).as("an empty span holds nothing").isEqualTo(-1);
    assertThat(spans.firstHolding(100, i -> true)).isEqualTo(-1);
  }

  @Test
  void theFirstHoldingIsWhatAWalkThroughTheListFinds() {
    Random random = new Random(12);
    for (int round = 0; round < 200; round++) {
      List<int[]> list = new ArrayList<>();
      for (int k = random.nextInt(8); k > 0; k--) {
        int s = random.nextInt(60);
        list.add(new int[] {s, s + random.nextInt(15)});
      }
      Spans spans = Spans.of(list, x -> x[0], x -> x[1]);
      int refused = random.nextInt(8);
      for (int pos = 0; pos < 80; pos++) {
        int walked = -1;
        for (int i = 0; i < list.size() && walked < 0; i++) {
          walked = i != refused && list.get(i)[0] <= pos && pos < list.get(i)[1] ? i : -1;
        }
        assertThat(spans.firstHolding(pos, i -> i != refused))
            .as("%s at %d, refusing %d", list.stream().map(x -> x[0] + "-" + x[1]).toList(), pos, refused).isEqualTo(walked);
      }
    }
  }
}
