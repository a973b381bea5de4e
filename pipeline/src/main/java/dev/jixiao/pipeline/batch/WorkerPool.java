package dev.jixiao.pipeline.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.jixiao.read.ReadLimits;
import dev.jixiao.record.ErrorCode;
import dev.jixiao.record.RecordError;
import dev.jixiao.record.Report;
import dev.jixiao.record.Source;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  private final List<Worker> workers = new ArrayList<>();
  private final LinkedBlockingQueue<Event> events = new LinkedBlockingQueue<>();
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
  /** CPU time of the worker processes that were replaced. */
  private long retiredCpuNanos;
  private long peakHeap;

  public WorkerPool(Options options) {
    this.options = options;
    for (int i = 0; i < options.workers(); i++) {
      Worker w = new Worker(i);
      workers.add(w);
      start(w);
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
      Event e = events.poll(wait, TimeUnit.NANOSECONDS);
      if (e != null) {
        handle(e);
      }
    }
  }

  @Override
  public Stats stats() {
    long cpu = retiredCpuNanos;
    for (Worker w : workers) {
      if (w.process != null && w.process.isAlive()) {
        sampleCpu(w);
      }
      cpu += w.cpuNanos;
    }
    return new Stats(restarts, timeouts, crashes, peakRss, peakHeap, cpu);
  }

  /** Jobs read again alone because their process died while it read them with others. */
  int readAlone() {
    return readAlone;
  }

  @Override
  public void close() {
    for (Worker w : workers) {
      sample(w);
      sampleCpu(w);
      w.generation++;
      try {
        w.stdin.close(); // the worker halts when its stdin closes
      } catch (IOException | RuntimeException e) {
        // already gone
      }
    }
    for (Worker w : workers) {
      try {
        if (!w.process.waitFor(2, TimeUnit.SECONDS)) {
          kill(w);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        kill(w);
      }
    }
  }

  // --- the workers

  /** Jobs sent to a worker process and not yet answered, at most: one per thread and one more. */
  private int held() {
    return options.threads() + 1;
  }

  private static final class Worker {
    final int slot;
    int generation;
    Process process;
    BufferedWriter stdin;
    /** False until the process says it is ready, and again once it cannot take jobs. */
    boolean ready;
    /** Jobs sent and not answered, in the order sent, by seq. */
    final Map<Long, Held> held = new LinkedHashMap<>();
    /** Reading a suspect alone: no other job goes to it until that one is answered. */
    boolean solo;
    /** The current process's CPU time when last sampled. */
    long cpuNanos;
    final Deque<String> stderrTail = new ArrayDeque<>();

    Worker(int slot) {
      this.slot = slot;
    }

    List<Held> started() {
      return held.values().stream().filter(Held::started).toList();
    }
  }

  /** A job a worker holds: waiting for a thread of it, or started and running to a deadline. */
  private static final class Held {
    final Job job;
    final long sentNanos;
    long startedNanos;
    long deadlineNanos;
    boolean started;

    Held(Job job, long sentNanos) {
      this.job = job;
      this.sentNanos = sentNanos;
    }

    boolean started() {
      return started;
    }
  }

  private sealed interface Event permits Ready, Started, Phase, Answer, Exited {
    Worker worker();

    int generation();
  }

  private record Ready(Worker worker, int generation) implements Event {}

  private record Started(Worker worker, int generation, long seq) implements Event {}

  private record Phase(Worker worker, int generation, long seq) implements Event {}

  /** {@code recordJson}: the record without its text as the worker wrote it (null when unreadable). */
  private record Answer(Worker worker, int generation, long seq, Report record, byte[] recordJson, long readNs, long extractNs,
      long checkNs, long heap) implements Event {}

  private record Exited(Worker worker, int generation, int exitCode) implements Event {}

  private void start(Worker w) {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + options.heap(), "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC", "-Xss4m", "-Xshare:auto",
        // the JVM's own warnings (a stale class-data archive, say) go where the libraries' output
        // goes, not into the protocol on stdout
        "-Xlog:disable", "-Xlog:all=warning:stderr", "-Dfile.encoding=UTF-8"));
    cmd.addAll(options.jvmOptions());
    cmd.addAll(ClassDataArchive.forWorker(options.classPath(), options.jvmOptions()));
    cmd.addAll(List.of("-cp", options.classPath(), WorkerMain.class.getName(),
        Long.toString(options.limits().maxBytes()), Long.toString(options.limits().maxChars()),
        Long.toString(options.limits().timeout().toMillis()), Long.toString(options.limits().ocrTimeout().toMillis()),
        Integer.toString(options.threads())));
    if (options.workClass() != null) {
      cmd.add(options.workClass());
    }
    int generation = ++w.generation;
    retiredCpuNanos += w.cpuNanos;
    w.cpuNanos = 0;
    try {
      w.process = new ProcessBuilder(cmd).start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a worker process: " + e.getMessage(), e);
    }
    w.stdin = new BufferedWriter(new OutputStreamWriter(w.process.getOutputStream(), StandardCharsets.UTF_8));
    w.ready = false;
    w.held.clear();
    w.solo = false;
    synchronized (w.stderrTail) {
      w.stderrTail.clear();
    }
    Process process = w.process;
    Thread out = new Thread(() -> readAnswers(w, generation, process), "jixiao-worker-" + w.slot + "-out");
    out.setDaemon(true);
    out.start();
    Thread err = new Thread(() -> drainStderr(w, process), "jixiao-worker-" + w.slot + "-err");
    err.setDaemon(true);
    err.start();
  }

  private void readAnswers(Worker w, int generation, Process process) {
    try (ByteLines lines = new ByteLines(process.getInputStream())) {
      while (lines.next()) {
        Event e = answer(w, generation, lines.bytes(), lines.length());
        if (e != null) {
          events.add(e);
        }
      }
    } catch (IOException e) {
      // the process is gone
    }
    int code;
    try {
      code = process.waitFor();
    } catch (InterruptedException e) {
      code = -1;
    }
    events.add(new Exited(w, generation, code));
  }

  /**
   * One protocol line ({@code line[0, length)}, UTF-8) as an event, or null when it is not one.
   * Read field by field from the bytes, the record straight into its classes: building a JSON tree
   * first, or a String of the line, was work too many for the parent, which reads every record of
   * the batch. The record's own bytes are kept: they are what the index stores.
   */
  private static Event answer(Worker w, int generation, byte[] line, int length) {
    long seq = -1;
    long readNs = 0;
    long extractNs = 0;
    long checkNs = 0;
    long heap = 0;
    int recordStart = -1;
    int recordEnd = -1;
    String text = null;
    String phase = null;
    Report record = null;
    byte[] recordJson = null;
    try (JsonParser p = RecordWire.mapper().getFactory().createParser(line, 0, length)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "ready" -> {
            return new Ready(w, generation);
          }
          case "phase" -> phase = p.getText();
          case "seq" -> seq = p.getLongValue();
          case "readNs" -> readNs = p.getLongValue();
          case "extractNs" -> extractNs = p.getLongValue();
          case "checkNs" -> checkNs = p.getLongValue();
          case "heap" -> heap = p.getLongValue();
          case "record" -> {
            if (value == JsonToken.START_OBJECT) {
              // read in the same pass that finds where it ends: skipping it first and parsing its
              // bytes again was a third of this thread
              recordStart = (int) p.currentTokenLocation().getByteOffset();
              record = RecordWire.read(p);
              recordEnd = (int) p.currentTokenLocation().getByteOffset() + 1;
            }
          }
          case "text" -> text = p.getValueAsString();
          default -> p.skipChildren();
        }
      }
      if (record != null) {
        record = record.withText(text);
        recordJson = Arrays.copyOfRange(line, recordStart, recordEnd);
      }
    } catch (IOException | RuntimeException e) {
      if (seq < 0) {
        return null; // not protocol (cannot happen: stdout carries nothing else)
      }
      record = unreadable(e);
      recordJson = null;
    }
    if (seq < 0) {
      return null;
    }
    if ("start".equals(phase)) {
      return new Started(w, generation, seq);
    }
    if (phase != null) {
      return new Phase(w, generation, seq);
    }
    if (record == null) {
      record = unreadable(null);
    }
    return new Answer(w, generation, seq, record, recordJson, readNs, extractNs, checkNs, heap);
  }

  private static Report unreadable(Exception e) {
    return Report.failed(new Source(null, null, 0, null, false, null, null, null, null), RecordError.of(ErrorCode.INTERNAL,
        "the worker's record could not be read back" + (e == null ? "" : ": " + e.getMessage())));
  }

  private static void drainStderr(Worker w, Process process) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        synchronized (w.stderrTail) {
          w.stderrTail.add(line.length() > 300 ? line.substring(0, 300) : line);
          if (w.stderrTail.size() > 20) {
            w.stderrTail.poll();
          }
        }
      }
    } catch (IOException e) {
      // the process is gone
    }
  }

  private void dispatch() {
    for (Worker w : workers) {
      while (w.ready && !w.solo && w.held.size() < held() && !queued.isEmpty()) {
        Job job = queued.peek();
        boolean suspect = suspects.contains(job.seq());
        if (suspect && !w.held.isEmpty()) {
          break; // a suspect waits for a process with nothing else in hand; other processes drain meanwhile
        }
        queued.poll();
        try {
          Map<String, Object> line = new LinkedHashMap<>();
          line.put("seq", job.seq());
          line.put("input", job.input());
          if (job.sha256() != null) {
            line.put("sha256", job.sha256());
          }
          w.stdin.write(WorkerMain.JSON.writeValueAsString(line));
          w.stdin.write('\n');
          w.stdin.flush();
        } catch (IOException e) {
          queued.addFirst(job); // the worker died before it got the job: its Exited event restarts it
          w.ready = false;
          break;
        }
        w.held.put(job.seq(), new Held(job, System.nanoTime()));
        w.solo = suspect;
      }
    }
  }

  /** Every job a worker holds but those given goes back to the front of the queue, in order. */
  private void requeueHeld(Worker w, List<Held> except) {
    List<Held> back = new ArrayList<>(w.held.values());
    back.removeAll(except);
    for (int i = back.size() - 1; i >= 0; i--) {
      queued.addFirst(back.get(i).job);
    }
    w.held.clear();
  }

  private void checkDeadlines() {
    long now = System.nanoTime();
    for (Worker w : workers) {
      List<Held> late = w.started().stream().filter(h -> now - h.deadlineNanos > 0).toList();
      if (late.isEmpty()) {
        continue;
      }
      kill(w);
      for (Held h : late) {
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

  private void handle(Event e) {
    Worker w = e.worker();
    if (e.generation() != w.generation) {
      return; // from a process this pool already killed
    }
    if (e instanceof Ready) {
      w.ready = true;
    } else if (e instanceof Started st) {
      Held h = w.held.get(st.seq());
      if (h != null) {
        h.started = true;
        h.startedNanos = System.nanoTime();
        h.deadlineNanos = h.startedNanos + options.limits().timeout().plus(options.grace()).toNanos();
      }
    } else if (e instanceof Phase p) {
      Held h = w.held.get(p.seq());
      if (h != null && h.started) {
        h.deadlineNanos = System.nanoTime()
            + options.limits().timeout().plus(options.limits().ocrTimeout()).plus(options.grace()).toNanos();
      }
    } else if (e instanceof Answer a) {
      Held h = w.held.remove(a.seq());
      if (h == null) {
        return;
      }
      failedStarts = 0;
      peakHeap = Math.max(peakHeap, a.heap());
      sample(w);
      suspects.remove(a.seq());
      w.solo = false;
      long now = System.nanoTime();
      finished.add(new Done(h.job, a.record(), a.readNs(), a.extractNs(), a.checkNs(),
          now - (h.started ? h.startedNanos : h.sentNanos), a.recordJson()));
      if (a.record().errors().stream().anyMatch(err -> ErrorCode.TIMEOUT.id().equals(err.code()))) {
        kill(w); // the reader it gave up on may still be running on an abandoned thread
        requeueHeld(w, List.of());
        restart(w);
      }
    } else if (e instanceof Exited x) {
      if (!w.held.isEmpty()) {
        crashed(w, x.exitCode());
      } else if (!w.ready && ++failedStarts > STARTS_WITHOUT_ANSWER * options.workers()) {
        throw new IllegalStateException("worker processes exit before they start (exit code " + x.exitCode() + "): "
            + String.join(" | ", tail(w)));
      }
      restart(w);
    }
  }

  /**
   * A process died holding jobs. One started job, or a suspect read alone, is the one that killed
   * it; several started jobs become suspects, each to be read again alone; jobs not yet started
   * go back to the queue as they were.
   */
  private void crashed(Worker w, int exitCode) {
    List<Held> running = w.started();
    if (running.isEmpty()) {
      // it died between jobs, or before it said it started the first: the first one sent is the
      // likeliest cause, and charging it (as a single job was before threads) cannot loop
      running = List.of(w.held.values().iterator().next());
    }
    if (running.size() == 1 || w.solo) {
      Held h = running.get(0);
      crashes++;
      suspects.remove(h.job.seq());
      long since = h.started ? h.startedNanos : h.sentNanos;
      finished.add(failed(h.job, System.nanoTime() - since, new RecordError(Done.CRASH, crashMessage(w, exitCode))));
      requeueHeld(w, running);
      return;
    }
    for (Held h : running) {
      suspects.add(h.job.seq());
      readAlone++;
    }
    requeueHeld(w, List.of());
  }

  private String crashMessage(Worker w, int exitCode) {
    if (exitCode == 3 || tail(w).stream().anyMatch(l -> l.contains("OutOfMemoryError"))) {
      return "the worker process ran out of memory (heap limit " + options.heap() + ") on this file; it was replaced";
    }
    List<String> tail = tail(w);
    return "the worker process died on this file (exit code " + exitCode + ")"
        + (tail.isEmpty() ? "" : ": " + tail.get(tail.size() - 1)) + "; it was replaced";
  }

  private static List<String> tail(Worker w) {
    synchronized (w.stderrTail) {
      return new ArrayList<>(w.stderrTail);
    }
  }

  private void restart(Worker w) {
    restarts++;
    start(w);
  }

  private void kill(Worker w) {
    sampleCpu(w);
    w.generation++;
    try {
      w.process.descendants().forEach(ProcessHandle::destroyForcibly);
    } catch (RuntimeException e) {
      // gone already
    }
    w.process.destroyForcibly();
    try {
      w.process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * A worker process's CPU time, read before it is killed or let go (reading it after every answer
   * cost more /proc reads than the rest of the bookkeeping); a worker that dies on its own is gone
   * before it can be read, so its CPU is not counted.
   */
  private static void sampleCpu(Worker w) {
    try {
      w.process.info().totalCpuDuration().ifPresent(d -> w.cpuNanos = d.toNanos());
    } catch (RuntimeException e) {
      // gone already
    }
  }

  /** Peak resident memory so far of a worker process (after every answer: cheap, one small file). */
  private void sample(Worker w) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(w.process.pid()), "status"))) {
        if (line.startsWith("VmHWM:")) {
          long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
          peakRss = Math.max(peakRss, kb * 1024);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or the process is gone
    }
  }

  private static Done failed(Job job, long wallNanos, RecordError error) {
    Source source = new Source(job.input().key(), job.sha256(), Math.max(0, job.bytes()), null, false, null, null, null, null);
    return new Done(job, Report.failed(source, error), 0, 0, 0, wallNanos);
  }

  private static String seconds(long nanos) {
    return String.format("%.1f s", nanos / 1e9);
  }
}
