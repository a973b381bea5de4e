package dev.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CommitPolicyTest {
  private final CommitPolicy policy = new CommitPolicy(500, Duration.ofSeconds(10));
  private static final long SECOND = 1_000_000_000L;

  @Test
  void commitsAfterTheFilesOrTheIntervalWhicheverComesFirst() {
    assertThat(policy.due(499, 9 * SECOND)).isFalse();
    assertThat(policy.due(500, 0)).isTrue();
    assertThat(policy.due(1, 10 * SECOND)).isTrue();
    assertThat(policy.due(3, 11 * SECOND)).isTrue();
  }

  @Test
  void nothingPendingIsNeverCommitted() {
    assertThat(policy.due(0, 3600 * SECOND)).isFalse();
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> new CommitPolicy(0, Duration.ofSeconds(10))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CommitPolicy(5, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }
}
