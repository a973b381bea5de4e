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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

/**
 * Runs a batch: hashes each input (streaming; an archive entry is inflated under the zip guards),
 * asks the listener whether it still needs a record (an unchanged file does not), keeps the pool
 * full and hands every finished record to the listener as it comes, out of order. An input that
 * cannot even be hashed (missing, a zip bomb, an entry named outside its archive) gets its failed
 * record here without a worker. Memory stays flat: only the jobs in hand are held, and at most
 * {@value #HASHED_AHEAD} hashed ones waiting for a place (a sha256 and a size each, no bytes).
 *
 * <p>While the pool is full and nothing has finished, the runner hashes the next inputs instead
 * of waiting: the worker processes take a second or two to start, and hashing (8% of this
 * thread's time over 1,000 reports) is then done on a core that would otherwise idle.
 */
public final class BatchRunner {
  static final int HASHED_AHEAD = 4096;

  private final ReadLimits limits;
  private final int ahead;

  public BatchRunner(ReadLimits limits) {
    this(limits, HASHED_AHEAD);
  }

  /** With at most {@code ahead} inputs hashed before the pool has room for them. */
  BatchRunner(ReadLimits limits, int ahead) {
    this.limits = limits;
    this.ahead = ahead;
  }

  /** What the caller does with the batch; called on the thread that runs it. */
  public interface Listener {
    /** Whether {@code input} (with these bytes) still needs a record; false when it is done already. */
    boolean wanted(InputRef input, String sha256) throws IOException;

    /** A finished input. {@code done.record().source().sha256()} is null when it could not be hashed. */
    void done(Done done) throws IOException;

    /** Called at least every half second while the batch runs (progress). */
    default void tick() {}

    /**
     * Called when the runner has nothing to do but wait for a record: the pool is full (or holds
     * every input), nothing has finished and no more inputs may be hashed ahead: at the start of a
     * batch, while worker processes start. A record that finishes meanwhile waits for it.
     */
    default void idle() throws IOException {}
  }

  public void run(List<InputRef> inputs, RecordPool pool, Listener listener) throws IOException, InterruptedException {
    Iterator<InputRef> next = inputs.iterator();
    Deque<Job> hashed = new ArrayDeque<>();
    try (Hasher hasher = new Hasher(limits, listener)) {
      while (next.hasNext() || !hashed.isEmpty() || pool.inHand() > 0) {
        while (pool.inHand() < pool.capacity() && (!hashed.isEmpty() || next.hasNext())) {
          Job job = hashed.isEmpty() ? hasher.job(next.next()) : hashed.poll();
          if (job != null) {
            pool.submit(job);
          }
          listener.tick();
        }
        // the pool is full or every input is in it: hash ahead while nothing has finished
        Done d = pool.poll(0, TimeUnit.MILLISECONDS);
        if (d == null && next.hasNext() && hashed.size() < ahead) {
          Job job = hasher.job(next.next());
          if (job != null) {
            hashed.add(job);
          }
          listener.tick();
          continue;
        }
        if (d == null) {
          listener.idle();
          d = pool.poll(500, TimeUnit.MILLISECONDS);
        }
        if (d != null) {
          listener.done(d);
        }
        listener.tick();
      }
    }
  }

  /**
   * Hashes inputs in batch order, numbering them; reports those that cannot be hashed to the
   * listener and asks it whether the others are still wanted. Keeps the archive being read open.
   */
  private static final class Hasher implements AutoCloseable {
    private final ReadLimits limits;
    private final Listener listener;
    private long seq;
    private String openArchive;
    private ZipFile archive;

    Hasher(ReadLimits limits, Listener listener) {
      this.limits = limits;
      this.listener = listener;
    }

    /** The job for {@code input}, or null when it failed here or is not wanted. */
    Job job(InputRef input) throws IOException {
      long t0 = System.nanoTime();
      Job job;
      try {
        if (input.inArchive()) {
          if (!input.path().equals(openArchive)) {
            close();
            openArchive = input.path();
            archive = ZipInputs.open(Path.of(openArchive));
          }
          if (!ZipInputs.safeName(input.entry())) {
            listener.done(failed(seq++, input, null, -1, new RecordError(ZipInputs.UNSAFE_PATH,
                "the entry's name leaves the archive (as " + input.entry() + "); it was not read"), t0));
            return null;
          }
          byte[] bytes = ZipInputs.read(archive, input.entry(), limits);
          job = new Job(seq++, input, Sha256.of(bytes), bytes.length);
        } else {
          Path p = Path.of(input.path());
          job = new Job(seq++, input, Sha256.of(p), Files.size(p));
        }
      } catch (ReadFailure e) {
        listener.done(failed(seq++, input, null, -1, e.toError(), t0));
        return null;
      } catch (IOException e) {
        listener.done(failed(seq++, input, null, -1, RecordError.of(ErrorCode.UNREADABLE, "cannot read: " + e.getMessage()), t0));
        return null;
      }
      return listener.wanted(input, job.sha256()) ? job : null;
    }

    @Override
    public void close() throws IOException {
      ZipFile open = archive;
      archive = null;
      openArchive = null;
      if (open != null) {
        open.close();
      }
    }
  }

  private static Done failed(long seq, InputRef input, String sha, long bytes, RecordError error, long t0) {
    Job job = new Job(seq, input, sha, bytes);
    Source s = new Source(input.key(), sha, Math.max(0, bytes), null, false, null, null, null, null);
    return new Done(job, Report.failed(s, error), 0, 0, 0, System.nanoTime() - t0);
  }
}
