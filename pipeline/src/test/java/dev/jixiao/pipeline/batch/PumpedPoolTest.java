package dev.jixiao.pipeline.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jixiao.record.RecordError;
import dev.jixiao.record.Report;
import dev.jixiao.record.Source;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The pump keeps the inner pool going while the caller does not poll, and from one thread only. */
class PumpedPoolTest {
  /** An inner pool whose work is instant, finished one job per poll; it notes who calls it. */
  static final class InstantPool implements RecordPool {
    final Deque<Job> running = new ArrayDeque<>();
    final Set<String> callers = ConcurrentHashMap.newKeySet();
    volatile int submitted;
    volatile boolean closed;
    volatile RuntimeException failOnPoll;
    volatile Error errorOnPoll;

    @Override
    public int capacity() {
      return 2;
    }

    @Override
    public void submit(Job job) {
      callers.add(Thread.currentThread().getName());
      running.add(job);
      submitted++;
    }

    @Override
    public Done poll(long timeout, TimeUnit unit) throws InterruptedException {
      callers.add(Thread.currentThread().getName());
      if (failOnPoll != null) {
        throw failOnPoll;
      }
      if (errorOnPoll != null) {
        throw errorOnPoll;
      }
      Job job = running.poll();
      if (job == null) {
        unit.sleep(timeout);
        return null;
      }
      Source s = new Source(job.input().key(), null, 0, null, false, null, null, null, null);
      return new Done(job, Report.failed(s, RecordError.of(dev.jixiao.record.ErrorCode.EMPTY, "test")), 0, 0, 0, 0);
    }

    @Override
    public int inHand() {
      return running.size();
    }

    @Override
    public Stats stats() {
      return new Stats(1, 2, 3, 0, 0, 0);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  /**
   * The pump holds the inner pool while it waits on it and takes it again at once: the caller's
   * stats at the end of a batch once waited seconds for a turn, with the cores idle.
   */
  @Test
  void theCallerGetsATurnWhileThePumpWaits() throws Exception {
    InstantPool inner = new InstantPool();
    PumpedPool pool = new PumpedPool(inner, 10);
    Thread.sleep(100); // the pump is in its loop, waiting on the empty inner pool
    long t0 = System.nanoTime();
    for (int i = 0; i < 100; i++) {
      assertThat(pool.stats().timeouts()).isEqualTo(2);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    pool.close();
    // each call waits at most one of the pump's 20 ms turns, 2 s for the 100 (measured: 1.3 s);
    // with the monitor the pump took again at once, 12 s
    assertThat(seconds).isLessThan(5);
  }

  @Test
  void workGoesOnWhileTheCallerIsBusyAndComesBackWhole() throws Exception {
    InstantPool inner = new InstantPool();
    PumpedPool pool = new PumpedPool(inner, 10);
    assertThat(pool.capacity()).isEqualTo(10);
    for (int i = 0; i < 10; i++) {
      pool.submit(new Job(i, InputRef.file(Path.of("r" + i + ".txt")), null, 1));
    }
    assertThat(pool.inHand()).isEqualTo(10);
    // the caller indexes and commits here, without polling: the inner pool still gets every job
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (inner.submitted < 10 || !inner.running.isEmpty()) {
      assertThat(System.nanoTime()).as("the pump handed the jobs over").isLessThan(deadline);
      Thread.sleep(5);
    }
    Set<Long> seqs = new java.util.HashSet<>();
    for (int i = 0; i < 10; i++) {
      Done d = pool.poll(1, TimeUnit.SECONDS);
      assertThat(d).isNotNull();
      seqs.add(d.job().seq());
    }
    assertThat(seqs).hasSize(10);
    assertThat(pool.inHand()).isZero();
    assertThat(pool.poll(0, TimeUnit.MILLISECONDS)).isNull();
    assertThat(pool.stats().timeouts()).isEqualTo(2);
    pool.close();
    assertThat(inner.closed).isTrue();
    assertThat(inner.callers).containsExactly("jixiao-pool-pump");
  }

  @Test
  void whatBreaksTheInnerPoolReachesTheCaller() {
    InstantPool inner = new InstantPool();
    inner.failOnPoll = new IllegalStateException("cannot start a worker process");
    PumpedPool pool = new PumpedPool(inner, 4);
    assertThatThrownBy(() -> pollFor5Seconds(pool)).isInstanceOf(IllegalStateException.class).hasMessageContaining("worker process");
    pool.close();

    InstantPool broken = new InstantPool();
    broken.errorOnPoll = new StackOverflowError("inside the pool");
    PumpedPool dead = new PumpedPool(broken, 4);
    assertThatThrownBy(() -> pollFor5Seconds(dead)).isInstanceOf(IllegalStateException.class).hasMessageContaining("inside the pool");
    dead.close();
  }

  /** Polls as the ingest does, long enough for the pump to have met the inner pool's failure. */
  private static void pollFor5Seconds(PumpedPool pool) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      pool.poll(50, TimeUnit.MILLISECONDS);
    }
  }
}
