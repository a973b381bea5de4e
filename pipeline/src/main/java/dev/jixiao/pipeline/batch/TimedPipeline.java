package dev.jixiao.pipeline.batch;

import dev.jixiao.check.Checker;
import dev.jixiao.check.RuleCatalog;
import dev.jixiao.extract.RecordExtractor;
import dev.jixiao.extract.ReportExtractor;
import dev.jixiao.pipeline.Pipeline;
import dev.jixiao.read.FallbackReader;
import dev.jixiao.read.FormatDetector;
import dev.jixiao.read.ReadFailure;
import dev.jixiao.read.ReadLimits;
import dev.jixiao.read.Readers;
import dev.jixiao.read.TextDocument;
import dev.jixiao.record.Report;
import java.util.List;
import java.util.Set;

/**
 * The standard {@link Pipeline} (the same stages as {@code Pipelines.standard}), timed: the extract
 * and check stages are wrapped to measure them, read is the rest; the OCR fallback is wrapped to
 * announce itself. Thread-safe: the clocks are per thread.
 */
public final class TimedPipeline implements DocumentWork {
  private static final ThreadLocal<long[]> CLOCK = ThreadLocal.withInitial(() -> new long[2]);
  private static final ThreadLocal<Runnable> OCR_LISTENER = new ThreadLocal<>();

  private final Pipeline pipeline;

  public TimedPipeline(ReadLimits limits) {
    this(limits, Readers.ocrFallbacks());
  }

  /** With the given OCR fallbacks (scanned PDF pages, images), or none when null. */
  public TimedPipeline(ReadLimits limits, List<FallbackReader> ocr) {
    RecordExtractor extractor = new ReportExtractor();
    Checker checker = RuleCatalog.standard().checker();
    RecordExtractor timedExtractor = (document, source) -> {
      long t0 = System.nanoTime();
      try {
        return extractor.extract(document, source);
      } finally {
        CLOCK.get()[0] += System.nanoTime() - t0;
      }
    };
    Checker timedChecker = report -> {
      long t0 = System.nanoTime();
      try {
        return checker.check(report);
      } finally {
        CLOCK.get()[1] += System.nanoTime() - t0;
      }
    };
    Readers readers = Readers.withFallbacks(ocr == null ? List.of() : ocr.stream().<FallbackReader>map(Announced::new).toList());
    this.pipeline = new Pipeline(new FormatDetector(), readers, timedExtractor, timedChecker, limits);
  }

  @Override
  public Made process(String file, byte[] bytes, Runnable ocrStarting) {
    return process(file, bytes, null, ocrStarting);
  }

  @Override
  public Made process(String file, byte[] bytes, String sha256, Runnable ocrStarting) {
    long[] clock = CLOCK.get();
    clock[0] = 0;
    clock[1] = 0;
    OCR_LISTENER.set(ocrStarting);
    long t0 = System.nanoTime();
    try {
      Report r = pipeline.process(file, bytes, sha256);
      long total = System.nanoTime() - t0;
      return new Made(r, Math.max(0, total - clock[0] - clock[1]), clock[0], clock[1]);
    } finally {
      OCR_LISTENER.remove();
    }
  }

  /** Tells the listener of the calling thread when OCR starts (the fallback runs on a watchdog thread). */
  private static final class Announced implements FallbackReader {
    private final FallbackReader ocr;

    Announced(FallbackReader ocr) {
      this.ocr = ocr;
    }

    @Override
    public Set<String> mediaTypes() {
      return ocr.mediaTypes();
    }

    @Override
    public boolean wants(TextDocument first) {
      boolean wants = ocr.wants(first);
      Runnable listener = OCR_LISTENER.get();
      if (wants && listener != null) {
        listener.run(); // wants() runs on the caller's thread, just before complete() is scheduled
      }
      return wants;
    }

    @Override
    public TextDocument complete(byte[] bytes, TextDocument first, ReadLimits limits) throws ReadFailure {
      return ocr.complete(bytes, first, limits);
    }
  }
}
