package dev.jixiao.unit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The corpus samples as the resolver sees them: half-width text, the gold title and unit. */
final class UnitSamples {

  private UnitSamples() {}

  static Path dir() {
    String configured = System.getProperty("jixiao.samples");
    if (configured != null && Files.isDirectory(Path.of(configured))) {
      return Path.of(configured);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("corpus-samples"))) {
        return p.resolve("corpus-samples");
      }
    }
    throw new IllegalStateException("corpus-samples not found; run from the repository");
  }

  /** The seed's text, full-width ASCII folded to half-width (same length, so offsets hold). */
  static String text(String file) {
    try {
      return halfWidth(Files.readString(dir().resolve("text").resolve(file), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode gold(String seed) {
    try {
      return new ObjectMapper().readTree(dir().resolve("expected").resolve(seed + ".json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** U+FF01–FF5E to U+0021–007E; nothing else changes. */
  static String halfWidth(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] >= '\uFF01' && c[i] <= '\uFF5E') {
        c[i] = (char) (c[i] - 0xFEE0);
      }
    }
    return new String(c);
  }
}
