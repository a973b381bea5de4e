package dev.jixiao.extract.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.read.TextDocument;
import dev.jixiao.text.ScriptConverter;
import dev.jixiao.text.TextNormalizer;
import dev.jixiao.unit.DivisionIndex;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitFinderTest {
  /** Built on another thread, as the extractor builds it. */
  private static final UnitFinder FINDER = new UnitFinder(DivisionIndex::bundled);

  private static DocumentView view(String text) {
    TextDocument doc = new TextDocument(text, new int[] {0}, "txt", null, false, List.of());
    return new DocumentView(doc, new TextNormalizer(new ScriptConverter()).normalize(text));
  }

  private static TitleFinder.Title title(DocumentView v) {
    return new TitleFinder().find(v).orElseThrow();
  }

  @Test
  void theListBuiltOnAnotherThreadFindsTheUnit() {
    assertThat(FINDER.find(view("保定市徐水区漕河镇2023年度部门整体支出绩效自评报告"), null).divisionCode()).isEqualTo("130609106");
  }

  /** The name a title opens with, after its year or not, with the title's span as evidence; a county's government is no township's unit. */
  @Test
  void aTitleThatOpensWithTheTownshipsGovernmentNamesTheUnit() {
    DocumentView v = view("下桥镇人民政府2024年度绩效自评报告\n一、单位基本情况\n下桥镇人民政府为县级政府下属行政单位。");
    var unit = FINDER.find(v, title(v));
    assertThat(unit.name()).isEqualTo("下桥镇人民政府");
    assertThat(unit.evidence().start()).isZero();
    assertThat(unit.evidence().quote()).isEqualTo("下桥镇人民政府");
    assertThat(unit.divisionCode()).isEqualTo("440825107");

    DocumentView yearFirst = view("2024年度桃源县郑家驿镇人民政府整体支出绩效自评报告\n郑家驿镇全年支出100万元。");
    assertThat(FINDER.find(yearFirst, title(yearFirst)).name()).isEqualTo("桃源县郑家驿镇人民政府");

    DocumentView county = view("徐闻县人民政府关于下桥镇2024年度绩效自评情况的报告\n下桥镇全年支出100万元。");
    var countys = FINDER.find(county, title(county));
    assertThat(countys.township()).isEqualTo("下桥镇");
    assertThat(countys.name()).isNull();
    assertThat(FINDER.find(v, null).name()).isNull();
  }

  /** A county's department at the head of its title is the unit, its name running to where the title goes on. */
  @Test
  void aCountysDepartmentAtTheHeadOfItsTitle() {
    DocumentView v = view("南县住房和城乡建设局2018年度整体支出绩效评价报告\n全局现有在职人员246人。");
    var unit = FINDER.find(v, title(v));
    assertThat(unit.county()).isEqualTo("南县");
    assertThat(unit.name()).isEqualTo("南县住房和城乡建设局");

    DocumentView office = view("桃源县人民政府办公室2024年度部门整体支出绩效自评报告\n全年支出100万元。");
    assertThat(FINDER.find(office, title(office)).name()).isEqualTo("桃源县人民政府办公室");
    DocumentView noName = view("桃源县2024年度部门整体支出绩效自评报告\n全年支出100万元。");
    assertThat(FINDER.find(noName, title(noName)).name()).isNull();
  }

  /**
   * Schools, people's organisations, party departments and commissions known by their short names
   * head their titles as bureaus do, also before 专项 or 单位; a place alone is still no unit.
   */
  @Test
  void unitsOtherThanGovernmentsAndBureaus() {
    assertThat(nameAtHead("耒阳市第四中学专项资金绩效自评价报告\n我校2022年项目为一个。")).isEqualTo("耒阳市第四中学");
    assertThat(nameAtHead("开远市第十二中学校2024年度部门整体和项目支出绩效自评报告\n在编教师数为31人。")).isEqualTo("开远市第十二中学校");
    assertThat(nameAtHead("桃源县总工会2024年度部门整体支出绩效自评报告\n全年支出100万元。")).isEqualTo("桃源县总工会");
    assertThat(nameAtHead("中共桃源县委宣传部2024年度部门整体支出绩效自评报告\n全年支出100万元。")).isEqualTo("中共桃源县委宣传部");
    assertThat(nameAtHead("桃源县卫健委单位整体支出绩效自评报告\n全年支出100万元。")).isEqualTo("桃源县卫健委");
    assertThat(nameAtHead("桃源县2024年度部门整体支出绩效自评报告\n全年支出100万元。")).isNull();
    // a reserve of the province's rank in the county: the county is the one the name opens with, not words after 省
    DocumentView reserve = view("苍屏县鹰嘴山省级自然保护区管理中心2024年度自然保护区管护经费绩效自评报告\n本中心负责保护区管护。苍屏县位于省境西部。\n");
    assertThat(FINDER.find(reserve, title(reserve)).county()).isEqualTo("苍屏县");
  }

  private static String nameAtHead(String text) {
    DocumentView v = view(text);
    return FINDER.find(v, title(v)).name();
  }

  /**
   * A self-evaluation's cover names the unit as 评价单位 (a subdistrict's published report, whose title
   * names none); a third party's evaluation names its firm there, which holds no place of the text.
   */
  @Test
  void theEvaluatingUnitOfASelfEvaluation() {
    DocumentView v = view("部门整体支出绩效评价报告\n评价单位:吉首市乾州街道办事处\n报告时间: 2018 年7月\n为加强乾州街道办事处财政资金管理。");
    var unit = FINDER.find(v, title(v));
    assertThat(unit.name()).isEqualTo("吉首市乾州街道办事处");
    assertThat(unit.evidence().quote()).isEqualTo("吉首市乾州街道办事处");
    DocumentView firm = view("部门整体支出绩效评价报告\n评价单位:湖南天行会计师事务所\n为加强乾州街道办事处财政资金管理。");
    assertThat(FINDER.find(firm, title(firm)).name()).isNull();
  }

  /** A project's form in lines names the unit as its 实施单位, when that holds the place; a firm does not. */
  @Test
  void theImplementingUnitOfAProject() {
    DocumentView v = view("项目支出绩效自评表\n项目名称：委托业务项目\n实施单位：池州市贵池区棠溪镇人民政府\n本项目共申请预算资金90万元。");
    var unit = FINDER.find(v, title(v));
    assertThat(unit.name()).isEqualTo("池州市贵池区棠溪镇人民政府");
    assertThat(unit.evidence().quote()).isEqualTo("池州市贵池区棠溪镇人民政府");
    DocumentView firm = view("项目支出绩效自评表\n实施单位：安徽某某建设有限公司\n棠溪镇本项目共申请预算资金90万元。");
    assertThat(FINDER.find(firm, title(firm)).name()).isNull();
  }

  /** A cover's 部门（单位）名称 field names the unit, as 单位名称 and 报告单位 do. */
  @Test
  void aCoversUnitField() {
    DocumentView reporting = view("2024年度防汛抗旱物资储备经费绩效自评报告\n报告单位：青溪县水利局（县防汛抗旱指挥部办公室）\n全年支出100万元。");
    assertThat(FINDER.find(reporting, title(reporting)).name()).isEqualTo("青溪县水利局（县防汛抗旱指挥部办公室）");
    DocumentView v = view("2024年度部门整体支出绩效自评报告\n部门（单位）名称：  郑家驿镇人民政府   \n郑家驿镇全年支出100万元。");
    var unit = FINDER.find(v, title(v));
    assertThat(unit.name()).isEqualTo("郑家驿镇人民政府");
    assertThat(unit.evidence().quote()).isEqualTo("郑家驿镇人民政府");
  }

  /** A title set in two lines names the unit on its first. */
  @Test
  void aTitleInTwoLinesNamesTheUnitOnItsFirst() {
    DocumentView v = view("附件\n\n桃源县郑家驿镇人民政府\n\n2024年度整体支出绩效自评报告\n郑家驿镇全年支出100万元。");
    TitleFinder.Title t = title(v);
    assertThat(t.original(v)).isEqualTo("桃源县郑家驿镇人民政府2024年度整体支出绩效自评报告");
    var unit = FINDER.find(v, t);
    assertThat(unit.name()).isEqualTo("桃源县郑家驿镇人民政府");
    assertThat(unit.evidence().start()).isEqualTo(4);
  }

  /**
   * A title without a unit has its unit in the line just below (or above) it, alone: that line
   * names the unit when it holds the place resolved; a line of another place, or a sentence, does not.
   */
  @Test
  void aUnitAloneInTheLineBesideTheTitle() {
    DocumentView below = view("2019年部门整体支出绩效评价报告\n\n益阳市赫山区城市管理和综合执法局\n\n一、基本情况\n区城管执法局现有人员1894人。");
    var unit = FINDER.find(below, title(below));
    assertThat(unit.name()).isEqualTo("益阳市赫山区城市管理和综合执法局");
    assertThat(unit.evidence().quote()).isEqualTo("益阳市赫山区城市管理和综合执法局");
    assertThat(unit.county()).isEqualTo("赫山区");

    DocumentView above = view("下桥镇人民政府\n2024年度部门整体支出绩效自评报告\n一、单位基本情况\n下桥镇全年支出100万元。");
    assertThat(FINDER.find(above, title(above)).name()).isEqualTo("下桥镇人民政府");

    DocumentView another = view("2024年度部门整体支出绩效自评报告\n徐闻县财政局\n一、单位基本情况\n下桥镇全年支出100万元。");
    assertThat(FINDER.find(another, title(another)).name()).isNull();
    DocumentView publisher = view("2024年度部门整体支出绩效自评报告\n徐闻县财政局\n一、单位基本情况\n徐闻县下桥镇全年支出100万元。");
    assertThat(FINDER.find(publisher, title(publisher)).name()).as("a finance bureau publishing a township's report").isNull();
    DocumentView site = view("徐闻县人民政府门户网站\n2024年度养老服务补助资金绩效自评报告\n徐闻县下桥镇全年支出100万元，徐闻县民政局负责。");
    assertThat(FINDER.find(site, title(site)).name()).as("a web page's site").isNull();
    DocumentView sentence = view("2024年度部门整体支出绩效自评报告\n下桥镇全年支出100万元，由下桥镇财政所\n");
    assertThat(FINDER.find(sentence, title(sentence)).name()).isNull();
  }

  /** A report written as a letter is signed by its unit above its date; a sentence or another place's unit there is not the unit. */
  @Test
  void theUnitThatSignsTheReport() {
    DocumentView signed = view("现将2024年祖师庙镇仰天洼社区产业设施配套项目绩效目标自评报告如下:\n一、资金投入情况\n下达建设资金56万元。\n"
        + "固始县祖师庙镇人民政府\n2025年12月30日\n");
    var unit = FINDER.find(signed, title(signed));
    assertThat(unit.name()).isEqualTo("固始县祖师庙镇人民政府");
    assertThat(unit.evidence().quote()).isEqualTo("固始县祖师庙镇人民政府");

    DocumentView county = view("现将祖师庙镇项目绩效目标自评报告如下:\n下达建设资金56万元。\n固始县财政局\n2025年12月30日\n");
    assertThat(FINDER.find(county, title(county)).name()).isNull();
    DocumentView sentence = view("现将祖师庙镇项目绩效目标自评报告如下:\n下达建设资金56万元,由祖师庙镇财政所\n2025年12月30日\n");
    assertThat(FINDER.find(sentence, title(sentence)).name()).isNull();
  }

  /** A title that opens with an office of an autonomous prefecture, by the prefecture's short name, names the unit. */
  @Test
  void aPrefecturesOfficeByThePrefecturesShortName() {
    DocumentView v = view("红河州数据发展中心2024年度项目支出绩效单位自评报告\n一、基本情况\n州数据发展中心实施项目共15个。");
    var unit = FINDER.find(v, title(v));
    assertThat(unit.name()).isEqualTo("红河州数据发展中心");
    assertThat(unit.city()).isEqualTo("红河哈尼族彝族自治州");
  }

  /**
   * A unit at the head of the title whose place is above the one the body names is the unit, at its
   * own level: a prefecture's centre whose hall stands in a county, a county's bureau whose project
   * is in a township. A title that names the deeper place keeps it (徐闻县人民政府关于下桥镇…, above).
   */
  @Test
  void aUnitAboveThePlaceItsReportIsAbout() {
    DocumentView prefecture = view("红河州数据发展中心2024年度项目支出绩效单位自评报告\n一、基本情况\n展厅位于蒙自市红河文化广场红河展览馆一楼。");
    var centre = FINDER.find(prefecture, title(prefecture));
    assertThat(centre.name()).isEqualTo("红河州数据发展中心");
    assertThat(centre.city()).isEqualTo("红河哈尼族彝族自治州");
    assertThat(centre.county()).isNull();
    assertThat(centre.divisionCode()).isNull();

    DocumentView county = view("桃源县农业农村局2024年度项目支出绩效自评报告\n项目实施地点为郑家驿镇,全年支出100万元。");
    var bureau = FINDER.find(county, title(county));
    assertThat(bureau.name()).isEqualTo("桃源县农业农村局");
    assertThat(bureau.county()).isEqualTo("桃源县");
    assertThat(bureau.township()).isNull();
    assertThat(bureau.divisionCode()).isNull();

    DocumentView elsewhere = view("徐闻县财政局2024年度部门整体支出绩效自评报告\n项目实施地点为桃源县郑家驿镇。");
    assertThat(FINDER.find(elsewhere, title(elsewhere)).name()).isNull();
  }

  /**
   * A county's bureau whose project covers townships names itself beside its title or signs its report, and the township named
   * most is only where it works: the unit is the bureau, at its county, from the list when the list knows the county and as the
   * name writes it when not. The text must bear the name out (我局, or its kind again); a township that speaks of itself (我镇),
   * a government above the title and a title naming the township keep the township.
   */
  @Test
  void aCountysBureauWhoseProjectCoversTownships() {
    String body = "\n2023年度农村饮水安全巩固提升工程项目绩效自评报告\n一、基本情况\n我局组织实施农村饮水安全巩固提升工程，覆盖郑家驿镇、"
        + "热市镇、郑家驿镇的十个行政村。郑家驿镇新建水厂一座。\n";
    var listed = FINDER.find(view("桃源县水利局" + body), title(view("桃源县水利局" + body)));
    assertThat(listed.name()).isEqualTo("桃源县水利局");
    assertThat(listed.evidence().quote()).isEqualTo("桃源县水利局");
    assertThat(listed.township()).isNull();
    assertThat(listed.county()).isEqualTo("桃源县");
    assertThat(listed.city()).isEqualTo("常德市");

    DocumentView unlisted = view("青溪县水利局" + body);
    var asWritten = FINDER.find(unlisted, title(unlisted));
    assertThat(asWritten.name()).isEqualTo("青溪县水利局");
    assertThat(asWritten.county()).isEqualTo("青溪县");
    assertThat(asWritten.township()).isNull();
    assertThat(asWritten.candidates()).isEmpty();

    DocumentView signed = view(body.substring(1).replace("我局", "县水利局") + "青溪县水利局\n2024年2月20日\n");
    assertThat(FINDER.find(signed, title(signed)).name()).isEqualTo("青溪县水利局");
    DocumentView together = view(body.substring(1).replace("我局", "县水利局") + "青溪县水利局\n青溪县财政局\n2024年2月20日\n");
    assertThat(FINDER.find(together, title(together)).name()).as("the first of two signing together").isEqualTo("青溪县水利局");

    DocumentView inside = view("祁丰县林业和草原局" + body);
    assertThat(FINDER.find(inside, title(inside)).county()).as("丰县 is inside 祁丰县, not its county").isEqualTo("祁丰县");

    DocumentView township = view("青溪县水利局" + body + "我镇高度重视。\n");
    assertThat(FINDER.find(township, title(township)).township()).isEqualTo("郑家驿镇");
    DocumentView publisher = view(body.substring(1).replaceFirst("\n", "\n桃源县人民政府\n") + "项目经县人民政府批复实施。\n");
    assertThat(FINDER.find(publisher, title(publisher)).name()).as("a government beside the title publishes the report").isNull();
    DocumentView named = view("青溪县水利局\n郑家驿镇2023年度农村饮水安全巩固提升工程项目绩效自评报告\n我局组织实施。郑家驿镇新建水厂一座。\n");
    assertThat(FINDER.find(named, title(named)).township()).isEqualTo("郑家驿镇");
    DocumentView field = view(body.substring(1).replaceFirst("\n", "\n填报单位：青溪县水利局\n").replace("我局", "县水利局"));
    var filled = FINDER.find(field, title(field));
    assertThat(filled.name()).isEqualTo("青溪县水利局");
    assertThat(filled.county()).as("a field's unit needs no more bearing out").isEqualTo("青溪县");
    assertThat(filled.township()).isNull();

    DocumentView silent = view("青溪县财政局" + body.replace("我局", "县水利局"));
    assertThat(FINDER.find(silent, title(silent)).name()).as("the text never speaks of a 财政局").isNull();
  }

  /**
   * A title that opens with its county and year is the county's report, though its text names a township the fund went to more
   * often: the unit is the county, from the list when the list knows it, else as written, with the title's county as evidence. A
   * title naming the township after its county, or opening with a 市 the list does not know, keeps the township.
   */
  @Test
  void aTitleOpeningWithItsCountyAndYearIsTheCountys() {
    String body = "\n一、基本情况\n资金分配到郑家驿镇、热市镇。郑家驿镇完成油茶低改1200亩，郑家驿镇验收合格。\n";
    DocumentView listed = view("桃源县2024年度油茶产业发展专项资金绩效自评报告" + body);
    var county = FINDER.find(listed, title(listed));
    assertThat(county.township()).isNull();
    assertThat(county.county()).isEqualTo("桃源县");
    assertThat(county.city()).isEqualTo("常德市");
    assertThat(county.evidence().quote()).isEqualTo("桃源县");
    assertThat(county.name()).isNull();

    DocumentView unlisted = view("渌川县2024年度油茶产业发展专项资金绩效自评报告" + body);
    var written = FINDER.find(unlisted, title(unlisted));
    assertThat(written.township()).isNull();
    assertThat(written.county()).isEqualTo("渌川县");
    assertThat(written.candidates()).isEmpty();

    DocumentView township = view("桃源县郑家驿镇2024年度油茶产业发展专项资金绩效自评报告" + body);
    assertThat(FINDER.find(township, title(township)).township()).isEqualTo("郑家驿镇");
    DocumentView city = view("渌川市2024年度油茶产业发展专项资金绩效自评报告" + body);
    assertThat(FINDER.find(city, title(city)).township()).isEqualTo("郑家驿镇");
  }

  /**
   * A county's bureau at the head of its title, of a county the list does not know, whose text names that county again (临江县民政局
   * 2024年度…; 2024年，临江县统筹安排…): the unit, though the text names a township; "by township" (资金分乡镇发放) names none; and a
   * title's head runs to no year (枫林县青石镇2024年综合文化站项目… names no unit).
   */
  @Test
  void aCountysBureauAtTheHeadOfItsTitleWhoseCountyTheTextNames() {
    DocumentView v = view("临江县民政局2024年度城乡居民最低生活保障资金绩效自评报告\n一、基本情况\n2024年，临江县统筹安排低保资金。"
        + "\n农村低保资金分乡镇发放情况：热市镇120户，郑家驿镇98户。\n");
    var unit = FINDER.find(v, title(v));
    assertThat(unit.name()).isEqualTo("临江县民政局");
    assertThat(unit.county()).isEqualTo("临江县");
    assertThat(unit.township()).isNull();
    DocumentView byTownship = view("2024年度城乡居民最低生活保障资金绩效自评报告\n农村低保资金分乡镇发放情况良好。\n");
    assertThat(FINDER.find(byTownship, title(byTownship)).township()).isNull();
    DocumentView year = view("枫林县青石镇2024年综合文化站项目绩效自评报告\n一、基本情况\n青石镇综合文化站实施五个项目。\n");
    assertThat(FINDER.find(year, title(year)).name()).isNull();
  }

  /**
   * A title's head that is a project's own name (乡镇综合文化站项目) is no unit: a unit there writes where it is, or its title goes on as a
   * unit's own report does (…委员会2023年度部门整体支出…).
   */
  @Test
  void aProjectsNameAtTheTitlesHeadIsNoUnit() {
    DocumentView v = view("乡镇综合文化站项目绩效自评报告\n一、基本情况\n乡镇综合文化站覆盖郑家驿镇、热市镇。郑家驿镇乡镇综合文化站新建一座。\n");
    assertThat(FINDER.find(v, title(v)).name()).isNull();
    DocumentView unit = view("中国人民政治协商会议凤岭县委员会\n2023年度部门整体支出绩效自评报告\n一、基本情况\n全年支出100万元。\n"
        + "中国人民政治协商会议凤岭县委员会办公室\n2024年3月20日\n");
    assertThat(FINDER.find(unit, title(unit)).name()).as("a unit's own report after it").isEqualTo("中国人民政治协商会议凤岭县委员会");
  }

  /**
   * A township written after a county the list does not know (云岭县柳溪镇) is that county's, not the list's only 柳溪镇 (of 平泉市):
   * no code, no candidates. A county the list knows before it, by its full or its short name (酉阳县 for 酉阳土家族苗族自治县), or
   * after other words (2024年度桃源县郑家驿镇), completes it as before.
   */
  @Test
  void aTownshipOfACountyTheListDoesNotKnow() {
    DocumentView unlisted = view("云岭县柳溪镇2024年度路灯亮化改造工程项目绩效自评报告\n一、基本情况\n柳溪镇全年支出100万元。\n");
    var unit = FINDER.find(unlisted, title(unlisted));
    assertThat(unit.township()).isEqualTo("柳溪镇");
    assertThat(unit.divisionCode()).isNull();
    assertThat(unit.county()).isNull();
    DocumentView listed = view("平泉市柳溪镇2024年度路灯亮化改造工程项目绩效自评报告\n一、基本情况\n柳溪镇全年支出100万元。\n");
    assertThat(FINDER.find(listed, title(listed)).divisionCode()).isEqualTo("130881111");
    DocumentView shortName = view("酉阳县涂市镇2024年度部门整体支出绩效自评报告\n涂市镇全年支出100万元。\n");
    assertThat(FINDER.find(shortName, title(shortName)).divisionCode()).isEqualTo("500242115");
    DocumentView words = view("2024年度桃源县郑家驿镇人民政府部门整体支出绩效自评报告\n郑家驿镇全年支出100万元。\n");
    assertThat(FINDER.find(words, title(words)).divisionCode()).isEqualTo("430725122");
  }

  /** A township whose official name the script conversion would change (乾 read as 干) is found by that name. */
  @Test
  void aSubdistrictWhoseNameTheConversionWouldChangeIsFound() {
    DocumentView v = view("吉首市乾州街道办事处2017年度部门整体支出绩效评价报告\n2017年度本单位预算总额1520.36万元。");
    var unit = FINDER.find(v, title(v));
    assertThat(unit.township()).isEqualTo("乾州街道");
    assertThat(unit.divisionCode()).isEqualTo("433101004");
    assertThat(unit.name()).isEqualTo("吉首市乾州街道办事处");
  }

  @Test
  void aListThatFailsToLoadFailsTheLookupWithItsOwnException() {
    UnitFinder finder = new UnitFinder(() -> {
      throw new UncheckedIOException(new java.io.IOException("cannot load the bundled division list"));
    });
    assertThatThrownBy(() -> finder.find(view("漕河镇绩效自评报告"), null)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot load the bundled division list");
  }
}
