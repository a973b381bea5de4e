package dev.jixiao.extract;

import dev.jixiao.read.TextDocument;
import dev.jixiao.record.Evidence;
import dev.jixiao.text.DeclaredUnits;
import dev.jixiao.text.Layout;
import dev.jixiao.text.Line;
import dev.jixiao.text.NormalizedText;
import dev.jixiao.text.Quantity;
import dev.jixiao.text.QuantityScanner;
import dev.jixiao.text.Sentence;
import dev.jixiao.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * What every extractor reads: the normalised text (simplified, half-width; same offsets as the
 * original), its lines, sentences and quantities, and how to quote the original as evidence.
 * Built once per document; immutable.
 */
public final class DocumentView {
  private final TextDocument document;
  private final NormalizedText text;
  private final Layout layout;
  private final List<Sentence> sentences;
  private final List<Quantity> quantities;
  /** Starts and ends of {@link #quantities}, both ascending: the scanner finds them left to right, never overlapping. */
  private final int[] starts;
  private final int[] ends;

  public DocumentView(TextDocument document, NormalizedText text) {
    this.document = document;
    this.text = text;
    this.layout = new Layout(text.normalized());
    this.sentences = List.copyOf(layout.sentences());
    this.quantities = withDeclaredUnits(new QuantityScanner().scan(text.normalized()), DeclaredUnits.scan(text.normalized(), layout));
    this.starts = quantities.stream().mapToInt(Quantity::start).toArray();
    this.ends = quantities.stream().mapToInt(Quantity::end).toArray();
  }

  /** The scanner's quantities with the bare amounts a declared unit gives ({@link DeclaredUnits}), in order. */
  private static List<Quantity> withDeclaredUnits(List<Quantity> scanned, List<Quantity> declared) {
    if (declared.isEmpty()) {
      return List.copyOf(scanned);
    }
    List<Quantity> all = new ArrayList<>(scanned);
    for (Quantity d : declared) {
      if (scanned.stream().noneMatch(q -> q.start() < d.end() && d.start() < q.end())) {
        all.add(d);
      }
    }
    all.sort(Comparator.comparingInt(Quantity::start));
    return List.copyOf(all);
  }

  public TextDocument document() {
    return document;
  }

  /** The normalised text extractors match against. */
  public String text() {
    return text.normalized();
  }

  public String original(int start, int end) {
    return text.original().substring(start, end);
  }

  /**
   * A name the record gives as written, such as a project's, from [start, end): stripped, with
   * full-width digits and Latin letters in ASCII ({@link TextNormalizer#asciiDigitsAndLetters}),
   * so that the same name typed in either width is one name wherever the record names it.
   */
  public String name(int start, int end) {
    return TextNormalizer.asciiDigitsAndLetters(original(start, end).strip());
  }

  public String normalized(int start, int end) {
    return text.normalized().substring(start, end);
  }

  public Layout layout() {
    return layout;
  }

  public List<Line> lines() {
    return layout.lines();
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public List<Quantity> quantities() {
    return quantities;
  }

  /** The quantities lying wholly in [start, end). */
  public List<Quantity> quantitiesIn(int start, int end) {
    int from = firstAtOrAfter(starts, start);
    int to = firstAtOrAfter(ends, end + 1);
    return from < to ? quantities.subList(from, to) : List.of();
  }

  /** The quantity that starts at {@code pos}, or null. Labels ask this at every character they walk over. */
  public Quantity quantityStartingAt(int pos) {
    int i = Arrays.binarySearch(starts, pos);
    return i >= 0 ? quantities.get(i) : null;
  }

  public boolean quantityEndsAt(int pos) {
    return Arrays.binarySearch(ends, pos) >= 0;
  }

  private static int firstAtOrAfter(int[] sorted, int value) {
    int i = Arrays.binarySearch(sorted, value);
    if (i < 0) {
      return -i - 1;
    }
    while (i > 0 && sorted[i - 1] == value) {
      i--;
    }
    return i;
  }

  /** The first sentence that starts at {@code pos} or after it, past blank lines; null at the text's end. */
  public Sentence sentenceFrom(int pos) {
    int k = Sentence.firstFrom(sentences, pos);
    return k < sentences.size() ? sentences.get(k) : null;
  }

  /** The sentence right before {@code s}, past blank lines; null for the text's first. */
  public Sentence sentenceBefore(Sentence s) {
    int k = Sentence.firstFrom(sentences, s.start());
    return k > 0 ? sentences.get(k - 1) : null;
  }

  public Sentence sentenceAt(int pos) {
    for (Sentence s : sentences) {
      if (s.contains(pos)) {
        return s;
      }
    }
    return null;
  }

  public Evidence evidence(int start, int end) {
    return document.evidence(start, end);
  }

  /** Evidence for the span with surrounding blanks dropped. */
  public Evidence trimmedEvidence(int start, int end) {
    String t = text.normalized();
    while (start < end && Character.isWhitespace(t.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(t.charAt(end - 1))) {
      end--;
    }
    return document.evidence(start, end);
  }
}
