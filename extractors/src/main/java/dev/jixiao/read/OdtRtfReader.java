package dev.jixiao.read;

import java.util.Set;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;

/**
 * The word-processor formats besides Word that LibreOffice and WPS save and older office systems
 * export: OpenDocument text ({@code .odt}) through Tika's OpenDocumentParser, and RTF through its
 * RTFParser. Paragraphs and tables as from Word ({@link XhtmlText}); Tika's RTF parser writes a
 * table's cells as paragraphs, so an RTF table is lines.
 */
public final class OdtRtfReader implements DocumentReader {
  static final String ODT = "application/vnd.oasis.opendocument.text";
  static final String RTF = "application/rtf";

  private final Parser odt = new OpenDocumentParser();
  private final Parser rtf = new RTFParser();

  @Override
  public Set<String> mediaTypes() {
    return Set.of(ODT, RTF);
  }

  @Override
  public TextDocument read(byte[] bytes, String mediaType, ReadLimits limits) throws ReadFailure {
    boolean isRtf = mediaType.equals(RTF);
    return XhtmlDocuments.read(isRtf ? rtf : odt, bytes, new ParseContext(), limits, isRtf ? "rtf" : "odt");
  }
}
