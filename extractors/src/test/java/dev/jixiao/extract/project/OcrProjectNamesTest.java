package dev.jixiao.extract.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.record.DivisionRef;
import dev.jixiao.record.Unit;
import dev.jixiao.unit.DivisionIndex;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OcrProjectNamesTest {
  private final OcrProjectNames names = new OcrProjectNames(DivisionIndex.bundled());

  /**
   * A scanned 南屯镇 report (the shared corpus's) reads its own name as 南电镇 and 南吼镇 in projects' names;
   * 南屯镇 is of two counties, and neither has a 南电镇.
   */
  @Test
  void theReportsOwnTownshipMisread() {
    Unit nantun = new Unit(null, "南屯镇", null, null, null, null,
        List.of(new DivisionRef("130630107", "河北省", "保定市", "涞源县", "南屯镇"), new DivisionRef("659006108", "新疆维吾尔自治区", null, "铁门关市", "南屯镇")),
        null);
    Map<String, String> c = names.corrections(List.of("南电镇信访稳定经费", "南吼镇2023年农村两委干部养老保险", "南屯镇防汛经费", "涞源镇道路维修"), nantun);
    assertThat(c).containsExactly(Map.entry("南电镇信访稳定经费", "南屯镇信访稳定经费"), Map.entry("南吼镇2023年农村两委干部养老保险", "南屯镇2023年农村两委干部养老保险"));
  }

  /** 长沟镇 is 长阳镇's neighbour in 房山区, one character apart: it stays as written, and nothing is put right without a county. */
  @Test
  void aNeighbourOrAnUnknownCountyStays() {
    Unit changyang = new Unit(null, "长阳镇", "房山区", "北京市", "北京市", "110111105", List.of(), null);
    assertThat(names.corrections(List.of("长沟镇联合治理经费", "长羊镇环境整治经费"), changyang))
        .containsExactly(Map.entry("长羊镇环境整治经费", "长阳镇环境整治经费"));
    Unit unplaced = new Unit(null, "长阳镇", null, null, null, null, List.of(), null);
    assertThat(names.corrections(List.of("长羊镇环境整治经费"), unplaced)).isEmpty();
  }

  /** Brackets read in the wrong shape or width take the shape of the one they close. */
  @Test
  void bracketsInOneShape() {
    assertThat(OcrProjectNames.brackets("专项工作经费〈运转保障)")).isEqualTo("专项工作经费（运转保障）");
    assertThat(OcrProjectNames.brackets("2022年财政建设补助经费（数字财政)")).isEqualTo("2022年财政建设补助经费（数字财政）");
    assertThat(OcrProjectNames.brackets("计生办补助经费(上级补助）")).isEqualTo("计生办补助经费(上级补助)");
    assertThat(OcrProjectNames.brackets("〈〈乡村振兴〉〉宣传经费")).isEqualTo("〈〈乡村振兴〉〉宣传经费");
    assertThat(OcrProjectNames.brackets("南屯镇转移安置集中安置)人员救助金")).as("no opening to follow").isEqualTo("南屯镇转移安置集中安置)人员救助金");
  }
}
