package dev.jixiao.pipeline.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jixiao.pipeline.Pipeline;
import dev.jixiao.pipeline.Pipelines;
import dev.jixiao.read.ReadLimits;
import dev.jixiao.record.RecordJson;
import dev.jixiao.record.Report;
import dev.jixiao.record.Sha256;
import dev.jixiao.record.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Good files, the corpus's bad files and files that hang, exhaust memory or kill their worker, in
 * one batch over two worker processes, or two threads of one: every good file gets its record,
 * every bad one its code, and the batch ends in bounded time.
 */
class WorkerPoolTest {
  @TempDir Path tmp;

  @ParameterizedTest(name = "{0} process(es) of {1} thread(s)")
  @CsvSource({"2, 1", "1, 2"})
  void aHangAnOomAndACrashCostOneFileEach(int processes, int threads) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("batch"));
    List<Path> good = new ArrayList<>();
    for (String sub : List.of("text", "docx")) {
      try (Stream<Path> s = Files.list(Samples.root().resolve(sub))) {
        for (Path f : s.sorted().toList()) {
          Path copy = dir.resolve(sub + "-" + f.getFileName());
          Files.copy(f, copy);
          good.add(copy);
        }
      }
    }
    try (Stream<Path> s = Files.list(Samples.root().resolve("bad"))) {
      for (Path f : s.toList()) {
        Files.copy(f, dir.resolve("bad-" + f.getFileName()));
      }
    }
    Files.writeString(dir.resolve("hang.txt"), "#HANG 这份报告的解析器永远不会结束", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("oom.txt"), "#OOM 这份报告耗尽内存", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("exit.txt"), "#EXIT 这份报告让进程退出", StandardCharsets.UTF_8);

    ReadLimits limits = ReadLimits.DEFAULTS.withTimeout(Duration.ofSeconds(5));
    WorkerPool.Options options = WorkerPool.Options.defaults(processes, limits).withThreads(threads).withHeap("384m")
        .withGrace(Duration.ofSeconds(2)).withWorkClass(MisbehavingWork.class.getName());
    Map<String, Report> records = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    RecordPool.Stats stats;
    int readAlone;
    try (WorkerPool pool = new WorkerPool(options)) {
      new BatchRunner(limits).run(BatchInputs.expand(List.of(dir)), pool, new BatchRunner.Listener() {
        @Override
        public boolean wanted(InputRef input, String sha256) {
          return true;
        }

        @Override
        public void done(Done done) {
          assertThat(records.put(Path.of(done.job().input().key()).getFileName().toString(), done.record())).isNull();
        }
      });
      stats = pool.stats();
      readAlone = pool.readAlone();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;

    assertThat(records).hasSize(good.size() + 7 + 3);
    for (Path g : good) {
      Report r = records.get(g.getFileName().toString());
      assertThat(r.status()).as(g + " " + r.errors()).isNotEqualTo(Status.FAILED);
      assertThat(r.text()).isNotEmpty();
    }
    assertThat(code(records.get("hang.txt"))).isEqualTo("timeout");
    assertThat(code(records.get("oom.txt"))).isEqualTo("crash");
    assertThat(records.get("oom.txt").errors().get(0).message()).contains("out of memory");
    assertThat(code(records.get("exit.txt"))).isEqualTo("crash");
    assertThat(code(records.get("bad-empty.pdf"))).isEqualTo("empty");
    assertThat(code(records.get("bad-encrypted.pdf"))).isEqualTo("encrypted");
    assertThat(code(records.get("bad-zipbomb.docx"))).isEqualTo("too-large");
    assertThat(code(records.get("bad-binary.txt"))).isEqualTo("unsupported-format");
    assertThat(records.get("hang.txt").source().sha256()).hasSize(64);
    assertThat(stats.timeouts()).isEqualTo(1);
    assertThat(stats.crashes()).isEqualTo(2);
    assertThat(stats.restarts()).isGreaterThanOrEqualTo(3);
    assertThat(stats.workerCpuNanos()).isPositive();
    if (threads > 1) {
      // the out-of-memory file fills the heap for a second while the other thread reads: the
      // process dies with both, which are read again alone, and only the guilty one is charged
      assertThat(readAlone).isPositive();
    } else {
      assertThat(readAlone).isZero();
    }
    // the hang costs its deadline (5 s) on one worker while the other goes on
    assertThat(seconds).isLessThan(90);
  }

  @Test
  void theWorkersRunWithTheirJvmOptions() throws Exception {
    assertThat(WorkerPool.Options.defaults(1, ReadLimits.DEFAULTS).jvmOptions())
        .containsExactly("-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=0.1");
    Path file = Files.writeString(tmp.resolve("one.txt"), "某镇2024年度项目支出绩效自评报告", StandardCharsets.UTF_8);
    WorkerPool.Options options = WorkerPool.Options.defaults(1, ReadLimits.DEFAULTS)
        .withJvmOptions(List.of("-XX:+NoSuchJixiaoOption"));
    try (WorkerPool pool = new WorkerPool(options)) {
      assertThatThrownBy(() -> new BatchRunner(ReadLimits.DEFAULTS).run(BatchInputs.expand(List.of(file)), pool,
          new BatchRunner.Listener() {
            @Override
            public boolean wanted(InputRef input, String sha256) {
              return true;
            }

            @Override
            public void done(Done done) {}
          }))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("exit before they start")
          .hasMessageContaining("NoSuchJixiaoOption");
    }
  }

  /**
   * The parent hashes every file before it hands it over; a worker takes that sha256 rather than
   * hashing the bytes again, and hashes them itself when the job has none.
   */
  @Test
  void aWorkerTakesTheParentsSha256() throws Exception {
    Path file = Files.writeString(tmp.resolve("one.txt"), "某镇2024年度项目支出绩效自评报告", StandardCharsets.UTF_8);
    String given = "ab".repeat(32); // not the file's: shows whose sha256 the record carries
    try (WorkerPool pool = new WorkerPool(WorkerPool.Options.defaults(1, ReadLimits.DEFAULTS))) {
      pool.submit(new Job(1, InputRef.file(file), given, Files.size(file)));
      pool.submit(new Job(2, InputRef.file(file), null, Files.size(file)));
      Map<Long, Report> bySeq = new LinkedHashMap<>();
      for (int i = 0; i < 2; i++) {
        Done d = pool.poll(60, java.util.concurrent.TimeUnit.SECONDS);
        bySeq.put(d.job().seq(), d.record());
      }
      assertThat(bySeq.get(1L).source().sha256()).isEqualTo(given);
      assertThat(bySeq.get(2L).source().sha256()).isEqualTo(Sha256.of(file));
      assertThat(bySeq.get(2L).status()).isNotEqualTo(Status.FAILED);
    }
  }

  /**
   * A record comes back from a worker process equal to the one this process makes of the same
   * file, text included, with its stored form: the bytes {@link RecordJson} writes for it without
   * the text, which the index keeps as they are.
   */
  @Test
  void aRecordComesBackWholeWithTheBytesTheIndexStores() throws Exception {
    List<Path> files = List.of(Samples.root().resolve("pdf/guraozhen-2024.pdf"), Samples.root().resolve("docx/caohezhen-2023.docx"),
        Samples.root().resolve("text/nantunzhen-2023.md"));
    Pipeline here = Pipelines.standard();
    try (WorkerPool pool = new WorkerPool(WorkerPool.Options.defaults(1, ReadLimits.DEFAULTS))) {
      for (int i = 0; i < files.size(); i++) {
        Path f = files.get(i);
        pool.submit(new Job(i, InputRef.file(f), Sha256.of(f), Files.size(f)));
      }
      for (int i = 0; i < files.size(); i++) {
        Done d = pool.poll(120, java.util.concurrent.TimeUnit.SECONDS);
        Path f = files.get((int) d.job().seq());
        Report expected = here.process(d.job().input().key(), Files.readAllBytes(f));
        assertThat(d.record().text()).isNotBlank();
        assertThat(d.record()).isEqualTo(expected);
        assertThat(new String(d.recordJson(), StandardCharsets.UTF_8)).isEqualTo(RecordJson.toJson(expected.withoutText(), false));
      }
    }
  }

  /**
   * A worker holds the next job while it works on one. When it dies, is killed, or gives up on a
   * file itself (and is replaced), only the job it was on fails; the one it held is read again by
   * its replacement.
   */
  @Test
  void theJobAWorkerHeldBehindACrashOrAHangIsReadAgain() throws Exception {
    Path good = Files.writeString(tmp.resolve("good.txt"), "某镇2024年度项目支出绩效自评报告", StandardCharsets.UTF_8);
    Path exit = Files.writeString(tmp.resolve("exit.txt"), "#EXIT", StandardCharsets.UTF_8);
    Path hang = Files.writeString(tmp.resolve("hang.txt"), "#HANG", StandardCharsets.UTF_8);
    Path giveUp = Files.writeString(tmp.resolve("giveup.txt"), "#GIVEUP", StandardCharsets.UTF_8);
    ReadLimits limits = ReadLimits.DEFAULTS.withTimeout(Duration.ofSeconds(2));
    WorkerPool.Options options = WorkerPool.Options.defaults(1, limits).withHeap("256m").withGrace(Duration.ofSeconds(1))
        .withWorkClass(MisbehavingWork.class.getName());
    Map<Long, Report> bySeq = new LinkedHashMap<>();
    RecordPool.Stats stats;
    try (WorkerPool pool = new WorkerPool(options)) {
      List<Path> files = List.of(exit, good, hang, good, giveUp, good);
      for (int i = 0; i < files.size(); i++) {
        pool.submit(new Job(i, InputRef.file(files.get(i)), null, Files.size(files.get(i))));
      }
      while (bySeq.size() < files.size()) {
        Done d = pool.poll(60, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(d).as("an answer within a minute").isNotNull();
        assertThat(bySeq.put(d.job().seq(), d.record())).isNull();
      }
      stats = pool.stats();
    }
    assertThat(code(bySeq.get(0L))).isEqualTo("crash");
    assertThat(bySeq.get(1L).status()).isNotEqualTo(Status.FAILED);
    assertThat(code(bySeq.get(2L))).isEqualTo("timeout");
    assertThat(bySeq.get(3L).status()).isNotEqualTo(Status.FAILED);
    assertThat(code(bySeq.get(4L))).isEqualTo("timeout");
    assertThat(bySeq.get(5L).status()).isNotEqualTo(Status.FAILED);
    assertThat(stats.crashes()).isEqualTo(1);
    assertThat(stats.timeouts()).isEqualTo(1); // the pool's own kills; the worker gave up on giveup.txt itself
    assertThat(stats.restarts()).isEqualTo(3);
  }

  private static String code(Report r) {
    assertThat(r.status()).isEqualTo(Status.FAILED);
    return r.errors().get(0).code();
  }
}
