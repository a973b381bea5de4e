package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.record.Evidence;
import dev.jixiao.record.Figure;
import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class AsidesTest {

  /** Asked in the text's order, and now and then out of it, the walk answers as the walk back from each figure does. */
  @RepeatedTest(20)
  void answersAsTheWalkBackDoes() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    String alphabet = "()（）\n支出，";
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    String text = b.toString();
    Asides asides = new Asides(text);
    int pos = 0;
    for (int asked = 0; asked < 120; asked++) {
      pos = random.nextInt(10) == 0 ? random.nextInt(text.length()) : Math.min(text.length() - 1, pos + random.nextInt(6));
      Figure f = at(pos);
      assertThat(asides.holds(f)).as("seed %d, at %d", seed, pos).isEqualTo(Sentences.inParentheses(text, f));
    }
  }

  @Test
  void nestedClosedAndOnTheLineBefore() {
    String text = "支出7.24万元（公务接待费1.86万元、因公出国（境）费0元），较上年8.12万元（\n下降0.88万元";
    Asides asides = new Asides(text);
    assertThat(asides.holds(at(text.indexOf("7.24")))).isFalse();
    assertThat(asides.holds(at(text.indexOf("1.86")))).isTrue();
    assertThat(asides.holds(at(text.indexOf("0元")))).isTrue();
    assertThat(asides.holds(at(text.indexOf("8.12")))).isFalse();
    assertThat(asides.holds(at(text.indexOf("0.88")))).isFalse();
  }

  private static Figure at(int start) {
    return new Figure("f", null, null, Figure.MONEY, "1", BigDecimal.ONE, "万元", null, null, null, new Evidence(start, start + 1, null, "1"),
        null, null, null);
  }
}
