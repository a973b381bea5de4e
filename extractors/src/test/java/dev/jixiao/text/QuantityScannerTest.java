package dev.jixiao.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityScannerTest {
  private final TextNormalizer normalizer = new TextNormalizer(new ScriptConverter());
  private final QuantityScanner scanner = new QuantityScanner();

  private List<Quantity> scan(String original) {
    return scanner.scan(normalizer.normalize(original).normalized());
  }

  @Test
  void fullWidthDigitsAndPercentAreRead() {
    Quantity q = scan("执行率为９４．９８％").get(0);
    assertThat(q.value()).isEqualByComparingTo("94.98");
    assertThat(q.kind()).isEqualTo(Quantity.Kind.PERCENT);
  }

  /** A measure per a unit of volume (CD4细胞计数低于200个/μl) counts nothing; so much per a thing counted (0.075元/尾) is still read. */
  @Test
  void aMeasurePerVolumeIsNoCount() {
    assertThat(scan("首次CD4细胞计数低于200个/μl的13例")).extracting(q -> q.value().toPlainString() + q.unit()).containsExactly("13例");
    assertThat(scan("鳙鱼320万尾×0.075元/尾")).extracting(q -> q.unit()).contains("元");
  }

  /** What townships build and plant is counted in its own measure words: road sections, lamps, trees, wells, rooms. */
  @Test
  void measureWordsOfWorksAndPlanting() {
    assertThat(scan("验收路段34段，新建路灯120盏，植树1,500棵、苗木800株，打机井12眼，危房3栋、房屋20间"))
        .extracting(q -> q.value().toPlainString() + q.unit()).containsExactly("34段", "120盏", "1500棵", "800株", "12眼", "3栋", "20间");
    assertThat(scan("一段时间以来，第二阶段")).isEmpty();
    assertThat(scan("大坝防渗处理380米，新建防汛道路1.2千米，硬化面积3000平方米，蓄水126万立方米"))
        .extracting(q -> q.value().toPlainString() + q.unit()).containsExactly("380米", "1.2千米", "3000平方米", "126万立方米");
    // land in hectares, and things bought and kept by the piece, the head and the page
    assertThat(scan("治理水土流失312公顷（0.05万公顷），灭火器1,260具，宣传展板40块、海报600张，能繁母猪120头、种鸡300只，档案1,265,000页"))
        .extracting(q -> q.value().toPlainString() + q.unit())
        .containsExactly("312公顷", "0.05万公顷", "1260具", "40块", "600张", "120头", "300只", "1265000页");
  }

  /**
   * A number OCR broke at a blank (合计3 265.18万元) or read with a letter for a digit (l3.65万元): its
   * tail is no figure, which would be invented. A flattened table's columns, after blanks, still are.
   */
  @Test
  void theTailOfABrokenNumberIsNoFigure() {
    assertThat(scan("本年收入合计3 265.18万元，年末结转结余152. 85万元，资产总额4, 862.30万元，下降1 7.71%，会议费支出3.7 8万元，节约资金l3.65万元"))
        .isEmpty();
    assertThat(scan("综合工作经费一(超收分成) 383 238.17万元 62.18%")).extracting(q -> q.value().toPlainString())
        .containsExactly("238.17", "62.18");
    assertThat(scan("支出 3,265.18 万元，执行率 96.5 %")).hasSize(2);
  }

  /**
   * A number a line's end broke right after its label (text whose lines are not of one width, so not
   * re-flowed by the reader): its tail is no figure.
   */
  @Test
  void theTailOfANumberWrappedAtALinesEndIsNoFigure() {
    assertThat(scan("实际支出3,198.\n62万元，预算执行率95.29%。其中基本支出1,5\n60.20万元，项目支出1,638.42万元。"))
        .extracting(x -> x.value().toPlainString()).containsExactly("95.29", "1638.42");
    assertThat(scan("合计 3356.78\n62万元")).as("a column's number, then a line of its own")
        .extracting(x -> x.value().toPlainString()).containsExactly("62");
  }

  @Test
  void thousandsSeparatorsAreDroppedAndDecimalsKept() {
    Quantity q = scan("年度总预算为 37,497.28 万元").get(0);
    assertThat(q.value()).isEqualTo(new BigDecimal("37497.28"));
    assertThat(q.unit()).isEqualTo("万元");
    assertThat(scan("预算金额5.00万元").get(0).value().toPlainString()).isEqualTo("5.00");
  }

  @Test
  void aSpaceMayStandBetweenNumberAndUnit() {
    assertThat(scan("预算金额 1.073966 万元").get(0).value()).isEqualTo(new BigDecimal("1.073966"));
    assertThat(scan("占自评项目36.11 %").get(0).kind()).isEqualTo(Quantity.Kind.PERCENT);
  }

  @Test
  void loansAndVolumesAreCounted() {
    assertThat(scan("贷款笔数196笔").get(0).unit()).isEqualTo("笔");
    assertThat(scan("清淤疏浚土方12.40万立方米").get(0).unit()).isEqualTo("万立方米");
    assertThat(scan("浇筑混凝土860立方米").get(0).unit()).isEqualTo("立方米");
    assertThat(scan("硬化面积1.2万平方米").get(0).unit()).isEqualTo("万平方米");
    assertThat(scan("服务老年人2.1万人次").get(0).unit()).isEqualTo("万人次");
  }

  @Test
  void moneyUnitsAreDistinguished() {
    assertThat(scan("共2.5亿元").get(0).unit()).isEqualTo("亿元");
    assertThat(scan("需资金72900元").get(0).unit()).isEqualTo("元");
    assertThat(scan("控制≤9.64万元").get(0).unit()).isEqualTo("万元");
  }

  /** Counts of people, acres and households may be written in 万, which stays in the unit. */
  @Test
  void countsInTenThousands() {
    assertThat(scan("补贴面积4.38万亩，惠及1.2万户、3.5万人")).extracting(Quantity::unit).containsExactly("万亩", "万户", "万人");
    assertThat(scan("补贴面积4.38万亩").get(0).value()).isEqualByComparingTo("4.38");
    assertThat(scan("受益农户4.21万户次，入户核查12658户次")).extracting(Quantity::unit).containsExactly("万户次", "户次");
  }

  /** Counts in Chinese numerals with 十, 百 or 千 are read; a bare digit before a measure word is prose, 十分 no score, 第十 an ordinal. */
  @Test
  void countsInChineseNumerals() {
    List<Quantity> q = scan("实际完成七百零二户，辖二十三个行政村，开展培训一千二百人次");
    assertThat(q).extracting(Quantity::value).containsExactly(new BigDecimal("702"), new BigDecimal("23"), new BigDecimal("1200"));
    assertThat(q).extracting(Quantity::unit).containsExactly("户", "个", "人次");
    assertThat(q.get(0).start()).isEqualTo(4);
    assertThat(scan("围绕三个方面，十分重要，第十二项工作，十三五期间")).isEmpty();
  }

  /** Percentage points are a unit of their own, not a count of 个. */
  @Test
  void percentagePoints() {
    assertThat(scan("提高4.7个百分点，下降2百分点")).extracting(Quantity::unit).containsExactly("个百分点", "百分点");
  }

  @Test
  void negativeRateButNotARange() {
    assertThat(scan("公用经费控制率为-3.67%").get(0).value()).isEqualByComparingTo("-3.67");
    List<Quantity> band = scan("90（含）-100分为优");
    assertThat(band).extracting(Quantity::value).containsExactly(new BigDecimal("100"));
  }

  @Test
  void comparisonsAreKept() {
    assertThat(scan("均≥95%").get(0).op()).isEqualTo("≥");
    assertThat(scan("满意度在90%以上").get(0).op()).isEqualTo("以上");
    assertThat(scan("发放资料超过2000份").get(0).op()).isEqualTo("超过");
    assertThat(scan("不低于85%").get(0).op()).isEqualTo("不低于");
    assertThat(scan("实有43人").get(0).op()).isNull();
  }

  /** An approximate figure (约, 近, 接近) is marked so, and no rule holds it exactly; 节约 and 附近 are words, not "about". */
  /**
   * Every bound and approximation word is read with blanks between it and the number, and across a line's end (a PDF's wrap); a
   * bound after the unit with blanks before it. The scanner tests the character each word ends with before it tries the words.
   */
  @Test
  void boundsAreReadAcrossBlanksAndLineBreaks() {
    String[] words = {"≥", "≤", ">=", "<=", ">", "<", "超过", "不低于", "不少于", "不超过", "不高于", "高于", "低于", "大于", "小于", "大约",
        "约", "将近", "接近", "近"};
    for (String word : words) {
      String expected = word.equals(">=") ? "≥" : word.equals("<=") ? "≤" : word;
      for (String gap : new String[] {"", " ", "\t ", "\n", " \n", "\r\n"}) {
        assertThat(scan("满意度" + word + gap + "95%").get(0).op()).as(word + gap).isEqualTo(expected);
      }
    }
    assertThat(scan("满意度在90% 以上，24小时\t内")).extracting(Quantity::op).containsExactly("以上", "以内");
    assertThat(scan("满意度\n95%，覆盖\r\n3个村")).extracting(Quantity::op).containsOnlyNulls();
  }

  @Test
  void approximateFiguresAreMarked() {
    assertThat(scan("完成农村户厕改造约1280户，配置垃圾桶近2000个，满意度接近95%，大约3吨"))
        .extracting(Quantity::op).containsExactly("约", "近", "接近", "大约");
    assertThat(scan("节约1.2万元，签约3家，附近2个村，合约5份")).extracting(Quantity::op).containsOnlyNulls();
  }

  @Test
  void yearsDatesDurationsAndOrdinalsAreNotQuantities() {
    assertThat(scan("2024年12月31日")).isEmpty();
    assertThat(scan("防火员 8 个月防火期工资")).isEmpty();
    assertThat(scan("第3个项目")).isEmpty();
  }

  /** A fraction's whole (建成11/12个) is no count of its own: 12个 were not built; the rate after it is read. */
  @Test
  void aFractionsWholeIsNoCount() {
    assertThat(scan("代表之家及联络站建成11/12个，完成率91.67%")).extracting(Quantity::unit).containsExactly("%");
    assertThat(scan("单位成本0.61元/页，共12个")).extracting(Quantity::unit).containsExactly("元", "个");
  }

  /** A formula's factor (实际支出÷预算数×100%) is no figure; its result is. */
  @Test
  void aFormulasHundredPercentIsNoFigure() {
    assertThat(scan("执行率=实际支出÷预算数×100%=96.15%，控制率=8.50万元/10.00万元*100%=85.00%"))
        .extracting(q -> q.value().toPlainString()).containsExactly("96.15", "8.50", "10.00", "85.00");
  }

  @Test
  void aListMarkerBeforeAYearIsNotADecimal() {
    assertThat(scan("1.2022年财政建设补助经费")).isEmpty();
  }

  /** Sessions (培训42场次) are counted whole, not as 场 with 次 left to the label; cases (火灾2起) too, not 起草 or 起止; 万吨 and 件. */
  @Test
  void sessionsAndCases() {
    assertThat(scan("开展培训42场次，发生森林火灾2起")).extracting(Quantity::unit).containsExactly("场次", "起");
    assertThat(scan("2个文件起草，3起步")).extracting(Quantity::unit).containsExactly("个");
    assertThat(scan("全年清运生活垃圾1.82万吨，日均清运49.9吨")).extracting(Quantity::unit).containsExactly("万吨", "吨");
    assertThat(scan("化解矛盾纠纷1,286件")).extracting(Quantity::unit).containsExactly("件");
    // a post's months paid (全年实际发放1488人月) are counted in person-months, not in people with a month left over
    assertThat(scan("应发放1512人月，实际发放1488人月，在岗126人")).extracting(Quantity::unit).containsExactly("人月", "人月", "人");
    // written with a middle dot (累计保障94人·月), the same measure
    assertThat(scan("累计保障94人·月，计发131,600元")).extracting(Quantity::unit).startsWith("人·月");
    assertThat(scan("更新农家书屋图书8500册，平均每村更新607册")).extracting(Quantity::unit).containsExactly("册", "册");
  }

  /**
   * A rate per thousand is a percentage one place further left, its written decimals kept one more (7.81‰ is 0.781%, to ±0.0005),
   * in digits or in words (千分之八); medical cases (婴儿死亡2例) and batches (抽检48批次) are counted, 例如 is no case.
   */
  @Test
  void ratesPerThousandCasesAndBatches() {
    assertThat(scan("婴儿死亡2例，婴儿死亡率7.81‰，人口出生率千分之八，抽检48批次、6批"))
        .extracting(q -> q.value().toPlainString() + q.unit() + " " + q.kind())
        .containsExactly("2例 COUNT", "0.781‰ PERCENT", "0.8‰ PERCENT", "48批次 COUNT", "6批 COUNT");
    assertThat(scan("有3例如下")).isEmpty();
  }

  @Test
  void countsAfterACommaAreRead() {
    assertThat(scan("支出资金1460.09万元，48个项目全部完成")).extracting(Quantity::unit).containsExactly("万元", "个");
  }

  /**
   * Trying the pattern only where a quantity can start finds exactly what find() finds everywhere:
   * random texts of digits, signs, separators, units and Chinese around them.
   */
  @Test
  void anchoredTriesFindWhatFindFinds() {
    String[] pieces = {"1", "23", "4.5", "-", "−", ",", ".", ",000", " ", "\t", "\n", "万", "元", "亿", "%", "个", "月", "人次",
      "分", "之", "次", "数", "公里", "年", "预算", "执行率", "≥", "以上", "第"};
    java.util.Random rnd = new java.util.Random(20261202);
    for (int round = 0; round < 5000; round++) {
      StringBuilder b = new StringBuilder();
      for (int n = rnd.nextInt(30); n > 0; n--) {
        b.append(pieces[rnd.nextInt(pieces.length)]);
      }
      String text = b.toString();
      java.util.List<String> everywhere = new java.util.ArrayList<>();
      java.util.regex.Matcher all = QuantityScanner.QUANTITY.matcher(text);
      while (all.find()) {
        everywhere.add(all.start() + "-" + all.end() + ":" + all.group());
      }
      java.util.List<String> anchored = new java.util.ArrayList<>();
      java.util.regex.Matcher m = QuantityScanner.QUANTITY.matcher(text).useTransparentBounds(true);
      for (int at = 0; QuantityScanner.find(m, text, at, text.length()); at = m.end()) {
        anchored.add(m.start() + "-" + m.end() + ":" + m.group());
      }
      assertThat(anchored).as(text).isEqualTo(everywhere);
    }
  }

  /** A table's last cell at a line's end takes no unit from the next line's first word (合计\t100\t92.0 / 项目自评…). */
  @Test
  void aTablesLastCellTakesNoUnitFromTheNextLine() {
    assertThat(scan("合计\t100\t92.0\n项目自评总分92.0分")).extracting(q -> q.value().toPlainString() + q.unit()).containsExactly("92.0分");
    assertThat(scan("实际支出3,198.62\n万元，执行率96%")).as("a wrapped amount keeps its unit")
        .extracting(q -> q.value().toPlainString() + q.unit()).containsExactly("3198.62万元", "96%");
  }

  /** A unit that keeps its books in thousands of yuan (决算报表口径18,625.8千元) writes money; 每千元 is a rate's word, no amount. */
  @Test
  void thousandsOfYuanAreMoney() {
    assertThat(scan("决算报表口径18,625.8千元，扣减运营补助34.2 千元，每千元投资"))
        .extracting(q -> q.value().toPlainString() + q.unit() + " " + q.kind())
        .containsExactly("18625.8千元 MONEY", "34.2千元 MONEY");
  }

  /**
   * Days, hours, beds, boats, tents, rounds, articles and the like are counted too, so the relations between them are seen; 天然气,
   * 90周岁, 70周年 and 班子 are words, not counts.
   */
  @Test
  void measureWordsOfTimeStockAndWork() {
    assertThat(scan("集中培训15天，24小时内响应，每批8学时、授课336课时，棉被750床、帐篷80顶、渔船517艘，火箭弹120枚，检查4轮，课后服务18周，"
        + "8座桥合计21孔，专题报告5篇、卷宗120卷，家禽186,400羽，缴获毒品1.2公斤，发电982.60万千瓦时，装机5,862千瓦，国土面积126平方公里，"
        + "检查168村次、接种23,456剂次，抽查1250班"))
        .extracting(q -> q.value().toPlainString() + q.unit())
        .containsExactly("15天", "24小时", "8学时", "336课时", "750床", "80顶", "517艘", "120枚", "4轮", "18周", "8座", "21孔", "5篇",
            "120卷", "186400羽", "1.2公斤", "982.60万千瓦时", "5862千瓦", "126平方公里", "168村次", "23456剂次", "1250班");
    assertThat(scan("3天然气站，为90周岁老人，建国70周年，2班子成员")).isEmpty();
  }

  /** A time with 内 after it (均在24小时内响应) is a bound, as 以内 is; 内容 and 内部 are words of their own. */
  @Test
  void withinATimeIsABound() {
    assertThat(scan("均在24小时内响应，检查3项内容，48小时以内修复")).extracting(q -> q.value().toPlainString() + q.unit() + " " + q.op())
        .containsExactly("24小时 以内", "3项 null", "48小时 以内");
  }

  /** An item's number and point opening a line before a count of whole things (2.18所学校) is the item's, not a fraction of one. */
  @Test
  void anItemNumberBeforeACountOfWholeThings() {
    List<Quantity> qs = scan("三、指标完成情况\n2.18所学校中有17所达标，比例94.44%；\n  3.12个村全覆盖\n1.5万亩高标准农田");
    assertThat(qs).extracting(q -> q.value().toPlainString() + q.unit()).containsExactly("18所", "17所", "94.44%", "12个", "1.5万亩");
    assertThat(qs.get(0).start()).isEqualTo("三、指标完成情况\n2.".length());
    assertThat(scan("共建成2.5个")).as("within a line a point is a fraction's").extracting(q -> q.value().toPlainString())
        .containsExactly("2.5");
  }

  /** Days of work given (投工投劳一万八千四百个工日) are counted in 工日, no count of 个 beside the projects' (95个). */
  @Test
  void daysOfWorkAreTheirOwnMeasure() {
    assertThat(scan("95个已完工项目，村民投工投劳一万八千四百个工日（18,400个工日），折资184.00万元"))
        .extracting(q -> q.value().toPlainString() + q.unit()).containsExactly("95个", "18400个工日", "18400个工日", "184.00万元");
  }
}
