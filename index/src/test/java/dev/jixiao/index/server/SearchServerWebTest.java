package dev.jixiao.index.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jixiao.index.GoldRecords;
import dev.jixiao.index.IndexUpdater;
import dev.jixiao.index.search.ReportSearcher;
import dev.jixiao.index.search.SearchRequest;
import dev.jixiao.record.Report;
import dev.jixiao.record.Source;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server behind the web page, over HTTP: its files and only those, the headers that keep it
 * safe, the exports, the chart data and the severity facet. Over the five sample records built
 * from the gold fixtures, plus a second copy of 古饶镇 (other bytes, same figures) as when one
 * report is ingested in two formats.
 */
class SearchServerWebTest {
  @TempDir static Path dir;
  static ReportSearcher searcher;
  static SearchServer server;
  static String base;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws IOException {
    try (IndexUpdater u = IndexUpdater.open(dir)) {
      GoldRecords.putAll(u);
      Report g = GoldRecords.record("guraozhen-2024");
      Source s = g.source();
      Source other = new Source(s.file() + ".pdf", "f".repeat(64), s.bytes(), "pdf", false, 8, null, s.language(), s.script());
      u.put("guraozhen-2024.pdf", new Report(g.schema(), other, g.status(), g.errors(), g.title(), g.unit(), g.fiscalYear(),
          g.reportKind(), g.publishedDate(), g.totals(), g.score(), g.gradeDistribution(), g.projects(), g.figures(),
          g.findings(), g.text()));
      u.commit();
    }
    searcher = ReportSearcher.open(dir);
    server = new SearchServer(searcher, "127.0.0.1", 0, 2, List.of(new RuleLabel("total.sum", "error", "合计", "sum")));
    server.start();
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    searcher.close();
  }

  static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static String body(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  static JsonNode json(String path) throws Exception {
    HttpResponse<byte[]> r = get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  static String q(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  /** The status of a request line sent as is (no client normalises the path). */
  static int raw(String target, String host) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      OutputStream out = s.getOutputStream();
      out.write(("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = s.getInputStream();
      String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      return Integer.parseInt(status.substring(9, 12));
    }
  }

  @Test
  void thePageAndEachOfItsFilesWithThePolicy() throws Exception {
    HttpResponse<byte[]> page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(SearchServer.CSP);
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(body(page)).contains("<script type=\"module\" src=\"/app.js\"></script>").doesNotContain("<script>")
        .doesNotContain("style=").doesNotContain("http://").doesNotContain("https://");
    String list = new String(getClass().getClassLoader().getResourceAsStream(WebResources.ROOT + "files.txt").readAllBytes(),
        StandardCharsets.UTF_8);
    for (String name : list.split("\n")) {
      if (name.isBlank() || name.startsWith("#") || name.equals("index.html")) {
        continue;
      }
      HttpResponse<byte[]> f = get("/" + name.strip());
      assertThat(f.statusCode()).as(name).isEqualTo(200);
      assertThat(f.headers().firstValue("Content-Security-Policy")).hasValue(SearchServer.CSP);
      String type = f.headers().firstValue("Content-Type").orElseThrow();
      assertThat(type).startsWith(name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css" : "image/svg+xml");
      if (name.endsWith(".js")) {
        // the data never goes through innerHTML, outerHTML, insertAdjacentHTML, document.write or eval
        assertThat(body(f)).doesNotContain("innerHTML").doesNotContain("outerHTML").doesNotContain("insertAdjacentHTML")
            .doesNotContain("document.write").doesNotContain("eval(").doesNotContain("new Function");
      }
    }
    HttpResponse<byte[]> echarts = get(WebResources.ECHARTS_URL);
    assertThat(echarts.statusCode()).isEqualTo(200);
    assertThat(echarts.body().length).isGreaterThan(100_000);
    String etag = echarts.headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> again = get(WebResources.ECHARTS_URL, "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/index.html", "/files.txt", "/../pom.xml", "/%2e%2e/pom.xml", "/..%2fpom.xml", "/dev/jixiao/index/web/app.js",
      "/app.js/", "/APP.JS", "/vendor/../app.js", "/META-INF/MANIFEST.MF", "//etc/passwd", "/etc/passwd", "/%2fetc%2fpasswd",
      "/api/reports/..%2f..%2fetc%2fpasswd", "/api/reports/../../etc/passwd", "/vendor/echarts.common.min.js",
      "/META-INF/resources/webjars/echarts/5.5.0/echarts.min.js", "/api/", "/api/export.pdf"})
  void noRequestPathReachesAFile(String target) throws Exception {
    assertThat(raw(target, "127.0.0.1")).as(target).isEqualTo(404);
  }

  @Test
  void onLoopbackOnlyRequestsToALoopbackNameAreAnswered() throws Exception {
    assertThat(raw("/", "127.0.0.1:" + server.port())).isEqualTo(200);
    assertThat(raw("/", "localhost:" + server.port())).isEqualTo(200);
    assertThat(raw("/", "[::1]:" + server.port())).isEqualTo(200);
    // a page whose name was rebound to 127.0.0.1 sends its own name
    assertThat(raw("/", "attacker.example")).isEqualTo(421);
    assertThat(raw("/api/search?q=x", "attacker.example:" + server.port())).isEqualTo(421);
    assertThat(raw("/", "localhost.attacker.example")).isEqualTo(421);
  }

  @Test
  void boundedQueriesAndPages() throws Exception {
    assertThat(get("/api/search?limit=1001").statusCode()).isEqualTo(400);
    assertThat(get("/api/search?offset=10001").statusCode()).isEqualTo(400);
    assertThat(get("/api/search?q=" + "x".repeat(1001)).statusCode()).isEqualTo(400);
    assertThat(get("/api/search?q=" + "镇".repeat(1001)).statusCode()).isEqualTo(414); // the URL is longer than 4096
    assertThat(get("/api/export.csv?type=everything").statusCode()).isEqualTo(400);
    assertThat(get("/api/export.csv?q=" + q("budget:>abc")).statusCode()).isEqualTo(400);
  }

  @Test
  void csvExportOfProjects() throws Exception {
    HttpResponse<byte[]> r = get("/api/export.csv?type=project&sort=-budget&q=" + q("county:烈山区"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
    assertThat(r.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"jixiao-projects.csv\"");
    String[] lines = body(r).split("\r\n");
    assertThat(lines[0]).isEqualTo("\uFEFF编号,报告编号,序号,项目名称,单位,省,市,县区,乡镇,年度,报告类型,预算(万元),支出(万元),完成率(%),推算,得分,等级,发现规则,状态,文件");
    long total = searcher.search(new SearchRequest("county:烈山区 type:project", null, 0, 0, false, 0)).total();
    assertThat(total).isEqualTo(74); // 37 projects, two copies
    assertThat(lines).hasSize(1 + 74);
    assertThat(r.headers().firstValue("X-Jixiao-Rows")).hasValue("74");
    assertThat(r.headers().firstValue("X-Jixiao-Truncated")).hasValue("false");
    String[] top = lines[1].split(",", -1);
    var largest = searcher.search(new SearchRequest("county:烈山区 type:project sort:-budget", null, 0, 1, false, 0)).hits().get(0);
    assertThat(top[0]).isEqualTo(largest.id());
    assertThat(top[3]).isEqualTo(largest.name());
    assertThat(top[11]).isEqualTo(largest.budget());
    assertThat(top[7]).isEqualTo("烈山区");
    assertThat(top[10]).isEqualTo("项目支出");
  }

  @Test
  void xlsxExportOfReportsHasTypedCells() throws Exception {
    // the query's own type: filter is replaced by the export's
    HttpResponse<byte[]> r = get("/api/export.xlsx?type=report&q=" + q("type:project year:2024"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
      Sheet sheet = wb.getSheet("报告");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("编号");
      assertThat(sheet.getLastRowNum()).isEqualTo(4); // 古饶镇 ×2, 新造镇, 郑家驿镇
      boolean sawBudget = false;
      for (Row row : sheet) {
        if (row.getRowNum() == 0) {
          continue;
        }
        assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(2024.0);
        if (row.getCell(6).getStringCellValue().equals("古饶镇")) {
          assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(3232.37);
          sawBudget = true;
        }
      }
      assertThat(sawBudget).isTrue();
    }
  }

  @Test
  void chartDataCountsACopyOnce() throws Exception {
    JsonNode s = json("/api/stats?q=");
    assertThat(s.get("reports").asInt()).isEqualTo(6);
    assertThat(s.get("distinct").asInt()).isEqualTo(5);
    assertThat(s.get("capped").asBoolean()).isFalse();
    JsonNode gurao = null;
    for (JsonNode u : s.get("units")) {
      if (u.get("label").asText().equals("古饶镇")) {
        gurao = u;
      }
    }
    assertThat(gurao.get("copies").asInt()).isEqualTo(2);
    assertThat(gurao.get("budget").asText()).isEqualTo("3232.37");
    for (JsonNode t : s.get("townships")) {
      if (t.get("township").asText().equals("古饶镇")) {
        assertThat(t.get("budget").asText()).isEqualTo("3232.37"); // not doubled
        assertThat(t.get("reports").asInt()).isEqualTo(1);
      }
    }
    JsonNode sum = s.get("rules").get(0);
    assertThat(sum.get("rule").asText()).isIn("breakdown.sum", "target.missed", "total.sum", "project.duplicate");
    int errors = 0;
    for (JsonNode r : s.get("rules")) {
      errors += r.get("error").asInt();
    }
    assertThat(errors).isEqualTo(1 + 1 + 1 + 2); // 古饶镇 total.sum, 南屯镇 total.sum, 新造镇 restated, 郑家驿镇 breakdown.sum ×2
    JsonNode years = s.get("years");
    assertThat(years.get(0).get("year").asText()).isEqualTo("2023");
    assertThat(years.get(1).get("year").asText()).isEqualTo("2024");
    assertThat(years.get(1).get("reports").asInt()).isEqualTo(3);
    // a project hit stands for its report
    assertThat(json("/api/stats?q=" + q("type:project county:烈山区")).get("distinct").asInt()).isEqualTo(1);
  }

  @Test
  void severityIsAFacetCountedSideways() throws Exception {
    JsonNode all = json("/api/search?limit=0&q=" + q("type:report"));
    assertThat(all.get("facets").get("severity").get("error").asInt()).isEqualTo(5); // 古饶镇 ×2, 南屯镇, 新造镇, 郑家驿镇
    assertThat(all.get("facets").get("severity").get("warning").asInt()).isEqualTo(4); // 古饶镇 ×2, 漕河镇, 郑家驿镇
    JsonNode drilled = json("/api/search?limit=0&q=" + q("type:report severity:warning"));
    assertThat(drilled.get("total").asInt()).isEqualTo(4);
    assertThat(drilled.get("facets").get("severity").get("error").asInt()).isEqualTo(5);
    JsonNode facets = json("/api/facets?q=" + q("type:report county:桃源县"));
    assertThat(facets.get("facets").get("severity").get("error").asInt()).isEqualTo(1);
    assertThat(json("/api/rules").get("rules").get(0).get("zh").asText()).isEqualTo("合计");
  }
}
