package dev.jixiao.pipeline.batch;

import dev.jixiao.read.ReadLimits;
import dev.jixiao.record.ErrorCode;
import dev.jixiao.record.RecordError;
import dev.jixiao.record.Report;
import dev.jixiao.record.Source;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Makes records in forked worker JVMs ({@link WorkerMain}), so that a parser that hangs, loops or
 * exhausts memory costs one file and never the batch. Each worker has a
 * heap cap ({@code -Xmx}, exiting on OutOfMemoryError) and each job a deadline: the read time
 * limit plus a grace for extraction and checks, extended by the OCR limit when the worker says
 * OCR started. A worker past its deadline is killed (with its child processes, e.g. Tesseract), a
 * worker that died is noticed by its closed output; either way its job comes back as a failed
 * record ({@code timeout} or {@code crash}) and a new worker takes its place. A worker whose own
 * read watchdog gave up on a file is replaced too, since the abandoned parser thread may still be
 * spinning. The calling thread never blocks on a worker: each worker's output is read by a thread
 * of its own, and jobs are single short lines.
 *
 * <p>A worker process may read several documents at once, on threads of its own ({@link
 * Options#threads()}): each JVM loads, warms and compiles the same libraries, and on 2 cores one
 * process reading two documents did 1,000 reports in 11.8 s and 20.3–22.8 CPU-s against two
 * processes' 12.9 s and 23.1–24.7 (medians of three runs). A worker says when it starts a job, and
 * each job's deadline runs from then. When a process holding several started jobs dies, this pool
 * cannot tell which one killed it: those jobs become suspects and are read again, each alone in a
 * process, so a crash is still charged to its own file and to no other. A job killed for its
 * deadline is known; the others in its process are read again as they were.
 *
 * <p>A worker also holds one job more than it has threads, so that it never waits for the round
 * trip to this process between files (its answer read and parsed here, then the next job written):
 * with one job in hand, 1,000 reports took 16.0 s instead of 15.1 (means of three runs).
 */
public final class WorkerPool implements RecordPool {
  /**
   * @param workers number of worker processes
   * @param threads documents each worker process reads at once
   * @param heap each worker process's {@code -Xmx} (e.g. {@code 1g})
   * @param grace time on top of the read limit for extraction and checks
   * @param workClass a {@link DocumentWork} class to run instead of the standard pipeline (tests), or null
   * @param classPath the workers' class path (the parent's, or the shaded jar)
   * @param jvmOptions further options for the workers' JVM
   */
  public record Options(int workers, int threads, String heap, ReadLimits limits, Duration grace, String workClass,
      String classPath, List<String> jvmOptions) {
    /**
     * Workers compile with C1 only. A worker reads many formats through a great deal of library
     * code, and C2 never finished compiling it: over 10,000 reports its compiler threads used more
     * CPU than the work itself, and C1 alone was faster both at 1,000 reports (21.0 s against
     * 30.1 s) and at 10,000 (99 s against 103 s, each worker 57 CPU-s against 66). They compile
     * at a tenth of the usual invocation counts: C1's code is cheap to make, and a method
     * interpreted a few thousand times costs more than compiling it. That took 1,000 reports from
     * 10.6 s to 10.0 s and 10,000 from 70.5 s to 63.5 s.
     */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=0.1");

    public Options {
      if (workers < 1 || threads < 1) {
        throw new IllegalArgumentException("at least one worker process and one thread in each");
      }
      jvmOptions = List.copyOf(jvmOptions);
    }

    /** {@code workers} processes of one thread each, 1 GB of heap each. */
    public static Options defaults(int workers, ReadLimits limits) {
      // extraction and checks get a quarter of the read limit on top (at least 5 s)
      Duration grace = limits.timeout().dividedBy(4);
      return new Options(workers, 1, "1g", limits, grace.compareTo(Duration.ofSeconds(5)) < 0 ? Duration.ofSeconds(5) : grace,
          null, System.getProperty("java.class.path"), DEFAULT_JVM_OPTIONS);
    }

    public Options withThreads(int value) {
      return new Options(workers, value, heap, limits, grace, workClass, classPath, jvmOptions);
    }

    public Options withHeap(String value) {
      return new Options(workers, threads, value, limits, grace, workClass, classPath, jvmOptions);
    }

    public Options withGrace(Duration value) {
      return new Options(workers, threads, heap, limits, value, workClass, classPath, jvmOptions);
    }

    public Options withWorkClass(String value) {
      return new Options(workers, threads, heap, limits, grace, value, classPath, jvmOptions);
    }

    public Options withJvmOptions(List<String> value) {
      return new Options(workers, threads, heap, limits, grace, workClass, classPath, value);
    }
  }

  private static final int STARTS_WITHOUT_ANSWER = 3;

  private final Options options;
  private final List<WorkerProcess> workers = new ArrayList<>();
  private final LinkedBlockingQueue<WorkerProcess.Event> events = new LinkedBlockingQueue<>();
  private final Deque<Job> queued = new ArrayDeque<>();
  private final Deque<Done> finished = new ArrayDeque<>();
  /** Jobs that were running in a process that died with others: each is read again alone. */
  private final Set<Long> suspects = new HashSet<>();
  private int inHand;
  private int restarts;
  private int timeouts;
  private int crashes;
  private int readAlone;
  private int failedStarts;
  private long peakRss;
  private long peakHeap;

  public WorkerPool(Options options) {
    this.options = options;
    for (int i = 0; i < options.workers(); i++) {
      WorkerProcess w = new WorkerProcess(i, options, events);
      workers.add(w);
      w.start();
    }
  }

  @Override
  public int capacity() {
    return options.workers() * (held() + 1);
  }

  @Override
  public void submit(Job job) {
    queued.add(job);
    inHand++;
    dispatch();
  }

  @Override
  public int inHand() {
    return inHand;
  }

  @Override
  public Done poll(long timeout, TimeUnit unit) throws InterruptedException {
    long end = System.nanoTime() + unit.toNanos(timeout);
    while (true) {
      dispatch();
      checkDeadlines();
      if (!finished.isEmpty()) {
        inHand--;
        return finished.poll();
      }
      long now = System.nanoTime();
      if (now >= end) {
        return null;
      }
      long wait = Math.min(end - now, TimeUnit.MILLISECONDS.toNanos(100));
      WorkerProcess.Event e = events.poll(wait, TimeUnit.NANOSECONDS);
      if (e != null) {
        handle(e);
      }
    }
  }

  @Override
  public Stats stats() {
    long cpu = 0;
    for (WorkerProcess w : workers) {
      cpu += w.cpuNanos();
    }
    return new Stats(restarts, timeouts, crashes, peakRss, peakHeap, cpu);
  }

  /** Jobs read again alone because their process died while it read them with others. */
  int readAlone() {
    return readAlone;
  }

  @Override
  public void close() {
    for (WorkerProcess w : workers) {
      peakRss = Math.max(peakRss, w.peakRss());
      w.closeInput();
    }
    for (WorkerProcess w : workers) {
      w.awaitExit(2);
    }
  }

  // --- scheduling

  /** Jobs sent to a worker process and not yet answered, at most: one per thread and one more. */
  private int held() {
    return options.threads() + 1;
  }

  private void dispatch() {
    for (WorkerProcess w : workers) {
      while (w.ready && !w.solo && w.held.size() < held() && !queued.isEmpty()) {
        Job job = queued.peek();
        boolean suspect = suspects.contains(job.seq());
        if (suspect && !w.held.isEmpty()) {
          break; // a suspect waits for a process with nothing else in hand; other processes drain meanwhile
        }
        queued.poll();
        if (!w.send(job)) {
          queued.addFirst(job); // the worker died before it got the job: its Exited event restarts it
          w.ready = false;
          break;
        }
        w.solo = suspect;
      }
    }
  }

  /** Every job a worker holds but those given goes back to the front of the queue, in order. */
  private void requeueHeld(WorkerProcess w, List<WorkerProcess.Held> except) {
    List<WorkerProcess.Held> back = new ArrayList<>(w.held.values());
    back.removeAll(except);
    for (int i = back.size() - 1; i >= 0; i--) {
      queued.addFirst(back.get(i).job);
    }
    w.held.clear();
  }

  private void checkDeadlines() {
    long now = System.nanoTime();
    for (WorkerProcess w : workers) {
      List<WorkerProcess.Held> late = w.started().stream().filter(h -> now - h.deadlineNanos > 0).toList();
      if (late.isEmpty()) {
        continue;
      }
      w.kill();
      for (WorkerProcess.Held h : late) {
        timeouts++;
        long took = now - h.startedNanos;
        suspects.remove(h.job.seq());
        finished.add(failed(h.job, took, RecordError.of(ErrorCode.TIMEOUT, String.format(
            "the file took longer than %s to process; its worker process was killed and replaced", seconds(took)))));
      }
      requeueHeld(w, late); // the others in the process did nothing wrong
      restart(w);
    }
  }

  private void handle(WorkerProcess.Event e) {
    WorkerProcess w = e.worker();
    if (e.generation() != w.generation()) {
      return; // from a process this pool already killed
    }
    if (e instanceof WorkerProcess.Exited x) {
      exited(w, x.exitCode());
      return;
    }
    WorkerProtocol.Message m = ((WorkerProcess.Said) e).message();
    if (m instanceof WorkerProtocol.Ready) {
      w.ready = true;
    } else if (m instanceof WorkerProtocol.Started st) {
      WorkerProcess.Held h = w.held.get(st.seq());
      if (h != null) {
        h.started = true;
        h.startedNanos = System.nanoTime();
        h.deadlineNanos = h.startedNanos + options.limits().timeout().plus(options.grace()).toNanos();
      }
    } else if (m instanceof WorkerProtocol.OcrStarted o) {
      WorkerProcess.Held h = w.held.get(o.seq());
      if (h != null && h.started) {
        h.deadlineNanos = System.nanoTime()
            + options.limits().timeout().plus(options.limits().ocrTimeout()).plus(options.grace()).toNanos();
      }
    } else if (m instanceof WorkerProtocol.Answer a) {
      answered(w, a);
    }
  }

  private void answered(WorkerProcess w, WorkerProtocol.Answer a) {
    WorkerProcess.Held h = w.held.remove(a.seq());
    if (h == null) {
      return;
    }
    failedStarts = 0;
    peakHeap = Math.max(peakHeap, a.heap());
    peakRss = Math.max(peakRss, w.peakRss());
    suspects.remove(a.seq());
    w.solo = false;
    long now = System.nanoTime();
    finished.add(new Done(h.job, a.record(), a.readNs(), a.extractNs(), a.checkNs(),
        now - (h.started ? h.startedNanos : h.sentNanos), a.recordJson()));
    if (a.record().errors().stream().anyMatch(err -> ErrorCode.TIMEOUT.id().equals(err.code()))) {
      w.kill(); // the reader it gave up on may still be running on an abandoned thread
      requeueHeld(w, List.of());
      restart(w);
    }
  }

  private void exited(WorkerProcess w, int exitCode) {
    if (!w.held.isEmpty()) {
      crashed(w, exitCode);
    } else if (!w.ready && ++failedStarts > STARTS_WITHOUT_ANSWER * options.workers()) {
      throw new IllegalStateException("worker processes exit before they start (exit code " + exitCode + "): "
          + String.join(" | ", w.stderrTail()));
    }
    restart(w);
  }

  /**
   * A process died holding jobs. One started job, or a suspect read alone, is the one that killed
   * it; several started jobs become suspects, each to be read again alone; jobs not yet started
   * go back to the queue as they were.
   */
  private void crashed(WorkerProcess w, int exitCode) {
    List<WorkerProcess.Held> running = w.started();
    if (running.isEmpty()) {
      // it died between jobs, or before it said it started the first: the first one sent is the
      // likeliest cause, and charging it (as a single job was before threads) cannot loop
      running = List.of(w.held.values().iterator().next());
    }
    if (running.size() == 1 || w.solo) {
      WorkerProcess.Held h = running.get(0);
      crashes++;
      suspects.remove(h.job.seq());
      long since = h.started ? h.startedNanos : h.sentNanos;
      finished.add(failed(h.job, System.nanoTime() - since, new RecordError(Done.CRASH, w.crashMessage(exitCode))));
      requeueHeld(w, running);
      return;
    }
    for (WorkerProcess.Held h : running) {
      suspects.add(h.job.seq());
      readAlone++;
    }
    requeueHeld(w, List.of());
  }

  private void restart(WorkerProcess w) {
    restarts++;
    w.start();
  }

  private static Done failed(Job job, long wallNanos, RecordError error) {
    Source source = new Source(job.input().key(), job.sha256(), Math.max(0, job.bytes()), null, false, null, null, null, null);
    return new Done(job, Report.failed(source, error), 0, 0, 0, wallNanos);
  }

  private static String seconds(long nanos) {
    return String.format("%.1f s", nanos / 1e9);
  }
}
