package dev.jixiao.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.unit.Division;
import dev.jixiao.unit.DivisionIndex;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ScriptConverterTest {
  private final ScriptConverter converter = new ScriptConverter();

  /**
   * kept-names.txt is every name of the national division list that HanLP's conversion changes:
   * a name left off would lose its township again, and one no longer changed is dead weight. When
   * the list or HanLP is updated this fails with the names the file should hold.
   */
  @Test
  void theKeptNamesAreEveryDivisionNameTheConversionWouldChange() {
    DivisionIndex index = DivisionIndex.bundled();
    Set<String> changed = new TreeSet<>();
    for (Division.Level level : Division.Level.values()) {
      for (Division d : index.all(level)) {
        if (!ScriptConverter.convert(d.name()).equals(d.name())) {
          changed.add(d.name());
        }
      }
    }
    assertThat(new TreeSet<>(ScriptConverter.names())).as("kept-names.txt").isEqualTo(changed);
  }

  @Test
  void aPlaceNameKeepsItsOwnCharactersInEitherScript() {
    assertThat(converter.toSimplified("吉首市乾州街道办事处")).isEqualTo("吉首市乾州街道办事处");
    assertThat(converter.toSimplified("临安区於潜镇、应城市垌塚镇、乾县")).isEqualTo("临安区於潜镇、应城市垌塚镇、乾县");
    assertThat(converter.toSimplified("臨安區於潛鎮")).isEqualTo("临安区於潜镇");
    assertThat(converter.toSimplified("乾縣人民政府")).isEqualTo("乾县人民政府");
  }

  /** Only the names are kept: 乾 elsewhere is 干 as before, and a 干 written in a name's place stays 干. */
  @Test
  void elsewhereTheCharactersAreConvertedAsBefore() {
    assertThat(converter.toSimplified("環境乾淨，於是")).isEqualTo("环境干净，于是");
    assertThat(converter.toSimplified("干州街道")).isEqualTo("干州街道");
    assertThat(converter.toSimplified("乾州街道，乾淨")).isEqualTo("乾州街道，干净");
  }
}
