package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AllFundsRuleTest {
  private static final String RULE = "funds.all";
  private static final String LEVELS = "（四）资金支出\n截至2023年12月31日，资金实际支出402.17万元，预算执行率97.32%%。其中县级财政拨款支出382.17万元，执行率97.18%%；"
      + "省级补助资金20.00万元%s，执行率%s。";

  /** Funds all spent are spent at 100%: any other rate right after contradicts the words, and both places are named. */
  @Test
  void allSpentIsAHundredPercent() {
    assertThat(Check.findings(LEVELS.formatted("全部支出", "100%"), RULE)).isEmpty();
    assertThat(Check.findings(LEVELS.formatted("全部支出", "100.00%"), RULE)).isEmpty();
    assertThat(Check.findings(LEVELS.formatted("全部支出", "90%"), RULE)).singleElement().satisfies(f -> {
      assertThat(f.stated()).isEqualTo("90%");
      assertThat(f.expected()).isEqualTo("100%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("90%", "全部支出");
    });
    // a rate rounded to 100% from below is not 100% when written with its decimals
    assertThat(Check.findings(LEVELS.formatted("全额拨付", "99.98%"), RULE)).hasSize(1);
  }

  /** 均已全部支出 with 执行率均为, and the claim's clause naming to whom it was paid (全部拨付学校). */
  @Test
  void theClaimsOtherWordings() {
    String both = "（四）资金支出\n分资金来源看：中央资金支出88.40万元、省级资金支出44.00万元，均已全部支出，执行率均为%s；县级资金支出31.39万元。";
    assertThat(Check.findings(both.formatted("100.00%"), RULE)).isEmpty();
    assertThat(Check.findings(both.formatted("200.00%"), RULE)).hasSize(1);
    String paid = "（四）资金支出\n其中：省级资金50.00万元全部拨付学校，执行率%s；县级资金支出29.13万元，执行率97.10%%。";
    assertThat(Check.findings(paid.formatted("100.00%"), RULE)).isEmpty();
    assertThat(Check.findings(paid.formatted("10.00%"), RULE)).hasSize(1);
  }

  /** What no claim of all spent fixes: a share of all spending, another fund's rate, a claim taken back. */
  @Test
  void whatTheWordsDoNotFix() {
    assertThat(Check.findings("（四）支出\n基本支出382.17万元，占全部支出的45.89%，执行率99.35%。", RULE)).isEmpty();
    assertThat(Check.findings("（四）支出\n中央资金和省级资金全部支出，市级资金执行率92.41%。", RULE)).isEmpty();
    assertThat(Check.findings("（四）支出\n县级资金未全部支出，执行率92.41%。", RULE)).isEmpty();
    assertThat(Check.findings("（四）支出\n除结余外基本全部支出，执行率98.41%。", RULE)).isEmpty();
    assertThat(Check.findings("（四）支出\n资金全部支出，节约率5.00%。", RULE)).isEmpty();
  }

  /** Funds all arrived (全部到位, 足额到位) arrived at 100%; a claim of arrival says nothing of a rate of spending, nor the other way. */
  @Test
  void allArrivedIsAHundredPercent() {
    String arrived = "（三）资金到位\n调整后预算585.00万元。截至年底，各级资金均已%s到位，资金到位率%s。";
    assertThat(Check.findings(arrived.formatted("足额", "100%"), RULE)).isEmpty();
    assertThat(Check.findings(arrived.formatted("全部", "100.00%"), RULE)).isEmpty();
    assertThat(Check.findings(arrived.formatted("足额", "101%"), RULE)).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("100%");
      assertThat(f.message()).startsWith("文中称资金已足额到位，资金到位率应为100%");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("101%", "足额到位");
    });
    assertThat(Check.findings("（三）资金\n资金全部到位，执行率95.00%。", RULE)).isEmpty();
    assertThat(Check.findings("（三）资金\n资金全部支出，到位率95.00%。", RULE)).isEmpty();
    assertThat(Check.findings("（三）资金\n水价奖补资金全部到位，到位504.60万元，到位率95%。", RULE)).isEmpty();
  }

  /** Funds all passed down or paid to where they go (全部下达到位, 全部拨付到乡镇, 全额拨付至县林业局) arrived there in full. */
  @Test
  void fundsAllPaidToWhereTheyGoArrivedInFull() {
    String paid = "（二）资金到位\n调整后预算１６８１．６０万元，资金已%s，到位率%s。";
    for (String claim : List.of("全部下达到位", "全部拨付到乡镇", "全额拨付至县林业局", "全部拨付到位")) {
      assertThat(Check.findings(paid.formatted(claim, "100%"), RULE)).isEmpty();
      assertThat(Check.findings(paid.formatted(claim, "98.50%"), RULE)).singleElement()
          .satisfies(f -> assertThat(f.expected()).isEqualTo("100%"));
    }
    // paid to the townships, then something else done before the rate: no rate of the claim's own
    assertThat(Check.findings(paid.formatted("全部拨付至乡镇财政所，实行专账核算", "98.50%"), RULE)).isEmpty();
  }
}
