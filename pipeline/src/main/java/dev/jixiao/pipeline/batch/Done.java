package dev.jixiao.pipeline.batch;

import dev.jixiao.record.Report;

/**
 * A finished job: its record (a failed one with code {@code timeout} or {@code crash} when the
 * worker had to be killed or died), the stage times the worker measured and the wall time from
 * hand-over to answer. {@code recordJson}, when not null, is the record without its text in
 * {@link dev.jixiao.record.RecordJson}'s form (UTF-8), as a worker process wrote it: what the index
 * stores, so it need not be written again.
 */
public record Done(Job job, Report record, long readNanos, long extractNanos, long checkNanos, long wallNanos,
    byte[] recordJson) {
  /** Error code of a record whose worker process died on it (crashed, or ran out of memory). */
  public static final String CRASH = "crash";

  /** A record that exists as an object only (read in this process, or made for a failure). */
  public Done(Job job, Report record, long readNanos, long extractNanos, long checkNanos, long wallNanos) {
    this(job, record, readNanos, extractNanos, checkNanos, wallNanos, null);
  }
}
