package dev.jixiao.read;

import dev.jixiao.record.Evidence;
import dev.jixiao.record.RecordError;
import java.util.Arrays;
import java.util.List;

/**
 * What a reader hands to extraction: the document's text, where each page starts in it, and how
 * it was read. Every evidence offset in the record points into {@link #text()}.
 *
 * @param text the extracted text, line breaks kept
 * @param pageStarts offset of the first character of each page, first 0, never decreasing (a page
 *     without text starts where the next one does; a page can start inside a line, where it broke a
 *     paragraph); empty when the format has no pages
 * @param format detected format id ({@code txt}, {@code md}, {@code pdf}, …)
 * @param charset the charset the bytes were decoded with, for text inputs
 * @param ocr whether any of the text came from OCR
 * @param warnings problems that did not stop reading (e.g. a page OCR could not read)
 * @param tables the document's tables, each row also rendered as one line of {@link #text()} with
 *     its cells separated by tabs; empty when the document has none or the format has no tables
 */
public record TextDocument(
    String text, int[] pageStarts, String format, String charset, boolean ocr, List<RecordError> warnings, List<Table> tables) {

  public TextDocument {
    pageStarts = pageStarts == null ? new int[0] : pageStarts.clone();
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    tables = tables == null ? List.of() : List.copyOf(tables);
  }

  /** The form from before tables were read; kept for callers written against it. */
  public TextDocument(String text, int[] pageStarts, String format, String charset, boolean ocr, List<RecordError> warnings) {
    this(text, pageStarts, format, charset, ocr, warnings, List.of());
  }

  public static TextDocument plain(String text, String format, String charset) {
    return plain(text, format, charset, List.of());
  }

  /** A document without pages, read from its bytes as they are (no OCR), with the tables found in it. */
  public static TextDocument plain(String text, String format, String charset, List<Table> tables) {
    return new TextDocument(text, new int[0], format, charset, false, List.of(), tables);
  }

  /** The same document with {@code more} appended to its warnings. */
  public TextDocument withWarning(RecordError more) {
    List<RecordError> all = new java.util.ArrayList<>(warnings);
    all.add(more);
    return new TextDocument(text, pageStarts, format, charset, ocr, all, tables);
  }

  @Override
  public int[] pageStarts() {
    return pageStarts.clone();
  }

  /** Number of pages, or null for formats without pages. */
  public Integer pages() {
    return pageStarts.length == 0 ? null : pageStarts.length;
  }

  /** The 1-based page holding {@code offset}, or null for formats without pages. */
  public Integer pageAt(int offset) {
    if (pageStarts.length == 0) {
      return null;
    }
    // the last page starting at or before offset: a page with no text starts where the next one does
    int page = 0;
    for (int i = 0; i < pageStarts.length && pageStarts[i] <= offset; i++) {
      page = i;
    }
    return page + 1;
  }

  /** Evidence for the span [start, end) of {@link #text()}. */
  public Evidence evidence(int start, int end) {
    return new Evidence(start, end, pageAt(start), text.substring(start, end));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TextDocument d && text.equals(d.text) && Arrays.equals(pageStarts, d.pageStarts)
        && format.equals(d.format) && java.util.Objects.equals(charset, d.charset) && ocr == d.ocr
        && warnings.equals(d.warnings) && tables.equals(d.tables);
  }

  @Override
  public int hashCode() {
    return text.hashCode() * 31 + Arrays.hashCode(pageStarts);
  }

  @Override
  public String toString() {
    return "TextDocument[" + format + ", " + text.length() + " chars, " + pageStarts.length + " pages, " + tables.size() + " tables]";
  }
}
