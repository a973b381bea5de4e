package dev.jixiao.pipeline.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.pipeline.Pipeline;
import dev.jixiao.pipeline.Pipelines;
import dev.jixiao.record.Money;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.record.Percent;
import dev.jixiao.record.Report;
import dev.jixiao.record.Totals;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A record sent by a worker comes back equal: every sample, failed records, extra totals. */
class RecordWireTest {
  static final Pipeline PIPELINE = Pipelines.withoutChecks(dev.jixiao.read.ReadLimits.DEFAULTS);

  @Test
  void everyTextSampleAndBadFileRoundTrips() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Stream.concat(Files.list(Samples.root().resolve("text")), Files.list(Samples.root().resolve("bad")))) {
      files = s.sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(10);
    for (Path f : files) {
      Report r = Pipelines.standard().process(f);
      String json = RecordWire.write(r);
      assertThat(json).doesNotContain("\n");
      Report back = RecordWire.read(json);
      assertThat(back).as(f.toString()).isEqualTo(r);
      assertThat(RecordWire.write(back)).isEqualTo(json);
    }
  }

  /** Forms' projects carry the parts of their scores, and targets and actuals: they come back too. */
  @Test
  void aRecordOfFormsRoundTrips() {
    Report r = Pipelines.standard().process("forms.docx", dev.jixiao.extract.form.FormFixture.docx(List.of(
        dev.jixiao.extract.form.FormFixture.ofSampleProject("医保筹资运行经费"), dev.jixiao.extract.form.FormFixture.ofSampleProject("春节慰问项目资金"))));
    assertThat(r.projects()).allSatisfy(p -> assertThat(p.scoreComponents()).hasSize(6));

    Report back = RecordWire.read(RecordWire.write(r));

    assertThat(back).isEqualTo(r);
  }

  @Test
  void extraTotalsKeepTheirKind() {
    Map<String, Object> others = new LinkedHashMap<>();
    others.put("fiscalExpenditure", Money.of("3232.37万元", new BigDecimal("3232.37"), MoneyUnit.WAN_YUAN, null));
    others.put("shareOfFiscal", new Percent("12.50%", new BigDecimal("12.50"), null));
    others.put("count", new dev.jixiao.record.Count("三十六", 36, null));
    others.put("score", new dev.jixiao.record.PlainNumber("95.5", new BigDecimal("95.5"), null));
    Totals t = new Totals(null, null, null, null, others);
    Report r = PIPELINE.process("x.txt", "无关内容".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Report withTotals = new Report(r.schema(), r.source(), r.status(), r.errors(), r.title(), r.unit(), r.fiscalYear(),
        r.reportKind(), r.publishedDate(), t, r.score(), r.gradeDistribution(), r.projects(), r.figures(), r.findings(), r.text());
    Report back = RecordWire.read(RecordWire.write(withTotals));
    assertThat(back).isEqualTo(withTotals);
    assertThat(back.totals().others().get("fiscalExpenditure")).isInstanceOf(Money.class);
    assertThat(back.totals().others().get("shareOfFiscal")).isInstanceOf(Percent.class);
    assertThat(((Money) back.totals().others().get("fiscalExpenditure")).value()).isEqualTo(new BigDecimal("3232.37"));
  }
}
