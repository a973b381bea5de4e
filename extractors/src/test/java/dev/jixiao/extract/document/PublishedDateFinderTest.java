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
}
