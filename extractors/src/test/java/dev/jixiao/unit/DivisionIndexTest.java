package dev.jixiao.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jixiao.record.DivisionRef;
import dev.jixiao.unit.Division.Level;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DivisionIndexTest {

  private final DivisionIndex index = DivisionIndex.bundled();

  @Test
  void bundledListHasEveryLevelInFull() {
    assertThat(index.all(Level.PROVINCE)).hasSize(31);
    assertThat(index.all(Level.CITY)).hasSize(342);
    assertThat(index.all(Level.COUNTY)).hasSize(2978);
    assertThat(index.all(Level.TOWNSHIP)).hasSize(41352);
  }

  @Test
  void bundledIsOneSharedInstance() {
    assertThat(DivisionIndex.bundled()).isSameAs(index);
  }

  @Test
  void townshipsByExactNameResolveToTheirDivisions() {
    assertThat(refs(index.townships("南屯镇")))
        .containsExactly(
            new DivisionRef("130630107", "河北省", "保定市", "涞源县", "南屯镇"),
            new DivisionRef("659006108", "新疆维吾尔自治区", "自治区直辖县级行政区划", "铁门关市", "南屯镇"));
    assertThat(refs(index.townships("漕河镇")))
        .containsExactly(
            new DivisionRef("130609106", "河北省", "保定市", "徐水区", "漕河镇"),
            new DivisionRef("370812107", "山东省", "济宁市", "兖州区", "漕河镇"),
            new DivisionRef("421126100", "湖北省", "黄冈市", "蕲春县", "漕河镇"));
    assertThat(refs(index.townships("古饶镇")))
        .containsExactly(new DivisionRef("340604102", "安徽省", "淮北市", "烈山区", "古饶镇"));
  }

  @Test
  void higherLevelsByName() {
    assertThat(index.counties("桃源县"))
        .containsExactly(new Division(Level.COUNTY, "430725", "桃源县", "湖南省", "常德市", "桃源县", null));
    assertThat(index.counties("鼓楼区")).extracting(Division::code).containsExactly("320106", "320302", "350102", "410204");
    assertThat(index.cities("保定市")).extracting(Division::code).containsExactly("1306");
    assertThat(index.provinces("河北省")).extracting(Division::code).containsExactly("13");
    assertThat(index.counties("桃源县").get(0).toRef()).isEqualTo(new DivisionRef("430725", "湖南省", "常德市", "桃源县", null));
  }

  @Test
  void placeholderNamesAreKeptAsTheListWritesThem() {
    assertThat(index.cities("市辖区")).hasSize(4);
    assertThat(index.cities("自治区直辖县级行政区划")).extracting(Division::code).containsExactly("6590");
    assertThat(index.byCode("659006108")).get().extracting(Division::city).isEqualTo("自治区直辖县级行政区划");
  }

  @Test
  void unknownNamesAndCodesFindNothing() {
    assertThat(index.townships("不存在镇")).isEmpty();
    assertThat(index.townships(null)).isEmpty();
    assertThat(index.byCode("999999999")).isEmpty();
  }

  @Test
  void listsAreImmutable() {
    List<Division> rows = index.townships("漕河镇");
    assertThatThrownBy(() -> rows.add(rows.get(0))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> index.all(Level.PROVINCE).clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void readsSmallListsFromReaders() throws IOException {
    DivisionIndex small =
        DivisionIndex.read(
            new StringReader("code,name\n13,\"河北省\"\n"),
            new StringReader("code,name,provinceCode\n1306,\"保定市\",13\n"),
            new StringReader("code,name,cityCode,provinceCode\n130609,\"徐水区\",1306,13\n"),
            new StringReader("code,name,areaCode,provinceCode,cityCode\n130609106,\"漕河镇\",130609,13,1306\n"));
    assertThat(refs(small.townships("漕河镇")))
        .containsExactly(new DivisionRef("130609106", "河北省", "保定市", "徐水区", "漕河镇"));
  }

  @Test
  void malformedListsFailWithTheFileAndLine() {
    assertThatThrownBy(
            () ->
                DivisionIndex.read(
                    new StringReader("code,name\n13,\"河北省\"\n"),
                    new StringReader("code,name,provinceCode\n1306,\"保定市\",13\n"),
                    new StringReader("code,name,cityCode,provinceCode\n130609,\"徐水区\",1399,13\n"),
                    new StringReader("code,name,areaCode,provinceCode,cityCode\n")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("areas.csv")
        .hasMessageContaining("1399");
    assertThatThrownBy(
            () ->
                DivisionIndex.read(
                    new StringReader("code,name\n13,\"河北省\n"),
                    new StringReader("code,name,provinceCode\n"),
                    new StringReader("code,name,cityCode,provinceCode\n"),
                    new StringReader("code,name,areaCode,provinceCode,cityCode\n")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("provinces.csv line 2");
    assertThatThrownBy(
            () ->
                DivisionIndex.read(
                    new StringReader("id,name\n"),
                    new StringReader("code,name,provinceCode\n"),
                    new StringReader("code,name,cityCode,provinceCode\n"),
                    new StringReader("code,name,areaCode,provinceCode,cityCode\n")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("header");
  }

  @Test
  void loadsFast() throws IOException {
    long t0 = System.nanoTime();
    DivisionIndex fresh = freshBundledCopy();
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.println("DivisionIndex: loaded " + fresh.all(Level.TOWNSHIP).size() + " townships in " + ms + " ms");
    assertThat(ms).isLessThan(5_000);
  }

  static DivisionIndex freshBundledCopy() throws IOException {
    try (var p = reader("provinces.csv");
        var c = reader("cities.csv");
        var a = reader("areas.csv");
        var s = reader("streets.csv")) {
      return DivisionIndex.read(p, c, a, s);
    }
  }

  private static Reader reader(String file) {
    return new InputStreamReader(DivisionIndex.class.getResourceAsStream("divisions/" + file), StandardCharsets.UTF_8);
  }

  private static List<DivisionRef> refs(List<Division> divisions) {
    return divisions.stream().map(Division::toRef).toList();
  }
}
