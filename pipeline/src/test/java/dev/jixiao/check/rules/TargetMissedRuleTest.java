package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetMissedRuleTest {
  private static final String TEXT = """
      （二）部门年度绩效目标
      医保参保率≥90%%。发放宣传资料超过2000份。三公经费控制≤9.64万元。
      （三）目标完成情况
      医保参保率为%s%%。发放宣传资料%s份。三公经费控制%s万元。
      """;

  @Test
  void metTargetsAreNotFlagged() {
    assertThat(Check.findings(TEXT.formatted("95", "2100", "4.60"), "target.missed")).isEmpty();
  }

  @Test
  void missedTargetsAreWarnings() {
    var f = Check.findings(TEXT.formatted("80", "2000", "10.2"), "target.missed");
    assertThat(f).extracting(x -> x.subject()).containsExactly("医保参保率", "发放宣传资料", "三公经费控制");
    assertThat(f).extracting(x -> x.expected()).containsExactly("≥90%", "超过2000份", "≤9.64万元");
  }
}
