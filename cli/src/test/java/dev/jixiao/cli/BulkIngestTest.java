package dev.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jixiao.index.search.ReportSearcher;
import dev.jixiao.pipeline.batch.MisbehavingWork;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One batch through the real command line: good reports (files and entries of a zip), the
 * corpus's bad files, an unsafe zip entry, and files that hang, exhaust memory or kill their
 * worker. Every good file is indexed, every bad one listed with its code, in bounded time; a
 * second run skips everything and still lists every input.
 */
class BulkIngestTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path tmp;

  @Test
  void goodBadHangingAndCrashingFilesInOneBatch() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("batch"));
    Path samples = IndexCommandsTest.samples();
    List<String> good = List.of("guraozhen-2024.txt", "caohezhen-2023.txt", "zhengjiayizhen-2024.txt");
    for (String f : good) {
      Files.copy(samples.resolve("text").resolve(f), dir.resolve(f));
    }
    try (Stream<Path> s = Files.list(samples.resolve("bad"))) {
      for (Path f : s.toList()) {
        Files.copy(f, dir.resolve("bad-" + f.getFileName()));
      }
    }
    Files.writeString(dir.resolve("hang.txt"), "#HANG 解析器在这份文件上永不结束", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("oom.txt"), "#OOM 解析这份文件耗尽内存", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("exit.txt"), "#EXIT 解析这份文件时进程退出", StandardCharsets.UTF_8);
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(dir.resolve("county.zip")))) {
      put(z, "漕河镇/caohezhen-2023.txt", Files.readAllBytes(samples.resolve("text/caohezhen-2023.txt")));
      put(z, "郑家驿镇/report.docx", Files.readAllBytes(samples.resolve("docx/zhengjiayizhen-2024.docx")));
      put(z, "../../escape.txt", "出逃".getBytes(StandardCharsets.UTF_8));
    }
    Path index = tmp.resolve("idx");
    Path report = tmp.resolve("out.jsonl");
    long t0 = System.nanoTime();
    CliRun run = CliRun.of("ingest", "--index", index.toString(), "--workers", "2",
        "--worker-heap", "384m", "--timeout", "4", "--worker-work", MisbehavingWork.class.getName(), "--report",
        report.toString(), "--progress", "plain", "--progress-every", "1", dir.toString());
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(seconds).isLessThan(120);

    Map<String, JsonNode> lines = lines(report);
    assertThat(lines).hasSize(3 + 7 + 3 + 3);
    for (String f : good) {
      JsonNode l = lines.get(dir.resolve(f).toString());
      assertThat(l.get("status").asText()).isIn("ok", "partial");
      assertThat(l.get("outcome").asText()).isIn("added", "alias");
      assertThat(l.get("recordId").asText()).hasSize(16);
    }
    String zip = dir.resolve("county.zip").toString();
    assertThat(lines.get(zip + "!/郑家驿镇/report.docx").get("format").asText()).isEqualTo("docx");
    assertThat(lines.get(zip + "!/漕河镇/caohezhen-2023.txt").get("outcome").asText()).isIn("alias", "added");
    assertThat(code(lines, zip + "!/../../escape.txt")).isEqualTo("unsafe-path");
    assertThat(lines.get(zip + "!/../../escape.txt").get("outcome").asText()).isEqualTo("not-indexed");
    assertThat(code(lines, dir.resolve("hang.txt").toString())).isEqualTo("timeout");
    assertThat(code(lines, dir.resolve("oom.txt").toString())).isEqualTo("crash");
    assertThat(code(lines, dir.resolve("exit.txt").toString())).isEqualTo("crash");
    assertThat(code(lines, dir.resolve("bad-empty.pdf").toString())).isEqualTo("empty");
    assertThat(code(lines, dir.resolve("bad-encrypted.pdf").toString())).isEqualTo("encrypted");
    assertThat(code(lines, dir.resolve("bad-zipbomb.docx").toString())).isEqualTo("too-large");
    assertThat(code(lines, dir.resolve("bad-binary.txt").toString())).isEqualTo("unsupported-format");
    assertThat(run.err()).contains("2 workers in 1 process");
    assertThat(run.err()).contains("Summary: 16 inputs").contains("timeout 1").contains("crash 2").contains("slowest:")
        .contains("outcome list: " + report);

    try (Directory d = FSDirectory.open(index); CheckIndex check = new CheckIndex(d)) {
      assertThat(check.checkIndex().clean).isTrue();
    }
    try (ReportSearcher s = ReportSearcher.open(index)) {
      long[] counts = s.counts(); // reports, projects, files
      assertThat(counts[2]).isEqualTo(15); // all but the entry named outside its archive
      assertThat(counts[0]).isEqualTo(14); // the zipped caohezhen has the same bytes as the file: one report
    }

    // again: nothing to do, no worker started, and still one line per input with its status
    CliRun again = CliRun.of("ingest", "--index", index.toString(), "--report", report.toString(),
        "--progress", "none", dir.toString());
    assertThat(again.out()).contains("0 added, 0 replaced, 15 unchanged");
    Map<String, JsonNode> second = lines(report);
    assertThat(second).hasSize(16);
    assertThat(code(second, dir.resolve("hang.txt").toString())).isEqualTo("timeout");
    assertThat(second.get(dir.resolve("guraozhen-2024.txt").toString()).get("status").asText()).isEqualTo("ok");

    // --retry-failed, now with the real pipeline: the three that timed out or crashed are read
    // again and replace their failed records; everything else, the bad files too, is unchanged
    CliRun retry = CliRun.of("ingest", "--index", index.toString(), "--report", report.toString(), "--retry-failed",
        "--progress", "none", dir.toString());
    assertThat(retry.out()).as(retry.err()).contains("0 added, 0 replaced, 12 unchanged").contains("3 retried");
    Map<String, JsonNode> third = lines(report);
    assertThat(third).hasSize(16);
    for (String f : List.of("hang.txt", "oom.txt", "exit.txt")) {
      JsonNode l = third.get(dir.resolve(f).toString());
      assertThat(l.get("outcome").asText()).isEqualTo("retried");
      assertThat(l.get("status").asText()).as(f).isEqualTo("partial"); // one line of prose: not a report
      assertThat(l.get("error").get("code").asText()).isEqualTo("not-a-report");
    }
    assertThat(code(third, dir.resolve("bad-encrypted.pdf").toString())).isEqualTo("encrypted");
    assertThat(third.get(dir.resolve("bad-encrypted.pdf").toString()).get("outcome").asText()).isEqualTo("unchanged");
    try (Directory d = FSDirectory.open(index); CheckIndex check = new CheckIndex(d)) {
      assertThat(check.checkIndex().clean).isTrue();
    }
    try (ReportSearcher s = ReportSearcher.open(index)) {
      assertThat(s.counts()[2]).isEqualTo(15);
      assertThat(s.counts()[0]).isEqualTo(14);
      JsonNode hang = JSON.readTree(s.report(third.get(dir.resolve("hang.txt").toString()).get("recordId").asText(), false).orElseThrow());
      assertThat(hang.get("record").get("status").asText()).isEqualTo("partial");
    }
  }

  static Map<String, JsonNode> lines(Path report) throws IOException {
    Map<String, JsonNode> lines = new HashMap<>();
    for (String line : Files.readAllLines(report)) {
      JsonNode n = JSON.readTree(line);
      assertThat(lines.put(n.get("path").asText(), n)).as("one line per input").isNull();
    }
    return lines;
  }

  private static String code(Map<String, JsonNode> lines, String path) {
    JsonNode l = lines.get(path);
    assertThat(l).as(path + " in " + lines.keySet()).isNotNull();
    assertThat(l.get("status").asText()).isEqualTo("failed");
    return l.get("error").get("code").asText();
  }

  private static void put(ZipOutputStream z, String name, byte[] bytes) throws IOException {
    z.putNextEntry(new ZipEntry(name));
    OutputStream o = z;
    o.write(bytes);
    z.closeEntry();
  }

  @Test
  void workerProcessesBelowOneAreAUsageError() {
    CliRun r = CliRun.of("ingest", "--index", tmp.resolve("idx").toString(), "--worker-processes", "0",
        tmp.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--worker-processes must be at least 1");
  }
}
