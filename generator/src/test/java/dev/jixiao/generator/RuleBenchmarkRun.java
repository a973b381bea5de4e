package dev.jixiao.generator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** {@code mvn -pl generator test -Dtest=RuleBenchmarkRun -Djixiao.rulebench=1000 -Dsurefire.failIfNoSpecifiedTests=false}. */
class RuleBenchmarkRun {
  @Test
  @EnabledIfSystemProperty(named = "jixiao.rulebench", matches = "\\d+")
  void run() throws Exception {
    RuleBenchmark.main(new String[] {System.getProperty("jixiao.rulebench")});
  }
}
