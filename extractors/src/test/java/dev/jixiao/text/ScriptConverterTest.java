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

  /**
   * A text is passed over only where HanLP's table changes nothing of it: random texts of the characters its entries of two or
   * more hold, each of which the table leaves alone by itself (覆 of 覆盖, 反 and 覆 of 反覆), so that whether the text changes
   * turns on the pairs in it.
   */
  @Test
  void aTextIsPassedOverOnlyWhereNothingOfItConverts() throws Exception {
    StringBuilder alphabet = new StringBuilder("的是年");
    try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(com.hankcs.hanlp.corpus.io.IOUtil.newInputStream(
        com.hankcs.hanlp.HanLP.Config.tcDictionaryRoot + "t2s.txt"), java.nio.charset.StandardCharsets.UTF_8))) {
      in.lines().map(l -> l.split("=", 2)[0]).filter(k -> k.length() > 1).flatMapToInt(String::chars)
          .filter(c -> com.hankcs.hanlp.HanLP.convertToSimplifiedChinese(String.valueOf((char) c)).equals(String.valueOf((char) c)))
          .distinct().forEach(c -> alphabet.append((char) c));
    }
    java.util.Random random = new java.util.Random(20261206);
    int passedOver = 0;
    int changed = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int n = 2 + random.nextInt(6); n > 0; n--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String t = text.toString();
      boolean converts = !com.hankcs.hanlp.HanLP.convertToSimplifiedChinese(t).equals(t);
      if (!ScriptConverter.mayChange(t)) {
        assertThat(converts).as(t).isFalse();
        passedOver++;
      }
      changed += converts ? 1 : 0;
    }
    assertThat(alphabet.length()).isGreaterThan(100);
    assertThat(passedOver).isGreaterThan(1_000);
    assertThat(changed).isGreaterThan(10);
  }

  @Test
  void simplifiedTextIsPassedOverAndTraditionalIsNot() {
    assertThat(ScriptConverter.mayChange("郑家驿镇2024年度部门整体支出绩效自评报告，覆盖全镇")).isFalse();
    assertThat(ScriptConverter.mayChange("鄭家驛鎮")).isTrue();
    assertThat(ScriptConverter.mayChange("请示覆")).isTrue(); // 示覆 is 示复, though 示 and 覆 are each left alone
    assertThat(converter.toSimplified("请示覆")).isEqualTo("请示复");
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
