package dev.jixiao.cli.bench;


import dev.jixiao.pipeline.BenchmarkJvm;
import dev.jixiao.read.FormatDetector;
import dev.jixiao.read.ReadFailure;
import dev.jixiao.read.ReadLimits;
import dev.jixiao.read.Readers;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What reading a file costs once the code is compiled, format by format, against plain Tika: every file of a directory is held
 * in memory, then detected and read {@code rounds} times on one thread by Jixiao's readers and parsed as many times by Tika's
 * {@code AutoDetectParser} into a body handler, in a JVM of the ingest workers' options (C1, the serial collector). The ingest
 * benchmark times whole batches, start-up and index included; this one shows where reading itself stands against the baseline,
 * for each format. Run with {@code mvn -o -pl cli test -Dtest=ReadingBenchmarkRun -Djixiao.bench.reading=DIR
 * -Dsurefire.failIfNoSpecifiedTests=false} (DIR: e.g. what {@code jixiao generate --count 1000 --out DIR --seed 7 --formats
 * txt,docx,pdf,html} writes), {@code -Djixiao.bench.rounds=N} for other than 4 rounds. Skipped otherwise: a timing is a figure
 * for a note, not a test.
 *
 * <p>Times are wall clock on the one thread that asks (Jixiao reads a PDF on a pool thread, so its thread CPU would miss it);
 * run it on an otherwise idle machine. OCR is off on both sides: Jixiao's readers here have no fallback, Tika's PDF parser
 * does not OCR by default.
 */
class ReadingBenchmarkRun {

  @Test
  @EnabledIfSystemProperty(named = "jixiao.bench.reading", matches = ".+")
  void run() throws Exception {
    BenchmarkJvm.run(ReadingBenchmarkRun.class, Path.of(System.getProperty("jixiao.bench.reading")).toAbsolutePath().toString(),
        System.getProperty("jixiao.bench.rounds", "4"));
  }

  /** The child JVM: {@code DIR ROUNDS}. */
  public static void main(String[] args) throws Exception {
    Map<String, List<Path>> byFormat = new TreeMap<>();
    try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
      s.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".json")).sorted()
          .forEach(f -> byFormat.computeIfAbsent(extension(f), k -> new ArrayList<>()).add(f));
    }
    int rounds = Integer.parseInt(args[1]);
    FormatDetector detector = new FormatDetector();
    Readers readers = Readers.standard(null);
    AutoDetectParser tika = new AutoDetectParser();
    System.out.printf("%-6s %6s %16s %16s %7s%n", "format", "files", "Tika ms/file", "Jixiao ms/file", "ratio");
    for (Map.Entry<String, List<Path>> format : byFormat.entrySet()) {
      List<byte[]> files = new ArrayList<>();
      for (Path f : format.getValue()) {
        files.add(Files.readAllBytes(f));
      }
      List<String> names = format.getValue().stream().map(f -> f.getFileName().toString()).toList();
      double tikaBest = Double.MAX_VALUE;
      double ownBest = Double.MAX_VALUE;
      for (int round = 0; round < rounds; round++) {
        long t0 = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
          Metadata metadata = new Metadata();
          metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, names.get(i));
          try {
            tika.parse(new ByteArrayInputStream(files.get(i)), new BodyContentHandler(-1), metadata, new ParseContext());
          } catch (Exception e) {
            // a broken file costs what finding it broken costs, on both sides
          }
        }
        long t1 = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
          try {
            readers.read(files.get(i), detector.detect(files.get(i), names.get(i)), ReadLimits.DEFAULTS);
          } catch (ReadFailure e) {
            // a broken file costs what finding it broken costs, on both sides
          }
        }
        long t2 = System.nanoTime();
        // the first round compiles; the best of the rest is the steady state
        if (round > 0 || rounds == 1) {
          tikaBest = Math.min(tikaBest, (t1 - t0) / 1e6 / files.size());
          ownBest = Math.min(ownBest, (t2 - t1) / 1e6 / files.size());
        }
      }
      System.out.printf("%-6s %6d %16.2f %16.2f %6.2f×%n", format.getKey(), files.size(), tikaBest, ownBest, ownBest / tikaBest);
    }
  }

  private static String extension(Path f) {
    String name = f.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "(none)" : name.substring(dot + 1);
  }
}
