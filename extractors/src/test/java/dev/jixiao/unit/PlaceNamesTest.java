package dev.jixiao.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceNamesTest {
  /** An autonomous division's short name is its place and its level, its peoples left out, with 族 or without. */
  @Test
  void anAutonomousDivisionsShortName() {
    assertThat(PlaceNames.autonomousShortName("红河哈尼族彝族自治州")).isEqualTo("红河州");
    assertThat(PlaceNames.autonomousShortName("黔东南苗族侗族自治州")).isEqualTo("黔东南州");
    assertThat(PlaceNames.autonomousShortName("伊犁哈萨克自治州")).isEqualTo("伊犁州");
    assertThat(PlaceNames.autonomousShortName("克孜勒苏柯尔克孜自治州")).isEqualTo("克孜勒苏州");
    assertThat(PlaceNames.autonomousShortName("长阳土家族自治县")).isEqualTo("长阳县");
    assertThat(PlaceNames.autonomousShortName("三都水族自治县")).isEqualTo("三都县");
    assertThat(PlaceNames.autonomousShortName("莫力达瓦达斡尔族自治旗")).isEqualTo("莫力达瓦旗");
  }

  /** Nothing is left of a division named by its people alone; other names have none. */
  @Test
  void noShortNameForAPeopleAloneOrAnotherName() {
    assertThat(PlaceNames.autonomousShortName("鄂伦春自治旗")).isNull();
    assertThat(PlaceNames.autonomousShortName("鄂温克族自治旗")).isNull();
    assertThat(PlaceNames.autonomousShortName("桃源县")).isNull();
    assertThat(PlaceNames.autonomousShortName("广西壮族自治区")).isNull();
  }
}
