package dev.jixiao.read;

import dev.jixiao.record.ErrorCode;
import java.io.IOException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.SecureContentHandler;
import org.xml.sax.SAXException;

/**
 * Runs one Tika parser over a document's bytes and hands back its XHTML as a tree. Two guards sit
 * between the parser and the tree, as in Tika's own AutoDetectParser: {@link SecureContentHandler}
 * (output much larger than the input is a decompression bomb) and the character count of
 * {@link XhtmlTreeBuilder}; POI's {@code ZipSecureFile} inflate-ratio check guards the zip itself.
 * Every failure leaves as a {@link ReadFailure} with its record code.
 */
final class TikaXhtml {
  static {
    PoiLimits.install();
  }

  private TikaXhtml() {}

  /** The parsed body, and what the parser learnt about the document (e.g. the charset of a page). */
  record Parsed(XhtmlNode root, Metadata metadata) {}

  static XhtmlNode parse(Parser parser, byte[] bytes, ParseContext context, ReadLimits limits) throws ReadFailure {
    return parseWithMetadata(parser, bytes, context, limits).root();
  }

  static Parsed parseWithMetadata(Parser parser, byte[] bytes, ParseContext context, ReadLimits limits) throws ReadFailure {
    return parseWithMetadata(parser, bytes, new Metadata(), context, limits);
  }

  /** As {@link #parseWithMetadata(Parser, byte[], ParseContext, ReadLimits)}, telling the parser what {@code metadata} says. */
  static Parsed parseWithMetadata(Parser parser, byte[] bytes, Metadata metadata, ParseContext context, ReadLimits limits)
      throws ReadFailure {
    if (context.get(Parser.class) == null) {
      // Without a parser for embedded documents in the context, Tika's OOXML and OLE parsers build
      // an AutoDetectParser, and with it a whole TikaConfig, for every document: a seventh of the
      // time of reading a .docx. One built once reads the embedded documents the same way.
      context.set(Parser.class, EmbeddedParser.INSTANCE);
    }
    XhtmlTreeBuilder tree = new XhtmlTreeBuilder(limits.maxChars());
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      SecureContentHandler secure = new SecureContentHandler(tree, in);
      try {
        parser.parse(in, secure, metadata, context);
      } catch (SAXException e) {
        secure.throwIfCauseOf(e);
        throw e;
      }
    } catch (XhtmlTreeBuilder.TextLimitReached e) {
      throw new ReadFailure(ErrorCode.TOO_LARGE, e.getMessage(), e);
    } catch (SAXException | TikaException | IOException | RuntimeException e) {
      throw Failures.of(e);
    }
    return new Parsed(tree.root(), metadata);
  }

  /**
   * Runs a parser for what it hands {@code handler} and the context's hooks (embedded documents)
   * rather than for its text; failures leave as with {@link #parse}.
   */
  static void run(Parser parser, byte[] bytes, org.xml.sax.ContentHandler handler, ParseContext context) throws ReadFailure {
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      parser.parse(in, handler, new Metadata(), context);
    } catch (SAXException | TikaException | IOException | RuntimeException e) {
      throw Failures.of(e);
    }
  }

  /** Immutable and thread-safe once built, as Tika's parsers are; built on first use. */
  private static final class EmbeddedParser {
    static final Parser INSTANCE = new AutoDetectParser();
  }
}
