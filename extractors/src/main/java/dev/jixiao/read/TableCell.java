package dev.jixiao.read;

/**
 * One cell of a {@link Table}: its text as read, and where that text sits in the document's text,
 * so a figure read from a cell gets evidence like one read from a sentence.
 *
 * @param text the cell's text, {@code text.equals(document.text().substring(start, end))}
 * @param start offset of the first character in {@link TextDocument#text()}
 * @param end offset after the last character; {@code start == end} for an empty cell
 */
public record TableCell(String text, int start, int end) {
  public TableCell {
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException("bad cell span " + start + ".." + end + " for \"" + text + "\"");
    }
  }

  public boolean isBlank() {
    return text.isBlank();
  }
}
