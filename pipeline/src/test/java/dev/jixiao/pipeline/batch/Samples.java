package dev.jixiao.pipeline.batch;

import java.nio.file.Path;

final class Samples {
  private Samples() {}

  static Path root() {
    String p = System.getProperty("jixiao.samples");
    return Path.of(p != null ? p : "../corpus-samples").toAbsolutePath().normalize();
  }
}
