package dev.jixiao.index.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.jixiao.index.search.QuerySyntax;
import dev.jixiao.index.search.QuerySyntaxException;
import dev.jixiao.index.search.ReportSearcher;
import dev.jixiao.index.search.SearchRequest;
import dev.jixiao.index.search.SearchResult;
import dev.jixiao.index.search.SortSpec;
import dev.jixiao.record.RecordJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * The search as JSON over HTTP, on the JDK's server, and the web page that shows it.
 *
 * <p>{@code GET /} and the page's own files (a fixed list held in memory, {@link WebResources});
 * {@code /api/search}, {@code /api/facets}, {@code /api/reports/{id}}, {@code /api/stats} (the
 * charts), {@code /api/rules}, {@code /api/export.csv} and {@code /api/export.xlsx}.
 *
 * <p>Safe by default: read-only (GET and HEAD; no request body); URLs, queries, pages and exports
 * bounded; no request path reaches the file system; every answer {@code nosniff} with a
 * Content-Security-Policy that allows scripts and styles from this server only (no inline
 * script); bound to loopback, it answers only requests addressed to a loopback name (a page on
 * another site cannot reach it by rebinding its own name to 127.0.0.1).
 */
public final class SearchServer implements AutoCloseable {
  /** Longest request line accepted (path and query string), in characters. */
  public static final int MAX_URI = 4096;
  /** The policy on every answer: this server's scripts, styles and data only. */
  public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
      + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  private static final Pattern ID = Pattern.compile("[0-9a-f]{16}(-p[0-9]{1,6})?");
  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");
  private static final List<String> SEVERITIES = List.of("error", "warning", "info");

  private final HttpServer http;
  private final ExecutorService pool;
  private final ReportSearcher searcher;
  private final List<RuleLabel> rules;
  private final WebResources web = WebResources.load();
  private final boolean loopbackOnly;
  private final ObjectMapper json = RecordJson.mapper();

  public SearchServer(ReportSearcher searcher, String host, int port, int threads) throws IOException {
    this(searcher, host, port, threads, List.of());
  }

  /** With the cross-check rules the page names ({@code /api/rules}). */
  public SearchServer(ReportSearcher searcher, String host, int port, int threads, List<RuleLabel> rules)
      throws IOException {
    this.searcher = searcher;
    this.rules = List.copyOf(rules);
    InetSocketAddress address = new InetSocketAddress(host, port);
    InetAddress a = address.getAddress();
    this.loopbackOnly = a != null && a.isLoopbackAddress();
    this.http = HttpServer.create(address, 64);
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "jixiao-http");
      t.setDaemon(true);
      return t;
    });
    http.setExecutor(pool);
    http.createContext("/", this::handle);
  }

  public void start() {
    http.start();
  }

  /** The port bound (useful with port 0). */
  public int port() {
    return http.getAddress().getPort();
  }

  private void handle(HttpExchange ex) throws IOException {
    try {
      String method = ex.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        ex.getResponseHeaders().add("Allow", "GET, HEAD");
        send(ex, 405, error("only GET and HEAD"));
        return;
      }
      String raw = ex.getRequestURI().getRawPath();
      String rawQuery = ex.getRequestURI().getRawQuery();
      if (raw.length() + (rawQuery == null ? 0 : rawQuery.length()) > MAX_URI) {
        send(ex, 414, error("the request is longer than " + MAX_URI + " characters"));
        return;
      }
      String cl = ex.getRequestHeaders().getFirst("Content-Length");
      if (cl != null && !cl.equals("0") || ex.getRequestHeaders().containsKey("Transfer-Encoding")) {
        send(ex, 413, error("no request body is accepted"));
        return;
      }
      if (loopbackOnly && !loopbackHost(ex.getRequestHeaders().getFirst("Host"))) {
        send(ex, 421, error("this server answers requests to localhost or 127.0.0.1 only"));
        return;
      }
      if (!raw.startsWith("/api/")) {
        var file = web.get(raw);
        if (file.isEmpty()) {
          send(ex, 404, error("no such page; the page is at /"));
        } else if (file.get().etag().equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
          ex.getResponseHeaders().set("ETag", file.get().etag());
          sendBytes(ex, 304, null, new byte[0], "no-cache");
        } else {
          ex.getResponseHeaders().set("ETag", file.get().etag());
          sendBytes(ex, 200, file.get().contentType(), file.get().bytes(), "no-cache");
        }
        return;
      }
      Map<String, String> params = params(rawQuery);
      searcher.refresh();
      api(ex, raw, params);
    } catch (IllegalArgumentException e) { // QuerySyntaxException among them: the user's mistake
      send(ex, 400, error(e.getMessage()));
    } catch (RuntimeException | IOException e) {
      send(ex, 500, error("internal error: " + e.getClass().getSimpleName()));
    } finally {
      ex.close();
    }
  }

  private void api(HttpExchange ex, String path, Map<String, String> params) throws IOException {
    String q = params.getOrDefault("q", "");
    SortSpec sort = params.containsKey("sort") && !params.get("sort").isBlank() ? SortSpec.parse(params.get("sort")) : null;
    switch (path) {
      case "/api/search" -> {
        boolean facets = !"false".equals(params.get("facets"));
        SearchResult r = searcher.search(new SearchRequest(q, sort, intParam(params, "offset", 0),
            intParam(params, "limit", 10), facets, intParam(params, "snippets", 2)));
        ObjectNode out = json.valueToTree(r);
        if (facets) {
          ((ObjectNode) out.get("facets")).set("severity", json.valueToTree(severityCounts(q)));
        }
        send(ex, 200, json.writeValueAsString(out));
      }
      case "/api/facets" -> {
        ObjectNode out = json.createObjectNode();
        out.put("query", q);
        ObjectNode f = json.valueToTree(searcher.facets(q));
        f.set("severity", json.valueToTree(severityCounts(q)));
        out.set("facets", f);
        send(ex, 200, json.writeValueAsString(out));
      }
      case "/api/stats" -> send(ex, 200, json.writeValueAsString(ChartStats.compute(searcher, q, json)));
      case "/api/rules" -> send(ex, 200, json.writeValueAsString(Map.of("rules", rules)));
      case "/api/export.csv", "/api/export.xlsx" -> export(ex, path.endsWith(".csv"), q, params.getOrDefault("type", "report"), sort);
      default -> {
        if (path.startsWith("/api/reports/")) {
          report(ex, path.substring("/api/reports/".length()), "true".equals(params.get("text")));
        } else {
          send(ex, 404, error("unknown path; use /api/search?q=…, /api/reports/{id}, /api/facets?q=…, /api/stats?q=…, "
              + "/api/export.csv?q=…&type=report|project"));
        }
      }
    }
  }

  private void report(HttpExchange ex, String id, boolean text) throws IOException {
    if (!ID.matcher(id).matches()) {
      send(ex, 404, error("no such report: ids are 16 hex digits (a project's: -pN after)"));
      return;
    }
    var rec = searcher.report(id, text);
    if (rec.isPresent()) {
      send(ex, 200, rec.get());
    } else {
      send(ex, 404, error("no such report: " + id));
    }
  }

  private void export(HttpExchange ex, boolean csv, String q, String type, SortSpec sort) throws IOException {
    if (!type.equals("report") && !type.equals("project")) {
      throw new QuerySyntaxException("type must be report or project: " + type);
    }
    Exports.Rows rows = Exports.collect(searcher, q, type, sort);
    byte[] body;
    String contentType;
    if (csv) {
      body = Exports.csv(rows.hits(), type);
      contentType = "text/csv; charset=utf-8";
    } else {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Exports.xlsx(rows.hits(), type, out);
      body = out.toByteArray();
      contentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
    var h = ex.getResponseHeaders();
    h.set("Content-Disposition", "attachment; filename=\"jixiao-" + type + "s." + (csv ? "csv" : "xlsx") + "\"");
    h.set("X-Jixiao-Rows", Integer.toString(rows.hits().size()));
    h.set("X-Jixiao-Total", rows.total() + (rows.totalExact() ? "" : "+"));
    h.set("X-Jixiao-Truncated", Boolean.toString(rows.truncated() || !rows.totalExact()));
    sendBytes(ex, 200, contentType, body, "no-store");
  }

  /**
   * How many hits have a finding of each severity, counted as if the query had no {@code
   * severity:} filter of its own (drill sideways, as the other facets). Exact up to {@link
   * ReportSearcher#EXACT_TOTAL_UP_TO} per value.
   */
  private Map<String, Long> severityCounts(String q) throws IOException {
    String base = QueryParts.without(q, "severity");
    Map<String, Long> counts = new LinkedHashMap<>();
    if (QueryParts.split(base).size() >= QuerySyntax.MAX_PARTS) {
      return counts;
    }
    List<Map.Entry<String, Long>> found = new ArrayList<>();
    for (String s : SEVERITIES) {
      long n = searcher.search(new SearchRequest(QueryParts.and(base, "severity:" + s), null, 0, 0, false, 0)).total();
      if (n > 0) {
        found.add(Map.entry(s, n));
      }
    }
    found.sort(Map.Entry.<String, Long>comparingByValue().reversed());
    found.forEach(e -> counts.put(e.getKey(), e.getValue()));
    return counts;
  }

  private static boolean loopbackHost(String host) {
    if (host == null) {
      return true; // HTTP/1.0 without Host: not a browser, so not a rebinding page
    }
    String h = host.strip().toLowerCase(Locale.ROOT);
    int colon = h.lastIndexOf(':');
    if (colon > 0 && h.indexOf(']') < colon) {
      h = h.substring(0, colon);
    }
    return LOOPBACK_NAMES.contains(h);
  }

  private static int intParam(Map<String, String> p, String name, int dflt) {
    String v = p.get(name);
    if (v == null) {
      return dflt;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new QuerySyntaxException(name + " must be a whole number: " + v);
    }
  }

  private static Map<String, String> params(String raw) {
    Map<String, String> m = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return m;
    }
    for (String kv : raw.split("&")) {
      int eq = kv.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? kv : kv.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
      m.putIfAbsent(k, v);
    }
    return m;
  }

  private String error(String message) throws IOException {
    return json.writeValueAsString(Map.of("error", message == null ? "error" : message));
  }

  private static void send(HttpExchange ex, int status, String body) throws IOException {
    sendBytes(ex, status, "application/json; charset=utf-8", body.getBytes(StandardCharsets.UTF_8), "no-store");
  }

  private static void sendBytes(HttpExchange ex, int status, String contentType, byte[] bytes, String cache)
      throws IOException {
    var h = ex.getResponseHeaders();
    if (contentType != null) {
      h.set("Content-Type", contentType);
    }
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Content-Security-Policy", CSP);
    h.set("Referrer-Policy", "no-referrer");
    h.set("X-Frame-Options", "DENY");
    h.set("Cross-Origin-Resource-Policy", "same-origin");
    h.set("Cache-Control", cache);
    boolean noBody = ex.getRequestMethod().equals("HEAD") || status == 304;
    ex.sendResponseHeaders(status, noBody ? -1 : bytes.length);
    if (!noBody) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    http.stop(0);
    pool.shutdownNow();
  }
}
