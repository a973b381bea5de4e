package dev.jixiao.pipeline;

import dev.jixiao.record.Report;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How extract and check grow with a text's length: a county's volume of many reports in one file, made here of the
 * sample text reports written one after another {@code k} times, for k doubling from 5. Time that grows as k does is
 * fine; time that grows as k² (a rule comparing every figure with every other) took a 1.4 MB volume 47 s before the
 * rules were mended. Run with
 * {@code mvn -o -pl pipeline test -Dtest=LongReportBenchmarkRun -Djixiao.bench.long=160 -Dsurefire.failIfNoSpecifiedTests=false}
 * (the largest k). Skipped otherwise: a timing is a figure for a note, not a test.
 */
class LongReportBenchmarkRun {
  @Test
  @EnabledIfSystemProperty(named = "jixiao.bench.long", matches = "\\d+")
  void run() throws Exception {
    int largest = Integer.parseInt(System.getProperty("jixiao.bench.long"));
    byte[] one = samples();
    Pipeline pipeline = Pipelines.standard();
    // the first document pays for loading the dictionaries and compiling; it is not what is measured
    pipeline.process("warm-up.txt", one);
    System.out.printf("one volume is the %d sample text reports, %.0f KB%n", textReports().size(), one.length / 1024.0);
    double previous = 0;
    for (int k = 5; k <= largest; k *= 2) {
      byte[] volume = repeated(one, k);
      long start = System.nanoTime();
      Report r = pipeline.process("volume-" + k + ".txt", volume);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("k=%4d  %7.1f MB  %7d figures  %5d findings  %7.2f s  %s%n", k, volume.length / 1048576.0,
          r.figures().size(), r.findings().size(), seconds,
          previous == 0 ? "" : "x%.1f for twice the length".formatted(seconds / previous));
      previous = seconds;
    }
  }

  private static byte[] samples() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Path p : textReports()) {
      out.write(Files.readAllBytes(p));
      out.write('\n');
    }
    return out.toByteArray();
  }

  private static List<Path> textReports() throws Exception {
    String root = System.getProperty("jixiao.samples", "../corpus-samples");
    try (Stream<Path> s = Files.list(Path.of(root, "text"))) {
      return new ArrayList<>(s.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
    }
  }

  private static byte[] repeated(byte[] one, int k) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(one.length * k);
    for (int i = 0; i < k; i++) {
      out.writeBytes(one);
    }
    return out.toByteArray();
  }
}
