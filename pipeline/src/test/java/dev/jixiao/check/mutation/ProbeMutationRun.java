package dev.jixiao.check.mutation;

import dev.jixiao.pipeline.Pipeline;
import dev.jixiao.pipeline.Pipelines;
import dev.jixiao.record.Report;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The mutation run of {@link SampleMutationTest} over the text probes (resources {@code probes/*.txt}, every figure consistent):
 * how often one changed figure is flagged in reports written in many more ways than the five samples. It takes minutes, so it
 * runs only when asked, like a benchmark: {@code -Djixiao.mutation.probes=all} (or a regex of file names), and writes
 * {@code pipeline/target/probe-mutation-report.md}. The figures it measured are in docs/search.md.
 */
@EnabledIfSystemProperty(named = "jixiao.mutation.probes", matches = ".+")
class ProbeMutationRun {
  @Test
  void run() throws Exception {
    Path dir = Path.of(ProbeMutationRun.class.getResource("/probes").toURI());
    String only = System.getProperty("jixiao.mutation.probes");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt"))
          .filter(p -> only.equals("all") || p.getFileName().toString().matches(only))
          .sorted()
          .toList();
    }
    Pipeline pipeline = Pipelines.standard();
    // the per-document path is a plain library, so the probes run side by side
    List<MutationRun.Result> results = new ForkJoinPool(Runtime.getRuntime().availableProcessors()).submit(() -> files.parallelStream().map(f -> {
      try {
        Report read = pipeline.process(f);
        String name = f.getFileName().toString();
        return MutationRun.run(pipeline, name.replace(".txt", ""), name, read.text());
      } catch (Exception e) {
        throw new RuntimeException(f.toString(), e);
      }
    }).toList()).get();
    MutationReport report = new MutationReport("Mutation run over the text probes", results);
    Path out = Path.of("target/probe-mutation-report.md");
    Files.writeString(out, report.markdown());
  }
}
