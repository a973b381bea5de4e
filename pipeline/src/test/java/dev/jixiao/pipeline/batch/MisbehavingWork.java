package dev.jixiao.pipeline.batch;

import dev.jixiao.read.ReadLimits;
import dev.jixiao.record.ErrorCode;
import dev.jixiao.record.RecordError;
import dev.jixiao.record.Report;
import dev.jixiao.record.Source;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A test-only worker: documents that start with {@code #HANG} spin forever (ignoring interrupts),
 * {@code #OOM} allocate until the heap is gone, {@code #EXIT} kill their process, {@code #GIVEUP}
 * come back failed with {@code timeout}, as when the worker's own read watchdog gives up on a
 * parser (which the pool answers by replacing the worker); every other document goes through the
 * real pipeline (without OCR).
 */
public final class MisbehavingWork implements DocumentWork {
  static volatile long sink;
  private final TimedPipeline real;

  public MisbehavingWork(ReadLimits limits) {
    this.real = new TimedPipeline(limits, null);
  }

  @Override
  public Made process(String file, byte[] bytes, Runnable ocrStarting) {
    String head = new String(bytes, 0, Math.min(8, bytes.length), StandardCharsets.US_ASCII);
    if (head.startsWith("#HANG")) {
      for (long i = 0; ; i++) {
        sink = i; // a parser stuck in a loop: no interrupt stops it
      }
    }
    if (head.startsWith("#OOM")) {
      List<long[]> hog = new ArrayList<>();
      while (true) {
        hog.add(new long[1 << 20]);
      }
    }
    if (head.startsWith("#EXIT")) {
      Runtime.getRuntime().halt(42);
    }
    if (head.startsWith("#GIVEUP")) {
      Source source = new Source(file, null, bytes.length, null, false, null, null, null, null);
      return new Made(Report.failed(source, RecordError.of(ErrorCode.TIMEOUT, "the reader gave up (test)")), 0, 0, 0);
    }
    return real.process(file, bytes, ocrStarting);
  }
}
