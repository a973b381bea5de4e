package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.extract.Labels;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount's share of a total the share names, where the report states that total under that very
 * name before: 本年支出合计3498.26万元 … 财政拨款支出3372.01万元，占本年支出合计的96.39%. The name must
 * be the total's label but for the year or the time words before either (全年政府采购总额,
 * 占政府采购总额的), or its label may say before the name what it is of when no other amount's ends
 * so (工程合同金额1200.00万元 … 占合同金额的80.00%); an amount stated as a share of another (已支付工程款1094.97万元，
 * 为结算价的95.00%) is one too, but for a budget's, a plan's or the year before's, which other rules hold; a share of a total
 * the report does not state, or
 * states under another name, is left alone, and so is one of the total the amount is a stated part
 * of (breakdown.share's) or one right after the total itself (total.share's). An amount reckoned as a
 * share of a named total and stated after it (质保金按合同金额的5%预留，计60.00万元) is held to that total times the share.
 * A share may name its amount too, stated before as its total is (专项债券资金占项目总投资的70.31%); a level's share after 调整后
 * (调整后，省级资金占25.15%) is of the adjusted budget, as {@link LevelShares} reads it. A share of all that was spent (占总支出的) is
 * of the spending stated as the whole before it under its own words ({@link WholeSpending}: 项目累计支出, 部门实际支出). Shares given
 * in turn (县级配套185万元，分别占调整后预算的40.16%、29.51%和30.33%) are each of the whole they name too, and so are
 * shares given in turn to amounts they name ({@link NamesInTurn}: 中央、省级、县级资金支出分别占总支出的). A whole named by its kind alone
 * (办案补贴占总支出的, 中央补助占全部资金的) is the spending stated as the whole, or the whole the amount is listed under; a share naming its
 * amount alone (项目支出占42.01%) is of the whole the share before it names, or of the one its amount is listed under in its sentence.
 */
@RuleInfo(
    id = "share.named",
    severity = Severity.ERROR,
    zh = "所述占某合计的比例与两数之比不符（占本年支出合计的96.39%）",
    en = "an amount's share of a total it names (占本年支出合计的96.39%) against the total stated under that name")
public final class NamedShareRule implements Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** A share that names what it is of: 占本年支出合计的, 占部门总支出比重为. */
  private static final Pattern OF_NAMED = Pattern.compile("^(?:所)?(占)(\\p{IsHan}{2,16}?)的?(?:比重|比例|比)?(?:为|是)?$|^(为|相当于)(\\p{IsHan}{2,16}?)的?$");
  /** The first of shares given in turn that names their whole: 分别占调整后预算的, 分别占总支出的, 分别占支出合计的比例为. */
  private static final Pattern IN_TURN_OF_NAMED = Pattern.compile("^分别(?:所)?占(\\p{IsHan}{2,16}?)的?(?:比|比重|比例)?(?:为|是)?$");
  /** A share that says only that it is one, right after its amount (，占16.00%; 、占比为). */
  private static final Pattern BARE = Pattern.compile("^[，,、]?(?:所)?占(?:比|比重|比例)?(?:为|是)?$");
  /** A share that names its amount alone: 项目支出占42.01%, 经营性资产占比为34.46%. */
  private static final Pattern PART_ALONE = Pattern.compile("^(\\p{IsHan}{2,16}?)占(?:比|比重|比例)?(?:为|是|达)?$");
  /** A share's name of all of something, whatever it is: 全部资金, 资金总额, 总投入. */
  private static final Pattern ALL_OF_IT = Pattern.compile("^(?:全部|总)(?:资金|投入|金额)?$|^(?:资金)?(?:总额|总计|合计)$");
  /** A share that names the amount it is and the total it is of: 专项债券资金占项目总投资的70.31%. */
  private static final Pattern BOTH_NAMED = Pattern.compile("^(\\p{IsHan}{2,16}?)占(\\p{IsHan}{2,16}?)的?(?:比重|比例|比)?(?:为|是|达)?$");
  /**
   * What an amount is as a share of (为结算价的95.00%) but not this rule's to hold: a budget or a plan (spending.rate's and
   * plan.rate's), or the year before (change.rate's).
   */
  private static final Pattern NOT_A_TOTAL = Pattern.compile("预算|计划|目标|任务|上年|去年|同期");
  /** A share's name of its amount that refers back to a change of a budget stated before it (追加额, 调减额, 追加部分): the change. */
  private static final Pattern REFERS_BACK = Pattern.compile("^(追加|调增|调减|追减|核减|压减)(?:额|部分|数|金额|资金)$");
  /** A share that names the total an amount is reckoned by (质保金按合同金额的5%预留): 按 and the name. */
  private static final Pattern BY_SHARE_OF = Pattern.compile("按(\\p{IsHan}{2,12}?)的?$");
  /** The words of an amount that states what the share comes to (计, 共计, 金额为, 预留…计). */
  private static final Pattern RECKONED = Pattern.compile("^(?:预留|提取|计提|扣留|支付)?(?:\\p{IsHan}{0,4}?)(?:计|共计|合计|金额|金额为|为)$");

  private static final Pattern YEAR = AmountNames.YEAR;
  private static final Pattern YEARS_OWN = AmountNames.YEARS_OWN;
  private static final Pattern SUM_ROW = AmountNames.SUM_ROW;
  /** A rate per unit's words: 每平方米, 每人每月, 人均, 户均. */
  private static final Pattern PER_UNIT = Pattern.compile("每|\\p{IsHan}均");

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    String text = report.text();
    List<Figure> fs = report.figures();
    out.addAll(amountsByAShare(fs, text));
    Map<String, Figure> byId = new HashMap<>();
    fs.forEach(f -> byId.put(f.id(), f));
    for (int i = 1; text != null && i < fs.size(); i++) {
      Figure share = fs.get(i);
      if (!Figure.PERCENT.equals(share.kind()) || share.op() != null || share.label() == null) {
        continue;
      }
      if (firstOfListedShares(fs, i, text)) {
        continue;
      }
      Figure part = pastItsRatesPerUnit(fs, beforeTheAside(fs, i - 1, text, share), i - 1, text);
      Matcher named = OF_NAMED.matcher(share.label().strip());
      if (!named.matches() || !Figures.isMoney(part)
          || part.op() != null || !Sentences.together(text, part, share)) {
        continue;
      }
      String verb = named.group(1) != null ? named.group(1) : named.group(3);
      String written = named.group(1) != null ? named.group(2) : named.group(4);
      if (!"占".equals(verb) && NOT_A_TOTAL.matcher(written).find()) {
        continue;
      }
      // the total itself right before its share (财政支出总金额5187.78万元，占财政支出总金额62.31%) leaves the share
      // of an amount before it, which total.share checks
      String name = YEAR.matcher(written).replaceFirst("");
      if (AmountNames.named(part).equals(name)) {
        continue;
      }
      Figure total = AmountNames.statedBefore(fs, i - 1, name);
      // all that was spent, stated under its own words (占总支出的 after 项目累计支出920.27万元)
      total = total == null && WholeSpending.named(written) ? WholeSpending.before(fs, i - 1, text) : total;
      if (total == null || total.id() != null && total.id().equals(part.partOf())) {
        continue;
      }
      if (!name.equals(written) && YEARS_OWN.matcher(name).matches() && (total.label() == null
          || !YEAR.matcher(total.label().strip()).lookingAt())) {
        continue; // 占全年支出的: the year's whole (全年支出合计), which total.share holds it to; not an item's amount labelled 支出 alone
      }
      Optional<Finding> finding = shareFinding(part, total, share, written, "占".equals(verb));
      // the share may be of the whole the part is listed under, which names the same (1. 基本支出。全年支出743.86万元…其中：人员经费
      // 619.52万元，占基本支出的83.28%, beside 基本支出747.10万元 budgeted): the report's words allow both
      Figure listedUnder = finding.isPresent() && part.partOf() != null ? byId.get(part.partOf()) : null;
      if (listedUnder != null && Figures.isMoney(listedUnder)
          && shareFinding(part, listedUnder, share, written, "占".equals(verb)).isEmpty()) {
        continue;
      }
      // a share after the balance of an amount may be the amount's (防汛抢险20.10万元，执行率85.17%，结余3.50万元，占项目支出的18.55%)
      Figure spent = finding.isPresent() && SpendingLabels.leftOver(part)
          ? amountBeforeItsBalance(fs, fs.indexOf(part), text) : null;
      if (spent == null || shareFinding(spent, total, share, written, "占".equals(verb)).isPresent()) {
        finding.ifPresent(out::add);
      }
    }
    out.addAll(sharesOfNamedAmounts(fs, text));
    out.addAll(sharesOfANamedAmountAlone(fs, text));
    out.addAll(sharesAfterANamedOne(fs, text));
    out.addAll(sharesInTurnOfANamedWhole(fs, text));
    for (Turn turn : NamesInTurn.in(fs, text)) {
      turn.pairs().forEach(p -> shareFinding(p.amount(), turn.whole(), p.share(), turn.written(), true).ifPresent(out::add));
    }
    // a level's share of the adjusted budget, which the words before it name (调整后，省级资金占25.15%)
    for (LevelShares s : LevelShares.in(fs, text)) {
      if (out.stream().noneMatch(f -> f.evidence().get(0).start() == s.share().evidence().start())) {
        shareFinding(s.part(), s.whole(), s.share(), "调整后预算", true).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * Whether the share opens a list of shares (…分别为120.00万元、60.00万元、132.00万元，占调整后预算的38.46%、19.23%、42.31%): they go
   * with the amounts listed before them in turn, and the first is not the last amount's.
   */
  private static boolean firstOfListedShares(List<Figure> fs, int i, String text) {
    return i + 1 < fs.size() && Figure.PERCENT.equals(fs.get(i + 1).kind())
        && Sentences.between(text, fs.get(i), fs.get(i + 1)).strip().equals("、");
  }

  /**
   * The amount a rate per unit right before the share was worked out from, before it in its sentence (全年共298.80万元，折合每平方米每月
   * 5.32元，占项目支出的42.15%): the share is the amount's; else the figure itself.
   */
  private static Figure pastItsRatesPerUnit(List<Figure> fs, Figure f, int near, String text) {
    Figure part = f;
    // (found by identity near where it was taken from: List.indexOf compared every figure before it field by field)
    for (int k = Figures.positionOf(fs, f, near); k > 0 && PER_UNIT.matcher(SpendingLabels.label(part)).find(); k--) {
      Figure before = fs.get(k - 1);
      if (!Sentences.together(text, before, f) || !Figures.isMoney(before)) {
        return f;
      }
      part = before;
    }
    return part;
  }

  /** The amount of money before a balance in its sentence, past the rates stated of it (20.10万元，执行率85.17%，结余…); else null. */
  private static Figure amountBeforeItsBalance(List<Figure> fs, int balance, String text) {
    for (int k = balance - 1; k >= 0 && Sentences.together(text, fs.get(k), fs.get(balance)); k--) {
      Figure f = fs.get(k);
      if (!Figure.PERCENT.equals(f.kind())) {
        return Figures.isMoney(f) && f.op() == null ? f : null;
      }
    }
    return null;
  }

  /**
   * The figure a share after parentheses is of: the one before them, not the last inside (人员经费280.12万元（工资福利支出246.37万元、
   * 对个人和家庭的补助33.75万元），占基本支出的87.04%), unless the share stands in them too.
   */
  private static Figure beforeTheAside(List<Figure> fs, int k, String text, Figure share) {
    if (text == null || Sentences.inParentheses(text, share)) {
      return fs.get(k);
    }
    return fs.get(Math.max(0, Sentences.outsideTheAsides(fs, k, text)));
  }

  /**
   * Shares that say only that they are ones (占16.00%) after one in their sentence that names its total, each right after its amount
   * (中央…86.00万元，占年初预算的57.33%；省级…24.00万元，占16.00%；县级…40.00万元，占26.67%): the list's items are all of the total the first
   * names. The first must hold against that total, else it is not the one meant (and is flagged itself); a part of a stated total
   * is breakdown.share's.
   */
  private List<Finding> sharesAfterANamedOne(List<Figure> fs, String text) {
    List<Finding> out = new ArrayList<>();
    for (int i = 1; text != null && i < fs.size(); i++) {
      Figure share = fs.get(i);
      Figure part = fs.get(i - 1);
      if (!Figure.PERCENT.equals(share.kind()) || share.op() != null || !Figures.isMoney(part) || part.op() != null
          || part.partOf() != null || !BARE.matcher(Sentences.wordsBetween(text, part, share)).matches()) {
        continue;
      }
      int first = firstOfTheList(fs, i, text);
      Matcher named = first < 0 ? null : OF_NAMED.matcher(fs.get(first).label().strip());
      if (named == null || !named.matches() || named.group(1) == null) {
        continue;
      }
      String name = YEAR.matcher(named.group(2)).replaceFirst("");
      Figure total = AmountNames.statedBefore(fs, first, name);
      total = total == null && WholeSpending.named(named.group(2)) ? WholeSpending.before(fs, first, text) : total;
      if (total == null || !name.equals(named.group(2)) && YEARS_OWN.matcher(name).matches()
          || shareFinding(fs.get(first - 1), total, fs.get(first), named.group(2), true).isPresent()) {
        continue;
      }
      shareFinding(part, total, share, named.group(2), true).ifPresent(out::add);
    }
    return out;
  }

  /**
   * Shares given in turn to the amounts listed before them, of a whole they name and the report states under that name
   * (中央补助245万元，省级补助180万元，县级配套185万元，分别占调整后预算的40.16%、29.51%和30.33%, after 调整后预算610万元): each amount over that
   * whole.
   */
  private List<Finding> sharesInTurnOfANamedWhole(List<Figure> fs, String text) {
    List<Finding> out = new ArrayList<>();
    for (int i = 1; text != null && i < fs.size(); i++) {
      Turn turn = ofANamedWhole(fs, i, text);
      if (turn != null) {
        turn.pairs().forEach(p -> shareFinding(p.amount(), turn.whole(), p.share(), turn.written(), true).ifPresent(out::add));
      }
    }
    return out;
  }

  /** Shares given in turn to amounts, the whole they name as written, and that whole as stated. */
  record Turn(Figure whole, String written, List<SharePairsRule.Pair> pairs) {}

  /**
   * The shares given in turn from the one at i with the whole they name, stated before under that name (分别占调整后预算的 after
   * 调整后预算610万元; 分别占总支出的 after the spending stated as the whole): null when the shares name none, the report states none,
   * or it is not the one meant, which half of the pairs at least hold against, or it is one of the amounts itself.
   */
  static Turn ofANamedWhole(List<Figure> fs, int i, String text) {
    Figure first = fs.get(i);
    Matcher named = Figure.PERCENT.equals(first.kind()) && first.op() == null && first.label() != null
        ? IN_TURN_OF_NAMED.matcher(SpendingLabels.label(first)) : null;
    if (named == null || !named.matches()) {
      return null;
    }
    String written = named.group(1);
    Figure whole = AmountNames.wholeNamedAs(fs, i, written, text);
    if (whole == null) {
      return null;
    }
    List<SharePairsRule.Pair> pairs = SharePairsRule.inTurn(fs, i, text);
    return pairs.stream().anyMatch(p -> p.amount() == whole) || !mostHold(pairs, whole) ? null : new Turn(whole, written, pairs);
  }

  /** Whether half the pairs at least, and one, hold against the whole: else the whole or the amounts are not the ones meant. */
  static boolean mostHold(List<SharePairsRule.Pair> pairs, Figure whole) {
    int holding = 0;
    for (SharePairsRule.Pair p : pairs) {
      Interval share = Figures.of(p.amount()).dividedBy(Figures.of(whole));
      holding += share == null || share.times(HUNDRED).intersects(Figures.of(p.share())) ? 1 : 0;
    }
    return holding > 0 && holding * 2 >= pairs.size();
  }

  /**
   * The position of the share that names its total, going back from the bare one at i in its sentence past other items (an amount
   * and its bare share); -1 when another figure stands between, or none names a total.
   */
  private static int firstOfTheList(List<Figure> fs, int i, String text) {
    for (int k = i - 2; k >= 1 && Sentences.oneStatement(text, fs.get(k), fs.get(i)); k -= 2) {
      Figure share = fs.get(k);
      Figure amount = fs.get(k - 1);
      if (!Figure.PERCENT.equals(share.kind()) || share.op() != null || !Figures.isMoney(amount) || amount.op() != null
          || share.label() == null) {
        return -1;
      }
      if (!BARE.matcher(Sentences.wordsBetween(text, amount, share)).matches()) {
        return Sentences.together(text, amount, share) ? k : -1;
      }
    }
    return -1;
  }

  /**
   * A share that names both its amount and its total (专项债券资金占项目总投资的70.31%), each stated before
   * under that name (项目总投资12800.00万元，其中：专项债券资金9000.00万元): the one amount over the other.
   */
  private List<Finding> sharesOfNamedAmounts(List<Figure> fs, String text) {
    List<Finding> out = new ArrayList<>();
    for (int i = 1; text != null && i < fs.size(); i++) {
      Figure share = fs.get(i);
      Matcher named = share.label() == null ? null : BOTH_NAMED.matcher(share.label().strip());
      if (named == null || !Figure.PERCENT.equals(share.kind()) || share.op() != null || !named.matches()) {
        continue;
      }
      String partName = YEAR.matcher(named.group(1)).replaceFirst("");
      String totalName = YEAR.matcher(named.group(2)).replaceFirst("");
      // (in a table, the row's cell in the column the total names: 县级财政配套资金调整后预算 for 县级财政配套资金占调整后预算比重)
      if (SUM_ROW.matcher(partName).matches()) {
        continue; // a table's 合计 row's own share, all of its column
      }
      Figure inTheTotalsColumn = AmountNames.namedExactly(fs, i, partName + totalName);
      Figure part = inTheTotalsColumn != null ? inTheTotalsColumn : amountNamed(fs, i, partName, text);
      // (a row's share of its column is of the column's sum row, below it: 合计成交金额, not the last 成交金额 stated in the words above)
      Figure total = inTheTotalsColumn != null ? AmountNames.sumRowOf(fs, totalName)
          : part == null ? null : wholeNamed(fs, i, part, totalName, text);
      if (part != null && total != null && part != total) {
        shareFinding(part, total, share, named.group(2), true).ifPresent(out::add);
      }
    }
    return out;
  }

  /** The amount a share names (专项债券资金 in 专项债券资金占项目总投资的): stated so, shortened, or the change referred back to; or null. */
  private static Figure amountNamed(List<Figure> fs, int i, String name, String text) {
    Figure part = AmountNames.statedBefore(fs, i, name);
    part = part != null ? part : abbreviatedBefore(fs, i, name, text);
    Matcher back = REFERS_BACK.matcher(name);
    return part != null || !back.matches() ? part : changeBefore(fs, i, back.group(1), text);
  }

  /** The whole a share of the part names: stated under that name, else by its kind ({@link #wholeNamedByItsKind}); or null. */
  private static Figure wholeNamed(List<Figure> fs, int i, Figure part, String name, String text) {
    Figure total = AmountNames.statedBefore(fs, i, name);
    return total != null ? total : wholeNamedByItsKind(fs, i, part, name, text);
  }

  /**
   * A share that names its amount but not its whole (项目支出占42.01%): of the whole the share before it in its statement names
   * (基本支出占总支出的57.99%，项目支出占42.01%), else of the whole the amount is listed under in the share's sentence (资产总额18.63亿元，其中
   * 经营性资产6.42亿元、非经营性资产12.21亿元，经营性资产占34.46%).
   */
  private List<Finding> sharesOfANamedAmountAlone(List<Figure> fs, String text) {
    List<Finding> out = new ArrayList<>();
    for (int i = 1; text != null && i < fs.size(); i++) {
      Figure share = fs.get(i);
      Matcher named = share.label() == null || share.label().indexOf('占') < 0 ? null : PART_ALONE.matcher(share.label().strip());
      if (named == null || !Figure.PERCENT.equals(share.kind()) || share.op() != null || !named.matches()) {
        continue;
      }
      Figure part = amountNamed(fs, i, YEAR.matcher(named.group(1)).replaceFirst(""), text);
      if (part == null) {
        continue;
      }
      Figure before = fs.get(i - 1);
      Matcher both = before.label() == null ? null : BOTH_NAMED.matcher(before.label().strip());
      Figure whole = null;
      String written = null;
      if (both != null && Figure.PERCENT.equals(before.kind()) && both.matches() && Sentences.oneStatement(text, before, share)) {
        Figure itsPart = amountNamed(fs, i - 1, YEAR.matcher(both.group(1)).replaceFirst(""), text);
        whole = itsPart == null ? null : wholeNamed(fs, i - 1, itsPart, YEAR.matcher(both.group(2)).replaceFirst(""), text);
        written = both.group(2);
      } else if (part.partOf() != null && Sentences.together(text, part, share)) {
        whole = listedUnder(fs, i, part);
        written = whole == null ? null : SpendingLabels.label(whole);
      }
      if (whole != null && whole != part) {
        shareFinding(part, whole, share, written, true).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * The whole a share names by its kind alone, stated under no such name (办案补贴占总支出的85.89%, 中央补助占全部资金的69.89%): all that
   * was spent, stated as the whole on the share's line ({@link WholeSpending}); else, for all of something (全部资金, 资金总额), the whole
   * the named amount is listed under (2024年共下达资金3,520.00万元，其中：中央财政补助2,460.00万元…). Null when neither is stated.
   */
  private static Figure wholeNamedByItsKind(List<Figure> fs, int i, Figure part, String name, String text) {
    if (WholeSpending.named(name)) {
      return WholeSpending.before(fs, i, text);
    }
    if (!ALL_OF_IT.matcher(name).matches() || part.partOf() == null) {
      return null;
    }
    return listedUnder(fs, i, part);
  }

  /** The amount before the figure at i the part is listed under, or null. */
  private static Figure listedUnder(List<Figure> fs, int i, Figure part) {
    for (int k = i - 1; part.partOf() != null && k >= 0; k--) {
      if (part.partOf().equals(fs.get(k).id())) {
        return Figures.isMoney(fs.get(k)) && fs.get(k).op() == null ? fs.get(k) : null;
      }
    }
    return null;
  }

  /**
   * The one amount before the share on its line whose name the share's shortens, its last two characters whole (中央资金 for
   * 中央林业改革发展资金 in 项目年初预算186.00万元（其中：中央林业改革发展资金80.00万元，…），中央资金占年初预算的43.01%); null when
   * none does, or several.
   */
  private static Figure abbreviatedBefore(List<Figure> fs, int i, String name, String text) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, fs.get(i).evidence().start() - 1)) + 1;
    String tail = name.length() > 2 ? name.substring(name.length() - 2) : name;
    Figure found = null;
    for (int k = i - 1; k >= 0; k--) {
      Figure f = fs.get(k);
      if (f.evidence().start() < lineStart) {
        break;
      }
      String label = AmountNames.named(f);
      if (Figures.isMoney(f) && f.op() == null && label.endsWith(tail) && !label.equals(name) && Labels.abbreviates(name, label, 2)) {
        if (found != null) {
          return null;
        }
        found = f;
      }
    }
    return found;
  }

  /**
   * The one amount before the share on its line named for the change the share's name refers back to (追加县级资金36.00万元，追加额占
   * 年初预算的7.50%); null when none is, or several.
   */
  private static Figure changeBefore(List<Figure> fs, int i, String change, String text) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, fs.get(i).evidence().start() - 1)) + 1;
    Figure found = null;
    for (int k = i - 1; k >= 0 && fs.get(k).evidence().start() >= lineStart; k--) {
      Figure f = fs.get(k);
      if (Figures.isMoney(f) && f.op() == null && AmountNames.named(f).contains(change)) {
        if (found != null) {
          return null;
        }
        found = f;
      }
    }
    return found;
  }

  private Optional<Finding> shareFinding(Figure part, Figure total, Figure share, String written, boolean of) {
    Interval computed = Figures.of(part).dividedBy(Figures.of(total));
    if (computed == null || computed.times(HUNDRED).intersects(Figures.of(share))) {
      return Optional.empty();
    }
    String expected = Figures.percent(Figures.written(part), Figures.written(total));
    String subject = part.label() == null || part.label().isBlank() ? part.text() : part.label().strip();
    return Optional.of(FindingBuilder.of(this)
        .subject(subject)
        .message("“" + subject + "”" + part.text() + " ÷ “" + written + "”" + total.text() + " 约为" + expected + "，报告写的是" + (of ? "占" : "")
                + share.text() + "。",
            subject + ": " + part.text() + " / " + total.text() + " (" + written + ") is about " + expected + ", not the stated "
                + share.text() + ".")
        .stated(share.text())
        .expected(expected)
        .evidence(share.evidence(), part.evidence(), total.evidence())
        .build());
  }

  /**
   * An amount reckoned as a share of a total it names, stated right after the share (质保金按合同金额的5%预留，计60.00万元):
   * the total under that name times the share.
   */
  private List<Finding> amountsByAShare(List<Figure> fs, String text) {
    List<Finding> out = new ArrayList<>();
    for (int i = 0; text != null && i + 1 < fs.size(); i++) {
      Figure share = fs.get(i);
      Figure amount = fs.get(i + 1);
      Matcher by = share.label() == null ? null : BY_SHARE_OF.matcher(share.label().strip());
      if (by == null || !Figure.PERCENT.equals(share.kind()) || share.op() != null || !by.find() || !Figures.isMoney(amount)
          || amount.op() != null || !Sentences.together(text, share, amount) || !RECKONED.matcher(SpendingLabels.label(amount)).matches()) {
        continue;
      }
      String name = YEAR.matcher(by.group(1)).replaceFirst("");
      Figure total = AmountNames.statedBefore(fs, i, name);
      if (total == null) {
        continue;
      }
      Interval reckoned = Figures.of(total).times(Figures.of(share)).dividedBy(Interval.exact(HUNDRED));
      if (reckoned == null || reckoned.intersects(Figures.of(amount))) {
        continue;
      }
      String expected = Figures.money(total.yuan().multiply(share.value()).divide(HUNDRED), MoneyUnit.of(amount.unit()));
      out.add(FindingBuilder.of(this)
          .subject(SpendingLabels.label(share))
          .message("“" + by.group(1) + "”" + total.text() + "的" + share.text() + "约为" + expected + "，报告写的是" + amount.text() + "。",
              share.text() + " of " + total.text() + " (" + by.group(1) + ") is about " + expected + ", not the stated " + amount.text() + ".")
          .stated(amount.text())
          .expected(expected)
          .evidence(amount.evidence(), share.evidence(), total.evidence())
          .build());
    }
    return out;
  }
}
