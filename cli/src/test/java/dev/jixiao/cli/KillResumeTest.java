package dev.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jixiao.index.search.ReportSearcher;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao ingest} in a real process, killed with SIGKILL mid-batch (its workers go with it),
 * then the same command again: every file indexed once, the index clean, the outcome list whole.
 */
class KillResumeTest {
  static final int FILES = 40;
  @TempDir Path tmp;

  @Test
  void killNineThenTheSameCommandFinishesTheBatch() throws Exception {
    Path files = Files.createDirectories(tmp.resolve("files"));
    String base = Files.readString(IndexCommandsTest.samples().resolve("text/caohezhen-2023.txt"));
    for (int i = 0; i < FILES; i++) {
      Files.writeString(files.resolve(String.format("r%03d.txt", i)), "第" + i + "号报告\n" + base, StandardCharsets.UTF_8);
    }
    Path index = tmp.resolve("idx");
    Path report = tmp.resolve("out.jsonl");
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), Jixiao.class.getName(), "ingest", "--index", index.toString(),
        "--workers", "2", "--batch", "5", "--report", report.toString(), "--progress", "none", files.toString());

    Process first = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    List<ProcessHandle> workers = new ArrayList<>();
    int added = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("added") && ++added == 13) {
          workers.addAll(first.descendants().toList());
          first.destroyForcibly(); // SIGKILL: no shutdown hook, no close, mid-batch
          break;
        }
      }
    }
    assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(added).isEqualTo(13);
    assertThat(workers).isNotEmpty();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (workers.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(workers).as("orphaned workers exit with their parent").noneMatch(ProcessHandle::isAlive);
    assertThat(Files.exists(report)).as("a killed run leaves no outcome list, only .partial").isFalse();
    check(index);
    long committed;
    try (ReportSearcher s = ReportSearcher.open(index)) {
      committed = s.counts()[2];
    }
    assertThat(committed).isBetween(10L, 13L);

    Process second = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(second.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(second.exitValue()).isZero();
    check(index);
    try (ReportSearcher s = ReportSearcher.open(index)) {
      assertThat(s.counts()[0]).isEqualTo(FILES); // reports
      assertThat(s.counts()[2]).isEqualTo(FILES); // files
    }
    Map<String, JsonNode> lines = BulkIngestTest.lines(report);
    assertThat(lines).hasSize(FILES);
    long unchanged = lines.values().stream().filter(l -> l.get("outcome").asText().equals("unchanged")).count();
    long addedNow = lines.values().stream().filter(l -> l.get("outcome").asText().equals("added")).count();
    assertThat(unchanged).isEqualTo(committed);
    assertThat(unchanged + addedNow).isEqualTo(FILES);
    assertThat(lines.values()).allMatch(l -> l.get("status").asText().equals("ok") || l.get("status").asText().equals("partial"));
  }

  private static void check(Path index) throws Exception {
    try (Directory d = FSDirectory.open(index); CheckIndex check = new CheckIndex(d)) {
      assertThat(check.checkIndex().clean).isTrue();
    }
  }
}
