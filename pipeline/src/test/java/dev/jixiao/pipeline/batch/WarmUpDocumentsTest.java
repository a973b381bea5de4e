package dev.jixiao.pipeline.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.read.ReadLimits;
import dev.jixiao.record.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The warm-up documents a worker reads before saying ready really go through each reader and
 * through extraction: the Word and PDF copies give the record of the text.
 */
class WarmUpDocumentsTest {
  private final TimedPipeline pipeline = new TimedPipeline(ReadLimits.DEFAULTS, null);

  @ParameterizedTest
  @ValueSource(strings = {"docx", "pdf"})
  void eachCopyGivesTheRecordOfTheText(String format) {
    Report txt = pipeline.process("warm-up.txt", WarmUpDocuments.txt(), () -> { }).record();
    byte[] bytes = format.equals("docx") ? WarmUpDocuments.docx() : WarmUpDocuments.pdf();
    Report copy = pipeline.process("warm-up." + format, bytes, () -> { }).record();
    assertThat(txt.status().id()).isEqualTo("ok");
    assertThat(copy.source().format()).isEqualTo(format);
    assertThat(copy.source().script()).isEqualTo("simplified");
    assertThat(copy.status()).isEqualTo(txt.status());
    assertThat(copy.fiscalYear()).isEqualTo(txt.fiscalYear()).isNotNull();
    assertThat(copy.projects()).hasSameSizeAs(txt.projects()).isNotEmpty();
    assertThat(copy.projects().get(0).name()).isEqualTo(txt.projects().get(0).name());
    assertThat(copy.totals().budget().yuan()).isEqualByComparingTo(txt.totals().budget().yuan());
    assertThat(copy.totals().expenditure().yuan()).isEqualByComparingTo(txt.totals().expenditure().yuan());
  }
}
