package dev.jixiao.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OcrRepairsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "完成21:33万元|完成21.33万元",
    "完成836,76万元|完成836.76万元",
    "共计]4个|共计14个",
    "预算24方元|预算24万元",
    "”3.关于提前下达|' 3.关于提前下达'",
    "4 .南屯镇经费|'4. 南屯镇经费'",
    "13;南电镇补贴|13.南电镇补贴",
    "26-古蚀镇新进人员工资福利|26.古蚀镇新进人员工资福利",
    "南屯镇防汛经费;预算金额1万元|南屯镇防汛经费:预算金额1万元",
    // the per cent sign of a scanned 古饶镇 report, read with a digit after it and a 9 before
    "完成项目的83.39%4。|'完成项目的83.39% 。'",
    "完成项目的11.599%4。|'完成项目的11.59%  。'",
    "完成项目的1009%6。|'完成项目的100%  。'",
    "达标率99%6，|'达标率99% ，'",
    // where the text shows that misread sign and writes its rates to the hundredth, the sign's other readings
    "完成项目的83.39%4。完成项目的73.549%。|'完成项目的83.39% 。完成项目的73.54% 。'",
    "'完成项目的83.39%4。完成项目的\n19.8390。'|'完成项目的83.39% 。完成项目的\n19.83% 。'",
    "完成项目的83.39%4。完成项目的094。|'完成项目的83.39% 。完成项目的0% 。'",
  })
  void repairsKeepTheLength(String ocr, String repaired) {
    assertThat(repaired).hasSameSizeAs(ocr);
    assertThat(OcrRepairs.repair(ocr)).isEqualTo(repaired);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"1,234万元", "时间:10", "比例为3:2", "2024年12月31日", "1-12月劳务报酬", "2023-2024年度",
      "完成项目的73.549%。", "增长19%", "0.5%0.6", "完成项目的094。", "完成率为0.98。"})
  void leavesWhatCouldBeReadAnotherWay(String text) {
    assertThat(OcrRepairs.repair(text)).isEqualTo(text);
  }

  /** A report that writes a rate to the thousandth keeps its 9s, and what stands where no rate does. */
  @Test
  void aRateToTheThousandthKeepsTheNines() {
    assertThat(OcrRepairs.repair("完成项目的83.39%4，增长12.345%，完成项目的73.549%。"))
        .isEqualTo("完成项目的83.39% ，增长12.345%，完成项目的73.549%。");
    assertThat(OcrRepairs.repair("完成项目的83.39%4。编号094。")).isEqualTo("完成项目的83.39% 。编号094。");
  }
}
