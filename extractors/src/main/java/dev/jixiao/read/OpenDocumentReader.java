package dev.jixiao.read;

import java.util.Set;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.odf.OpenDocumentParser;

/**
 * OpenDocument text ({@code .odt}), as LibreOffice and WPS save a report, through Tika's
 * OpenDocumentParser: paragraphs and tables as from Word ({@link XhtmlText}).
 */
public final class OpenDocumentReader implements DocumentReader {
  static final String ODT = "application/vnd.oasis.opendocument.text";

  private final Parser parser = new OpenDocumentParser();

  @Override
  public Set<String> mediaTypes() {
    return Set.of(ODT);
  }

  @Override
  public TextDocument read(byte[] bytes, String mediaType, ReadLimits limits) throws ReadFailure {
    return XhtmlDocuments.read(parser, bytes, new ParseContext(), limits, "odt");
  }
}
