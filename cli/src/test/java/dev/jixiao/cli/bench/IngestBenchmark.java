package dev.jixiao.cli.bench;

import dev.jixiao.cli.Jixiao;
import dev.jixiao.generator.Corpus;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import picocli.CommandLine;

/**
 * Ingests N generated reports (mixed txt/docx/pdf, no OCR) with {@code jixiao ingest} (worker
 * processes, default settings) and, in the same run, times plain Tika text extraction of the same
 * files on as many threads. Prints files per second, the stage shares, peak memory.
 *
 * <p>{@code IngestBenchmark N [workers] [--no-tika]}
 */
public final class IngestBenchmark {
  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    int workers = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    boolean tika = !List.of(args).contains("--no-tika");
    Path root = Files.createTempDirectory("jixiao-bench");
    Path corpus = root.resolve("corpus");
    long g0 = System.nanoTime();
    Corpus.Written w = Corpus.generate(n, corpus, List.of("txt", "docx", "pdf"), 2025, 0.2, i -> { });
    long bytes = 0;
    for (Path p : w.reports()) {
      bytes += Files.size(p);
    }
    System.out.printf("generated %d reports (%d MB) in %.1f s%n", n, bytes >> 20, (System.nanoTime() - g0) / 1e9);

    double tikaSeconds = Double.NaN;
    if (tika) {
      tikaSeconds = tika(w.reports(), workers);
      System.out.printf("plain Tika (AutoDetectParser, %d threads): %.1f s, %.1f files/s%n", workers, tikaSeconds, n / tikaSeconds);
    }

    List<String> cmd = new ArrayList<>(List.of("ingest", "--index", root.resolve("index").toString(), "--workers",
        Integer.toString(workers), "--progress", "none", "-q", "--report", root.resolve("out.jsonl").toString()));
    w.reports().forEach(p -> cmd.add(p.toString()));
    CommandLine cl = Jixiao.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    long t0 = System.nanoTime();
    int code = cl.execute(cmd.toArray(String[]::new));
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.print(out);
    System.out.print(err);
    System.out.printf("jixiao ingest (%d workers): exit %d, %.1f s, %.1f files/s%s%n", workers, code, seconds, n / seconds,
        tika ? String.format(", %.2f× plain Tika", seconds / tikaSeconds) : "");
    long peakHeap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peakHeap += pool.getPeakUsage().getUsed();
      }
    }
    String hwm = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM")).findFirst().orElse("?");
    System.out.printf("parent: peak heap %d MB (sum of pool peaks, includes generation and Tika), %s%n", peakHeap >> 20, hwm.replaceAll("\\s+", " "));
  }

  private static double tika(List<Path> files, int threads) throws Exception {
    AutoDetectParser parser = new AutoDetectParser();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong chars = new AtomicLong();
    long t0 = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (Path f : files) {
      futures.add(pool.submit(() -> {
        try (InputStream in = Files.newInputStream(f)) {
          BodyContentHandler h = new BodyContentHandler(-1);
          parser.parse(in, h, new Metadata(), new ParseContext());
          chars.addAndGet(h.toString().length());
        }
        return null;
      }));
    }
    for (Future<?> fu : futures) {
      fu.get();
    }
    pool.shutdown();
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf("plain Tika read %d characters%n", chars.get());
    return s;
  }
}
