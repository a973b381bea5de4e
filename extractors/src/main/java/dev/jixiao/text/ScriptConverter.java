package dev.jixiao.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.io.IOUtil;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
    static final CharSet CHANGED = CharSet.of(changed(ALL));

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

    /** Whether {@code text} holds a character some kept name would lose: one pass, instead of a search for every name. */
    static boolean mayHoldOne(String text) {
      for (int i = 0; i < text.length(); i++) {
        if (CHANGED.contains(text.charAt(i))) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * What in a text can make HanLP's traditional → simplified table change it, read from the table HanLP loads: each entry that
   * changes what it matches (這 → 这, 乾淨 → 干净) must occur in the text for it to, and then so do its first changed character
   * and the one after it (or before it, at the entry's end), or the character itself for an entry of one. Loaded on first use; if
   * the table cannot be read, every text may change.
   */
  private static final class Changes {
    /** Null when the table cannot be read. */
    static final Changes TABLE = read();

    private final CharSet singles;
    /** The first characters of {@link #pairs}, so that most positions need no lookup of a pair. */
    private final CharSet pairStarts;
    private final Set<Integer> pairs;

    private Changes(CharSet singles, CharSet pairStarts, Set<Integer> pairs) {
      this.singles = singles;
      this.pairStarts = pairStarts;
      this.pairs = pairs;
    }

    private static Changes read() {
      StringBuilder singles = new StringBuilder();
      StringBuilder pairStarts = new StringBuilder();
      Set<Integer> pairs = new HashSet<>();
      try (BufferedReader in = new BufferedReader(new InputStreamReader(
          IOUtil.newInputStream(HanLP.Config.tcDictionaryRoot + "t2s.txt"), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          int eq = line.indexOf('=');
          String from = eq > 0 ? line.substring(0, eq).strip() : "";
          String to = eq > 0 ? line.substring(eq + 1).strip() : "";
          if (from.isEmpty() || from.equals(to)) {
            continue;
          }
          if (from.length() == 1) {
            singles.append(from.charAt(0));
            continue;
          }
          int d = 0;
          while (from.length() == to.length() && from.charAt(d) == to.charAt(d)) {
            d++;
          }
          int at = d + 1 < from.length() ? d : d - 1;
          pairStarts.append(from.charAt(at));
          pairs.add(pair(from.charAt(at), from.charAt(at + 1)));
        }
      } catch (IOException | RuntimeException e) {
        return null;
      }
      return new Changes(CharSet.of(singles), CharSet.of(pairStarts), Set.copyOf(pairs));
    }

    private static int pair(char first, char second) {
      return first << 16 | second;
    }

    static boolean occurIn(String text) {
      Changes table = TABLE;
      if (table == null) {
        return true;
      }
      char[] chars = text.toCharArray();
      for (int i = 0; i < chars.length; i++) {
        char c = chars[i];
        if (table.singles.contains(c)
            || table.pairStarts.contains(c) && i + 1 < chars.length && table.pairs.contains(pair(c, chars[i + 1]))) {
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
    if (!mayChange(text)) {
      return text; // nearly every report: nothing in it converts, and so no name can lose a character
    }
    return keepNames(text, convert(text));
  }

  /**
   * Whether HanLP's conversion could change {@code text}: false when no entry of its table that changes what it matches occurs in
   * it, for it converts nothing else. Nearly every report is written in simplified characters and holds none (3 of 482 texts of
   * the samples, the probes and generated reports did); the conversion itself, which looks up every character in its table and
   * builds the text anew, was 5–7% of a simplified report's extraction on the workers' compiler.
   */
  public static boolean mayChange(String text) {
    return Changes.occurIn(text);
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

  /** HanLP's conversion, its length the text's; {@code text} itself when nothing in it converts. */
  static String convert(String text) {
    if (!mayChange(text)) {
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
