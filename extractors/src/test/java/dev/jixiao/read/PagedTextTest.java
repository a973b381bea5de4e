package dev.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PagedTextTest {
  private static final String BODY = "为项目资金的安全有效使用，进一步加强项目资金管理，使项目资金效用最大化。我镇结合在岗工作人员、退休人员、"
      + "聘用人员及村居群众的意见，对2024年综合工作经费、人居环境、乡村振兴等项目进行自评绩效考核。";

  /** Three pages as pdftotext writes them: a running head, the body wrapped at 76 columns, a page number, a form feed. */
  @Test
  void pagesKeepTheirStartsAndLoseTheirFurniture() {
    String text = SavedText.pdftotextPages(BODY.repeat(6) + "\n2024年我镇聘用人员经费六(超收分成)项目全年预算为80万元。", 6);
    assertThat(text).contains("- 2 -\n\f绩效自评报告");
    TextDocument doc = PagedText.read(text, "txt", "UTF-8");

    assertThat(doc.text()).isEqualTo(BODY.repeat(6) + "\n2024年我镇聘用人员经费六(超收分成)项目全年预算为80万元。");
    assertThat(doc.pages()).isEqualTo(text.split("\f", -1).length - 1);
    int[] starts = doc.pageStarts();
    assertThat(starts[0]).isZero();
    for (int p = 1; p < starts.length; p++) {
      assertThat(starts[p]).isGreaterThan(starts[p - 1]);
    }
    int budget = doc.text().indexOf("80万元");
    assertThat(doc.pageAt(budget)).isEqualTo(doc.pages());
  }

  @Test
  void aFinalFormFeedMakesNoEmptyPage() {
    TextDocument doc = PagedText.read("第一页的正文。\f第二页的正文。\f", "txt", "UTF-8");
    assertThat(doc.pages()).isEqualTo(2);
    assertThat(doc.text()).isEqualTo("第一页的正文。\n第二页的正文。");
    assertThat(doc.pageAt(doc.text().indexOf("第二页"))).isEqualTo(2);
  }

  /**
   * A text copied from a paged document without form feeds keeps its page numbers between blank lines, where they cut
   * a paragraph (…惠及农户4.82 / — 2 — / 万户。): each is read as a page break, so the number goes and the paragraph is one
   * again. A bare number on a line of its own (a flattened table's cell) is no page number.
   */
  @Test
  void pageNumbersBetweenDashesBreakPagesInTextWithoutFormFeeds() {
    String text = "（五）耕地地力保护补贴项目：补贴面积25.1万亩，每亩补贴120元，惠及农户4.82\n\n— 2 —\n\n万户。自评得分98分，等级为优。";
    String paged = PagedText.withPageBreaks(text);
    assertThat(paged).contains("— 2 —\n\f");
    TextDocument doc = PagedText.read(paged, "txt", "UTF-8");
    // two lines show no width the text was wrapped at, so the break stays; but the paragraph is no longer cut
    assertThat(doc.text()).isEqualTo("（五）耕地地力保护补贴项目：补贴面积25.1万亩，每亩补贴120元，惠及农户4.82\n万户。自评得分98分，等级为优。");
    assertThat(doc.pages()).isEqualTo(2);
    assertThat(PagedText.withPageBreaks("第3页 共8页\n正文。")).startsWith("第3页 共8页\n\f");

    String table = "序号\n项目名称\n1\n农村道路养护\n2\n人居环境整治";
    assertThat(PagedText.withPageBreaks(table)).isEqualTo(table).doesNotContain("\f");
  }
}
