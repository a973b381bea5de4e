package dev.jixiao.generator;

import java.nio.file.Files;
import java.nio.file.Path;

/** The 1,000-report round trip: {@code RoundTripBenchmark [N] [plantRate]}; prints accuracy and detection. */
public final class RoundTripBenchmark {
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    double rate = args.length > 1 ? Double.parseDouble(args[1]) : 0.3;
    Path dir = Files.createTempDirectory("jixiao-roundtrip");
    long t0 = System.nanoTime();
    RoundTrip rt = RoundTripTest.run(dir, n, rate);
    System.out.println(rt.report());
    System.out.printf("%.1f s%n", (System.nanoTime() - t0) / 1e9);
  }
}
