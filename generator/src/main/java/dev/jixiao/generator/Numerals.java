package dev.jixiao.generator;

/** Chinese numerals as reports write them: counts (三十六, 一百零二), and rates and scores with their decimals (九十五点六三). */
final class Numerals {
  private static final String DIGITS = "零一二三四五六七八九";

  private Numerals() {}

  static String chinese(int n) {
    if (n < 0 || n >= 1000) {
      return Integer.toString(n);
    }
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(n));
    }
    if (n < 20) {
      return "十" + (n % 10 == 0 ? "" : DIGITS.charAt(n % 10));
    }
    if (n < 100) {
      return DIGITS.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
    }
    int rest = n % 100;
    String head = DIGITS.charAt(n / 100) + "百";
    if (rest == 0) {
      return head;
    }
    if (rest < 10) {
      return head + "零" + DIGITS.charAt(rest);
    }
    return head + (rest < 20 ? "一" : "") + chinese(rest);
  }

  /** A plain decimal in Chinese numerals, its decimals digit by digit: 95.63 → 九十五点六三, 100 → 一百. */
  static String chinese(String plain) {
    int point = plain.indexOf('.');
    String whole = chinese(Integer.parseInt(point < 0 ? plain : plain.substring(0, point)));
    if (point < 0) {
      return whole;
    }
    StringBuilder out = new StringBuilder(whole).append('点');
    for (char c : plain.substring(point + 1).toCharArray()) {
      out.append(DIGITS.charAt(c - '0'));
    }
    return out.toString();
  }
}
