package dev.jixiao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.pipeline.batch.WorkerPool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A benchmark's timed half, run in a JVM of the ingest workers' options (C1, the serial collector) on this class path: what a
 * steady-state figure means is what a worker pays, not what the test JVM's C2 would.
 */
public final class BenchmarkJvm {
  private BenchmarkJvm() {}

  /** Runs {@code main} with {@code args}, prints what it prints, and fails the test when it fails. */
  public static void run(Class<?> main, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
        "-XX:+UseSerialGC"));
    command.addAll(WorkerPool.Options.DEFAULT_JVM_OPTIONS);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    System.out.print(out);
    assertThat(p.waitFor()).as(out).isZero();
  }
}
