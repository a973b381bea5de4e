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

  /** Groups of projects each with its 小计 row, then the 合计 row of them all: the 合计 row is the projects' total. */
  @Test
  void theWholesRowNotAGroups() {
    String table = """
        # 凤鸣街道办事处2023年度部门整体支出绩效自评报告

        | 序号 | 项目名称 | 预算数（万元） | 实际支出（万元） | 执行率 |
        |---|---|---|---|---|
        | 1 | 社区（村）工作经费 | 96.00 | 96.00 | 100.00%% |
        | 2 | 网格化服务管理经费 | 207.36 | 201.96 | 97.40%% |
        | 小计 | 2个项目 | 303.36 | 297.96 | 98.22%% |
        | 3 | 环境卫生保洁服务 | 612.00 | 612.00 | 100.00%% |
        | 4 | 背街小巷改造提升 | 420.50 | 352.63 | 83.86%% |
        | 小计 | 2个项目 | 1,032.50 | 964.63 | 93.43%% |
        %s
        """;
    Report all = Extraction.of("office.md", table.formatted("| 合计 | 4个项目 | 1,335.86 | 1,262.59 | 94.52% |").getBytes(StandardCharsets.UTF_8));
    assertThat(all.projects()).hasSize(4);
    assertThat(all.totals().others().get(Totals.LISTED_BUDGET)).isInstanceOfSatisfying(Money.class,
        m -> assertThat(m.yuan()).isEqualByComparingTo("13358600"));
    Report groups = Extraction.of("office.md", table.formatted("").getBytes(StandardCharsets.UTF_8));
    assertThat(groups.totals().others()).as("groups' rows alone").doesNotContainKeys(Totals.LISTED_BUDGET);
  }
}
