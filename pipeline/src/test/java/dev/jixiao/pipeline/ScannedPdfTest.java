package dev.jixiao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jixiao.gold.GoldComparator;
import dev.jixiao.gold.Samples;
import dev.jixiao.record.Money;
import dev.jixiao.record.Project;
import dev.jixiao.record.Report;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scanned PDFs (no text layer) through OCR: the year and the unit must be right, the stated
 * project count must be read, and the test prints how many of the gold project budgets and
 * expenditures were read exactly. Those shares are limited by OCR, not extraction: where
 * Tesseract garbles 预算 (也算, 所信) or drops a unit, the figure is not read rather than guessed.
 */
class ScannedPdfTest {
  private static final Pipeline PIPELINE = Pipelines.standard();
  private static final StringBuilder SUMMARY = new StringBuilder();
  private static final int[] TOTAL = new int[4]; // budgets read, of; expenditures read, of
  /** Each scan is read once: OCR takes seconds a page. */
  private static final java.util.Map<String, Report> SCANS = new java.util.concurrent.ConcurrentHashMap<>();

  @BeforeAll
  static void tesseractIsInstalled() {
    assumeTrue(new java.io.File("/usr/bin/tesseract").canExecute(), "tesseract is not installed (.ci/install-deps installs it)");
  }

  @ParameterizedTest
  @CsvSource({
    // seed, township (漕河镇 only through the OCR correction: Tesseract never reads 漕), stated project count or -1
    "caohezhen-2023, 漕河镇, 62",
    "guraozhen-2024, 古饶镇, 36",
    "nantunzhen-2023, 南屯镇, 40",
    "xinzaozhen-2024-ocr, 新造镇, -1",
    "zhengjiayizhen-2024, 郑家驿镇, -1",
  })
  void scanGivesYearUnitAndCount(String seed, String township, int count) {
    Report r = scan(seed);
    JsonNode gold = Samples.gold(seed);
    assertThat(r.source().ocr()).isTrue();
    assertThat(r.fiscalYear()).isEqualTo(gold.get("fiscalYear").asInt());
    if (township != null) {
      assertThat(r.unit().township()).isEqualTo(township);
      assertThat(r.unit().divisionCode()).isEqualTo(gold.get("unit").get("divisionCode").textValue());
    }
    if (count > 0) {
      assertThat(r.totals().projectCount().value()).isEqualTo(count);
    }
    int[] budgets = exact(gold.get("projects"), r.projects(), "budget");
    int[] spent = exact(gold.get("projects"), r.projects(), "expenditure");
    TOTAL[0] += budgets[0];
    TOTAL[1] += budgets[1];
    TOTAL[2] += spent[0];
    TOTAL[3] += spent[1];
    SUMMARY.append(String.format("  %-22s pages %2d, entries %2d/%2d, budgets exact %2d/%2d, expenditures exact %2d/%2d%n", seed,
        r.source().pages(), r.projects().size(), gold.get("projects").size(), budgets[0], budgets[1], spent[0], spent[1]));
  }

  /**
   * OCR misreads a project's name differently in the list that numbers the projects and in the
   * paragraph that gives its figures (丧匡费, 丧碌费; 古馈镇, 古饥镇): a name one character off
   * the list's still takes its number, and so does one with a character more or less (OCR added 有
   * to 开发区烈山区… in the list). One entry still has none: OCR dropped the 九 of 计生专项经费九, and a
   * numeral is never taken for a misread.
   */
  @org.junit.jupiter.api.Test
  void entriesOfAScanTakeTheirNumbersFromItsListDespiteMisreadNames() {
    Report r = scan("guraozhen-2024");
    assertThat(r.projects().stream().filter(p -> p.seq() == null).count()).isLessThanOrEqualTo(1);
  }

  /**
   * OCR misreads the report's own township in its projects' names (南电镇 and 南吼镇 for 南屯镇, 清河镇 for
   * 漕河镇, 古馈镇 for 古饶镇) and a bracket's shape (专项工作经费〈运转保障)): the names are put right, their
   * evidence keeps what OCR read. A per cent sign read as 9%6 (完成项目的1009%6) is 100%.
   */
  @org.junit.jupiter.api.Test
  void aScansProjectNamesAreReadAsTheReportWroteThem() {
    Report nantun = scan("nantunzhen-2023");
    assertThat(nantun.projects()).extracting(Project::name).contains("南屯镇信访稳定经费", "南屯镇防汛经费", "南屯镇2023年农村两委干部养老保险")
        .noneMatch(n -> n.startsWith("南电镇") || n.startsWith("南吼镇"));
    assertThat(project(nantun, "南屯镇信访稳定经费").nameEvidence().quote()).startsWith("南电镇");
    Report caohe = scan("caohezhen-2023");
    assertThat(caohe.projects()).extracting(Project::name).contains("专项工作经费（运转保障）", "漕河镇政府房顶维修费用");
    Report gurao = scan("guraozhen-2024");
    assertThat(project(gurao, "古饶镇新进人员工资福利").completionRate().value()).isEqualByComparingTo("100");
  }

  /**
   * A sentence that a scanned page's break cuts is one sentence, as in a PDF: the figure at the
   * top of the next page keeps the words that name it at the foot of the page before
   * (实际支付 / 14.69万元; 完成项目的 / 80.02%).
   */
  @org.junit.jupiter.api.Test
  void aScansPageBreakDoesNotCutAFigureFromItsWords() {
    Report nantun = scan("nantunzhen-2023");
    assertThat(project(nantun, "南屯镇2023年村党组织活动经费").expenditure().yuan()).isEqualByComparingTo("146900");
    Report guraozhen = scan("guraozhen-2024");
    assertThat(project(guraozhen, "2024_村级支出").completionRate().value()).isEqualByComparingTo("80.02");
    assertThat(project(guraozhen, "聘用人员经费六(超收分成)").completionRate().value()).isEqualByComparingTo("100");
  }

  /**
   * On a page of guraozhen's scan every paragraph ends in a line of digits ("100%。"), which OCR
   * places a dozen pixels higher than a line of characters: read value by value, that distance was
   * the page's commonest pitch, no line of the page joined the one above it, and the entry whose
   * name filled a line of its own (…中央财政补助资金项目 / 全年预算为13.06万元) was lost.
   */
  @org.junit.jupiter.api.Test
  void aScannedPageWhoseParagraphsEndInDigitsIsStillReadInParagraphs() {
    Report r = scan("guraozhen-2024");
    Project p = project(r, "2022年国有企业退休人员社会化管理中央财政补助资金");
    assertThat(p.budget().yuan()).isEqualByComparingTo("130600");
    assertThat(p.completionRate().value()).isEqualByComparingTo("100");
    assertThat(r.projects()).hasSize(Samples.gold("guraozhen-2024").get("projects").size());
  }

  /**
   * County websites stamp their address over the reports they publish. On a scan, those few words
   * were its whole text layer: the page was not blank, so not read by OCR, and the report was
   * not-a-report. A page that is an image with fewer than 100 characters over it is read by OCR.
   */
  @org.junit.jupiter.api.Test
  void aScanWithAWebsitesAddressStampedOverItIsReadByOcr(@TempDir Path tmp) throws java.io.IOException {
    String seed = "xinzaozhen-2024-ocr";
    Path stamped = tmp.resolve(seed + "-stamped.pdf");
    try (PDDocument doc = Loader.loadPDF(Samples.file("scanned/" + seed + "-scan.pdf").toFile())) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (PDPage page : doc.getPages()) {
        try (PDPageContentStream content = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
          content.beginText();
          content.setFont(font, 10);
          content.newLineAtOffset(200, 420);
          content.showText("www.panyu.gov.cn");
          content.endText();
        }
      }
      doc.save(stamped.toFile());
    }

    Report r = PIPELINE.process(stamped);

    assertThat(r.source().ocr()).isTrue();
    assertThat(GoldComparator.compare(Samples.gold(seed), r, GoldComparator.CORE).misses()).isEmpty();
  }

  private static Report scan(String seed) {
    return SCANS.computeIfAbsent(seed, s -> PIPELINE.process(Samples.file("scanned/" + s + "-scan.pdf")));
  }

  private static Project project(Report r, String name) {
    return r.projects().stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no project " + name + " in " + r.projects().stream().map(Project::name).toList()));
  }

  /** The OCR sample's grade stands on the line after its score, where OCR broke the paragraph after a comma. */
  @org.junit.jupiter.api.Test
  void theOcrSamplesScanGivesItsScoreAndGrade() {
    Report r = scan("xinzaozhen-2024-ocr");
    assertThat(r.score().total().value()).isEqualByComparingTo("96.37");
    assertThat(r.score().grade()).isEqualTo("优");
  }

  /** How many gold amounts of this field some extracted project states exactly ({read, of}). */
  private static int[] exact(JsonNode goldProjects, List<Project> projects, String field) {
    int of = 0;
    int read = 0;
    Set<Integer> used = new HashSet<>();
    for (JsonNode g : goldProjects) {
      JsonNode m = g.get(field);
      if (m == null || m.isNull()) {
        continue;
      }
      of++;
      BigDecimal want = new BigDecimal(m.get("value").asText()).multiply(dev.jixiao.record.MoneyUnit.of(m.get("unit").asText()).factor());
      for (int i = 0; i < projects.size(); i++) {
        Money got = field.equals("budget") ? projects.get(i).budget() : projects.get(i).expenditure();
        if (!used.contains(i) && got != null && got.yuan().compareTo(want) == 0) {
          used.add(i);
          read++;
          break;
        }
      }
    }
    return new int[] {read, of};
  }

  @AfterAll
  static void print() {
    System.out.print("Scanned PDFs through OCR:\n" + SUMMARY);
    if (TOTAL[1] > 0) {
      System.out.printf("  all scans: budgets exact %d/%d (%.1f%%), expenditures exact %d/%d (%.1f%%)%n", TOTAL[0], TOTAL[1],
          100.0 * TOTAL[0] / TOTAL[1], TOTAL[2], TOTAL[3], 100.0 * TOTAL[2] / TOTAL[3]);
      // regression guards just under what this build reads (98.6% and 97.9%; 97.3% and 91.7% before a scan's
      // pitch was counted within its noise and its page breaks joined; 95.9% and 85.4% before its paragraphs
      // allowed for skew and entries for a misread colon); raise them as OCR improves
      assertThat(100 * TOTAL[0]).as("budgets read exactly").isGreaterThanOrEqualTo(98 * TOTAL[1]);
      assertThat(100 * TOTAL[2]).as("expenditures read exactly").isGreaterThanOrEqualTo(97 * TOTAL[3]);
    }
  }
}
