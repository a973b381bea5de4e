package dev.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LetterSpacingTest {
  private static final List<String> TEXTS = Samples.TEXTS;

  /** Written Chinese, the hand-corrected OCR sample with its 31 stray spaces included, comes back untouched. */
  @Test
  void writtenChineseComesBackAsItWas() {
    for (String sample : TEXTS) {
      String text = Samples.text(sample);
      assertThat(LetterSpacing.isLetterSpaced(text)).as(sample).isFalse();
      assertThat(LetterSpacing.close(text)).as(sample).isSameAs(text);
    }
  }

  /** Spaced out as OCR writes it, a sample loses those spaces and nothing else; no space is left beside a Chinese character. */
  @Test
  void letterSpacedSamplesAreClosedUp() {
    for (String sample : TEXTS) {
      String text = Samples.text(sample);
      String spaced = SavedText.letterSpaced(text);
      assertThat(LetterSpacing.isLetterSpaced(spaced)).as(sample).isTrue();
      String closed = LetterSpacing.close(spaced);
      assertThat(withoutSpaces(closed)).as(sample).isEqualTo(withoutSpaces(text));
      for (String line : closed.split("\n")) {
        if (!line.strip().startsWith("|")) {
          assertThat(line).as(sample).doesNotContainPattern("\\p{IsHan} {1,2}\\S|\\S {1,2}\\p{IsHan}");
        }
      }
    }
  }

  @Test
  void latinWordsAndColumnGapsKeepTheirSpaces() {
    String spaced = """
        经 综 合 自 评 ， 2024 年 度 我 镇 履 职 效 能 指 标 得 分 为 49.37 分 ， 管 理 效 率 指 标 得 分 为 47.00 分 。
        本 报 告 由 Tesseract OCR 5.3 识 别 ， 未 经 人 工 校 对 。
        项 目 名 称      预 算 数      执 行 数
        """;
    assertThat(LetterSpacing.close(spaced)).isEqualTo("""
        经综合自评，2024年度我镇履职效能指标得分为49.37分，管理效率指标得分为47.00分。
        本报告由Tesseract OCR 5.3识别，未经人工校对。
        项目名称      预算数      执行数
        """);
  }

  @Test
  void tooLittleChineseToTellIsLeftAlone() {
    String text = "评 价 等 级 ： 优";
    assertThat(LetterSpacing.close(text)).isSameAs(text);
  }

  private static String withoutSpaces(String s) {
    return s.replace(" ", "");
  }
}
