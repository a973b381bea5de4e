package dev.jixiao.pipeline.batch;

import dev.jixiao.read.ReadFailure;
import dev.jixiao.read.ReadLimits;
import dev.jixiao.record.ErrorCode;
import dev.jixiao.record.RecordError;
import dev.jixiao.record.Report;
import dev.jixiao.record.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

/**
 * Makes records on threads of this JVM: no process start-up and no copying, but no isolation
 * beyond the read watchdog either (a parser that exhausts memory takes the batch down). For small
 * batches, tests and comparisons; {@link WorkerPool} is the default.
 */
public final class ThreadPool implements RecordPool {
  private final int threads;
  private final DocumentWork work;
  private final ReadLimits limits;
  private final ExecutorService executor;
  private final Finished finished = new Finished();

  public ThreadPool(int threads, DocumentWork work, ReadLimits limits) {
    this.threads = threads;
    this.work = work;
    this.limits = limits;
    this.executor = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "jixiao-batch");
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public int capacity() {
    return threads * 2;
  }

  @Override
  public void submit(Job job) {
    finished.submitted();
    executor.execute(() -> finished.add(run(job)));
  }

  private Done run(Job job) {
    long t0 = System.nanoTime();
    try {
      DocumentWork.Made m = work.process(job.input().key(), bytes(job.input()), job.sha256(), () -> { });
      return new Done(job, m.record(), m.readNanos(), m.extractNanos(), m.checkNanos(), System.nanoTime() - t0);
    } catch (ReadFailure e) {
      return failed(job, e.toError(), t0);
    } catch (IOException e) {
      return failed(job, RecordError.of(ErrorCode.UNREADABLE, "cannot read the file: " + e.getMessage()), t0);
    } catch (RuntimeException | Error e) {
      return failed(job, RecordError.of(ErrorCode.INTERNAL, "processing failed: " + e), t0);
    }
  }

  private byte[] bytes(InputRef input) throws IOException, ReadFailure {
    if (!input.inArchive()) {
      long size = Files.size(Path.of(input.path()));
      if (size > limits.maxBytes()) {
        throw new ReadFailure(ErrorCode.TOO_LARGE, "the file has " + size + " bytes; the limit is " + limits.maxBytes());
      }
      return Files.readAllBytes(Path.of(input.path()));
    }
    try (ZipFile zip = ZipInputs.open(Path.of(input.path()))) {
      return ZipInputs.read(zip, input.entry(), limits);
    }
  }

  private static Done failed(Job job, RecordError error, long t0) {
    Source s = new Source(job.input().key(), job.sha256(), Math.max(0, job.bytes()), null, false, null, null, null, null);
    return new Done(job, Report.failed(s, error), 0, 0, 0, System.nanoTime() - t0);
  }

  @Override
  public Done poll(long timeout, TimeUnit unit) throws InterruptedException {
    return finished.poll(timeout, unit);
  }

  @Override
  public int inHand() {
    return finished.inHand();
  }

  @Override
  public Stats stats() {
    return new Stats(0, 0, 0, 0, 0, 0);
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
