package dev.jixiao.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.index.analysis.JixiaoAnalyzer;
import org.junit.jupiter.api.Test;

class IndexWarmUpTest {
  @Test
  void indexesItsTextWithTheAnalyzerItIsGiven() throws Exception {
    assertThat(IndexWarmUp.run(JixiaoAnalyzer.forIndex())).isGreaterThan(20);
  }
}
