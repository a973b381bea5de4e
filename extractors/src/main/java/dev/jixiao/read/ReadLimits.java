package dev.jixiao.read;

import java.time.Duration;

/**
 * Every limit a reader honours, in one place with its default. Hitting a limit fails the record
 * with {@code too-large} or {@code timeout}; text is never cut silently.
 *
 * @param maxBytes largest input accepted
 * @param maxChars largest extracted text accepted (guards decompression bombs)
 * @param timeout wall-clock budget for reading one document; a reader still running then is
 *     abandoned and the record fails with {@code timeout}
 * @param ocrTimeout budget for the OCR of a document's pages without a text layer, on top of
 *     {@code timeout} for reading its text layer
 */
public record ReadLimits(long maxBytes, long maxChars, Duration timeout, Duration ocrTimeout) {
  public static final ReadLimits DEFAULTS =
      new ReadLimits(100L * 1024 * 1024, 20L * 1024 * 1024, Duration.ofSeconds(120), Duration.ofMinutes(15));

  public ReadLimits withMaxBytes(long value) {
    return new ReadLimits(value, maxChars, timeout, ocrTimeout);
  }

  public ReadLimits withMaxChars(long value) {
    return new ReadLimits(maxBytes, value, timeout, ocrTimeout);
  }

  public ReadLimits withTimeout(Duration value) {
    return new ReadLimits(maxBytes, maxChars, value, ocrTimeout);
  }

  public ReadLimits withOcrTimeout(Duration value) {
    return new ReadLimits(maxBytes, maxChars, timeout, value);
  }
}
