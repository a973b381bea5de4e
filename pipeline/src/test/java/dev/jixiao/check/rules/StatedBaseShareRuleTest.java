package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatedBaseShareRuleTest {
  /** The base written in the share's words (为预算6.80万元的75.29%): the amount before over that base. */
  @Test
  void anAmountAsAShareOfTheBaseItsWordsState() {
    String spent = "二、资金使用\n“三公”经费支出5.12万元，为预算6.80万元的%s。";
    assertThat(Check.findings(spent.formatted("75.29%"), "share.inline")).isEmpty();
    assertThat(Check.findings(spent.formatted("76.29%"), "share.inline")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("75.29%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("76.29%", "5.12万元", "6.80万元");
    });
    String drugs = "三、产出\n基本药物采购金额212.40万元，占药品采购总额%s万元的71.13%%，达到不低于70%%的目标。";
    assertThat(Check.findings(drugs.formatted("298.60"), "share.inline")).isEmpty();
    assertThat(Check.findings(drugs.formatted("289.60"), "share.inline")).hasSize(1);
    String target = "三、产出\n1.追缴违纪违法资金%s万元，为目标值800万元的130.80%%。";
    assertThat(Check.findings(target.formatted("1,046.38"), "share.inline")).isEmpty();
    assertThat(Check.findings(target.formatted("1,146.38"), "share.inline")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("143.30%"));
    String toilets = "三、产出\n完成改厕4,010户，为调整后任务4,050户的%s。";
    assertThat(Check.findings(toilets.formatted("99.01%"), "share.inline")).isEmpty();
    assertThat(Check.findings(toilets.formatted("99.10%"), "share.inline")).hasSize(1);
  }

  /** After a list of parts, the share may be of their whole (其中…县级3,050人次，为年度目标4,500人次的106.9%): either may give it. */
  @Test
  void theLastPartOrItsWhole() {
    String trained = "二、资金使用\n全年培训教师4,810人次，其中：国家级120人次、省级460人次、市级1,180人次、县级3,050人次，为年度目标4,500人次的%s。";
    assertThat(Check.findings(trained.formatted("106.9%"), "share.inline")).isEmpty();
    assertThat(Check.findings(trained.formatted("67.78%"), "share.inline")).isEmpty();
    assertThat(Check.findings(trained.formatted("107.9%"), "share.inline")).singleElement()
        .satisfies(f -> assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("107.9%", "4,810人次", "4,500人次"));
    // (a whole counted in 名, the base in 人)
    assertThat(Check.findings("二、效益\n入住乡村教师二百一十二名（212人），其中特岗教师64人、公费师范生30人、其他在编教师118人，为目标220人的96.36%。",
        "share.inline")).isEmpty();
  }

  /** Words that do not state the base as the share's (较上年, a rate of its own) are not read. */
  @Test
  void notAShareOfTheBaseWritten() {
    assertThat(Check.findings("二、资金使用\n支出5.12万元，较上年6.80万元下降15.00%。", "share.inline")).isEmpty();
    assertThat(Check.findings("二、资金使用\n支出5.12万元，预算6.80万元，执行率80.00%。", "share.inline")).isEmpty();
    assertThat(Check.findings("二、资金使用\n支出5.12万元，为计划150人的70.00%。", "share.inline")).as("another measure").isEmpty();
    assertThat(Check.findings("二、资金使用\n支出5.12万元，为预算6.80万元的75%以上。", "share.inline")).as("a bound").isEmpty();
  }

  /**
   * The amount's clause may close with an aside about it, or with its change on the year before: the share is the amount's (a
   * machinery centre's and an investment bureau's “三公”经费, a village's spending).
   */
  @Test
  void theAmountBeforeAnAsideOrItsChange() {
    String aside = "二、资金使用\n支出5.12万元（其中培训1.20万元），为预算6.80万元的%s。";
    assertThat(Check.findings(aside.formatted("75.29%"), "share.inline")).isEmpty();
    assertThat(Check.findings(aside.formatted("70.00%"), "share.inline")).as("the amount before the aside, not the one in it")
        .singleElement().satisfies(f -> assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("70.00%", "5.12万元", "6.80万元"));
    String changed = "二、“三公”经费\n“三公”经费支出4.26万元，较上年的4.83万元减少0.57万元，下降11.80%%，为“三公”经费预算5.00万元的%s。";
    assertThat(Check.findings(changed.formatted("85.20%"), "share.inline")).isEmpty();
    assertThat(Check.findings(changed.formatted("86.20%"), "share.inline")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("85.20%"));
    String wages = "二、效益\n全年应发薪酬合计10,320.52万元，人均91,494元，为2023年度全区城镇非私营单位在岗职工年平均工资86,420元的%s，达到目标。";
    assertThat(Check.findings(wages.formatted("105.87%"), "share.inline")).isEmpty();
    assertThat(Check.findings(wages.formatted("106.87%"), "share.inline")).as("a base named with its year").hasSize(1);
  }
}
