package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreSumRuleTest {
  @Test
  void componentsAddUp() {
    assertThat(Check.findings("经自评，决策指标得分18分，过程指标得分19.5分，产出指标得分35分，效益指标得分20分，综合得分92.5分。", "score.sum")).isEmpty();
  }

  @Test
  void componentsDoNotAddUp() {
    assertThat(Check.findings("经自评，决策指标得分18分，过程指标得分19.5分，产出指标得分35分，效益指标得分20分，综合得分95.5分。", "score.sum"))
        .singleElement().satisfies(f -> assertThat(f.expected()).isEqualTo("92.5分"));
  }

  /** Components listed after 其中 by their names alone (预算执行10分，产出40分…) are the total's parts. */
  @Test
  void componentsNamedAloneAfterOfWhich() {
    String score = "三、自评结论\n综合评价得分92.5分，其中：预算执行10分，产出40分，效益30分，满意度%s分。评价等级为“优”。";
    assertThat(Check.findings(score.formatted("12.5"), "score.sum")).isEmpty();
    assertThat(Check.findings(score.formatted("15.5"), "score.sum")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("92.5分"));
  }

  /**
   * A list written to one decimal drops a whole score's zero: beside 18.5, the 25 is 25.0, so a
   * total one point off is flagged. A list all in whole points of a total with a decimal may be rounded, each half a point.
   */
  @Test
  void wholeScoresBesideDecimalOnesAreExact() {
    String score = "三、自评结论\n本部门自评得分为%s分，其中预算编制与管理18.5分、预算执行25分、产出指标30分、效益指标20分，自评等级为“优”。";
    assertThat(Check.findings(score.formatted("93.5"), "score.sum")).isEmpty();
    assertThat(Check.findings(score.formatted("94.5"), "score.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("93.5分"));
    String whole = "三、自评结论\n本部门自评得分为%s分，其中预算编制与管理18分、预算执行25分、产出指标30分、效益指标20分，自评等级为“优”。";
    assertThat(Check.findings(whole.formatted("94.5"), "score.sum")).as("93 written in whole points is 91..95").isEmpty();
    assertThat(Check.findings(whole.formatted("95.5"), "score.sum")).hasSize(1);
  }

  /** Whole parts of a whole total are scored in whole points: one point off is off, not a rounding. */
  @Test
  void wholePartsOfAWholeTotalAddUpExactly() {
    String score = "经自评，本项目得分%s分，其中：项目决策%s分，项目过程18分，项目产出37分，项目效益19分。自评等级为“优”。";
    assertThat(Check.findings(score.formatted("92", "18"), "score.sum")).isEmpty();
    assertThat(Check.findings(score.formatted("92", "19"), "score.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("93分"));
    assertThat(Check.findings(score.formatted("92", "17"), "score.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("91分"));
    // a total to the half point beside whole parts leaves the parts their rounding
    assertThat(Check.findings(score.formatted("92.5", "18"), "score.sum")).isEmpty();
  }

  /** A Markdown table of the score by its parts (一级指标 | 分值 | 自评得分) and the score the conclusion states. */
  @Test
  void aTableOfTheScoreByItsParts() {
    String report = """
        # 某县交通运输局2024年度部门整体支出绩效自评报告

        2024年部门年初预算4286.50万元，全年实际支出4102.37万元，预算执行率95.70%%。

        | 一级指标 | 分值 | 自评得分 |
        |---|---|---|
        | 决策 | 20 | 18.50 |
        | 过程 | 20 | 17.80 |
        | 产出 | 40 | %s |
        | 效益 | 20 | 18.60 |
        | 合计 | 100 | 92.10 |

        综上，我局2024年度部门整体支出绩效自评得分92.10分，评价等级为“优”。
        """;
    assertThat(Check.findings("report.md", report.formatted("37.20"), "score.sum")).isEmpty();
    assertThat(Check.findings("report.md", report.formatted("38.20"), "score.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("93.10分"));
  }

  /** A report's table of indicators whose 分值 add up to its 合计: their scores are the score's parts. */
  @Test
  void theIndicatorsOfATableInAReport() {
    String page = """
        <html><head><meta charset="utf-8"></head><body><h1>某镇2024年度农村人居环境整治项目绩效自评报告</h1>
        <h2>二、绩效指标完成情况</h2><table border="1">
        <tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th><th>得分</th></tr>
        <tr><td rowspan="2">产出指标</td><td>数量指标</td><td>户厕改造数量</td><td>≥1200户</td><td>1235户</td><td>60</td><td>%s</td></tr>
        <tr><td>质量指标</td><td>改厕验收合格率</td><td>≥95%%</td><td>97.3%%</td><td>40</td><td>38</td></tr>
        <tr><td colspan="5">合计</td><td>100</td><td>95</td></tr>
        </table><p>经自评，项目总得分95分，自评等级为“优”。</p></body></html>
        """;
    assertThat(Check.findings("report.html", page.formatted("57"), "score.sum")).isEmpty();
    assertThat(Check.findings("report.html", page.formatted("55"), "score.sum")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("93分"));
  }

  /** The bands a sentence grades by before its score (按照“综合得分90分（含）以上为优…”的标准，本项目自评得分为94.5分): no part of it. */
  @Test
  void bandsBeforeTheScoreAreNoParts() {
    String text = "本项目自评采用百分制，设置产出指标（50分）、效益指标（30分）、满意度指标（10分）和预算执行率（10分）四个部分。"
        + "按照“综合得分90分（含）以上为优、80分（含）至90分为良、60分（含）至80分为中、60分以下为差”的等级划分标准，本项目自评得分为94.5分，"
        + "等级为“优”。其中：产出指标得%s分，效益指标得29分，满意度指标得10分，预算执行率得8分。";
    assertThat(Check.findings(text.formatted("47.5"), "score.sum")).isEmpty();
    assertThat(Check.findings(text.formatted("48.5"), "score.sum")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("95.5"));
  }

  /** The title's fund named short, its year after it, before its score (宣传专项2024年度自评得分94.5分): the report's score. */
  @Test
  void theTitlesFundShortWithItsYear() {
    String text = "岚峪县融媒体中心2024年度新闻宣传专项经费绩效自评报告\n四、自评结论\n本次自评按产出、效益、满意度三类指标设置评分，权重分别为50分、30分、20分。"
        + "经综合评定，宣传专项2024年度自评得分94.5分，其中产出指标得48分，效益指标得28分，满意度指标得18.5分。\n（一）产出指标（分值50分，得分48分）\n";
    assertThat(Check.report(text).score().total().value()).isEqualByComparingTo("94.5");
    assertThat(Check.findings(text, "score.sum")).isEmpty();
  }
}
