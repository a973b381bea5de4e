package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditReductionRuleTest {
  private static final String HEADING = "农村道路硬化项目支出绩效自评报告\n";

  /** 312.40 submitted, 298.56 approved: 13.84 cut, 4.43% of what was submitted. */
  @Test
  void submittedLessApprovedIsTheCut() {
    String audit = HEADING + "经县审计局审计，工程结算送审金额312.40万元，审定金额298.56万元，审减金额%s，审减率%s。";
    assertThat(Check.findings(audit.formatted("13.84万元", "4.43%%"), "audit.reduction")).isEmpty();
    // the rate is true of the amounts: the cut alone is wrong, and one finding names it
    assertThat(Check.findings(audit.formatted("18.84万元", "4.43%%"), "audit.reduction")).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("审减金额");
      assertThat(f.stated()).isEqualTo("18.84万元");
      assertThat(f.expected()).isEqualTo("13.84万元");
      assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("18.84万元", "312.40万元", "298.56万元");
    });
    assertThat(Check.findings(audit.formatted("13.84万元", "5.43%%"), "audit.reduction")).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("审减率");
      assertThat(f.expected()).isEqualTo("4.43%");
    });
  }

  /** The rate alone with the two amounts is held to their difference; amounts in 元 against 万元 alike. */
  @Test
  void theRateOfTheDifferenceAndMixedUnits() {
    String audit = HEADING + "该工程送审价3124000元，审计核定金额298.56万元，核减率%s。";
    assertThat(Check.findings(audit.formatted("4.43%"), "audit.reduction")).isEmpty();
    assertThat(Check.findings(audit.formatted("4.83%"), "audit.reduction")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("4.43%"));
  }

  /** Approved above what was submitted: the increase is the other way round. */
  @Test
  void anIncrease() {
    String audit = HEADING + "项目送审金额100万元，审定金额104.5万元，审增%s。";
    assertThat(Check.findings(audit.formatted("4.5万元"), "audit.reduction")).isEmpty();
    assertThat(Check.findings(audit.formatted("5.5万元"), "audit.reduction")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("4.5万元"));
  }

  /** Two works audited in one sentence: each cut is held to its own submission and approval. */
  @Test
  void severalAuditsInOneStatement() {
    String audits = HEADING + "其中：A段送审金额120万元，审定金额110万元，审减10万元；B段送审金额80万元，审定金额76万元，审减%s。";
    assertThat(Check.findings(audits.formatted("4万元"), "audit.reduction")).isEmpty();
    assertThat(Check.findings(audits.formatted("6万元"), "audit.reduction")).singleElement()
        .satisfies(f -> assertThat(f.evidence()).extracting(e -> e.quote()).containsExactly("6万元", "80万元", "76万元"));
  }

  /** The approval stated first, the cut against the submission after it. */
  @Test
  void approvedBeforeSubmitted() {
    String audit = HEADING + "审定金额298.56万元，较送审金额312.40万元审减%s。";
    assertThat(Check.findings(audit.formatted("13.84万元"), "audit.reduction")).isEmpty();
    assertThat(Check.findings(audit.formatted("31.84万元"), "audit.reduction")).hasSize(1);
  }

  /** With no amount submitted, the cut of a settlement as audited is of the contract's price (a reservoir's repair). */
  @Test
  void theCutOfTheContractsPrice() {
    String audit = HEADING + "项目合同价款812.45万元，经审计结算金额786.30万元，审减%s万元，审减率%s。";
    assertThat(Check.findings(audit.formatted("26.15", "3.22%%"), "audit.reduction")).isEmpty();
    assertThat(Check.findings(audit.formatted("27.98", "3.22%%"), "audit.reduction")).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo("26.15万元");
      assertThat(f.message()).contains("合同价812.45万元减审定786.30万元");
    });
    assertThat(Check.findings(audit.formatted("26.15", "3.45%%"), "audit.reduction")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("3.22%"));
    // an amount submitted in the statement is what the audit cut from
    String submitted = HEADING + "合同价款812.45万元，送审金额800.00万元，审定金额786.30万元，审减13.70万元。";
    assertThat(Check.findings(submitted, "audit.reduction")).isEmpty();
  }

  /** A budget cut (核减预算) with no submission, or amounts of separate sentences: no audit to hold them to. */
  @Test
  void noAudit() {
    assertThat(Check.findings(HEADING + "年初预算200万元，核定预算180万元，核减30万元。", "audit.reduction")).isEmpty();
    assertThat(Check.findings(HEADING + "送审金额312.40万元。审定金额298.56万元，审减金额18.84万元。", "audit.reduction")).isEmpty();
  }
}
