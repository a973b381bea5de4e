package dev.jixiao.cli;

import dev.jixiao.generator.Corpus;
import dev.jixiao.generator.Formats;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate",
    description = {"Write realistic synthetic reports for tests and benchmarks (two writing styles, varied wording, "
        + "units and numerals, real townships), each with a ground-truth JSON beside it: the record it should give "
        + "and the inconsistencies planted in it. PDF needs a CJK font (fonts-wqy-zenhei); without one it is skipped."})
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--count", paramLabel = "N", required = true, description = "how many reports")
  int count;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "where to write them")
  Path out;

  @Option(names = "--formats", paramLabel = "LIST", split = ",", defaultValue = "txt,docx,pdf,html",
      description = "formats, in turn (default: ${DEFAULT-VALUE})")
  List<String> formats;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "the same seed gives the same corpus (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--plant-errors", paramLabel = "RATE", defaultValue = "0.2",
      description = "share of reports with planted inconsistencies, 0..1 (default: ${DEFAULT-VALUE})")
  double plantRate;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (count < 0 || plantRate < 0 || plantRate > 1 || !Formats.ALL.containsAll(formats)) {
      err.println("--count must be ≥ 0, --plant-errors in 0..1, --formats among " + Formats.ALL);
      return ExitCodes.USAGE;
    }
    if (formats.contains("pdf") && Formats.fontFile() == null) {
      err.println("generate: no CJK font found for PDF (apt-get install fonts-wqy-zenhei); PDF is skipped");
    }
    Corpus.Written w = Corpus.generate(count, out, formats, seed, plantRate, i -> {
      if (i % 500 == 0) {
        err.printf("generate: %d/%d%n", i, count);
        err.flush();
      }
    });
    PrintWriter o = spec.commandLine().getOut();
    o.printf("generate: %d reports (%s) with their .truth.json in %s%n", w.reports().size(),
        String.join(",", formats.stream().filter(f -> !w.skippedFormats().contains(f)).toList()), out.toAbsolutePath().normalize());
    o.flush();
    return ExitCodes.OK;
  }
}
