package dev.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jixiao.extract.form.FormFixture;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, search and serve through the real command line, over the sample texts. */
class IndexCommandsTest {
  @TempDir Path tmp;

  static Path samples() {
    String p = System.getProperty("jixiao.samples");
    return Path.of(p != null ? p : "../corpus-samples").toAbsolutePath().normalize();
  }

  JsonNode json(String s) throws IOException {
    return new ObjectMapper().readTree(s);
  }

  List<String> files(JsonNode result) {
    List<String> f = new ArrayList<>();
    result.get("hits").forEach(h -> f.add(Path.of(h.get("file").asText()).getFileName().toString()));
    return f;
  }

  /** A folder with three of the sample texts: two reports on 人居环境整治 and one without. */
  Path threeTexts() throws IOException {
    Path texts = tmp.resolve("texts");
    Files.createDirectories(texts);
    for (String f : List.of("guraozhen-2024.txt", "zhengjiayizhen-2024.txt", "caohezhen-2023.txt")) {
      Files.copy(samples().resolve("text").resolve(f), texts.resolve(f));
    }
    return texts;
  }

  /**
   * Self-evaluation forms as a supervisor collects them (a Word file of three projects' forms, a
   * workbook of one, a PDF of the department's): each form's project is searchable by its score,
   * and the projects whose 总分 is not the sum of their parts are found by the rule.
   */
  @Test
  void formsAreSearchableByTheirProjectsScores() throws IOException {
    Path forms = tmp.resolve("forms");
    Files.createDirectories(forms);
    List<FormFixture.Form> three = List.of(
        FormFixture.ofSampleProject("信访工作经费七(超收分成)").withTotal("93.25"),
        FormFixture.ofSampleProject("人居环境整治三(非税收入)"),
        FormFixture.ofSampleProject("医保筹资运行经费"));
    Files.write(forms.resolve("projects.docx"), FormFixture.docx(three));
    Files.write(forms.resolve("one.xlsx"), FormFixture.xlsx(List.of(
        FormFixture.ofSampleProject("春节慰问项目资金"))));
    Files.write(forms.resolve("department.pdf"), FormFixture.pdf(List.of(
        FormFixture.Form.ofDepartment("烈山区古饶镇人民政府", "3232.37", "2900.00", "89.72",
            FormFixture.indicators()))));
    Path index = tmp.resolve("idx");
    CliRun ingest = CliRun.of("ingest", "--index", index.toString(), forms.toString());
    assertThat(ingest.out()).as(ingest.err()).contains("3 added");

    JsonNode low = json(CliRun.of("search", "--index", index.toString(), "--json", "type:project", "score:<95", "sort:score").out());
    assertThat(low.get("hits")).extracting(h -> h.get("name").asText()).containsExactly("信访工作经费七(超收分成)");
    JsonNode all = json(CliRun.of("search", "--index", index.toString(), "--json", "type:project").out());
    assertThat(all.get("total").asInt()).isEqualTo(4);
    JsonNode wrong = json(CliRun.of("search", "--index", index.toString(), "--json", "rule:score.sum", "type:project").out());
    assertThat(wrong.get("hits")).extracting(h -> h.get("name").asText()).containsExactly("信访工作经费七(超收分成)");
    JsonNode unit = json(CliRun.of("search", "--index", index.toString(), "--json", "type:report", "budget:>3000").out());
    assertThat(files(unit)).containsExactly("department.pdf");
  }

  @Test
  void ingestSearchReingestDelete() throws IOException {
    Path texts = threeTexts();
    Path index = tmp.resolve("idx");
    CliRun first = CliRun.of("ingest", "--index", index.toString(), texts.toString());
    assertThat(first.code()).as(first.err()).isEqualTo(0);
    assertThat(first.out()).contains("3 added, 0 replaced, 0 unchanged");

    CliRun again = CliRun.of("ingest", "--index", index.toString(), texts.toString());
    assertThat(again.out()).contains("0 added, 0 replaced, 3 unchanged");

    CliRun s = CliRun.of("search", "--index", index.toString(), "--json", "人居环境整治", "type:report");
    assertThat(s.code()).as(s.err()).isEqualTo(0);
    JsonNode r = json(s.out());
    assertThat(r.get("query").asText()).isEqualTo("人居环境整治 type:report");
    assertThat(r.get("total").asInt()).isEqualTo(2);
    assertThat(files(r)).containsExactlyInAnyOrder("guraozhen-2024.txt", "zhengjiayizhen-2024.txt");
    JsonNode hit = r.get("hits").get(0);
    for (String field : List.of("id", "type", "file", "unit", "year", "name", "budget", "expenditure", "rate", "score", "snippets")) {
      assertThat(hit.has(field)).as(field).isTrue();
    }
    assertThat(hit.get("id").asText()).matches("[0-9a-f]{16}");
    assertThat(r.get("facets").has("county")).isTrue();

    // a changed file replaces its documents: the topic is gone from it
    Path gurao = texts.resolve("guraozhen-2024.txt");
    Files.writeString(gurao, Files.readString(gurao).replace("人居环境整治", "环境卫生"));
    assertThat(CliRun.of("ingest", "--index", index.toString(), texts.toString()).out()).contains("0 added, 1 replaced, 2 unchanged");
    assertThat(files(json(CliRun.of("search", "--index", index.toString(), "--json", "人居环境整治", "type:report").out())))
        .containsExactly("zhengjiayizhen-2024.txt");

    CliRun del = CliRun.of("ingest", "--index", index.toString(), "--delete", texts.resolve("zhengjiayizhen-2024.txt").toString());
    assertThat(del.out()).contains("1 deleted");
    assertThat(json(CliRun.of("search", "--index", index.toString(), "--json", "人居环境整治").out()).get("total").asInt()).isZero();
    assertThat(json(CliRun.of("search", "--index", index.toString(), "--json", "type:report").out()).get("total").asInt()).isEqualTo(2);

    CliRun human = CliRun.of("search", "--index", index.toString(), "驻村工作队");
    assertThat(human.out()).contains("【驻村工作队】").contains("caohezhen-2023.txt");
    // the project 乡村振兴驻村工作队经费 matches in its name and in its text, which is the same line:
    // --json has both snippets, the listing shows it once per hit
    String[] hitsShown = human.out().split("\\n(?=\\d+\\. \\[)");
    for (String shownHit : hitsShown) {
      java.util.List<String> snippetLines = shownHit.lines().filter(l -> l.startsWith("   … ")).toList();
      assertThat(snippetLines).as(shownHit).doesNotHaveDuplicates();
    }
    assertThat(json(CliRun.of("search", "--index", index.toString(), "--json", "驻村工作队", "type:project").out())
        .get("hits").get(0).get("snippets")).hasSize(2);

    CliRun bad = CliRun.of("search", "--index", index.toString(), "budget:>abc");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("budget");
  }

  /**
   * export gives what search finds: the page's table as CSV or XLSX, a row per report or per
   * project, and the reports' records as JSON Lines, equal to what extract prints for the files.
   */
  @Test
  void exportGivesWhatSearchFinds() throws Exception {
    Path texts = threeTexts();
    String index = tmp.resolve("idx").toString();
    assertThat(CliRun.of("ingest", "--index", index, texts.toString()).code()).isEqualTo(0);

    int reports = json(CliRun.of("search", "--index", index, "--json", "人居环境整治", "type:report").out()).get("total").asInt();
    CliRun csv = CliRun.of("export", "--index", index, "人居环境整治");
    assertThat(csv.code()).as(csv.err()).isEqualTo(0);
    List<String> rows = csv.out().lines().toList();
    assertThat(rows.get(0)).startsWith("\uFEFF编号,标题,单位");
    assertThat(rows).hasSize(1 + reports);
    assertThat(rows.subList(1, rows.size())).anySatisfy(r -> assertThat(r).contains("郑家驿镇", "zhengjiayizhen-2024.txt"));

    int projects = json(CliRun.of("search", "--index", index, "--json", "type:project").out()).get("total").asInt();
    Path xlsx = tmp.resolve("projects.xlsx");
    CliRun x = CliRun.of("export", "--index", index, "--type", "project", "--out", xlsx.toString());
    assertThat(x.code()).as(x.err()).isEqualTo(0);
    assertThat(x.err()).contains(projects + " project rows written to");
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
      var sheet = wb.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(projects); // the header is row 0
      assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("项目名称");
    }

    CliRun records = CliRun.of("export", "--index", index, "--format", "jsonl");
    assertThat(records.code()).as(records.err()).isEqualTo(0);
    List<Path> files = List.of(texts.resolve("guraozhen-2024.txt"), texts.resolve("zhengjiayizhen-2024.txt"),
        texts.resolve("caohezhen-2023.txt"));
    CliRun extracted = CliRun.of("extract", "--jsonl", files.get(0).toString(), files.get(1).toString(), files.get(2).toString());
    assertThat(records.lines()).containsExactlyInAnyOrderElementsOf(extracted.lines());
    CliRun withText = CliRun.of("export", "--index", index, "--format", "jsonl", "--with-text");
    CliRun extractedWithText = CliRun.of("extract", "--jsonl", "--with-text", files.get(0).toString(), files.get(1).toString(),
        files.get(2).toString());
    assertThat(withText.lines()).allSatisfy(r -> assertThat(r.path("text").asText()).isNotBlank())
        .containsExactlyInAnyOrderElementsOf(extractedWithText.lines());

    assertThat(CliRun.of("export", "--index", index, "--format", "xlsx").code()).isEqualTo(ExitCodes.USAGE); // binary needs --out
    assertThat(CliRun.of("export", "--index", index, "--format", "pdf").code()).isEqualTo(ExitCodes.USAGE);
    assertThat(CliRun.of("export", "--index", index, "--type", "township").code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void serveAnswersJsonOnLoopback() throws Exception {
    Path index = tmp.resolve("idx");
    assertThat(CliRun.of("ingest", "-q", "--index", index.toString(), samples().resolve("text").resolve("caohezhen-2023.txt").toString()).code())
        .isEqualTo(0);
    try (var searcher = dev.jixiao.index.search.ReportSearcher.open(index);
        var server = new dev.jixiao.index.server.SearchServer(searcher, "127.0.0.1", 0, 2)) {
      server.start();
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port();
      HttpResponse<String> search = http.send(HttpRequest.newBuilder(URI.create(base + "/api/search?q="
          + URLEncoder.encode("驻村工作队", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(search.statusCode()).isEqualTo(200);
      assertThat(search.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
      JsonNode r = json(search.body());
      assertThat(r.get("total").asInt()).isGreaterThanOrEqualTo(1);
      String id = r.get("hits").get(0).get("reportId").asText();
      HttpResponse<String> report = http.send(HttpRequest.newBuilder(URI.create(base + "/api/reports/" + id)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(report.statusCode()).isEqualTo(200);
      assertThat(json(report.body()).get("record").get("source").get("sha256").asText()).startsWith(id);
      HttpResponse<String> facets = http.send(HttpRequest.newBuilder(URI.create(base + "/api/facets?q=type:report")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(json(facets.body()).get("facets").has("year")).isTrue();
      // what is refused
      assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/api/reports/../../etc/passwd")).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
      assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/index.html")).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
      assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/api/search?q=budget:%3Ex")).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
      assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/api/search?q=" + "x".repeat(5000))).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(414);
      assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/api/search"))
          .POST(HttpRequest.BodyPublishers.ofString("q=x")).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
          .isEqualTo(405);
    }
  }
}
