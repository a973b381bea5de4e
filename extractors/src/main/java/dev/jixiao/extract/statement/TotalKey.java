package dev.jixiao.extract.statement;

import dev.jixiao.extract.Labels;
import dev.jixiao.text.Quantity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report-level totals a labelled amount can be, recognised by the words of its label. The
 * four fixed ones of the record come first; the others land in {@code totals} under their key.
 */
public enum TotalKey {
  // what was completed (完成) of a budget is what was spent of it: 共完成预算资金89.97万元
  // a department's budget balances, so its income budget (部门收入预算总额, 部门预算收入) is its budget; income alone
  // (本年收入) is not, nor a place's fiscal revenue (一般公共预算收入)
  BUDGET("budget", Quantity.Kind.MONEY, "预算总金额|预算总额|总预算|年初预算支出|年初预算数|年初预算$|年初预算安排(?:\\p{IsHan}{0,8}?(?:经费|资金|补贴|补助))?$"
      + "|预算资金|自评项目总金额|项目总金额|资金总额|全年预算数?$|^(?:年度|全年)预算(?:合计|总计|共计)$"
      + "|收入预算(?:总计|数)?$|部门预算收入(?:总计|总额|合计)?$|^(?:(?:19|20)\\d{2}[ ]?年度?)?(?:年初)?部门预算(?:总额|数|安排)?$"
      // a one-project report's budget (项目预算812.50万元, 项目年度预算680.00万元, 2023年度项目资金预算数, 专项经费预算)
      + "|^(?:(?:19|20)\\d{2}[ ]?年度?)?(?:本)?项目(?:(?:19|20)\\d{2})?(?:年度)?预算(?:数|资金)?(?:共计|合计|总计)?$"
      + "|(?<!公用|人员|办公|运行)(?:资金|经费)预算(?:数|合计|总额|总计)?$"
      // the money of the projects evaluated (对15个项目开展了绩效自评，涉及资金2,368.40万元), and a fund's money for the year with what it
      // carried over (下达…86.40万元，年初结转资金3.60万元，可用资金合计90.00万元)
      // the budget given or reckoned for the work (安排项目预算504.0000万元, 2024年下达补贴资金预算, 测算项目预算, 安排运营补助预算)
      + "|^(?:(?:19|20)\\d{2}[ ]?年度?)?(?:年初)?(?:安排|下达|测算)(?:项目|\\p{IsHan}{0,4}?(?:补贴|补助)|专项)?(?:资金)?预算(?:资金|数)?$"
      // or set at the year's start for the fund by name (年初下达预算660.00万元; 县财政2023年年初安排残疾人就业保障金支出预算326.50万元)
      + "|年初安排\\p{IsHan}{2,16}?支出预算(?:资金|数)?$"
      // a fund's whole for the year, named with its year and nothing said of it (2023年度肉牛产业发展扶持资金共计860.00万元; not what
      // was given of another: 2024年上级下达我县学前教育发展资金)
      + "|^(?:19|20)\\d{2}[ ]?年度?(?![^,，]*?(?:下达|安排|拨付|上级|我县|全县))\\p{IsHan}{2,16}?(?:专项|扶持|发展)资金(?:共计|合计|总额|总计)?$"
      // or the money a fund's treasury pooled for it from every level (县财政统筹中央、省、县三级困难群众临时救助专项资金共1,286.00万元)
      + "|^(?:县|市|区|镇)?财政统筹\\S{2,30}?(?:资金|经费)$"
      + "|^涉及(?:项目)?资金(?:总额|合计)?$|总投资\\(预算\\)$|^(?:(?:19|20)\\d{2}[ ]?年度?)?(?:全年|本年|当年)?可用(?:补贴|补助|专项)?资金(?:合计|总额|总计)?$",
      // nor what spending went past it by (全年支出超出年初预算76.26万元)
      "(?<!部门预算)收入(?!预算)|调整|追加后|结余|结转|执行|完成|财政支出|超出|超过|超支|差额|缺口|"
      + TotalKey.CATEGORY),
  // a project's funds paid out (已完成拨付2113.63万元, 资金支付18501.096万元, 全年审核拨付贴息资金899,900.00元, 累计支付资金4872.96万元, 实际支付工程款, 已拨付补助资金,
  // 全年实际拨付运营补助,
  // 累计拨付项目村288.50万元) are
  // what it spent, and so is what its items spent together (以上三项合计支出4915.44万元) and its projects counted (九个项目累计支出)
  EXPENDITURE("expenditure", Quantity.Kind.MONEY, "总支出|支出资金|决算支出|实际支出|支出总计|支出总额|支出合计|支出总金额"
      // (and the unit's by its own word for itself: 2023年县政协全年支出1,241.80万元, 本单位全年支出; the project's with the year after it:
      // 项目全年支出1,497.88万元)
      + "|^(?:(?:19|20)\\d{2}[ ]?年度?)?(?:本单位|我单位|本部门|我局|我委|我院|我校|我中心|县政协|县人大(?:常委会)?)?(?:全年|年度|本年|当年)?"
      + "(?:[一二两三四五六七八九十\\d]{1,3}个(?=项目))?(?:项目|专项资金|项目资金|部门)?(?:全年|年度|本年|当年)?"
      + "(?:已|累计|已累计|共)?(?:资金)?支出$|完成预算资金$"
      // or the fund's named for what it is (收益分配资金累计支出649.54万元, 截至12月31日，扶持资金支出781.30万元, 全年健身赛事经费支出;
      // not a kind of a unit's spending: 人员经费支出, 公用经费支出)
      + "|^\\p{IsHan}{2,10}?资金(?:已|累计|已累计|全年|实际)?支出$|^\\p{IsHan}{2,10}?(?<!公用|人员|办公|运行|日常|工作)经费(?:已|累计|已累计|实际)?支出$"
      + "|(?:已|完成|累计|实际|资金|审核)(?:拨付|支付)(?:到|至|给)?(?:项目村|各村|村级|项目乡镇|各乡镇|项目单位)?(?:\\p{IsHan}{0,4}?(?:补助|补贴|奖补|贴息))?"
      + "(?:资金|金额|工程款)?$|(?:^|[项笔])合计支出$"
      // a works project's spending is the investment it completed (项目累计完成投资296.74万元, 全年完成投资并支付1,896.35万元)
      + "|^(?:项目)?(?:累计|全年|已)?完成投资(?:额)?(?:并支付)?$"
      // a subsidy's spending is what it paid out (全年实际发放津贴, 累计兑付补贴资金, 支出补贴资金, 累计发放高龄津贴, 2024年全年实际发放补助,
      // 已通过“一卡通”发放补贴资金, 全年兑付农机补贴资金, 2023年共发放租赁补贴, 全县共兑付地力补贴资金, 发放金额)
      + "|^(?:(?:19|20)\\d{2}[ ]?年度?)?(?:全年|年度|本年)?(?:已|累计|实际|共)(?:通过\\S{1,10})?(?:发放|兑付)(?:\\p{IsHan}{0,4}?(?:津贴|补贴|补助|奖补))?"
      + "(?:资金|金额)?$"
      + "|^(?:全县|全年|年度|本年)?(?:共|累计)?兑付\\p{IsHan}{0,4}?(?:补贴|补助|奖补)(?:资金|金额)?$|^发放(?:资金|金额)$"
      + "|^(?:全年|年度|本年)?(?:累计|实际)?支出(?:津贴|补贴|补助|奖补)(?:资金|金额)$"
      // and a fund's is what it passed on (补助资金已全部拨付至财政专户，拨付3752.45万元，拨付率100%), an insurance fund's the premiums
      // (拨付保费302.70万元)
      + "|^拨付(?:资金|金额|保费)?$"
      // and what was executed of its budget (项目资金执行数为82.35万元, 全年预算执行数)
      + "|^(?:(?:19|20)\\d{2}[ ]?年度?)?(?:全年|年度|本年)?(?:项目)?(?:资金|预算)?执行数$",
      // nor one quarter's (第三季度实际拨付311.58万元), nor a sub-project's (农田退水生态拦截子项目支出230.40万元)
      "财政支出|年初|预算支出|基本支出|项目支出$|第[一二三四1-4]季度|子项目|" + TotalKey.CATEGORY),
  EXECUTION_RATE("executionRate", Quantity.Kind.PERCENT, "执行率(?:为)?$|资金支付率$|^支付率$|^(?:资金|预算)?支出率$|^(?:资金|预算)?(?:支出|执行)进度$"
      + "|^(?:资金)?(?:发放|兑付|拨付|使用)率$"
      // or named with the budget it is of (预算执行率按调整后预算计算为98.83%)
      + "|执行率(?:按|以)(?:调整后|年初|全年)?预算(?:数)?(?:计算|为基数)?(?:为)?$"
      // or the spending's share of the budget (全年实际支出1,862.58万元，占调整后预算的96.03%)
      + "|^占(?:调整后|全年|年初)?(?:的)?预算(?:数)?的?$",
      // a rate named for projects is one project's, or the projects' beside the unit's basic spending; but the one project's
      // a report is about is its own (项目预算执行率为90.88%)
      "^(?!(?:本|该)?项目(?:资金)?(?:预算)?执行率$).*(?:项目|专项)"),
  FISCAL_EXPENDITURE("fiscalExpenditure", Quantity.Kind.MONEY, "财政支出总|财政总支出|财政支出合计", "^占"),
  SHARE_OF_FISCAL("shareOfFiscal", Quantity.Kind.PERCENT, "^占.*财政支出", "^$"),
  // or the funds as they stand after it (调整后资金总额7,620.00万元), or the budget the additions came to (年中追加后调整预算为…)
  ADJUSTED_BUDGET("adjustedBudget", Quantity.Kind.MONEY,
      // (not a sub-project's: 调整后子项目预算为252.00万元; the whole's with the project's name: 调整后面源治理项目总预算为1,307.00万元)
      "调整后.{0,6}预算|调整后\\p{IsHan}{0,10}?总预算|调整预算后|预算调整后|调整后(?:的)?资金(?:总额|合计|总计)?$|追加后(?:的)?(?:全年)?(?:调整)?预算", "子项目"),
  // what the year added to the budget (追加预算200万元) adjusts it as much as 预算调整 does
  // (年中追加中央财政医疗救助补助资金120万元, 年中省级追加补助140.00万元, 9月因储备规模调增追加20万元: when in the year, not who
  // added a part of it, 镇本级财政追加3.50万元，合计调增15.50万元), not a balance named after it (年中追加资金拨付偏晚、年末结余54.02万元)
  // nor what was saved against it (大会经费42.00万元，比追加预算节约3.00万元)
  BUDGET_ADJUSTMENT("budgetAdjustment", Quantity.Kind.MONEY, "预算(?:数)?调整|调整预算|追加预算|追加资金|调增预算|追加\\p{IsHan}{2,12}?" + TotalKey.FUND + "$"
      + "|^(?:年中|年内|(?:上|下)半年|\\d{1,2}月)\\S{0,12}?追加(?:补助|经费)?$",
      "率|结余|节约|节省|^[,，]?(?:比|较)|" + TotalKey.CATEGORY),
  // what the year cut from the budget beside what it added (追加预算2,318.50万元，…调减预算126.70万元，调整后预算12,038.00万元; 压减会议费、
  // 差旅费等一般性支出调减35.40万元: the kinds of spending cut named as examples, not a category's own cut, which 三公 names; 调减政府性基金
  // 预算120.00万元: one of the unit's budgets; 调减农资储备贴息12.00万元: a fund named)
  BUDGET_CUT("budgetCut", Quantity.Kind.MONEY, "调减预算|预算调减|调减$|调减一般性支出$|调减\\p{IsHan}{2,8}?预算$"
      + "|^(?:年中|年内)?调减\\p{IsHan}{2,10}?(?:贴息|资金|经费|补助)$",
      "率|幅度|结余|三公|因公出国|公务用车|公务接待"),
  ADJUSTMENT_RATE("adjustmentRate", Quantity.Kind.PERCENT, "调整率", "^$"),
  // not a cost's (除治费预算结余7.29万元)
  YEAR_END_BUDGET_BALANCE("yearEndBudgetBalance", Quantity.Kind.MONEY, "预算结余", "年初|费预算结余"),
  YEAR_END_CARRYOVER("yearEndCarryover", Quantity.Kind.MONEY, "结转结余", "年初"),
  /**
   * Money given to the work (安排项目资金56万元, 下达建设资金, 共下达补助经费, 共获得补助资金, 共到位衔接资金, 项目资金共2179万元) or planned for it
   * (项目总投资19万元, 计划投资): a one-project report's budget when it names none.
   */
  ALLOCATED_FUNDS("allocatedFunds", Quantity.Kind.MONEY,
      "(安排|下达|批复|获得|争取到|到位)\\S{0,30}(?:" + TotalKey.FUND + "|经费)$|总投资$|计划投资$|^项目资金$",
      "超出|超过|超支|差额|缺口|剩余|结余|" + TotalKey.CATEGORY),
  /**
   * What was spent named 项目支出 (截至12月31日，项目支出306.42万元，预算执行率97.28%), also with the project's name (面源治理项目共支出
   * 1,249.93万元; not a sub-project's): a department's kind of spending, but a one-project report's whole, where its rate bears that
   * out; never written to the record under this name.
   */
  PROJECT_SPENDING("projectSpending", Quantity.Kind.MONEY, "^(?:\\p{IsHan}{2,14}?)?项目(?:实际|累计|共)?支出$", "子项目");

  /**
   * The kinds of spending a report accounts for on their own, whose totals are not the unit's: the
   * 三公经费 (因公出国（境）费, 公务用车, 公务接待) and its meetings and training.
   */
  private static final String CATEGORY = "三公|因公出国|公务用车|公务接待|会议费|培训费";
  /** How a fund's name ends: 资金, or what it is (体育彩票公益金, 残疾人就业保障金, 发展基金). */
  public static final String FUND = "(?:资金|公益金|保障金|基金)";
  private static final Pattern CATEGORY_WORDS = Pattern.compile(CATEGORY);
  /** A label that ends by comparing with an earlier year, its figure that year's (比上年的, 较2023年度同期). */
  private static final Pattern COMPARED_WITH_AN_EARLIER_YEAR =
      Pattern.compile("(?:比|较)" + Labels.EARLIER_YEAR + "(?:的)?[ ]*$");

  private final String id;
  private final Quantity.Kind kind;
  private final Pattern words;
  private final Pattern not;

  TotalKey(String id, Quantity.Kind kind, String words, String not) {
    this.id = id;
    this.kind = kind;
    this.words = Pattern.compile(words);
    this.not = Pattern.compile(not);
  }

  public String id() {
    return id;
  }

  /** Whether a label names one of the kinds of spending a report accounts for on its own (三公经费, 会议费…). */
  static boolean namesCategory(String label) {
    Matcher m = CATEGORY_WORDS.matcher(label);
    // not as one example of what was cut (压减会议费、差旅费等一般性支出调减35.40万元)
    return m.find() && label.indexOf('等', m.end()) < 0;
  }

  /** The key for a quantity with this label, or null. */
  public static TotalKey of(Quantity q, String label) {
    if (q.op() != null) {
      return null; // a target or a bound, not a stated total
    }
    if (COMPARED_WITH_AN_EARLIER_YEAR.matcher(label).find()) {
      return null; // the year before's, which this year's is compared with (资金总额比上年的2,760.00万元增加240.00万元)
    }
    // what the figure was reckoned by is no part of its name (预算执行率（按调整后资金总额计算）为97.93%)
    String name = Labels.withoutReckoning(label);
    for (TotalKey k : values()) {
      if (k.kind == q.kind() && k.words.matcher(name).find() && !k.not.matcher(name).find()) {
        return k;
      }
    }
    return null;
  }
}
