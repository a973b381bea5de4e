package dev.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;

/** Government pages without an {@code <article>}: the CMS container, or the body less its chrome. */
class HtmlReaderTest {
  private static final String CHROME_TOP = "<header><div>某某镇人民政府</div><nav><ul><li><a href='/'>首页</a></li><li>政务公开</li></ul></nav></header>"
      + "<div class='crumbs'>当前位置：首页 &gt; 财政预决算</div>"
      + "<div class='info'>发布时间：2025-04-18　来源：财政所</div>";
  private static final String CHROME_BOTTOM = "<div class='share'>分享到：微信</div><footer><p>版权所有：某某镇人民政府</p></footer>";

  private static TextDocument read(byte[] html) throws ReadFailure {
    MediaType type = new FormatDetector().detect(html, "page.html");
    return Readers.standard(null).read(html, type, ReadLimits.DEFAULTS);
  }

  @Test
  void theCmsContainerIsTheArticle() throws ReadFailure {
    String page = "<html><body>" + CHROME_TOP
        + "<div class='TRS_Editor'><p>某某镇2024年度绩效自评报告</p><p>一、基本情况</p><p>预算 12.5 万元。</p></div>"
        + "<div class='related'><a>2023年度报告</a></div>" + CHROME_BOTTOM + "</body></html>";

    TextDocument doc = read(page.getBytes(StandardCharsets.UTF_8));

    assertThat(doc.text()).isEqualTo("某某镇2024年度绩效自评报告\n一、基本情况\n预算 12.5 万元。");
  }

  @Test
  void withoutAContainerTheBodyLosesItsChrome() throws ReadFailure {
    String page = "<html><head><title>报告_某某镇人民政府</title></head><body>" + CHROME_TOP
        + "<h1>某某镇2024年度绩效自评报告</h1><p>一、基本情况</p>"
        + "<table><tr><th>项目名称</th><th>预算数（万元）</th></tr><tr><td>道路维修</td><td>41.60</td></tr></table>"
        + CHROME_BOTTOM + "</body></html>";

    TextDocument doc = read(page.getBytes(StandardCharsets.UTF_8));

    assertThat(doc.text()).isEqualTo("某某镇2024年度绩效自评报告\n一、基本情况\n项目名称\t预算数（万元）\n道路维修\t41.60");
    assertThat(doc.tables().get(0).dataRows().get(0).texts()).containsExactly("道路维修", "41.60");
  }

  @Test
  void aGbkPageIsDecodedByItsDeclaredCharset() throws ReadFailure {
    String page = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=gbk'></head><body>"
        + "<article><p>古饶镇绩效自评工作情况总结</p></article></body></html>";

    TextDocument doc = read(page.getBytes(Charset.forName("GBK")));

    assertThat(doc.text()).isEqualTo("古饶镇绩效自评工作情况总结");
    assertThat(doc.charset()).isIn("GBK", "GB18030", "GB2312");
  }

  /**
   * What the page hides is no text of it: a print-only copy, the page numbers Word keeps off the
   * screen in a saved TOC, an element with the hidden attribute. A page whose article is hidden
   * until a script shows it is still read.
   */
  @Test
  void whatThePageHidesIsLeftOut() throws ReadFailure {
    String page = "<html><body><div class='TRS_Editor'><p>某某镇2024年度绩效自评报告</p>"
        + "<p class=MsoToc1>一、基本情况<span style='display:none;mso-hide:screen'>. 3</span></p>"
        + "<p style='mso-hide:all'>PAGEREF _Toc25831 \\h</p><p hidden>隐藏的段落</p>"
        + "<p>预算 12.5 万元。</p><div style=\"DISPLAY: none\"><p>预算 12.5 万元。</p></div></div></body></html>";

    assertThat(read(page.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("某某镇2024年度绩效自评报告\n一、基本情况\n预算 12.5 万元。");

    String scripted = "<html><body><div id='zoom' style='display:none'><p>某某镇2024年度绩效自评报告</p><p>预算 12.5 万元。</p></div>"
        + "<script>document.getElementById('zoom').style.display='block'</script></body></html>";
    assertThat(read(scripted.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("某某镇2024年度绩效自评报告\n预算 12.5 万元。");
  }

  /**
   * The report's title above its content container (<h1>…</h1><div id="zoom">, or a CMS's <div class="wzbt">) is the report's:
   * the article's first line; a site name above it in a page header is not.
   */
  @Test
  void theTitleAboveTheContainerIsTheArticles() throws ReadFailure {
    for (String title : List.of("<h1 style='text-align:center'>岚峰县林业局2024年度森林防火专项资金绩效自评报告</h1>",
        "<div class='wzbt'>岚峰县林业局2024年度森林防火专项资金绩效自评报告</div>")) {
      String page = "<html><body><div id='header'><h1>岚峰县人民政府网</h1></div>" + CHROME_TOP + "<div id='bd'>" + title
          + "<p>发布时间：2025-03-21　来源：县林业局</p><div class='zw' id='zoom'><p>一、基本情况</p><p>预算 386.00 万元。</p></div></div>"
          + CHROME_BOTTOM + "</body></html>";
      assertThat(read(page.getBytes(StandardCharsets.UTF_8)).text()).as(title)
          .isEqualTo("岚峰县林业局2024年度森林防火专项资金绩效自评报告\n一、基本情况\n预算 386.00 万元。");
    }
  }

  /**
   * An older site's article inside a layout table (a title, paragraphs and the report's own table in its one cell) is read as its
   * paragraphs and that table; a table of data with one cell per row is still a table.
   */
  @Test
  void aTableThatLaysOutThePageIsReadAsItsParagraphs() throws ReadFailure {
    String page = "<html><body><table width='100%'><tr><td><h1>某县2024年度养老资金绩效自评报告</h1><p>一、基本情况</p>"
        + "<p>养老资金共计552.80万元。</p><table class='zb'><tr><th>乡镇</th><th>下达资金</th></tr><tr><td>城关镇</td><td>154.32</td></tr>"
        + "</table><p>二、绩效目标</p></td></tr></table></body></html>";
    TextDocument doc = read(page.getBytes(StandardCharsets.UTF_8));
    assertThat(doc.text()).startsWith("某县2024年度养老资金绩效自评报告\n一、基本情况\n养老资金共计552.80万元。\n").endsWith("二、绩效目标");
    assertThat(doc.tables()).singleElement().satisfies(t -> assertThat(t.rows()).hasSize(2));
  }

  /**
   * Cells spanning rows and columns (rowspan on the 一级指标 cells, colspan on the 合计 label) leave an empty cell where they reach,
   * so each row's cells stand under their header.
   */
  @Test
  void mergedCellsKeepEveryRowsCellsInTheirColumns() throws ReadFailure {
    String page = "<html><body><div class='TRS_Editor'><p>四、指标完成情况</p><table>"
        + "<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>分值</th><th>得分</th></tr>"
        + "<tr><td rowspan='3'>产出指标</td><td rowspan='2'>数量指标</td><td>服务人数</td><td>10</td><td>10</td></tr>"
        + "<tr><td>上门服务人次</td><td>8</td><td>7.0</td></tr>"
        + "<tr><td>质量指标</td><td>核查准确率</td><td>8</td><td>8</td></tr>"
        + "<tr><td colspan='3'>合计</td><td>26</td><td>25.0</td></tr></table></div></body></html>";
    TextDocument doc = read(page.getBytes(StandardCharsets.UTF_8));
    List<List<String>> grid = doc.tables().get(0).rows().stream()
        .map(r -> r.cells().stream().map(c -> doc.text().substring(c.start(), c.end())).toList()).toList();
    assertThat(grid).containsExactly(List.of("一级指标", "二级指标", "三级指标", "分值", "得分"),
        List.of("产出指标", "数量指标", "服务人数", "10", "10"), List.of("", "", "上门服务人次", "8", "7.0"),
        List.of("", "质量指标", "核查准确率", "8", "8"), List.of("合计", "", "", "26", "25.0"));
  }
}
