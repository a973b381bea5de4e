package dev.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jixiao.gold.GoldComparator;
import dev.jixiao.gold.Samples;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The acceptance run, end to end: {@code jixiao extract --jsonl} over the five text
 * samples, each record compared with its gold record (every field but the findings).
 */
class TextSamplesGoldCliTest {

  @Test
  void extractJsonlMatchesEveryGoldField() throws Exception {
    List<String> args = new ArrayList<>(List.of("extract", "--jsonl"));
    Samples.seeds().forEach(s -> args.add(Samples.text(s).toString()));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exit()).isZero();
    List<JsonNode> lines = run.lines();
    assertThat(lines).hasSize(Samples.seeds().size());
    List<String> misses = new ArrayList<>();
    StringBuilder summary = new StringBuilder("extract --jsonl vs gold:\n");
    for (int i = 0; i < lines.size(); i++) {
      String seed = Samples.seeds().get(i);
      GoldComparator.Tally t = GoldComparator.compare(Samples.gold(seed), lines.get(i), GoldComparator.ALL_BUT_FINDINGS);
      summary.append(String.format("  %-24s %3d/%3d%n", seed, t.matched(), t.total()));
      t.misses().forEach(m -> misses.add(seed + ": " + m));
    }
    System.out.print(summary);
    assertThat(misses).isEmpty();
  }
}
