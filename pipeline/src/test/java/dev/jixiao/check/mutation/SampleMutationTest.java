package dev.jixiao.check.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.gold.Samples;
import dev.jixiao.pipeline.Pipeline;
import dev.jixiao.pipeline.Pipelines;
import dev.jixiao.record.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The mutation test of the cross-check issue over the five text samples: for every figure a rule
 * uses, change it in the text (a digit, the unit, a count), run extract + check, and count whether
 * a finding of that rule names it. Every mutation that breaks a stated relation beyond rounding
 * must be caught; the rest are counted. The table per rule is printed and written to
 * {@code pipeline/target/mutation-report.md}.
 */
class SampleMutationTest {

  /**
   * Breaking mutations the rules miss today: each is a rule defect reported with this test. When
   * a rule is fixed its entries are caught and this list must shrink (the test says so).
   */
  private static final Set<String> KNOWN_MISSES = Set.of();

  @Test
  void everyMutationThatBreaksARelationIsCaught() throws IOException {
    Pipeline pipeline = Pipelines.standard();
    List<MutationRun.Result> results = new ArrayList<>();
    for (String seed : Samples.seeds()) {
      Path file = Samples.text(seed);
      Report read = pipeline.process(file);
      // mutate the extracted text (the text evidence offsets point into), read again as the same file
      MutationRun.Result result = MutationRun.run(pipeline, seed, file.getFileName().toString(), read.text());
      assertThat(result.original().findings()).as(seed + ": the extracted text reads as the file does").isEqualTo(read.findings());
      assertThat(result.relations()).as(seed + ": relations to mutate").isNotEmpty();
      results.add(result);
    }

    MutationReport report = new MutationReport("Mutation test over the five text samples", results);
    String markdown = report.markdown();
    System.out.println(markdown);
    Path out = Samples.root().getParent().resolve("pipeline/target/mutation-report.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, markdown);

    assertThat(report.missKeys())
        .as("mutations that break a relation beyond rounding and that no finding names (known defects: KNOWN_MISSES; "
            + "remove an entry once its rule catches it)\n" + String.join("\n", report.misses()))
        .containsExactlyInAnyOrderElementsOf(KNOWN_MISSES);
  }
}
