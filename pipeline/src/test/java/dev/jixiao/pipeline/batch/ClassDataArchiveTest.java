package dev.jixiao.pipeline.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {
  private static final String CLASS_PATH = System.getProperty("java.class.path");

  @Test
  void aJvmStartedWithAnArchivePassesItToWorkersOnItsClassPath(@TempDir Path tmp) throws Exception {
    // An archive that does not exist is ignored by the JVM, but the option is still among its arguments.
    String option = "-XX:SharedArchiveFile=" + tmp.resolve("jixiao.jsa");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), option,
        "-cp", CLASS_PATH, PrintForWorker.class.getName()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(out.lines().toList()).containsExactly("same class path: [" + option + "]",
        "other class path: []", "options with an archive of their own: []");
  }

  @Test
  void aJvmStartedWithoutOnePassesNothing() {
    assertThat(ClassDataArchive.forWorker(CLASS_PATH, List.of())).isEmpty();
  }

  /** Runs in a JVM of its own, started with an archive option. */
  static final class PrintForWorker {
    public static void main(String[] args) {
      System.out.println("same class path: " + ClassDataArchive.forWorker(classPathOfThisJvm(), List.of("-Xmx1g")));
      System.out.println("other class path: " + ClassDataArchive.forWorker("/elsewhere/jixiao.jar", List.of()));
      System.out.println("options with an archive of their own: "
          + ClassDataArchive.forWorker(classPathOfThisJvm(), List.of("-XX:SharedArchiveFile=/other.jsa")));
    }

    private static String classPathOfThisJvm() {
      return System.getProperty("java.class.path");
    }
  }
}
