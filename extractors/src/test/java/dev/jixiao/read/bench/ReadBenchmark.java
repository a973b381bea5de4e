package dev.jixiao.read.bench;

import dev.jixiao.read.FormatDetector;
import dev.jixiao.read.PdfOcrFallback;
import dev.jixiao.read.ReadFailure;
import dev.jixiao.read.ReadLimits;
import dev.jixiao.read.Readers;
import dev.jixiao.read.Samples;
import dev.jixiao.read.TesseractOcr;
import dev.jixiao.read.TextDocument;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Pages per second for text PDFs and for OCR of the scanned ones, and peak memory. Not a unit test
 * (OCR of the 32 scanned pages takes a minute or more on two cores). Run after
 * {@code mvn -q -B -pl extractors test-compile}:
 *
 * <pre>
 * mvn -q -B -pl extractors dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Djixiao.samples=corpus-samples -cp extractors/target/test-classes:extractors/target/classes:$(cat /tmp/cp.txt) \
 *     dev.jixiao.read.bench.ReadBenchmark [ocr-threads] [--no-ocr]
 * </pre>
 */
public final class ReadBenchmark {
  private static final List<String> SEEDS =
      List.of("guraozhen-2024", "caohezhen-2023", "xinzaozhen-2024-ocr", "zhengjiayizhen-2024", "nantunzhen-2023");

  private ReadBenchmark() {}

  public static void main(String[] args) throws Exception {
    int threads = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : Runtime.getRuntime().availableProcessors();
    boolean ocr = !List.of(args).contains("--no-ocr");
    System.out.printf("cores %d, max heap %d MB, OCR threads %d%n", Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, threads);

    Readers text = Readers.standard(null);
    for (int warm = 0; warm < 3; warm++) {
      readAll(text, "pdf/", ".pdf", false);
    }
    int rounds = 10;
    long start = System.nanoTime();
    int pages = 0;
    for (int i = 0; i < rounds; i++) {
      pages += readAll(text, "pdf/", ".pdf", false);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("text PDFs: %d pages in %.2f s = %.1f pages/s (one thread, warm)%n", pages, seconds, pages / seconds);
    heap("after text PDFs");

    if (ocr) {
      Readers scans = Readers.standard(new PdfOcrFallback(new TesseractOcr(), threads, false));
      start = System.nanoTime();
      pages = readAll(scans, "scanned/", "-scan.pdf", true);
      seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("OCR: %d pages in %.1f s = %.2f pages/s (%.1f s/page wall, %d Tesseract processes at a time)%n",
          pages, seconds, pages / seconds, seconds / pages, threads);
    }
    heap("at the end");
    System.out.println("peak RSS " + status("VmHWM"));
  }

  private static int readAll(Readers readers, String dir, String suffix, boolean report) throws ReadFailure {
    int pages = 0;
    for (String seed : SEEDS) {
      String file = dir + seed + suffix;
      byte[] bytes = Samples.bytes(file);
      long start = System.nanoTime();
      TextDocument doc = readers.read(bytes, new FormatDetector().detect(bytes, file), ReadLimits.DEFAULTS);
      pages += doc.pages();
      if (report) {
        String reference = Samples.comparable(Samples.text("text/" + seed + (seed.startsWith("nantun") ? ".md" : ".txt")), seed.startsWith("nantun"));
        String read = Samples.comparable(doc.text(), false);
        System.out.printf("  %-40s %2d pages %6.1f s  characters right %.1f%%%n", file, doc.pages(),
            (System.nanoTime() - start) / 1e9, 100 * (1 - (double) distance(reference, read) / reference.length()));
      }
    }
    return pages;
  }

  private static void heap(String when) {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("peak heap %s: %d MB (sum of pool peaks)%n", when, peak >> 20);
  }

  private static String status(String key) {
    try {
      return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith(key))
          .map(l -> l.substring(key.length() + 1).strip()).findFirst().orElse("?");
    } catch (Exception e) {
      return "?";
    }
  }

  /** Levenshtein distance, two rows. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
