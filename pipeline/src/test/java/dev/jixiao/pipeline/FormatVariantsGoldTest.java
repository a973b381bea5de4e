package dev.jixiao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.gold.GoldComparator;
import dev.jixiao.gold.Samples;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Report;
import dev.jixiao.record.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every format a report is published in gives the record of its text: for each seed and each
 * variant (docx, doc, pdf, html, gbk, the odd PDF named .docx, and the Word files saved as .odt and
 * .rtf), the unit, year, kind,
 * totals, score, grade distribution and projects match the gold record, and the cross-checks
 * give the same findings as on the text.
 */
class FormatVariantsGoldTest {
  private static final Pipeline PIPELINE = Pipelines.standard();
  private static final StringBuilder SUMMARY = new StringBuilder();

  static Stream<Arguments> variants() {
    List<Arguments> out = new ArrayList<>();
    for (String seed : Samples.seeds()) {
      for (String v : List.of("docx/%s.docx", "doc/%s.doc", "pdf/%s.pdf", "html/%s.html", "gbk/%s.gbk.txt")) {
        Path p = Samples.file(v.formatted(seed));
        if (Files.exists(p)) {
          out.add(Arguments.of(seed, p));
        }
      }
    }
    out.add(Arguments.of("caohezhen-2023", Samples.file("odd/pdf-named.docx")));
    for (String seed : Samples.seeds()) {
      for (String name : List.of(seed + ".odt", seed + ".rtf.gz")) {
        if (FormatVariantsGoldTest.class.getResource("converted/" + name) != null) {
          out.add(Arguments.of(seed, converted(name)));
        }
      }
    }
    return out.stream();
  }

  /** A sample saved by LibreOffice as .odt or .rtf (see converted/README.md), written out to a file of its own. */
  private static Path converted(String name) {
    try (InputStream in = FormatVariantsGoldTest.class.getResourceAsStream("converted/" + name)) {
      boolean gzipped = name.endsWith(".gz");
      byte[] bytes = gzipped ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
      Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "jixiao-converted-samples"));
      Path file = dir.resolve(gzipped ? name.substring(0, name.length() - 3) : name);
      Files.write(file, bytes);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("variants")
  void variantGivesTheGoldRecordAndTheTextsFindings(String seed, Path file) {
    Report r = PIPELINE.process(file);
    assertThat(r.status()).as(file + " " + r.errors()).isEqualTo(Status.OK);
    GoldComparator.Tally t = GoldComparator.compare(Samples.gold(seed), r, GoldComparator.CORE);
    Report text = PIPELINE.process(Samples.text(seed));
    String shown = file.startsWith(Samples.root()) ? Samples.root().relativize(file).toString() : "converted/" + file.getFileName();
    SUMMARY.append(String.format("  %-45s %3d/%3d fields, %d findings%n", shown, t.matched(), t.total(),
        r.findings().size()));
    assertThat(t.misses()).as(file + " fields").isEmpty();
    assertThat(signature(r.findings())).as(file + " findings").isEqualTo(signature(text.findings()));
  }

  /** Rule, severity and the numbers compared: what must agree across formats (wording and offsets may differ). */
  static TreeSet<String> signature(List<Finding> findings) {
    TreeSet<String> s = new TreeSet<>();
    for (Finding f : findings) {
      s.add(f.rule() + " " + f.severity().id() + " " + digits(f.stated()) + " → " + digits(f.expected()));
    }
    return s;
  }

  private static String digits(String s) {
    // as written, a figure may be in full width (２４ 万元)
    return s == null ? "" : java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).replaceAll("[^0-9.]+", " ").strip();
  }

  @AfterAll
  static void print() {
    System.out.print("Format variants against the gold records:\n" + SUMMARY);
  }
}
