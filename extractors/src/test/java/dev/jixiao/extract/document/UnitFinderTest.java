package dev.jixiao.extract.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.read.TextDocument;
import dev.jixiao.text.ScriptConverter;
import dev.jixiao.text.TextNormalizer;
import dev.jixiao.unit.DivisionIndex;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitFinderTest {
  private static DocumentView view(String text) {
    TextDocument doc = new TextDocument(text, new int[] {0}, "txt", null, false, List.of());
    return new DocumentView(doc, new TextNormalizer(new ScriptConverter()).normalize(text));
  }

  @Test
  void theListBuiltOnAnotherThreadFindsTheUnit() {
    UnitFinder finder = new UnitFinder(DivisionIndex::bundled);
    assertThat(finder.find(view("保定市徐水区漕河镇2023年度部门整体支出绩效自评报告"), null).divisionCode()).isEqualTo("130609106");
  }

  @Test
  void aListThatFailsToLoadFailsTheLookupWithItsOwnException() {
    UnitFinder finder = new UnitFinder(() -> {
      throw new UncheckedIOException(new java.io.IOException("cannot load the bundled division list"));
    });
    assertThatThrownBy(() -> finder.find(view("漕河镇绩效自评报告"), null)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot load the bundled division list");
  }
}
