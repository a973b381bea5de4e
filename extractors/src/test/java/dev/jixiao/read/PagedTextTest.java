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
}
