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
 *
 * <p>Where a text shows that misread sign and writes every other rate to the hundredth, the sign's
 * other readings in a rate's place are read as the sign too: a 9 before it (73.549% is 73.54%), 9
 * and a digit in its stead (19.8390 is 19.83%), or a digit after a rate of nothing (094 is 0%: no
 * number is written with a 0 before its digits). A report that writes some rates to the thousandth
 * keeps them all as written.
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
  /** A rate as written, and its decimals. */
  private static final Pattern RATE = Pattern.compile("(?<![\\d.])\\d+(?:\\.(\\d+))?%");
  /** The sign's 9 kept before it where no digit follows. */
  private static final Pattern NINE_BEFORE_SIGN = Pattern.compile("(?<![\\d.])(\\d+\\.\\d{2})9%(?!\\d)");
  /** In a rate's place (完成项目的, 达标率为), the sign read as 9 and a digit, or as 9 and a digit after a rate of 0. */
  private static final Pattern SIGN_AS_DIGITS =
      Pattern.compile("(?<=(?:的|为|率|达到|达)\\s{0,2})(\\d+\\.\\d{2}|0)9\\d(?![\\d.%])(?=[。，；、,;]|\\s|$)");

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
    if (ratesToTheHundredth(normalized)) {
      m = NINE_BEFORE_SIGN.matcher(normalized);
      while (m.find()) {
        c[m.end(1)] = '%';
        c[m.end(1) + 1] = ' ';
      }
      m = SIGN_AS_DIGITS.matcher(normalized);
      while (m.find()) {
        c[m.end(1)] = '%';
        c[m.end(1) + 1] = ' ';
      }
    }
    m = SEMICOLON_COLON.matcher(normalized);
    while (m.find()) {
      c[m.start()] = ':';
    }
    return new String(c);
  }

  /**
   * Whether the text reads the per cent sign with a digit after it somewhere, and writes every rate
   * but those of that misread sign (…9%) to the hundredth or coarser: then a 9 before a sign, or a
   * sign read as digits, is the sign and not a thousandth.
   */
  private static boolean ratesToTheHundredth(String text) {
    if (!PERCENT_GLYPH.matcher(text).find()) {
      return false;
    }
    Matcher m = RATE.matcher(text);
    while (m.find()) {
      String decimals = m.group(1);
      if (decimals != null && decimals.length() > 2 && !(decimals.length() == 3 && decimals.endsWith("9"))) {
        return false;
      }
    }
    return true;
  }
}
