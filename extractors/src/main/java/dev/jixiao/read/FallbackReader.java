package dev.jixiao.read;

import java.util.Set;

/**
 * Reads what a format's reader could not, after it ran: OCR for PDF pages without a text layer.
 * A fallback is a reader of its own, registered beside the primary one in {@link Readers}, rather
 * than a branch inside it, so it has its own time budget ({@link ReadLimits#ocrTimeout()}) and can
 * be left out or replaced.
 */
public interface FallbackReader {

  /** The media types whose reader this one completes. */
  Set<String> mediaTypes();

  /**
   * Whether {@code first} (null when the primary reader found no text at all) leaves anything for
   * this reader. Must be cheap: it runs for every document of the type.
   */
  boolean wants(TextDocument first);

  /**
   * @param bytes the whole document
   * @param first what the primary reader read, or null when it found no text
   * @return the completed document, or null when there turned out to be nothing to add
   * @throws ReadFailure with the record's error code (e.g. {@code ocr-unavailable})
   */
  TextDocument complete(byte[] bytes, TextDocument first, ReadLimits limits) throws ReadFailure;
}
