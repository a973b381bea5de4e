package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CarryOverRuleTest {
  private static final String TOWNSHIP = """
      二、收支情况
      2023年度收入合计2146.83万元，其中：财政拨款收入2046.83万元，其他收入100.00万元。
      支出合计2098.51万元，其中：基本支出986.42万元，项目支出1112.09万元。
      年初结转和结余35.20万元，年末结转和结余%s万元。
      """;

  /** A township's year: 35.20 + 2146.83 − 2098.51 is 83.52. */
  @Test
  void theCarryOverAtTheYearsEnd() {
    assertThat(Check.findings(TOWNSHIP.formatted("83.52"), "carry.over")).isEmpty();
    assertThat(Check.findings(TOWNSHIP.formatted("89.37"), "carry.over")).singleElement().satisfies(f -> {
      assertThat(f.stated()).isEqualTo("89.37万元");
      assertThat(f.expected()).isEqualTo("83.52万元");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("89.37万元", "35.20万元", "2146.83万元", "2098.51万元");
    });
  }

  /** An income total that already holds the carry-over gives the year's end without it. */
  @Test
  void anIncomeThatHoldsTheCarryOver() {
    String held = "二、收支情况\n收入合计2182.03万元。支出合计2098.51万元。年初结转和结余35.20万元，年末结转和结余83.52万元。";
    assertThat(Check.findings(held, "carry.over")).isEmpty();
  }

  /** Without the carry-over at the start, or where the surplus is allotted, nothing closes the identity. */
  @Test
  void whatCannotBeClosed() {
    assertThat(Check.findings(TOWNSHIP.formatted("89.37").replace("年初结转和结余35.20万元，", ""), "carry.over")).isEmpty();
    assertThat(Check.findings(TOWNSHIP.formatted("89.37") + "结余分配10.00万元。\n", "carry.over")).isEmpty();
  }
}
