package dev.jixiao.text;

import com.hankcs.hanlp.HanLP;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Traditional → simplified with HanLP's dictionary. HanLP converts phrase by phrase; where a
 * phrase would change length the text is converted character by character instead, so offsets
 * stay true to the original.
 *
 * <p>Official place names are kept as the national division list writes them. HanLP reads 乾 as
 * the traditional form of 干, 於 of 于 and 塚 of 冢, which they also are, so 乾州街道, 於潜镇 and
 * 垌塚镇 came out as names no division has, and their townships were never found. The names it
 * would change are listed in {@code kept-names.txt} (ScriptConverterTest holds the file to the
 * list); where one of them is written, in either script, its own characters stay.
 */
public final class ScriptConverter {
  private static final String KEPT_NAMES = "kept-names.txt";

  /** A kept name and what HanLP makes of it. */
  private record Kept(String name, String converted) {}

  /** Loaded on first use, as HanLP's dictionaries are: immutable, the same for every converter. */
  private static final class KeptNames {
    static final List<Kept> ALL = load();
    /** The characters of the kept names that the conversion changes (乾, 於, 塚…): a text without any has no name to keep. */
    static final String CHANGED = changed(ALL);

    private static List<Kept> load() {
      List<Kept> out = new ArrayList<>();
      for (String name : names()) {
        out.add(new Kept(name, convert(name)));
      }
      return List.copyOf(out);
    }

    private static String changed(List<Kept> kept) {
      StringBuilder out = new StringBuilder();
      for (Kept k : kept) {
        for (int i = 0; i < k.name().length(); i++) {
          char c = k.name().charAt(i);
          if (c != k.converted().charAt(i) && out.indexOf(String.valueOf(c)) < 0) {
            out.append(c);
          }
        }
      }
      return out.toString();
    }

    /** {@link #CHANGED} as a set: every character of every text is looked up in it. */
    static final BitSet CHANGED_SET = CHANGED.chars().collect(BitSet::new, BitSet::set, BitSet::or);

    /** Whether {@code text} holds a character some kept name would lose: one pass, instead of a search for every name. */
    static boolean mayHoldOne(String text) {
      for (int i = 0; i < text.length(); i++) {
        if (CHANGED_SET.get(text.charAt(i))) {
          return true;
        }
      }
      return false;
    }
  }

  public String toSimplified(String text) {
    if (!hasHan(text)) {
      return text;
    }
    return keepNames(text, convert(text));
  }

  /** The names of {@code kept-names.txt}, in its order. */
  static List<String> names() {
    try (InputStream in = ScriptConverter.class.getResourceAsStream(KEPT_NAMES)) {
      if (in == null) {
        throw new IllegalStateException(KEPT_NAMES + " is not on the classpath");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** HanLP's conversion, its length the text's. */
  static String convert(String text) {
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

  /**
   * {@code converted} with each kept name's own characters put back where the original has them
   * at an occurrence of the name's conversion: 乾州 (or 乾州 in a traditional text) stays 乾州,
   * while a 干州 written so, and 乾 elsewhere (乾淨 → 干净), are left as converted.
   */
  private static String keepNames(String original, String converted) {
    if (!KeptNames.mayHoldOne(original)) {
      return converted; // nearly every text
    }
    char[] out = null;
    for (Kept k : KeptNames.ALL) {
      for (int at = converted.indexOf(k.converted()); at >= 0; at = converted.indexOf(k.converted(), at + 1)) {
        for (int i = 0; i < k.name().length(); i++) {
          char own = k.name().charAt(i);
          if (original.charAt(at + i) == own && converted.charAt(at + i) != own) {
            if (out == null) {
              out = converted.toCharArray();
            }
            out[at + i] = own;
          }
        }
      }
    }
    return out == null ? converted : new String(out);
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
