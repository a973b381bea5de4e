package dev.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jixiao.index.IndexUpdater;
import dev.jixiao.index.search.ReportSearcher;
import dev.jixiao.index.server.SearchServer;
import dev.jixiao.pipeline.Pipelines;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Project;
import dev.jixiao.record.Report;
import dev.jixiao.record.Unit;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A report whose title, unit, project names, finding and text carry script and markup: the page
 * shows every one of them as text. The checks look at the DOM (no element was made from the data),
 * not only for a dialog, since the Content-Security-Policy alone would stop an inline handler
 * from running: escaping must hold without it.
 */
class WebPageXssTest {
  static final String IMG = "<img src=x onerror=alert(1)>";
  static final String SCRIPT = "<script>alert('xss')</script>";
  static final String BOLD = "<b class=\"injected\">加粗</b>";
  static final String SVG = "<svg onload=alert(2)><a href=\"javascript:alert(3)\">点我</a></svg>";
  static final String FORMULA = "=HYPERLINK(\"http://example.invalid\",\"点我\")";
  static final String TITLE = BOLD + "乡村振兴" + SCRIPT + "绩效自评报告";

  @TempDir static Path tmp;
  static ReportSearcher searcher;
  static SearchServer server;
  static Browser browser;
  static String base;
  static String id;

  @BeforeAll
  static void start() throws Exception {
    Browser.assumeInstalled();
    // the text itself carries markup, so the document pane has some to show
    Path sample = SamplesSearchTest.samples().resolve("text").resolve("guraozhen-2024.txt");
    String text = TITLE + "\n" + IMG + " " + SVG + "\n" + Files.readString(sample, StandardCharsets.UTF_8);
    Path file = tmp.resolve("hostile.txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Report r = Pipelines.standard().process(file);
    assertThat(r.projects()).hasSizeGreaterThan(3);
    assertThat(r.findings()).isNotEmpty();
    // names and findings as a hostile or broken extraction could give them
    List<Project> ps = new ArrayList<>(r.projects());
    ps.set(0, renamed(ps.get(0), IMG));
    ps.set(1, renamed(ps.get(1), SCRIPT));
    ps.set(2, renamed(ps.get(2), FORMULA));
    ps.set(3, renamed(ps.get(3), SVG));
    List<Finding> fs = new ArrayList<>(r.findings());
    Finding f0 = fs.get(0);
    fs.set(0, new Finding(f0.rule(), f0.severity(), IMG, SCRIPT + f0.message() + BOLD, IMG, SVG, f0.evidence()));
    Unit u = r.unit();
    Unit hostile = new Unit(BOLD + "镇人民政府", "<i class=\"injected\">镇</i>", IMG + "县", u.city(), u.province(),
        u.divisionCode(), u.candidates(), u.evidence());
    Report bad = new Report(r.schema(), r.source(), r.status(), r.errors(), TITLE, hostile, r.fiscalYear(), r.reportKind(),
        r.publishedDate(), r.totals(), r.score(), r.gradeDistribution(), ps, r.figures(), fs, r.text());
    Path index = tmp.resolve("idx");
    try (IndexUpdater up = IndexUpdater.open(index)) {
      up.put(file.toString(), bad);
      up.commit();
    }
    id = bad.source().sha256().substring(0, 16);
    searcher = ReportSearcher.open(index);
    server = new SearchServer(searcher, "127.0.0.1", 0, 2, ServeCommand.rules());
    server.start();
    base = "http://127.0.0.1:" + server.port();
    browser = Browser.start(tmp);
  }

  static Project renamed(Project p, String name) {
    return new Project(p.seq(), name, p.budget(), p.expenditure(), p.completionRate(), p.score(), p.grade(), p.groupSize(),
        p.deviationReason(), p.nameEvidence(), p.evidence());
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

  /** Nothing the data carried became an element, and no dialog opened. */
  static void assertNothingInjected() {
    assertThatThrownBy(() -> browser.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    Object found = browser.js("return document.querySelectorAll('img, svg, iframe, object, embed, .injected, i, b:not(.f-cmp b),"
        + " script:not([src]), a[href^=javascript]').length");
    assertThat((Long) found).isZero();
    assertThat(browser.js("return window.__xss === undefined")).isEqualTo(true);
  }

  static String pageText() {
    return browser.driver.findElement(By.tagName("body")).getText();
  }

  @Test
  void theSearchPageShowsMarkupAsText() {
    var d = browser.driver;
    d.get(base + "/#/search?q=" + URLEncoder.encode("乡村振兴", StandardCharsets.UTF_8));
    browser.waitUp(20).until(x -> !x.findElements(By.cssSelector("#results .hit")).isEmpty());
    browser.waitUp(20).until(ExpectedConditions.textMatches(By.id("chart-note"), java.util.regex.Pattern.compile("份报告")));
    assertNothingInjected();
    List<String> titles = d.findElements(By.cssSelector("#results .hit-title")).stream().map(WebElement::getText).toList();
    assertThat(titles).contains(TITLE);
    // the facets list the hostile county as text, and drilling down on it works
    WebElement county = d.findElement(By.cssSelector("#facets [data-dim=county] .facet-value"));
    assertThat(county.getText()).startsWith(IMG + "县");
    county.click();
    browser.waitUp(20).until(ExpectedConditions.attributeToBe(By.cssSelector("#facets [data-dim=county] .facet-value"), "aria-pressed", "true"));
    assertThat(d.findElement(By.id("q")).getAttribute("value")).isEqualTo("乡村振兴 county:\"" + IMG + "县\"");
    assertThat(d.findElements(By.cssSelector("#results .hit"))).isNotEmpty();
    assertNothingInjected();

    String four = "type:project id:" + id + "-p1 id:" + id + "-p2 id:" + id + "-p3 id:" + id + "-p4";
    d.get(base + "/#/search?q=" + URLEncoder.encode(four, StandardCharsets.UTF_8));
    browser.waitUp(20).until(x -> !x.findElements(By.cssSelector("#results .hit-project")).isEmpty());
    assertThat(pageText()).contains(IMG, SCRIPT, SVG, FORMULA);
    assertNothingInjected();
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void theReportViewShowsMarkupAsText() {
    var d = browser.driver;
    d.get(base + "/#/report/" + id);
    browser.waitUp(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#findings li.finding")));
    assertThat(d.findElement(By.id("report-title")).getText()).isEqualTo(TITLE);
    List<String> names = d.findElements(By.cssSelector("#projects tbody tr td:nth-child(2)")).stream().map(WebElement::getText).toList();
    assertThat(names.subList(0, 4)).containsExactly(IMG, SCRIPT, FORMULA, SVG);
    assertThat(d.findElement(By.id("doc-text")).getText()).startsWith(TITLE + "\n" + IMG + " " + SVG);
    assertThat(d.findElement(By.id("fields")).getText()).contains(BOLD + "镇人民政府", "<i class=\"injected\">镇</i>", IMG + "县");
    WebElement f = d.findElements(By.cssSelector("#findings li.finding")).stream()
        .filter(e -> e.getText().contains(SCRIPT)).findFirst().orElseThrow();
    assertThat(f.getText()).contains(BOLD, IMG, SVG);
    f.click();
    browser.waitUp(10).until(x -> !x.findElements(By.cssSelector("#doc-text mark.hl")).isEmpty());
    d.findElements(By.cssSelector("#projects tbody tr")).get(0).click();
    assertNothingInjected();
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void exportsKeepMarkupAsTextAndDefuseFormulas() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create(base + "/api/export.csv?type=project&q=")).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
    assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"jixiao-projects.csv\"");
    assertThat(csv.body()).contains("," + IMG + ",").contains("," + SCRIPT + ",")
        // a formula is defused with an apostrophe, and quoted for its commas and quotes
        .contains(",\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"点我\"\")\",")
        .doesNotContain("," + FORMULA + ",");
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(SearchServer.CSP);
    assertThat(SearchServer.CSP).contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }
}
