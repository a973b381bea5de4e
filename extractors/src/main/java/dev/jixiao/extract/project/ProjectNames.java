package dev.jixiao.extract.project;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Whether words can be a project's name rather than a report-level subject (年度总, 部门, 整体…). */
final class ProjectNames {
  private static final Set<String> GENERIC = Set.of("年度", "全年", "本年", "当年", "部门", "单位", "整体", "本级", "全镇", "我镇", "项目", "总", "年度总",
      "部门年初", "年初", "资金", "财政", "本部门", "本单位", "上级", "中央", "省级", "市级", "县级", "区级", "镇级", "乡级", "上年",
      "项目年度", "项目全年", "项目本年度", "项目当年",
      // the unit itself, by what it is (2024年医院年初预算12,180.00万元; an archive's or a library's 2024年我馆年初预算478.60万元)
      "医院", "本院", "我院", "全院", "学校", "本校", "我校", "全校", "中心", "本中心", "我中心", "本站", "我站", "本所", "我所", "本局", "我局",
      "本馆", "我馆", "全馆");
  /**
   * The kinds of a unit's spending in its final accounts (基本支出, 人员经费, 公用经费…): a sentence of
   * one's budget, spending and rate accounts for a kind, not a project. Only these names whole: a
   * project may well be named 村级组织办公经费.
   */
  private static final Set<String> SPENDING_KINDS = Set.of("基本支出", "项目支出", "人员经费", "人员支出", "公用经费", "日常公用经费",
      "公用支出", "工资福利支出", "商品和服务支出", "对个人和家庭的补助", "机关运行经费", "办公经费",
      // and what a department reports of all its purchases (全年政府采购预算…，实际采购金额…)
      "政府采购");
  /** When the kind is of: 全年政府采购 is 政府采购. */
  private static final Pattern YEAR_WORD = Pattern.compile("^(?:全年|本年度?|当年|年度)");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  /**
   * Words that make a phrase a statement about projects ("共涉及62个预算项目", "我县共实施…项目46个"), not a project's
   * name.
   */
  private static final Pattern COUNTING = Pattern.compile("共计|共有|涉及|合计|总计|共[ ]*\\d|共(?:实施|安排|下达|建设|完成)|\\d+[ ]*个$");

  /**
   * A budget system's project code before the name, as Sichuan's forms write it
   * (51000021R000000019951-工资性支出, 51092324T000010263357-2023年全县…): eight or more letters and
   * digits, six of them digits at least, and a dash or colon.
   */
  private static final Pattern CODE = Pattern.compile("(?=(?:[A-Za-z]*\\d){6})[0-9A-Za-z]{8,}\\s*[-_—－:：]\\s*(?=\\p{IsHan}|\\d{4}\\s*年)");

  /**
   * The 三公经费 (also written “三公”经费) and its kinds of spending, which reports list in their own
   * numbered lines (1.因公出国（境）费：0万元): no project.
   */
  private static final Pattern EXPENSE_CATEGORY = Pattern.compile("[\"“]?(?:三公[\"”]?经费|因公出国|公务用车|公务接待)"
      // or a department's spending by its kinds (基本支出 · 人员经费 · 公用经费 · 项目支出), no projects either
      + "|(?:基本支出|项目支出|人员经费|公用经费)$");

  /** Words of a plan alone (2025年计划安排预算…, 拟安排资金…): next year's money, no project's name. */
  private static final Pattern PLAN_ONLY = Pattern.compile("^(?:下一步|下一年度?|明年)?(?:计划|拟|预计)(?:安排|投入|下达)?$");

  /**
   * A report's words for the one project or fund it is about (本项目共申请预算资金90万元, 2024年该专项资金预算175.00万元): its totals, not a
   * project of its own.
   */
  private static final Pattern THIS_PROJECT = Pattern.compile("(?:本|该|此)(?:项目|专项|项资金|笔资金)");

  /** Money named alone, of the year or not (项目资金, 2023年度项目资金, 专项经费): the report's own, no project's name. */
  private static final Pattern MONEY_ALONE = Pattern.compile("^(?:(?:19|20)\\d{2}年度?)?(?:本年度?|全年|年度)?(?:项目|专项)?(?:资金|经费)$");

  /** A paragraph's point by its number (一是, 二是). */
  private static final Pattern POINT = Pattern.compile("[一二三四五六七八九十]{1,2}是");

  private ProjectNames() {}

  /** Where the name begins after a budget system's code that opens it ({@link #CODE}); {@code start} when none does. */
  static int afterCode(String text, int start, int end) {
    Matcher m = CODE.matcher(text).region(start, end);
    return m.lookingAt() ? m.end() : start;
  }

  /** The name span without enclosing book-title marks: 《X》 names X. */
  static int[] unquoted(String text, int start, int end) {
    if (end - start > 2 && text.charAt(start) == '《' && text.charAt(end - 1) == '》') {
      return new int[] {start + 1, end - 1};
    }
    return new int[] {start, end};
  }

  /**
   * Whether a name is one of the 三公经费's kinds (因公出国（境）费, 公务接待费, 公务用车运行维护费) or the 三公经费, or a kind of a
   * department's spending (基本支出, 项目支出).
   */
  static boolean namesExpenseCategory(String name) {
    return EXPENSE_CATEGORY.matcher(name.strip()).lookingAt();
  }

  /**
   * What the year did to the budget, named alone (年中追加预算412.50万元, 年度执行中追加, 调减, 以调整后预算…为基数), or words that end
   * with the budget's state, not with a project's name (分季度支出进度（累计执行率按调整后预算273.20万元计算）): no project.
   */
  private static final Pattern ADJUSTMENT_ALONE = Pattern.compile(
      "^(?:年中|年内|年初|年末|全年|年度中|(?:年度)?执行(?:过程)?中)?(?:追加|调增|调减|调整|压减|核减)$|^(?:以|按)(?:调整后|调整前|年初)$"
          + "|.*(?:调整后|调整前)");
  /**
   * A unit named alone by its short name (县残联年初预算1,286.40万元, 县民政局, 镇政府): the unit's own budget, which a project's name
   * would not stop at.
   */
  private static final Pattern UNIT_ALONE = Pattern.compile("^(?:县|市|区|镇|乡)\\p{IsHan}{0,4}?(?:局|委|办|联|政府)$");
  /**
   * What the year-start budget was given as (年初下达专项资金预算1287.11万元; by whom: 县财政2023年年初安排残疾人就业保障金支出预算), the
   * reckoning of a rate (如按年初预算600.00万元计算), a
   * target (广告及技术服务收入达到年初预算286.00万元), which projects (纳入评价的项目年初预算48,672.50万元: a clause ending in 的 says
   * which, no name does): words around money, no project's name.
   */
  private static final Pattern NO_PROJECT_WORDS = Pattern.compile(
      "(?:\\p{IsHan}{0,4}?财政局?)?(?:(?:19|20)\\d{2}年度?)?年初(?:下达|安排|批复)\\p{IsHan}{0,16}|(?:如|若)?按|.+(?:达到|实现)|.+的");
  /**
   * A time of the year alone (2024年初, 年底, 2023年上半年), or with the unit whose money it is (年初部门): when, not what
   * (2024年初安排资金1.24亿元 states the fund's budget, 2024年年初部门预算4,826.35万元 the department's).
   */
  private static final Pattern TIME_ALONE =
      Pattern.compile("^(?:(?:19|20)\\d{2}[ ]?年度?)?(?:年)?(?:初|末|底|中|内|上半年|下半年|第[一二三四1-4]季度)(?:部门|单位|本级)?$");

  /**
   * Whether a name can be a project's; a unit's income (本年收入, 财政拨款收入, 其他收入) is not: projects are spent. Nor is a
   * paragraph's point (一是加大资金投入): its number is no part of a name, and a run of points that name projects is
   * {@link InlineNumberedEntries}'s. Nor is money named alone (2023年度项目资金预算数为86.00万元 states the report's budget), nor a
   * time of the year alone, nor a unit, nor what the year did to the budget.
   */
  static boolean plausible(String name) {
    String n = name.strip();
    return n.length() >= 2 && n.length() <= 80 && HAN.matcher(n).find() && !GENERIC.contains(n)
        && !SPENDING_KINDS.contains(YEAR_WORD.matcher(n).replaceFirst(""))
        && !n.endsWith("总") && !n.endsWith("收入") && !COUNTING.matcher(n).find() && !n.startsWith("其中")
        && !EXPENSE_CATEGORY.matcher(n).lookingAt() && !THIS_PROJECT.matcher(n).lookingAt() && !PLAN_ONLY.matcher(n).matches()
        && !POINT.matcher(n).lookingAt() && !MONEY_ALONE.matcher(n).matches() && !TIME_ALONE.matcher(n).matches()
        && !UNIT_ALONE.matcher(n).matches() && !ADJUSTMENT_ALONE.matcher(n).matches() && !NO_PROJECT_WORDS.matcher(n).matches();
  }
}
