package dev.jixiao.cli.bench;

import dev.jixiao.generator.Corpus;
import dev.jixiao.index.analysis.JixiaoAnalyzer;
import java.io.InputStream;
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

/**
 * Ingests N generated reports (mixed txt/docx/pdf, no OCR) with {@code bin/jixiao ingest}, as a
 * user runs it: the built jar, its class-data archive and the launcher's JVM options, in a process
 * of its own (so its memory and CPU are the ingest's alone; default settings: one worker process
 * per core). Build the jar first ({@code mvn -o install -DskipTests}); the benchmark says so when
 * the jar is missing or older than the classes. In the same run it times plain Tika text
 * extraction of the same files on as many threads. Prints files per second, the stage shares,
 * CPU per process and peak memory (the ingest's summary), and the ratio to Tika.
 *
 * <p>With {@code --tika-analysis} it then times plain Tika again, warm, and the index's Chinese
 * analysis ({@link JixiaoAnalyzer#forIndex()}) of the texts Tika gave, warm: with the baseline,
 * the least any pipeline that makes these reports searchable in Chinese has to do, and how much
 * of the baseline is the JVM warming up.
 *
 * <p>{@code IngestBenchmark N [workers] [--no-tika] [--tika-analysis] [--keep] [-- ingest options…]}
 */
public final class IngestBenchmark {
  public static void main(String[] args) throws Exception {
    List<String> all = List.of(args);
    int dashes = all.indexOf("--");
    List<String> own = dashes < 0 ? all : all.subList(0, dashes);
    List<String> ingestOptions = dashes < 0 ? List.of() : all.subList(dashes + 1, all.size());
    int n = Integer.parseInt(own.get(0));
    int workers = own.size() > 1 && own.get(1).matches("\\d+") ? Integer.parseInt(own.get(1)) : Runtime.getRuntime().availableProcessors();
    boolean tika = !own.contains("--no-tika");
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
      tikaSeconds = tika(w.reports(), workers, null);
      System.out.printf("plain Tika (AutoDetectParser, %d threads): %.1f s, %.1f files/s%n", workers, tikaSeconds, n / tikaSeconds);
    }
    if (own.contains("--tika-analysis")) {
      List<String> texts = new ArrayList<>();
      double warm = tika(w.reports(), workers, texts);
      analysis(texts, workers); // warms the analyzer up
      double analysed = analysis(texts, workers);
      System.out.printf("warm, %d threads: plain Tika %.1f s; the index's Chinese analysis of its text %.1f s%n", workers, warm,
          analysed);
    }

    List<String> cmd = new ArrayList<>();
    cmd.add(launcher().toString());
    cmd.addAll(List.of("ingest", "--index",
        root.resolve("index").toString(), "--workers", Integer.toString(workers), "--progress", "none", "-q", "--report",
        root.resolve("out.jsonl").toString()));
    cmd.addAll(ingestOptions);
    System.out.println("jixiao " + String.join(" ", cmd.subList(cmd.indexOf("ingest"), cmd.size())) + " <" + n + " reports>");
    w.reports().forEach(p -> cmd.add(p.toString())); // the reports, not the ground truth beside them
    long t0 = System.nanoTime();
    Process ingest = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(ingest.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    int code = ingest.waitFor();
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.print(output);
    System.out.printf("jixiao ingest (%d workers, own JVM): exit %d, %.1f s, %.1f files/s%s%n", workers, code, seconds, n / seconds,
        tika ? String.format(", %.2f× plain Tika", seconds / tikaSeconds) : "");
    if (!own.contains("--keep")) {
      try (var paths = Files.walk(root)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    } else {
      System.out.println("kept " + root);
    }
  }

  /** {@code bin/jixiao}, after checking that the jar it runs is there and not older than the classes. */
  private static Path launcher() throws java.io.IOException {
    Path root = Path.of(System.getProperty("jixiao.samples", "corpus-samples")).toAbsolutePath().getParent();
    Path jar = root.resolve("cli/target/jixiao.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: build it first (mvn -o install -DskipTests)");
    }
    long built = Files.getLastModifiedTime(jar).toMillis();
    for (String module : List.of("extractors", "pipeline", "index", "cli")) {
      Path classes = root.resolve(module).resolve("target/classes");
      if (!Files.isDirectory(classes)) {
        continue;
      }
      try (var paths = Files.walk(classes)) {
        if (paths.anyMatch(p -> p.toFile().lastModified() > built)) {
          System.out.println("WARNING: " + module + "/target/classes is newer than " + jar + "; rebuild it (mvn -o install -DskipTests)");
        }
      }
    }
    return root.resolve("bin/jixiao");
  }

  /** Plain Tika on every file; the texts are added to {@code keep} when it is not null. */
  private static double tika(List<Path> files, int threads, List<String> keep) throws Exception {
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
          if (keep != null) {
            synchronized (keep) {
              keep.add(h.toString());
            }
          }
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

  /** The index analyzer over the texts, on as many threads; seconds. */
  private static double analysis(List<String> texts, int threads) throws Exception {
    JixiaoAnalyzer analyzer = JixiaoAnalyzer.forIndex();
    AtomicLong tokens = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t0 = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (String text : texts) {
      futures.add(pool.submit(() -> {
        try (org.apache.lucene.analysis.TokenStream ts = analyzer.tokenStream("text", text)) {
          ts.reset();
          while (ts.incrementToken()) {
            tokens.incrementAndGet();
          }
          ts.end();
        }
        return null;
      }));
    }
    for (Future<?> fu : futures) {
      fu.get();
    }
    pool.shutdown();
    return (System.nanoTime() - t0) / 1e9;
  }
}
