package dev.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines of a page joined into paragraphs, with synthetic lines at a 10 pt size and 16 pt pitch. */
class ParagraphsTest {
  private record Line(String text, float left, float right, float baseline, float size, boolean bold) implements TextLine {}

  /** Lines at the left margin, one under the other; a line of {@code width} characters. */
  private static List<TextLine> page(String... lines) {
    List<TextLine> out = new ArrayList<>();
    float y = 100;
    for (String text : lines) {
      out.add(new Line(text, 50, 50 + text.length() * 10, y, 10, false));
      y += 16;
    }
    return out;
  }

  private static List<String> texts(List<TextLine> lines) {
    return Paragraphs.of(lines).stream().map(Paragraphs.Paragraph::text).toList();
  }

  private static final String FULL = "二〇二四年我镇共实施项目三个，预算总金额一百二十万元，实际支出一百一十万元。";
  private static final String FULL_ON = "二〇二四年我镇共实施项目三个，预算总金额一百二十万元，实际支出一百一十万元，";

  @Test
  void aLineThatFillsTheWidthGoesOnInTheNext() {
    assertThat(texts(page(FULL_ON, FULL_ON, FULL_ON, "执行率百分之九十一。")))
        .containsExactly(FULL_ON + FULL_ON + FULL_ON + "执行率百分之九十一。");
  }

  @Test
  void aNumberedItemAfterAFinishedSentenceStartsAParagraphEvenAtTheMargin() {
    assertThat(texts(page(FULL_ON, FULL_ON, FULL, "1. 道路修缮项目：预算金额60万元。", "（二）绩效目标完成情况")))
        .containsExactly(FULL_ON + FULL_ON + FULL, "1. 道路修缮项目：预算金额60万元。", "（二）绩效目标完成情况");
  }

  @Test
  void aNumberWrappedToTheStartOfALineStillContinuesTheSentence() {
    // the sentence is not finished: 12.5 is the rest of it, not an item
    assertThat(texts(page(FULL_ON, FULL_ON, FULL_ON, "12.5万元用于道路修缮。")))
        .containsExactly(FULL_ON + FULL_ON + FULL_ON + "12.5万元用于道路修缮。");
  }
}
