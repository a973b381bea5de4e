package dev.jixiao.read;

/**
 * A printed line as the layout sees it, whether PDFBox placed its glyphs or Tesseract recognised
 * it: where it starts and ends, its baseline, its size, in one unit per page (points or pixels).
 */
interface TextLine {
  String text();

  float left();

  float right();

  /** y of the baseline, growing downwards. */
  float baseline();

  float size();

  boolean bold();
}
