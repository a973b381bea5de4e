package dev.jixiao.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a page laid out line by line broke a line inside its words (枫林\n村), and where its author ended the line. */
class LineWrapsTest {
  private static boolean wrapsAtTheBreak(String text) {
    return LineWraps.wrapsWords(text, text.indexOf('\n'));
  }

  /** A long line ending inside a name goes on with it on the next (…对白石村、茶园村、枫林\n村、下洋村…). */
  @Test
  void aBreakInsideWordsAfterALongLineWrapsThem() {
    assertThat(wrapsAtTheBreak("经县水利局批复，2023年我镇对白石村、茶园村、枫林\n村、下洋村、坑口村、岭脚村6个村")).isTrue();
    assertThat(wrapsAtTheBreak("全部落实，可持续影响扣3分；受益人口统计资料不完整，扣1分。满\n意度指标扣1分")).isTrue();
  }

  /** A short line (a heading, 五、扣分说明) ends where its author ended it, though words follow. */
  @Test
  void aBreakAfterAShortLineWrapsNothing() {
    assertThat(wrapsAtTheBreak("五、扣分说明及偏差原因\n本次自评共扣11.5分")).isFalse();
    assertThat(wrapsAtTheBreak("经批复，2023年我镇对白石村、茶园村、枫林\n村、下洋村4个村")).isFalse();
  }

  /** A line closed by a mark (扣1分。) or a figure on either side of the break (时效扣2\n分) is no break inside words. */
  @Test
  void aBreakAfterAMarkOrBesideAFigureWrapsNothing() {
    assertThat(wrapsAtTheBreak("山塘管护责任制和管护经费尚未全部落实，可持续影响扣3分。\n受益人口统计资料不完整")).isFalse();
    assertThat(wrapsAtTheBreak("产出指标扣4.5分：3座山塘未按期完工，时效扣2\n分；2座山塘初验整改")).isFalse();
    assertThat(wrapsAtTheBreak("长塘结算超预算，成本扣1分，山塘管护责任制和管护经费尚\n2座山塘")).isFalse();
    assertThat(LineWraps.wrapsWords("山塘管护责任制和管护经费尚未全部落实，可持续影响", 5)).as("no line break there").isFalse();
  }
}
