package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class UnitRestatedRuleTest {
  private static final String SPENT = "（二）支出及执行情况\n2024年全年实际支出%s（%s），预算执行率98.42%%，年末结余7.83万元。";

  /** An archives bureau's spending in 万元 and again in 元: one amount. */
  @Test
  void anAmountAndItsRestatementInAnotherUnitAgree() {
    assertThat(Check.findings(SPENT.formatted("486.57万元", "4,865,700.00元"), "restated.unit")).isEmpty();
  }

  /** A digit slipped in either, or 万元 for 元: two amounts where one was meant. */
  @Test
  void aSlipInEitherIsFlagged() {
    assertThat(Check.findings(SPENT.formatted("486.57万元", "4,865,800.00元"), "restated.unit")).singleElement().satisfies(f -> {
      assertThat(f.stated()).isEqualTo("4,865,800.00元");
      assertThat(f.expected()).isEqualTo("4865700.00元");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("4,865,800.00元", "486.57万元");
    });
    assertThat(Check.findings(SPENT.formatted("586.57万元", "4,865,700.00元"), "restated.unit")).hasSize(1);
    assertThat(Check.findings(SPENT.formatted("486.57元", "4,865,700.00元"), "restated.unit")).hasSize(1);
  }

  /** 亿元 restated in 万元 after 即, rounded as written: 1.52亿元 holds 15,200.00万元 and 15,249万元, not 15,300万元. */
  @Test
  void aRestatementIsRoundedAsWritten() {
    String total = "全县2024年共投入衔接资金1.52亿元（即%s），较上年增长6.30%%。";
    assertThat(Check.findings(total.formatted("15,200.00万元"), "restated.unit")).isEmpty();
    assertThat(Check.findings(total.formatted("15,249万元"), "restated.unit")).isEmpty();
    assertThat(Check.findings(total.formatted("15,300万元"), "restated.unit")).hasSize(1);
    String cover = "全年提供风险保障36,020.00万元（约%s），其中水稻18,640.00万元。";
    assertThat(Check.findings(cover.formatted("3.60亿元"), "restated.unit")).isEmpty();
    assertThat(Check.findings(cover.formatted("4.60亿元"), "restated.unit")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("3.60亿元"));
  }

  /** A bracket that says something of its own holds another amount: a part, last year's, a change. */
  @Test
  void aBracketWithWordsIsNotARestatement() {
    assertThat(Check.findings("全年实际支出486.57万元（其中人员经费312.84万元），预算执行率98.42%。", "restated.unit")).isEmpty();
    assertThat(Check.findings("全年实际支出486.57万元（上年452.30万元），增加34.27万元。", "restated.unit")).isEmpty();
    assertThat(Check.findings("全年实际支出486.57万元（4,865,700.00元以上），预算执行率98.42%。", "restated.unit")).isEmpty();
  }

  /** Said again after a comma in another unit (，即1,266,700.00元; ，折合12,486,500.00元): one amount too. */
  @Test
  void anAmountSaidAgainAfterAComma() {
    String spent = "截至2023年12月31日，项目实际支出126.67万元，即%s，预算执行率98.96%%。";
    assertThat(Check.findings(spent.formatted("1,266,700.00元"), "restated.unit")).isEmpty();
    assertThat(Check.findings(spent.formatted("1,276,700.00元"), "restated.unit")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("1266700.00元"));
    assertThat(Check.findings("强镇项目财政资金实际支出1,248.65万元，折合12,486,600.00元，预算执行率96.05%。", "restated.unit")).hasSize(1);
    // words after 即 make it a part or a rate's
    assertThat(Check.findings("全年下达资金300.00万元，即2,000,000.00元用于补助。", "restated.unit")).isEmpty();
  }

  /**
   * In the same unit after 即, a rate or a change may be said as another amount (每人每月提高50元，即600元, over a year); any other
   * amount is the same one, so a unit written wrong (1,202.58万元，即12,025,800.00万元 for 元) is flagged.
   */
  @Test
  void anAmountSaidAgainInTheSameUnit() {
    String paid = "全年兑付农机补贴资金1,202.58万元，即%s，比上年的1,086.40万元增加116.18万元。";
    assertThat(Check.findings(paid.formatted("1,202.58万元"), "restated.unit")).isEmpty();
    assertThat(Check.findings(paid.formatted("12,025,800.00万元"), "restated.unit")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("1202.58万元"));
    assertThat(Check.findings("全年下达资金300.00万元，即200.00万元，用于补助。", "restated.unit")).hasSize(1);
    assertThat(Check.findings("补助标准每人每月提高50元，即600元，全年发放。", "restated.unit")).isEmpty();
    assertThat(Check.findings("人均补助较上年增加50元，即600元，增长9.09%。", "restated.unit")).isEmpty();
  }

  /** Random amounts in 万元 to the 元 restated in 元 to the 分 never flag; changed by one 元 or more they always do. */
  @Property(tries = 200)
  void restatementsAgreeUnlessChanged(@ForAll @IntRange(min = 1, max = 99_999_999) int fen, @ForAll @IntRange(min = 1, max = 999) int off) {
    java.math.BigDecimal yuan = java.math.BigDecimal.valueOf(fen, 2).multiply(java.math.BigDecimal.valueOf(100));
    String wan = java.math.BigDecimal.valueOf(fen, 2).divide(java.math.BigDecimal.valueOf(100)).setScale(4).toPlainString();
    String same = String.format("%,.2f元", yuan);
    String changed = String.format("%,.2f元", yuan.add(java.math.BigDecimal.valueOf(off)));
    assertThat(Check.findings(SPENT.formatted(wan + "万元", same), "restated.unit")).isEmpty();
    assertThat(Check.findings(SPENT.formatted(wan + "万元", changed), "restated.unit")).hasSize(1);
  }
}
