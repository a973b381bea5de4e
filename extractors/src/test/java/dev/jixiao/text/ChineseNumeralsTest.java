package dev.jixiao.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {
  @ParameterizedTest
  @CsvSource({"三十六,36", "两,2", "十二,12", "十,10", "一百零五,105", "二〇二四,2024", "一千二百三十四,1234", "四十,40", "三万五千,35000", "零,0", "一百二十万零五千,1205000",
      "一亿二千万,120000000", "三亿零五十万,300500000"})
  void readsCountsAsReportsWriteThem(String written, long value) {
    assertThat(ChineseNumerals.parse(written)).hasValue(value);
  }

  @ParameterizedTest
  @CsvSource({"九十五点六三,95.63", "零点五,0.5", "八点六,8.6", "三点五万,35000", "一点二五亿,125000000", "九十二,92", "二点零,2.0"})
  void readsDecimalsKeepingTheDigitsWritten(String written, String value) {
    assertThat(ChineseNumerals.parseDecimal(written)).hasValueSatisfying(v -> assertThat(v.toPlainString()).isEqualTo(value));
  }

  @ParameterizedTest
  @CsvSource({"点五", "五点", "五点两", "个"})
  void rejectsDecimalsThatAreNotNumerals(String written) {
    assertThat(ChineseNumerals.parseDecimal(written)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"个", "三个", "abc"})
  void rejectsWhatIsNotANumeral(String written) {
    assertThat(ChineseNumerals.parse(written)).isEmpty();
  }

  /** A list's marker or count in either script: 12 and 十二 are twelve; anything else is no number. */
  @Test
  void digitsOrNumerals() {
    assertThat(ChineseNumerals.digitsOrNumerals("12")).hasValue(12);
    assertThat(ChineseNumerals.digitsOrNumerals("十二")).hasValue(12);
    assertThat(ChineseNumerals.digitsOrNumerals("1二")).isEmpty();
    assertThat(ChineseNumerals.digitsOrNumerals("")).isEmpty();
  }
}
