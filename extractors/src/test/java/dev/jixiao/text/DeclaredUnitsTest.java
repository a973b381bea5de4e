package dev.jixiao.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeclaredUnitsTest {
  private static List<Quantity> scan(String text) {
    return DeclaredUnits.scan(text, new Layout(text));
  }

  /** Under （单位：万元）, a field's bare number and a division's two are amounts in 万元, up to the next heading. */
  @Test
  void bareAmountsUnderTheirUnit() {
    String text = "一、部门预算执行情况\n(单位:万元)\n年初预算:1,234.56;调整后预算:1,300.00;实际支出:1,250.00。\n"
        + "预算执行率=实际支出÷调整后预算×100%=1,250.00÷1,300.00×100%=96.15%。\n二、绩效目标\n年初预算:99.00;\n";
    assertThat(scan(text)).extracting(q -> text.substring(q.start(), q.end()), Quantity::unit)
        .containsExactly(tuple("1,234.56", "万元"), tuple("1,300.00", "万元"), tuple("1,250.00", "万元"), tuple("1,250.00", "万元"),
            tuple("1,300.00", "万元"));
    assertThat(scan(text).get(0).value()).isEqualByComparingTo("1234.56");
    assertThat(scan("表1 2024年度预算执行情况(单位:元)\n年初预算:52,000.00;实际支出:49,800.00。\n")).extracting(Quantity::unit)
        .containsExactly("元", "元");
  }

  /** Without a declaration, or for a table's columns, a date or a number in words, nothing. */
  @Test
  void otherBareNumbersAreNoAmounts() {
    assertThat(scan("年初预算:1,234.56;实际支出:1,250.00。")).isEmpty();
    assertThat(scan("单位:万元\n项目\t100.00\t95.00\n日期:2024/12/31\n共计12项:其中3项完成\n年度:2024;编号:3;联系电话:12345678。\n"))
        .isEmpty();
  }
  /** A second declaration takes over from the first: each amount once, with the unit declared nearest above it. */
  @Test
  void aLaterDeclarationTakesOver() {
    String text = "表1 资金来源(单位:万元)\n年初预算:150.00;\n表2 支出明细(单位:元)\n执行率=1,545,500/1,585,000\n";
    assertThat(scan(text)).extracting(q -> text.substring(q.start(), q.end()), Quantity::unit)
        .containsExactly(tuple("150.00", "万元"), tuple("1,545,500", "元"), tuple("1,585,000", "元"));
  }

  /** A rate per a hundred thousand (检出率为205.36/10万) is a rate, no division of amounts. */
  @Test
  void aRatePerTenThousandsIsNoDivision() {
    assertThat(scan("表1 支出(单位:元)\n共发现患者23例,检出率为205.36/10万。\n")).isEmpty();
  }
}
