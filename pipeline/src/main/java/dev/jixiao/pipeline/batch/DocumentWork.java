package dev.jixiao.pipeline.batch;

import dev.jixiao.record.Report;

/**
 * What a worker does with one document: its bytes in, its record and the time each stage took
 * out. {@link TimedPipeline} is the real one; tests plug in work that hangs or exhausts memory. An
 * implementation used by worker processes has a public constructor taking {@link
 * dev.jixiao.read.ReadLimits}.
 */
public interface DocumentWork {
  /**
   * @param ocrStarting called when the document turns out to need OCR, which has a longer time
   *     budget than reading
   */
  Made process(String file, byte[] bytes, Runnable ocrStarting);

  /**
   * As {@link #process(String, byte[], Runnable)}, with the bytes' sha256 when the caller has it
   * (a batch hashes each file to decide whether to read it at all), so it need not be computed
   * again; null when unknown.
   */
  default Made process(String file, byte[] bytes, String sha256, Runnable ocrStarting) {
    return process(file, bytes, ocrStarting);
  }

  /** A record and the nanoseconds its stages took (read includes detection). */
  record Made(Report record, long readNanos, long extractNanos, long checkNanos) {}
}
