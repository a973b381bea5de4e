package dev.jixiao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.record.Finding;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import dev.jixiao.record.Status;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The probe reports (resources {@code probes/}, written for the tests, every figure consistent with every other): each reads as
 * a report with its figures, and no rule flags any of them, errors nor warnings.
 */
class ProbeReportsTest {
  static final List<String> PROBES = List.of("relief", "farmland", "school-meals", "road", "health", "training", "forest",
      "elderly", "waste", "student-aid", "headed-projects", "township-overall", "department-overall");
  private static final Pipeline PIPELINE = Pipelines.standard();

  static Stream<String> probes() {
    return PROBES.stream();
  }

  static byte[] probe(String name) throws IOException {
    try (InputStream in = ProbeReportsTest.class.getResourceAsStream("/probes/" + name + ".txt")) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  @ParameterizedTest
  @MethodSource("probes")
  void consistentFiguresNeverFlag(String name) throws IOException {
    Report r = PIPELINE.process(name + ".txt", probe(name));
    assertThat(r.status()).isEqualTo(Status.OK);
    assertThat(r.figures()).hasSizeGreaterThan(10);
    assertThat(r.findings()).filteredOn(f -> f.severity() != Severity.INFO).extracting(Finding::message).isEmpty();
  }
}
