package dev.jixiao.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CharSetTest {

  /** Against a plain search of the characters it was made of, over the whole range of char (64 apart share a bit's place). */
  @Test
  void holdsExactlyTheCharactersItWasMadeOf() {
    Random random = new Random(20261206);
    StringBuilder chars = new StringBuilder("\u0000\uFFFF@\u0080预算");
    for (int i = 0; i < 300; i++) {
      chars.append((char) random.nextInt(Character.MAX_VALUE + 1));
    }
    CharSet set = CharSet.of(chars);
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      assertThat(set.contains((char) c)).as("U+%04X", c).isEqualTo(chars.indexOf(String.valueOf((char) c)) >= 0);
    }
  }
}
