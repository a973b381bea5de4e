package dev.jixiao.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Same-length repairs of what Tesseract typically misreads in these reports, applied only to
 * text that came from OCR: a decimal point read as a colon or comma before a money unit
 * ("1813:15万元", "836,76万元"), 1 read as ] beside digits ("]4"), and 万元 read as 方元. Nothing
 * is repaired that could be read another way; figures from OCR stay marked as such in the record.
 */
public final class OcrRepairs {
  private static final Pattern POINT = Pattern.compile("(?<=\\d)[:,](?=\\d{1,2}[ ]?(?:万元|元|%))");
  private static final Pattern BRACKET_ONE = Pattern.compile("\\](?=\\d)|(?<=\\d)\\]");
  private static final Pattern FANG_YUAN = Pattern.compile("(?<=\\d[ ]?)方元");
  private static final Pattern STRAY_QUOTE = Pattern.compile("(?m)^[ ]*[”“\"'‘’](?=[ ]*\\d)");
  private static final Pattern SPACED_POINT = Pattern.compile("(?m)^([ ]*\\d{1,2}) \\.");
  /** An item number's point read as ; , : or - ("26-古饶镇…"): a range or time at a line's start has a digit after its sign. */
  private static final Pattern SEMICOLON_POINT = Pattern.compile("(?m)^([ ]*\\d{1,2})[;,:-](?=\\p{IsHan})");
  private static final Pattern SEMICOLON_COLON = Pattern.compile(";(?=[ ]*(?:预算|共计|实际))");

  private OcrRepairs() {}

  public static String repair(String normalized) {
    char[] c = normalized.toCharArray();
    Matcher m = POINT.matcher(normalized);
    while (m.find()) {
      c[m.start()] = '.';
    }
    m = BRACKET_ONE.matcher(normalized);
    while (m.find()) {
      c[m.start()] = '1';
    }
    m = FANG_YUAN.matcher(normalized);
    while (m.find()) {
      c[m.start()] = '万';
    }
    m = STRAY_QUOTE.matcher(normalized);
    while (m.find()) {
      c[m.end() - 1] = ' ';
    }
    m = SPACED_POINT.matcher(normalized);
    while (m.find()) {
      c[m.end(1)] = '.';
      c[m.end(1) + 1] = ' ';
    }
    m = SEMICOLON_POINT.matcher(normalized);
    while (m.find()) {
      c[m.end(1)] = '.';
    }
    m = SEMICOLON_COLON.matcher(normalized);
    while (m.find()) {
      c[m.start()] = ':';
    }
    return new String(c);
  }
}
