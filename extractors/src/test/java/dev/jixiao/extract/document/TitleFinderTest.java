package dev.jixiao.extract.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.read.TextDocument;
import dev.jixiao.text.ScriptConverter;
import dev.jixiao.text.TextNormalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitleFinderTest {
  private static DocumentView view(String text) {
    TextDocument doc = new TextDocument(text, new int[] {0}, "txt", null, false, List.of());
    return new DocumentView(doc, new TextNormalizer(new ScriptConverter()).normalize(text));
  }

  private static String title(String text) {
    DocumentView v = view(text);
    return new TitleFinder().find(v).map(t -> t.original(v)).orElse(null);
  }

  @Test
  void aTitleOnOneLine() {
    assertThat(title("烈山区古饶镇绩效自评工作情况总结\n一、自评工作开展情况\n")).isEqualTo("烈山区古饶镇绩效自评工作情况总结");
    // a form's first row as a web page copied to text writes it
    assertThat(title("部门预算项目支出绩效自评表(2023年度) | ||||||||||\n项目名称 | 安可替代补助资金项目 | ||||\n")).isEqualTo("部门预算项目支出绩效自评表(2023年度)");
    assertThat(title("单位名称：桃源县郑家驿镇人民政府\n2025年9月15日\n2024年度桃源县郑家驿镇人民政府整体支出绩效自评报告\n"))
        .isEqualTo("2024年度桃源县郑家驿镇人民政府整体支出绩效自评报告");
    // a unit's final accounts, whose 预算绩效管理情况 section holds its self-evaluation, are titled so
    assertThat(title("渠县农业综合技术服务中心2024年度单位决算\n第二部分2024年度单位决算情况说明\n")).isEqualTo("渠县农业综合技术服务中心2024年度单位决算");
  }

  /** A title whose first line ends with the money it evaluates (…项目资金 / 绩效评价报告) is the two lines. */
  @Test
  void aTitleWhoseFirstLineEndsWithItsFunds() {
    assertThat(title("隆回县人居环境指挥部乡村振兴项目资金\n绩效评价报告\n上会湘报字(2022)第0001号\n"))
        .isEqualTo("隆回县人居环境指挥部乡村振兴项目资金绩效评价报告");
  }

  /** A web page's breadcrumb ends in the title it leads to, but the title is the line of its own below it. */
  @Test
  void aBreadcrumbIsNotTheTitle() {
    assertThat(title("欢迎来到南县政协网站!\n您现在的位置: 首页 > 工作动态 > 通知公告 > 部门整体支出及项目支出绩效评价报告\n\n部门整体支出及项目支出绩效评价报告\n"))
        .isEqualTo("部门整体支出及项目支出绩效评价报告");
    assertThat(title("首页 > 乡镇信息公开 > 寺下镇 > 财政预决算\n关于2019年度高其坑通组道路工程绩效评价报告\n"))
        .isEqualTo("关于2019年度高其坑通组道路工程绩效评价报告");
  }

  /**
   * A web page's section that speaks of 绩效 (预算绩效管理) above the report is not its title: the
   * report's own, ending as a document does, is; a line with neither a document's ending nor a year
   * is the title only when no better one follows.
   */
  @Test
  void aPagesSectionAboveTheReportIsNotItsTitle() {
    assertThat(title("预算绩效管理\n- 索引号: zsjfzzx/2025-00002\n- 发布日期: 2025-04-29\n红河州数据发展中心2024年度项目支出绩效单位自评报告\n一、基本情况\n"))
        .isEqualTo("红河州数据发展中心2024年度项目支出绩效单位自评报告");
    assertThat(title("某镇部门整体支出绩效自评\n一、基本情况\n")).isEqualTo("某镇部门整体支出绩效自评");
  }

  /**
   * A government web page lists its fields above the report (发布机构, 索引号, 发布日期, 有效), a
   * line each: short lines and dates do not use up the lines the title is looked for in.
   */
  @Test
  void aPagesFieldsAboveTheTitle() {
    String page = "• 开远市教育体育局\n• 索引号\nkysjytyj/2025-00160\n• 发布机构\n开远市教育体育局\n• 文号\n• 发布日期\n2025-06-30\n"
        + "• 时效性\n有效\n\n开远市第十二中学校2024年度部门整体和项目支出绩效自评报告\n附件 1\n";
    assertThat(title(page)).isEqualTo("开远市第十二中学校2024年度部门整体和项目支出绩效自评报告");
    String body = "一、基本情况\n" + "本镇全年组织开展各项工作，取得较好成效，群众满意度较高。\n".repeat(8) + "项目支出绩效自评报告\n";
    assertThat(title(body)).isNull(); // eight lines of text are still as far as a title is looked for
  }

  /** A report written as a letter names itself in its opening (现将…报告如下) when it has no title line. */
  @Test
  void aReportNamedInItsOpening() {
    String letter = "固始县巩固拓展脱贫攻坚成果与乡村振兴有效衔接指挥部:\n根据有关文件精神,切实提高财政扶贫项目资金使用效益。"
        + "现将2024年固始县祖师庙镇仰天洼社区产业设施配套项目绩效目标自评报告如下:\n一、绩效目标分解下达情况\n";
    assertThat(named(letter)).isEqualTo("2024年固始县祖师庙镇仰天洼社区产业设施配套项目绩效目标自评报告");
    assertThat(named("各位领导:\n现将我镇2023年度部门整体支出绩效自评情况报告如下。\n")).isEqualTo("我镇2023年度部门整体支出绩效自评情况报告");
    assertThat(named("现将有关情况报告如下:\n")).isNull(); // not a performance report's name
  }

  private static String named(String text) {
    DocumentView v = view(text);
    return new TitleFinder().namedInOpening(v).map(n -> v.original(n[0], n[1])).orElse(null);
  }

  /** A title typeset in two lines, its unit or the start of its subject above: the two lines are one title. */
  @Test
  void aTitleInTwoLines() {
    assertThat(title("吉首市乾州街道办事处部门整体支出\n\n绩效评价报告\n\n评价单位:吉首市乾州街道办事处\n"))
        .isEqualTo("吉首市乾州街道办事处部门整体支出绩效评价报告");
    assertThat(title("附件2\n桃源县郑家驿镇人民政府\n2024年度整体支出绩效自评报告\n")).isEqualTo("桃源县郑家驿镇人民政府2024年度整体支出绩效自评报告");
    assertThat(title("开远市第十二中学校 2024 年度部门整体和\n\n项目支出绩效自评报告\n")).isEqualTo("开远市第十二中学校 2024 年度部门整体和项目支出绩效自评报告");
  }

  /** What stands above a title but is not its first half stays apart: an appendix's label, a date, a sentence, a field. */
  @Test
  void whatIsNotATitlesFirstLineStaysApart() {
    assertThat(title("附件二\n2023年度部门整体支出绩效自评报告\n")).isEqualTo("2023年度部门整体支出绩效自评报告");
    assertThat(title("2025年9月15日\n2023年度部门整体支出绩效自评报告\n")).isEqualTo("2023年度部门整体支出绩效自评报告");
    assertThat(title("现将我镇情况报告如下，请审阅支出\n2023年度部门整体支出绩效自评报告\n")).isEqualTo("2023年度部门整体支出绩效自评报告");
    assertThat(title("单位：桃源县郑家驿镇\n2023年度部门整体支出绩效自评报告\n")).isEqualTo("2023年度部门整体支出绩效自评报告");
  }

  /** A title whose first line ends with the fund it evaluates (…残疾人就业保障金 / 专项资金绩效自评报告), a web page's <br>, is the two lines. */
  @Test
  void aTitleWhoseFirstLineEndsWithAFund() {
    assertThat(title("青岚县残疾人联合会2023年度残疾人就业保障金\n专项资金绩效自评报告\n为加强残疾人就业保障金使用管理，现将自评情况报告如下：\n"))
        .isEqualTo("青岚县残疾人联合会2023年度残疾人就业保障金专项资金绩效自评报告");
  }
}
