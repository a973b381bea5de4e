package dev.jixiao.check.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.jixiao.record.Evidence;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MutationTest {
  /** A rate per mille reads in percent (0.21‰ is 0.021), its mutations too: 0.22‰ read as 0.22 would break ≤0.9‰ (0.09). */
  @Test
  void aRatePerMilleReadsInPercent() {
    assertThat(Mutation.of(new Evidence(10, 15, null, "0.21‰"), Relations.PERCENT))
        .extracting(Mutation::replacement, Mutation::value)
        .containsExactly(tuple("1.21‰", new BigDecimal("0.121")), tuple("0.22‰", new BigDecimal("0.022")));
  }

  @Test
  void aPercentReadsAsWritten() {
    assertThat(Mutation.of(new Evidence(0, 6, null, "94.42%"), Relations.PERCENT))
        .extracting(Mutation::replacement, Mutation::value)
        .containsExactly(tuple("84.42%", new BigDecimal("84.42")), tuple("94.43%", new BigDecimal("94.43")));
  }
}
