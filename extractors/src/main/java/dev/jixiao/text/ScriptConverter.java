package dev.jixiao.text;

import com.hankcs.hanlp.HanLP;

/**
 * Traditional → simplified with HanLP's dictionary. HanLP converts phrase by phrase; where a
 * phrase would change length the text is converted character by character instead, so offsets
 * stay true to the original.
 */
public final class ScriptConverter {

  public String toSimplified(String text) {
    if (!hasHan(text)) {
      return text;
    }
    String converted = HanLP.convertToSimplifiedChinese(text);
    if (converted.length() == text.length()) {
      return converted;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String one = Character.isSurrogate(c) ? String.valueOf(c) : HanLP.convertToSimplifiedChinese(String.valueOf(c));
      out.append(one.length() == 1 ? one.charAt(0) : c);
    }
    return out.toString();
  }

  private static boolean hasHan(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
        return true;
      }
    }
    return false;
  }
}
