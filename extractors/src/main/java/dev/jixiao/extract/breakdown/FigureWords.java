package dev.jixiao.extract.breakdown;

import dev.jixiao.extract.GradeWords;
import dev.jixiao.extract.Labels;
import dev.jixiao.extract.project.AmountRole;
import dev.jixiao.extract.statement.IndicatorRoles;
import dev.jixiao.record.Figure;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a figure's label and kind say of it for a breakdown: whether it can be a part or a total at all, and in what
 * measure parts are added up.
 */
final class FigureWords {
  /** A change's words (比上年增加, 同比减少; 减少 alone where a wrapped line cut off 同比). */
  private static final Pattern CHANGE = Pattern.compile("(?:(?:比|较|与|同比|环比).{0,12}?)?(?:增加|增长|上升|提高|减少|下降|降低|节约|节省)了?");
  /** A difference from another amount at a label's end (实有人数比编制数少5人, 较目标多3户): no part of what it is compared with. */
  private static final Pattern DIFFERENCE = Pattern.compile("(?:比|较)[^,，;；]{1,12}?(?:多|少)了?$");

  /** Words that make a label a total's. */
  /** What an amount a clause reckoned is labelled with: it ends so. */
  private static final Pattern RECKONED = Pattern.compile("(?:计|计发|计支付|共支出|共支付|结算)$");
  private static final Pattern TOTAL_WORDS = Pattern.compile("总额|总计|合计|总金额|总支出|总收入|总数");

  /** The levels of government whose money a label may name (县级资金支出, 中央资金): a source of funds. */
  static final String GOVERNMENT_LEVEL = "中央|省级|市级|县级|镇级|乡级|本级";

  /** Words of the most and of the least of some things: 最多, 最高, 最大; 最少, 最低, 最小. */
  static final String MOST = "最(?:多|高|大)";
  static final String LEAST = "最(?:少|低|小)";

  /**
   * Words of an amount per unit: 人均, 亩均, 年均 (均 after a unit, as {@link Labels} reads it), 平均, 每人,
   * 每亩 (not 每年, an amount a year).
   */
  private static final Pattern PER_UNIT =
      Pattern.compile("[" + Labels.PER_UNIT + "]均|平均|每(?:人|户|亩|名|位|岗|生|平方米|公里|吨|笔|个)|单价"
          // or per any unit the label ends with (按每延米1.5万元, 每站每年5万元), not per a period alone (每年: an amount of a year)
          + "|每(?![年月日天季周次])\\p{IsHan}{1,2}(?:每(?:年|月|天))?$"
          // or given to each of a count, right before the amount (对8个乡镇调解中心各奖补1.00万元, 各补助)
          + "|各(?:奖补|补助|补贴|奖励|拨付|安排|资助)(?:资金)?$"
          // or by a standard per anything, times too (按每次300元标准支付96次)
          + "|按每\\p{IsHan}{1,2}$"
          // or what is paid or costs per any unit (每台补贴8,000元, 每座造价9.5万元)
          + "|每(?![年月日天季周次])\\p{IsHan}{1,2}?(?:补贴|补助|奖补|奖励|资助|造价|投资|费用|成本)(?:标准)?$"
          // or a fee per unit named for what it pays (每台安装调试费2,000元, 每台年运维费500元)
          + "|每(?![年月日天季周次])\\p{IsHan}{1,2}?年?\\p{IsHan}{1,4}费$");

  /** What names an amount spent (实际支出, 全年支出总额), not budgeted, left or of another year. */
  private static final Pattern SPENT = Pattern.compile("^(?!.*(?:预算|结余|结转|上年|去年)).*支出");
  /** What is left of a fund, named alone (结余, 结转, 剩余资金, 年末结余). */
  private static final Pattern LEFT_OVER = Pattern.compile("^(?:年末|年底)?(?:结余|结转|剩余|节余)(?:资金)?$");
  /** A kind of spending named alone (group 1: a kind of basic spending). */
  private static final Pattern KIND_OF_SPENDING =
      Pattern.compile("(?:其中|" + Gaps.ITEM_MARK + ")?(?:(人员经费|公用经费)|基本支出|项目支出)");
  /** The budget after its adjustment (调整后预算, 预算调整为). */
  private static final Pattern ADJUSTED = Pattern.compile("调整后.{0,6}预算|调整预算后|预算调整后|调整为[ ]*$");

  /** A comparison's base by its label: 比上年, 较年初, 比预算数, 是上年. */
  private static final Pattern BASE = Pattern.compile("^(?:比|较)(?:(?:19|20)\\d{2}[ ]*年度?)?[^，,。；;\\d]{0,10}$"
      // or the year's the amount is a multiple of (是上年938.73万元的1.2倍)
      + "|^(?:是|为|相当于)" + Labels.EARLIER_YEAR + "的?$"
      // or the subject first (支出总额较上年的1,013.40万元同比增长6.78%, 2024年资金支出较2023年的612.40万元增加…)
      + "|^(?:(?:19|20)\\d{2}[ ]*年度?)?[^，,。；;\\d]{1,10}?(?:比|较)" + Labels.EARLIER_YEAR + "的?$"
      // or the subject named again after the year (全年支出比上年支出440.18万元增长3.24%)
      + "|^[^，,。；;\\d]{0,10}?(支出|收入|预算|资金|经费|投入)(?:比|较)" + Labels.EARLIER_YEAR + "的?\\1$");

  /** A budget named alone (预算, 年初预算为, 调整后预算数), as an aside after an amount spent gives it. */
  private static final Pattern BUDGET_ALONE = Pattern.compile("^(?:年初|调整后|全年)?预算(?:数)?(?:为)?$");
  /** The year before's amount named alone (上年, 去年同期为), as an aside after this year's gives it. */
  private static final Pattern YEAR_BEFORE_ALONE = Pattern.compile("^(?:上年|去年|上一年|上年度)(?:同期)?(?:为|是)?$");

  /** A count's label that bounds it by the score before it (90分以上的6个, 80分（含）至90分的2个): a group's. */
  private static final Pattern ABOVE_OR_BELOW = Pattern.compile("^(?:[(（]?含?[)）]?及?(?:以上|以下))?的?$");
  /** A count's label naming grades (评为“优”“良”的项目, 等级为“良”的): the projects of those grades. */
  private static final Pattern GRADED = Pattern.compile(GradeWords.SOME_BY_GRADE);

  private FigureWords() {}

  /**
   * A count of a group of the whole: bounded by the score right before it (九个项目中，90分以上的6个，80分（含）至90分的2个) or named by
   * grades (评为“优”“良”的项目共22个). A classification after it (按等级统计，评为“优”的6个…; 按分数段分：90分以上的16个…) is one of the
   * whole, not of the group.
   */
  static boolean countOfAGroup(Figure before, Figure f) {
    if (!Figure.COUNT.equals(f.kind()) || f.label() == null) {
      return false;
    }
    boolean boundedByAScore = before != null && Figure.NUMBER.equals(before.kind()) && "分".equals(before.unit())
        && ABOVE_OR_BELOW.matcher(f.label().strip()).matches();
    return boundedByAScore || GRADED.matcher(f.label()).find();
  }

  /**
   * The budget after its adjustment, ending the sentence that states the budget and what was added
   * (年初预算18642.35万元，年中追加预算2357.65万元，调整后预算21000.00万元。其中：基本支出…): the budget the
   * year ended with, which the next sentence's 其中 breaks down.
   */
  static boolean adjusted(Figure f) {
    return Figure.MONEY.equals(f.kind()) && f.label() != null && ADJUSTED.matcher(f.label()).find();
  }

  /** An amount of the budget before its adjustment (年初预算, 年初预算数). */
  static boolean yearStart(Figure f) {
    return Figure.MONEY.equals(f.kind()) && f.label() != null && f.label().contains("年初预算");
  }

  /**
   * Whether an amount is labelled as what a count and a price came to (计74,400元, 按每户20元计2.30万元, 7个月共支出, 计发): the clause
   * reckoned it.
   */
  static boolean isReckoned(Figure f) {
    return RECKONED.matcher(labelOf(f)).find();
  }

  /** A label that names a total of its own (负债总额, 支出合计): no item of another's list. */
  static boolean namesATotal(Figure f) {
    return f.label() != null && TOTAL_WORDS.matcher(f.label()).find();
  }

  /** The amount a comparison states as its base (比上年的2251.40万元, 较年初2580.00万元): no amount of the sentence's own. */
  static boolean isBase(Figure f) {
    return Figure.MONEY.equals(f.kind()) && f.label() != null && mayNameABase(f.label()) && BASE.matcher(f.label().strip()).matches();
  }

  /**
   * An amount labelled only as the year before's (上年1.25万元): in parentheses after an amount (公务接待费1.06万元（上年1.25万元）)
   * it is what that amount was a year before, not a part of it.
   */
  static boolean yearBeforeAlone(Figure f) {
    return f.label() != null && YEAR_BEFORE_ALONE.matcher(f.label().strip()).matches();
  }

  /**
   * An amount labelled only as a budget (预算451.56万元, 年初预算60.80万元): in parentheses after an amount spent (人员经费450.12万元（预算
   * 451.56万元）) it is what that amount was budgeted, not a part of it.
   */
  static boolean budgetAlone(Figure f) {
    return f.label() != null && BUDGET_ALONE.matcher(f.label().strip()).matches();
  }

  static AmountRole role(Figure f) {
    return f.label() == null ? null : AmountRole.of(f.label());
  }

  /** Whether a label names a change anywhere in it (基本支出减少), not only as the whole of it. */
  static boolean namesAChange(Figure f) {
    return f.label() != null && CHANGE.matcher(f.label()).find();
  }

  static boolean isChange(Figure f) {
    return f.label() != null && endsWithAChangeWord(f.label()) && CHANGE.matcher(f.label()).matches();
  }

  /**
   * Money and counts add up; shares and scores are not parts of one another, nor the target a completion rate is of (其中：…13次，
   * 完成年度目标45次的120.00%), and neither is a
   * change from the year before (基本支出1140.27万元，比上年增加100万元) nor the year before's amount
   * it is compared with (公务接待费2.35万元，较上年3.10万元下降24.19%), nor a difference from another amount (实有人数比编制数少5人): no
   * part and no total. Nor is a factor of a product
   * (84套×9,600元=80.64万元; 补助资金＝完成造林面积×500元＋…).
   */
  static boolean summable(Figure f) {
    return (Figure.MONEY.equals(f.kind()) || Figure.COUNT.equals(f.kind())) && f.op() == null
        && (f.label() == null || !isChange(f) && !namesADifference(f.label()) && !perUnit(f) && !isBase(f)
            && !IndicatorRoles.shareOfATarget(f.label()) && !Labels.endsWithAFactorSign(f.label()));
  }

  // The tests below are each true of every label its pattern accepts and of few others. Every breakdown asks these questions
  // of every figure many times over, and the patterns' scans were a fifth of an extraction's time (JFR, C1).

  /** Whether a label ends as {@link #CHANGE} must: with the last character of its words, or 了. */
  private static boolean endsWithAChangeWord(String label) {
    return !label.isEmpty() && "加长升高少降低约省了".indexOf(label.charAt(label.length() - 1)) >= 0;
  }

  private static boolean namesADifference(String label) {
    return !label.isEmpty() && "多少了".indexOf(label.charAt(label.length() - 1)) >= 0 && DIFFERENCE.matcher(label).find();
  }

  /** Whether a label holds a word each of {@link #BASE}'s forms starts with or holds (比, 较, 是, 为, 相当于). */
  private static boolean mayNameABase(String label) {
    return label.indexOf('比') >= 0 || label.indexOf('较') >= 0 || label.indexOf('是') >= 0 || label.indexOf('为') >= 0
        || label.contains("相当于");
  }

  /** Whether a label holds a character every one of {@link #PER_UNIT}'s words holds (均, 每) or 单价. */
  private static boolean mayBePerUnit(String label) {
    return label.indexOf('均') >= 0 || label.indexOf('每') >= 0 || label.contains("单价") || label.indexOf('各') >= 0;
  }

  /**
   * An amount or a count per unit (亩均投资2000元, 每人每月补贴500元, 中标单价2,958.00元, 平均每村84盏, 各奖补1.00万元): a rate, which
   * nothing adds up to.
   */
  static boolean perUnit(Figure f) {
    return (Figure.MONEY.equals(f.kind()) || Figure.COUNT.equals(f.kind())) && f.label() != null && mayBePerUnit(f.label())
        && PER_UNIT.matcher(f.label()).find();
  }

  /**
   * What a part must be counted in to be of a total: money in any unit; people in ones or in 万
   * (受益群众2.36万人，其中脱贫人口4120人).
   */
  static String unitKey(Figure f) {
    if (Figure.MONEY.equals(f.kind())) {
      return "money";
    }
    String unit = f.unit().length() > 1 && f.unit().startsWith("万") ? f.unit().substring(1) : f.unit();
    // people are counted in 人, 名 or 位 alike (为313名优抚对象…，其中：在乡老复员军人12人…), but posts (编制40名, 空编4名) are
    // no people: 实有人员68人，其中行政人员29人，事业人员39人，空编4名 has two parts
    boolean posts = f.label() != null && f.label().contains("编");
    if (posts && (f.label().contains("空编") || f.label().contains("缺编") || f.label().contains("超编"))) {
      return "空编"; // vacant posts (实有人数64人，其中行政人员22人、事业人员42人，空编4人) are no people, in whatever unit
    }
    return (unit.equals("名") || unit.equals("位")) && !posts ? "人" : unit;
  }

  /** What a figure adds to a sum of its kind: money in 元, anything else as written in its unit. */
  static BigDecimal amount(Figure f) {
    return f.yuan() != null ? f.yuan() : f.value();
  }

  /** What the figures at {@code at} add up to, each as {@link #amount} has it. */
  static BigDecimal sum(List<Figure> figures, List<Integer> at) {
    return at.stream().map(k -> amount(figures.get(k))).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * The spending a kind of spending named alone is a part of: 基本支出 for 人员经费 and 公用经费, 支出 for 基本支出 and 项目支出
   * (numbered, marked —— or after 其中 or not); null for any other figure.
   */
  static String spendingItIsAKindOf(Figure f) {
    Matcher m = KIND_OF_SPENDING.matcher(labelOf(f));
    return !Figure.MONEY.equals(f.kind()) || !m.matches() ? null : m.group(1) != null ? "基本支出" : "支出";
  }

  /** Whether the figure's label names money spent (实际支出, 全年支出总额), not budgeted, left or of another year. */
  static boolean namesSpending(Figure f) {
    return Figure.MONEY.equals(f.kind()) && SPENT.matcher(labelOf(f)).find();
  }

  /** Whether the figure is named as what is left of a fund (结余, 结转, 剩余资金), not as any part of it spent. */
  static boolean leftOver(Figure f) {
    return LEFT_OVER.matcher(labelOf(f)).find();
  }

  static String labelOf(Figure f) {
    return f.label() == null ? "" : f.label().strip();
  }
}
