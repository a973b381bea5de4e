package dev.jixiao.text;

/**
 * One line (paragraph) of the text: [start, end) without the line break, [contentStart,
 * contentEnd) without surrounding blanks. {@code heading} is 0 for body text, else the level of
 * the numbering that starts it (1: 一、 2: （一） 3: 1. 4: （1）). {@code marker} is the numbering
 * as written ("1.", "（一）") or null; {@code number} its value.
 */
public record Line(int index, int start, int end, int contentStart, int contentEnd, int heading, String marker, Integer number, int markerEnd) {

  public boolean isBlank() {
    return contentStart >= contentEnd;
  }

  public boolean isHeading() {
    return heading > 0;
  }
}
