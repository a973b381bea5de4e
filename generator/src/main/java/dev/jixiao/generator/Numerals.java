package dev.jixiao.generator;

/** Chinese numerals for counts, as reports write them (三十六, 一百零二). */
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
}
