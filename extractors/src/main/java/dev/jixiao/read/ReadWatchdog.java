package dev.jixiao.read;

import dev.jixiao.record.ErrorCode;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a read on a worker thread and gives up on it when its time is over. The caller gets a
 * {@code timeout} failure at once and the batch goes on; the worker is interrupted and abandoned,
 * not waited for. A parser stuck in a loop cannot be killed in Java, so it keeps its (daemon)
 * thread until it returns; OCR processes, which do notice the interrupt, are killed. This is also
 * the reader boundary: whatever escapes a reader is wrapped here, once, with the reader's name.
 */
final class ReadWatchdog {
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "jixiao-read-" + THREADS.incrementAndGet());
    t.setDaemon(true);
    return t;
  });

  /** A read that may fail with the record's error code. */
  interface Task<T> {
    T run() throws ReadFailure;
  }

  private ReadWatchdog() {}

  static <T> T run(String reader, Duration budget, Task<T> task) throws ReadFailure {
    Future<T> future = WORKERS.submit(task::run);
    try {
      return future.get(budget.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new ReadFailure(ErrorCode.TIMEOUT, reader + ": reading took longer than the limit of " + seconds(budget) + " and was abandoned");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ReadFailure(ErrorCode.TIMEOUT, reader + ": interrupted while reading", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      ReadFailure failure = Failures.of(cause);
      throw new ReadFailure(failure.code(), reader + ": " + failure.getMessage(), cause);
    }
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
