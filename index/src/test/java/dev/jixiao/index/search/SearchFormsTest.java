package dev.jixiao.index.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jixiao.index.GoldRecords;
import dev.jixiao.record.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every query form over the five sample reports (records built from the gold fixtures), with
 * the exact hits expected.
 */
class SearchFormsTest {
  @TempDir static Path dir;
  static ReportSearcher searcher;
  static Map<String, Report> records;

  static final String GURAO = GoldRecords.id("guraozhen-2024");
  static final String CAOHE = GoldRecords.id("caohezhen-2023");
  static final String NANTUN = GoldRecords.id("nantunzhen-2023");
  static final String XINZAO = GoldRecords.id("xinzaozhen-2024-ocr");
  static final String ZHENG = GoldRecords.id("zhengjiayizhen-2024");

  @BeforeAll
  static void index() throws IOException {
    records = GoldRecords.all();
    GoldRecords.index(dir);
    searcher = ReportSearcher.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  static SearchResult search(String q) throws IOException {
    return searcher.search(SearchRequest.of(q).withLimit(200));
  }

  static List<String> ids(String q) throws IOException {
    return search(q).hits().stream().map(SearchResult.Hit::id).toList();
  }

  static String p(String report, int n) {
    return report + "-p" + n;
  }

  @Test
  void freeTextInChinese() throws IOException {
    // 人居环境整治: 古饶镇's project 人居环境整治三 and the two reports that write the word
    assertThat(ids("人居环境整治")).containsExactlyInAnyOrder(p(GURAO, 6), GURAO, ZHENG);
    // a township and a topic: only 郑家驿镇's report says both
    assertThat(ids("郑家驿镇 人居环境整治")).containsExactly(ZHENG);
    // a sub-word of a dictionary word still finds it (人居环境 inside 人居环境整治)
    assertThat(ids("人居环境 type:project")).containsExactly(p(GURAO, 6));
  }

  /** every() gives all the hits a search pages through, in the same order, for each kind of sort. */
  @Test
  void everyHitInTheOrderOfThePages() throws IOException {
    for (String q : List.of("type:project", "人居环境整治", "type:project rate:<100", "")) {
      for (SortSpec sort : Arrays.asList(null, SortSpec.parse("-budget"), SortSpec.parse("year"))) {
        List<String> paged = new ArrayList<>();
        for (int offset = 0; ; offset += 7) {
          List<SearchResult.Hit> page = searcher.search(new SearchRequest(q, sort, offset, 7, false, 0)).hits();
          page.forEach(h -> paged.add(h.id()));
          if (page.size() < 7) {
            break;
          }
        }
        assertThat(searcher.every(q, sort)).extracting(SearchResult.Hit::id).as("%s sorted by %s", q, sort)
            .containsExactlyElementsOf(paged);
      }
    }
    assertThat(searcher.every("type:project", null)).hasSizeGreaterThan(7 * 3); // more than a few pages
  }

  @Test
  void phrase() throws IOException {
    assertThat(ids("\"驻村工作队\" type:project")).containsExactlyInAnyOrder(
        p(CAOHE, 2), p(CAOHE, 3), p(NANTUN, 1), p(NANTUN, 10), p(NANTUN, 6));
  }

  @Test
  void eachKeywordFilter() throws IOException {
    assertThat(ids("township:古饶镇 type:report")).containsExactly(GURAO);
    assertThat(ids("county:徐水区 type:report")).containsExactly(CAOHE);
    assertThat(search("county:徐水区").total()).isEqualTo(1 + 17);
    // 南屯镇 fits two divisions, so its city stays open and it is not in 保定市
    assertThat(ids("city:保定市 type:report")).containsExactly(CAOHE);
    assertThat(ids("province:湖南省")).containsExactly(ZHENG);
    assertThat(ids("year:2023 type:report")).containsExactlyInAnyOrder(CAOHE, NANTUN);
    assertThat(ids("kind:department_overall")).containsExactlyInAnyOrder(XINZAO, ZHENG);
    assertThat(ids("kind:部门整体支出")).containsExactlyInAnyOrder(XINZAO, ZHENG);
    assertThat(ids("grade:优")).containsExactly(XINZAO);
    assertThat(ids("rule:total.sum")).containsExactlyInAnyOrder(GURAO, NANTUN);
    assertThat(ids("rule:project.duplicate type:project")).containsExactlyInAnyOrder(
        p(GURAO, 5), p(GURAO, 18), p(GURAO, 34), p(GURAO, 35), p(CAOHE, 11), p(CAOHE, 15));
    assertThat(ids("severity:error type:report")).containsExactlyInAnyOrder(GURAO, NANTUN, XINZAO, ZHENG);
    assertThat(ids("type:report")).hasSize(5);
    assertThat(search("type:project").total()).isEqualTo(37 + 17 + 32);
    assertThat(ids("unit:桃源县郑家驿镇人民政府")).containsExactly(ZHENG);
    assertThat(ids("id:" + XINZAO)).containsExactly(XINZAO);
  }

  @Test
  void ruleAndSeverityMeanOneFinding() throws IOException {
    // 古饶镇 has a total.sum error; 漕河镇 only warnings: amount.magnitude is never an error
    assertThat(ids("rule:total.sum severity:error")).containsExactlyInAnyOrder(GURAO, NANTUN);
    assertThat(ids("rule:amount.magnitude severity:error")).isEmpty();
    assertThat(ids("rule:amount.magnitude severity:warning type:report")).containsExactly(CAOHE);
  }

  @Test
  void eachRange() throws IOException {
    assertThat(ids("budget:>1000 type:report")).containsExactlyInAnyOrder(GURAO, CAOHE, XINZAO, ZHENG);
    assertThat(ids("budget:<1 type:project")).containsExactlyInAnyOrder(
        p(GURAO, 27), p(CAOHE, 1), p(NANTUN, 14), p(NANTUN, 21), p(NANTUN, 24), p(NANTUN, 25), p(NANTUN, 29));
    // money in 元, 千元 and 亿元 is converted: 18.092382元 is the only budget under 20 元
    assertThat(ids("budget:<20元")).containsExactly(p(CAOHE, 1));
    assertThat(ids("budget:<18元")).isEmpty();
    assertThat(ids("budget:<0.02千元")).as("and 千元").containsExactly(p(CAOHE, 1));
    assertThat(ids("budget:>=3.5亿元")).containsExactly(XINZAO);
    assertThat(ids("expenditure:100..300 type:project")).containsExactlyInAnyOrder(p(GURAO, 1), p(GURAO, 6));
    assertThat(ids("score:>95")).containsExactlyInAnyOrder(XINZAO, ZHENG);
    assertThat(ids("score:95.29")).containsExactly(ZHENG);
    // an exclusive bound excludes the value itself
    assertThat(ids("rate:<100 rate:>=94.98 type:report")).containsExactly(XINZAO);
    assertThat(ids("rate:<1 type:project")).containsExactlyInAnyOrder(
        p(GURAO, 10), p(GURAO, 15), p(GURAO, 17), p(GURAO, 23));
    assertThat(ids("year:>=2024 type:report")).containsExactlyInAnyOrder(GURAO, XINZAO, ZHENG);
  }

  @Test
  void combinedFilters() throws IOException {
    // 淮北市 projects about 乡村振兴 that spent under half their budget
    assertThat(ids("乡村振兴 rate:<50 type:project city:淮北市")).containsExactlyInAnyOrder(p(GURAO, 4), p(GURAO, 23));
    assertThat(ids("乡村振兴 rate:<50 type:project city:保定市")).isEmpty();
    assertThat(ids("type:report -county:烈山区 year:2024")).containsExactlyInAnyOrder(XINZAO, ZHENG);
    assertThat(ids("county:烈山区 county:番禺区 type:report")).containsExactlyInAnyOrder(GURAO, XINZAO);
    assertThat(ids("驻村工作队 -南屯镇 type:project")).containsExactlyInAnyOrder(p(CAOHE, 2), p(CAOHE, 3));
  }

  @Test
  void sortByFigure() throws IOException {
    assertThat(ids("type:report sort:-budget")).containsExactly(XINZAO, ZHENG, GURAO, CAOHE, NANTUN);
    assertThat(ids("type:report sort:budget")).containsExactly(NANTUN, CAOHE, GURAO, ZHENG, XINZAO);
    // missing figures sort last either way, ties by id
    assertThat(ids("type:report sort:-score")).containsExactly(XINZAO, ZHENG, CAOHE, NANTUN, GURAO);
    assertThat(ids("type:report sort:score")).containsExactly(ZHENG, XINZAO, CAOHE, NANTUN, GURAO);
    assertThat(searcher.search(SearchRequest.of("type:project county:烈山区").withSort(SortSpec.parse("-expenditure"))
        .withLimit(3)).hits().stream().map(SearchResult.Hit::name).toList())
        .containsExactly("2024_村级支出", "代管资金项目", "山水林田湖草新北沱河烈山片区生态修复工程");
  }

  @Test
  void relevanceRanksTheNamedProjectFirst() throws IOException {
    assertThat(ids("人居环境整治").get(0)).isEqualTo(p(GURAO, 6));
  }

  @Test
  void facetsCountTheHits() throws IOException {
    SearchResult r = search("type:report");
    assertThat(r.facets().get("province")).containsExactly(
        Map.entry("安徽省", 1L), Map.entry("广东省", 1L), Map.entry("河北省", 1L), Map.entry("湖南省", 1L));
    assertThat(r.facets().get("year")).containsExactly(Map.entry("2024", 3L), Map.entry("2023", 2L));
    assertThat(r.facets().get("kind")).containsExactly(
        Map.entry("department_overall", 2L), Map.entry("project", 2L), Map.entry("special_fund", 1L));
    assertThat(r.facets().get("grade")).containsExactly(Map.entry("优", 1L));
    assertThat(r.facets().get("rule")).containsExactly(Map.entry("project.duplicate", 2L), Map.entry("total.sum", 2L),
        Map.entry("amount.magnitude", 1L), Map.entry("breakdown.sum", 1L), Map.entry("restated", 1L),
        Map.entry("target.missed", 1L));
  }

  @Test
  void drillDownNarrowsHitsAndCountsTheDrilledDimensionSideways() throws IOException {
    SearchResult r = search("type:report county:烈山区");
    assertThat(r.total()).isEqualTo(1);
    // the other counties stay visible with their counts
    assertThat(r.facets().get("county")).containsExactly(
        Map.entry("徐水区", 1L), Map.entry("桃源县", 1L), Map.entry("烈山区", 1L), Map.entry("番禺区", 1L));
    assertThat(r.facets().get("year")).containsExactly(Map.entry("2024", 1L));
    assertThat(searcher.facets("type:project").get("county")).containsExactly(
        Map.entry("烈山区", 37L), Map.entry("徐水区", 17L));
  }

  @Test
  void snippetsMarkTheWordsAndPointIntoTheReportText() throws IOException {
    SearchResult r = search("郑家驿镇 人居环境整治");
    SearchResult.Hit h = r.hits().get(0);
    String text = records.get("zhengjiayizhen-2024").text();
    assertThat(h.snippets()).isNotEmpty();
    boolean sawTopic = false;
    for (SearchResult.Snippet s : h.snippets()) {
      if (s.field().equals("text")) {
        assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
      }
      for (int[] m : s.highlights()) {
        String word = s.text().substring(m[0], m[1]);
        assertThat(word).isIn("郑家驿镇", "人居环境整治");
        sawTopic |= word.equals("人居环境整治");
      }
    }
    assertThat(h.snippets().stream().anyMatch(s -> s.marked().contains("【郑家驿镇】"))).isTrue();
    // a project's snippet offsets are shifted into its report's text
    SearchResult.Hit project = search("人居环境整治 type:project").hits().get(0);
    String gurao = records.get("guraozhen-2024").text();
    SearchResult.Snippet ps = project.snippets().stream().filter(s -> s.field().equals("text")).findFirst().orElseThrow();
    assertThat(gurao.substring(ps.start(), ps.end())).isEqualTo(ps.text());
    assertThat(ps.marked()).startsWith("【人居环境整治】三(非税收入)项目全年预算为150万元");
    assertThat(sawTopic || h.snippets().size() > 0).isTrue();
  }

  @Test
  void hitsCarryTheFigures() throws IOException {
    SearchResult.Hit h = search("id:" + p(GURAO, 1)).hits().get(0);
    assertThat(h.type()).isEqualTo("project");
    assertThat(h.name()).isEqualTo("综合工作经费一(超收分成)");
    assertThat(h.budget()).isEqualTo("383");
    assertThat(h.expenditure()).isEqualTo("238.17");
    assertThat(h.rate()).isEqualTo("62.18");
    assertThat(h.rateDerived()).isFalse();
    assertThat(h.unit().county()).isEqualTo("烈山区");
    assertThat(h.year()).isEqualTo(2024);
    assertThat(h.reportId()).isEqualTo(GURAO);
    SearchResult.Hit c = search("id:" + CAOHE).hits().get(0);
    assertThat(c.rate()).isEqualTo("87.28"); // 1460.09 / 1672.92, not stated
    assertThat(c.rateDerived()).isTrue();
  }

  @Test
  void storedRecordById() throws IOException {
    String json = searcher.report(ZHENG, false).orElseThrow();
    assertThat(json).contains("\"id\":\"" + ZHENG + "\"").contains("郑家驿镇").doesNotContain("单位名称：桃源县郑家驿镇人民政府\\n2025");
    assertThat(searcher.report(ZHENG, true).orElseThrow()).contains("单位名称：桃源县郑家驿镇人民政府\\n2025");
    assertThat(searcher.report(p(GURAO, 3), false).orElseThrow()).contains("\"id\":\"" + GURAO + "\"");
    assertThat(searcher.report("0000000000000000", false)).isEmpty();
  }

  @Test
  void badQueriesSayWhy() {
    assertThatThrownBy(() -> search("budget:>abc")).isInstanceOf(QuerySyntaxException.class).hasMessageContaining("budget");
    assertThatThrownBy(() -> search("type:table")).isInstanceOf(QuerySyntaxException.class);
    assertThatThrownBy(() -> search("sort:name")).isInstanceOf(QuerySyntaxException.class);
    assertThatThrownBy(() -> search("\"open")).isInstanceOf(QuerySyntaxException.class);
    assertThatThrownBy(() -> search("x".repeat(QuerySyntax.MAX_LENGTH + 1))).isInstanceOf(QuerySyntaxException.class);
  }
}
