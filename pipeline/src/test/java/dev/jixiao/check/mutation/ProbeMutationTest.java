package dev.jixiao.check.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.pipeline.Pipeline;
import dev.jixiao.pipeline.Pipelines;
import dev.jixiao.record.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The mutation run of {@link SampleMutationTest} over the probes (resources {@code probes/}, text and web pages, every
 * figure consistent): one changed figure in reports written in many more ways than the five samples. A breaking mutation that no
 * finding of any rule names is a silent miss: the report would pass as clean. Those known today are listed in
 * {@code mutation/probe-silent-misses.txt}; a new one fails this test, and so does one that is caught now (the list must
 * shrink with it). {@code -Djixiao.mutation.write=true} writes the list anew; {@code -Djixiao.mutation.probes=REGEX} runs
 * some probes only, without the list: their lines are written to {@code target/*.partial.txt}, to be compared with it. The
 * table is written to {@code pipeline/target/probe-mutation-report.md}.
 *
 * <p>The same run mutates the arithmetic {@link ArithmeticInText} finds in a paragraph by its values alone, where no relation
 * the rules read holds the same figures: a figure of such a sum, share or product whose change no finding names is listed,
 * once per kind of relation, in {@code mutation/probe-unchecked-arithmetic.txt}, and held to that list the same way. It
 * measures what the rules leave unread: stated relations most of them (35 of 40 read by hand), some holding by chance.
 */
class ProbeMutationTest {
  private static final String KNOWN = "/mutation/probe-silent-misses.txt";
  private static final String UNCHECKED = "/mutation/probe-unchecked-arithmetic.txt";
  private static final Predicate<String> FOUND_IN_TEXT = rule -> rule.startsWith("text.");
  private static final Pipeline PIPELINE = Pipelines.standard();

  @Test
  void noNewMutationPassesSilently() throws Exception {
    Path dir = Path.of(ProbeMutationTest.class.getResource("/probes").toURI());
    String only = System.getProperty("jixiao.mutation.probes", "all");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html"))
          .filter(p -> only.equals("all") || p.getFileName().toString().matches(only))
          .sorted()
          .toList();
    }
    // the per-document path is a plain library, so the probes run side by side
    List<MutationRun.Result> results = new ForkJoinPool(Runtime.getRuntime().availableProcessors()).submit(() -> files.parallelStream()
        .map(ProbeMutationTest::run)
        .toList()).get();
    MutationReport report = new MutationReport("Mutation run over the probes", results);
    Files.writeString(Path.of("target/probe-mutation-report.md"), report.markdown());
    List<String> silent = report.silentMissKeys(FOUND_IN_TEXT.negate());
    List<String> unchecked = report.silentFigures(FOUND_IN_TEXT);
    if (!only.equals("all")) {
      // some probes only: their lists go beside the table, to be compared with the committed lines of those probes
      Files.write(Path.of("target/probe-silent-misses.partial.txt"), silent, StandardCharsets.UTF_8);
      Files.write(Path.of("target/probe-unchecked-arithmetic.partial.txt"), unchecked, StandardCharsets.UTF_8);
      return;
    }
    if (Boolean.getBoolean("jixiao.mutation.write")) {
      write(KNOWN, silent);
      write(UNCHECKED, unchecked);
      return;
    }
    assertThat(silent)
        .as("breaking mutations of the probes that no finding names (known: resources%s; when a reading or rule changes which, "
            + "rerun with -Djixiao.mutation.write=true and say why in the commit)", KNOWN)
        .containsExactlyInAnyOrderElementsOf(known(KNOWN));
    assertThat(unchecked)
        .as("figures of arithmetic found in the probes' text whose change no finding names (known: resources%s; rerun with "
            + "-Djixiao.mutation.write=true when a reading or rule changes which)", UNCHECKED)
        .containsExactlyInAnyOrderElementsOf(known(UNCHECKED));
  }

  private static void write(String resource, List<String> lines) throws IOException {
    Path list = Path.of("src/test/resources" + resource);
    Files.createDirectories(list.getParent());
    Files.write(list, lines, StandardCharsets.UTF_8);
  }

  /** The relations the rules read, and the arithmetic in the text besides them. */
  private static List<Relation> relations(Report r) {
    List<Relation> read = Relations.of(r);
    List<Relation> all = new ArrayList<>(read);
    all.addAll(ArithmeticInText.of(r, read));
    return all;
  }

  /** A text probe is mutated in its text; a web page in its source, where the figure can be found there. */
  private static MutationRun.Result run(Path file) {
    String name = file.getFileName().toString();
    if (name.endsWith(".txt")) {
      byte[] text = PIPELINE.process(file).text().getBytes(StandardCharsets.UTF_8);
      return MutationRun.run(PIPELINE, name.replace(".txt", ""), name, text, (m, read) -> m.apply(read).getBytes(StandardCharsets.UTF_8),
          ProbeMutationTest::relations);
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      return MutationRun.run(PIPELINE, name, name, bytes, new MarkupPlacement(bytes), ProbeMutationTest::relations);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> known(String resource) {
    try (var in = ProbeMutationTest.class.getResourceAsStream(resource)) {
      return in == null ? List.of() : new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
