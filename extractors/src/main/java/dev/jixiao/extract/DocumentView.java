package dev.jixiao.extract;

import dev.jixiao.read.TextDocument;
import dev.jixiao.record.Evidence;
import dev.jixiao.text.Layout;
import dev.jixiao.text.Line;
import dev.jixiao.text.NormalizedText;
import dev.jixiao.text.Quantity;
import dev.jixiao.text.QuantityScanner;
import dev.jixiao.text.Sentence;
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

  public DocumentView(TextDocument document, NormalizedText text) {
    this.document = document;
    this.text = text;
    this.layout = new Layout(text.normalized());
    this.sentences = List.copyOf(layout.sentences());
    this.quantities = List.copyOf(new QuantityScanner().scan(text.normalized()));
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

  public List<Quantity> quantitiesIn(int start, int end) {
    return quantities.stream().filter(q -> q.start() >= start && q.end() <= end).toList();
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
