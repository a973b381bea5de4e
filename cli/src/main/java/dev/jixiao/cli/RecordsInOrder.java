package dev.jixiao.cli;

import dev.jixiao.record.Report;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The records of a list of files, made on several threads and iterated in the list's order, so
 * that a command prints exactly what it would print on one thread. At most two files per thread
 * are in hand at a time, so memory does not grow with the list however slow one file is. Iterate
 * once; close to stop the threads.
 */
final class RecordsInOrder implements Iterable<Report>, AutoCloseable {
  private final Iterator<Path> files;
  private final int threads;
  private final Function<Path, Report> process;
  private final ExecutorService pool;
  private final Deque<Future<Report>> inHand = new ArrayDeque<>();

  RecordsInOrder(List<Path> files, int threads, Function<Path, Report> process) {
    this.files = files.iterator();
    this.threads = Math.max(1, threads);
    this.process = process;
    this.pool = Executors.newFixedThreadPool(this.threads, r -> {
      Thread t = new Thread(r, "jixiao-records");
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public Iterator<Report> iterator() {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return files.hasNext() || !inHand.isEmpty();
      }

      @Override
      public Report next() {
        while (files.hasNext() && inHand.size() < threads * 2) {
          Path f = files.next();
          inHand.add(pool.submit(() -> process.apply(f)));
        }
        if (inHand.isEmpty()) {
          throw new NoSuchElementException();
        }
        return join(inHand.poll());
      }
    };
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  private static Report join(Future<Report> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a record", e);
    } catch (ExecutionException e) {
      // The pipeline turns every failure into the record's error; what arrives here is an Error
      // (out of memory, say), which stops the command as it would on one thread.
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
