package dev.jixiao.read;

import dev.jixiao.record.ErrorCode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Recognises a document's page images with {@link TesseractOcr}, pages in parallel on a small pool
 * (one single-threaded Tesseract per core by default). The images are made one after another on
 * the caller's thread, since PDFBox's renderer is not thread-safe and an image decoder reads one
 * frame at a time, and at most two per thread wait: memory stays a few pages whatever the length.
 * A page whose reading looks like a page on its side or upside down is read again turned
 * ({@link PageOrientation}).
 */
final class PageOcr {
  private static final AtomicInteger THREADS = new AtomicInteger();

  /** Makes the pages to recognise, each when its turn comes. */
  @FunctionalInterface
  interface Pages {
    Page make(int index) throws IOException, ReadFailure;
  }

  /**
   * A page image and its resolution. A scan's image carries salt-and-pepper noise that
   * {@link MedianFilter} takes out; a page rendered from fonts has none, and its strokes are a
   * pixel or two wide, which the filter would thin away (支 read as 文, 额 as 笑).
   */
  record Page(BufferedImage image, int dpi, boolean scanned) {}

  private final TesseractOcr tesseract;
  private final int threads;
  private final ExecutorService pool;

  PageOcr(TesseractOcr tesseract, int threads) {
    this.tesseract = tesseract;
    this.threads = Math.max(1, threads);
    this.pool = Executors.newFixedThreadPool(this.threads, r -> {
      Thread t = new Thread(r, "jixiao-ocr-" + THREADS.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  void checkAvailable() throws ReadFailure {
    tesseract.checkAvailable();
  }

  /**
   * The page's lines, read again turned when the first reading looks like a page on its side or
   * upside down: the first turn that reads right, else the first reading.
   */
  private List<OcrLine> upright(BufferedImage image, int dpi, ReadLimits limits) throws ReadFailure, InterruptedException {
    List<OcrLine> lines = tesseract.recognize(image, dpi, limits.ocrTimeout());
    for (int turn : PageOrientation.turnsToTry(lines)) {
      List<OcrLine> turned = tesseract.recognize(PageOrientation.turned(image, turn), dpi, limits.ocrTimeout());
      if (!PageOrientation.doubtful(turned)) {
        return turned;
      }
    }
    return lines;
  }

  /**
   * The lines of each of {@code count} pages, in the pages' order.
   *
   * @throws ReadFailure {@code timeout} when the read is abandoned (interrupted)
   */
  List<List<OcrLine>> recognise(int count, Pages pages, ReadLimits limits) throws IOException, ReadFailure {
    try {
      return recogniseAll(count, pages, limits);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReadFailure(ErrorCode.TIMEOUT, "OCR was abandoned", e);
    }
  }

  private List<List<OcrLine>> recogniseAll(int count, Pages pages, ReadLimits limits) throws IOException, InterruptedException, ReadFailure {
    Semaphore inFlight = new Semaphore(threads * 2);
    List<Future<List<OcrLine>>> futures = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        inFlight.acquire();
        Page page;
        try {
          page = pages.make(i);
        } catch (IOException | ReadFailure | RuntimeException e) {
          inFlight.release();
          throw e;
        }
        futures.add(pool.submit(() -> {
          try {
            BufferedImage image = page.scanned() ? MedianFilter.apply(page.image()) : page.image();
            return upright(image, page.dpi(), limits);
          } finally {
            inFlight.release();
          }
        }));
      }
      List<List<OcrLine>> results = new ArrayList<>();
      for (Future<List<OcrLine>> f : futures) {
        try {
          results.add(f.get());
        } catch (ExecutionException e) {
          throw Failures.of(e.getCause());
        }
      }
      return results;
    } finally {
      for (Future<?> f : futures) {
        f.cancel(true); // no-op for finished pages; kills Tesseract for the others when abandoned
      }
    }
  }
}
