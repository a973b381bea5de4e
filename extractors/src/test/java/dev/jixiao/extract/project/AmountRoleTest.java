package dev.jixiao.extract.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountRoleTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "项目全年预算为|BUDGET",
    "该项支出预算按照序时进度完成|EXPENDITURE",
    // the 成 of 完成 lost to OCR in a scanned 古饶镇 report
    "该项支出预算按照序时进度完|EXPENDITURE",
    "年初预算资金全部实际|EXPENDITURE",
    "结余资金|OTHER",
    "完成后预算|BUDGET",
    "项目名称|OTHER",
  })
  void theWordNearestTheAmountDecides(String label, AmountRole role) {
    assertThat(AmountRole.of(label)).isEqualTo(role);
  }
}
