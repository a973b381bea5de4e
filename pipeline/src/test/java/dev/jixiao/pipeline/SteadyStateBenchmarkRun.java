package dev.jixiao.pipeline;


import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleCatalog;
import dev.jixiao.extract.ReportExtractor;
import dev.jixiao.read.FormatDetector;
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
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What extraction and the checks cost a report once the code is compiled, apart from reading it: every file of a directory is
 * read once, then extracted and checked {@code rounds} times on one thread, in a JVM of the ingest workers' options (C1, the
 * serial collector), each round's thread CPU printed, and then each rule's. The ingest benchmark times the whole batch against plain Tika; this one
 * shows where a change to the extractors or the rules moves the per-report cost, without the noise of reading and indexing. Run
 * with {@code mvn -o -pl pipeline test -Dtest=SteadyStateBenchmarkRun -Djixiao.bench.steady=DIR -Dsurefire.failIfNoSpecifiedTests=false}
 * (DIR: e.g. what {@code jixiao generate --count 1000 --out DIR --seed 7 --formats txt,docx,pdf,html} writes; {@code samples}
 * for corpus-samples), {@code -Djixiao.bench.rounds=N} for other than 4 rounds. Skipped otherwise: a timing is a figure for a
 * note, not a test.
 */
class SteadyStateBenchmarkRun {

  @Test
  @EnabledIfSystemProperty(named = "jixiao.bench.steady", matches = ".+")
  void run() throws Exception {
    String dir = System.getProperty("jixiao.bench.steady");
    Path root = dir.equals("samples") ? Path.of(System.getProperty("jixiao.samples", "../corpus-samples")) : Path.of(dir);
    BenchmarkJvm.run(SteadyStateBenchmarkRun.class, root.toAbsolutePath().toString(), System.getProperty("jixiao.bench.rounds", "4"));
  }

  /** The child JVM: {@code DIR ROUNDS}. */
  public static void main(String[] args) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
      files = s.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".json") && !f.toString().contains("/expected/"))
          .sorted().toList();
    }
    FormatDetector detector = new FormatDetector();
    Readers readers = Readers.standard();
    List<TextDocument> documents = new ArrayList<>();
    List<Source> sources = new ArrayList<>();
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      try {
        MediaType type = detector.detect(bytes, f.getFileName().toString());
        TextDocument d = readers.read(bytes, type, ReadLimits.DEFAULTS);
        documents.add(d);
        sources.add(new Source(f.toString(), "-", bytes.length, null, false, null, null, null, null)
            .withText(d.format(), d.ocr(), d.pages(), d.charset()));
      } catch (RuntimeException | dev.jixiao.read.ReadFailure e) {
        // a broken file has nothing to extract; the batch goes on as an ingest does
      }
    }
    ReportExtractor extractor = new ReportExtractor();
    List<Rule> rules = RuleCatalog.standard().rules();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    int rounds = Integer.parseInt(args[1]);
    System.out.printf("%d files read (%d not readable), %d rounds on one thread%n", documents.size(), files.size() - documents.size(),
        rounds);
    // each rule's CPU over the rounds after the first (which compiles), so that a rule that grows costly is seen when it lands
    long[] byRule = new long[rules.size()];
    for (int round = 1; round <= rounds; round++) {
      long extracting = 0;
      long checking = 0;
      int findings = 0;
      for (int i = 0; i < documents.size(); i++) {
        long start = cpu.getCurrentThreadCpuTime();
        Report r = extractor.extract(documents.get(i), sources.get(i));
        long extracted = cpu.getCurrentThreadCpuTime();
        extracting += extracted - start;
        for (int k = 0; k < rules.size(); k++) {
          long before = cpu.getCurrentThreadCpuTime();
          try {
            findings += rules.get(k).check(r).size();
          } catch (RuntimeException e) {
            // a rule that fails costs what it took to fail, as in the pipeline's checker
          }
          long spent = cpu.getCurrentThreadCpuTime() - before;
          checking += spent;
          byRule[k] += round > 1 ? spent : 0;
        }
      }
      System.out.printf("round %d: extract %6.0f ms (%4.0f µs a report), check %6.0f ms (%4.0f µs a report), %d findings%n", round,
          extracting / 1e6, extracting / 1e3 / documents.size(), checking / 1e6, checking / 1e3 / documents.size(), findings);
    }
    if (rounds > 1) {
      long all = LongStream.of(byRule).sum();
      System.out.printf("the checks rule by rule, rounds 2 to %d:%n", rounds);
      IntStream.range(0, rules.size()).boxed().sorted(Comparator.comparingLong((Integer k) -> byRule[k]).reversed())
          .forEach(k -> System.out.printf("  %-18s %6.1f µs a report  %4.1f%%%n", rules.get(k).info().id(),
              byRule[k] / 1e3 / documents.size() / (rounds - 1), 100.0 * byRule[k] / Math.max(1, all)));
    }
  }
}
