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

  /** An income whose parts name what was carried in (上年结转) holds it: the year's end is the income less the spending. */
  @Test
  void anIncomeWhosePartsNameTheCarryOver() {
    String town = "二、部门预算收支情况\n2024年度收入总计4,368.20万元，其中：一般公共预算拨款3,926.40万元；政府性基金预算拨款386.00万元；"
        + "上年结转55.80万元。\n2024年度支出总计4,215.36万元，其中：基本支出1,386.52万元，项目支出2,828.84万元。年末结转结余%s万元。";
    assertThat(Check.findings(town.formatted("152.84"), "carry.over")).isEmpty();
    assertThat(Check.findings(town.formatted("162.84"), "carry.over")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("152.84万元");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("162.84万元", "4,368.20万元", "4,215.36万元");
    });
    assertThat(Check.findings(town.formatted("162.84").replace("上年结转", "其他收入"), "carry.over")).as("nothing carried in").isEmpty();
  }

  /** Without the carry-over at the start, or where the surplus is allotted, nothing closes the identity. */
  @Test
  void whatCannotBeClosed() {
    assertThat(Check.findings(TOWNSHIP.formatted("89.37").replace("年初结转和结余35.20万元，", ""), "carry.over")).isEmpty();
    assertThat(Check.findings(TOWNSHIP.formatted("89.37") + "结余分配10.00万元。\n", "carry.over")).isEmpty();
  }
}
