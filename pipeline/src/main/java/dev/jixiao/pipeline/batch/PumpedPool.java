package dev.jixiao.pipeline.batch;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Drives another pool from a thread of its own, so that a worker gets its next file the moment
 * it answers rather than when the caller next polls. The caller of an ingest spends most of its
 * time indexing and committing between polls; driven from there, the workers of a 10,000-report
 * batch stood idle for 44% of the run. The inner pool is still used by one thread only (the
 * pump); this class is the handover, and holds up to {@link #capacity()} jobs so the workers have
 * work queued while the caller commits.
 */
public final class PumpedPool implements RecordPool {
  /**
   * Jobs in hand per worker: enough for the workers to go on through a commit. A commit flushes
   * the buffered documents on the caller's thread (0.5–1 s for 500 reports); with 16 jobs each
   * the workers ran dry within it and idled at every commit (0.4–0.6 of a core against 1.3, for
   * about half a second). A job is a path and a sha256, so holding more costs nothing.
   */
  public static final int JOBS_PER_WORKER = 64;
  /** How long the pump waits on the inner pool before it looks for new jobs again. */
  private static final long TURN_MILLIS = 20;

  private final RecordPool inner;
  /**
   * Guards the inner pool. Fair, because the pump takes it again the moment it lets it go: with a
   * plain monitor the caller's {@link #stats()} at the end of a batch waited 2–10 s for a turn.
   */
  private final ReentrantLock turn = new ReentrantLock(true);
  private final int capacity;
  private final BlockingQueue<Job> inbox = new LinkedBlockingQueue<>();
  private final Finished outbox = new Finished();
  private final Thread pump;
  private volatile boolean closing;
  private volatile RuntimeException failure;

  public PumpedPool(RecordPool inner, int capacity) {
    this.inner = inner;
    this.capacity = capacity;
    this.pump = new Thread(this::pump, "jixiao-pool-pump");
    pump.setDaemon(true);
    pump.start();
  }

  private void pump() {
    try {
      while (!closing) {
        turn.lock();
        try {
          for (Job job; (job = inbox.poll()) != null; ) {
            inner.submit(job);
          }
          Done d = inner.poll(TURN_MILLIS, TimeUnit.MILLISECONDS);
          if (d != null) {
            outbox.add(d);
          }
        } finally {
          turn.unlock();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      failure = e; // the caller sees it at its next poll
    } catch (Error e) {
      // a dead pump would leave the caller polling an empty outbox for ever
      failure = new IllegalStateException("the pool's pump thread failed: " + e, e);
    }
  }

  @Override
  public int capacity() {
    return capacity;
  }

  @Override
  public void submit(Job job) {
    outbox.submitted();
    inbox.add(job);
  }

  @Override
  public Done poll(long timeout, TimeUnit unit) throws InterruptedException {
    if (failure != null) {
      throw failure;
    }
    return outbox.poll(timeout, unit);
  }

  @Override
  public int inHand() {
    return outbox.inHand();
  }

  @Override
  public Stats stats() {
    turn.lock();
    try {
      return inner.stats();
    } finally {
      turn.unlock();
    }
  }

  @Override
  public void close() {
    closing = true;
    try {
      pump.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    turn.lock();
    try {
      inner.close();
    } finally {
      turn.unlock();
    }
  }
}
