package dev.jixiao.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quantities written in Chinese numerals, as the scanner finds them among the ones in digits. */
class ChineseQuantitiesTest {
  private static List<Quantity> scan(String text) {
    return new QuantityScanner().scan(text);
  }

  @Test
  void moneyKeepsTheUnitItIsWrittenIn() {
    assertThat(scan("下达资金一百二十六万元，实际支出一百二十万零五千元，结余五万五千元，总投资一点二亿元，另有一亿二千万元"))
        .extracting(q -> q.value().toPlainString(), Quantity::unit, Quantity::kind)
        .containsExactly(tuple("126", "万元", Quantity.Kind.MONEY), tuple("1205000", "元", Quantity.Kind.MONEY),
            tuple("55000", "元", Quantity.Kind.MONEY), tuple("1.2", "亿元", Quantity.Kind.MONEY),
            tuple("120000000", "元", Quantity.Kind.MONEY));
  }

  @Test
  void quantitiesCoverTheNumeralAndItsUnit() {
    String text = "执行率百分之九十五点六三，得分九十二分。";
    List<Quantity> q = scan(text);
    assertThat(q).extracting(x -> text.substring(x.start(), x.end()), x -> text.substring(x.numberStart(), x.numberEnd()))
        .containsExactly(tuple("百分之九十五点六三", "九十五点六三"), tuple("九十二分", "九十二"));
    assertThat(q).extracting(x -> x.value().toPlainString(), Quantity::kind)
        .containsExactly(tuple("95.63", Quantity.Kind.PERCENT), tuple("92", Quantity.Kind.SCORE));
  }

  @Test
  void percentagesAndScores() {
    assertThat(scan("满意度达百分之百，完成率百分之九十七，满分一百分，得分八十五点五分以上"))
        .extracting(q -> q.value().toPlainString(), Quantity::unit, Quantity::op)
        .containsExactly(tuple("100", "%", null), tuple("97", "%", null), tuple("100", "分", null), tuple("85.5", "分", "以上"));
  }

  @Test
  void countsWithDecimalsAndTenThousands() {
    assertThat(scan("硬化道路八点六公里，受益群众三千四百五十人，惠及三万人次，种植两万株，开展十项活动"))
        .extracting(q -> q.value().toPlainString(), Quantity::unit)
        .containsExactly(tuple("8.6", "公里"), tuple("3450", "人"), tuple("3", "万人次"), tuple("2", "万株"), tuple("10", "项"));
  }

  /** A single digit is a score where points are taken off (扣一分, 扣除两分), and prose elsewhere (一分为二, 三分天下). */
  @Test
  void aSingleDigitTakenOffIsAScore() {
    assertThat(scan("过程指标扣一分，产出指标扣除两分，效益指标扣零点五分"))
        .extracting(q -> q.value().toPlainString(), Quantity::unit)
        .containsExactly(tuple("1", "分"), tuple("2", "分"), tuple("0.5", "分"));
    assertThat(scan("一分为二地看待，三分天下，得一分")).isEmpty();
  }

  /** Prose that looks like numerals: 十分 (very), 二元结构, 千家万户, 二十分钟, 八点三十分, 十三五, 第十二项, 三个方面. */
  @Test
  void proseIsNoQuantity() {
    assertThat(scan("十分重要，城乡二元结构，走进千家万户，用时二十分钟，八点三十分开会，十三五期间，第十二项，三个方面，每千元支出，百分点"))
        .isEmpty();
  }

  @Test
  void aYearIsNoQuantity() {
    assertThat(scan("二〇二四年度，二〇二〇年")).isEmpty();
  }

  /** A single digit is a count where its sentence counts in the same unit already (专家十二名，…，带头人八名); not 一名 nor alone. */
  @Test
  void aSingleDigitAmongCountsOfItsUnit() {
    assertThat(scan("其中：省、市农业专家十二名，县内农技推广骨干二十二名，乡土专家和致富带头人八名。"))
        .extracting(q -> q.value().toPlainString() + q.unit()).containsExactly("12名", "22名", "8名");
    assertThat(scan("每个培训班均配备一名班主任，设三个小组。")).isEmpty();
  }

  /** 两 is such a digit too (…十八个村，其中…三个村、枫林镇两个村). */
  @Test
  void twoAmongCountsOfItsUnit() {
    assertThat(scan("分布在五个乡镇十八个村，其中云台乡三个村、枫林镇两个村。"))
        .extracting(q -> q.value().toPlainString() + q.unit()).containsExactly("18个", "3个", "2个");
  }

  /**
   * A count of the unit written in digits makes a digit after it one (五星级民宿3家，每家奖补20万元；四星级民宿八家), but not for 个 or 项,
   * which prose uses as much (建成3个站点，从两个方面).
   */
  @Test
  void aSingleDigitAfterACountOfItsUnitInDigits() {
    assertThat(scan("五星级民宿3家，每家奖补20万元；四星级民宿八家，每家12万元。"))
        .extracting(q -> q.value().toPlainString() + q.unit()).contains("8家");
    assertThat(scan("建成3个站点，从两个方面推进，完成5项任务，落实三项制度。"))
        .extracting(q -> q.value().toPlainString() + q.unit()).doesNotContain("2个", "3项");
  }
}
