package dev.jixiao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.gold.GoldComparator;
import dev.jixiao.gold.Samples;
import dev.jixiao.record.Report;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The acceptance bar of the extraction issue: every field of every gold record (all but the
 * findings) is produced from the text sample. Prints matched/total per file.
 */
class TextSamplesGoldTest {
  private static final StringBuilder SUMMARY = new StringBuilder();

  static Stream<String> seeds() {
    return Samples.seeds().stream();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyGoldFieldIsExtracted(String seed) {
    Report record = Extraction.of(Samples.text(seed));
    GoldComparator.Tally t = GoldComparator.compare(Samples.gold(seed), record, GoldComparator.ALL_BUT_FINDINGS);
    SUMMARY.append(String.format("%-24s %3d/%3d fields%n", seed, t.matched(), t.total()));
    assertThat(t.misses()).as(seed + " fields not matched").isEqualTo(List.of());
  }

  @AfterAll
  static void printSummary() {
    System.out.print("Gold fields per text sample:\n" + SUMMARY);
  }
}
