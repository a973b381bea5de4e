package dev.jixiao.cli;

import dev.jixiao.pipeline.Inputs;
import dev.jixiao.pipeline.Pipeline;
import dev.jixiao.pipeline.Pipelines;
import dev.jixiao.record.Evidence;
import dev.jixiao.record.Finding;
import dev.jixiao.record.RecordJson;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import dev.jixiao.record.Status;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", description = {
    "Cross-check each report's figures and print the findings, grouped by report, errors first.",
    "Exits 1 when any error-severity finding exists (or an input could not be read), so it can gate a submission."})
final class CheckCommand implements Callable<Integer> {
  private static final int MAX_EVIDENCE = 4;

  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin LimitsOptions limitsOptions = new LimitsOptions();

  @picocli.CommandLine.Mixin ThreadsOption threadsOption = new ThreadsOption();

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "report files or directories")
  List<Path> inputs;

  @Option(names = "--json", description = "one JSON object per report: {file, status, errors, findings}")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Pipeline pipeline = Pipelines.standard(limitsOptions.limits());
    boolean failing = false;
    try (RecordsInOrder records = new RecordsInOrder(Inputs.expand(inputs), threadsOption.threads(), pipeline::process)) {
      for (Report r : records) {
        failing |= r.status() == Status.FAILED || r.hasErrorFinding();
        if (json) {
          Map<String, Object> o = new LinkedHashMap<>();
          o.put("file", r.source().file());
          o.put("status", r.status());
          o.put("errors", r.errors());
          o.put("findings", sorted(r.findings()));
          out.println(RecordJson.toJson(o, false));
        } else {
          print(out, r);
        }
        out.flush();
      }
    }
    return failing ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }

  private static List<Finding> sorted(List<Finding> findings) {
    List<Finding> s = new ArrayList<>(findings);
    s.sort(Comparator.comparing(Finding::severity));
    return s;
  }

  private static void print(PrintWriter out, Report r) {
    long errors = r.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
    long warnings = r.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
    out.printf("== %s  (%s; %d errors, %d warnings, %d notes)%n", r.source().file(), r.status().id(), errors, warnings,
        r.findings().size() - errors - warnings);
    r.errors().forEach(e -> out.printf("   cannot read: %s — %s%n", e.code(), e.message()));
    for (Finding f : sorted(r.findings())) {
      out.printf("   %-7s %-17s %s%n", f.severity().id().toUpperCase(java.util.Locale.ROOT), f.rule(), f.message());
      out.printf("           stated %s, expected %s%n", f.stated(), f.expected());
      List<Evidence> shown = f.evidence().subList(0, Math.min(f.evidence().size(), MAX_EVIDENCE));
      for (Evidence e : shown) {
        out.printf("           %s「%s」 @%d%n", e.page() == null ? "" : "p." + e.page() + " ", oneLine(e.quote()), e.start());
      }
      if (f.evidence().size() > shown.size()) {
        out.printf("           … and %d more places (--json lists them all)%n", f.evidence().size() - shown.size());
      }
    }
    out.println();
  }

  private static String oneLine(String quote) {
    String q = quote.replaceAll("\\s+", " ");
    return q.length() > 80 ? q.substring(0, 80) + "…" : q;
  }
}
