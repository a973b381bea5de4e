package dev.jixiao.extract.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.extract.Extraction;
import org.junit.jupiter.api.Test;

class ProjectNamesTest {
  private static String withoutCode(String name) {
    return name.substring(ProjectNames.afterCode(name, 0, name.length()));
  }

  /** A budget system's code before the name (Sichuan's 51000021R…-工资性支出) is not part of it. */
  @Test
  void aBudgetSystemsCodeBeforeTheNameIsLeftOut() {
    assertThat(withoutCode("51000021R000000019951-工资性支出")).isEqualTo("工资性支出");
    assertThat(withoutCode("34060221T000000012345 — 信访工作经费")).isEqualTo("信访工作经费");
    assertThat(withoutCode("510421240000000012345:村级组织运转经费")).isEqualTo("村级组织运转经费");
    assertThat(withoutCode("51092324T000010263357-2023年全县安可替代补助资金项目")).isEqualTo("2023年全县安可替代补助资金项目");
  }

  /** A year, a short number or a code with nothing after it is the name's own. */
  @Test
  void yearsShortNumbersAndBareCodesStay() {
    assertThat(withoutCode("2022年财政建设补助经费")).isEqualTo("2022年财政建设补助经费");
    assertThat(withoutCode("2024-2025年农村公路养护")).isEqualTo("2024-2025年农村公路养护");
    assertThat(withoutCode("219-池州市贵池区棠溪镇人民政府委托业务")).isEqualTo("219-池州市贵池区棠溪镇人民政府委托业务");
    assertThat(withoutCode("G318ABCDEF-国道养护")).isEqualTo("G318ABCDEF-国道养护"); // three digits: a road, not a code
    assertThat(withoutCode("51000021R000000019951")).isEqualTo("51000021R000000019951");
    assertThat(withoutCode("20230101-20231231期间")).isEqualTo("20230101-20231231期间"); // a date range, no year after it
  }

  /** A unit's purchases over the year are no project, however the year is named; a project may open with 全年. */
  @Test
  void theYearsPurchasesAreNoProject() {
    assertThat(ProjectNames.plausible("全年政府采购")).isFalse();
    assertThat(ProjectNames.plausible("本年度政府采购")).isFalse();
    assertThat(ProjectNames.plausible("政府采购")).isFalse();
    assertThat(ProjectNames.plausible("全年农村公路养护")).isTrue();
    assertThat(ProjectNames.plausible("政府采购服务项目")).isTrue();
  }

  /** A clause ending in 的 says which projects (纳入评价的项目年初预算…), never what one is called; a name may hold 的 inside. */
  @Test
  void whichProjectsIsNoName() {
    assertThat(ProjectNames.plausible("纳入评价的")).isFalse();
    assertThat(ProjectNames.plausible("本年度实施的")).isFalse();
    assertThat(ProjectNames.plausible("乡村振兴的产业路硬化")).isTrue();
  }

  /** The unit named by what it is (2024年医院年初预算…, 我院) is the report's subject, no project. */
  @Test
  void theUnitByWhatItIsIsNoProject() {
    assertThat(ProjectNames.plausible("医院")).isFalse();
    assertThat(ProjectNames.plausible("我校")).isFalse();
    assertThat(ProjectNames.plausible("我馆")).as("an archive or a library").isFalse();
    assertThat(ProjectNames.plausible("医院信息化建设")).isTrue();
  }

  /** A time of the year alone (2024年初安排资金1.24亿元: when the money was given) is no project; a project named with one is. */
  @Test
  void aTimeOfTheYearAloneIsNoProject() {
    assertThat(ProjectNames.plausible("2024年初")).isFalse();
    assertThat(ProjectNames.plausible("年底")).isFalse();
    assertThat(ProjectNames.plausible("2023年下半年")).isFalse();
    assertThat(ProjectNames.plausible("年初部门")).isFalse();
    assertThat(ProjectNames.plausible("2024年初春耕备耕补助")).isTrue();
  }

  /** Words of a plan alone (2025年计划安排预算2600.00万元, a street office's next steps) name next year's money, no project. */
  @Test
  void aPlanAloneIsNoProject() {
    assertThat(ProjectNames.plausible("计划安排")).isFalse();
    assertThat(ProjectNames.plausible("拟安排")).isFalse();
    assertThat(ProjectNames.plausible("计划生育奖励扶助")).isTrue();
    assertThat(Extraction.of("三、主要工作\n（三）下一步计划。2025年计划安排预算2,600.00万元，较2024年增长6.12%，重点支持老旧小区改造。")
        .projects()).isEmpty();
  }

  /** A sentence that counts the projects (我县共实施…项目46个) names none of them. */
  @Test
  void aCountOfProjectsIsNoName() {
    assertThat(ProjectNames.plausible("我县共实施衔接推进乡村振兴补助资金项目46个")).isFalse();
    assertThat(ProjectNames.plausible("全县共安排项目12个")).isFalse();
    assertThat(ProjectNames.plausible("衔接推进乡村振兴补助资金项目")).isTrue();
    assertThat(ProjectNames.plausible("2024年第3批农村公路建设")).isTrue();
  }

  /** A unit alone (2024年县残联年初预算1,286.40万元: its own budget) or what the year did to the budget (年中追加, 以调整后) is no project. */
  @Test
  void aUnitOrWhatTheYearDidToTheBudgetAloneIsNoProject() {
    assertThat(ProjectNames.plausible("县残联")).isFalse();
    assertThat(ProjectNames.plausible("县民政局")).isFalse();
    assertThat(ProjectNames.plausible("镇人民政府")).isFalse();
    assertThat(ProjectNames.plausible("年中追加")).isFalse();
    assertThat(ProjectNames.plausible("年度执行中追加")).isFalse();
    assertThat(ProjectNames.plausible("以调整后")).isFalse();
    assertThat(ProjectNames.plausible("县残疾人托养服务")).isTrue();
    assertThat(ProjectNames.plausible("年中追加困难群众救助资金")).isTrue();
    String budget = "一、基本情况\n2024年%s年初预算1,286.40万元，全部为一般公共预算财政拨款，其中基本支出318.60万元、项目支出967.80万元。";
    assertThat(Extraction.of(budget.formatted("县残联")).projects()).isEmpty();
    assertThat(Extraction.of(budget.formatted("县残疾人托养服务")).projects()).extracting(p -> p.name()).containsExactly("县残疾人托养服务");
  }

  /** A name ending in 调整后 or 调整前 (（累计执行率按调整后预算273.20万元计算）) names the budget the rate is reckoned by, no project. */
  @Test
  void aNameEndingInTheAdjustedBudgetsWordIsNoProject() {
    assertThat(ProjectNames.plausible("累计执行率按调整后")).isFalse();
    assertThat(ProjectNames.plausible("执行率按调整前")).isFalse();
    assertThat(ProjectNames.plausible("预算调整后续管护")).isTrue();
  }

  /**
   * Words around money (年初下达专项资金预算1287.11万元, 如按年初预算600.00万元计算, 广告及技术服务收入达到年初预算286.00万元): how the
   * budget was given, what a rate is reckoned by, a target reached; no project's name.
   */
  @Test
  void wordsAroundMoneyAreNoProject() {
    assertThat(ProjectNames.plausible("年初下达专项资金")).isFalse();
    assertThat(ProjectNames.plausible("如按")).isFalse();
    assertThat(ProjectNames.plausible("广告及技术服务收入达到")).isFalse();
    assertThat(ProjectNames.plausible("大气污染防治专项资金")).isTrue();
    assertThat(ProjectNames.plausible("广告及技术服务平台建设")).isTrue();
  }
}
