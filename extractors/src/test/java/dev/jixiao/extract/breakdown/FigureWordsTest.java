package dev.jixiao.extract.breakdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.record.Evidence;
import dev.jixiao.record.Figure;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each question a breakdown asks of a figure's label, on a label of every form its words take: the character tests that now
 * run before each pattern must let every one of them through, the last character of a form as much as its first.
 */
class FigureWordsTest {

  @ParameterizedTest
  @ValueSource(strings = {"人均", "亩均投资", "平均每村", "每人每月补贴", "每户", "中标单价", "按每延米", "每站每年", "笔均", "每台补贴",
      "每座造价", "按每张补助标准"})
  void anAmountPerUnitIsNoPartAndNoTotal(String label) {
    Figure f = money(label);
    assertThat(FigureWords.perUnit(f)).isTrue();
    assertThat(FigureWords.summable(f)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"增加", "比上年增加", "较年初减少了", "同比增长", "环比下降", "与去年相比降低", "节约", "节省了", "上升", "提高"})
  void aChangeIsNoPartAndNoTotal(String label) {
    Figure f = money(label);
    assertThat(FigureWords.isChange(f)).isTrue();
    assertThat(FigureWords.summable(f)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"实有人数比编制数少", "较目标多", "比计划少了"})
  void aDifferenceIsNoPart(String label) {
    assertThat(FigureWords.summable(count(label))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"比上年", "较2023年度", "是上年", "为去年同期的", "相当于2023年的", "支出总额较上年的"})
  void aComparisonsBaseIsNoPart(String label) {
    Figure f = money(label);
    assertThat(FigureWords.isBase(f)).isTrue();
    assertThat(FigureWords.summable(f)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"完成年度目标", "为目标值的", "达到计划", "占年度绩效任务的", "完成指标数的"})
  void aShareOfATargetIsNoPart(String label) {
    assertThat(FigureWords.summable(count(label))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"84套×", "完成造林面积 ×", "数量*  "})
  void aFactorOfAProductIsNoPart(String label) {
    assertThat(FigureWords.summable(money(label))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"基本支出", "人员经费", "增加值", "其中比重", "是否", "目标任务完成后支出", "每", "多"})
  void otherLabelsAddUp(String label) {
    Figure f = money(label);
    assertThat(FigureWords.summable(f)).as(label).isTrue();
    assertThat(FigureWords.perUnit(f) || FigureWords.isChange(f) || FigureWords.isBase(f)).as(label).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"空编", "缺编人数", "超编"})
  void vacantPostsAreCountedApartFromPeople(String label) {
    assertThat(FigureWords.unitKey(count(label))).isEqualTo("空编");
  }

  private static Figure money(String label) {
    return figure(label, Figure.MONEY, "万元");
  }

  private static Figure count(String label) {
    return figure(label, Figure.COUNT, "人");
  }

  private static Figure figure(String label, String kind, String unit) {
    return new Figure("f1", label, null, kind, "1" + unit, BigDecimal.ONE, unit, null, null, null, new Evidence(0, 2, null, "1"), null,
        null, null);
  }
}
