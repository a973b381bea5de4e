package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProductRuleTest {
  @Test
  void perUnitTimesCount() {
    assertThat(Check.findings("每个工作队每年经费8万元，我镇4个工作队共32万元。", "product")).isEmpty();
    assertThat(Check.findings("每个工作队每年经费8万元，我镇4个工作队共33万元。", "product")).as("8 stands for 7.5..8.5").isEmpty();
    assertThat(Check.findings("每个工作队每年经费8万元，我镇4个工作队共40万元。", "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("32万元"));
  }

  /** A line wrapped at the text's width is still the sentence; a paragraph's end is not. */
  @Test
  void aWrappedSentenceButNotTheNextParagraph() {
    assertThat(Check.findings("每个工作队每年经费8万元，我镇4个工\n作队共40万元。", "product")).hasSize(1);
    assertThat(Check.findings("每个工作队每年经费8万元，我镇4个工作队：\n共40万元。", "product")).isEmpty();
    assertThat(Check.findings("每个工作队每年经费8万元，我镇4个工作队\n\n共40万元。", "product")).isEmpty();
  }

  /** The count first, then the amount a head (人均): 20 × 3.80万元 is 76.00万元. */
  @Test
  void theCountBeforeTheAmountAHead() {
    String grid = "网格员20名，人均补贴3.80万元，合计%s万元。";
    assertThat(Check.findings(grid.formatted("76.00"), "product")).isEmpty();
    assertThat(Check.findings(grid.formatted("78.00"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("76万元"));
    assertThat(Check.findings("网格员20名，补贴3.80万元，合计78.00万元。", "product")).as("no rate").isEmpty();
  }

  /** A rate per a measure multiplies a count in that measure, in ones or in 万: 4.38万亩 × 120元 is 525.60万元. */
  @Test
  void aRatePerMeasureAndACountInIt() {
    String subsidy = "发放耕地地力保护补贴6215户，补贴面积%s，每亩补贴120元，合计%s万元。";
    assertThat(Check.findings(subsidy.formatted("4.38万亩", "525.60"), "product")).isEmpty();
    assertThat(Check.findings(subsidy.formatted("4.38万亩", "535.60"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("525.6万元"));
    assertThat(Check.findings(subsidy.formatted("43800亩", "535.60"), "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("525.6万元"));
    assertThat(Check.findings("发放耕地地力保护补贴6215户，每亩补贴120元，合计525.60万元。", "product"))
        .as("the households are not the acres the rate is per").isEmpty();
    assertThat(Check.findings("慰问困难群众300户，每户慰问金500元，合计16.00万元。", "product")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("15万元"));
  }
}
