package dev.jixiao.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {
  @ParameterizedTest
  @CsvSource({"三十六,36", "两,2", "十二,12", "十,10", "一百零五,105", "二〇二四,2024", "一千二百三十四,1234", "四十,40", "三万五千,35000", "零,0"})
  void readsCountsAsReportsWriteThem(String written, long value) {
    assertThat(ChineseNumerals.parse(written)).hasValue(value);
  }

  @ParameterizedTest
  @CsvSource({"个", "三个", "abc"})
  void rejectsWhatIsNotANumeral(String written) {
    assertThat(ChineseNumerals.parse(written)).isEmpty();
  }
}
