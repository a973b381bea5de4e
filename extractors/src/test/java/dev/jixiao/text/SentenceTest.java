package dev.jixiao.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceTest {
  private static final String TEXT = "共实施项目3个。预算120万元，支出110万元。";

  @Test
  void aWordCountsOnlyWhenItLiesWhollyInsideTheSentence() {
    Sentence first = new Sentence(0, 8, 0); // 共实施项目3个。
    Sentence second = new Sentence(8, TEXT.length(), 0);
    assertThat(first.containsWord(TEXT, "项目")).isTrue();
    assertThat(first.containsWord(TEXT, "个")).isTrue();
    assertThat(second.containsWord(TEXT, "项目")).isFalse();
    assertThat(second.containsWord(TEXT, "预算")).isTrue();
    // 3个 ends at 7; a sentence ending at 6 holds 3 but not 个
    assertThat(new Sentence(0, 6, 0).containsWord(TEXT, "3个")).isFalse();
    assertThat(new Sentence(0, 7, 0).containsWord(TEXT, "3个")).isTrue();
    // starting inside a word does not see it
    assertThat(new Sentence(4, 8, 0).containsWord(TEXT, "项目")).isFalse();
  }

  @Test
  void anySpanOfTextCanBeAsked() {
    assertThat(Sentence.containsWord(TEXT, 8, 10, "预算")).isTrue();
    assertThat(Sentence.containsWord(TEXT, 8, 9, "预算")).isFalse();
    assertThat(Sentence.containsWord(TEXT, 9, TEXT.length(), "预算")).isFalse();
  }

  /** Any of several words, each only where it lies wholly inside the span. */
  @Test
  void anyOfSeveralWords() {
    assertThat(Sentence.containsAnyWord(TEXT, 8, TEXT.length(), "安排资金", "支出")).isTrue();
    assertThat(Sentence.containsAnyWord(TEXT, 0, 8, "预算", "支出")).isFalse();
    assertThat(Sentence.containsAnyWord(TEXT, 8, 9, "预算", "支出")).as("预算 cut at the span's end").isFalse();
    assertThat(Sentence.containsAnyWord(TEXT, 0, 6, "项目3个", "3个")).isFalse();
    assertThat(Sentence.containsAnyWord(TEXT, 0, 7, "项目3个", "实施")).isTrue();
  }
}
