package dev.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jixiao.gold.Samples;
import dev.jixiao.record.RecordJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs the real command line and reads what it prints. */
class ExtractCommandTest {
  @TempDir Path tmp;

  @Test
  void badFilesGetFailedRecordsAndNeverHideTheOthers() throws IOException {
    Path notReport = Files.writeString(tmp.resolve("note.txt"), "今天天气很好，大家一起去公园散步。", StandardCharsets.UTF_8);
    Path blank = Files.writeString(tmp.resolve("blank.txt"), "  \n\n ", StandardCharsets.UTF_8);
    CliRun r = CliRun.of("extract", "--jsonl",
        Samples.file("bad/binary.txt").toString(),
        Samples.file("bad/empty.pdf").toString(),
        Samples.text("guraozhen-2024").toString(),
        tmp.resolve("missing.txt").toString(),
        blank.toString(),
        notReport.toString());
    List<JsonNode> records = r.lines();
    assertThat(records).hasSize(6);
    assertThat(records).extracting(n -> n.get("status").asText()).containsExactly("failed", "failed", "ok", "failed", "failed", "partial");
    assertThat(records).extracting(n -> n.get("errors").size() == 0 ? "" : n.get("errors").get(0).get("code").asText())
        .containsExactly("unsupported-format", "empty", "", "unreadable", "empty", "not-a-report");
    assertThat(records.get(2).get("projects").size()).isEqualTo(37);
    assertThat(records).allSatisfy(n -> assertThat(n.get("schema").asText()).isEqualTo("perf-report/1"));
    assertThat(r.exit()).as("some inputs failed").isEqualTo(1);
  }

  @Test
  void limitsAreConfigurable() throws IOException {
    JsonNode rec = CliRun.of("extract", "--jsonl", "--max-size", "0", Samples.text("caohezhen-2023").toString()).lines().get(0);
    assertThat(rec.get("status").asText()).isEqualTo("failed");
    assertThat(rec.get("errors").get(0).get("code").asText()).isEqualTo("too-large");
  }

  @Test
  void allGoodInputsExitZero() {
    assertThat(CliRun.of("extract", "--jsonl", Samples.text("nantunzhen-2023").toString()).exit()).isZero();
  }

  @Test
  void usageErrorExitsTwo() {
    CliRun r = CliRun.of("extract", "--jsonl");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required parameter", "Usage: jixiao extract");
    assertThat(CliRun.of("nonsense").exit()).isEqualTo(2);
  }

  @Test
  void moneyIsWrittenAsExactDecimalStrings() throws IOException {
    JsonNode rec = CliRun.of("extract", "--jsonl", Samples.text("xinzaozhen-2024-ocr").toString()).lines().get(0);
    JsonNode budget = rec.get("totals").get("budget");
    assertThat(budget.get("value").isTextual()).isTrue();
    assertThat(budget.get("value").asText()).isEqualTo("37497.28");
    assertThat(budget.get("yuan").asText()).isEqualTo("374972800");
    assertThat(rec.get("totals").get("expenditure").get("value").asText()).isEqualTo("35616.40");
  }

  @Test
  void summaryPrintsATablePerReport() {
    CliRun r = CliRun.of("extract", "--summary", Samples.root().resolve("text").toString());
    assertThat(r.out()).contains("guraozhen-2024", "projects  37 entries", "budget    3232.37万元", "score     96.37 (优)");
  }

  @Test
  void theTextIsIncludedOnlyWhenAskedFor() throws IOException {
    String file = Samples.text("caohezhen-2023").toString();
    assertThat(CliRun.of("extract", "--jsonl", file).lines().get(0).has("text")).isFalse();
    JsonNode withText = CliRun.of("extract", "--jsonl", "--with-text", file).lines().get(0);
    int start = withText.get("totals").get("budget").get("evidence").get("start").asInt();
    assertThat(withText.get("text").asText().substring(start)).startsWith("1672.92万元");
  }

  /**
   * On several threads the records come out exactly as on one, in the inputs' order: a slow
   * PDF first and quick texts after it, so that later files finish first.
   */
  @Test
  void threadsChangeNothingButTheSpeed() throws IOException {
    List<String> files = List.of(Samples.file("pdf/guraozhen-2024.pdf").toString(), Samples.root().resolve("text").toString(),
        Samples.file("bad/binary.txt").toString(), Samples.root().resolve("docx").toString());

    String oneThread = extract(List.of("--jsonl", "--threads", "1"), files);
    assertThat(extract(List.of("--jsonl", "--threads", "4"), files)).isEqualTo(oneThread);
    assertThat(oneThread.lines().count()).isGreaterThan(10);

    JsonNode array = RecordJson.mapper().readTree(extract(List.of("--threads", "4"), files));
    assertThat(array.isArray()).isTrue();
    assertThat(array.size()).isEqualTo((int) oneThread.lines().count());
  }

  @Test
  void threadsBelowOneAreAUsageError() {
    CliRun r = CliRun.of("extract", "--threads", "0", Samples.text("caohezhen-2023").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--threads must be at least 1");
  }

  private static String extract(List<String> options, List<String> files) {
    List<String> args = new ArrayList<>(List.of("extract"));
    args.addAll(options);
    args.addAll(files);
    return CliRun.of(args.toArray(String[]::new)).out();
  }
}
