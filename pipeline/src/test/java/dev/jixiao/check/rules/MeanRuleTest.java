package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeanRuleTest {
  /** 96, 88 and 92 average 92; whole scores may each be half a point off (91.5–92.5), and 93 may be 92.5; 94 is not. */
  @Test
  void theAverageOfTheListedValues() {
    String scores = "经综合评价，三个项目自评得分分别为96分、88分、92分，平均得分%s分。";
    assertThat(Check.findings(scores.formatted("92"), "list.mean")).isEmpty();
    assertThat(Check.findings(scores.formatted("92.4"), "list.mean")).isEmpty();
    assertThat(Check.findings(scores.formatted("93"), "list.mean")).isEmpty();
    assertThat(Check.findings(scores.formatted("94"), "list.mean")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("92.00分");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("94分", "96分", "88分", "92分");
    });
    assertThat(Check.findings("两个村的完成率分别为95.50%、98.10%，平均完成率96.80%。", "list.mean")).isEmpty();
    assertThat(Check.findings("两个村的完成率分别为95.50%、98.10%，平均完成率97.80%。", "list.mean")).hasSize(1);
  }

  /** No 分别 listing them, another unit, another sentence: no list the average is of. */
  @Test
  void whatIsNoListedAverage() {
    assertThat(Check.findings("项目得分96分，满意度88分，平均得分70分。", "list.mean")).as("no 分别").isEmpty();
    assertThat(Check.findings("完成率分别为95%、98%，平均得分70分。", "list.mean")).as("another unit").isEmpty();
    assertThat(Check.findings("得分分别为96分、88分。平均得分70分。", "list.mean")).as("another sentence").isEmpty();
  }

  /** The average score of the projects listed before it, as many as it counts (a township's three key projects). */
  @Test
  void theAverageOfTheProjectsListedBefore() {
    String keyProjects = """
        （三）重点项目情况。
        1.农村生活污水治理提升工程，预算资金680.00万元，实际支出652.80万元，执行率96.00%%，自评得分95分。
        2.美丽城镇建设项目，预算资金520.00万元，实际支出468.00万元，执行率90.00%%，自评得分88分。
        3.古镇保护修缮工程，预算资金310.00万元，实际支出241.80万元，执行率78.00%%，自评得分76分。
        以上%s个重点项目平均自评得分%s分。
        """;
    assertThat(Check.findings(keyProjects.formatted("3", "86.33"), "list.mean")).isEmpty();
    assertThat(Check.findings(keyProjects.formatted("3", "88.33"), "list.mean")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("86.33分");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("88.33分", "95分", "88分", "76分");
    });
    assertThat(Check.findings(keyProjects.formatted("2", "88.33"), "list.mean")).as("of the last two: 82").hasSize(1);
    assertThat(Check.findings(keyProjects.formatted("5", "88.33"), "list.mean")).as("more than are listed").isEmpty();
    // a count of some of them only, by grade or by score, before the average of all
    String some = keyProjects.replace("以上%s个重点项目平均自评得分%s分。", "评为“优”“良”的项目共%s个，项目平均得分%s分。");
    assertThat(Check.findings(some.formatted("2", "86.33"), "list.mean")).as("the good ones").isEmpty();
    String low = keyProjects.replace("以上%s个重点项目平均自评得分%s分。", "90分以下的项目%s个，项目平均得分%s分。");
    assertThat(Check.findings(low.formatted("2", "86.33"), "list.mean")).as("the low ones").isEmpty();
  }

  /** The projects counted right before the average (3个项目平均自评得分), each headed by a line of its own with its score. */
  @Test
  void theProjectsCountedBeforeTheirAverage() {
    String text = "二、各项目自评情况\n项目一：社区网格化管理经费\n项目预算：128.00万元；自评得分：95分。\n"
        + "项目二：老旧小区改造配套资金\n项目预算：168.80万元；自评得分：88分。\n项目三：辖区绿化养护经费\n项目预算：60.00万元；自评得分：92分。\n"
        + "\n三、自评结论\n3个项目平均自评得分%s分。";
    assertThat(Check.findings(text.formatted("91.67"), "list.mean")).isEmpty();
    // the scores are whole, each 0.5 either way: 91.60 is within them, 92.67 is not
    assertThat(Check.findings(text.formatted("91.60"), "list.mean")).isEmpty();
    assertThat(Check.findings(text.formatted("92.67"), "list.mean")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("91.67分"));
  }

  /** An average per unit after groups' amounts worked out as products (6个×8万元…，分别为48.00万元、…，平均每个中心6.06万元): of the units. */
  @Test
  void anAveragePerUnitAfterProductsIsNoMeanOfThem() {
    String text = "24个中心运行经费按6个×8万元＋11个×6万元＋7个×4.5万元，分别为48.00万元、66.00万元和31.50万元，平均每个中心6.10万元。";
    assertThat(Check.findings(text, "list.mean")).isEmpty();
  }
}
