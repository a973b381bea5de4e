package dev.jixiao.cli;

import dev.jixiao.check.RuleCatalog;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.index.search.ReportSearcher;
import dev.jixiao.index.server.RuleLabel;
import dev.jixiao.index.server.SearchServer;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve",
    description = {"Serve the index: a web page for analysts at / (search, facets, charts, each report with its findings "
        + "in place, CSV/XLSX export) and the JSON it reads: GET /api/search?q=…&sort=…&limit=…&offset=…, "
        + "/api/reports/{id}[?text=true], /api/facets?q=…, /api/stats?q=…, /api/export.csv|xlsx?q=…&type=report|project. "
        + "Read-only; binds 127.0.0.1 unless told otherwise; picks up new ingests on each request."})
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1", description = "address to listen on (default: ${DEFAULT-VALUE})")
  String bind;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "4", description = "request threads (default: ${DEFAULT-VALUE})")
  int threads;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ReportSearcher searcher = ReportSearcher.open(index.dir());
    SearchServer server = new SearchServer(searcher, bind, port, Math.max(1, threads), rules());
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      try {
        searcher.close();
      } catch (Exception ignored) {
        // closing on exit
      }
      stop.countDown();
    }));
    server.start();
    String host = bind.contains(":") ? "[" + bind + "]" : bind;
    out.printf("jixiao: serving %s on http://%s:%d/ (JSON under /api/)%n", index.dir().toAbsolutePath().normalize(), host,
        server.port());
    out.flush();
    stop.await();
    return ExitCodes.OK;
  }

  /** The rule catalogue as the page names it. */
  static List<RuleLabel> rules() {
    return RuleCatalog.standard().rules().stream().map(r -> {
      RuleInfo i = r.info();
      return new RuleLabel(i.id(), i.severity().id(), i.zh(), i.en());
    }).toList();
  }
}
