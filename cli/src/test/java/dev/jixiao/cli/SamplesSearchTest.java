package dev.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The five sample reports ingested through the real pipeline (read → extract → check → index),
 * then searched with each query form the extraction can serve today. Unit filters (township,
 * county, city, province) are covered on gold-built records in the index module's
 * SearchFormsTest until the unit resolver lands on main.
 */
class SamplesSearchTest {
  @TempDir static Path tmp;
  static Path index;

  static Path samples() {
    String p = System.getProperty("jixiao.samples");
    return Path.of(p != null ? p : "../corpus-samples").toAbsolutePath().normalize();
  }

  static String run(String... args) {
    CommandLine cl = Jixiao.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    assertThat(cl.execute(args)).isEqualTo(0);
    return out.toString();
  }

  @BeforeAll
  static void ingest() {
    index = tmp.resolve("idx");
    assertThat(run("ingest", "-q", "--index", index.toString(), samples().resolve("text").toString())).contains("5 added");
  }

  static JsonNode search(String... query) throws IOException {
    List<String> args = new ArrayList<>(List.of("search", "--index", index.toString(), "--json", "--limit", "200"));
    args.addAll(List.of(query));
    return new ObjectMapper().readTree(run(args.toArray(String[]::new)));
  }

  static List<String> files(JsonNode r) {
    List<String> f = new ArrayList<>();
    r.get("hits").forEach(h -> f.add(Path.of(h.get("file").asText()).getFileName().toString()));
    return f;
  }

  static List<String> names(JsonNode r) {
    List<String> f = new ArrayList<>();
    r.get("hits").forEach(h -> f.add(h.get("name").asText()));
    return f;
  }

  @Test
  void freeTextFindsTheReportsThatSayIt() throws IOException {
    assertThat(files(search("人居环境整治", "type:report")))
        .containsExactlyInAnyOrder("guraozhen-2024.txt", "zhengjiayizhen-2024.txt");
    assertThat(files(search("履职效能", "type:report"))).containsExactly("xinzaozhen-2024-ocr.txt");
  }

  @Test
  void yearAndKindFilters() throws IOException {
    assertThat(files(search("type:report", "year:2023"))).containsExactlyInAnyOrder("caohezhen-2023.txt", "nantunzhen-2023.md");
    assertThat(files(search("kind:department_overall")))
        .containsExactlyInAnyOrder("xinzaozhen-2024-ocr.txt", "zhengjiayizhen-2024.txt");
    assertThat(files(search("kind:special_fund", "type:report"))).containsExactly("nantunzhen-2023.md");
  }

  @Test
  void rangesAndSortOverTheExtractedTotals() throws IOException {
    assertThat(files(search("type:report", "sort:-budget"))).containsExactly("xinzaozhen-2024-ocr.txt",
        "zhengjiayizhen-2024.txt", "guraozhen-2024.txt", "caohezhen-2023.txt", "nantunzhen-2023.md");
    assertThat(files(search("type:report", "budget:1000..4000")))
        .containsExactlyInAnyOrder("zhengjiayizhen-2024.txt", "guraozhen-2024.txt", "caohezhen-2023.txt");
    assertThat(files(search("type:report", "score:>96"))).containsExactly("xinzaozhen-2024-ocr.txt");
  }

  @Test
  void projectsOfTheRealExtraction() throws IOException {
    // 古饶镇's two 乡村振兴经费四 entries spent under half their budgets (24.45% and 0.48%)
    JsonNode r = search("乡村振兴", "type:project", "rate:<50", "year:2024");
    assertThat(names(r)).containsExactlyInAnyOrder("乡村振兴经费四(非税收入)", "乡村振兴经费四(非税收入)");
    assertThat(r.get("facets").get("year").get("2024").asInt()).isEqualTo(2);
    // the largest project expenditures
    JsonNode top = search("type:project", "sort:-expenditure");
    assertThat(top.get("hits").get(0).get("name").asText()).isEqualTo("2024_村级支出");
  }

  @Test
  void findingsOfTheRealChecks() throws IOException {
    // the gold total.sum errors: 古饶镇 3232.37 vs 6653.41万元, 南屯镇 937.131003 vs 905.534931万元
    assertThat(files(search("rule:total.sum", "severity:error", "type:report")))
        .containsExactlyInAnyOrder("guraozhen-2024.txt", "nantunzhen-2023.md");
    assertThat(search("type:report").get("facets").get("rule").has("total.sum")).isTrue();
  }

  @Test
  void snippetsAreHighlighted() throws IOException {
    JsonNode hit = search("三公经费", "type:report", "year:2024", "kind:department_overall").get("hits").get(0);
    assertThat(Path.of(hit.get("file").asText()).getFileName().toString()).isEqualTo("zhengjiayizhen-2024.txt");
    JsonNode s = hit.get("snippets").get(0);
    int[] h = {s.get("highlights").get(0).get(0).asInt(), s.get("highlights").get(0).get(1).asInt()};
    assertThat(s.get("text").asText().substring(h[0], h[1])).isEqualTo("三公经费");
  }
}
