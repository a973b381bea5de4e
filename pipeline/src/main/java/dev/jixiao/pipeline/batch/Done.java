package dev.jixiao.pipeline.batch;

import dev.jixiao.record.Report;

/**
 * A finished job: its record (a failed one with code {@code timeout} or {@code crash} when the
 * worker had to be killed or died), the stage times the worker measured and the wall time from
 * hand-over to answer.
 */
public record Done(Job job, Report record, long readNanos, long extractNanos, long checkNanos, long wallNanos) {
  /** Error code of a record whose worker process died on it (crashed, or ran out of memory). */
  public static final String CRASH = "crash";
}
