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
 * extraction of the same files on as many threads, each time in a new JVM, so that neither side
 * starts warm (the generator's JVM has run PDFBox and POI): once with the JVM's default options,
 * as anyone would run it, and once with the options {@code bin/jixiao} gives its own JVM (C1
 * only, serial collector), which make plain Tika much faster on a batch of this size too. Each is
 * timed two ways: its whole process, from launch to exit, as the ingest is timed (JVM start,
 * Tika's set-up and its parsing), and its parsing loop alone, which leaves out what any JVM
 * program pays to start. The ratios are taken against the faster configuration, both ways.
 * Prints files per second, the stage shares, CPU per process and peak memory (the ingest's
 * summary), and the ratios. Each side's CPU seconds (its processes', workers included, as Linux
 * counts them for a waited-for child) are printed and compared too: on a shared VM whose speed
 * moves between runs, the CPU ratio says what the work costs apart from how the two cores were
 * shared out.
 *
 * <p>With {@code --runs R} it times both sides R times, alternately, and prints the median of each
 * and their ratio: on a shared 2-core VM one run of either varies by 5–15%.
 *
 * <p>With {@code --extract} it also times {@code bin/jixiao extract --jsonl} of the same files on
 * as many threads, in a process of its own (read, extract and check, records written to a file; no
 * worker processes, no index): the part of the pipeline that does what plain Tika does and then
 * reads the figures, and so the least the whole pipeline can take.
 *
 * <p>With {@code --tika-analysis} it then times plain Tika again, warm, and the index's Chinese
 * analysis ({@link JixiaoAnalyzer#forIndex()}) of the texts Tika gave, warm: with the baseline,
 * the least any pipeline that makes these reports searchable in Chinese has to do, and how much
 * of the baseline is the JVM warming up.
 *
 * <p>{@code IngestBenchmark N [workers] [--runs R] [--no-tika] [--extract] [--tika-analysis] [--keep] [-- ingest options…]}
 */
public final class IngestBenchmark {
  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("--plain-tika")) {
      plainTika(Path.of(args[1]), Integer.parseInt(args[2]));
      return;
    }
    List<String> all = List.of(args);
    int dashes = all.indexOf("--");
    List<String> own = dashes < 0 ? all : all.subList(0, dashes);
    List<String> ingestOptions = dashes < 0 ? List.of() : all.subList(dashes + 1, all.size());
    int n = Integer.parseInt(own.get(0));
    int workers = own.size() > 1 && own.get(1).matches("\\d+") ? Integer.parseInt(own.get(1)) : Runtime.getRuntime().availableProcessors();
    int runs = own.contains("--runs") ? Integer.parseInt(own.get(own.indexOf("--runs") + 1)) : 1;
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

    Path list = root.resolve("files.txt");
    Files.write(list, w.reports().stream().map(Path::toString).toList());
    List<TikaTime> tikaDefaultRuns = new ArrayList<>();
    List<TikaTime> tikaC1Runs = new ArrayList<>();
    List<Timed> ingestRuns = new ArrayList<>();
    List<Timed> extractRuns = new ArrayList<>();
    boolean extract = own.contains("--extract");
    for (int run = 1; run <= runs; run++) {
      String round = runs > 1 ? "run " + run + "/" + runs + ": " : "";
      if (tika) {
        TikaTime d = tikaInOwnJvm(list, workers, List.of());
        tikaDefaultRuns.add(d);
        TikaTime c = tikaInOwnJvm(list, workers, TIKA_AS_JIXIAO);
        tikaC1Runs.add(c);
        System.out.printf("%splain Tika (AutoDetectParser, %d threads, new JVM), process / parsing loop: default options %.1f / %.1f s"
            + " (%s CPU); %s %.1f / %.1f s (%s CPU)%n", round, workers, d.process(), d.loop(), cpu(d.cpu()),
            String.join(" ", TIKA_AS_JIXIAO), c.process(), c.loop(), cpu(c.cpu()));
      }
      Timed ingest = ingest(root, run, workers, ingestOptions, w.reports(), run == runs);
      ingestRuns.add(ingest);
      System.out.printf("%sjixiao ingest (%d workers, own JVM): %.1f s, %.1f files/s, %s CPU%s%n", round, workers, ingest.seconds(),
          n / ingest.seconds(), cpu(ingest.cpu()), tika ? ratios(ingest, tikaDefaultRuns.get(run - 1), tikaC1Runs.get(run - 1)) : "");
      if (extract) {
        Timed e = extract(root, run, workers, w.reports());
        extractRuns.add(e);
        System.out.printf("%sjixiao extract --jsonl (%d threads, own JVM, no index): %.1f s, %.1f files/s, %s CPU%s%n", round, workers,
            e.seconds(), n / e.seconds(), cpu(e.cpu()), tika ? ratios(e, tikaDefaultRuns.get(run - 1), tikaC1Runs.get(run - 1)) : "");
      }
    }
    if (runs > 1) {
      Timed i = Timed.median(ingestRuns);
      System.out.printf("median of %d runs: jixiao ingest %.1f s (%.1f files/s), %s CPU%s%n", runs, i.seconds(), n / i.seconds(), cpu(i.cpu()),
          tika ? ratios(i, TikaTime.median(tikaDefaultRuns), TikaTime.median(tikaC1Runs)) : "");
      if (extract) {
        Timed e = Timed.median(extractRuns);
        System.out.printf("median of %d runs: jixiao extract %.1f s (%.1f files/s), %s CPU%s%n", runs, e.seconds(), n / e.seconds(), cpu(e.cpu()),
            tika ? ratios(e, TikaTime.median(tikaDefaultRuns), TikaTime.median(tikaC1Runs)) : "");
      }
    }
    if (own.contains("--tika-analysis")) {
      tika(w.reports(), workers, null); // this JVM's first Tika run, cold
      List<String> texts = new ArrayList<>();
      double warm = tika(w.reports(), workers, texts);
      analysis(texts, workers); // warms the analyzer up
      double analysed = analysis(texts, workers);
      System.out.printf("warm, %d threads: plain Tika %.1f s; the index's Chinese analysis of its text %.1f s%n", workers, warm,
          analysed);
    }
    if (!own.contains("--keep")) {
      try (var paths = Files.walk(root)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    } else {
      System.out.println("kept " + root);
    }
  }

  /** One {@code bin/jixiao ingest} into a new index; its output is printed when {@code print}. */
  private static Timed ingest(Path root, int run, int workers, List<String> ingestOptions, List<Path> reports, boolean print)
      throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(launcher().toString());
    cmd.addAll(List.of("ingest", "--index", root.resolve("index-" + run).toString(), "--workers", Integer.toString(workers),
        "--progress", "none", "-q", "--report", root.resolve("out-" + run + ".jsonl").toString()));
    cmd.addAll(ingestOptions);
    if (run == 1) {
      System.out.println("jixiao " + String.join(" ", cmd.subList(cmd.indexOf("ingest"), cmd.size())) + " <" + reports.size()
          + " reports>");
    }
    reports.forEach(p -> cmd.add(p.toString())); // the reports, not the ground truth beside them
    double cpu0 = childrenCpu();
    long t0 = System.nanoTime();
    Process ingest = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(ingest.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    int code = ingest.waitFor();
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpu = childrenCpu() - cpu0;
    if (print || code != 0) {
      System.out.print(output);
    }
    if (code != 0) {
      System.out.println("jixiao ingest exited with " + code);
    }
    return new Timed(seconds, cpu);
  }

  /** One {@code bin/jixiao extract --jsonl} of the reports, its records to a file. */
  private static Timed extract(Path root, int run, int threads, List<Path> reports) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(launcher().toString(), "extract", "--jsonl", "--threads", Integer.toString(threads)));
    reports.forEach(p -> cmd.add(p.toString()));
    Path out = root.resolve("extract-" + run + ".jsonl");
    double cpu0 = childrenCpu();
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    int code = p.waitFor();
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpu = childrenCpu() - cpu0;
    if (code != 0) {
      System.out.println("jixiao extract exited with " + code);
    }
    return new Timed(seconds, cpu);
  }

  /** The JVM options of {@code bin/jixiao} (but its class-data archive, which is for its own jar). */
  private static final List<String> TIKA_AS_JIXIAO = List.of("-Xmx2g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  /** Plain Tika's seconds: its whole process, launch to exit, and its parsing loop alone; the CPU its process used. */
  record TikaTime(double process, double loop, double cpu) {
    static TikaTime median(List<TikaTime> runs) {
      return new TikaTime(IngestBenchmark.median(runs.stream().map(TikaTime::process).toList()),
          IngestBenchmark.median(runs.stream().map(TikaTime::loop).toList()),
          IngestBenchmark.median(runs.stream().map(TikaTime::cpu).toList()));
    }
  }

  /** A run of {@code bin/jixiao}, launch to exit: seconds, and the CPU seconds of its processes (the workers' too). */
  record Timed(double seconds, double cpu) {
    static Timed median(List<Timed> runs) {
      return new Timed(IngestBenchmark.median(runs.stream().map(Timed::seconds).toList()),
          IngestBenchmark.median(runs.stream().map(Timed::cpu).toList()));
    }
  }

  /**
   * CPU seconds used by this process's children that have exited and been waited for, with their
   * own waited-for children (an ingest's worker processes): Linux's cutime and cstime. The
   * benchmark runs one child at a time, so the difference around a run is that run's CPU. Unlike
   * the wall time, it leaves out the time a process waited for a core. NaN where there is no
   * /proc.
   */
  static double childrenCpu() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // fields[0] is stat's third field (state); cutime and cstime are its 16th and 17th, in clock ticks
      return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / (double) CLOCK_TICKS;
    } catch (java.io.IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  /** Linux's USER_HZ, the unit of /proc's CPU times: 100 on every architecture Java runs on there. */
  private static final int CLOCK_TICKS = 100;

  private static String cpu(double seconds) {
    return Double.isNaN(seconds) ? "n/a" : String.format("%.1f s", seconds);
  }

  private static String ratios(Timed run, TikaTime tikaDefault, TikaTime tikaC1) {
    double ingest = run.seconds();
    return String.format("%n  against plain Tika's process: %.2f× with default options, %.2f× with jixiao's (%.2f× the faster)"
        + "%n  against its parsing loop alone: %.2f×, %.2f× (%.2f× the faster)",
        ingest / tikaDefault.process(), ingest / tikaC1.process(), ingest / Math.min(tikaDefault.process(), tikaC1.process()),
        ingest / tikaDefault.loop(), ingest / tikaC1.loop(), ingest / Math.min(tikaDefault.loop(), tikaC1.loop()))
        + String.format("%n  CPU against plain Tika's: %.2f× with default options, %.2f× with jixiao's (%.2f× the smaller)",
            run.cpu() / tikaDefault.cpu(), run.cpu() / tikaC1.cpu(), run.cpu() / Math.min(tikaDefault.cpu(), tikaC1.cpu()));
  }

  /** Plain Tika over the listed files in a new JVM (this one's class path), timed from launch to exit and by itself. */
  private static TikaTime tikaInOwnJvm(Path list, int threads, List<String> jvmOptions) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), IngestBenchmark.class.getName(), "--plain-tika",
        list.toString(), Integer.toString(threads)));
    double cpu0 = childrenCpu();
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException("plain Tika failed: " + output);
    }
    double process = (System.nanoTime() - t0) / 1e9;
    double cpu = childrenCpu() - cpu0;
    for (String line : output.split("\n")) {
      if (line.startsWith("seconds ")) {
        return new TikaTime(process, Double.parseDouble(line.substring("seconds ".length()).trim()), cpu);
      }
    }
    throw new IllegalStateException("plain Tika said no time: " + output);
  }

  /** The child side of {@link #tikaInOwnJvm}: times the files, says {@code seconds S}. */
  private static void plainTika(Path list, int threads) throws Exception {
    List<Path> files = Files.readAllLines(list).stream().map(Path::of).toList();
    double s = tika(files, threads, null);
    System.out.println("seconds " + s);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int m = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(m) : (sorted.get(m - 1) + sorted.get(m)) / 2;
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
