package dev.jixiao.index.analysis;

import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The fiscal and project vocabulary the segmenter keeps whole ({@code domain-words.txt} beside
 * this class). It is HanLP's bundled custom dictionary plus our words, in a private
 * {@link DynamicCustomDictionary}: HanLP's global {@code CustomDictionary} (which the extractors
 * use) is never changed. Built once, then only read, so one instance serves every thread.
 */
public final class DomainDictionary {
  static final String RESOURCE = "domain-words.txt";

  private static volatile DomainDictionary standard;

  private final DynamicCustomDictionary dictionary;
  private final List<String> words;

  private DomainDictionary(List<String[]> entries) {
    // share HanLP's compiled default (read-only) and add ours in a trie of our own
    DynamicCustomDictionary d = new DynamicCustomDictionary(
        CustomDictionary.DEFAULT.dat, new BinTrie<CoreDictionary.Attribute>(), CustomDictionary.DEFAULT.path);
    List<String> w = new ArrayList<>();
    for (String[] e : entries) {
      d.insert(e[0], (e.length > 1 ? e[1] : "nz") + " 1024");
      w.add(e[0]);
    }
    this.dictionary = d;
    this.words = Collections.unmodifiableList(w);
  }

  /** The dictionary built from the bundled word list. */
  public static DomainDictionary standard() {
    DomainDictionary s = standard;
    if (s == null) {
      synchronized (DomainDictionary.class) {
        s = standard;
        if (s == null) {
          standard = s = new DomainDictionary(load());
        }
      }
    }
    return s;
  }

  /** The domain words, in file order. */
  public List<String> words() {
    return words;
  }

  DynamicCustomDictionary hanlp() {
    return dictionary;
  }

  private static List<String[]> load() {
    List<String[]> entries = new ArrayList<>();
    try (InputStream in = DomainDictionary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          entries.add(line.split("\\s+"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }
}
