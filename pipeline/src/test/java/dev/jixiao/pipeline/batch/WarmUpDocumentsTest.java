package dev.jixiao.pipeline.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.read.ReadLimits;
import dev.jixiao.record.Report;
import org.junit.jupiter.api.Test;

/**
 * The warm-up documents a worker reads before saying ready really go through each reader, and
 * the Word copy through extraction as far as the text does.
 */
class WarmUpDocumentsTest {
  private final TimedPipeline pipeline = new TimedPipeline(ReadLimits.DEFAULTS, null);

  @Test
  void theWordCopyGivesTheRecordOfTheText() {
    Report txt = pipeline.process("warm-up.txt", WarmUpDocuments.txt(), () -> { }).record();
    Report docx = pipeline.process("warm-up.docx", WarmUpDocuments.docx(), () -> { }).record();
    assertThat(txt.status().id()).isEqualTo("ok");
    assertThat(docx.source().format()).isEqualTo("docx");
    assertThat(docx.status()).isEqualTo(txt.status());
    assertThat(docx.fiscalYear()).isEqualTo(txt.fiscalYear()).isNotNull();
    assertThat(docx.projects()).hasSameSizeAs(txt.projects()).isNotEmpty();
    assertThat(docx.projects().get(0).name()).isEqualTo(txt.projects().get(0).name());
    assertThat(docx.totals().budget().yuan()).isEqualByComparingTo(txt.totals().budget().yuan());
    assertThat(docx.totals().expenditure().yuan()).isEqualByComparingTo(txt.totals().expenditure().yuan());
  }

  @Test
  void thePdfIsReadFromItsTextLayer() {
    Report pdf = pipeline.process("warm-up.pdf", WarmUpDocuments.pdf(), () -> { }).record();
    assertThat(pdf.source().format()).isEqualTo("pdf");
    assertThat(pdf.source().pages()).isEqualTo(1);
    assertThat(pdf.errors()).noneMatch(e -> e.code().equals("empty") || e.code().equals("corrupt"));
  }
}
