package dev.jixiao.read;

import java.time.Duration;

/**
 * Every limit a reader honours, in one place with its default. Hitting a limit fails the record
 * with {@code too-large} or {@code timeout}; text is never cut silently.
 *
 * @param maxBytes largest input accepted
 * @param maxChars largest extracted text accepted (guards decompression bombs)
 * @param timeout wall-clock budget for reading one document
 * @param ocrTimeout budget when the document needs OCR
 */
public record ReadLimits(long maxBytes, long maxChars, Duration timeout, Duration ocrTimeout) {
  public static final ReadLimits DEFAULTS =
      new ReadLimits(100L * 1024 * 1024, 20L * 1024 * 1024, Duration.ofSeconds(120), Duration.ofMinutes(15));
}
