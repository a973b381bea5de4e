package dev.jixiao.pipeline.batch;

import java.util.concurrent.TimeUnit;

/**
 * Makes records from inputs, several at a time, out of order. {@link WorkerPool} runs them in
 * worker processes (isolated: a hang or a crash costs one file); {@link ThreadPool} in this JVM.
 * Not thread-safe: one thread submits and polls.
 */
public interface RecordPool extends AutoCloseable {
  /** How many jobs the pool wants in hand (running and queued) to keep every worker busy. */
  int capacity();

  /** Hands a job over; never blocks on a worker. */
  void submit(Job job);

  /** The next finished job, or null when none finished within the wait. */
  Done poll(long timeout, TimeUnit unit) throws InterruptedException;

  /** Jobs submitted and not yet returned by {@link #poll}. */
  int inHand();

  /** What the pool did: restarts, kills, peak memory. */
  Stats stats();

  @Override
  void close();

  /**
   * @param restarts worker processes started to replace one that died or was killed
   * @param timeouts jobs whose worker was killed for running past the time limit
   * @param crashes jobs whose worker died (crash, out of memory)
   * @param peakWorkerRssBytes highest resident memory of a worker seen (0 when unknown)
   * @param workerCpuNanos CPU time of the worker processes read when they were killed or let go
   *     (not of one that died on its own; 0 when unknown or in-process)
   */
  record Stats(int restarts, int timeouts, int crashes, long peakWorkerRssBytes, long peakWorkerHeapBytes, long workerCpuNanos) {}
}
