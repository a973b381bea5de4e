package dev.jixiao.index.bench;

import dev.jixiao.index.IndexUpdater;
import dev.jixiao.index.analysis.JixiaoAnalyzer;
import dev.jixiao.index.search.ReportSearcher;
import dev.jixiao.index.search.SearchRequest;
import dev.jixiao.record.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Indexing rate, index size and query latency on a generated corpus. Not a unit test: run it by
 * hand, e.g.
 *
 * <pre>java -Xmx6g -cp … dev.jixiao.index.bench.IndexBenchmark 100000 10 [dir] [threads]</pre>
 *
 * 100,000 reports × on average 10 projects = about 1,000,000 project documents. The index goes
 * under /tmp and is deleted at the end (unless -Dkeep=true).
 *
 * <p>Options (system properties): {@code -DforceMerge=N} merges the bulk-loaded index down to
 * at most N segments before querying, as a bulk load would (timed separately; 0, the default,
 * leaves the segments as the writer left them); {@code -Dreuse=true} queries an index already
 * in {@code dir} (kept by an earlier {@code -Dkeep=true} run) instead of building one;
 * {@code -Dforms=regex} times only the forms whose name matches; {@code -Dqueries=N} queries per
 * form (default 300).
 */
public final class IndexBenchmark {
  public static void main(String[] args) throws Exception {
    int reports = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int meanProjects = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory(Path.of("/tmp"), "jixiao-bench-");
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : Runtime.getRuntime().availableProcessors();
    try {
      run(reports, meanProjects, dir, threads);
    } finally {
      if (!Boolean.getBoolean("keep")) {
        delete(dir);
      }
    }
  }

  static void run(int reports, int meanProjects, Path dir, int threads) throws Exception {
    int merge = Integer.getInteger("forceMerge", 0);
    if (Boolean.getBoolean("reuse") && Files.isDirectory(dir)) {
      System.out.printf("reusing the index in %s: %,.1f MB%n", dir, size(dir) / 1e6);
    } else {
      build(reports, meanProjects, dir, threads);
    }
    if (merge > 0) {
      long m0 = System.nanoTime();
      try (IndexUpdater u = IndexUpdater.open(dir, JixiaoAnalyzer.forIndex(), 256)) {
        u.forceMerge(merge);
        u.commit();
      }
      System.out.printf("force-merged to at most %d segment(s) in %.1f s; index size: %,.1f MB%n", merge,
          (System.nanoTime() - m0) / 1e9, size(dir) / 1e6);
    }
    query(dir);
  }

  static void build(int reports, int meanProjects, Path dir, int threads) throws Exception {
    System.out.printf("corpus: %,d reports, ~%d projects each, %d indexing threads, dir %s%n", reports, meanProjects, threads, dir);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger projects = new AtomicInteger();
    long t0 = System.nanoTime();
    long genNanos;
    try (IndexUpdater u = IndexUpdater.open(dir, JixiaoAnalyzer.forIndex(), 256)) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<Long>> work = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int seed = t;
        work.add(pool.submit(() -> {
          CorpusGenerator g = new CorpusGenerator(1000 + seed);
          long gen = 0;
          for (int i; (i = next.getAndIncrement()) < reports; ) {
            long g0 = System.nanoTime();
            Report r = g.report(i, g.projectCount(meanProjects));
            gen += System.nanoTime() - g0;
            projects.addAndGet(r.projects().size());
            u.add("/bench/" + i + ".txt", r);
            if (i > 0 && i % 20_000 == 0) {
              System.out.printf("  %,d reports, %.0f s%n", i, (System.nanoTime() - t0) / 1e9);
            }
          }
          return gen;
        }));
      }
      genNanos = 0;
      for (Future<Long> f : work) {
        genNanos += f.get();
      }
      pool.shutdown();
      u.commit();
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    long docs = reports + projects.get();
    System.out.printf("indexed %,d reports + %,d projects = %,d documents in %.1f s: %,.0f reports/s, %,.0f documents/s "
        + "(of which generating records: %.1f s CPU)%n", reports, projects.get(), docs, secs, reports / secs, docs / secs,
        genNanos / 1e9);
    System.out.printf("index size: %,.1f MB%n", size(dir) / 1e6);
  }

  static void query(Path dir) throws Exception {
    String only = System.getProperty("forms", ".*");
    int n = Integer.getInteger("queries", 300);
    try (var d = org.apache.lucene.store.FSDirectory.open(dir);
        var r = org.apache.lucene.index.DirectoryReader.open(d)) {
      System.out.printf("segments: %d, max doc %,d, deleted %,d%n", r.leaves().size(), r.maxDoc(), r.numDeletedDocs());
    }
    try (ReportSearcher s = ReportSearcher.open(dir)) {
      CorpusGenerator g = new CorpusGenerator(7);
      long[] counts = s.counts();
      System.out.printf("index holds %,d reports, %,d projects%n", counts[0], counts[1]);
      List<Form> forms = List.of(
          new Form("free text", () -> g.topic() + (g.nextInt(2) == 0 ? "" : " " + g.topic()), false),
          new Form("free text + place", () -> g.place()[2] + " " + g.topic(), false),
          new Form("filtered", () -> g.topic() + " county:" + g.place()[2] + " year:" + (2019 + g.nextInt(6)) + " type:project", false),
          new Form("filters only", () -> "city:" + g.place()[1] + " kind:project grade:良", false),
          new Form("range", () -> "type:project budget:>" + (50 + g.nextInt(500)) + " rate:<" + (20 + g.nextInt(40)), false),
          new Form("range + text", () -> g.topic() + " rate:<50 expenditure:10..300", false),
          new Form("sorted by figure", () -> g.topic() + " type:project sort:-budget", false),
          new Form("faceted text", () -> g.topic() + " " + g.topic(), true),
          new Form("faceted filter", () -> "province:" + g.place()[0] + " year:" + (2019 + g.nextInt(6)), true),
          new Form("faceted all reports", () -> "type:report", true));
      for (Form f : forms) {
        if (!f.name.matches(only)) {
          continue;
        }
        for (int i = 0; i < 50; i++) { // warm up
          s.search(request(f.query.get(), f.facets));
        }
        long[] lat = new long[n];
        long[] cpu = new long[n];
        long totalHits = 0;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < n; i++) {
          String q = f.query.get();
          long c0 = threads.getCurrentThreadCpuTime();
          long q0 = System.nanoTime();
          totalHits += s.search(request(q, f.facets)).total();
          lat[i] = System.nanoTime() - q0;
          cpu[i] = threads.getCurrentThreadCpuTime() - c0;
        }
        Arrays.sort(lat);
        Arrays.sort(cpu);
        // wall-clock latency, and the CPU time of the searching thread (what the query costs,
        // without the waiting for a core that a loaded machine adds)
        System.out.printf(Locale.ROOT, "%-22s p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms  cpu p50 %6.2f p99 %6.2f ms"
            + "  (mean hits %,d)%n", f.name, lat[n / 2] / 1e6, lat[(int) Math.ceil(n * 0.99) - 1] / 1e6,
            lat[n - 1] / 1e6, cpu[n / 2] / 1e6, cpu[(int) Math.ceil(n * 0.99) - 1] / 1e6, totalHits / n);
      }
    }
  }

  record Form(String name, Supplier<String> query, boolean facets) {}

  static SearchRequest request(String q, boolean facets) {
    return new SearchRequest(q, null, 0, 10, facets, 2);
  }

  static long size(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
