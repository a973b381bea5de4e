package dev.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageFurnitureTest {
  private record Line(String text, float baseline) implements TextLine {
    @Override
    public float left() {
      return 90;
    }

    @Override
    public float right() {
      return 500;
    }

    @Override
    public float size() {
      return 12;
    }

    @Override
    public boolean bold() {
      return false;
    }
  }

  @Test
  void pageNumbersAsReportsPrintThem() {
    for (String n : List.of("- 3 -", "3", "— 12 —", "－ 7 －", "第3页", "第 3 页 共 8 页", "第3页，共8页", "3/8", "3 / 8", "Page 3", "page 3 of 8")) {
      assertThat(PageFurniture.isPageNumber(n)).as(n).isTrue();
    }
    for (String s : List.of("2024年", "3.5万元", "1、项目立项", "100%", "（三）", "第三部分", "", "12345")) {
      assertThat(PageFurniture.isPageNumber(s)).as(s).isFalse();
    }
  }

  /** Body lines 20 apart (the usual pitch at 12 pt), a running head 40 above them and a page number 40 below. */
  private static List<TextLine> page(int n, String head, String... body) {
    List<TextLine> lines = new ArrayList<>();
    float y = 60;
    if (head != null) {
      lines.add(new Line(head, y));
    }
    y += 40;
    for (String b : body) {
      lines.add(new Line(b, y));
      y += 20;
    }
    lines.add(new Line("- " + n + " -", y + 20));
    return lines;
  }

  @Test
  void pageNumbersAndARunningHeadAreLeftOutAndTheBodyStays() {
    List<List<TextLine>> pages = List.of(
        page(1, "古饶镇2024年度绩效自评报告", "2024年我镇聘用人员经费六项目全年预算为80万元。根据支出进度表，", "该项支出预算按照序时进度完成80万元，2024年底完成项目的"),
        page(2, "古饶镇2024年度绩效自评报告", "100%。", "2024年我镇乡村振兴经费四项目全年预算为300万元。"),
        page(3, "古饶镇2024年度绩效自评报告", "（三）项目资金使用管理方面", "在项目资金的使用上，严格落实事前、事中和事后监督。"));
    PageFurniture furniture = PageFurniture.of(pages);
    assertThat(furniture.strip(pages.get(0))).extracting(TextLine::text)
        .containsExactly("2024年我镇聘用人员经费六项目全年预算为80万元。根据支出进度表，", "该项支出预算按照序时进度完成80万元，2024年底完成项目的");
    assertThat(furniture.strip(pages.get(1))).extracting(TextLine::text).containsExactly("100%。", "2024年我镇乡村振兴经费四项目全年预算为300万元。");
  }

  /** A table's header row repeated at the top of each page sits at the body's pitch: it is the table's, not the page's. */
  @Test
  void aRepeatedLineAtTheBodysPitchStays() {
    List<List<TextLine>> pages = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      pages.add(List.of(new Line("序号 项目名称 预算数 执行数 执行率", 100), new Line(n + " 道路硬化工程 120 96 80%", 120),
          new Line((n + 3) + " 农村饮水安全 56 51 91%", 140)));
    }
    PageFurniture furniture = PageFurniture.of(pages);
    assertThat(furniture.strip(pages.get(1))).hasSize(3);
  }

  /** Two pages are too few to tell a running head from a line that happens to repeat. */
  @Test
  void aHeadOnTwoPagesIsNotYetRunning() {
    List<List<TextLine>> pages = List.of(page(1, "附件：", "正文第一行。"), page(2, "附件：", "正文第二行。"));
    assertThat(PageFurniture.of(pages).strip(pages.get(0))).extracting(TextLine::text).containsExactly("附件：", "正文第一行。");
  }
}
