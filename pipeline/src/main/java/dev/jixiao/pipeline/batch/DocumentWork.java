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

  /** A record and the nanoseconds its stages took (read includes detection). */
  record Made(Report record, long readNanos, long extractNanos, long checkNanos) {}
}
