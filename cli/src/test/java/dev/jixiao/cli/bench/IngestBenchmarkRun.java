package dev.jixiao.cli.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs {@link IngestBenchmark} from Maven, after the jar is built ({@code mvn -o install -DskipTests}):
 * {@code mvn -o -pl cli test -Dtest=IngestBenchmarkRun -Djixiao.bench=1000 -Dsurefire.failIfNoSpecifiedTests=false}
 * (add {@code -Djixiao.bench.args="--runs 3"} for the medians of three runs of each side, {@code --no-tika} to skip the baseline, {@code --extract} to time {@code jixiao extract} of the same files too; ingest options follow {@code --}, e.g.
 * {@code -Djixiao.bench.args="-- --worker-jvm -XX:TieredStopAtLevel=4"} for C2 workers). Skipped otherwise.
 */
class IngestBenchmarkRun {
  @Test
  @EnabledIfSystemProperty(named = "jixiao.bench", matches = "\\d+")
  void run() throws Exception {
    String extra = System.getProperty("jixiao.bench.args", "");
    IngestBenchmark.main((System.getProperty("jixiao.bench") + " " + extra).trim().split("\\s+"));
  }
}
