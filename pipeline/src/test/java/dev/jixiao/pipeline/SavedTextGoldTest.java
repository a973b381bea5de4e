package dev.jixiao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.gold.GoldComparator;
import dev.jixiao.gold.Samples;
import dev.jixiao.read.SavedText;
import dev.jixiao.record.Report;
import dev.jixiao.record.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text as other programs write it gives the record of the text as written. A PDF viewer, an OCR
 * engine or a wrapping tool breaks every paragraph at one width, and pasting such text into Word
 * or a web page's editor makes each line a paragraph or ends it with {@code <br>}; pdftotext also
 * puts a running head, a page number and a form feed at every page; an OCR engine's
 * plain text puts a space on each side of every Chinese character; a full-width input method
 * types ２０２３年. For each text sample so written, the unit, year, kind, totals, score, grade
 * distribution and projects match the gold record, and the cross-checks give the same findings as
 * on the text. (Before the readers joined wrapped lines, a wrapped sample kept as little as a
 * quarter of its gold fields, caohezhen and xinzaozhen lost every finding at 76 columns, in text,
 * Word and HTML alike, and the markdown sample failed with an internal error at every width but
 * 120 columns; letter-spaced, not one label matched and every sample was not-a-report; with
 * full-width digits, project names and grade bands kept them, and 31 of 500 gold fields were
 * missed; as pdftotext pages, the page numbers cut paragraphs and lists, and guraozhen lost 25 of
 * 204 fields.)
 */
class SavedTextGoldTest {
  private static final Pipeline PIPELINE = Pipelines.standard();
  private static final StringBuilder SUMMARY = new StringBuilder();
  @TempDir static Path tmp;

  /** How a program wrote the text: {@code how} for the summary, the file's bytes, and its extension (null: the sample's own). */
  record Saving(String how, Function<String, byte[]> bytes, String extension) {
    static Saving text(String how, UnaryOperator<String> transform) {
      return new Saving(how, t -> transform.apply(t).getBytes(StandardCharsets.UTF_8), null);
    }

    @Override
    public String toString() {
      return how;
    }
  }

  static Stream<Arguments> savings() {
    List<Saving> savings = List.of(
        Saving.text("44 columns", t -> SavedText.wrappedInColumns(t, 44)),
        Saving.text("76 columns", t -> SavedText.wrappedInColumns(t, 76)),
        Saving.text("120 columns", t -> SavedText.wrappedInColumns(t, 120)),
        Saving.text("35 characters", t -> SavedText.wrappedInCharacters(t, 35)),
        Saving.text("letter-spaced", SavedText::letterSpaced),
        Saving.text("full-width digits", SavedText::fullWidthDigits),
        new Saving("76 columns, a Word paragraph a line", t -> wordParagraphs(SavedText.wrappedInColumns(t, 76)), ".docx"),
        new Saving("76 columns, a web page <br> a line", t -> webPage(SavedText.wrappedInColumns(t, 76)), ".html"),
        new Saving("pdftotext pages", t -> SavedText.pdftotextPages(t, 25).getBytes(StandardCharsets.UTF_8), ".txt"));
    return Samples.seeds().stream().flatMap(seed -> savings.stream().map(saving -> Arguments.of(seed, saving)));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("savings")
  void savedTextGivesTheGoldRecordAndTheTextsFindings(String seed, Saving saving) throws IOException {
    Path sample = Samples.text(seed);
    String text = Files.readString(sample, StandardCharsets.UTF_8);
    byte[] saved = saving.bytes().apply(text);
    assertThat(saved).isNotEqualTo(text.getBytes(StandardCharsets.UTF_8));
    String name = sample.getFileName() + (saving.extension() == null ? "" : saving.extension());
    Path file = Files.createDirectories(tmp.resolve(saving.how().replaceAll("[^0-9a-z-]+", "-"))).resolve(name);
    Files.write(file, saved);

    Report r = PIPELINE.process(file);
    assertThat(r.status()).as(file + " " + r.errors()).isEqualTo(Status.OK);
    if (saving.how().startsWith("pdftotext")) {
      assertThat(r.source().pages()).isGreaterThan(1);
      assertThat(r.projects()).allSatisfy(p -> assertThat(p.evidence().page()).isNotNull());
    }
    GoldComparator.Tally t = GoldComparator.compare(Samples.gold(seed), r, GoldComparator.CORE);
    SUMMARY.append(String.format("  %-30s %-35s %3d/%3d fields, %d findings%n", sample.getFileName(), saving.how(), t.matched(), t.total(),
        r.findings().size()));
    assertThat(t.misses()).as(file + " fields").isEmpty();
    assertThat(FormatVariantsGoldTest.signature(r.findings())).as(file + " findings")
        .isEqualTo(FormatVariantsGoldTest.signature(PIPELINE.process(sample).findings()));
  }

  /** A Word document with a paragraph for each line, as pasting a PDF's text into Word makes. */
  private static byte[] wordParagraphs(String lines) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : lines.split("\n", -1)) {
        doc.createParagraph().createRun().setText(line);
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A web page with a {@code <br>} after each line, as pasting an OCR text into a site's editor makes. */
  private static byte[] webPage(String lines) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>绩效自评</title></head><body><div>");
    for (String line : lines.split("\n", -1)) {
      html.append(line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")).append("<br>\n");
    }
    return html.append("</div></body></html>").toString().getBytes(StandardCharsets.UTF_8);
  }

  @AfterAll
  static void print() {
    System.out.print("Text as programs write it, against the gold records:\n" + SUMMARY);
  }
}
