package dev.jixiao.cli;

import dev.jixiao.index.IndexUpdater;
import dev.jixiao.index.IndexedFiles;
import dev.jixiao.index.Ingester;
import dev.jixiao.pipeline.batch.BatchInputs;
import dev.jixiao.pipeline.batch.BatchRunner;
import dev.jixiao.pipeline.batch.InputRef;
import dev.jixiao.pipeline.batch.LazyPool;
import dev.jixiao.pipeline.batch.PumpedPool;
import dev.jixiao.pipeline.batch.RecordPool;
import dev.jixiao.pipeline.batch.ThreadPool;
import dev.jixiao.pipeline.batch.TimedPipeline;
import dev.jixiao.pipeline.batch.WorkerPool;
import dev.jixiao.read.ReadLimits;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest",
    description = {"Extract, check and index files: directories recursively, .zip archives by their entries. Parsing "
        + "runs in worker processes (one per core), each file under a time limit, each worker under a memory cap: a "
        + "file that hangs or crashes its worker is recorded as failed (timeout, crash) and the batch goes on. An "
        + "unchanged file (same sha256) is skipped; commits every --batch files or --commit-every seconds, so a killed "
        + "ingest is completed by running it again. Progress and the summary go to stderr."})
final class IngestCommand implements Callable<Integer> {
  enum ProgressMode { auto, bar, plain, none }

  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "report files, directories or .zip archives")
  List<Path> inputs;

  @Option(names = "--delete", description = "remove the named files from the index instead (not directories)")
  boolean delete;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "500", description = "commit after at most N files (default: ${DEFAULT-VALUE})")
  int batch;

  @Option(names = "--commit-every", paramLabel = "SECONDS", defaultValue = "10",
      description = "commit at least this often while files arrive (default: ${DEFAULT-VALUE}); a killed run redoes at most this much")
  double commitEvery;

  @Option(names = "--retry-failed", description = "read again the files whose indexed record failed with timeout or crash")
  boolean retryFailed;

  /**
   * Workers share a process two by two: each process loads, warms and compiles the same libraries,
   * and on 2 cores one process reading two documents at once did 1,000 reports in 11.8 s against
   * two processes' 12.9 s (medians of three runs; docs/search.md). Not more: the serial collector
   * stops every thread of a process while it collects, and a process that dies takes every
   * document it was reading with it (they are read again, each alone, to find the one that killed
   * it).
   */
  static final int DEFAULT_THREADS_PER_PROCESS = 2;

  @Option(names = "--workers", paramLabel = "N", description = "documents read at once, each on a worker thread (default: one per core)")
  Integer workers;

  @Option(names = "--worker-processes", paramLabel = "P",
      description = "worker processes the workers are spread over, evenly, rounded up (default: one per "
          + DEFAULT_THREADS_PER_PROCESS + " workers); as many as --workers gives every document a process of its own")
  Integer workerProcesses;

  @Option(names = "--in-process", description = "parse on threads of this process instead of worker processes (no isolation)")
  boolean inProcess;

  @Option(names = "--worker-heap", paramLabel = "SIZE",
      description = "each worker process's memory cap, as -Xmx (default: 1g for each document it reads at once)")
  String workerHeap;

  @Option(names = "--worker-jvm", paramLabel = "OPTIONS",
      description = "the workers' JVM options, space-separated (default: -XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=0.1, measured fastest; \"\" for none)")
  String workerJvm;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "time limit for reading one file (default: 120)")
  Long timeout;

  @Option(names = "--ocr-timeout", paramLabel = "SECONDS", description = "extra time for a file that needs OCR (default: 900)")
  Long ocrTimeout;

  @Option(names = "--report", paramLabel = "FILE", description = "write the outcome list: one JSON line per input (path, sha256, status, error, recordId)")
  Path report;

  @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
      description = "auto (a bar on a terminal, else a line every few seconds), bar, plain, none")
  ProgressMode progressMode;

  @Option(names = "--progress-every", paramLabel = "SECONDS", defaultValue = "5", description = "seconds between plain progress lines")
  double progressEvery;

  @Option(names = "--worker-work", hidden = true, description = "a DocumentWork class for the workers (tests)")
  String workerWork;

  @Option(names = {"-q", "--quiet"}, description = "print the summary only")
  boolean quiet;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (batch < 1 || (workers != null && workers < 1) || (workerProcesses != null && workerProcesses < 1) || !(commitEvery > 0)) {
      err.println("--batch, --workers and --worker-processes must be at least 1, --commit-every above 0");
      return ExitCodes.USAGE;
    }
    if (delete) {
      return delete(out);
    }
    ReadLimits limits = ReadLimits.DEFAULTS;
    if (timeout != null) {
      limits = limits.withTimeout(Duration.ofSeconds(timeout));
    }
    if (ocrTimeout != null) {
      limits = limits.withOcrTimeout(Duration.ofSeconds(ocrTimeout));
    }
    long t0 = System.nanoTime();
    List<InputRef> refs = BatchInputs.expand(inputs);
    int n = Math.max(1, Math.min(workers != null ? workers : Runtime.getRuntime().availableProcessors(), refs.size()));
    int processes = Math.min(n, workerProcesses != null ? workerProcesses : ceilDiv(n, DEFAULT_THREADS_PER_PROCESS));
    int threads = ceilDiv(n, processes);
    ReadLimits l = limits;
    // worker processes are driven from a thread of their own: this one indexes and commits
    RecordPool pool = new LazyPool(() -> inProcess ? new ThreadPool(n, new TimedPipeline(l), l)
        : new PumpedPool(new WorkerPool(workerOptions(processes, threads, l)), n * PumpedPool.JOBS_PER_WORKER),
        n * PumpedPool.JOBS_PER_WORKER);
    boolean bar = progressMode == ProgressMode.bar || progressMode == ProgressMode.auto && System.console() != null;
    Progress progress = progressMode == ProgressMode.none ? Progress.none()
        : bar ? Progress.bar(refs.size(), System.err) : Progress.lines(refs.size(), err, (long) (progressEvery * 1000));
    BatchSummary summary = new BatchSummary();
    RecordPool.Stats stats;
    try (IndexUpdater updater = IndexUpdater.open(index.dir()); IndexedFiles committed = IndexedFiles.open(index.dir());
        OutcomeList list = report == null ? null : new OutcomeList(report); pool; progress) {
      CommitPolicy commits = new CommitPolicy(batch, Duration.ofMillis((long) (commitEvery * 1000)));
      BulkIngest ingest = new BulkIngest(updater, committed, commits, retryFailed, list, summary, quiet || bar ? null : out,
          progress);
      new BatchRunner(limits).run(refs, pool, ingest);
      ingest.commit();
      stats = pool.stats();
      if (list != null) {
        list.finish();
      }
    }
    out.printf("ingest: %d added, %d replaced, %d unchanged, %d same as another file, %d deleted, %d missing%s; index %s%n",
        summary.outcome("added"), summary.outcome("replaced"), summary.outcome("unchanged"), summary.outcome("alias"), 0,
        summary.outcome("not-indexed"), retryFailed ? ", " + summary.outcome("retried") + " retried" : "",
        index.dir().toAbsolutePath().normalize());
    out.flush();
    String how = inProcess ? n + " threads" : String.format(
        "%d workers in %d process%s (%d restarted, %d timed out, %d crashed; peak worker process RSS %d MB, heap %d MB)",
        processes * threads, processes, processes == 1 ? "" : "es", stats.restarts(), stats.timeouts(), stats.crashes(),
        stats.peakWorkerRssBytes() >> 20, stats.peakWorkerHeapBytes() >> 20);
    summary.cpu(ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L), stats.workerCpuNanos());
    summary.memory(ProcessMemory.peakRssBytes(), ProcessMemory.peakHeapBytes());
    summary.print(err, (System.nanoTime() - t0) / 1e9, how, report == null ? null : report.toAbsolutePath().normalize().toString());
    return summary.failed() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }

  private WorkerPool.Options workerOptions(int processes, int threads, ReadLimits limits) {
    WorkerPool.Options o = WorkerPool.Options.defaults(processes, limits).withThreads(threads)
        .withHeap(workerHeap != null ? workerHeap : threads + "g").withWorkClass(workerWork);
    return workerJvm == null ? o : o.withJvmOptions(workerJvm.isBlank() ? List.of() : List.of(workerJvm.trim().split("\\s+")));
  }

  private int delete(PrintWriter out) throws IOException {
    try (IndexUpdater updater = IndexUpdater.open(index.dir())) {
      Ingester.Summary s = new Ingester(updater, f -> { throw new IllegalStateException(); }, batch).delete(inputs, e -> {
        if (!quiet) {
          out.printf("%-9s %-8s %s%s%n", e.outcome().name().toLowerCase(java.util.Locale.ROOT), "", e.file(),
              e.detail() == null ? "" : "  (" + e.detail() + ")");
        }
      });
      out.printf("delete: %d added, %d replaced, %d unchanged, %d same as another file, %d deleted, %d missing; index %s%n",
          0, 0, 0, 0, s.deleted(), s.missing(), index.dir().toAbsolutePath().normalize());
      out.flush();
      return s.missing() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }
  }
}
