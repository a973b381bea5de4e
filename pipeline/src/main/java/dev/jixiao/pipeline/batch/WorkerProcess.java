package dev.jixiao.pipeline.batch;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One slot of a {@link WorkerPool}: the worker JVM in it now, replaced by a new one whenever it is
 * killed or dies. Each process is a generation of the slot; what an older generation still says
 * after it was replaced is recognised by its number and ignored. Its stdout and stderr are read by
 * threads of their own, so that the pool never blocks on a worker: what the process says, and
 * its exit, arrive as {@link Event}s on the pool's queue.
 *
 * <p>Not thread-safe: everything but those two reading threads runs on the pool's caller.
 */
final class WorkerProcess {
  /** Something that happened to a generation of a slot. */
  sealed interface Event permits Said, Exited {
    WorkerProcess worker();

    int generation();
  }

  record Said(WorkerProcess worker, int generation, WorkerProtocol.Message message) implements Event {}

  record Exited(WorkerProcess worker, int generation, int exitCode) implements Event {}

  /** A job the process holds: waiting for a thread of it, or started and running to a deadline. */
  static final class Held {
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

  private static final int STDERR_LINES = 20;
  /** How long an exited process's stderr may take to be read to its end. */
  private static final long STDERR_WAIT_MS = 2_000;

  private final int slot;
  private final WorkerPool.Options options;
  private final BlockingQueue<Event> events;
  private int generation;
  private Process process;
  private BufferedWriter stdin;
  /** False until the process says it is ready, and again once it cannot take jobs. */
  boolean ready;
  /** Jobs sent and not answered, in the order sent, by seq. */
  final Map<Long, Held> held = new LinkedHashMap<>();
  /** Reading a suspect alone: no other job goes to it until that one is answered. */
  boolean solo;
  /** The current process's CPU time when last sampled. */
  private long cpuNanos;
  /** CPU time of the slot's processes that were replaced. */
  private long retiredCpuNanos;
  private final Deque<String> stderrTail = new ArrayDeque<>();

  WorkerProcess(int slot, WorkerPool.Options options, BlockingQueue<Event> events) {
    this.slot = slot;
    this.options = options;
    this.events = events;
  }

  int generation() {
    return generation;
  }

  List<Held> started() {
    return held.values().stream().filter(Held::started).toList();
  }

  /** Starts a new generation in the slot, holding nothing. */
  void start() {
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
    int gen = ++generation;
    retiredCpuNanos += cpuNanos;
    cpuNanos = 0;
    try {
      process = new ProcessBuilder(cmd).start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a worker process: " + e.getMessage(), e);
    }
    stdin = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
    ready = false;
    held.clear();
    solo = false;
    synchronized (stderrTail) {
      stderrTail.clear();
    }
    Process p = process;
    Thread err = new Thread(() -> drainStderr(p), "jixiao-worker-" + slot + "-err");
    err.setDaemon(true);
    err.start();
    Thread out = new Thread(() -> readMessages(gen, p, err), "jixiao-worker-" + slot + "-out");
    out.setDaemon(true);
    out.start();
  }

  private void readMessages(int gen, Process p, Thread stderrReader) {
    try (ByteLines lines = new ByteLines(p.getInputStream())) {
      while (lines.next()) {
        WorkerProtocol.Message m = WorkerProtocol.read(lines.bytes(), lines.length());
        if (m != null) {
          events.add(new Said(this, gen, m));
        }
      }
    } catch (IOException e) {
      // the process is gone
    }
    int code;
    try {
      code = p.waitFor();
      // what the process said on stderr before it died is the reason it gives: read it all before saying it exited
      stderrReader.join(STDERR_WAIT_MS);
    } catch (InterruptedException e) {
      code = p.isAlive() ? -1 : p.exitValue();
    }
    events.add(new Exited(this, gen, code));
  }

  private void drainStderr(Process p) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        synchronized (stderrTail) {
          stderrTail.add(line.length() > 300 ? line.substring(0, 300) : line);
          if (stderrTail.size() > STDERR_LINES) {
            stderrTail.poll();
          }
        }
      }
    } catch (IOException e) {
      // the process is gone
    }
  }

  /** Sends a job; false when the process is gone (its Exited event will say so). */
  boolean send(Job job) {
    try {
      stdin.write(WorkerProtocol.jobLine(job));
      stdin.write('\n');
      stdin.flush();
    } catch (IOException e) {
      return false;
    }
    held.put(job.seq(), new Held(job, System.nanoTime()));
    return true;
  }

  /** Kills the process and its children (Tesseract, say); what it still says is ignored. */
  void kill() {
    sampleCpu();
    generation++;
    try {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
    } catch (RuntimeException e) {
      // gone already
    }
    process.destroyForcibly();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Lets the process go: a worker halts when its stdin closes. */
  void closeInput() {
    sampleCpu();
    generation++;
    try {
      stdin.close();
    } catch (IOException | RuntimeException e) {
      // already gone
    }
  }

  /** Waits for a process let go, and kills it if it does not end in time. */
  void awaitExit(long seconds) {
    try {
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        kill();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill();
    }
  }

  /**
   * CPU time of every process the slot has had. The running one's is read now: reading it after
   * every answer cost more /proc reads than the rest of the bookkeeping; a process that died on its
   * own was gone before it could be read, so its CPU is not counted.
   */
  long cpuNanos() {
    if (process != null && process.isAlive()) {
      sampleCpu();
    }
    return retiredCpuNanos + cpuNanos;
  }

  private void sampleCpu() {
    try {
      process.info().totalCpuDuration().ifPresent(d -> cpuNanos = d.toNanos());
    } catch (RuntimeException e) {
      // gone already
    }
  }

  /** Peak resident memory so far of the running process, or 0 when unknown (one small file to read). */
  long peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or the process is gone
    }
    return 0;
  }

  /** The last lines the process wrote to stderr. */
  List<String> stderrTail() {
    synchronized (stderrTail) {
      return new ArrayList<>(stderrTail);
    }
  }

  /** Why the process died on the file it was reading, for that file's record. */
  String crashMessage(int exitCode) {
    List<String> tail = stderrTail();
    if (exitCode == 3 || tail.stream().anyMatch(l -> l.contains("OutOfMemoryError"))) {
      return "the worker process ran out of memory (heap limit " + options.heap() + ") on this file; it was replaced";
    }
    return "the worker process died on this file (exit code " + exitCode + ")"
        + (tail.isEmpty() ? "" : ": " + tail.get(tail.size() - 1)) + "; it was replaced";
  }
}
