package dev.jixiao.extract.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.read.TextDocument;
import dev.jixiao.text.ScriptConverter;
import dev.jixiao.text.TextNormalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiscalYearFinderTest {
  private static Integer year(String title, String text) {
    TextDocument doc = new TextDocument(text, new int[] {0}, "txt", null, false, List.of());
    DocumentView v = new DocumentView(doc, new TextNormalizer(new ScriptConverter()).normalize(text));
    return new FiscalYearFinder().find(v, title).orElse(null);
  }

  @Test
  void theTitlesYearFirst() {
    assertThat(year("某镇2024年度整体支出绩效自评报告", "2023年度项目……2023年度资金")).isEqualTo(2024);
  }

  /** Formal documents write the year in Chinese numerals, with 〇 or 零 for the zero. */
  @Test
  void aYearInChineseNumerals() {
    assertThat(year("某镇人民政府二〇二四年度农村公益事业财政奖补项目绩效自评报告", "")).isEqualTo(2024);
    assertThat(year(null, "二零二三年度，我镇共实施项目五个。")).isEqualTo(2023);
  }

  /** A date says when something was signed, not the year evaluated, in either writing. */
  @Test
  void datesAreNotTheYearEvaluated() {
    assertThat(year(null, "2024年度工作……二〇二五年三月十日")).isEqualTo(2024);
    assertThat(year(null, "二〇二四年度工作……2025年3月10日")).isEqualTo(2024);
  }

  /** Years of the last century count as this one's; a number that runs on into a year's digits (文号12024年度) is no year. */
  @Test
  void yearsAreReadWhereTheyStartOnly() {
    assertThat(year(null, "一九九八年度工作，1998年度资金，2024年3月")).isEqualTo(1998);
    assertThat(year(null, "文号12024年度，2023年度")).isEqualTo(2023);
    assertThat(year(null, "编号二二〇二四年度；2022年度")).isEqualTo(2022);
  }
}
