package dev.jixiao.read;

import java.util.Set;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;

/**
 * Word documents through Tika's POI-based parsers: {@code .docx} with {@link OOXMLParser},
 * Word 97–2003 {@code .doc} with {@link OfficeParser}. Tika already joins a paragraph's runs and
 * writes list numbering; this reader keeps one paragraph per line and tables as tab-separated rows.
 * An encrypted {@code .docx} is an OLE2 file Tika calls {@code x-tika-ooxml-protected}, so it comes
 * here too and fails as {@code encrypted}.
 */
public final class WordReader implements DocumentReader {
  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String DOC = "application/msword";
  static final String DOCM = "application/vnd.ms-word.document.macroenabled.12";
  static final String PROTECTED_OOXML = "application/x-tika-ooxml-protected";

  private final Parser ooxml = new OOXMLParser();
  private final Parser ole2 = new OfficeParser();

  /**
   * Page headers and footers repeat the unit's name and page numbers on every page, and deleted or
   * moved-from tracked changes are not the published text: none of them is report text. A .docx
   * is read by Tika's streaming (SAX) extractor rather than through POI's XMLBeans object model:
   * the same text and tables on every .docx sample and 333 generated ones, in 5.5 ms a file
   * instead of 8.7 in a C1 worker.
   */
  private static ParseContext context() {
    OfficeParserConfig config = new OfficeParserConfig();
    config.setIncludeHeadersAndFooters(false);
    config.setIncludeDeletedContent(false);
    config.setIncludeMoveFromContent(false);
    config.setUseSAXDocxExtractor(true);
    ParseContext context = new ParseContext();
    context.set(OfficeParserConfig.class, config);
    return context;
  }

  @Override
  public Set<String> mediaTypes() {
    return Set.of(DOCX, DOC, DOCM, PROTECTED_OOXML);
  }

  @Override
  public TextDocument read(byte[] bytes, String mediaType, ReadLimits limits) throws ReadFailure {
    boolean ole = mediaType.equals(DOC) || mediaType.equals(PROTECTED_OOXML);
    return XhtmlDocuments.read(ole ? ole2 : ooxml, bytes, context(), limits, ole && mediaType.equals(DOC) ? "doc" : "docx");
  }
}
