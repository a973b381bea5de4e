package dev.jixiao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.HanLP;
import dev.jixiao.read.Samples;
import java.nio.charset.Charset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The character count that decides plainly Chinese samples agrees with OpenNLP's model, which
 * still decides everything else.
 */
class ScriptDetectorTest {
  private final ScriptDetector detector = new ScriptDetector();

  @ParameterizedTest
  @CsvSource({
      "text/caohezhen-2023.txt, UTF-8, simplified",
      "text/guraozhen-2024.txt, UTF-8, simplified",
      "text/nantunzhen-2023.md, UTF-8, simplified",
      "text/xinzaozhen-2024-ocr.txt, UTF-8, simplified",
      "text/zhengjiayizhen-2024.txt, UTF-8, simplified",
      "gbk/guraozhen-2024.gbk.txt, GBK, simplified",
      "odd/big5-fragment.txt, Big5, traditional",
  })
  void samplesAreDecidedByTheCountAsTheModelDecidesThem(String sample, String charset, String script) {
    String text = new String(Samples.bytes(sample), Charset.forName(charset));
    String head = text.substring(0, Math.min(text.length(), ScriptDetector.SAMPLE_CHARS));
    ScriptDetector.Result counted = ScriptDetector.plainlyChinese(head);
    assertThat(counted).isEqualTo(new ScriptDetector.Result("zho", script));
    assertThat(detector.byModel(head)).isEqualTo(counted);
    assertThat(detector.detect(text)).isEqualTo(counted);
  }

  @Test
  void aSimplifiedReportWrittenInTraditionalCharactersIsTraditional() {
    String simplified = Samples.text("text/zhengjiayizhen-2024.txt");
    String traditional = HanLP.convertToTraditionalChinese(simplified.substring(0, ScriptDetector.SAMPLE_CHARS));
    assertThat(ScriptDetector.plainlyChinese(traditional)).isEqualTo(new ScriptDetector.Result("zho", "traditional"));
    assertThat(detector.byModel(traditional)).isEqualTo(new ScriptDetector.Result("zho", "traditional"));
  }

  @Test
  void aSimplifiedReportQuotingOneTraditionalLineStaysSimplified() {
    String text = Samples.text("text/caohezhen-2023.txt").substring(0, 600) + "\n「鄉村振興戰略實施報告」\n";
    assertThat(detector.detect(text)).isEqualTo(new ScriptDetector.Result("zho", "simplified"));
  }

  @Test
  void textThatIsNotPlainlyChineseGoesToTheModel() {
    assertThat(ScriptDetector.plainlyChinese("乡村振兴")).isNull(); // too few characters to count
    String english = "The township spent 1.2 million yuan on rural roads in 2023, against a budget of 1.5 million; "
        + "the self-evaluation gives 92 points and the grade excellent. 乡村振兴";
    assertThat(ScriptDetector.plainlyChinese(english)).isNull();
    assertThat(detector.detect(english).language()).isEqualTo("eng");
    assertThat(detector.detect(english).script()).isNull();
  }
}
