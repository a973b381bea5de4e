package dev.jixiao.cli;

import dev.jixiao.read.ReadLimits;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The read limits, shared by every command that reads documents (defaults in {@link ReadLimits#DEFAULTS}). */
final class LimitsOptions {
  @Option(names = "--max-size", paramLabel = "MB", description = "largest input read, in MB (default: ${DEFAULT-VALUE})")
  long maxMegabytes = ReadLimits.DEFAULTS.maxBytes() / (1024 * 1024);

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "time limit per document (default: ${DEFAULT-VALUE})")
  long timeoutSeconds = ReadLimits.DEFAULTS.timeout().toSeconds();

  @Option(names = "--ocr-timeout", paramLabel = "SECONDS", description = "time limit per document that needs OCR (default: ${DEFAULT-VALUE})")
  long ocrTimeoutSeconds = ReadLimits.DEFAULTS.ocrTimeout().toSeconds();

  ReadLimits limits() {
    return new ReadLimits(maxMegabytes * 1024 * 1024, ReadLimits.DEFAULTS.maxChars(), Duration.ofSeconds(timeoutSeconds),
        Duration.ofSeconds(ocrTimeoutSeconds));
  }
}
