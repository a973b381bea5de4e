package dev.jixiao.gold;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jixiao.record.RecordJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** The sample corpus of the repository ({@code corpus-samples/}) and its gold records. */
public final class Samples {
  private Samples() {}

  public static Path root() {
    String configured = System.getProperty("jixiao.samples");
    if (configured != null && Files.isDirectory(Paths.get(configured))) {
      return Paths.get(configured);
    }
    for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("corpus-samples/expected"))) {
        return p.resolve("corpus-samples");
      }
    }
    throw new IllegalStateException("corpus-samples/ not found above " + Paths.get("").toAbsolutePath());
  }

  public static Path file(String relative) {
    return root().resolve(relative);
  }

  /** The seed names of the gold records (guraozhen-2024, …), sorted. */
  public static List<String> seeds() {
    try (Stream<Path> s = Files.list(root().resolve("expected"))) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).map(n -> n.substring(0, n.length() - 5)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode gold(String seed) {
    try {
      return RecordJson.mapper().readTree(root().resolve("expected/" + seed + ".json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed's text sample: {@code text/<seed>.txt} or {@code .md}. */
  public static Path text(String seed) {
    Path txt = root().resolve("text/" + seed + ".txt");
    return Files.exists(txt) ? txt : root().resolve("text/" + seed + ".md");
  }
}
