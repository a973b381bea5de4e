package dev.jixiao.cli;

import dev.jixiao.index.IndexUpdater;
import dev.jixiao.index.Ingester;
import dev.jixiao.pipeline.Inputs;
import dev.jixiao.pipeline.Pipeline;
import dev.jixiao.pipeline.Pipelines;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest",
    description = {"Extract, check and index files (directories recursively). An unchanged file (same sha256) is "
        + "skipped; a changed one replaces its documents. Commits every --batch files, so an interrupted ingest "
        + "is completed by running it again."})
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "report files or directories")
  List<Path> inputs;

  @Option(names = "--delete", description = "remove the named files from the index instead (not directories)")
  boolean delete;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "20", description = "files per commit (default: ${DEFAULT-VALUE})")
  int batch;

  @Option(names = {"-q", "--quiet"}, description = "print the summary only")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (batch < 1) {
      spec.commandLine().getErr().println("--batch must be at least 1");
      return ExitCodes.USAGE;
    }
    Pipeline pipeline = Pipelines.standard();
    int[] failed = {0};
    try (IndexUpdater updater = IndexUpdater.open(index.dir())) {
      Ingester ingester = new Ingester(updater, pipeline::process, batch);
      Ingester.Summary s;
      if (delete) {
        s = ingester.delete(inputs, e -> print(out, e, failed));
      } else {
        s = ingester.ingest(Inputs.expand(inputs), e -> print(out, e, failed));
      }
      out.printf("%s: %d added, %d replaced, %d unchanged, %d same as another file, %d deleted, %d missing; index %s%n",
          delete ? "delete" : "ingest", s.added(), s.replaced(), s.unchanged(), s.alias(), s.deleted(), s.missing(),
          index.dir().toAbsolutePath().normalize());
      out.flush();
      return failed[0] > 0 || s.missing() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }
  }

  private void print(PrintWriter out, Ingester.Event e, int[] failed) {
    if ("failed".equals(e.status())) {
      failed[0]++;
    }
    if (!quiet) {
      out.printf("%-9s %-8s %s%s%n", e.outcome().name().toLowerCase(java.util.Locale.ROOT),
          e.status() == null ? "" : e.status(), e.file(), e.detail() == null ? "" : "  (" + e.detail() + ")");
      out.flush();
    }
  }
}
