package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateAppliedRuleTest {
  /** An interest subsidy: 800万元 of loans at 3% a year is 24万元 subsidised. */
  @Test
  void anInterestSubsidy() {
    String loans = "二、产出情况\n全乡新型农业经营主体贷款总额800万元，按年贴息率3%%计算，发放贴息资金%s万元。";
    assertThat(Check.findings(loans.formatted("24"), "rate.applied")).isEmpty();
    assertThat(Check.findings(loans.formatted("27"), "rate.applied")).singleElement().satisfies(f -> {
      assertThat(f.stated()).isEqualTo("27万元");
      assertThat(f.expected()).isEqualTo("24万元");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("27万元", "800万元", "3%");
    });
  }

  /** A yearly rate may have run for part of the year: less than the whole year's is no contradiction, more is. */
  @Test
  void aYearlyRateForPartOfTheYear() {
    String loans = "二、产出情况\n贷款总额800.00万元，按年贴息率3%%计算，发放贴息资金%s万元。";
    assertThat(Check.findings(loans.formatted("12.00"), "rate.applied")).isEmpty();
    assertThat(Check.findings(loans.formatted("26.00"), "rate.applied")).hasSize(1);
  }

  /** A share kept back (质保金) is not by the year: less than the rate gives is as wrong as more. */
  @Test
  void aRetentionKeptBack() {
    String works = "二、资金使用情况\n工程结算价1260.00万元，按3%%预留质保金%s万元。";
    assertThat(Check.findings(works.formatted("37.80"), "rate.applied")).isEmpty();
    assertThat(Check.findings(works.formatted("35.80"), "rate.applied")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("37.80万元"));
  }

  /** A rate of a total it names (按合同金额的5%) is share.named's; a rate not applied (执行率) and a figure between are no product. */
  @Test
  void otherRatesAreLeftAlone() {
    assertThat(Check.findings("二、资金使用情况\n合同金额1200.00万元，质保金按合同金额的5%预留，计70.00万元。", "rate.applied")).isEmpty();
    assertThat(Check.findings("二、资金使用情况\n预算1260.00万元，执行率94%，结余75.60万元。", "rate.applied")).isEmpty();
    assertThat(Check.findings("二、资金使用情况\n贷款800万元，按3%计算，贴息120户，贴息资金30万元。", "rate.applied")).isEmpty();
    // half of the interest (按50%贴息) is no 50% of the loan; a rate achieved (按计划完成率) is no rate applied
    assertThat(Check.findings("二、资金使用情况\n贷款300万元，按50%贴息，贴息资金6万元。", "rate.applied")).isEmpty();
    assertThat(Check.findings("二、资金使用情况\n争取资金300万元，按计划完成率100%，完成投资280万元。", "rate.applied")).isEmpty();
    // a share of a total applied without 的 (按照60%比例预拨) is applied all the same
    assertThat(Check.findings("二、资金使用情况\n项目总投资1000万元，按照60%比例预拨资金650万元。", "rate.applied")).hasSize(1);
  }

  /** What the amount comes to per unit (折合每平方米2,000元) stands between it and the share paid: the rate is of the amount. */
  @Test
  void anAmountPerUnitBetween() {
    String text = "说明：①新建住养楼工程合同价240.00万元，折合每平方米2,000元，按合同约定已支付97%%即%s万元，剩余3%%为质保金。";
    assertThat(Check.findings(text.formatted("232.80"), "rate.applied")).isEmpty();
  }
}
