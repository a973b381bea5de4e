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

  @Test
  void aTablesScoreGradedAfterIt() {
    Report r = Pipelines.standard().process("reservoirs.txt", REPORT.formatted("优").getBytes(StandardCharsets.UTF_8));
    assertThat(r.score().total().text()).isEqualTo("94");
    assertThat(r.score().grade()).isEqualTo("优");
    Report other = Pipelines.standard().process("reservoirs.txt", REPORT.formatted("良").getBytes(StandardCharsets.UTF_8));
    assertThat(other.score().grade()).isEqualTo("良");
  }
}
