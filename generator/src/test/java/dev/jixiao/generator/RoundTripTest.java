package dev.jixiao.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.pipeline.Pipeline;
import dev.jixiao.pipeline.Pipelines;
import dev.jixiao.record.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100 generated reports in every format through extract + check: the records reproduce the
 * ground truth and the planted inconsistencies are found. (The 1,000-report run is
 * {@link RoundTripBenchmark}.)
 */
class RoundTripTest {
  @TempDir Path tmp;

  @Test
  void generatedReportsRoundTrip() throws Exception {
    RoundTrip rt = run(tmp, 100, 0.5);
    System.out.println(rt.report());
    assertThat(rt.fieldAccuracy()).isGreaterThan(0.98);
    // every planted inconsistency is found but those a changed project count masks by design
    assertThat(rt.unmaskedDetectionRate()).isEqualTo(1.0);
    assertThat(rt.maskedShare()).isLessThan(0.15);
  }

  @Test
  void theSameSeedGivesTheSameCorpus() throws Exception {
    ReportGenerator g = new ReportGenerator();
    assertThat(g.compose(7, 3, 0.5).text()).isEqualTo(g.compose(7, 3, 0.5).text());
    assertThat(g.compose(7, 3, 0.5).text()).isNotEqualTo(g.compose(8, 3, 0.5).text());
    assertThat(Numerals.chinese(36)).isEqualTo("三十六");
    assertThat(Numerals.chinese(102)).isEqualTo("一百零二");
    assertThat(Numerals.chinese(15)).isEqualTo("十五");
    assertThat(Numerals.chinese("95.63")).isEqualTo("九十五点六三");
    assertThat(Numerals.chinese("100.00")).isEqualTo("一百点零零");
  }

  /**
   * Reports as long as real ones: most of a real report is prose around its figures, and a corpus
   * of skeletons would make the round trip too easy and the benchmark time per-file overhead
   * rather than text. Lengths are compared with the text samples (the same five reports as the
   * other formats).
   */
  @Test
  void reportsAreAboutAsLongAsTheSamples() throws Exception {
    Path samples = Path.of(System.getProperty("jixiao.samples", "../corpus-samples")).resolve("text");
    List<Integer> real;
    try (var files = Files.list(samples)) {
      real = files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".md"))
          .map(RoundTripTest::length).sorted().toList();
    }
    ReportGenerator g = new ReportGenerator();
    List<Integer> generated = java.util.stream.IntStream.range(0, 200).mapToObj(i -> g.compose(2025, i, 0.2).text().length())
        .sorted().toList();
    System.out.println("text lengths: samples " + real + "; generated median " + median(generated) + ", range "
        + generated.get(0) + "–" + generated.get(generated.size() - 1));
    assertThat(real).hasSizeGreaterThanOrEqualTo(3);
    assertThat(median(generated)).isBetween(median(real) / 2, median(real) * 3 / 2);
    assertThat(generated.get(0)).isGreaterThan(real.get(0) / 2);
  }

  private static int length(Path f) {
    try {
      return Files.readString(f).length();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static int median(List<Integer> sorted) {
    return sorted.get(sorted.size() / 2);
  }

  static RoundTrip run(Path dir, int count, double plantRate) throws Exception {
    Corpus.Written w = Corpus.generate(count, dir, Formats.ALL, 42, plantRate, i -> { });
    Pipeline pipeline = Pipelines.standard();
    RoundTrip rt = new RoundTrip();
    for (Path f : w.reports()) {
      Report r = pipeline.process(f);
      rt.add(r, Corpus.readTruth(f));
    }
    assertThat(Files.list(dir).count()).isEqualTo(2L * count);
    return rt;
  }
}
