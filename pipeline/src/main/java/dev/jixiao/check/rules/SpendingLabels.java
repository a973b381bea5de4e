package dev.jixiao.check.rules;

import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * What a sentence that accounts for a kind of spending says of its amounts: which is the budget
 * (三公经费预算数, 年初预算, 调整后预算), which is what was spent (实际支出, 决算, 预算执行数), and of what
 * subject each is (三公经费, or none: 实际支出 is of the subject named before it), and which figures
 * share its sentence. spending.rate relates such a pair to a rate, balance to a difference, and
 * total.sum takes the projects' totals from the sentence that counts them.
 */
final class SpendingLabels {
  /** Words that name an amount as spent, paid (out: 兑付, 发放), settled (结算) or used. */
  private static final Pattern SPENT = Pattern.compile("支出|决算|执行|完成|使用|拨付|支付|兑付|发放|结算|实际");
  /** What was not spent (a table's 未执行数 column): the budget's rest, no spending. */
  private static final Pattern UNSPENT = Pattern.compile("未(?:执行|支出|使用|拨付|支付)");
  /** What is left of a budget, named after it (较调整后预算结余65.52万元): no budget. */
  private static final Pattern LEFT_OVER = Pattern.compile("(?:结余|结转|节余|剩余)(?:资金)?$");
  /**
   * A label that ends with the budget's name, whatever it names before: 执行攻坚专项经费预算 is the budget of a work whose name says 执行.
   * Not where it names spending (项目支出预算): a kind of spending's budget is read as that kind's, not as the project's.
   */
  private static final Pattern ENDS_AS_A_BUDGET = Pattern.compile("预算(?:数|金额|资金)?(?:为|是)?$");
  /** Words that name an amount as budgeted, planned or granted. */
  private static final Pattern BUDGETED = Pattern.compile("预算|计划|批复|安排|下达|分配|到位|核定");
  /**
   * An amount of the year before, or a change from it: not this year's spending or budget. A
   * comparison with the budget (较年初预算6.00万元) names the budget.
   */
  private static final Pattern OTHER_YEAR =
      Pattern.compile("上年|去年|上一年|同比|增加|减少|增长|下降|(?:比|较)(?!(?:年初|全年|调整后)?预算)");
  /** A budget's subject that is the work the section is about, or none: 该项目, 本项目. */
  private static final Pattern THE_PROJECT = Pattern.compile("(?:该|本)?(?:项目)?");
  /** What a label says besides its subject: the words above, and when, and who. */
  private static final Pattern NOT_SUBJECT = Pattern.compile(
      "^已|\\d{4}年度?|本单位|本部门|我单位|我镇|我局|本年度?|当年|全年|年初|年度|调整后|追加|调增|调减|总额|金额|资金|数|共|累计|为|的|较|比|[“”\"\\s]|"
          + SPENT.pattern() + "|" + BUDGETED.pattern());

  /** A difference between a budget and its spending: 差值, 差额, 比预算减少, 较预算节约, or 节约 alone after them. */
  private static final Pattern DIFFERENCE = Pattern.compile(
      "(?:差值|差额)(?:为|是)?$|(?:比|较)(?:年初|调整后)?预算(?:数)?(?:减少|节约|少支出|少|节余)了?$|^(?:较|比)?节约(?:资金)?(?:了|为)?$");
  /** The verbs between a rate's name and its figure, longest first: what the label ends with of them is no part of the name. */
  private static final List<String> RATE_VERBS = List.of("达到", "为", "是", "达");
  /** Parentheses that open with a budget (（预算20.12万元, （年初预算). */
  private static final Pattern BUDGET_IN_ITS_ASIDE = Pattern.compile("[（(](?:年初|调整后|全年)?预算(?:数)?(?:为)?\\d");
  /** The whole fiscal spending a unit's share is stated of (财政支出总金额), which no kind or list spends. */
  private static final Pattern FISCAL = Pattern.compile("财政支出|财政总支出");

  /** Words of an average (日均, 村均, 平均, 均值): what each unit averages, not how many there are nor what they come to. */
  static final Pattern AVERAGE = Pattern.compile("[日月年村户人亩]均|平均|均值");

  /** Whether {@code words} name an average ({@link #AVERAGE}); asked of every figure by several rules, so 均 is looked for first. */
  static boolean namesAnAverage(String words) {
    return words.indexOf('均') >= 0 && AVERAGE.matcher(words).find();
  }

  /** The words of a completion rate at a label's end: 完成率, 完成率为. */
  static final String COMPLETION_RATE = "完成率(?:为|达到|达|是)?$";
  /**
   * What was done named as a share of the target (为目标值的98.26%, 完成年度目标的102.58%, 达到计划的): how much of it, after the
   * verb or with none.
   */
  static final Pattern SHARE_OF_TARGET =
      Pattern.compile("^[,，]?(?:为|是|占|达|达到|完成)?(?:年度|全年)?(?:绩效)?(?:目标|计划|任务)(?:值|数|任务)?的?$");

  private SpendingLabels() {}

  /** Named as spent (实际支出, 决算, 预算执行数, 完成预算资金), and of this year. */
  static boolean spent(Figure f) {
    String l = label(f);
    return SPENT.matcher(l).find() && !OTHER_YEAR.matcher(l).find() && !FISCAL.matcher(l).find() && !budgetOnly(l)
        && !UNSPENT.matcher(l).find();
  }

  /** Named as budgeted (三公经费预算数, 年初预算支出, 调整后预算), and of this year. */
  static boolean budgeted(Figure f) {
    String l = label(f);
    return budgetOnly(l) && !OTHER_YEAR.matcher(l).find() && !LEFT_OVER.matcher(l).find();
  }

  /**
   * A budget's words and none of spending's but 支出 after 预算 (年初预算支出 is a budget), or a label ending as a budget's
   * ({@link #ENDS_AS_A_BUDGET}).
   */
  private static boolean budgetOnly(String label) {
    return BUDGETED.matcher(label).find() && (!SPENT.matcher(label.replace("预算支出", "预算")).find()
        || !label.contains("支出") && ENDS_AS_A_BUDGET.matcher(label).find());
  }

  /**
   * What is left of a budget named with it (较调整后预算结余65.52万元), or what was not spent of it (a table's 未执行数): neither the budget
   * nor what was spent.
   */
  static boolean leftOfABudget(Figure f) {
    String l = label(f);
    return BUDGETED.matcher(l).find() && LEFT_OVER.matcher(l).find() || UNSPENT.matcher(l).find();
  }

  /** Named as what is left of an amount, alone (结余, 结余资金, 结转, 剩余). */
  static boolean leftOver(Figure f) {
    return LEFT_OVER.matcher(label(f)).matches();
  }

  /** Named as what a budget and its spending differ by (差值为0.9万元, 节约0.40万元). */
  static boolean difference(Figure f) {
    return DIFFERENCE.matcher(label(f)).find();
  }

  /** What the amount is of, as its label names it; empty when it names nothing but a measure (实际支出). */
  static String subject(Figure f) {
    return NOT_SUBJECT.matcher(label(f)).replaceAll("");
  }

  /** The same subject, or one of the two names none (实际支出 after 三公经费预算数). */
  static boolean sameSubject(Figure a, Figure b) {
    String x = subject(a);
    String y = subject(b);
    return x.isEmpty() || y.isEmpty() || x.contains(y) || y.contains(x);
  }

  /** The budgets among a sentence's figures ({@link #sentenceAround}), of {@code spent}'s subject. */
  static List<Figure> budgetsIn(List<Figure> sentence, Figure spent) {
    List<Figure> out = new ArrayList<>();
    for (Figure f : sentence) {
      if (f != spent && Figures.isMoney(f) && f.op() == null && budgeted(f) && sameSubject(f, spent)) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * The budgets the sentence right before states, in its paragraph, when the spending opens its own sentence and that one states no
   * spending (该项目年初预算1,580.00万元，9月调增48.00万元，调整后预算1,628.00万元。全年支出1,601.72万元，执行率98.39%): the rate is of them, as
   * of budgets in its own sentence, where neither names a subject but the project, or both name the same (“三公”经费); else none.
   */
  static List<Figure> budgetsOfTheSentenceBefore(List<Figure> fs, int at, String text) {
    if (at <= 0 || Sentences.together(text, fs.get(at - 1), fs.get(at)) || !oneSentenceEndBetween(text, fs.get(at - 1), fs.get(at))) {
      return List.of();
    }
    List<Figure> before = new ArrayList<>(sentenceAround(fs, at - 1, text));
    before.add(fs.get(at - 1));
    if (before.stream().anyMatch(f -> Figures.isMoney(f) && spent(f))) {
      return List.of();
    }
    // (a budget named for a kind of spending, 三公经费预算10.00万元。实际支出8.00万元, may be of that kind only, the spending of the whole;
    // named for it again, 全年“三公”经费实际支出3.92万元, the spending is of that kind)
    String subject = subject(fs.get(at));
    return budgetsIn(before, fs.get(at)).stream()
        .filter(b -> subject.isEmpty() ? THE_PROJECT.matcher(subject(b)).matches() : subject.equals(subject(b)))
        .toList();
  }

  /** Whether one full stop, and no line break, stands between the two figures: they are in sentences one after the other. */
  static boolean oneSentenceEndBetween(String text, Figure a, Figure b) {
    String between = Sentences.between(text, a, b); // (a form's figures out of the text's order have a mark no sentence holds)
    int end = between.indexOf('。');
    return end >= 0 && between.indexOf('。', end + 1) < 0 && between.indexOf('\n') < 0;
  }

  /**
   * What the budget may be: each budget the sentence states, and all of them together when it states
   * several (年初预算100万元，追加预算20万元: 120 may be what was spent against).
   */
  static List<Interval> eachAndAll(List<Figure> budgets) {
    List<Interval> out = new ArrayList<>();
    Interval all = null;
    for (Figure b : budgets) {
      out.add(Figures.of(b));
      all = all == null ? Figures.of(b) : all.plus(Figures.of(b));
    }
    if (budgets.size() > 1) {
      out.add(all);
    }
    return out;
  }

  /** The other figures of the sentence of the figure at i, nearest first on each side. */
  static List<Figure> sentenceAround(List<Figure> fs, int i, String text) {
    return around(fs, i, (a, b) -> Sentences.together(text, a, b));
  }

  /** The same, across the semicolons that part a sentence's clauses (核定编制58人，其中…；实有在职人员55人…；空编3人。). */
  static List<Figure> statementAround(List<Figure> fs, int i, String text) {
    return around(fs, i, (a, b) -> Sentences.oneStatement(text, a, b));
  }

  private static List<Figure> around(List<Figure> fs, int i, BiPredicate<Figure, Figure> together) {
    List<Figure> out = new ArrayList<>();
    for (int k = i - 1; k >= 0 && together.test(fs.get(k), fs.get(k + 1)); k--) {
      out.add(fs.get(k));
    }
    for (int k = i + 1; k < fs.size() && together.test(fs.get(k - 1), fs.get(k)); k++) {
      out.add(fs.get(k));
    }
    return out;
  }

  /** Of {@code candidates}, the one whose place is nearest {@code to}'s. */
  static Figure nearest(List<Figure> candidates, Figure to) {
    Figure best = candidates.get(0);
    for (Figure c : candidates) {
      if (Math.abs(c.evidence().start() - to.evidence().start()) < Math.abs(best.evidence().start() - to.evidence().start())) {
        best = c;
      }
    }
    return best;
  }

  /**
   * The last amount before {@code upTo} stated under a fund's name (专项债券资金 for 债券资金), not itself
   * money spent: the fund a payment or a rate names. Null when none is.
   */
  static Figure fundBefore(List<Figure> fs, Figure upTo, String fund) {
    Figure named = null;
    for (Figure f : fs) {
      if (f == upTo) {
        break;
      }
      if (Figures.isMoney(f) && f.op() == null && label(f).endsWith(fund) && !spent(f)) {
        named = f;
      }
    }
    return named;
  }

  /** The report's first amount stated as itself (no bound) under a label the pattern finds: 资产总额, 年末结转和结余. */
  static Optional<Figure> firstAmount(Report r, Pattern label) {
    return r.figures().stream().filter(f -> Figures.isMoney(f) && f.op() == null && label.matcher(label(f)).find()).findFirst();
  }

  /**
   * Whether the amount's budget opens the parentheses right after it and the other figure stands in them (档案征集与编研12.88万元（预算
   * 20.12万元，执行率64.02%，结余7.24万元）): the amount is what was spent of that budget, whatever its label names.
   */
  static boolean budgetInTheAsideAfter(String text, Figure amount, Figure inside) {
    int open = amount.evidence().end();
    if (inside.evidence().start() <= open
        || !BUDGET_IN_ITS_ASIDE.matcher(text.substring(open, Math.min(text.length(), open + 8))).lookingAt()) {
      return false;
    }
    String between = text.substring(open + 1, inside.evidence().start());
    return between.indexOf('）') < 0 && between.indexOf(')') < 0 && between.indexOf('（') < 0 && between.indexOf('(') < 0;
  }

  static String label(Figure f) {
    return f.label() == null ? "" : f.label().strip();
  }

  /** A rate's name as its label gives it, without the verb before the figure (合格率为 → 合格率). */
  static String rateName(Figure rate) {
    String label = label(rate);
    for (String verb : RATE_VERBS) {
      if (label.endsWith(verb)) {
        return label.substring(0, label.length() - verb.length());
      }
    }
    return label;
  }
}
