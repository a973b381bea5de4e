package dev.jixiao.read;

import dev.jixiao.record.ErrorCode;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.mime.MediaType;

/**
 * Markdown as PDF-to-Markdown converters write it. The text keeps every line and drops only the
 * markup those converters add (heading hashes, bullets, bold), so a heading reads like the same
 * heading in Word or HTML; its pipe tables are tables ({@link PipeTables}), their rows left as
 * written. A full CommonMark renderer is deliberately not used: it re-flows paragraphs and
 * renumbers lists, and report numbering ("1." "（一）") is data here.
 */
public final class MarkdownReader implements DocumentReader {
  private static final Pattern HEADING = Pattern.compile("^#{1,6}[ \\t]+");
  private static final Pattern BULLET = Pattern.compile("^[ \\t]*[-*+][ \\t]+");
  private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__");
  private final TextDecoder decoder = new TextDecoder();

  @Override
  public Set<String> mediaTypes() {
    return Set.of("text/x-web-markdown", "text/markdown");
  }

  @Override
  public TextDocument read(byte[] bytes, String mediaType, ReadLimits limits) throws ReadFailure {
    return read(decoder.decode(bytes), limits);
  }

  @Override
  public TextDocument read(byte[] bytes, MediaType type, ReadLimits limits) throws ReadFailure {
    return read(decoder.decode(bytes, type), limits);
  }

  private static TextDocument read(TextDecoder.Decoded decoded, ReadLimits limits) throws ReadFailure {
    String text = HardWraps.unwrap(LetterSpacing.close(toText(LineEndings.toLf(decoded.text()))));
    if (text.length() > limits.maxChars()) {
      throw new ReadFailure(ErrorCode.TOO_LARGE, "text of " + text.length() + " characters exceeds the limit of " + limits.maxChars());
    }
    if (text.isBlank()) {
      throw new ReadFailure(ErrorCode.EMPTY, "the file holds only white space");
    }
    return TextDocument.plain(text, "md", decoded.charset(), PipeTables.of(text));
  }

  static String toText(String markdown) {
    StringBuilder out = new StringBuilder(markdown.length());
    for (String line : markdown.split("\n", -1)) {
      String s = HEADING.matcher(line).replaceFirst("");
      s = BULLET.matcher(s).replaceFirst("");
      s = EMPHASIS.matcher(s).replaceAll("");
      out.append(s).append('\n');
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }

  static boolean isHeading(String line) {
    Matcher m = HEADING.matcher(line);
    return m.find();
  }
}
