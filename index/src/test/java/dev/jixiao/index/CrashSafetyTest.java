package dev.jixiao.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.index.search.ReportSearcher;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed mid-way (a child JVM, {@code destroyForcibly}) leaves an index that opens and
 * passes CheckIndex; ingesting the same files again completes it without duplicates.
 */
class CrashSafetyTest {
  static final int FILES = 60;

  @TempDir Path tmp;

  @Test
  void killedIngestLeavesACleanIndexThatTheNextRunCompletes() throws Exception {
    Path files = tmp.resolve("files");
    Files.createDirectories(files);
    String base = GoldRecords.record("caohezhen-2023").text();
    for (int i = 0; i < FILES; i++) {
      Files.writeString(files.resolve(String.format("r%03d.txt", i)), "第" + i + "号报告\n" + base, StandardCharsets.UTF_8);
    }
    Path index = tmp.resolve("index");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), KillableIngest.class.getName(), index.toString(), files.toString())
        .redirectErrorStream(true).start();
    int seen = 0;
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        lines.add(line);
        if (line.startsWith("ADDED") && ++seen == 23) {
          child.destroyForcibly(); // mid-batch: 4 batches of 5 committed, the 5th under way
          break;
        }
      }
    }
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(seen).as(String.join("\n", lines)).isEqualTo(23);
    assertThat(lines).doesNotContain("DONE");

    try (Directory dir = FSDirectory.open(index); CheckIndex check = new CheckIndex(dir)) {
      CheckIndex.Status status = check.checkIndex();
      assertThat(status.clean).isTrue();
    }
    long committed;
    try (ReportSearcher s = ReportSearcher.open(index)) {
      long[] counts = s.counts();
      committed = counts[0];
      assertThat(counts[0]).isEqualTo(counts[2]); // every report with its file document
      assertThat(committed).isBetween(20L, 23L);
    }

    List<Path> all;
    try (var st = Files.list(files)) {
      all = st.sorted().toList();
    }
    Ingester.Summary summary;
    try (IndexUpdater u = IndexUpdater.open(index)) {
      summary = new Ingester(u, TextRecords::of, 7).ingest(all, e -> {});
    }
    assertThat(summary.unchanged()).isEqualTo((int) committed);
    assertThat(summary.added()).isEqualTo(FILES - (int) committed);
    try (Directory dir = FSDirectory.open(index); CheckIndex check = new CheckIndex(dir)) {
      assertThat(check.checkIndex().clean).isTrue();
    }
    try (ReportSearcher s = ReportSearcher.open(index)) {
      assertThat(s.counts()).containsExactly(FILES, 0, FILES);
    }
  }
}
