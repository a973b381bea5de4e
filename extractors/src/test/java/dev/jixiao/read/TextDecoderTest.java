package dev.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jixiao.gold.GoldComparator;
import dev.jixiao.gold.Samples;
import dev.jixiao.extract.Extraction;
import dev.jixiao.record.ErrorCode;
import dev.jixiao.record.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private final TextDecoder decoder = new TextDecoder();

  @ParameterizedTest
  @ValueSource(strings = {"guraozhen-2024", "zhengjiayizhen-2024"})
  void gb18030IsDetectedAndGivesTheSameTextAndRecord(String seed) throws Exception {
    byte[] gbk = Files.readAllBytes(Samples.file("gbk/" + seed + ".gbk.txt"));
    TextDecoder.Decoded d = decoder.decode(gbk);
    assertThat(d.charset()).isEqualTo("GB18030");
    assertThat(d.text()).isEqualTo(Files.readString(Samples.text(seed), StandardCharsets.UTF_8));
    Report r = Extraction.of(Samples.file("gbk/" + seed + ".gbk.txt"));
    assertThat(GoldComparator.compare(Samples.gold(seed), r, GoldComparator.CORE).misses()).isEmpty();
  }

  @Test
  void big5IsNeitherUtf8NorGbk() throws Exception {
    TextDecoder.Decoded d = decoder.decode(Files.readAllBytes(Samples.file("odd/big5-fragment.txt")));
    assertThat(d.charset()).isEqualTo("Big5");
    assertThat(d.text()).contains("古饒鎮", "預算");
  }

  @Test
  void randomBytesAreNotText() throws IOException {
    assertThatThrownBy(() -> decoder.decode(Files.readAllBytes(Samples.file("bad/binary.txt"))))
        .isInstanceOfSatisfying(ReadFailure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.UNSUPPORTED_FORMAT));
  }

  @Test
  void emptyIsEmpty() {
    assertThatThrownBy(() -> decoder.decode(new byte[0]))
        .isInstanceOfSatisfying(ReadFailure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.EMPTY));
  }
}
