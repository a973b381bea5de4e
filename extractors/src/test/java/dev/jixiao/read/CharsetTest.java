package dev.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Legacy Chinese encodings are detected from the bytes and decoded to the right characters. */
class CharsetTest {
  private static final Readers READERS = Readers.standard(null);

  @Test
  void big5IsReadAsTraditionalCharactersNotMojibake() throws ReadFailure {
    TextDocument doc = Samples.read(READERS, "odd/big5-fragment.txt", ReadLimits.DEFAULTS);

    assertThat(doc.charset()).isEqualTo("Big5");
    assertThat(doc.text().lines().toList()).startsWith("烈山區古饒鎮績效自評工作情況總結", "一、自評工作開展情況");
    assertThat(doc.text()).contains("共計3232.37萬元", "佔財政支出總金額62.31%", "二、部門預算支出情況");
    assertThat(doc.text()).doesNotContain("\uFFFD", "\r");
  }

  @Test
  void gb18030IsDetected() throws ReadFailure {
    TextDocument doc = Samples.read(READERS, "gbk/guraozhen-2024.gbk.txt", ReadLimits.DEFAULTS);

    assertThat(doc.charset()).isEqualTo("GB18030");
    assertThat(doc.format()).isEqualTo("txt");
    assertThat(doc.text()).isEqualTo(Samples.read(READERS, "text/guraozhen-2024.txt", ReadLimits.DEFAULTS).text());
  }

  @Test
  void utf8StaysUtf8() throws ReadFailure {
    assertThat(Samples.read(READERS, "text/caohezhen-2023.txt", ReadLimits.DEFAULTS).charset()).isEqualTo("UTF-8");
  }
}
