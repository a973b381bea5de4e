package dev.jixiao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The catalogue's own contract, as Error Prone's meta-test over every check. */
class RuleCatalogTest {
  private static final Set<String> SPEC_RULES = Set.of("project.rate", "total.rate", "total.share", "total.sum", "total.count",
      "grade.count", "grade.percent", "score.sum", "score.band", "restated", "project.duplicate", "amount.magnitude",
      "breakdown.sum", "balance", "product", "target.missed");

  @Test
  void everyRuleIsDescribedOnceInBothLanguages() {
    Set<String> ids = new HashSet<>();
    for (Rule rule : RuleCatalog.standard().rules()) {
      RuleInfo info = rule.info();
      assertThat(ids.add(info.id())).as("unique id " + info.id()).isTrue();
      assertThat(info.zh()).as(info.id() + " zh").isNotBlank().matches(".*\\p{IsHan}.*");
      assertThat(info.en()).as(info.id() + " en").isNotBlank().matches(".*[a-z].*");
    }
    assertThat(ids).containsAll(SPEC_RULES);
  }

  @Test
  void everyRuleHasItsOwnTestClass() {
    for (Rule rule : RuleCatalog.standard().rules()) {
      String test = rule.getClass().getName() + "Test";
      assertThat(exists(test)).as("test class " + test).isTrue();
    }
  }

  private static boolean exists(String name) {
    try {
      Class.forName(name);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
