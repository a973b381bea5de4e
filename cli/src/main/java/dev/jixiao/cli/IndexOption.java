package dev.jixiao.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option the index commands share, with its documented default. */
final class IndexOption {
  /** Environment variable naming the default index directory. */
  static final String ENV = "JIXIAO_INDEX";
  /** Default index directory when neither --index nor JIXIAO_INDEX is given (relative to the working directory). */
  static final String DEFAULT = "jixiao-index";

  @Option(names = "--index", paramLabel = "DIR",
      description = "index directory (default: $" + ENV + ", else ./" + DEFAULT + ")")
  Path index;

  Path dir() {
    if (index != null) {
      return index;
    }
    String env = System.getenv(ENV);
    return Path.of(env != null && !env.isBlank() ? env : DEFAULT);
  }
}
