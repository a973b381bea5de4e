package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.record.Finding;
import dev.jixiao.record.Severity;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProjectRateRuleTest {
  @Nested
  class Holds {
    @Test
    void roundedRatesHold() {
      // 13.53 / 60 = 22.55%, stated 22.54%: within rounding
      assertThat(Check.findings("2024年我镇信访工作经费项目全年预算为60万元。完成13.53万元，完成项目的22.54%。", "project.rate")).isEmpty();
      // one decimal written: 0.3 stands for 0.25..0.35
      assertThat(Check.findings("2024年我镇美丽乡村建设项目全年预算为25.33万元。完成0.3万元，完成项目的1.19%。", "project.rate")).isEmpty();
    }

    /** A rate against the budget after its adjustment, which the entry states too, is an info note on the base. */
    @Test
    void aRateAgainstTheAdjustedBudgetIsANote() {
      String entry = "2023年我乡村道维修经费年初预算100.00万元，调整后预算120.00万元，实际支出110.00万元，执行率%s。";
      assertThat(Check.findings(entry.formatted("91.67%"), "project.rate")).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.message()).startsWith("项目“村道维修经费”完成率91.67%按调整后预算（120.00万元）计算成立");
      });
      assertThat(Check.findings(entry.formatted("110.00%"), "project.rate")).isEmpty();
      assertThat(Check.findings(entry.formatted("95%"), "project.rate")).singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
      String added = "2023年我乡道路硬化工程项目年初预算为100.00万元，追加预算20.00万元，实际支出110.00万元，执行率%s。";
      assertThat(Check.findings(added.formatted("91.67%"), "project.rate")).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.message()).contains("按调整后预算（100.00万元+20.00万元）计算成立");
      });
      assertThat(Check.findings(added.formatted("81.67%"), "project.rate")).singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
      String cut = "2023年我乡道路硬化工程项目年初预算为100.00万元，调减预算20.00万元，实际支出76.00万元，执行率%s。";
      assertThat(Check.findings(cut.formatted("95.00%"), "project.rate")).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.message()).contains("按调整后预算（100.00万元-20.00万元）计算成立");
      });
      assertThat(Check.findings(cut.formatted("85.00%"), "project.rate")).singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
      String funds = "2023年我乡村道维修经费年初预算100.00万元，调整后资金总额120.00万元，实际支出110.00万元，执行率%s。";
      assertThat(Check.findings(funds.formatted("91.67%"), "project.rate")).singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void zeroSpentZeroPercent() {
      assertThat(Check.findings("2024年我镇公厕保洁项目全年预算为6.98万元。完成0万元，完成项目的0%。", "project.rate")).isEmpty();
    }
  }

  @Nested
  class Fails {
    @Test
    void aRateNoRoundingExplains() {
      List<Finding> f = Check.findings("2023年我乡道路硬化工程项目年初预算为120万元，实际支出96万元，执行率75%。", "project.rate");
      assertThat(f).hasSize(1);
      assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
      assertThat(f.get(0).stated()).isEqualTo("75%");
      assertThat(f.get(0).expected()).isEqualTo("80.00%");
      assertThat(f.get(0).evidence()).extracting(e -> e.quote()).containsExactly("75%", "96万元", "120万元");
    }

    @Test
    void amountsInDifferentUnitsAreComparedInYuan() {
      assertThat(Check.findings("2023年我乡饮水安全项目预算资金560000元，实际支出50万元，执行率80%。", "project.rate")).hasSize(1);
      assertThat(Check.findings("2023年我乡饮水安全项目预算资金560000元，实际支出50万元，执行率89.29%。", "project.rate")).isEmpty();
    }
  }
}
