package dev.jixiao.pipeline.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.read.ReadLimits;
import dev.jixiao.record.RecordError;
import dev.jixiao.record.Report;
import dev.jixiao.record.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {
  @TempDir Path dir;

  /**
   * A pool with room for one job whose jobs finish only when the runner waits for them: what the
   * runner does while a worker is busy (or still starting) shows in what it asked before.
   */
  private static final class OneAtATime implements RecordPool {
    final Deque<Job> held = new ArrayDeque<>();

    @Override
    public int capacity() {
      return 1;
    }

    @Override
    public void submit(Job job) {
      held.add(job);
    }

    @Override
    public Done poll(long timeout, TimeUnit unit) {
      if (timeout == 0 || held.isEmpty()) {
        return null;
      }
      Job job = held.poll();
      Source s = new Source(job.input().key(), job.sha256(), job.bytes(), null, false, null, null, null, null);
      return new Done(job, Report.failed(s, RecordError.of(dev.jixiao.record.ErrorCode.UNREADABLE, "test")), 0, 0, 0, 0);
    }

    @Override
    public int inHand() {
      return held.size();
    }

    @Override
    public Stats stats() {
      return new Stats(0, 0, 0, 0, 0, 0);
    }

    @Override
    public void close() {}
  }

  @Test
  void hashesAheadWhileThePoolIsBusyThenIdlesAndLosesNothing() throws Exception {
    List<InputRef> inputs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Path f = dir.resolve("r" + i + ".txt");
      Files.writeString(f, "报告" + i);
      inputs.add(InputRef.file(f));
    }
    inputs.add(InputRef.file(dir.resolve("missing.txt")));
    List<String> events = new ArrayList<>();
    List<Long> seqs = new ArrayList<>();
    new BatchRunner(ReadLimits.DEFAULTS, 2).run(inputs, new OneAtATime(), new BatchRunner.Listener() {
      @Override
      public boolean wanted(InputRef input, String sha256) {
        events.add("wanted " + input.key().substring(input.key().lastIndexOf('/') + 1));
        return true;
      }

      @Override
      public void idle() {
        events.add("idle");
      }

      @Override
      public void done(Done done) {
        events.add("done " + done.record().source().file().substring(done.record().source().file().lastIndexOf('/') + 1));
        seqs.add(done.job().seq());
      }
    });
    // one job in the pool and two hashed ahead before the first wait for a record, which is idle time
    assertThat(events.subList(0, 5)).containsExactly("wanted r0.txt", "wanted r1.txt", "wanted r2.txt", "idle", "done r0.txt");
    assertThat(events.stream().filter(e -> e.startsWith("done"))).containsExactlyInAnyOrder("done r0.txt", "done r1.txt",
        "done r2.txt", "done r3.txt", "done r4.txt", "done r5.txt", "done missing.txt");
    assertThat(events.stream().filter(e -> e.startsWith("wanted"))).hasSize(6);
    assertThat(seqs).doesNotHaveDuplicates().hasSize(7);
  }
}
