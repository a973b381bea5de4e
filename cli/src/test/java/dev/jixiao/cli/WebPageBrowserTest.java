package dev.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jixiao.extract.form.FormFixture;
import dev.jixiao.index.search.ReportSearcher;
import dev.jixiao.index.search.SearchRequest;
import dev.jixiao.index.search.SearchResult;
import dev.jixiao.index.server.SearchServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import picocli.CommandLine;

/**
 * The analysts' page end to end in a real headless Chromium, over the sample reports ingested
 * through the real pipeline (the text and PDF samples: the PDFs give evidence its pages): search
 * 乡村振兴, drill down to a county, download the CSV and read its rows, open a report, click a
 * finding and see the figures it compares marked in the text with their pages. Screenshots of
 * both views go to target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageBrowserTest {
  @TempDir static Path tmp;
  static ReportSearcher searcher;
  static SearchServer server;
  static Browser browser;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    Browser.assumeInstalled();
    Path index = tmp.resolve("idx");
    Path samples = SamplesSearchTest.samples();
    CommandLine cl = Jixiao.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    Path forms = tmp.resolve("forms");
    Files.createDirectories(forms);
    Files.write(forms.resolve("form.docx"), FormFixture.docx(List.of(FormFixture.ofSampleProject("医保筹资运行经费"))));
    Files.write(forms.resolve("forms.docx"), FormFixture.docx(List.of(
        FormFixture.ofSampleProject("信访工作经费七(超收分成)").withFundScore("2.55"), FormFixture.ofSampleProject("人居环境整治三(非税收入)"))));
    Files.writeString(forms.resolve("deductions.txt"), DEDUCTIONS);
    assertThat(cl.execute("ingest", "-q", "--index", index.toString(), samples.resolve("text").toString(),
        samples.resolve("pdf").toString(), forms.toString())).isEqualTo(0);
    assertThat(out.toString()).contains("13 added");
    searcher = ReportSearcher.open(index);
    server = new SearchServer(searcher, "127.0.0.1", 0, 2, ServeCommand.rules());
    server.start();
    base = "http://127.0.0.1:" + server.port();
    browser = Browser.start(tmp);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
    if (searcher != null) {
      searcher.close();
    }
  }

  static List<String> texts(String css) {
    return browser.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  @Test
  @Order(1)
  void searchDrillDownExportOpenAReportAndSeeAFindingsFigures() throws Exception {
    var d = browser.driver;
    d.get(base + "/");
    browser.waitUp(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#summary")));

    // search 乡村振兴
    WebElement q = d.findElement(By.id("q"));
    q.clear();
    q.sendKeys("乡村振兴");
    d.findElement(By.id("search-button")).click();
    browser.waitUp(20).until(x -> x.getCurrentUrl().contains("#/search?q=") && !texts("#results .hit").isEmpty());
    assertThat(texts("#results mark.match")).isNotEmpty().allMatch(t -> t.equals("乡村振兴"));
    assertThat(texts("#facets [data-dim=county] .fv-label")).contains("烈山区", "徐水区", "桃源县");
    browser.waitUp(20).until(ExpectedConditions.textMatches(By.id("chart-note"), java.util.regex.Pattern.compile("份报告")));
    assertThat(d.findElements(By.cssSelector("#chart-rates canvas"))).isNotEmpty();
    browser.screenshot("search");

    // drill down to one county; the other counties stay listed (drill sideways)
    d.findElement(By.cssSelector("#facets button[data-dim=county][data-value=烈山区]")).click();
    browser.waitUp(20).until(ExpectedConditions.attributeToBe(
        By.cssSelector("#facets button[data-dim=county][data-value=烈山区]"), "aria-pressed", "true"));
    assertThat(d.findElement(By.id("q")).getAttribute("value")).isEqualTo("乡村振兴 county:烈山区");
    List<String> meta = texts("#results .hit .hit-meta");
    assertThat(meta).isNotEmpty().allMatch(m -> m.contains("烈山区"));
    assertThat(texts("#facets [data-dim=county] .fv-label")).contains("徐水区");
    SearchResult expected = searcher.search(new SearchRequest("乡村振兴 county:烈山区", null, 0, 100, false, 0));
    assertThat(d.findElement(By.id("summary")).getText()).startsWith("共 " + expected.total() + " 条结果");

    // the charts of the result set are drawn (canvas), over the distinct reports
    browser.waitUp(20).until(ExpectedConditions.textMatches(By.id("chart-note"), java.util.regex.Pattern.compile("份报告")));
    assertThat(d.findElements(By.cssSelector("#chart-rules canvas"))).isNotEmpty();
    assertThat(d.findElements(By.cssSelector("#chart-spending canvas"))).isNotEmpty();
    assertThat(d.findElement(By.id("chart-note")).getText()).contains("1 份报告").contains("2 个文件");
    browser.screenshot("search-county");

    // download the reports of the result set as CSV and read its rows
    d.findElement(By.cssSelector("a[data-export=csv-report]")).click();
    Path csv = browser.download("jixiao-reports.csv", Duration.ofSeconds(20));
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("\uFEFF编号,标题,单位,省,市,县区,乡镇,年度,报告类型,预算(万元),支出(万元),执行率(%)");
    List<String[]> rows = lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList();
    SearchResult reports = searcher.search(new SearchRequest("乡村振兴 county:烈山区 type:report", null, 0, 100, false, 0));
    assertThat(rows).hasSize((int) reports.total()).isNotEmpty();
    assertThat(rows.stream().map(r -> r[0]).collect(Collectors.toSet()))
        .isEqualTo(reports.hits().stream().map(SearchResult.Hit::id).collect(Collectors.toSet()));
    for (String[] r : rows) {
      assertThat(r[5]).isEqualTo("烈山区");
      assertThat(r[6]).isEqualTo("古饶镇");
      assertThat(r[7]).isEqualTo("2024");
      assertThat(r[9]).isEqualTo("3232.37");
      assertThat(r[r.length - 1]).matches(".*guraozhen-2024\\.(txt|pdf)");
    }

    // open the PDF's report (its evidence has pages)
    WebElement pdfHit = d.findElements(By.cssSelector("#results article.hit-report")).stream()
        .filter(e -> e.findElement(By.cssSelector(".hit-file")).getText().equals("guraozhen-2024.pdf"))
        .findFirst().orElseThrow();
    String reportId = pdfHit.getAttribute("data-id");
    pdfHit.findElement(By.cssSelector(".hit-title")).click();
    browser.waitUp(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#findings li.finding")));
    assertThat(d.getCurrentUrl()).endsWith("#/report/" + reportId);
    assertThat(d.findElement(By.id("report-title")).getText()).isEqualTo("烈山区古饶镇绩效自评工作情况总结");
    assertThat(texts("#doc-text mark.hl")).isEmpty();

    // click the total.sum finding: every figure it compares is marked, with its page
    JsonNode record = new ObjectMapper().readTree(searcher.report(reportId, true).orElseThrow()).get("record");
    JsonNode finding = null;
    int index = 0;
    for (JsonNode f : record.get("findings")) {
      if (f.get("rule").asText().equals("total.sum")) {
        finding = f;
        break;
      }
      index++;
    }
    assertThat(finding).isNotNull();
    d.findElement(By.cssSelector("#findings li.finding[data-rule='total.sum']")).click();
    browser.waitUp(10).until(x -> !texts("#doc-text mark.hl").isEmpty());
    assertThat(d.getCurrentUrl()).endsWith("#/report/" + reportId + "?finding=" + index);
    String text = record.get("text").asText();
    List<String> quoted = new ArrayList<>();
    Set<String> pages = new java.util.TreeSet<>();
    for (JsonNode e : finding.get("evidence")) {
      quoted.add(text.substring(e.get("start").asInt(), e.get("end").asInt()));
      pages.add("第" + e.get("page").asInt() + "页");
    }
    List<String> marks = texts("#doc-text mark.hl");
    assertThat(marks).containsExactlyElementsOf(quoted);
    assertThat(marks.get(0)).isEqualTo("3232.37万元");
    assertThat(marks).contains("383万元", "2344.86万元");
    assertThat(texts("#doc-text .pg")).isNotEmpty().allMatch(pages::contains).contains("第1页");
    assertThat(d.findElement(By.id("doc-note")).getText()).contains("3232.37万元").contains("第1、");
    // scrolled so that the first marked figure is in the text pane's view
    assertThat((Boolean) browser.js("const m = document.querySelector('#doc-text mark.hl');"
        + "const p = document.getElementById('doc-text').getBoundingClientRect(); const r = m.getBoundingClientRect();"
        + "return r.top >= p.top && r.bottom <= p.bottom && r.top >= 0 && r.bottom <= window.innerHeight;")).isTrue();

    // a later finding's figures: the text pane scrolls down to them
    d.findElement(By.cssSelector("#findings li.finding[data-rule='project.duplicate']")).click();
    browser.waitUp(10).until(x -> texts("#doc-text mark.hl").stream().anyMatch(m -> m.contains("美丽乡村建设五")));
    assertThat((Long) browser.js("return document.getElementById('doc-text').scrollTop;")).isGreaterThan(0L);
    d.findElement(By.cssSelector("#findings li.finding[data-rule='total.sum']")).click();
    browser.waitUp(10).until(x -> texts("#doc-text mark.hl").size() == quoted.size());
    // one of its figures: the same marks, the pane centred on that one (383万元, page 3)
    d.findElements(By.cssSelector("#findings li.finding[data-rule='total.sum'] .ev-chip")).get(1).click();
    assertThat((Boolean) browser.js("const m = document.querySelectorAll('#doc-text mark.hl')[1];"
        + "const p = document.getElementById('doc-text').getBoundingClientRect(); const r = m.getBoundingClientRect();"
        + "return m.textContent === '383万元' && r.top >= p.top + p.height / 4 && r.bottom <= p.bottom - p.height / 4;")).isTrue();
    assertThat(texts("#doc-text mark.hl")).containsExactlyElementsOf(quoted);
    browser.screenshot("report");

    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  @Order(2)
  void theProjectTableSortsAndAProjectRowMarksItsEntry() {
    var d = browser.driver;
    String id = firstReportOf("guraozhen-2024.txt");
    d.get(base + "/#/report/" + id);
    browser.waitUp(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#projects tbody tr")));
    List<WebElement> rows = d.findElements(By.cssSelector("#projects tbody tr"));
    assertThat(rows).hasSize(37);

    // budget, largest first
    d.findElement(By.cssSelector("#projects th[data-key=budget] button")).click();
    assertThat(d.findElement(By.cssSelector("#projects th[data-key=budget]")).getAttribute("aria-sort")).isEqualTo("descending");
    List<Double> budgets = texts("#projects tbody tr td:nth-child(3)").stream().map(Double::parseDouble).toList();
    assertThat(budgets).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(budgets.get(0)).isEqualTo(2344.86);
    // again: smallest first
    d.findElement(By.cssSelector("#projects th[data-key=budget] button")).click();
    List<Double> up = texts("#projects tbody tr td:nth-child(3)").stream().map(Double::parseDouble).toList();
    assertThat(up).isSorted();
    // by completion rate, lowest first (a second click): rates without a figure go last
    d.findElement(By.cssSelector("#projects th[data-key=rate] button")).click();
    d.findElement(By.cssSelector("#projects th[data-key=rate] button")).click();
    assertThat(d.findElement(By.cssSelector("#projects th[data-key=rate]")).getAttribute("aria-sort")).isEqualTo("ascending");
    List<String> rates = texts("#projects tbody tr td:nth-child(5)");
    List<Double> known = rates.stream().filter(r -> !r.equals("—")).map(r -> Double.parseDouble(r.replace("≈", "").replace("%", ""))).toList();
    assertThat(known).isSorted().hasSizeGreaterThan(30);
    assertThat(rates.subList(known.size(), rates.size())).allMatch(r -> r.equals("—"));

    // a row marks its entry and figures in the text
    WebElement row = d.findElements(By.cssSelector("#projects tbody tr")).stream()
        .filter(r -> r.findElement(By.cssSelector("td:nth-child(5)")).getText().equals("0.48%")).findFirst().orElseThrow();
    row.click();
    browser.waitUp(10).until(x -> !texts("#doc-text mark.hl:not(.ctx)").isEmpty());
    assertThat(texts("#doc-text mark.hl:not(.ctx)")).contains("37.03万元", "0.18万元", "0.48%");
    assertThat(texts("#doc-text mark.hl.ctx")).anyMatch(t -> t.contains("乡村振兴经费四(非税收入)项目全年预算为"));
    WebElement first = row;
    assertThat(first.getAttribute("class")).contains("active");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  @Order(3)
  void aBadQuerySaysWhyAndTheLinkOfAProjectOpensItsRow() {
    var d = browser.driver;
    d.get(base + "/#/search?q=budget%3A%3Eabc");
    browser.waitUp(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .error")));
    assertThat(d.findElement(By.cssSelector("#results .error")).getText()).startsWith("查询有误").contains("budget");

    d.get(base + "/#/search?q=" + java.net.URLEncoder.encode("乡村振兴经费四 type:project rate:<1", StandardCharsets.UTF_8));
    browser.waitUp(20).until(x -> !texts("#results .hit-project").isEmpty());
    d.findElement(By.cssSelector("#results .hit-project .hit-title")).click();
    browser.waitUp(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#projects tbody tr.active")));
    assertThat(d.findElement(By.cssSelector("#projects tbody tr.active td:nth-child(2)")).getText()).isEqualTo("乡村振兴经费四(非税收入)");
    assertThat(texts("#doc-text mark.hl:not(.ctx)")).contains("0.48%");
    // the bad query's answer, 400, is the browser's one complaint
    assertThat(browser.consoleErrors()).singleElement().satisfies(e -> assertThat(e).contains("budget%3A%3Eabc").contains("400"));
  }

  /**
   * 自评表: a form's score parts with their 分值 beside them; in an appendix of forms, each project's
   * parts in its score's tooltip, and the funds row scored off 分值 × 执行率 named by its rule, its
   * three cells marked.
   */
  @Test
  @Order(4)
  void aFormsScorePartsShowTheirWeightsAndAFundsSlipItsCells() throws Exception {
    var d = browser.driver;
    d.get(base + "/#/report/" + firstReportOf("form.docx"));
    browser.waitUp(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#projects tbody tr")));
    WebElement parts = d.findElement(By.xpath("//div[@class='field'][dt='得分构成']/dd"));
    assertThat(parts.getText()).startsWith("年度资金总额 9.01/10").contains("保洁合格率");
    assertThat(parts.findElements(By.cssSelector(".weight"))).hasSize(6);

    d.get(base + "/#/report/" + firstReportOf("forms.docx"));
    browser.waitUp(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#findings li.finding[data-rule='score.rate']")));
    List<WebElement> scores = d.findElements(By.cssSelector("#projects tbody tr td:nth-child(6) .parts"));
    assertThat(scores).hasSize(2);
    assertThat(scores.get(0).getAttribute("title")).startsWith("得分构成：年度资金总额 2.55/10；保洁公厕数量 ");
    WebElement slip = d.findElement(By.cssSelector("#findings li.finding[data-rule='score.rate']"));
    assertThat(slip.findElement(By.cssSelector(".f-rule")).getText()).startsWith("执行率得分");
    slip.click();
    browser.waitUp(10).until(x -> !texts("#doc-text mark.hl").isEmpty());
    // in the order of the row: 分值, 执行率, 得分
    assertThat(texts("#doc-text mark.hl")).containsExactly("10", "22.54%", "2.55");
    browser.screenshot("forms");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  /** A 扣分说明: each part's deduction with what it lists, and the total, each a figure to find in the text. */
  @Test
  @Order(5)
  void aReportsDeductionsShowUnderTheirParts() throws Exception {
    var d = browser.driver;
    d.get(base + "/#/report/" + firstReportOf("deductions.txt"));
    WebElement deductions = browser.waitUp(20).until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//div[@class='field'][dt='扣分说明']/dd")));
    assertThat(deductions.getText().split("\n")).containsExactly("决策指标 扣2分", "过程指标 扣3分（1分、2分）", "合计扣5分");
    deductions.findElements(By.cssSelector("button")).get(2).click();
    browser.waitUp(10).until(x -> !texts("#doc-text mark.hl").isEmpty());
    assertThat(texts("#doc-text mark.hl")).containsExactly("1分");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  private static final String DEDUCTIONS = "某镇2024年度农村公路养护项目绩效自评报告\n一、自评结论\n本项目自评得分95分，等级为“优”。\n"
      + "扣分说明：决策指标扣2分，目标值设置偏高；过程指标扣3分，其中资金拨付滞后扣1分、台账不全扣2分。合计扣5分。\n";

  private static String firstReportOf(String fileName) {
    try {
      return searcher.search(new SearchRequest("type:report", null, 0, 100, false, 0)).hits().stream()
          .filter(h -> h.file().endsWith("/" + fileName)).findFirst().orElseThrow().id();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
