package dev.jixiao.read;

import java.util.Set;

/**
 * Turns the bytes of one document of a known media type into text. A reader owns nothing beyond
 * the call: no global state, so readers can run in parallel or inside other engines.
 */
public interface DocumentReader {

  /** The media types (as Tika names them, e.g. {@code text/plain}) this reader handles. */
  Set<String> mediaTypes();

  /**
   * @param bytes the whole document
   * @param mediaType the detected type, one of {@link #mediaTypes()}
   * @param limits the limits to honour
   * @throws ReadFailure with the record's error code when the document cannot be read
   */
  TextDocument read(byte[] bytes, String mediaType, ReadLimits limits) throws ReadFailure;
}
