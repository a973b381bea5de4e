package dev.jixiao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.record.Report;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A score a report states only by its table's 合计 row is graded by the sentence after the table that grades the report, past the
 * points lost (a county's small reservoirs: the table typed in columns, read as a table by the text reader).
 */
class TableScoreGradeTest {
  private static final String REPORT = """
      仙桥县2023年度小型水库安全运行管护经费绩效自评报告

      五、自评得分及结论

      根据绩效评价指标体系，本项目自评得分情况如下：

      一级指标      权重（分）    得分
      决策             15          14
      过程             20          19
      产出             35          33.5
      效益             30          27.5
      合计            100          94

      决策指标扣1分，原因是部分绩效指标未细化；过程指标扣1分，原因是拨款进度滞后。按照90分（含）以上为优、80分（含）至90分为良的标准，自评等级为“%s”。
      """;

  /**
   * A score stated in prose before its table, the points lost listed after it, each block set apart by a blank line, and the grade
   * opened by its heading word (评定等级：按照…的标准，我局…自评等级为“优”): a city bureau's, its subject 我局.
   */
  private static final String BUREAU = """
      江岚县城市管理局2024年度部门整体支出绩效自评报告

      五、自评得分及等级

      依据部门整体支出绩效评价指标体系，我局自评得分91.5分，各项得分如下：

      评价指标        分值      得分
      投入            20        18
      过程            20        17.5
      产出            30        28
      效果            30        28
      合计            100       91.5

      扣分说明：
      （1）投入指标扣2分：年初预算未充分考虑道路移交因素，年中调减幅度达5.93%%。
      （2）过程指标扣2.5分：项目支出执行率97.21%%，低于基本支出执行率，扣1分；部分工程结算审核滞后，扣1分；固定资产登记不及时，扣0.5分。
      （3）产出指标扣2分：老城区背街小巷机械化清扫覆盖不足。
      （4）效果指标扣2分：违法建设、占道经营等问题投诉仍较集中。
      以上共扣8.5分。

      评定等级：按照90分以上为优、80分（含）至90分为良、60分（含）至80分为中、60分以下为差的标准，我局2024年度部门整体支出绩效自评等级为“%s”。
      """;

  @Test
  void aBureausScoreGradedPastItsTableAndThePointsLost() {
    Report r = Pipelines.standard().process("bureau.txt", BUREAU.formatted("优").getBytes(StandardCharsets.UTF_8));
    assertThat(r.score().total().text()).isEqualTo("91.5分");
    assertThat(r.score().grade()).isEqualTo("优");
    Report other = Pipelines.standard().process("bureau.txt", BUREAU.formatted("良").getBytes(StandardCharsets.UTF_8));
    assertThat(other.score().grade()).isEqualTo("良");
  }

  @Test
  void aTablesScoreGradedAfterIt() {
    Report r = Pipelines.standard().process("reservoirs.txt", REPORT.formatted("优").getBytes(StandardCharsets.UTF_8));
    assertThat(r.score().total().text()).isEqualTo("94");
    assertThat(r.score().grade()).isEqualTo("优");
    Report other = Pipelines.standard().process("reservoirs.txt", REPORT.formatted("良").getBytes(StandardCharsets.UTF_8));
    assertThat(other.score().grade()).isEqualTo("良");
  }
}
