package dev.jixiao.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTest {
  // normalised text, as Layout is given: half-width parentheses
  private static final String TEXT = String.join("\n",
      "一、基本情况",
      "(一)部门职能",
      "1.机构设置",
      "正文一行。",
      "(二)预算情况",
      "正文二行。",
      "二、绩效目标完成情况",
      "1.产出指标",
      "(1)数量指标",
      "正文三行。",
      "2.效益指标",
      "正文四行。");

  @Test
  void aLineIsEnclosedByTheHeadingsStillOpenAboveIt() {
    Layout layout = new Layout(TEXT);
    assertThat(headings(layout, "正文一行。")).containsExactly("1.机构设置", "(一)部门职能", "一、基本情况");
    // a sibling heading closes the one before it and everything under that
    assertThat(headings(layout, "正文二行。")).containsExactly("(二)预算情况", "一、基本情况");
    // a new top-level heading closes all, and a deeper level may follow a skipped one
    assertThat(headings(layout, "正文三行。")).containsExactly("(1)数量指标", "1.产出指标", "二、绩效目标完成情况");
    assertThat(headings(layout, "正文四行。")).containsExactly("2.效益指标", "二、绩效目标完成情况");
  }

  @Test
  void theFirstLineHasNoneAndAHeadingIsNotItsOwn() {
    Layout layout = new Layout(TEXT);
    assertThat(headings(layout, "一、基本情况")).isEmpty();
    assertThat(headings(layout, "1.机构设置")).containsExactly("(一)部门职能", "一、基本情况");
  }

  @Test
  void aTextWithoutHeadingsHasNoneAnywhere() {
    Layout layout = new Layout("项目1\t1.00\t95.00%\n".repeat(500));
    assertThat(layout.lines()).allSatisfy(l -> assertThat(layout.ancestors(l)).isEmpty());
  }

  /** A numbered line that ends with a semicolon is an item of a list (1.设备购置48.60万元；), not a heading, though it is short. */
  @Test
  void aNumberedLineEndingWithASemicolonIsAnItem() {
    Layout layout = new Layout("二、项目资金使用情况\n资金使用明细如下:\n1.设备购置48.60万元;\n2.演出补助21.00万元;\n3.图书更新12.75万元。\n4.其他支出");
    assertThat(layout.lines()).extracting(Line::isHeading).containsExactly(true, false, false, false, false, true);
  }

  private static List<String> headings(Layout layout, String lineText) {
    Line line = layout.lineAt(TEXT.indexOf(lineText));
    return layout.ancestors(line).stream().map(layout::content).toList();
  }
}
