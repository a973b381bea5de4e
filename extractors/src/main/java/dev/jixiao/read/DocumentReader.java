package dev.jixiao.read;

import java.util.Set;
import org.apache.tika.mime.MediaType;

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

  /**
   * As {@link #read(byte[], String, ReadLimits)}, given the detected type with its parameters, as
   * Tika passes a parser the content type: a text reader takes the charset that detection already
   * established ({@code text/plain; charset=GBK}).
   */
  default TextDocument read(byte[] bytes, MediaType type, ReadLimits limits) throws ReadFailure {
    return read(bytes, type.getBaseType().toString(), limits);
  }
}
