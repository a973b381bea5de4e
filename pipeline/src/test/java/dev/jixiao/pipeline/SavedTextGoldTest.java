package dev.jixiao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.gold.GoldComparator;
import dev.jixiao.gold.Samples;
import dev.jixiao.read.SavedText;
import dev.jixiao.record.Report;
import dev.jixiao.record.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plain text as other programs write it gives the record of the text as written. A PDF viewer, an
 * OCR engine or a wrapping tool breaks every paragraph at one width; an OCR engine's plain text
 * puts a space on each side of every Chinese character; a full-width input method types
 * ２０２３年. For each text sample wrapped at 44, 76 and 120 columns and at 35 characters,
 * letter-spaced, and with full-width digits, the unit, year, kind, totals, score, grade
 * distribution and projects match the gold record, and the cross-checks give the same findings as
 * on the text. (Before the text reader joined wrapped lines, a wrapped sample kept as little as a
 * quarter of its gold fields, caohezhen and xinzaozhen lost every finding at 76 columns, and the
 * markdown sample failed with an internal error at every width but 120 columns; letter-spaced, not
 * one label matched and every sample was not-a-report; with full-width digits, project names and
 * grade bands kept them, and 31 of 500 gold fields were missed.)
 */
class SavedTextGoldTest {
  private static final Pipeline PIPELINE = Pipelines.standard();
  private static final StringBuilder SUMMARY = new StringBuilder();
  @TempDir static Path tmp;

  static Stream<Arguments> wrappings() {
    List<Arguments> out = new ArrayList<>();
    for (String seed : Samples.seeds()) {
      out.add(Arguments.of(seed, "44 columns", (UnaryOperator<String>) t -> SavedText.wrappedInColumns(t, 44)));
      out.add(Arguments.of(seed, "76 columns", (UnaryOperator<String>) t -> SavedText.wrappedInColumns(t, 76)));
      out.add(Arguments.of(seed, "120 columns", (UnaryOperator<String>) t -> SavedText.wrappedInColumns(t, 120)));
      out.add(Arguments.of(seed, "35 characters", (UnaryOperator<String>) t -> SavedText.wrappedInCharacters(t, 35)));
      out.add(Arguments.of(seed, "letter-spaced", (UnaryOperator<String>) SavedText::letterSpaced));
      out.add(Arguments.of(seed, "full-width digits", (UnaryOperator<String>) SavedText::fullWidthDigits));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("wrappings")
  void savedTextGivesTheGoldRecordAndTheTextsFindings(String seed, String how, UnaryOperator<String> save) throws IOException {
    Path sample = Samples.text(seed);
    String text = Files.readString(sample, StandardCharsets.UTF_8);
    String saved = save.apply(text);
    assertThat(saved).isNotEqualTo(text);
    Path file = Files.createDirectories(tmp.resolve(how.replace(' ', '-'))).resolve(sample.getFileName());
    Files.writeString(file, saved, StandardCharsets.UTF_8);

    Report r = PIPELINE.process(file);
    assertThat(r.status()).as(file + " " + r.errors()).isEqualTo(Status.OK);
    GoldComparator.Tally t = GoldComparator.compare(Samples.gold(seed), r, GoldComparator.CORE);
    SUMMARY.append(String.format("  %-30s %-17s %3d/%3d fields, %d findings%n", sample.getFileName(), how, t.matched(), t.total(),
        r.findings().size()));
    assertThat(t.misses()).as(file + " fields").isEmpty();
    assertThat(FormatVariantsGoldTest.signature(r.findings())).as(file + " findings")
        .isEqualTo(FormatVariantsGoldTest.signature(PIPELINE.process(sample).findings()));
  }

  @AfterAll
  static void print() {
    System.out.print("Text as programs save it, against the gold records:\n" + SUMMARY);
  }
}
