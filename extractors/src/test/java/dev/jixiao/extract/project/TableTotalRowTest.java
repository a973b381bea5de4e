package dev.jixiao.extract.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.extract.Extraction;
import dev.jixiao.record.Money;
import dev.jixiao.record.Report;
import dev.jixiao.record.Totals;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A project table's total row (合计) is no project; it states what the projects add up to. */
class TableTotalRowTest {
  private static final String MARKDOWN = """
      # 某街道办事处2023年度部门整体支出绩效自评报告

      2023年度部门预算总额2865.40万元，全年实际支出2718.66万元，预算执行率94.88%。

      重点项目资金执行情况如下表：

      | 序号 | 项目名称 | 预算数（万元） | 实际支出（万元） | 执行率 |
      |---|---|---|---|---|
      | 1 | 老旧小区改造 | 620.00 | 598.40 | 96.52% |
      | 2 | 社区养老服务 | 186.50 | 172.30 | 92.39% |
      |  | 合计 | 806.50 | 770.70 | 95.56% |
      """;

  @Test
  void theRowsTotalsBesideTheUnits() {
    Report r = Extraction.of("street.md", MARKDOWN.getBytes(StandardCharsets.UTF_8));
    assertThat(r.projects()).extracting(p -> p.name()).containsExactly("老旧小区改造", "社区养老服务");
    assertThat(r.totals().budget().text()).isEqualTo("2865.40万元");
    assertThat(r.totals().others().get(Totals.LISTED_BUDGET)).isInstanceOfSatisfying(Money.class, m -> {
      assertThat(m.yuan()).isEqualByComparingTo("8065000");
      assertThat(m.evidence().quote()).isEqualTo("806.50");
    });
    assertThat(r.totals().others().get(Totals.LISTED_EXPENDITURE)).isInstanceOfSatisfying(Money.class,
        m -> assertThat(m.yuan()).isEqualByComparingTo("7707000"));
  }

  @Test
  void noRowNoTotals() {
    Report r = Extraction.of("street.md", MARKDOWN.replaceAll("\\|  \\| 合计.*\\n", "").getBytes(StandardCharsets.UTF_8));
    assertThat(r.projects()).hasSize(2);
    assertThat(r.totals().others()).doesNotContainKeys(Totals.LISTED_BUDGET, Totals.LISTED_EXPENDITURE);
  }
}
