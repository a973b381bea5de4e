package dev.jixiao.cli;

import dev.jixiao.pipeline.Inputs;
import dev.jixiao.pipeline.Pipeline;
import dev.jixiao.pipeline.Pipelines;
import dev.jixiao.record.RecordJson;
import dev.jixiao.record.Report;
import dev.jixiao.record.Status;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", description = "Print each input's record as JSON (directories are read recursively).")
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin LimitsOptions limitsOptions = new LimitsOptions();

  @picocli.CommandLine.Mixin ThreadsOption threadsOption = new ThreadsOption();

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "report files or directories")
  List<Path> inputs;

  @Option(names = "--jsonl", description = "one record per line (JSON Lines)")
  boolean jsonl;

  @Option(names = "--pretty", description = "indent the JSON")
  boolean pretty;

  @Option(names = "--summary", description = "a short table per report instead of JSON: unit, year, projects, totals, score")
  boolean summary;

  @Option(names = "--with-text", description = "include the extracted text the evidence offsets point into")
  boolean withText;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Pipeline pipeline = Pipelines.standard(limitsOptions.limits());
    boolean anyFailed = false;
    List<Path> files = Inputs.expand(inputs);
    boolean array = !jsonl && !summary && files.size() > 1;
    if (array) {
      out.println("[");
    }
    int printed = 0;
    try (RecordsInOrder records = new RecordsInOrder(files, threadsOption.threads(), pipeline::process)) {
      for (Report record : records) {
        anyFailed |= record.status() == Status.FAILED;
        Report shown = withText ? record : record.withoutText();
        if (summary) {
          out.print(Summary.of(shown));
        } else if (jsonl) {
          out.println(RecordJson.toJson(shown, false));
        } else {
          out.print(RecordJson.toJson(shown, pretty || array));
          out.println(array && ++printed < files.size() ? "," : "");
        }
        out.flush();
      }
    }
    if (array) {
      out.println("]");
    }
    return anyFailed ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }
}
