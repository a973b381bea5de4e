package dev.jixiao.cli;

import dev.jixiao.index.search.QuerySyntaxException;
import dev.jixiao.index.search.ReportSearcher;
import dev.jixiao.index.search.SearchRequest;
import dev.jixiao.index.search.SearchResult;
import dev.jixiao.index.search.SortSpec;
import dev.jixiao.record.RecordJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search",
    description = {"Search the index: free text plus field:value filters and figure ranges (see docs/search.md), "
        + "e.g. jixiao search 乡村振兴 city:保定市 year:2023 type:project rate:<50"})
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "the query (its words are joined by spaces)")
  List<String> query = List.of();

  @Option(names = "--json", description = "print one JSON object {query, total, hits, facets}")
  boolean json;

  @Option(names = "--sort", paramLabel = "S", description = "relevance, or budget|expenditure|rate|score|year (-FIELD descending)")
  String sort;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "hits to show (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "hits to skip")
  int offset;

  @Option(names = "--no-facets", description = "leave out facet counts")
  boolean noFacets;

  @Option(names = "--snippets", paramLabel = "N", defaultValue = "2", description = "snippets per hit (default: ${DEFAULT-VALUE})")
  int snippets;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    SearchResult r;
    try (ReportSearcher searcher = ReportSearcher.open(index.dir())) {
      r = searcher.search(new SearchRequest(String.join(" ", query), sort == null ? null : SortSpec.parse(sort),
          offset, limit, !noFacets, snippets));
    } catch (QuerySyntaxException e) {
      spec.commandLine().getErr().println("jixiao search: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (json) {
      out.println(RecordJson.toJson(r, false));
    } else {
      print(out, r);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void print(PrintWriter out, SearchResult r) {
    out.printf("%d hit%s (sorted by %s)%n%n", r.total(), r.total() == 1 ? "" : "s", r.sort());
    int n = r.offset();
    for (SearchResult.Hit h : r.hits()) {
      String place = String.join("", nn(h.unit().province()), nn(h.unit().city()), nn(h.unit().county()), nn(h.unit().township()));
      out.printf("%d. [%s] %s  %s %s%n", ++n, h.type(), h.type().equals("project") ? h.name() : nn(h.title()),
          place, h.year() == null ? "" : h.year() + "年");
      StringBuilder figs = new StringBuilder();
      fig(figs, "预算", h.budget(), "万元");
      fig(figs, "支出", h.expenditure(), "万元");
      fig(figs, h.rateDerived() ? "执行率(算)" : "执行率", h.rate(), "%");
      fig(figs, "得分", h.score(), "");
      if (!h.rules().isEmpty()) {
        figs.append("  findings ").append(String.join(",", h.rules()));
      }
      out.printf("   id %s%s%n", h.id(), figs);
      out.printf("   %s%n", h.file());
      // a project's name is often the whole of its text snippet too: show each text once
      // (--json keeps both, with their fields and offsets)
      java.util.Set<String> shown = new java.util.HashSet<>();
      for (SearchResult.Snippet s : h.snippets()) {
        String line = s.marked().replace('\n', ' ');
        if (shown.add(line)) {
          out.printf("   … %s%n", line);
        }
      }
    }
    if (!r.facets().isEmpty()) {
      out.println();
      for (Map.Entry<String, Map<String, Long>> f : r.facets().entrySet()) {
        if (f.getValue().isEmpty()) {
          continue;
        }
        StringBuilder s = new StringBuilder();
        f.getValue().forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        out.printf("%-9s %s%n", f.getKey(), s);
      }
    }
  }

  private static void fig(StringBuilder s, String label, String v, String unit) {
    if (v != null) {
      s.append("  ").append(label).append(' ').append(v).append(unit);
    }
  }

  private static String nn(String s) {
    return s == null ? "" : s;
  }
}
