package dev.jixiao.extract.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.extract.ReportExtractor;
import dev.jixiao.read.TextDocument;
import dev.jixiao.record.Source;
import dev.jixiao.record.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;

class OcrTownshipCorrectionTest {
  private static final ReportExtractor EXTRACTOR = new ReportExtractor();

  private static Unit unit(String text, boolean ocr) {
    TextDocument doc = new TextDocument(text, new int[] {0}, "pdf", null, ocr, List.of());
    return EXTRACTOR.extract(doc, new Source("t.pdf", null, 0, "pdf", ocr, 1, null, null, null)).unit();
  }

  @Test
  void aMisreadTownshipBesideItsNamedCountyIsCorrected() {
    Unit u = unit("按照保定市徐水区财政局的通知要求，潮河镇政府组织开展2023年度绩效自评。", true);
    assertThat(u.divisionCode()).isEqualTo("130609106");
    assertThat(u.township()).isEqualTo("漕河镇");
    assertThat(u.evidence().quote()).isEqualTo("潮河镇");
  }

  @Test
  void notWithoutOcr() {
    assertThat(unit("按照保定市徐水区财政局的通知要求，潮河镇政府组织开展2023年度绩效自评。", false).divisionCode()).isNull();
  }

  @Test
  void notWithoutANamedCounty() {
    assertThat(unit("潮河镇政府组织开展2023年度绩效自评。", true).divisionCode()).isNull();
  }
}
