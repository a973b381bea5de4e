package dev.jixiao.cli.bench;

import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleCatalog;
import dev.jixiao.extract.ReportExtractor;
import dev.jixiao.pipeline.BenchmarkJvm;
import dev.jixiao.read.FormatDetector;
import dev.jixiao.read.ReadFailure;
import dev.jixiao.read.ReadLimits;
import dev.jixiao.read.Readers;
import dev.jixiao.read.TextDocument;
import dev.jixiao.record.Report;
import dev.jixiao.record.Source;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What extracting a record and checking it cost once the code is compiled, rule by rule: every file of a directory is read once
 * and held as text, then extracted and checked {@code rounds} times on one thread, in a JVM of the ingest workers' options (C1,
 * the serial collector). The ingest benchmark gives the stages' shares of whole batches; this one shows which rule or which
 * part of the extraction a share is, so that a reading or a rule that grows costly is seen when it lands, not sessions later.
 * Run with {@code mvn -o -pl cli test -Dtest=CheckingBenchmarkRun -Djixiao.bench.checking=DIR
 * -Dsurefire.failIfNoSpecifiedTests=false} (DIR: e.g. what {@code jixiao generate --count 1000 --out DIR --seed 7} writes),
 * {@code -Djixiao.bench.rounds=N} for other than 4 rounds. Skipped otherwise: a timing is a figure for a note, not a test.
 *
 * <p>Times are the one thread's CPU time, the mean of the rounds after the first half (which compile).
 */
class CheckingBenchmarkRun {
  /** The thread's CPU time, not the wall clock's: what a VM loses to its neighbours is not what the code costs. */
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  @Test
  @EnabledIfSystemProperty(named = "jixiao.bench.checking", matches = ".+")
  void run() throws Exception {
    BenchmarkJvm.run(CheckingBenchmarkRun.class, Path.of(System.getProperty("jixiao.bench.checking")).toAbsolutePath().toString(),
        System.getProperty("jixiao.bench.rounds", "4"));
  }

  /** The child JVM: {@code DIR ROUNDS}. */
  public static void main(String[] args) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
      files = s.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".json")).sorted().toList();
    }
    int rounds = Integer.parseInt(args[1]);
    FormatDetector detector = new FormatDetector();
    Readers readers = Readers.standard(null);
    List<TextDocument> documents = new ArrayList<>();
    List<Source> sources = new ArrayList<>();
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      try {
        TextDocument d = readers.read(bytes, detector.detect(bytes, f.getFileName().toString()), ReadLimits.DEFAULTS);
        documents.add(d);
        sources.add(new Source(f.toString(), null, bytes.length, null, false, null, null, null, null)
            .withText(d.format(), d.ocr(), d.pages(), d.charset()));
      } catch (ReadFailure e) {
        // a file that cannot be read is neither extracted nor checked
      }
    }
    ReportExtractor extractor = new ReportExtractor();
    List<Rule> rules = RuleCatalog.standard().rules();
    long[] ruleNanos = new long[rules.size()];
    long extractNanos = 0;
    int timed = rounds - rounds / 2;
    for (int round = 0; round < rounds; round++) {
      boolean counted = round >= rounds / 2;
      for (int i = 0; i < documents.size(); i++) {
        long t0 = CPU.getCurrentThreadCpuTime();
        Report report = extractor.extract(documents.get(i), sources.get(i));
        if (counted) {
          extractNanos += CPU.getCurrentThreadCpuTime() - t0;
        }
        for (int k = 0; k < rules.size(); k++) {
          long t = CPU.getCurrentThreadCpuTime();
          try {
            rules.get(k).check(report);
          } catch (RuntimeException e) {
            // a rule that fails costs what it took to fail, as in the pipeline
          }
          if (counted) {
            ruleNanos[k] += CPU.getCurrentThreadCpuTime() - t;
          }
        }
      }
    }
    double per = (double) timed * documents.size();
    long checkNanos = IntStream.range(0, rules.size()).mapToLong(k -> ruleNanos[k]).sum();
    System.out.printf("%d reports, %d rounds (the last %d timed): extract %.3f ms/report, check %.3f ms/report%n",
        documents.size(), rounds, timed, extractNanos / 1e6 / per, checkNanos / 1e6 / per);
    IntStream.range(0, rules.size()).boxed().sorted(Comparator.comparingLong((Integer k) -> ruleNanos[k]).reversed())
        .forEach(k -> System.out.printf("  %8.1f µs/report  %5.1f%%  %s%n", ruleNanos[k] / 1e3 / per,
            100.0 * ruleNanos[k] / checkNanos, rules.get(k).info().id()));
  }
}
