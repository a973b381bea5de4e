package dev.jixiao.pipeline.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.jixiao.read.ReadFailure;
import dev.jixiao.read.ReadLimits;
import dev.jixiao.record.ErrorCode;
import dev.jixiao.record.RecordError;
import dev.jixiao.record.Report;
import dev.jixiao.record.Source;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.zip.ZipFile;

/**
 * A worker process: reads jobs from stdin, in order, on as many threads as it is given, and
 * answers each on stdout ({@link WorkerProtocol}). Whatever the libraries print goes to stderr, so
 * stdout carries the protocol only. When stdin closes (the parent exited or was killed) the process
 * halts at once, even in the middle of a document.
 *
 * <p>Arguments: maxBytes maxChars timeoutMillis ocrTimeoutMillis threads [work class].
 */
public final class WorkerMain {
  private WorkerMain() {}

  public static void main(String[] args) throws Exception {
    OutputStream protocol = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    ReadLimits limits = new ReadLimits(Long.parseLong(args[0]), Long.parseLong(args[1]),
        Duration.ofMillis(Long.parseLong(args[2])), Duration.ofMillis(Long.parseLong(args[3])));
    int threads = Integer.parseInt(args[4]);
    // one instance for every thread: the pipeline holds no per-document state
    DocumentWork work = args.length > 5 ? (DocumentWork) Class.forName(args[5]).getConstructor(ReadLimits.class)
        .newInstance(limits) : new TimedPipeline(limits);

    BlockingQueue<String> jobs = new LinkedBlockingQueue<>();
    Thread stdin = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          jobs.add(line);
        }
      } catch (IOException e) {
        // the parent is gone
      }
      Runtime.getRuntime().halt(0); // no orphan keeps working after its parent died
    }, "jixiao-worker-stdin");
    stdin.setDaemon(true);
    stdin.start();

    Worker first = new Worker(work, limits, protocol);
    warmUp(work);
    first.send(WorkerProtocol::writeReady);
    for (int t = 1; t < threads; t++) {
      Worker other = new Worker(work, limits, protocol);
      Thread thread = new Thread(() -> work(other, jobs), "jixiao-worker-" + t);
      thread.setDaemon(true); // the process ends when stdin closes, whatever its threads are doing
      thread.start();
    }
    work(first, jobs);
  }

  private static void work(Worker worker, BlockingQueue<String> jobs) {
    try {
      while (true) {
        worker.run(WorkerProtocol.readJob(jobs.take()));
      }
    } catch (IOException | InterruptedException | RuntimeException e) {
      // a job line it cannot read, or the protocol gone: the parent charges the process's death
      e.printStackTrace();
      Runtime.getRuntime().halt(70);
    }
  }

  /**
   * Runs a small report through the work before saying ready, so that dictionaries and classes
   * load now rather than inside the first file's deadline.
   */
  static void warmUp(DocumentWork work) {
    try {
      work.process("warm-up.txt", WarmUpDocuments.txt(), () -> { });
      work.process("warm-up.docx", WarmUpDocuments.docx(), () -> { });
      work.process("warm-up.pdf", WarmUpDocuments.pdf(), () -> { });
    } catch (RuntimeException e) {
      // the real files will say what is wrong
    }
  }

  private static final class Worker {
    private final DocumentWork work;
    private final ReadLimits limits;
    private final OutputStream protocol;
    private String openArchive;
    private ZipFile archive;

    Worker(DocumentWork work, ReadLimits limits, OutputStream protocol) {
      this.work = work;
      this.limits = limits;
      this.protocol = protocol;
    }

    void run(WorkerProtocol.JobLine job) throws IOException {
      long seq = job.seq();
      send(out -> WorkerProtocol.writeStarted(out, seq));
      InputRef input = job.input();
      DocumentWork.Made made;
      try {
        byte[] bytes = bytes(input);
        made = work.process(input.key(), bytes, job.sha256(), () -> {
          try {
            send(out -> WorkerProtocol.writeOcrStarted(out, seq));
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
      } catch (ReadFailure e) {
        made = new DocumentWork.Made(Report.failed(source(input), e.toError()), 0, 0, 0);
      } catch (IOException e) {
        made = new DocumentWork.Made(Report.failed(source(input), RecordError.of(ErrorCode.UNREADABLE,
            "cannot read the file: " + e.getMessage())), 0, 0, 0);
      }
      DocumentWork.Made m = made;
      Runtime rt = Runtime.getRuntime();
      long heap = rt.totalMemory() - rt.freeMemory();
      send(out -> WorkerProtocol.writeAnswer(out, seq, m, heap));
    }

    private byte[] bytes(InputRef input) throws IOException, ReadFailure {
      if (!input.inArchive()) {
        Path p = Path.of(input.path());
        long size = Files.size(p);
        if (size > limits.maxBytes()) {
          throw new ReadFailure(ErrorCode.TOO_LARGE, "the file has " + size + " bytes; the limit is " + limits.maxBytes());
        }
        return Files.readAllBytes(p);
      }
      if (!input.path().equals(openArchive)) {
        if (archive != null) {
          archive.close();
        }
        archive = null;
        openArchive = null;
        archive = ZipInputs.open(Path.of(input.path()));
        openArchive = input.path();
      }
      return ZipInputs.read(archive, input.entry(), limits);
    }

    private static Source source(InputRef input) {
      return new Source(input.key(), null, 0, null, false, null, null, null, null);
    }

    interface Fields {
      void write(JsonGenerator out) throws IOException;
    }

    /**
     * One protocol line. The threads share stdout: each makes its whole line first, then writes it
     * under stdout's lock, so a record being written never holds up another thread's line.
     */
    void send(Fields fields) throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream(256);
      try (JsonGenerator g = RecordWire.mapper().getFactory().createGenerator(line)) {
        g.writeStartObject();
        fields.write(g);
        g.writeEndObject();
      }
      line.write('\n');
      synchronized (protocol) {
        line.writeTo(protocol);
        protocol.flush();
      }
    }
  }
}
