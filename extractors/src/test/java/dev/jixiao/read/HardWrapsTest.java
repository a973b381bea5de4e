package dev.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HardWrapsTest {
  private static final List<String> TEXTS = Samples.TEXTS;

  /** The samples keep a paragraph to a line (or, in the markdown, break them at pages): they must come back untouched. */
  @Test
  void textThatIsNotWrappedComesBackAsItWas() {
    for (String sample : TEXTS) {
      String text = Samples.text(sample);
      assertThat(HardWraps.unwrap(text)).as(sample).isSameAs(text);
    }
    assertThat(HardWraps.unwrap(MarkdownReader.toText(Samples.text("text/nantunzhen-2023.md")))).isEqualTo(
        MarkdownReader.toText(Samples.text("text/nantunzhen-2023.md")));
  }

  static Stream<Arguments> wrappings() {
    return TEXTS.stream().filter(s -> s.endsWith(".txt")).flatMap(s -> Stream.of(
        Arguments.of(s, "44 columns", SavedText.wrappedInColumns(Samples.text(s), 44)),
        Arguments.of(s, "76 columns", SavedText.wrappedInColumns(Samples.text(s), 76)),
        Arguments.of(s, "120 columns", SavedText.wrappedInColumns(Samples.text(s), 120)),
        Arguments.of(s, "76 columns of a proportional font", SavedText.wrappedInProportion(Samples.text(s), 76)),
        Arguments.of(s, "35 characters", SavedText.wrappedInCharacters(Samples.text(s), 35))));
  }

  /**
   * Wrapped and unwrapped again, a sample reads as written: no wrap is left. Where a paragraph
   * happened to end at the width and the next one opens with neither an indent nor a number,
   * nothing on the page tells the two apart, and they are read as one paragraph, as in a PDF.
   */
  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("wrappings")
  void wrappedSamplesComeBackAsWritten(String sample, String how, String wrapped) {
    String original = Samples.text(sample);
    assertThat(wrapped).isNotEqualTo(original);
    String unwrapped = HardWraps.unwrap(wrapped);
    List<String> lines = List.of(original.split("\n", -1));
    List<String> back = List.of(unwrapped.split("\n", -1));
    // every line of the result is a line of the original, or whole lines of it run together
    int i = 0;
    int joinedParagraphs = 0;
    for (String line : back) {
      StringBuilder run = new StringBuilder(lines.get(i++));
      while (!run.toString().equals(line) && i < lines.size() && line.startsWith(run.toString())) {
        run.append(lines.get(i++));
        joinedParagraphs++;
      }
      assertThat(run.toString()).as(sample + " at " + how + ", line " + i).isEqualTo(line);
    }
    assertThat(i).isEqualTo(lines.size());
    // at 22 characters a line, about one paragraph in ten ends at the width
    assertThat(joinedParagraphs).as(sample + " at " + how + ": paragraphs run together").isLessThanOrEqualTo(lines.size() / 8);
  }

  @Test
  void aWrappedParagraphIsOneLineAgain() {
    String page = """
        为项目资金的安全有效使用，进一步加强项目资金管理，使项目资金效用最大化。我镇
        结合在岗工作人员、退休人员、聘用人员及村居群众的意见，对2024年综合工作经费、
        人居环境、乡村振兴等项目进行自评绩效考核。古饶镇本部门（单位）2024年度开展
        自评项目共36个，自评项目总金额共计3232.37万元，财政支出总金额5187.78万元，
        占财政支出总金额62.31%。在项目资金的使用上，严格落实事前、事中和事后监督科学
        合理安排资金，确保了各项工作顺利开展。
        二、绩效目标实现情况
        """;
    assertThat(HardWraps.unwrap(page)).isEqualTo("""
        为项目资金的安全有效使用，进一步加强项目资金管理，使项目资金效用最大化。我镇结合在岗工作人员、退休人员、聘用人员及村居群众的意见，\
        对2024年综合工作经费、人居环境、乡村振兴等项目进行自评绩效考核。古饶镇本部门（单位）2024年度开展自评项目共36个，\
        自评项目总金额共计3232.37万元，财政支出总金额5187.78万元，占财政支出总金额62.31%。在项目资金的使用上，严格落实事前、\
        事中和事后监督科学合理安排资金，确保了各项工作顺利开展。
        二、绩效目标实现情况
        """);
  }

  /** A line ends short of the width when the next word, a number, would not have fitted on it. */
  @Test
  void aNumberTooLongForTheLineEndsItShort() {
    String text = """
        按照保定市徐水区财政局关于开展年度财政资金部门绩效自评价工作的通知要求，我镇立即组织成立绩效评价工作组，逐项对预算安排项目进行\
        了梳理。根据漕河镇政府房顶维修项目进展情况，申请镇政府房顶维修项目（办公用房屋面防水）资金18.092382元，已全部用于房顶维修，房顶破损严重，多处存在\
        漏雨问题，现已修复完毕，验收合格，群众满意度较高，达到了预期的绩效目标，取得了良好的社会效益和经济效益。
        项目二基本情况如下。
        """;
    assertWrappedAt44ColumnsComesBack(text, "防水）资金\n18.092382元");
  }

  /** Items of a list as long as the width stay apart when each number follows the one before. */
  @Test
  void numberedItemsAsLongAsTheWidthStayApart() {
    String text = """
        古饶镇本部门（单位）2024年度开展自评项目共36个，自评项目总金额共计3232.37万元，财政支出总金额5187.78万元，占财政支出总金额\
        62.31%。为项目资金的安全有效使用，进一步加强项目资金管理，使项目资金效用最大化。项目内容为：
        11.2024年国有企业退休人员社会化管理中央财政补助资金
        12.春节慰问项目资金
        13.古饶镇退役军人专项岗位工资及基础绩效奖
        14.山水林田湖草新北沱河烈山片区生态修复工程项目
        15.2024_村级支出
        16.中央财政农业防灾救灾玉米大豆一喷多促资金
        """;
    assertWrappedAt44ColumnsComesBack(text, "\n13.古饶镇退役军人专项岗位工资及基础绩效奖\n", "\n14.山水林田湖草新北沱河烈山片区生态修复工程\n项目\n15.");
  }

  /**
   * A number a wrap put first on a line is not an item when the sentence before it is unfinished
   * and the paragraph is not a numbered one.
   */
  @Test
  void aNumberOpeningAWrappedLineMidSentenceJoins() {
    String text = """
        项目二基本情况是为保证驻村工作队员办公、食宿、出行等必要支出，按照要求落实保障标准，需由区财政列支工作队经费和驻村干部的\
        意外保险。根据1、省委办公厅《关于重点乡村持续选派驻村第一书记和工作队得实施意见》（冀办[2021]17）2、市委组织部、市委农办、\
        市农业农村局《关于向乡村振兴任务重的村选派驻村第一书记和工作队的通知》要求，已全部按工作计划完成支付。
        """;
    assertWrappedAt44ColumnsComesBack(text, "根据\n1、省委办公厅");
  }

  /** Wraps {@code text} at 44 columns, checks that the wrap made the case the test is about ({@code breaks}), and unwraps it. */
  private static void assertWrappedAt44ColumnsComesBack(String text, String... breaks) {
    String page = SavedText.wrappedInColumns(text, 44);
    assertThat(page).contains(breaks);
    assertThat(HardWraps.unwrap(page)).isEqualTo(text);
  }

  @Test
  void indentsBlankLinesAndTableRowsStartAnew() {
    String page = """
        　　按照县财政局统一部署，我单位坚持花钱必问效、无效必问责的原则，对年度预算项
        目的资金使用和绩效目标完成情况进行了自评，成立由主要负责人任组长的领导小组。
        　　收集整理预算批复、资金拨付凭证、项目实施资料和验收报告，核实资金使用情况，
        对照年初设定的绩效目标，采用比较法和因素分析法，逐项对产出和效益进行评价分析。

        项目名称\t预算数\t执行数\t执行率
        道路硬化工程\t120\t96\t80%
        对照年初设定的绩效目标，采用比较法和因素分析法，逐项对产出和效益进行评价分析。
        | 序号 | 项目名称 | 预算金额（万元） | 实际支出（万元） | 完成率 | 自评等级 |
        """;
    String unwrapped = HardWraps.unwrap(page);
    assertThat(unwrapped.split("\n", -1)).hasSize(page.split("\n", -1).length - 2);
    assertThat(unwrapped).contains("对年度预算项目的资金").contains("核实资金使用情况，对照年初")
        .contains("评价分析。\n\n项目名称\t").contains("80%\n对照年初").contains("评价分析。\n| 序号");
  }

  @Test
  void latinWordsSeparatedByAWrapGetTheirSpaceBack() {
    String page = String.join("\n", List.of(
        "The performance self-evaluation reports of Chinese townships are published",
        "by county finance bureaus, often as scanned PDF files or as plain text saved",
        "from a viewer, and every one of those lines is broken at the width of a page",
        "whether or not a sentence ends there, which hides figures from an extractor",
        "that reads a sentence at a time. This paragraph is written to that measure",
        "and ends here.",
        "A short line."));
    assertThat(HardWraps.unwrap(page)).startsWith("The performance self-evaluation reports of Chinese townships are published by county")
        .contains("page whether").endsWith("measure and ends here.\nA short line.");
  }

  /** Paragraphs of like length (one per line, as a template writes them) are not a wrapped page. */
  @Test
  void paragraphsOfLikeLengthAreNotAWrap() {
    StringBuilder text = new StringBuilder("宜安镇2023年度项目支出绩效自评报告\n三、项目资金使用情况\n");
    String[] names = {"信访维稳经费", "老年人福利工程五", "农村公厕保洁经费(上级补助)", "村卫生室运行工程五(非税收入)", "民政救助补助资金",
        "人居环境整治经费", "秸秆禁烧工作经费", "农村公路养护经费(非税收入)", "文化惠民经费三"};
    for (int i = 0; i < names.length; i++) {
      text.append("2023年我镇").append(names[i]).append("项目全年预算为").append(252500 + i * 1_311_700).append("元。根据支出进度表，该项支出预算按照序时进度完成")
          .append(141400 + i * 7_100).append("元，2023年底完成项目的").append(56 + i).append("%。受资金下达时间影响，部分工作顺延至次年实施。\n");
    }
    String reports = text.toString();
    assertThat(HardWraps.unwrap(reports)).isSameAs(reports);
  }

  @Test
  void aListOfShortLinesIsNotAWrap() {
    String list = "综合工作经费一(超收分成)\n信访工作经费七(超收分成)\n乡村振兴经费四(非税收入)\n美丽乡村建设五(非税收入)\n人居环境整治三(非税收入)\n"
        + "聘用人员经费六(超收分成)\n";
    assertThat(HardWraps.unwrap(list)).isSameAs(list);
  }

  /**
   * A text wrapped at no one width (each line broken where a clause ended, a drinking-water project's) is joined where a line ends
   * inside its sentence, after ， or 、; a line ending in 。 ends its paragraph. The reader of plain text does so as it reads.
   */
  @Test
  void aSentenceBrokenAfterACommaAtNoOneWidthIsJoined() throws ReadFailure {
    String page = """
        （二）建设内容及范围。项目覆盖龙潭镇、梅村乡、白沙镇、高坪乡、
        金竹镇5个乡镇的23处农村集中式饮用水水源地，其中龙潭镇6处、
        梅村乡4处、白沙镇5处、高坪乡3处、金竹镇5处，服务人口41500人（龙潭镇12480人、
        梅村乡6350人、白沙镇9820人、高坪乡4210人、金竹镇8640人），
        平均每处水源地服务1804人。各乡镇建设内容及投入见表1。
        （三）资金来源。项目预算600.00万元，全部为省级专项资金。
        """;
    String paragraph = "（二）建设内容及范围。项目覆盖龙潭镇、梅村乡、白沙镇、高坪乡、金竹镇5个乡镇的23处农村集中式饮用水水源地，其中龙潭镇6处、"
        + "梅村乡4处、白沙镇5处、高坪乡3处、金竹镇5处，服务人口41500人（龙潭镇12480人、梅村乡6350人、白沙镇9820人、高坪乡4210人、"
        + "金竹镇8640人），平均每处水源地服务1804人。各乡镇建设内容及投入见表1。";
    assertThat(HardWraps.unwrap(page)).isEqualTo(paragraph + "\n（三）资金来源。项目预算600.00万元，全部为省级专项资金。\n");
    byte[] bytes = page.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    TextDocument doc = Readers.standard(null).read(bytes, new FormatDetector().detect(bytes, "report.txt"), ReadLimits.DEFAULTS);
    assertThat(doc.text()).contains(paragraph + "\n（三）资金来源。");
  }

  /**
   * A page scanned in a proportional font fits fewer digits to a line than their columns say, so its lines end anywhere from about
   * nine tenths of the width: a line that long ending no sentence is wrapped (调整后⏎预算为), and so is one ending in a comma (…万元，⏎占…)
   * in a text that is wrapped. Rows of a table typed with single spaces, each ending in a figure, stay apart however long.
   */
  @Test
  void aScannedPagesLinesEndShortOfTheWidthAndAreJoinedAllTheSame() {
    String page = """
        为巩固拓展脱贫攻坚成果，解决部分村组季节性缺水、水质不稳定等问题，我局于二〇二三年
        组织实施农村饮水安全巩固提升工程，覆盖石门镇、柳坪乡、白沙镇、龙潭乡4个乡镇二十三个行政
        村，新建、改造集中供水工程十八处。
        项目年初预算1,000.00万元，其中：中央资金486.00万元，占48.60%；省级资金252.00万元，
        占25.20%；市级资金84.00万元，占8.40%；县级配套资金178.00万元，占17.80%。2023年8月，
        因龙潭乡水源地枯水需应急改造，县财政追加42.60万元，县级资金调整为220.60万元，调整后
        预算为1,042.60万元。各级资金已全部到位，到位率100%。
        截至2023年12月31日，项目实际支出１，０１５．３８万元，即10,153,800.00元，按调整后预
        算计算，预算执行率为97.39%，结余27.22万元，已按规定收回县财政统筹使用。
        年度目标：新建、改造供水工程18处；新建改造管网不少于126公里；入户改造不少于2,100户；受益
        人口不少于31,000人；水质达标率≥95%；全县农村自来水普及率≥92%；工程于2023年11月30日前
        全部完工；管网每公里造价不超过3.10万元；受益群众满意度≥90%。
        （二）改进措施。一是加强项目前期论证，细化水源勘察；二是合理安排工期，科学安排施工
        时序，避开汛期集中施工；三是建立停水预告制度，及时回应群众关切，力争下年度
        满意度达到90%以上。
        （一）产出情况。十八处工程全部建成并通过验收，验收合格率100%。管网完成128.6公里，
        完成率102.06%；入户改造2,148户，完成率102.29%。全年抽检水样250份，合格242份，水质达标
        率96.8%。16处工程按期完工，2处因汛期停工延至2023年12月20日完工，时效目标未完全实现。
        工程建设支出983.38万元，平均每处工程54.63万元；管网延伸改造402.58万元，每公里造价3.13万
        元，超过3.10万元的目标值，成本指标未达标。
        01 农饮水提升工程一期 三处水源地改造完成并通过验收合格 486.00 478.35 98.43% 95.6
        02 小型水库除险加固工程 两座水库完成除险加固并通过验收 312.50 305.20 97.66% 93.4
        03 河道清淤整治 268.40 268.40 100.00% 96.0
        """;
    String unwrapped = HardWraps.unwrap(page);
    assertThat(unwrapped).contains("县级资金调整为220.60万元，调整后预算为1,042.60万元。")
        .contains("省级资金252.00万元，占25.20%；").contains("按调整后预算计算，").contains("11月30日前全部完工")
        .contains("\n01 农饮水提升工程一期 三处水源地改造完成并通过验收合格 486.00 478.35 98.43% 95.6\n02 小型水库")
        .contains("93.4\n03 河道清淤整治");
  }

  /**
   * A line of a wrapped paragraph that stops on a Chinese character is cut inside its sentence, however short of the width its digits
   * and brackets leave it (…预算执行⏎率95.74%); a paragraph's last line ends in a mark, and a heading that stops on a character is no
   * line of a paragraph that went on from the one before.
   */
  @Test
  void aParagraphsLineStoppingInsideAWordGoesOn() {
    String page = """
        （二）资金来源及预算调整。执法队运行经费（以下简称“运行经费
        ”）列镇级项目支出，年初预算118.00万元，其中县级财政转
        移支付80.00万元，镇级自有财力38.00万元。2024年
        7月，因汛期任务加重，经镇人大主席团审议，追加镇级资金9.6
        0万元，调整后预算为127.60万元。
        （三）资金使用情况。截至2024年12月31日，运行经费实际支
        出122.16万元（1,221,600元），预算
        执行率95.74%，结余5.44万元，已全部收回镇财政统筹使用。
        分来源看，县级资金支出80.00万元，执行率100.00%；
        镇级资金支出42.16万元，执行率88.57%。全年支出比2
        023年的113.85万元增长7.30%，增加的部分主要是协
        管员值守补助和违法建设拆除费用
        四、绩效目标完成情况
        """;
    String unwrapped = HardWraps.unwrap(page);
    assertThat(unwrapped).contains("（1,221,600元），预算执行率95.74%，")
        // a line that goes on from no other (a heading) stays its own, and so does the one after it
        .endsWith("违法建设拆除费用\n四、绩效目标完成情况\n");
  }

  /** After a comma at a line's end, the next item of a numbered list keeps its line; a number that follows no item is joined. */
  @Test
  void aNumberedLineAfterACommaIsJudgedAsAfterAWrap() {
    String items = "1.新建水源地界标48块，完成率100%，\n2.修建隔离防护网5.2公里，\n平均每处0.23公里。\n";
    assertThat(HardWraps.unwrap(items)).isEqualTo("1.新建水源地界标48块，完成率100%，\n2.修建隔离防护网5.2公里，平均每处0.23公里。\n");
    String amount = "资金依据县财政局文件下达，\n3.5万元用于界标制作，其余用于隔离网建设。\n";
    assertThat(HardWraps.unwrap(amount)).isEqualTo("资金依据县财政局文件下达，3.5万元用于界标制作，其余用于隔离网建设。\n");
  }

  /** A table row of three cells or more set apart by two spaces (乡镇  村数  加固长度) is joined to no line, though the line before is full. */
  @Test
  void aRowOfCellsPartedByTwoSpacesStaysItsOwn() {
    String page = """
        （一）项目概况。白沙河为沅水一级支流，流经我县石门镇、曲水乡、柳湾镇3个
        乡镇11个村，现状堤防多为上世纪七十年代民堤，防洪标准不足10年一遇，汛期险
        情频发。2023年，县水利局组织实施白沙河河道堤防加固工程，主要建设内容为：
        加固堤防12.50公里，新建护坡8.20公里，改造穿堤建筑物9座（其中涵闸5座、泵
        站2座、涵管2座），硬化堤顶防汛道路10.00公里。分乡镇实际完成情况如下：全县
        乡镇  村数  加固长度(公里)  护坡长度(公里)
        石门镇  4  5.20  3.40
        """;
    String unwrapped = HardWraps.unwrap(page);
    assertThat(unwrapped).contains("全县\n乡镇  村数  加固长度(公里)  护坡长度(公里)\n石门镇  4  5.20  3.40");
    assertThat(unwrapped).contains("柳湾镇3个乡镇11个村");
  }
}
