package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SharePairsRuleTest {
  /** A county's crop insurance premium, split between the levels of government and the farmers. */
  private static final String PREMIUM = "二、保费分担情况\n全年保费收入3687.60万元。保费由各级财政和农户共同承担：中央财政承担45%%，计%s万元；"
      + "省级财政承担25%%，计%s万元；县级财政承担10%%，计%s万元；农户自缴20%%，计%s万元。";

  @Test
  void pairsThatImplyOneTotal() {
    assertThat(Check.findings(PREMIUM.formatted("1659.42", "921.90", "368.76", "737.52"), "share.pairs")).isEmpty();
  }

  @Test
  void thePairTheOthersDisagreeWith() {
    assertThat(Check.findings(PREMIUM.formatted("1659.42", "921.90", "394.57", "737.52"), "share.pairs")).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("县级财政承担");
      assertThat(f.stated()).isEqualTo("394.57万元");
      assertThat(f.expected()).isEqualTo("368.76万元");
      assertThat(f.message()).contains("3687.60万元");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("394.57万元", "10%", "1659.42万元", "45%");
    });
  }

  /** The amount first and its bare share after it (占): the same, where the parts are linked to no stated total. */
  @Test
  void amountsWithTheirSharesAfterThem() {
    String funds = "一、资金来源\n到位资金分别为：中央资金1200.00万元，占64.86%%；省级资金450.00万元，占%s；县级资金200.00万元，占10.81%%。";
    assertThat(Check.findings(funds.formatted("24.32%"), "share.pairs")).isEmpty();
    assertThat(Check.findings(funds.formatted("27.32%"), "share.pairs")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("450.00万元"));
  }

  /**
   * An average between an amount and its share is of the amount (a county's small reservoirs: 其余九座共64.80万元，座均7.20万元，占40.50%);
   * a classification opening between two lists of one statement starts another list, of another total (a township's income by
   * source, then its spending by function).
   */
  @Test
  void anAverageBetweenAndASecondListInOneStatement() {
    String reservoirs = "（二）资金分配。一是青龙潭水库22.40万元，占经费总额的14.00%%；二是白石岩水库19.60万元，占12.25%%；"
        + "三是其余九座水库共%s万元，座均7.20万元，占40.50%%。";
    assertThat(Check.findings(reservoirs.formatted("64.80"), "share.pairs")).isEmpty();
    assertThat(Check.findings(reservoirs.formatted("66.80"), "share.pairs")).hasSize(1);
    String township = "一、收支\n全年收入合计3,747.00万元，其中财政拨款收入3,276.18万元，占87.43%%，其他收入470.82万元，占12.57%%；全年支出合计3,687.60万元；"
        + "%s一般公共服务支出1,126.45万元，占30.55%%，农林水支出958.27万元，占25.99%%。";
    assertThat(Check.findings(township.formatted("按功能分类，"), "share.pairs")).isEmpty();
    assertThat(Check.findings(township.formatted(""), "share.pairs")).isNotEmpty();
    // a part's own breakdown (其中) between two pairs does not end their list (an education bureau's spending by kind)
    String kinds = "1.按支出性质分。基本支出39,826.73万元，占81.32%%，其中：人员经费37,412.58万元、公用经费2,414.15万元；项目支出9,148.43万元，占%s。";
    assertThat(Check.findings(kinds.formatted("18.68%"), "share.pairs")).isEmpty();
    assertThat(Check.findings(kinds.formatted("18.61%"), "share.pairs")).hasSize(1);
  }

  /** Rates with an amount after them, or pairs in two sentences, are no list of shares. */
  @Test
  void whatIsNoListOfShares() {
    assertThat(Check.findings("一、执行\n预算执行率95%，计950.00万元；到位率80%，计400.00万元。", "share.pairs")).isEmpty();
    assertThat(Check.findings("一、分担\n中央财政承担45%，计1659.42万元。省级财政承担25%，计986.43万元。", "share.pairs")).isEmpty();
  }

  /**
   * A random total split by random whole shares (each at least 10%), each amount reckoned to the 分,
   * never flags; one amount moved by a quarter always does, and with three or more pairs it is the one
   * named.
   */
  @Property(tries = 200)
  void consistentSplitsNeverFlagAndAMovedAmountAlwaysDoes(@ForAll @IntRange(min = 100_000, max = 99_999_999) int totalCents,
      @ForAll @IntRange(min = 2, max = 4) int parts, @ForAll @IntRange(min = 0, max = 1_000) int cut,
      @ForAll @IntRange(min = 0, max = 3) int moved) {
    List<Integer> shares = new ArrayList<>();
    int left = 100;
    for (int k = 0; k < parts - 1; k++) {
      int room = left - 10 * (parts - k);
      int s = 10 + (room <= 0 ? 0 : (cut * (k + 7)) % (room + 1));
      shares.add(s);
      left -= s;
    }
    shares.add(left);
    BigDecimal total = BigDecimal.valueOf(totalCents, 2);
    List<BigDecimal> amounts = shares.stream()
        .map(s -> total.multiply(BigDecimal.valueOf(s)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)).toList();
    String[] names = {"中央财政承担", "省级财政承担", "市级财政承担", "县级财政承担"};
    int changed = moved % parts;
    StringBuilder fine = new StringBuilder("二、分担情况\n资金由各级财政共同承担：");
    StringBuilder broken = new StringBuilder(fine);
    for (int k = 0; k < parts; k++) {
      BigDecimal a = amounts.get(k);
      BigDecimal b = k == changed ? a.multiply(new BigDecimal("1.25")).setScale(2, RoundingMode.HALF_UP) : a;
      String sep = k + 1 < parts ? "；" : "。";
      fine.append(names[k]).append(shares.get(k)).append("%，计").append(a).append("万元").append(sep);
      broken.append(names[k]).append(shares.get(k)).append("%，计").append(b).append("万元").append(sep);
    }
    assertThat(Check.findings(fine.toString(), "share.pairs")).as(fine.toString()).isEmpty();
    var f = Check.findings(broken.toString(), "share.pairs");
    assertThat(f).as(broken.toString()).isNotEmpty();
    if (parts >= 3) {
      assertThat(f).as(broken.toString()).singleElement().satisfies(x -> assertThat(x.subject()).isEqualTo(names[changed]));
    }
  }

  /**
   * An aside in parentheses between an amount and its share (how the amount was reckoned: 494.40万元（1,236亩×每亩4,000元），占35.93%) is
   * passed over: the share is the amount's, before the aside (a county's greenhouse subsidies).
   */
  @Test
  void anAsideBetweenAnAmountAndItsShare() {
    String subsidies = "二、资金支出\n支出明细如下：日光温室补贴624.00万元（416亩×每亩1.5万元），占总支出的45.35%%；钢架大拱棚补贴494.40万元（1,236亩×每亩"
        + "4,000元），占%s；连栋温室补贴144.00万元（48亩×每亩3万元），占10.47%%；验收测绘及技术培训等工作经费10.25万元，占0.74%%。";
    assertThat(Check.findings(subsidies.formatted("35.93%"), "share.pairs")).isEmpty();
    assertThat(Check.findings(subsidies.formatted("38.93%"), "share.pairs")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("494.40万元"));
  }

  /**
   * Shares given in turn to the amounts listed before them (a family doctor programme's funds by source): the first share goes with
   * the first amount, and so on, whether the shares follow 分别占 or the amounts 分别为.
   */
  @Test
  void sharesGivenInTurn() {
    // (of a whole the shares do not name; one they name and the report states is share.named's)
    String sources = "一、资金来源\n年中省级追加25万元。中央补助245万元，省级补助180万元（含年中追加），县级配套185万元，分别占%s、29.51%%和30.33%%。";
    assertThat(Check.findings(sources.formatted("40.16%"), "share.pairs")).isEmpty();
    assertThat(Check.findings(sources.formatted("50.16%"), "share.pairs")).singleElement()
        .satisfies(f -> assertThat(f.evidence()).extracting(e -> e.quote()).contains("50.16%", "245万元"));
    String inTurn = "一、资金来源\n调整后省级、市级、县级资金分别为120.00万元、60.00万元、132.00万元，占调整后预算的38.46%%、%s、42.31%%。";
    assertThat(Check.findings(inTurn.formatted("19.23%"), "share.pairs")).isEmpty();
    assertThat(Check.findings(inTurn.formatted("29.23%"), "share.pairs")).isNotEmpty();
  }

  /** More amounts listed than shares given in turn leave open which amounts the shares are of: no list is read. */
  @Test
  void moreAmountsThanSharesInTurn() {
    assertThat(Check.findings("一、资金来源\n省级120.00万元、市级60.00万元、县级132.00万元、乡级20.00万元，分别占50.00%、25.00%和25.00%。",
        "share.pairs")).isEmpty();
  }

  /**
   * Shares adding up to 100% make the amounts' sum the total (a tail water project's funds after its adjustment): a share off by one
   * in its last digit, which the totals the pairs imply each leave open, is flagged against its amount over that sum. Shares adding
   * up to less leave the total open.
   */
  @Test
  void sharesAddingUpToAHundred() {
    String funds = "一、资金来源\n调整后，省级资金800.00万元，占%s；县级资金550.00万元，占40.74%%。";
    assertThat(Check.findings(funds.formatted("59.26%"), "share.pairs")).isEmpty();
    assertThat(Check.findings(funds.formatted("59.27%"), "share.pairs")).singleElement().satisfies(f -> {
      assertThat(f.stated()).isEqualTo("59.27%");
      assertThat(f.expected()).isEqualTo("59.26%");
      assertThat(f.message()).contains("1350.00万元");
    });
    // an amount named for a budget (县本级一般公共预算) leaves its share bare (a street cleaning contract's sources)
    String county = "一、资金来源\n调整后资金来源为：县本级一般公共预算1,455.00万元，占82.44%%；城市基础设施配套费310.00万元，占%s。";
    assertThat(Check.findings(county.formatted("17.56%"), "share.pairs")).isEmpty();
    assertThat(Check.findings(county.formatted("17.57%"), "share.pairs")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("17.57%"));
    String some = "一、资金来源\n其中省级资金800.00万元，占%s；县级资金550.00万元，占27.50%%。";
    assertThat(Check.findings(some.formatted("40.00%"), "share.pairs")).isEmpty();
    assertThat(Check.findings(some.formatted("40.01%"), "share.pairs")).isEmpty();
  }

  /**
   * Pairs whose totals meet, but for one, name that one, though their shares' hundredths leave the median of their totals in none
   * but its own pair's (an emergency warehouse's spending by source: 900.00万元 at 60.08% and 247.88万元 at 16.55% meet about 1498万元).
   */
  @Test
  void theOneWhoseTotalTheOthersDoNotMeet() {
    String sources = "一、资金支出\n分来源看，中央资金支出900.00万元、省级资金支出350.00万元，均已全部支出，分别占全年支出的60.08%%和%s；县级资金支出247.88万元，"
        + "占16.55%%。";
    assertThat(Check.findings(sources.formatted("23.37%"), "share.pairs")).isEmpty();
    assertThat(Check.findings(sources.formatted("33.37%"), "share.pairs")).singleElement().satisfies(f -> {
      assertThat(f.stated()).isEqualTo("350.00万元");
      assertThat(f.evidence()).extracting(e -> e.quote()).contains("33.37%");
    });
  }

  /**
   * Shares given in turn that add up to 100% are all of their whole, though another pair follows them in the sentence (a project's
   * funds by level, then a part of one of them: …分别占59.26%和40.74%；省级资金中中央转移支付400.00万元，占29.63%).
   */
  @Test
  void sharesInTurnAddingUpToAHundredBeforeAnotherPair() {
    String budget = "一、资金来源\n调整后预算1,350.00万元，其中省级资金800.00万元、县级资金550.00万元，分别占%s和40.74%%；"
        + "省级资金中中央转移支付400.00万元，占29.63%%。";
    assertThat(Check.findings(budget.formatted("59.26%"), "share.pairs")).isEmpty();
    assertThat(Check.findings(budget.formatted("59.27%"), "share.pairs")).singleElement()
        .satisfies(f -> assertThat(f.stated()).isEqualTo("59.27%"));
  }
}
