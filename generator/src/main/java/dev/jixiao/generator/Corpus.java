package dev.jixiao.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Writes a corpus: report {@code i} as {@code report-NNNNN.FORMAT} (formats in turn) and its
 * ground truth beside it as {@code report-NNNNN.FORMAT.truth.json}. The same seed gives the same
 * corpus. When no CJK font is installed, PDF is skipped (and said so).
 */
public final class Corpus {
  public static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** What was written: the reports and the formats that had to be skipped. */
  public record Written(List<Path> reports, List<String> skippedFormats) {}

  private Corpus() {}

  public static Written generate(int count, Path out, List<String> formats, long seed, double plantRate, IntConsumer progress)
      throws IOException {
    Files.createDirectories(out);
    Formats writer = new Formats();
    List<String> usable = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (String f : formats) {
      if (!Formats.ALL.contains(f)) {
        throw new IllegalArgumentException("unknown format " + f + "; one of " + Formats.ALL);
      }
      (writer.canWrite(f) ? usable : skipped).add(f);
    }
    if (usable.isEmpty()) {
      throw new IllegalArgumentException("no format can be written (" + skipped + " needs a CJK font)");
    }
    ReportGenerator generator = new ReportGenerator();
    List<Path> written = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String format = usable.get(i % usable.size());
      Composed report = generator.compose(seed, i, plantRate);
      String name = String.format("report-%05d.%s", i, format);
      Path file = out.resolve(name);
      Files.write(file, writer.write(report, format));
      JSON.writeValue(out.resolve(name + ".truth.json").toFile(), report.truth().withFile(name, format));
      written.add(file);
      progress.accept(i + 1);
    }
    return new Written(written, skipped);
  }

  public static Truth readTruth(Path report) throws IOException {
    return JSON.readValue(report.resolveSibling(report.getFileName() + ".truth.json").toFile(), Truth.class);
  }
}
