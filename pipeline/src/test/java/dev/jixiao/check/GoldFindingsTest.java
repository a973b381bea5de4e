package dev.jixiao.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jixiao.gold.GoldFindings;
import dev.jixiao.gold.Samples;
import dev.jixiao.pipeline.Pipelines;
import dev.jixiao.record.RecordJson;
import dev.jixiao.record.Report;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cross-check acceptance bar: for each sample, every finding of its gold record is produced
 * with the same rule and figures, and nothing else is flagged (mustNotFlag holds; mayFlag allows
 * at most a warning). Prints expected / found / unexpected per file.
 */
class GoldFindingsTest {
  private static final StringBuilder SUMMARY = new StringBuilder();

  static Stream<String> seeds() {
    return Samples.seeds().stream();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void goldFindingsAndNothingElse(String seed) {
    Report r = Pipelines.standard().process(Samples.text(seed));
    JsonNode findings = RecordJson.mapper().valueToTree(r.findings());
    GoldFindings.Result res = GoldFindings.compare(Samples.gold(seed), findings);
    SUMMARY.append(String.format("  %-22s expected %d, found %d, unexpected %d (+%d info)%n", seed, res.expected(), res.found(),
        res.unexpected().size(), r.findings().stream().filter(f -> f.severity().id().equals("info")).count()));
    assertThat(res.missed()).as(seed + " gold findings not produced").isEmpty();
    assertThat(res.unexpected()).as(seed + " findings no gold entry explains").isEmpty();
  }

  @AfterAll
  static void print() {
    System.out.print("Findings against the gold records:\n" + SUMMARY);
  }
}
