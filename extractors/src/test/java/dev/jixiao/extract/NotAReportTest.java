package dev.jixiao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.record.ErrorCode;
import dev.jixiao.record.RecordError;
import dev.jixiao.record.Report;
import dev.jixiao.record.Status;
import org.junit.jupiter.api.Test;

/**
 * A record is {@code partial} with {@code not-a-report} when the text has none of a report's
 * figures. A year is not one of them: minutes, notices and a corpus's README are dated too.
 */
class NotAReportTest {
  @Test
  void aDatedTextWithoutFiguresIsNotAReport() {
    Report r = Extraction.of("古饶镇2024年安全生产工作会议纪要\n2024年3月5日，镇党委召开会议，研究部署全年安全生产工作。\n");

    assertThat(r.status()).isEqualTo(Status.PARTIAL);
    assertThat(r.errors()).extracting(RecordError::code).containsExactly(ErrorCode.NOT_A_REPORT.id());
    assertThat(r.fiscalYear()).as("what it does say is kept").isEqualTo(2024);
  }

  @Test
  void aBudgetIsEnough() {
    Report r = Extraction.of("古饶镇2024年度部门整体支出绩效自评报告\n年初预算数为1234.56万元。\n");

    assertThat(r.totals().budget()).isNotNull();
    assertThat(r.status()).isEqualTo(Status.OK);
    assertThat(r.errors()).isEmpty();
  }

  @Test
  void gradeCountsAreEnough() {
    Report r = Extraction.of("评价等级为“良”的项目5个，占25%；评价等级为“优”的项目15个，占75%。\n");

    assertThat(r.gradeDistribution()).isNotEmpty();
    assertThat(r.status()).isEqualTo(Status.OK);
  }
}
