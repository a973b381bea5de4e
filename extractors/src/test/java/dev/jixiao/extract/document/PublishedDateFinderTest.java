package dev.jixiao.extract.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.read.TextDocument;
import dev.jixiao.text.ScriptConverter;
import dev.jixiao.text.TextNormalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublishedDateFinderTest {
  private static Optional<LocalDate> date(String text) {
    TextDocument doc = new TextDocument(text, new int[] {0}, "txt", null, false, List.of());
    return new PublishedDateFinder().find(new DocumentView(doc, new TextNormalizer(new ScriptConverter()).normalize(text)));
  }

  @Test
  void aLineThatIsADate() {
    assertThat(date("单位名称：桃源县郑家驿镇人民政府\n2025年9月15日\n2024年度整体支出绩效自评报告\n")).contains(LocalDate.of(2025, 9, 15));
    assertThat(date("绩效自评报告\n二〇二四年三月五日\n")).contains(LocalDate.of(2024, 3, 5));
  }

  /** A cover's field gives the report's date (报告日期：…); a date in a sentence is an event. */
  @Test
  void aCoversDateFieldButNotADateInASentence() {
    assertThat(date("岳阳市2018年度部门整体支出\n绩效评价自评报告\n评价方式:部门(单位)绩效自评\n报告日期:2019年06月18日\n"))
        .contains(LocalDate.of(2019, 6, 18));
    assertThat(date("绩效自评报告\n填报日期：2024年1月8日\n")).contains(LocalDate.of(2024, 1, 8));
    assertThat(date("绩效自评报告\n我镇于2024年1月8日召开自评会议。\n")).isEmpty();
    assertThat(date("绩效自评报告\n会议日期：2024年1月8日\n")).isEmpty();
  }

  /** A cover's date field below a web page's header and the cover's other fields is still the report's date. */
  @Test
  void aCoversDateFieldBelowAPagesHeader() {
    String cover = String.join("\n", "岳阳市城市管理监督指挥中心2018绩效评价自评报告及评分表", "来源:财务科   2019-07-09 16:55", "浏览量:1",
        "岳阳市2018年度部门整体支出", "绩效评价自评报告", "部门(单位)名称:  岳阳市城市管理监督指挥中心", "预 算 编 码:   906017",
        "评价方式:部门(单位)绩效自评", "评价机构:部门(单位)评价组", "报告日期:2019年06月18日", "岳阳市财政局(制)", "一、部门(单位)基本概况", "");
    assertThat(date(cover + "正文。\n".repeat(20))).contains(LocalDate.of(2019, 6, 18));
  }

  /**
   * A web page's date of publication (发布日期, 发文日期, in words or ISO, with its time) when the report
   * states none of its own; the report's own comes first.
   */
  @Test
  void aPagesPublicationDateWhenTheReportStatesNone() {
    String page = "索引号: 4309030009/2020-1219000 发布机构: 赫山区城管办 发文日期: 2020-07-27 08:25\n"
        + "2019年部门整体支出绩效评价报告\n" + "正文。\n".repeat(20);
    assertThat(date(page)).contains(LocalDate.of(2020, 7, 27));
    assertThat(date("- 发布日期: 2025-04-29\n绩效自评报告\n" + "正文。\n".repeat(20))).contains(LocalDate.of(2025, 4, 29));
    assertThat(date("【字体: 】 【发布时间:2022-04-15 14:54】 【作者:县政协办】\n绩效评价报告\n" + "正文。\n".repeat(20)))
        .contains(LocalDate.of(2022, 4, 15));
    assertThat(date(page.replace("正文。\n正文。", "报告日期:2020年06月30日\n正文。"))).contains(LocalDate.of(2020, 6, 30));
    assertThat(date("发布日期: 2025-04-29\n绩效自评报告\n" + "正文。\n".repeat(20) + "2025年4月1日\n")).contains(LocalDate.of(2025, 4, 1));
    assertThat(date("绩效自评报告\n我镇于2024-01-08发布日期:通知。\n")).isEmpty();
  }
}
