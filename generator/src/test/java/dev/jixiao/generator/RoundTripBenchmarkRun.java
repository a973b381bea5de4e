package dev.jixiao.generator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** {@code mvn -pl generator -am test -Dtest=RoundTripBenchmarkRun -Djixiao.roundtrip=1000 -Dsurefire.failIfNoSpecifiedTests=false}. */
class RoundTripBenchmarkRun {
  @Test
  @EnabledIfSystemProperty(named = "jixiao.roundtrip", matches = "\\d+")
  void run() throws Exception {
    RoundTripBenchmark.main(new String[] {System.getProperty("jixiao.roundtrip"), "0.3"});
  }
}
