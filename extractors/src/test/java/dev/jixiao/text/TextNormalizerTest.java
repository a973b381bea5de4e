package dev.jixiao.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  private final TextNormalizer normalizer = new TextNormalizer(new ScriptConverter());

  @Test
  void fullWidthBecomesAsciiInPlace() {
    NormalizedText t = normalizer.normalize("（一）预算：３２３２．３７万元，占６２．３１％。");
    assertThat(t.normalized()).isEqualTo("(一)预算:3232.37万元,占62.31%。");
    assertThat(t.length()).isEqualTo(t.original().length());
  }

  @Test
  void traditionalBecomesSimplifiedWithoutMovingCharacters() {
    String original = "烈山區古饒鎮2024年度預算執行率為94.98%，縣財政局";
    NormalizedText t = normalizer.normalize(original);
    assertThat(t.normalized()).isEqualTo("烈山区古饶镇2024年度预算执行率为94.98%,县财政局");
    assertThat(t.normalized()).hasSameSizeAs(original);
  }

  @Test
  void ideographicSpaceAndConverterBulletsBecomeSpaces() {
    assertThat(normalizer.normalize("\u3000\uF0B7项目").normalized()).isEqualTo("  项目");
  }

  /** Typists write the zero of a year with a circle (二○二四年), OCR with a letter; elsewhere those stay. */
  @Test
  void aCircledZeroBetweenChineseDigitsIsOne() {
    assertThat(normalizer.normalize("二○二四年度，二◯○八年，二O二三年，一百O五户").normalized()).isEqualTo("二〇二四年度,二〇〇八年,二〇二三年,一百O五户");
    assertThat(normalizer.normalize("○ 项目概况，二O，O二").normalized()).isEqualTo("○ 项目概况,二O,O二");
  }
}
