package dev.jixiao.index.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.jixiao.index.search.QuerySyntaxException;
import dev.jixiao.index.search.ReportSearcher;
import dev.jixiao.index.search.SearchRequest;
import dev.jixiao.index.search.SortSpec;
import dev.jixiao.record.RecordJson;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * The search as JSON over HTTP, on the JDK's server: {@code GET /api/search}, {@code
 * /api/reports/{id}}, {@code /api/facets}. Read-only; serves no files (only what the index
 * holds); answers GET and HEAD only; refuses request bodies and long URLs.
 */
public final class SearchServer implements AutoCloseable {
  /** Longest request line accepted (path and query string), in characters. */
  public static final int MAX_URI = 4096;
  private static final Pattern ID = Pattern.compile("[0-9a-f]{16}(-p[0-9]{1,6})?");

  private final HttpServer http;
  private final ExecutorService pool;
  private final ReportSearcher searcher;
  private final ObjectMapper json = RecordJson.mapper();

  public SearchServer(ReportSearcher searcher, String host, int port, int threads) throws IOException {
    this.searcher = searcher;
    this.http = HttpServer.create(new InetSocketAddress(host, port), 64);
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
      Map<String, String> params = params(rawQuery);
      searcher.refresh();
      if (raw.equals("/api/search")) {
        SearchRequest req = new SearchRequest(params.getOrDefault("q", ""),
            params.containsKey("sort") ? SortSpec.parse(params.get("sort")) : null,
            intParam(params, "offset", 0), intParam(params, "limit", 10),
            !"false".equals(params.get("facets")), intParam(params, "snippets", 2));
        send(ex, 200, json.writeValueAsString(searcher.search(req)));
      } else if (raw.equals("/api/facets")) {
        var out = json.createObjectNode();
        out.put("query", params.getOrDefault("q", ""));
        out.set("facets", json.valueToTree(searcher.facets(params.getOrDefault("q", ""))));
        send(ex, 200, json.writeValueAsString(out));
      } else if (raw.startsWith("/api/reports/")) {
        String id = raw.substring("/api/reports/".length());
        if (!ID.matcher(id).matches()) {
          send(ex, 404, error("no such report: ids are 16 hex digits (a project's: -pN after)"));
          return;
        }
        var rec = searcher.report(id, "true".equals(params.get("text")));
        if (rec.isPresent()) {
          send(ex, 200, rec.get());
        } else {
          send(ex, 404, error("no such report: " + id));
        }
      } else {
        send(ex, 404, error("unknown path; use /api/search?q=…, /api/reports/{id}, /api/facets?q=…"));
      }
    } catch (IllegalArgumentException e) { // QuerySyntaxException among them: the user's mistake
      send(ex, 400, error(e.getMessage()));
    } catch (RuntimeException | IOException e) {
      send(ex, 500, error("internal error: " + e.getClass().getSimpleName()));
    } finally {
      ex.close();
    }
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
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
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
