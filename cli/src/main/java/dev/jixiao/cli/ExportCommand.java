package dev.jixiao.cli;

import dev.jixiao.index.search.QuerySyntaxException;
import dev.jixiao.index.search.ReportSearcher;
import dev.jixiao.index.search.SearchResult.Hit;
import dev.jixiao.index.search.SortSpec;
import dev.jixiao.index.server.Exports;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The hits of a query out of the index, for spreadsheets and scripts: the table the web page's
 * export links give (CSV or XLSX, a row per report or per project), or the reports' records as
 * JSON Lines, the same records {@code extract --jsonl} prints.
 */
@Command(name = "export",
    description = {"Export what a query finds (no query: everything): CSV or XLSX, a row per report or per project, "
        + "as the web page exports; or JSON Lines of the reports' records, as extract --jsonl prints them. "
        + "e.g. jixiao export county:烈山区 year:2024 --type project --out projects.xlsx"})
final class ExportCommand implements Callable<Integer> {
  // lower case, as the user types them (picocli refuses any other value with a usage error)
  enum Format { csv, xlsx, jsonl }

  enum Type { report, project }

  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "the query, as for search (its words are joined by spaces)")
  List<String> query = List.of();

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "${COMPLETION-CANDIDATES} (default: from --out's extension, else csv)")
  Format format;

  @Option(names = "--type", paramLabel = "TYPE", defaultValue = "report",
      description = "${COMPLETION-CANDIDATES}: a row per report or per project (jsonl: the records of the reports found)")
  Type type;

  @Option(names = "--sort", paramLabel = "S", description = "relevance, or budget|expenditure|rate|score|year (-FIELD descending)")
  String sort;

  @Option(names = "--with-text", description = "jsonl: include each record's text")
  boolean withText;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "write here instead of standard output (xlsx needs it)")
  Path out;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Format f = format();
    if (f == Format.xlsx && out == null) {
      err.println("jixiao export: xlsx is a binary file: name it with --out FILE");
      return ExitCodes.USAGE;
    }
    String rows = type.name();
    try (ReportSearcher searcher = ReportSearcher.open(index.dir())) {
      List<Hit> hits = Exports.all(searcher, String.join(" ", query), rows, sort == null ? null : SortSpec.parse(sort));
      int written;
      if (f == Format.xlsx) {
        try (OutputStream file = Files.newOutputStream(out)) {
          Exports.xlsx(hits, rows, file);
        }
        written = hits.size();
      } else {
        // text through the command line's writer, as search prints, unless a file is named
        Writer w = out != null ? Files.newBufferedWriter(out, StandardCharsets.UTF_8) : spec.commandLine().getOut();
        try {
          if (f == Format.csv) {
            w.write(Exports.csvText(hits, rows));
            written = hits.size();
          } else {
            written = records(searcher, hits, w);
          }
        } finally {
          if (out != null) {
            w.close();
          } else {
            w.flush();
          }
        }
      }
      if (out != null) {
        err.printf("%d %s written to %s%n", written, f == Format.jsonl ? "records" : rows + " rows", out);
        err.flush();
      }
    } catch (QuerySyntaxException e) {
      err.println("jixiao export: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    return ExitCodes.OK;
  }

  private Format format() {
    if (format != null) {
      return format;
    }
    String name = out == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
    for (Format f : Format.values()) {
      if (name.endsWith("." + f.name())) {
        return f;
      }
    }
    return Format.csv;
  }

  /**
   * Writes the records of the reports among the hits (a project's, for project hits), each once,
   * in the hits' order, a line each, one at a time; returns how many.
   */
  private int records(ReportSearcher searcher, List<Hit> hits, Writer w) throws IOException {
    Set<String> reports = new LinkedHashSet<>();
    for (Hit h : hits) {
      reports.add(h.reportId() != null ? h.reportId() : h.id());
    }
    int n = 0;
    for (String id : reports) {
      String record = searcher.record(id, withText).orElse(null);
      if (record != null) {
        w.write(record);
        w.write('\n');
        n++;
      }
    }
    return n;
  }
}
