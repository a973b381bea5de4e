package dev.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every published variant of the five seeds reads to the seed's text, white space aside. */
class SeedVariantsTest {
  private static final Readers READERS = Readers.standard(null);
  private static final List<String> SEEDS =
      List.of("guraozhen-2024", "caohezhen-2023", "xinzaozhen-2024-ocr", "zhengjiayizhen-2024", "nantunzhen-2023");
  private static final Map<String, Integer> PDF_PAGES = Map.of(
      "guraozhen-2024", 8, "caohezhen-2023", 2, "xinzaozhen-2024-ocr", 3, "zhengjiayizhen-2024", 7, "nantunzhen-2023", 12);

  static Stream<Arguments> variants() {
    List<Arguments> all = new ArrayList<>();
    for (String seed : SEEDS) {
      for (String variant : List.of("docx/" + seed + ".docx", "doc/" + seed + ".doc", "pdf/" + seed + ".pdf",
          "html/" + seed + ".html", "gbk/" + seed + ".gbk.txt")) {
        if (Files.exists(Samples.path(variant))) {
          all.add(Arguments.of(seed, variant));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("variants")
  void variantReadsAsTheSeed(String seed, String variant) throws ReadFailure {
    boolean markdown = seed.startsWith("nantunzhen");
    String expected = Samples.comparable(Samples.text("text/" + seed + (markdown ? ".md" : ".txt")), markdown);

    TextDocument doc = Samples.read(READERS, variant, ReadLimits.DEFAULTS);

    assertThat(Samples.comparable(doc.text(), false)).isEqualTo(expected);
    assertThat(doc.ocr()).isFalse();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("variants")
  void eachSeedLineIsOneLine(String seed, String variant) throws ReadFailure {
    // one paragraph per line: every non-blank line of the seed is a line of the text
    boolean markdown = seed.startsWith("nantunzhen");
    List<String> seedLines = Samples.text("text/" + seed + (markdown ? ".md" : ".txt")).lines()
        .map(l -> Samples.comparable(l, markdown)).filter(l -> !l.isEmpty()).toList();

    TextDocument doc = Samples.read(READERS, variant, ReadLimits.DEFAULTS);

    List<String> lines = doc.text().lines().map(l -> Samples.comparable(l, false)).filter(l -> !l.isEmpty()).toList();
    assertThat(lines).containsExactlyElementsOf(seedLines);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void pdfPagesAreKept(String seed) throws ReadFailure {
    TextDocument doc = Samples.read(READERS, "pdf/" + seed + ".pdf", ReadLimits.DEFAULTS);

    assertThat(doc.pages()).isEqualTo(PDF_PAGES.get(seed));
    assertThat(doc.format()).isEqualTo("pdf");
    int[] starts = doc.pageStarts();
    for (int i = 1; i < starts.length; i++) {
      assertThat(starts[i]).isGreaterThan(starts[i - 1]);
    }
  }

  static Stream<String> seeds() {
    return SEEDS.stream();
  }

  @Test
  void evidenceInAPdfHasItsPage() throws ReadFailure {
    TextDocument doc = Samples.read(READERS, "pdf/guraozhen-2024.pdf", ReadLimits.DEFAULTS);

    int first = doc.text().indexOf("烈山区古饶镇绩效自评工作情况总结");
    int last = doc.text().length() - 1;
    assertThat(doc.evidence(first, first + 6).page()).isEqualTo(1);
    assertThat(doc.evidence(last, last + 1).page()).isEqualTo(8);
    assertThat(doc.evidence(doc.pageStarts()[4], doc.pageStarts()[4] + 1).page()).isEqualTo(5);
  }

  @Test
  void aParagraphBrokenByAPageIsOneLineWithThePageStartingInside() throws ReadFailure {
    TextDocument doc = Samples.read(READERS, "pdf/zhengjiayizhen-2024.pdf", ReadLimits.DEFAULTS);

    String line = "4.成本指标。成本控制率85%，三公经费控制4.60万元，成本总额2826.23万元。";
    int at = doc.text().indexOf(line);
    assertThat(at).isNotNegative();
    assertThat(doc.pageAt(at)).isEqualTo(4);
    assertThat(doc.pageAt(at + line.indexOf("2826.23"))).isEqualTo(5);
  }

  @Test
  void aPdfNamedDocxIsReadAsThePdfItIs() throws ReadFailure {
    byte[] bytes = Samples.bytes("odd/pdf-named.docx");

    assertThat(new FormatDetector().detect(bytes, "pdf-named.docx").toString()).isEqualTo("application/pdf");
    TextDocument doc = Samples.read(READERS, "odd/pdf-named.docx", ReadLimits.DEFAULTS);
    assertThat(doc.format()).isEqualTo("pdf");
    assertThat(doc.pages()).isEqualTo(2);
    assertThat(Samples.comparable(doc.text(), false)).isEqualTo(Samples.comparable(Samples.text("text/caohezhen-2023.txt"), false));
  }

  @Test
  void htmlKeepsTheArticleOnly() throws ReadFailure {
    for (String seed : SEEDS) {
      TextDocument doc = Samples.read(READERS, "html/" + seed + ".html", ReadLimits.DEFAULTS);
      assertThat(doc.text()).doesNotContain("发布时间", "来源：", "当前位置", "首页", "政务公开", "版权所有", "打印本页", "人民政府_");
    }
  }

  @Test
  void wordBulletsAreDroppedAndNumberingKept() throws ReadFailure {
    TextDocument doc = Samples.read(READERS, "docx/nantunzhen-2023.docx", ReadLimits.DEFAULTS);

    assertThat(doc.text()).doesNotContain("·");
    assertThat(doc.text()).contains("\n1、项目立项：", "\n1. 南屯镇 2023 年省级驻村工作队经费");
  }
}
