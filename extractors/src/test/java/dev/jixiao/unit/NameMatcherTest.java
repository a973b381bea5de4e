package dev.jixiao.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class NameMatcherTest {

  @Test
  void findsOverlappingAndNestedNames() {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("东华门街道", "long");
    names.put("华门街道", "inner");
    names.put("漕河镇", "town");
    names.put("漕河", "river");
    NameMatcher<String> matcher = new NameMatcher<>(names);

    assertThat(occurrences(matcher, "东华门街道与漕河镇")).containsExactlyInAnyOrder(
        "0-5 long", "1-5 inner", "6-8 river", "6-9 town");
  }

  @Test
  void aNameAtTheVeryEndIsFoundAndOneCharacterLeftIsNot() {
    NameMatcher<String> matcher = new NameMatcher<>(Map.of("赵县", "x"));
    assertThat(occurrences(matcher, "在赵县")).containsExactly("1-3 x");
    assertThat(occurrences(matcher, "赵")).isEmpty();
    assertThat(occurrences(matcher, "")).isEmpty();
  }

  @Test
  void refusesOneCharacterNames() {
    assertThatThrownBy(() -> new NameMatcher<>(Map.of("县", "x"))).isInstanceOf(IllegalArgumentException.class);
  }

  /** Against the obvious search (every name tried at every position) on random texts over few characters, so names overlap often. */
  @RepeatedTest(20)
  void findsExactlyWhatTryingEveryNameEverywhereFinds() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    String alphabet = "镇乡河东华门区县";
    Map<String, Integer> names = new LinkedHashMap<>();
    for (int i = 0; i < 60; i++) {
      names.put(randomString(random, alphabet, 2 + random.nextInt(5)), i);
    }
    // and characters no name starts or goes on with, which the scan passes over without a probe of its table
    String text = randomString(random, alphabet + "的年项目0,。a\uFFFF", 400);

    Set<String> expected = new HashSet<>();
    for (int i = 0; i < text.length(); i++) {
      for (Map.Entry<String, Integer> e : names.entrySet()) {
        if (text.startsWith(e.getKey(), i)) {
          expected.add(i + "-" + (i + e.getKey().length()) + " " + e.getValue());
        }
      }
    }
    List<String> found = occurrences(new NameMatcher<>(names), text);
    assertThat(found).as("seed %d", seed).doesNotHaveDuplicates();
    assertThat(new HashSet<>(found)).as("seed %d", seed).isEqualTo(expected);
    assertThat(expected).isNotEmpty();
  }

  private static <V> List<String> occurrences(NameMatcher<V> matcher, String text) {
    List<String> out = new ArrayList<>();
    matcher.scan(text, (begin, end, value) -> {
      assertThat(text.substring(begin, end)).isNotEmpty();
      out.add(begin + "-" + end + " " + value);
    });
    return out;
  }

  private static String randomString(Random random, String alphabet, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
