package dev.jixiao.pipeline.batch;

import dev.jixiao.read.ReadFailure;
import dev.jixiao.read.ReadLimits;
import dev.jixiao.record.ErrorCode;
import dev.jixiao.record.RecordError;
import dev.jixiao.record.Report;
import dev.jixiao.record.Sha256;
import dev.jixiao.record.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

/**
 * Runs a batch: hashes each input (streaming; an archive entry is inflated under the zip guards),
 * asks the listener whether it still needs a record (an unchanged file does not), keeps the pool
 * full and hands every finished record to the listener as it comes, out of order. An input that
 * cannot even be hashed (missing, a zip bomb, an entry named outside its archive) gets its failed
 * record here without a worker. Memory stays flat: only the jobs in hand are held.
 */
public final class BatchRunner {
  private final ReadLimits limits;

  public BatchRunner(ReadLimits limits) {
    this.limits = limits;
  }

  /** What the caller does with the batch; called on the thread that runs it. */
  public interface Listener {
    /** Whether {@code input} (with these bytes) still needs a record; false when it is done already. */
    boolean wanted(InputRef input, String sha256) throws IOException;

    /** A finished input. {@code done.record().source().sha256()} is null when it could not be hashed. */
    void done(Done done) throws IOException;

    /** Called at least every half second while the batch runs (progress). */
    default void tick() {}
  }

  public void run(List<InputRef> inputs, RecordPool pool, Listener listener) throws IOException, InterruptedException {
    Iterator<InputRef> next = inputs.iterator();
    long seq = 0;
    String openArchive = null;
    ZipFile archive = null;
    try {
      while (next.hasNext() || pool.inHand() > 0) {
        while (next.hasNext() && pool.inHand() < pool.capacity()) {
          InputRef input = next.next();
          long t0 = System.nanoTime();
          Job job;
          try {
            if (input.inArchive()) {
              if (!input.path().equals(openArchive)) {
                if (archive != null) {
                  archive.close();
                }
                archive = null;
                openArchive = input.path();
                archive = ZipInputs.open(Path.of(openArchive));
              }
              if (!ZipInputs.safeName(input.entry())) {
                listener.done(failed(seq++, input, null, -1, new RecordError(ZipInputs.UNSAFE_PATH,
                    "the entry's name leaves the archive (as " + input.entry() + "); it was not read"), t0));
                continue;
              }
              byte[] bytes = ZipInputs.read(archive, input.entry(), limits);
              job = new Job(seq++, input, Sha256.of(bytes), bytes.length);
            } else {
              Path p = Path.of(input.path());
              job = new Job(seq++, input, Sha256.of(p), Files.size(p));
            }
          } catch (ReadFailure e) {
            listener.done(failed(seq++, input, null, -1, e.toError(), t0));
            continue;
          } catch (IOException e) {
            listener.done(failed(seq++, input, null, -1,
                RecordError.of(ErrorCode.UNREADABLE, "cannot read: " + e.getMessage()), t0));
            continue;
          }
          if (listener.wanted(input, job.sha256())) {
            pool.submit(job);
          }
          listener.tick();
        }
        Done d = pool.poll(pool.inHand() < pool.capacity() && next.hasNext() ? 0 : 500, TimeUnit.MILLISECONDS);
        if (d != null) {
          listener.done(d);
        }
        listener.tick();
      }
    } finally {
      if (archive != null) {
        archive.close();
      }
    }
  }

  private static Done failed(long seq, InputRef input, String sha, long bytes, RecordError error, long t0) {
    Job job = new Job(seq, input, sha, bytes);
    Source s = new Source(input.key(), sha, Math.max(0, bytes), null, false, null, null, null, null);
    return new Done(job, Report.failed(s, error), 0, 0, 0, System.nanoTime() - t0);
  }
}
