package dev.jixiao.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Same-length repairs of what Tesseract typically misreads in these reports, applied only to
 * text that came from OCR: a decimal point read as a colon or comma before a money unit
 * ("1813:15万元", "836,76万元"), 1 read as ] beside digits ("]4"), 万元 read as 方元, and a per cent
 * sign read with a digit after it ("83.39%4": no figure runs on after its %) and, where no rate
 * could be meant, a 9 before it too ("11.599%4" for 11.59%: rates are written to the hundredth;
 * "1009%6" for 100%). Nothing is repaired that could be read another way; figures from OCR stay
 * marked as such in the record.
 */
public final class OcrRepairs {
  private static final Pattern POINT = Pattern.compile("(?<=\\d)[:,](?=\\d{1,2}[ ]?(?:万元|元|%))");
  private static final Pattern BRACKET_ONE = Pattern.compile("\\](?=\\d)|(?<=\\d)\\]");
  private static final Pattern FANG_YUAN = Pattern.compile("(?<=\\d[ ]?)方元");
  private static final Pattern STRAY_QUOTE = Pattern.compile("(?m)^[ ]*[”“\"'‘’](?=[ ]*\\d)");
  private static final Pattern SPACED_POINT = Pattern.compile("(?m)^([ ]*\\d{1,2}) \\.");
  /** An item number's point read as ; , : or - ("26-古饶镇…"): a range or time at a line's start has a digit after its sign. */
  private static final Pattern SEMICOLON_POINT = Pattern.compile("(?m)^([ ]*\\d{1,2})[;,:-](?=\\p{IsHan})");
  /** A per cent sign read with a digit after it, and the figure before it. */
  private static final Pattern PERCENT_GLYPH = Pattern.compile("(\\d+(?:\\.\\d+)?)%\\d(?![\\d.])");
  /** A figure whose last 9 is the per cent sign's too: a rate to the thousandth, or 1009. */
  private static final Pattern NINE_OF_THE_SIGN = Pattern.compile("\\d+\\.\\d{2}9|1009");
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
    m = PERCENT_GLYPH.matcher(normalized);
    while (m.find()) {
      c[m.end() - 1] = ' ';
      if (NINE_OF_THE_SIGN.matcher(m.group(1)).matches()) {
        c[m.end(1) - 1] = '%';
        c[m.end(1)] = ' ';
      }
    }
    m = SEMICOLON_COLON.matcher(normalized);
    while (m.find()) {
      c[m.start()] = ':';
    }
    return new String(c);
  }
}
