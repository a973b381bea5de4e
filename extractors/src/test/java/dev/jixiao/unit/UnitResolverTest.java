package dev.jixiao.unit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jixiao.record.DivisionRef;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitResolverTest {

  private static UnitResolver resolver;

  @BeforeAll
  static void build() {
    long t0 = System.nanoTime();
    resolver = new UnitResolver(DivisionIndex.bundled());
    resolver.resolve("测试", null); // first use loads HanLP's dictionaries
    System.out.println("UnitResolver: index + automaton + HanLP ready in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
  }

  private static Resolution resolve(String text) {
    return resolver.resolve(text, null);
  }

  @Nested
  class Samples {

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "guraozhen-2024.txt       | 烈山区古饶镇绩效自评工作情况总结          | 古饶镇   | 烈山区 | 淮北市 | 安徽省 | 340604102",
          "caohezhen-2023.txt       | 部门年度绩效自评工作报告                  | 漕河镇   | 徐水区 | 保定市 | 河北省 | 130609106",
          "xinzaozhen-2024-ocr.txt  | 部门整体支出债效面评表说明                | 新造镇   | 番禺区 | 广州市 | 广东省 | 440113103",
          "zhengjiayizhen-2024.txt  | 2024年度桃源县郑家驿镇人民政府整体支出绩效自评报告 | 郑家驿镇 | 桃源县 | 常德市 | 湖南省 | 430725122",
        })
    void uniqueTownshipsAreCompletedFromTheList(
        String file, String title, String township, String county, String city, String province, String code) {
      String text = UnitSamples.text(file);
      Resolution r = resolver.resolve(text, title);
      assertThat(r)
          .extracting(
              Resolution::township, Resolution::county, Resolution::city, Resolution::province, Resolution::divisionCode)
          .containsExactly(township, county, city, province, code);
      assertThat(r.candidates()).isEmpty();
      assertThat(text.substring(r.start(), r.end())).isEqualTo(township);
    }

    @Test
    void nantunIsAmbiguousBetweenHebeiAndXinjiang() {
      String text = UnitSamples.text("nantunzhen-2023.md");
      Resolution r = resolver.resolve(text, "南屯镇 2023 年部门年度绩效 自评工作报告");
      assertThat(r.township()).isEqualTo("南屯镇");
      assertThat(r.county()).isNull();
      assertThat(r.city()).isNull();
      assertThat(r.province()).isNull();
      assertThat(r.divisionCode()).isNull();
      assertThat(r.candidates())
          .containsExactly(
              new DivisionRef("130630107", "河北省", "保定市", "涞源县", "南屯镇"),
              new DivisionRef("659006108", "新疆维吾尔自治区", "自治区直辖县级行政区划", "铁门关市", "南屯镇"));
      assertThat(text.substring(r.start(), r.end())).isEqualTo("南屯镇");
    }

    @ParameterizedTest
    @ValueSource(strings = {"guraozhen-2024.txt", "caohezhen-2023.txt", "xinzaozhen-2024-ocr.txt", "zhengjiayizhen-2024.txt", "nantunzhen-2023.md"})
    void agreesWithTheGoldRecord(String file) {
      JsonNode gold = UnitSamples.gold(file.replaceFirst("\\.(txt|md)$", ""));
      JsonNode unit = gold.get("unit");
      Resolution r = resolver.resolve(UnitSamples.text(file), gold.get("title").asText());
      assertThat(r.township()).isEqualTo(textOrNull(unit, "township"));
      assertThat(r.county()).isEqualTo(textOrNull(unit, "county"));
      assertThat(r.city()).isEqualTo(textOrNull(unit, "city"));
      assertThat(r.province()).isEqualTo(textOrNull(unit, "province"));
      assertThat(r.divisionCode()).isEqualTo(textOrNull(unit, "divisionCode"));
      List<DivisionRef> expected = new ArrayList<>();
      if (unit.has("candidates")) {
        for (JsonNode c : unit.get("candidates")) {
          expected.add(
              new DivisionRef(
                  c.get("divisionCode").asText(), c.get("province").asText(), c.get("city").asText(),
                  c.get("county").asText(), c.get("township").asText()));
        }
      }
      assertThat(r.candidates()).containsExactlyElementsOf(expected);
    }

    @Test
    void resolvesTheSameFromManyThreads() throws Exception {
      List<String> files =
          List.of("guraozhen-2024.txt", "caohezhen-2023.txt", "xinzaozhen-2024-ocr.txt", "zhengjiayizhen-2024.txt", "nantunzhen-2023.md");
      List<Resolution> sequential = new ArrayList<>();
      for (String f : files) {
        sequential.add(resolve(UnitSamples.text(f)));
      }
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Resolution>> futures = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
          for (String f : files) {
            futures.add(pool.submit(() -> resolve(UnitSamples.text(f))));
          }
        }
        for (int i = 0; i < futures.size(); i++) {
          assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % files.size()));
        }
      } finally {
        pool.shutdownNow();
      }
    }

    private static String textOrNull(JsonNode node, String field) {
      JsonNode v = node.get(field);
      return v == null || v.isNull() ? null : v.asText();
    }
  }

  @Nested
  class Townships {

    @Test
    void provinceAndCountyBeforeTheTownshipPickOneOfThree() {
      Resolution r = resolve("湖北省蕲春县漕河镇人民政府2024年度部门整体支出绩效自评报告");
      assertThat(r).isEqualTo(new Resolution("漕河镇", "蕲春县", "黄冈市", "湖北省", "421126100", List.of(), 6, 9));
    }

    @Test
    void aTownshipAloneThatExistsThriceStaysOpen() {
      Resolution r = resolve("漕河镇2023年度绩效自评报告");
      assertThat(r.township()).isEqualTo("漕河镇");
      assertThat(r).extracting(Resolution::county, Resolution::city, Resolution::province, Resolution::divisionCode)
          .containsOnlyNulls();
      assertThat(r.candidates()).extracting(DivisionRef::divisionCode)
          .containsExactly("130609106", "370812107", "421126100");
      assertThat(r.start()).isZero();
      assertThat(r.end()).isEqualTo(3);
    }

    @Test
    void nantunAloneHasTwoCandidates() {
      Resolution r = resolve("南屯镇");
      assertThat(r.township()).isEqualTo("南屯镇");
      assertThat(r.divisionCode()).isNull();
      assertThat(r.candidates()).extracting(DivisionRef::divisionCode).containsExactly("130630107", "659006108");
    }

    @Test
    void aProvinceNamedAnywhereDecidesBetweenCandidates() {
      Resolution r = resolve("根据河北省财政厅关于开展绩效自评的通知，南屯镇对2023年度专项资金开展自评。");
      assertThat(r).isEqualTo(new Resolution("南屯镇", "涞源县", "保定市", "河北省", "130630107", List.of(), 20, 23));
    }

    @Test
    void shortenedCountyRightBeforeTheTownshipCounts() {
      assertThat(resolve("蕲春漕河镇人民政府关于2024年度绩效自评的报告").divisionCode()).isEqualTo("421126100");
      // HanLP tags 徐水 as a person's name, so shortened names are not required to carry ns
      assertThat(resolve("保定徐水漕河镇人民政府").divisionCode()).isEqualTo("130609106");
      // the ethnic part of an autonomous county's name may be dropped too: 青龙 for 青龙满族自治县
      assertThat(resolve("青龙安子岭乡人民政府").divisionCode()).isEqualTo("130321211");
    }

    @Test
    void aShortNameInsideAnotherWordDoesNotCount() {
      // 桃源 ends 世外桃源 here; nothing else says which 漕河镇
      Resolution r = resolve("打造世外桃源漕河镇");
      assertThat(r.divisionCode()).isNull();
      assertThat(r.candidates()).hasSize(3);
    }

    /** 和县 after a word is 和 joining two offices of the county (报县卫生健康局和县财政局备案); after its city it is the county. */
    @Test
    void andJoiningTwoOfficesIsNoCounty() {
      assertThat(resolve("（一）本次自评结果将在县政府门户网站公开，接受社会监督，并报县卫生健康局和县财政局备案。").county()).isNull();
      assertThat(resolve("马鞍山市和县卫生健康委员会2024年度部门整体支出绩效自评报告").county()).isEqualTo("和县");
      assertThat(resolve("按照省财政厅、省交通运输厅的分配办法，上级资金切块下达到县，由县交通运输局会同县财政局制定具体发放方案，"
          + "对符合条件的燃油（含油气两用）巡游出租汽车和农村客运车辆给予补贴，纯电动等新能源车辆不在本项补贴范围内。").county()).isNull();
      // (and after a closing quote: a labour arbitration court's report)
      assertThat(resolve("按照《县级部门整体支出绩效自评工作规程》和县财政局的工作安排，仲裁院对2024年度部门整体支出开展了绩效自评。").county())
          .isNull();
    }

    /** The old part of the town the text is about (征收改造老城区棚户区) is no 老城区 of 洛阳市; named after its city it is. */
    @Test
    void thePartsOfATownAreNoDistricts() {
      assertThat(resolve("鹤丘县住房和城乡建设局城镇棚户区改造项目。目标是：通过征收改造老城区棚户区，改善群众居住条件，为老城区有机更新创造了条件。").county())
          .isNull();
      assertThat(resolve("洛阳市老城区住房和城乡建设局2023年度部门整体支出绩效自评报告").county()).isEqualTo("老城区");
    }

    @Test
    void severalCandidatesSharingAStatedProvinceFillOnlyTheProvince() {
      Resolution r = resolve("河北省南孟镇2024年度绩效自评报告");
      assertThat(r)
          .extracting(Resolution::township, Resolution::county, Resolution::city, Resolution::province, Resolution::divisionCode)
          .containsExactly("南孟镇", null, null, "河北省", null);
      assertThat(r.candidates()).extracting(DivisionRef::divisionCode).containsExactly("130109109", "131081101");
    }

    @Test
    void conflictingHintsKeepEveryCandidateTheyLeaveTied() {
      // 河北省 supports the 徐水 漕河镇, 蕲春县 the Hubei one: one point each, so no choice
      Resolution r = resolve("按照河北省有关文件精神，漕河镇与蕲春县开展交流。");
      assertThat(r.divisionCode()).isNull();
      assertThat(r.province()).isNull();
      assertThat(r.candidates()).extracting(DivisionRef::divisionCode).containsExactly("130609106", "421126100");
    }

    @Test
    void theTitleOutweighsTheBody() {
      Resolution r = resolver.resolve("我镇与郑家驿镇、郑家驿镇结对共建。", "古饶镇2024年度绩效自评报告");
      assertThat(r.township()).isEqualTo("古饶镇");
      assertThat(r.divisionCode()).isEqualTo("340604102");
      assertThat(r.start()).isEqualTo(-1); // named only in the title, which is not part of this text
    }

    @Test
    void aNamedOrganOutweighsABareMention() {
      Resolution r = resolve("推进现代化新城镇建设。2024年组织召开6场新造镇人民代表大会。");
      assertThat(r.township()).isEqualTo("新造镇");
      assertThat(r.divisionCode()).isEqualTo("440113103");
    }

    @Test
    void tiesGoToTheEarliestMention() {
      assertThat(resolve("郑家驿镇与古饶镇签订帮扶协议。").township()).isEqualTo("郑家驿镇");
      assertThat(resolve("古饶镇与郑家驿镇签订帮扶协议。").township()).isEqualTo("古饶镇");
    }

    @Test
    void streetAndVillageNamesAreNotTheTownship() {
      assertThat(resolve("沿古饶镇路新建排水管网2公里。").found()).isFalse();
      assertThat(resolve("沿漕河镇大街新建排水管网2公里。").found()).isFalse();
      assertThat(resolve("漕河镇村村委会办公用房维修。").found()).isFalse();
    }

    @Test
    void aNameTheSegmenterGluesToTheFollowingWordStillCounts() {
      // HanLP: 漕河/镇政府, 徐水/区委, 古/饶镇徐 (a person's name swallowing 镇)
      assertThat(resolve("关于漕河镇政府办公用房维修项目的说明").candidates()).hasSize(3);
      assertThat(resolve("根据中共徐水区委组织部的通知，漕河镇落实驻村工作队经费。").divisionCode()).isEqualTo("130609106");
      assertThat(resolve("2024年我镇古饶镇徐龙英抚恤金及丧葬费").divisionCode()).isEqualTo("340604102");
    }

    @Test
    void namesOfTheListAreKeptAsWritten() {
      assertThat(resolve("北京市东城区东华门街道办事处2024年度部门整体支出绩效自评报告"))
          .isEqualTo(new Resolution("东华门街道", "东城区", "市辖区", "北京市", "110101001", List.of(), 6, 11));
      assertThat(resolve("新疆铁门关市南屯镇人民政府"))
          .isEqualTo(new Resolution("南屯镇", "铁门关市", "自治区直辖县级行政区划", "新疆维吾尔自治区", "659006108", List.of(), 6, 9));
    }

    @Test
    void aListedNameUnderAnotherCountyThanWrittenIsNotThatDivision() {
      // the list's only 乌镇 is in 陕西佳县 (桐乡's is listed as 乌镇镇): keep what the text says, no code
      assertThat(resolve("桐乡市乌镇人民政府2024年度绩效自评报告"))
          .isEqualTo(new Resolution("乌镇", "桐乡市", "嘉兴市", "浙江省", null, List.of(), 3, 5));
    }

    @Test
    void anOtherCountyNamedElsewhereDoesNotUnseatAUniqueTownship() {
      Resolution r = resolve("古饶镇人民政府组织干部赴桃源县学习乡村振兴经验。");
      assertThat(r.divisionCode()).isEqualTo("340604102");
      assertThat(r.county()).isEqualTo("烈山区");
    }

    /**
     * A township written alone, in a county the text places it in or names as its government that the list does not know (柳溪镇位于
     * 云岭县东部): not the list's only 柳溪镇 (平泉市), but that county's; a listed county so named, or the list's own county named, keeps
     * the completion.
     */
    @Test
    void aTownshipInAnUnlistedCountyTheTextNames() {
      Resolution r = resolve("柳溪镇2024年度路灯亮化改造工程项目绩效自评报告\n柳溪镇位于云岭县东部，辖十二个行政村。");
      assertThat(r.divisionCode()).isNull();
      assertThat(r.township()).isEqualTo("柳溪镇");
      assertThat(r.county()).isEqualTo("云岭县");
      assertThat(resolve("柳溪镇2024年度路灯亮化改造工程项目绩效自评报告\n主办：云岭县人民政府").county()).isEqualTo("云岭县");
      assertThat(resolve("柳溪镇2024年度路灯亮化改造工程项目绩效自评报告\n柳溪镇位于平泉市东部。").divisionCode()).isEqualTo("130881111");
      assertThat(resolve("柳溪镇2024年度路灯亮化改造工程项目绩效自评报告\n柳溪镇位于云岭县东部，与平泉城区相邻。").divisionCode())
          .as("the list's county named too").isEqualTo("130881111");
    }

    @Test
    void theSpanPointsAtTheFirstMention() {
      String text = "一、概况\n本镇即桃源县郑家驿镇，郑家驿镇政府内设机构6个。";
      Resolution r = resolve(text);
      assertThat(text.substring(r.start(), r.end())).isEqualTo("郑家驿镇");
      assertThat(r.start()).isEqualTo(text.indexOf("郑家驿镇"));
    }
  }

  @Nested
  class Counties {

    @Test
    void aCountyReportIsCompletedFromTheList() {
      Resolution r = resolve("桃源县财政局2024年度部门整体支出绩效自评报告");
      assertThat(r).isEqualTo(new Resolution(null, "桃源县", "常德市", "湖南省", "430725", List.of(), 0, 3));
    }

    @Test
    void anAmbiguousCountyListsItsCandidates() {
      Resolution r = resolve("鼓楼区财政局2024年度部门整体支出绩效自评报告");
      assertThat(r).extracting(Resolution::township, Resolution::county, Resolution::city, Resolution::province, Resolution::divisionCode)
          .containsExactly(null, "鼓楼区", null, null, null);
      assertThat(r.candidates())
          .containsExactly(
              new DivisionRef("320106", "江苏省", "南京市", "鼓楼区", null),
              new DivisionRef("320302", "江苏省", "徐州市", "鼓楼区", null),
              new DivisionRef("350102", "福建省", "福州市", "鼓楼区", null),
              new DivisionRef("410204", "河南省", "开封市", "鼓楼区", null));
    }

    @Test
    void aCityDecidesBetweenCounties() {
      assertThat(resolve("福州市鼓楼区财政局2024年度绩效自评报告").divisionCode()).isEqualTo("350102");
      Resolution jiangsu = resolve("江苏省鼓楼区财政局");
      assertThat(jiangsu.province()).isEqualTo("江苏省");
      assertThat(jiangsu.city()).isNull();
      assertThat(jiangsu.candidates()).extracting(DivisionRef::divisionCode).containsExactly("320106", "320302");
    }
  }

  /** A city's department names no county or township: its city and province are the unit's place, its code the city's. */
  @Nested
  class Cities {

    @Test
    void aCityDepartmentsReportIsCompletedFromTheList() {
      Resolution r = resolve("岳阳市2018年度部门整体支出绩效评价自评报告");
      assertThat(r).isEqualTo(new Resolution(null, null, "岳阳市", "湖南省", "4306", List.of(), 0, 3));
    }

    @Test
    void aCountyNamedBesideTheCityIsStillTheUnit() {
      assertThat(resolve("岳阳市平江县财政局2018年度绩效评价自评报告").county()).isEqualTo("平江县");
    }

    /** An autonomous prefecture or county by the short name it goes by (红河州, 长阳县): its peoples left out. */
    @Test
    void anAutonomousDivisionByItsShortName() {
      Resolution prefecture = resolve("红河州数据发展中心2024年度项目支出绩效单位自评报告");
      assertThat(prefecture.city()).isEqualTo("红河哈尼族彝族自治州");
      assertThat(prefecture.province()).isEqualTo("云南省");
      assertThat(resolve("长阳县财政局2023年度部门整体支出绩效自评报告").county()).isEqualTo("长阳土家族自治县");
    }
  }

  @Nested
  class NothingToFind {

    @Test
    void aTextWithoutPlacesGivesNothing() {
      assertThat(resolve("本单位2024年度预算执行情况良好，项目全部完成，群众满意度较高。")).isEqualTo(Resolution.none());
      assertThat(resolver.resolve("", null)).isEqualTo(Resolution.none());
      assertThat(resolver.resolve("   \n\n", "  ")).isEqualTo(Resolution.none());
    }

    @Test
    void oddCharactersDoNotThrow() {
      assertThat(resolve("\uFFFF\uFFFE\uD83D\uDE00\uF0B7 \u0000漕河").found()).isFalse();
      assertThat(resolve("漕河镇\uFFFF").township()).isEqualTo("漕河镇");
      assertThat(resolve("\u0000\uD83D\uDE00漕河镇\uF0B7\uFFFF").township()).isEqualTo("漕河镇");
    }

    @ParameterizedTest
    @ValueSource(strings = {"市辖区财政局2024年度绩效自评报告", "县财政局2024年度绩效自评报告", "省直辖县级行政区划", "自治区直辖县级行政区划财政局"})
    void placeholderNamesAreNeverPlaces(String text) {
      assertThat(resolve(text)).isEqualTo(Resolution.none());
    }

    @Test
    void placeholderNamesAreNotMentionable() {
      for (Division.Level level : Division.Level.values()) {
        for (String name : List.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "城区")) {
          assertThat(PlaceNames.mentionable(level, name)).as(level + " " + name).isFalse();
        }
      }
      // township-level rows that are no township government, or have no name before the ending
      for (String name : List.of("经济开发区", "红旗农场", "街道", "镇", "县直辖村级区划")) {
        assertThat(PlaceNames.mentionable(Division.Level.TOWNSHIP, name)).as(name).isFalse();
      }
      assertThat(PlaceNames.mentionable(Division.Level.TOWNSHIP, "漕河镇")).isTrue();
      assertThat(PlaceNames.mentionable(Division.Level.TOWNSHIP, "东华门街道")).isTrue();
    }

    @Test
    void countyNamesInsideOtherWordsAreNotCounties() {
      // 成县 and 和县 are real counties, but here they straddle 完成/县委 and 县委/和/县政府
      assertThat(resolve("完成县委交办的各项任务。").found()).isFalse();
      assertThat(resolve("认真落实县委和县政府的决策部署。").found()).isFalse();
      // 新县 inside 新县城
      assertThat(resolve("加快新县城建设。").found()).isFalse();
      // 朝阳区 (Beijing, Changchun) ends inside 区域; 和平乡 (ten of them) inside 乡村
      assertThat(resolve("推进朝阳区域经济协调发展。").found()).isFalse();
      assertThat(resolve("建设和平乡村示范点。").found()).isFalse();
    }
  }
}
