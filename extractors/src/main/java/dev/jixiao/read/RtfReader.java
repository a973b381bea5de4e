package dev.jixiao.read;

import java.util.Set;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;

/**
 * Rich Text Format ({@code .rtf}), as older office systems export a report, through Tika's
 * RTFParser: paragraphs and tables as from Word ({@link XhtmlText}).
 */
public final class RtfReader implements DocumentReader {
  static final String RTF = "application/rtf";

  private final Parser parser = new RTFParser();

  @Override
  public Set<String> mediaTypes() {
    return Set.of(RTF);
  }

  @Override
  public TextDocument read(byte[] bytes, String mediaType, ReadLimits limits) throws ReadFailure {
    return XhtmlDocuments.read(parser, bytes, new ParseContext(), limits, "rtf");
  }
}
