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

  /**
   * A scan is skewed, so its margin drifts down the page: a line that starts within a character
   * of the margin goes on with the paragraph there, while a first-line indent (two characters)
   * still starts a new one. In a PDF the margin is exact, and the allowance is half a character.
   */
  @Test
  void aSkewedScansLineWithinACharacterOfTheMarginContinues() {
    List<TextLine> lines = new ArrayList<>();
    lines.add(new Line(FULL_ON, 50, 50 + FULL_ON.length() * 10, 100, 10, false));
    lines.add(new Line("执行率百分之九十一。", 57, 157, 116, 10, false)); // 0.7 characters right of the margin
    lines.add(new Line(FULL_ON, 70, 70 + FULL_ON.length() * 10, 132, 10, false)); // indented by two
    lines.add(new Line("执行率百分之九十一。", 50, 150, 148, 10, false));
    assertThat(Paragraphs.of(lines, 2f, 1f).stream().map(Paragraphs.Paragraph::text).toList())
        .containsExactly(FULL_ON + "执行率百分之九十一。", FULL_ON + "执行率百分之九十一。");
    assertThat(texts(lines)).hasSize(3);
  }

  /**
   * A scan's baselines are measured to the pixel: one paragraph's pitch spreads over 39–42 px,
   * while each paragraph's last line, digits alone ("100%。"), sits higher and is 28 px under the
   * line before it. Counted value by value, 28 is the commonest pitch and no line would join the
   * one above; counted within the measuring noise, the pitch is 40 and every paragraph is whole.
   */
  @Test
  void aScansPitchIsTheDensestSpreadOfDistancesNotTheCommonestPixel() {
    int[][] steps = {{39, 40}, {41, 42}, {40, 41}, {39, 42}, {41, 40}};
    List<TextLine> lines = new ArrayList<>();
    List<String> want = new ArrayList<>();
    float y = 100;
    for (int[] paragraph : steps) {
      lines.add(new Line(FULL_ON, 50, 50 + FULL_ON.length() * 24, y, 24, false));
      lines.add(new Line(FULL_ON, 50, 50 + FULL_ON.length() * 24, y += paragraph[0], 24, false));
      lines.add(new Line(FULL_ON, 50, 50 + FULL_ON.length() * 24, y += paragraph[1], 23, false));
      lines.add(new Line("100%。", 51, 51 + 4 * 14, y += 28, 21, false));
      want.add(FULL_ON + FULL_ON + FULL_ON + "100%。");
      y += 70;
    }
    assertThat(Paragraphs.of(lines, 4.8f, 1f).stream().map(Paragraphs.Paragraph::text).toList()).containsExactlyElementsOf(want);
  }
}
