package dev.jixiao.generator;

import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleCatalog;
import dev.jixiao.pipeline.Pipelines;
import dev.jixiao.read.ReadLimits;
import dev.jixiao.record.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each rule costs: {@code RuleBenchmark [N] [rounds]} extracts N generated reports (all formats, no checks),
 * then runs every rule over all of them, round after round, and prints each rule's time per 1,000 reports over the
 * second half of the rounds. The ingest's workers run on C1; to see what they pay, run it on C1 with the CLI's jar
 * after {@code mvn -q -B package -DskipTests && mvn -q -B -pl generator test-compile}:
 *
 * <pre>
 * java -XX:TieredStopAtLevel=1 -cp cli/target/jixiao.jar:generator/target/test-classes dev.jixiao.generator.RuleBenchmark 1000
 * </pre>
 */
public final class RuleBenchmark {
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
    Path dir = Files.createTempDirectory("jixiao-rules");
    Corpus.Written w = Corpus.generate(n, dir, Formats.ALL, 7, 0.3, i -> { });
    var pipeline = Pipelines.withoutChecks(ReadLimits.DEFAULTS);
    List<Report> reports = new ArrayList<>();
    for (Path f : w.reports()) {
      reports.add(pipeline.process(f));
    }
    List<Rule> rules = RuleCatalog.standard().rules();
    Map<String, Long> nanos = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      for (Rule rule : rules) {
        long start = System.nanoTime();
        for (Report r : reports) {
          rule.check(r);
        }
        long took = System.nanoTime() - start;
        if (round >= rounds / 2) {
          nanos.merge(rule.info().id(), took, Long::sum);
        }
      }
    }
    double measured = rounds - rounds / 2;
    double perThousand = 1000.0 / reports.size() / measured / 1e6;
    nanos.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .forEach(e -> System.out.printf("%-20s %8.1f ms per 1,000 reports%n", e.getKey(), e.getValue() * perThousand));
    System.out.printf("%-20s %8.1f ms per 1,000 reports (%d reports, %d rules, %.0f rounds measured)%n", "all rules",
        nanos.values().stream().mapToLong(Long::longValue).sum() * perThousand, reports.size(), rules.size(), measured);
  }
}
