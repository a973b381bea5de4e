package dev.jixiao.read;

import dev.jixiao.record.ErrorCode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Decodes the bytes of a text file without assuming a charset: a BOM wins; then strict UTF-8;
 * then ICU's statistical detector (through Tika), accepting only a charset that decodes every
 * byte. Bytes that no charset explains are not text.
 */
public final class TextDecoder {

  /** The decoded text and the charset's canonical name. */
  public record Decoded(String text, String charset) {}

  /** The media type's parameter that names the charset. */
  private static final String CHARSET = "charset";

  public Decoded decode(byte[] bytes) throws ReadFailure {
    return decodeWith(bytes).decoded();
  }

  /**
   * As {@link #decode(byte[])}, trying first the charset the detected type names ({@code text/plain; charset=GBK}, as
   * {@link #charsetOf} gave it), so that a text file is not run through the statistical detector twice, once to detect its
   * type and once to read it (5 ms each for a GB18030 report). A charset that does not decode every byte is ignored.
   */
  public Decoded decode(byte[] bytes, MediaType type) throws ReadFailure {
    String charset = type.getParameters().get(CHARSET);
    Charset named = charset == null ? null : charsetOrNull(charset);
    if (named != null && bytes.length > 0 && bomCharset(bytes) == null && !looksBinary(bytes)) {
      String text = strict(bytes, named);
      if (text != null && !text.isBlank()) {
        return new Decoded(text, canonical(named));
      }
    }
    return decode(bytes);
  }

  /**
   * The charset {@link #decode} would decode these bytes with, as the JVM names it (GBK, not the
   * record's GB18030), or null when they are not text: the detector's test, on content alone.
   */
  public static String charsetOf(byte[] bytes) {
    try {
      return decodeWith(bytes).charset().name();
    } catch (ReadFailure e) {
      return null;
    }
  }

  /**
   * {@code text/plain} with the charset that decodes the bytes ({@code charset=GBK}), which {@link #decode(byte[], MediaType)}
   * takes instead of detecting it again; null when no charset decodes them.
   */
  public static MediaType plainText(byte[] bytes) {
    String charset = charsetOf(bytes);
    return charset == null ? null : new MediaType(MediaType.TEXT_PLAIN, Map.of(CHARSET, charset));
  }

  /** Whether {@link #decode} would accept these bytes as text. */
  public static boolean isText(byte[] bytes) {
    return charsetOf(bytes) != null;
  }

  /** The text and the charset that decoded it. */
  private record Decoding(Decoded decoded, Charset charset) {}

  private static Decoding decodeWith(byte[] bytes) throws ReadFailure {
    if (bytes.length == 0) {
      throw new ReadFailure(ErrorCode.EMPTY, "the file is empty (0 bytes)");
    }
    Decoding bom = fromBom(bytes);
    if (bom != null) {
      return bom;
    }
    if (looksBinary(bytes)) {
      throw new ReadFailure(ErrorCode.UNSUPPORTED_FORMAT, "not text: the bytes contain control characters no text encoding uses");
    }
    String utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoding(new Decoded(utf8, "UTF-8"), StandardCharsets.UTF_8);
    }
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    for (CharsetMatch match : detector.detectAll()) {
      Charset cs = charsetOrNull(match.getName());
      if (cs == null || match.getConfidence() < 10) {
        continue;
      }
      String text = strict(bytes, cs);
      if (text != null && !text.isBlank()) {
        return new Decoding(new Decoded(text, canonical(cs)), cs);
      }
    }
    throw new ReadFailure(ErrorCode.UNSUPPORTED_FORMAT, "not text: no character encoding decodes these bytes");
  }

  private static Decoding fromBom(byte[] b) {
    Charset cs = bomCharset(b);
    if (cs == null) {
      return null;
    }
    int bom = cs.equals(StandardCharsets.UTF_8) ? 3 : 2;
    return new Decoding(new Decoded(new String(b, bom, b.length - bom, cs), cs.name()), cs);
  }

  /** The charset a byte-order mark opening the bytes names, or null. */
  private static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** NUL and most C0 controls never occur in text in the encodings we accept. */
  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 64 * 1024);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int c = bytes[i] & 0xff;
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        controls++;
      }
    }
    return controls * 100 > n; // more than 1% control bytes
  }

  private static String strict(byte[] bytes, Charset cs) {
    CharsetDecoder decoder = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Charset charsetOrNull(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String canonical(Charset cs) {
    // GB2312 and GBK are subsets of GB18030; name the superset so a re-read can never fail.
    String name = cs.name();
    return switch (name) {
      case "GB2312", "GBK", "x-mswin-936" -> "GB18030";
      default -> name;
    };
  }
}
