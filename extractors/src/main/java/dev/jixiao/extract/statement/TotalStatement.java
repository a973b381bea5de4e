package dev.jixiao.extract.statement;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.Labels;
import dev.jixiao.record.Money;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.text.Quantity;
import dev.jixiao.text.Sentence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report-level total: "自评项目总金额共计3232.37万元", "年度总支出为 35,616.40 万元", "预算执行率为
 * 94.98%". Targets (a 执行率 written with ≥) are not totals, and neither is what a sentence states
 * after it names a kind of spending accounted for on its own (三公经费).
 */
public final class TotalStatement implements StatementExtractor<TotalStatement.Found> {

  /** A total found in a sentence. */
  public record Found(TotalKey key, Quantity quantity) {}

  private final IndicatorRoles roles;

  public TotalStatement(IndicatorRoles roles) {
    this.roles = roles;
  }

  /** A budget's name in parentheses right after its amount: （即年初预算）, （为调整后预算）. */
  private static final Pattern NAMED_AFTER = Pattern.compile("[ ]*\\((?:即|为|系)?[ ]*((?:年初|调整后|全年)?预算(?:数)?)[ ]*\\)");
  /** A kind of spending a sentence may open with, as a part of the unit's: 基本支出, 项目支出, 人员经费, 公用经费. */
  private static final Pattern KIND_OPENS = Pattern.compile("(?:基本支出|项目支出|人员经费|公用经费)");

  /** A rate per unit's words: 每个, 每平方米, 按每吨. */
  private static final Pattern PER_UNIT = Pattern.compile("^(?:按)?每");
  /** Spending named by nothing but the word (支出, 共支出). */
  private static final Pattern BARE_SPENDING = Pattern.compile("^[,，]?(?:共|实际)?支出$");
  /** A parenthesis opened before an amount, with a few words first (（决算报表口径, （即). */
  private static final Pattern OPENS_PARENTHESES = Pattern.compile("[ ]*\\([^()]{0,12}");
  /**
   * A clause of the sentence opening with the adjustments made, before the budget's own clause: 两次调整后，全年预算总额为; 调整后财政拨款
   * 1,241.40万元，部门预算总额为 (not a budget of the year's start or of another year set against it).
   */
  private static final Pattern AFTER_ADJUSTMENTS = Pattern.compile("(?:^|[,。;])[^,;。]{0,6}调整后[^;。]*,(?![^,;。]*(?:年初|原|上年|较|比))[^,;。]*$");
  /** A budget adjusted to the amount after these words (调整为, 调整至, 调增至), the label's verb the label drops. */
  private static final Pattern ADJUSTED_TO = Pattern.compile("调[整增减](?:为|至|到)[ ]*$");

  @Override
  public List<Found> extract(DocumentView v, Sentence s) {
    List<Found> out = new ArrayList<>();
    List<Quantity> quantities = v.quantitiesIn(s.start(), s.end());
    // a sentence that opens with a kind of spending goes on about it (1.基本支出1,268.42万元，执行率98.33%，占总支出的8.53%)
    boolean ofAKind = !quantities.isEmpty() && KIND_OPENS.matcher(Labels.before(v, quantities.get(0)).normalized()).lookingAt();
    TotalKey previous = null;
    String previousLabel = "";
    Quantity before = null;
    for (Quantity q : quantities) {
      // the amount before written again in parentheses in another unit (1,862.58万元（决算报表口径18,625.8千元）) says nothing new
      boolean restated = before != null && sameAmountInParentheses(v, before, q);
      before = q;
      if (restated) {
        continue;
      }
      String label = Labels.before(v, q).normalized();
      // or named in parentheses right after it (提前下达草原补奖资金1,180.00万元（即年初预算）)
      Matcher namedAfter = NAMED_AFTER.matcher(v.normalized(q.end(), Math.min(v.text().length(), q.end() + 14)));
      label = namedAfter.lookingAt() ? namedAfter.group(1) : label;
      // what was spent at a rate per unit right before it (分类垃圾桶1,200个，每个260元，支出31.20万元) is that item's, not the year's
      boolean bare = BARE_SPENDING.matcher(label).matches();
      boolean atARate = bare && PER_UNIT.matcher(previousLabel).lookingAt();
      previousLabel = label;
      if (atARate || bare && spentAgain(v, q)) {
        previous = null;
        continue;
      }
      if (TotalKey.namesCategory(label)) {
        // the rest of the sentence goes on about the 三公经费 (…年初预算12万元，实际支出10.2万元，执行率85%)
        break;
      }
      TotalKey key = TotalKey.of(q, label);
      // a share of the budget is the execution rate only as the spending's right before it (实际支出1,862.58万元，占调整后预算的96.03%;
      // not 调减预算512.80万元，占年初预算的5.93%)
      boolean aShare = key == TotalKey.EXECUTION_RATE && label.startsWith("占") && previous != TotalKey.EXPENDITURE;
      previous = key;
      if (key == TotalKey.EXECUTION_RATE && (ofAKind || aShare || IndicatorRoles.TARGET.equals(roles.roleAt(v, q.start())))) {
        continue;
      }
      if (key == TotalKey.BUDGET && AFTER_ADJUSTMENTS.matcher(v.normalized(s.start(), q.start())).find()) {
        key = TotalKey.ADJUSTED_BUDGET; // 两次调整后，全年预算总额为168.90万元: the budget as the adjustments left it
      }
      if (key == TotalKey.BUDGET_ADJUSTMENT && ADJUSTED_TO.matcher(Labels.rawBefore(v, q).normalized()).find()) {
        key = TotalKey.ADJUSTED_BUDGET; // 全年预算调整为5920.00万元: what the budget became, not what was added to it
      }
      if ((key == TotalKey.ADJUSTED_BUDGET || key == TotalKey.BUDGET_ADJUSTMENT) && KIND_OPENS.matcher(label).lookingAt()) {
        continue; // 项目支出预算调整为1128.00万元: a kind of spending's budget, not the unit's
      }
      if (key != null) {
        out.add(new Found(key, q));
      }
    }
    return out;
  }

  /**
   * Whether spending named by nothing but the word repeats an amount its paragraph has already said was spent, by whoever spent it:
   * that spending again (5. 农田退水生态拦截子项目支出230.40万元。…全年建成生态拦截沟渠18.0公里，支出230.40万元), not the year's.
   */
  private static boolean spentAgain(DocumentView v, Quantity q) {
    BigDecimal yuan = Money.toYuan(q.value(), MoneyUnit.of(q.unit()));
    for (Quantity earlier : v.quantitiesIn(v.layout().lineAt(q.start()).start(), q.start())) {
      if (earlier.isMoney() && Money.toYuan(earlier.value(), MoneyUnit.of(earlier.unit())).compareTo(yuan) == 0
          && Labels.before(v, earlier).normalized().endsWith("支出")) {
        return true;
      }
    }
    return false;
  }

  /** Whether q is the amount {@code before} again, right after it and in parentheses. */
  private static boolean sameAmountInParentheses(DocumentView v, Quantity before, Quantity q) {
    return before.isMoney() && q.isMoney() && OPENS_PARENTHESES.matcher(v.normalized(before.end(), q.start())).matches()
        && Money.toYuan(before.value(), MoneyUnit.of(before.unit())).compareTo(Money.toYuan(q.value(), MoneyUnit.of(q.unit()))) == 0;
  }
}
