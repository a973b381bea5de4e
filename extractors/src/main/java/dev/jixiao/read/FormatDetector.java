package dev.jixiao.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Names a document's media type from its bytes (Tika's magic detection). The file name is passed
 * only as a hint Tika uses to refine a type the bytes already establish (text → Markdown); a PDF
 * named {@code .docx} is still a PDF.
 *
 * <p>Tika's magic table is evaluated whole for every file (about 1,400 clauses, priorities decided
 * only after all have run): 2–3 ms a file in a worker on C1, as much as reading a short report,
 * whatever the file's size (each regex clause decodes a window of 8 KB). A file
 * that opens with the signature of a PDF, a zip or an OLE2 container is named without it: a PDF
 * at once, a container by Tika's own container detectors (which open it to tell Word from Excel,
 * as they do inside the full detection) when they can name it.
 *
 * <p>Text is the other shortcut, and the commoner case: a file that decodes as text, opens (after
 * a UTF-8 byte-order mark and blank space) with a non-ASCII character, as a Chinese report opens
 * with its title, and has no {@code <} in its first {@value #MARKUP_WINDOW} bytes is plain text.
 * Every signature in Tika's table that text can carry is ASCII: at the start, which such a file
 * does not have, or (HTML, XML) a tag, which it has none of. What the table still finds in such
 * a file are false alarms: a report that quotes {@code %PDF-1.4} in its first lines is a PDF to
 * it, one that quotes {@code disallow:} a robots.txt. Text files were a sixth of a worker's
 * extraction threads in that table. Everything else takes the full detection. {@code
 * FormatDetectorTest} holds the shortcuts to the full detection's answers on every sample.
 *
 * <p>A web page that opens (after a UTF-8 byte-order mark and blank space, within Tika's first 64
 * bytes) with one of the four doctypes Tika's table spells, {@code <!DOCTYPE html} in either case
 * of each word, is HTML, as the table names it, unless {@code xmlns} occurs in the first
 * {@value #MARKUP_WINDOW} bytes: a namespace can make it XHTML, which the table decides by parsing
 * the root element. The full detection took 1.8 ms of a page on C1, twice what reading it takes.
 *
 * <p>Text that is one whole JSON value is {@code application/json} (Tika has no magic for it):
 * data, which no reader takes, rather than prose to read a report from.
 */
public final class FormatDetector {
  private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  /** The doctypes Tika's magic for {@code text/html} spells, as it spells them. */
  private static final List<byte[]> DOCTYPES = List.of("<!DOCTYPE html", "<!DOCTYPE HTML", "<!doctype html", "<!doctype HTML")
      .stream().map(d -> d.getBytes(StandardCharsets.US_ASCII)).toList();
  /** Tika's doctype signatures start before this offset (at it, the full detection decides). */
  static final int DOCTYPE_REACH = 64;
  private static final byte[] XMLNS = "xmlns".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
  /** Tika's HTML and XML signatures look this far into a file. */
  static final int MARKUP_WINDOW = 8192;
  static final MediaType JSON = MediaType.application("json");
  private static final JsonFactory JSON_FACTORY = new JsonFactory();

  private static final Set<MediaType> GENERIC_CONTAINERS = Set.of(MediaType.OCTET_STREAM,
      MediaType.application("zip"), MediaType.application("x-tika-ooxml"), MediaType.application("x-tika-msoffice"));

  private final Detector detector;
  private final Detector containers;
  private final MimeTypes names;
  private final boolean shortcuts;

  public FormatDetector() {
    this(true);
  }

  /** With {@code shortcuts} false every file takes Tika's full detection (tests compare them). */
  FormatDetector(boolean shortcuts) {
    this.shortcuts = shortcuts;
    TikaConfig tika = TikaConfig.getDefaultConfig();
    this.detector = tika.getDetector();
    this.names = tika.getMimeRepository();
    List<Detector> all = detector instanceof CompositeDetector c ? c.getDetectors() : List.of();
    this.containers = new CompositeDetector(names.getMediaTypeRegistry(),
        all.stream().filter(d -> !(d instanceof MimeTypes)).toList());
  }

  public MediaType detect(byte[] bytes, String fileName) {
    MediaType fromBytes = shortcuts ? byShortcut(bytes) : null;
    if (fromBytes == null) {
      fromBytes = detect(detector, bytes);
    }
    if (fromBytes.equals(MediaType.OCTET_STREAM)) {
      // Tika's magic knows UTF-8 and UTF-16, not GB18030 or Big5 without a BOM
      MediaType text = TextDecoder.plainText(bytes);
      fromBytes = text != null ? text : fromBytes;
    }
    if (fromBytes.getBaseType().equals(MediaType.TEXT_PLAIN) && isJson(bytes)) {
      // Tika has no magic for JSON: a scraper's manifest or an exported record is data, which no
      // reader takes, not prose to extract a report from
      return JSON;
    }
    // Only text is refined by the name (.md is text/plain to magic); for anything else a name
    // could only contradict the bytes: random bytes called .docx are not Word.
    if (fileName == null || !fromBytes.getBaseType().equals(MediaType.TEXT_PLAIN)) {
      return fromBytes;
    }
    // The name alone, not a second magic pass over the bytes (that doubled the cost of every
    // text file): the bytes already said text, the name may only say which kind of text.
    MediaType byName = names.getMimeType(fileName).getType();
    return byName.getType().equals("text") && names.getMediaTypeRegistry().isSpecializationOf(byName, MediaType.TEXT_PLAIN)
        ? new MediaType(byName, fromBytes.getParameters()) : fromBytes;
  }

  private MediaType byShortcut(byte[] bytes) {
    if (startsWith(bytes, PDF)) {
      return MediaType.application("pdf");
    }
    if (startsWith(bytes, ZIP) || startsWith(bytes, OLE2)) {
      MediaType container = detect(containers, bytes);
      // only a named format: for a damaged or unknown container the magic table may say more
      return GENERIC_CONTAINERS.contains(container) ? null : container;
    }
    if (opensWithProse(bytes)) {
      MediaType text = TextDecoder.plainText(bytes);
      if (text != null) {
        return text;
      }
    }
    if (opensWithDoctype(bytes)) {
      return MediaType.TEXT_HTML;
    }
    return null;
  }

  /**
   * Whether the content (after a UTF-8 byte-order mark and blank space) opens with one of Tika's
   * HTML doctypes within its first {@value #DOCTYPE_REACH} bytes, and no namespace is declared in
   * the first {@value #MARKUP_WINDOW}.
   */
  static boolean opensWithDoctype(byte[] bytes) {
    int i = contentStart(bytes);
    if (i >= DOCTYPE_REACH || DOCTYPES.stream().noneMatch(d -> startsWith(bytes, i, d))) {
      return false;
    }
    int window = Math.min(bytes.length, MARKUP_WINDOW);
    for (int j = 0; j + XMLNS.length <= window; j++) {
      if (bytes[j] == 'x' && startsWith(bytes, j, XMLNS)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the first character after a UTF-8 byte-order mark and blank space is not ASCII (a
   * UTF-16 mark is left to Tika) and no markup opens in the first {@link #MARKUP_WINDOW} bytes.
   */
  static boolean opensWithProse(byte[] bytes) {
    if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF || (bytes[0] & 0xff) == 0xFE)) {
      return false;
    }
    int i = contentStart(bytes);
    if (i == bytes.length || (bytes[i] & 0x80) == 0) {
      return false;
    }
    int window = Math.min(bytes.length, MARKUP_WINDOW);
    for (int j = i; j < window; j++) {
      if (bytes[j] == '<') {
        return false;
      }
    }
    return true;
  }

  /** Whether the bytes are one JSON object or array, whole (a UTF-8 byte-order mark and blank space aside). */
  static boolean isJson(byte[] bytes) {
    int i = contentStart(bytes);
    if (i == bytes.length || (bytes[i] != '{' && bytes[i] != '[')) {
      return false;
    }
    try (JsonParser p = JSON_FACTORY.createParser(bytes, i, bytes.length - i)) {
      p.nextToken();
      p.skipChildren();
      return p.nextToken() == null; // nothing after the value
    } catch (IOException e) {
      return false;
    }
  }

  /** Where the content starts: after a UTF-8 byte-order mark and blank space. */
  private static int contentStart(byte[] bytes) {
    int i = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) {
      i++;
    }
    return i;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return startsWith(bytes, 0, prefix);
  }

  private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
    return bytes.length - at >= prefix.length && Arrays.equals(bytes, at, at + prefix.length, prefix, 0, prefix.length);
  }

  private static MediaType detect(Detector detector, byte[] bytes) {
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      return detector.detect(in, new Metadata());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
